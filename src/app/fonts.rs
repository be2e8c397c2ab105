//! The bundled fonts, installed at start so every machine renders the same text.

use egui::{FontData, FontDefinitions, FontFamily, FontId};
use std::sync::Arc;

const LATIN: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const ARABIC: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");

/// The family for text in Arabic script: Noto Naskh Arabic first, so that spaces, digits
/// and punctuation inside Arabic pieces come from the same font as the letters.
pub const ARABIC_FAMILY: &str = "arabic";

/// How a glyph's coverage becomes ink on the dark theme: `alpha = coverage^γ`.
///
/// Bolder than egui's default (`2c − c²`, close to γ = 0.5), because the thin joins and dots
/// of Noto Naskh Arabic came out faint. Measured with `scripts/ocr_sweep.py` (Tesseract, the
/// Arabic sample, mean score over its 16 paragraphs): 0.946 against 0.922 at 1280×800 and
/// 15 paragraphs at 0.90 or more against 14 at 900 px wide; thinner text (γ = 1.5) read worse
/// (0.887), and γ = 0.25 no better than 0.35.
pub const DARK_TEXT_GAMMA: f32 = 0.35;

/// How a glyph's coverage becomes ink on the light theme (egui's default is linear, γ = 1).
/// Measured the same way: 0.942 against 0.915 (14 paragraphs at 0.90 or more against 11).
pub const LIGHT_TEXT_GAMMA: f32 = 0.6;

/// Install Noto Sans (Latin) and Noto Naskh Arabic in `ctx`: the proportional family has
/// Latin first with Arabic as its fallback; the "arabic" family has Arabic first. egui's own
/// fonts stay as the last fallbacks (symbols, emoji). Text is drawn with
/// [`DARK_TEXT_GAMMA`] and [`LIGHT_TEXT_GAMMA`].
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    for (theme, gamma) in [
        (egui::Theme::Dark, DARK_TEXT_GAMMA),
        (egui::Theme::Light, LIGHT_TEXT_GAMMA),
    ] {
        ctx.style_mut_of(theme, |style| {
            style.visuals.text_options.color_transfer_function =
                egui::epaint::FontColorTransferFunction::Gamma(gamma);
        });
    }
}

/// The font definitions [`install`] sets (public for tests that build their own context).
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("noto-sans".into(), Arc::new(FontData::from_static(LATIN)));
    fonts.font_data.insert(
        "noto-naskh-arabic".into(),
        Arc::new(FontData::from_static(ARABIC)),
    );
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut proportional = vec!["noto-sans".to_string(), "noto-naskh-arabic".to_string()];
    proportional.extend(defaults.iter().cloned());
    let mut arabic = vec!["noto-naskh-arabic".to_string(), "noto-sans".to_string()];
    arabic.extend(defaults);
    fonts
        .families
        .insert(FontFamily::Proportional, proportional);
    fonts
        .families
        .insert(FontFamily::Name(ARABIC_FAMILY.into()), arabic);
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("noto-naskh-arabic".into());
    }
    fonts
}

/// Whether `c` is written in the Arabic script (Arabic, Persian, Urdu letters and digits).
pub fn is_arabic_script(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The font for a piece of text: the Arabic family when the piece has Arabic script and
/// the family is installed (egui panics on a family it does not know, and fonts set with
/// [`install`] only take effect from the next frame).
pub fn font_for(fonts: &egui::epaint::text::FontsView<'_>, piece: &str, size: f32) -> FontId {
    let arabic = FontFamily::Name(ARABIC_FAMILY.into());
    if piece.chars().any(is_arabic_script) && fonts.definitions().families.contains_key(&arabic) {
        FontId::new(size, arabic)
    } else {
        FontId::new(size, FontFamily::Proportional)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::FontColorTransferFunction;

    #[test]
    fn both_themes_draw_text_with_the_measured_gamma() {
        let ctx = egui::Context::default();
        install(&ctx);
        let dark = ctx.style_of(egui::Theme::Dark).visuals.text_options;
        let light = ctx.style_of(egui::Theme::Light).visuals.text_options;
        assert_eq!(
            dark.color_transfer_function,
            FontColorTransferFunction::Gamma(DARK_TEXT_GAMMA)
        );
        assert_eq!(
            light.color_transfer_function,
            FontColorTransferFunction::Gamma(LIGHT_TEXT_GAMMA)
        );
    }
}
