//! The bundled fonts, installed at start so every machine renders the same text.

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

const LATIN: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const ARABIC: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");

/// Install Noto Sans (Latin) and Noto Naskh Arabic in `ctx`, Latin first with Arabic as the
/// fallback for the proportional family; egui's own fonts stay as the last fallbacks (emoji,
/// symbols).
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("noto-sans".into(), Arc::new(FontData::from_static(LATIN)));
    fonts.font_data.insert(
        "noto-naskh-arabic".into(),
        Arc::new(FontData::from_static(ARABIC)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        let first = usize::from(family == FontFamily::Monospace);
        list.insert(first, "noto-naskh-arabic".into());
        if family == FontFamily::Proportional {
            list.insert(0, "noto-sans".into());
        }
    }
    ctx.set_fonts(fonts);
}
