//! Helpers shared by the window's tests: the real window in a headless harness, keys,
//! the in-window file prompt, typing into a field.

use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::SanadApp;
use sanad::i18n::Language;
use sanad::model::Review;
use std::path::{Path, PathBuf};

/// The window over `review`; a review without a file autosaves into `dir`.
pub fn window(review: Review, path: Option<PathBuf>, dir: &Path) -> Harness<'static, SanadApp> {
    window_sized(review, path, dir, Language::English, (1280.0, 800.0))
}

/// The window over `review` with its interface in `language`, `size` points large.
pub fn window_sized(
    review: Review,
    path: Option<PathBuf>,
    dir: &Path,
    language: Language,
    size: (f32, f32),
) -> Harness<'static, SanadApp> {
    let mut app = SanadApp::with_untitled_dir(review, path, "tester".into(), dir.to_path_buf());
    // Whatever the machine's locale: the tests name labels in the language they choose.
    app.set_interface_language(Some(language));
    let mut h = Harness::builder()
        .with_size(size)
        // Frames a thirtieth of a second apart, as a person clicks (two clicks a quarter of a
        // second apart each would not make a double-click).
        .with_step_dt(1.0 / 30.0)
        .with_context_setup(|ctx| {
            sanad::app::fonts::install(ctx);
            // No animations: every run settles at once.
            ctx.all_styles_mut(|s| s.animation_time = 0.0);
        })
        .build_ui_state(|ui, app: &mut SanadApp| app.show(ui), app);
    h.run();
    h
}

pub fn press(h: &mut Harness<'_, SanadApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Answer the in-window file prompt with `path`.
pub fn answer_prompt(h: &mut Harness<'_, SanadApp>, path: &Path) {
    answer_prompt_labelled(h, path, "File:", "OK");
}

/// Answer the in-window file prompt with `path`, its field and button named `field` and
/// `ok` (in the interface's language).
pub fn answer_prompt_labelled(h: &mut Harness<'_, SanadApp>, path: &Path, field: &str, ok: &str) {
    h.get_by_role_and_label(Role::TextInput, field).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, field)
        .type_text(path.to_str().unwrap());
    h.run();
    h.get_by_label(ok).click();
    h.run();
}

/// Type `text` into the text field labelled `label`.
pub fn type_into(h: &mut Harness<'_, SanadApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.run();
}

pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}
