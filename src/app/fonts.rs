//! The bundled fonts, installed at start so every machine renders the same text.

use egui::{FontData, FontDefinitions, FontFamily, FontId};
use std::sync::Arc;

const LATIN: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const ARABIC: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");

/// The family for text in Arabic script: Noto Naskh Arabic first, so that spaces, digits
/// and punctuation inside Arabic pieces come from the same font as the letters.
pub const ARABIC_FAMILY: &str = "arabic";

/// Install Noto Sans (Latin) and Noto Naskh Arabic in `ctx`: the proportional family has
/// Latin first with Arabic as its fallback; the "arabic" family has Arabic first. egui's own
/// fonts stay as the last fallbacks (symbols, emoji).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
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
