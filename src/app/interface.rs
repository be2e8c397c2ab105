//! The interface's language and digits: chosen from the system's locale or by the reader
//! (View ▸ Interface language, View ▸ Digits), kept in the settings, applied at once.

use super::SanadApp;
use super::i18n::{self, tr};
use super::ui_text;
use crate::i18n::{Digits, Language};

/// egui's default body size (`egui::style::default_text_styles`).
pub(super) const DEFAULT_BODY_SIZE: f32 = 13.0;

/// egui's default height of a widget one can click.
const DEFAULT_INTERACT_HEIGHT: f32 = 20.0;

/// How much larger the interface's text is in Arabic: Noto Naskh Arabic's letters are
/// small for their point size, and at egui's 13 points the dots and joins of menu labels
/// blur (Tesseract read nothing of the menu bar at 13 points).
pub const ARABIC_TEXT_SCALE: f32 = 1.25;

/// Set `style`'s text sizes to egui's defaults times `scale`.
fn scale_text(style: &mut egui::Style, scale: f32) {
    for (text_style, font) in egui::style::default_text_styles() {
        if let Some(own) = style.text_styles.get_mut(&text_style) {
            own.size = font.size * scale;
        }
    }
    style.spacing.interact_size.y = DEFAULT_INTERACT_HEIGHT * scale;
}

impl SanadApp {
    /// The interface language in effect: the reader's choice, else the system's.
    pub fn interface_language(&self) -> Language {
        Language::from_tag(&self.settings.interface_language).unwrap_or(self.system_language)
    }

    /// The digits the interface writes numbers with.
    pub fn interface_digits(&self) -> Digits {
        if self.settings.arabic_indic_digits {
            Digits::ArabicIndic
        } else {
            Digits::Western
        }
    }

    /// Use the interface language and digits from the settings (every frame: a no-op
    /// unless they changed), and mirror egui's own widgets with it.
    pub(super) fn apply_interface(&self, ctx: &egui::Context) {
        let language = self.interface_language();
        i18n::use_language(language, self.interface_digits());
        // egui's text selection in labels counts characters in the job's order, which the
        // bidi labels of a right-to-left interface do not keep.
        let rtl = language.is_right_to_left();
        let selectable = !rtl;
        let body = ctx
            .global_style()
            .text_styles
            .get(&egui::TextStyle::Body)
            .map_or(0.0, |f| f.size);
        let scale = if rtl { ARABIC_TEXT_SCALE } else { 1.0 };
        let wanted = DEFAULT_BODY_SIZE * scale;
        if ctx.global_style().interaction.selectable_labels != selectable
            || (body - wanted).abs() > 0.01
        {
            ctx.all_styles_mut(|style| {
                style.interaction.selectable_labels = selectable;
                scale_text(style, scale);
            });
        }
    }

    /// Choose the interface language (`None`: follow the system) for now and later.
    pub fn set_interface_language(&mut self, language: Option<Language>) {
        self.settings.interface_language =
            language.map(|l| l.tag().to_string()).unwrap_or_default();
    }

    /// View ▸ Interface language and View ▸ Digits.
    pub(super) fn interface_menu(&mut self, ui: &mut egui::Ui) {
        ui_text::menu(ui, tr!("menu-interface-language"), |ui| {
            let chosen = Language::from_tag(&self.settings.interface_language);
            let system = tr!(
                "interface-language-system",
                language = self.system_language.native_name()
            );
            let mut options = vec![(None, system)];
            for language in Language::ALL {
                options.push((Some(language), i18n::Phrase::new(language.native_name())));
            }
            for (option, name) in options {
                let words = ui_text::words(ui, name);
                if ui.selectable_label(chosen == option, words).clicked() {
                    self.set_interface_language(option);
                    ui.close();
                }
            }
        });
        ui_text::menu(ui, tr!("menu-digits"), |ui| {
            for (arabic_indic, name) in [
                (false, tr!("digits-western")),
                (true, tr!("digits-arabic-indic")),
            ] {
                let words = ui_text::words(ui, name);
                let current = self.settings.arabic_indic_digits == arabic_indic;
                if ui.selectable_label(current, words).clicked() {
                    self.settings.arabic_indic_digits = arabic_indic;
                    ui.close();
                }
            }
        });
    }
}
