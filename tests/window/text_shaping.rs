//! Canaries: Sanad's bidi layout relies on how egui 0.37 shapes a single-direction piece.
//! If an egui upgrade changes that, these fail loudly before users see reversed Arabic.

use egui::{Color32, Context, Galley};
use sanad::app::fonts::{definitions, font_for};
use std::sync::Arc;

fn shape(text: &str) -> Arc<Galley> {
    let ctx = Context::default();
    ctx.set_fonts(definitions());
    let mut output = ctx.run_ui(Default::default(), |_| {});
    output.textures_delta.clear();
    ctx.fonts_mut(|f| {
        let font = font_for(f, text, 20.0);
        f.layout_no_wrap(text.to_string(), font, Color32::WHITE)
    })
}

/// The characters of a galley's visible glyphs, left to right on screen.
fn visual_chars(galley: &Galley) -> String {
    let mut glyphs: Vec<_> = galley.rows[0]
        .glyphs
        .iter()
        .filter(|g| g.advance_width > 0.0)
        .collect();
    glyphs.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
    glyphs.iter().map(|g| g.chr).collect()
}

#[test]
fn an_arabic_word_is_shaped_right_to_left_by_egui_itself() {
    // harfrust lays an Arabic run out right to left: the last letter is leftmost. Sanad
    // therefore hands egui logical-order text and never reverses it first.
    let galley = shape("معالجات");
    assert_eq!(galley.rows.len(), 1);
    let visual = visual_chars(&galley);
    assert_eq!(visual.chars().next(), Some('ت'), "visual order: {visual}");
    assert_eq!(visual.chars().last(), Some('م'), "visual order: {visual}");
    assert!(galley.size().x > 20.0);
}

#[test]
fn western_digits_are_shaped_left_to_right() {
    let galley = shape("2015");
    assert_eq!(visual_chars(&galley), "2015");
}

#[test]
fn latin_words_are_shaped_left_to_right() {
    let galley = shape("OpenAI");
    assert_eq!(visual_chars(&galley), "OpenAI");
}

#[test]
fn the_bundled_fonts_cover_both_samples_and_persian_and_urdu_letters() {
    let ctx = Context::default();
    ctx.set_fonts(definitions());
    let mut output = ctx.run_ui(Default::default(), |_| {});
    output.textures_delta.clear();
    let samples = [
        include_str!("../../assets/samples/ar-musk-ai-startup.txt"),
        include_str!("../../assets/samples/en-transit-budget.txt"),
        "ی ک ۀ ے پ چ ژ گ ٢٠١٥ ۱۲۳ «» ؟ ، ؛",
    ];
    ctx.fonts_mut(|f| {
        for text in samples {
            for c in text
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
            {
                let font = font_for(f, &c.to_string(), 20.0);
                assert!(
                    f.has_glyph(&font, c),
                    "no glyph for {c:?} (U+{:04X})",
                    c as u32
                );
            }
        }
    });
}
