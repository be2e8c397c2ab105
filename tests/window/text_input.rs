//! The bidi text input driven headlessly through egui_kittest: typing Arabic and Latin,
//! visual arrow keys, deletion, undo, select-all and cut.

use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sanad::app::bidi_text_edit::BidiTextEdit;

fn harness(initial: &str) -> Harness<'static, String> {
    Harness::builder()
        // The bundled fonts, before the first frame: a missing glyph fails the test.
        .with_context_setup(sanad::app::fonts::install)
        .build_ui_state(
            |ui, text: &mut String| {
                BidiTextEdit::new(text, "input").hint("note").show(ui);
            },
            initial.to_string(),
        )
}

fn focus(harness: &mut Harness<'_, String>) {
    harness.run();
    harness.get_by_role(Role::TextInput).click();
    harness.run();
}

fn type_text(harness: &mut Harness<'_, String>, text: &str) {
    harness.get_by_role(Role::TextInput).type_text(text);
    harness.run();
}

fn press(harness: &mut Harness<'_, String>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn typing_mixed_text_keeps_logical_order() {
    let mut h = harness("");
    focus(&mut h);
    type_text(&mut h, "على");
    type_text(&mut h, " GPU");
    assert_eq!(h.state(), "على GPU");
    // The accessible value is the text itself, in logical order.
    assert_eq!(
        h.get_by_role(Role::TextInput).value().as_deref(),
        Some("على GPU")
    );
}

#[test]
fn left_arrow_reads_forward_in_arabic() {
    let mut h = harness("على GPU");
    focus(&mut h);
    press(&mut h, Key::Home);
    // In a right-to-left line the logical start is on the right: Left moves forward.
    press(&mut h, Key::ArrowLeft);
    type_text(&mut h, "X");
    assert_eq!(h.state(), "عXلى GPU");
}

#[test]
fn backspace_delete_and_undo() {
    let mut h = harness("ماسك");
    focus(&mut h);
    press(&mut h, Key::End);
    press(&mut h, Key::Backspace);
    assert_eq!(h.state(), "ماس");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state(), "ماسك");
}

#[test]
fn select_all_and_type_replaces_everything() {
    let mut h = harness("old note");
    focus(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    type_text(&mut h, "ملاحظة جديدة");
    assert_eq!(h.state(), "ملاحظة جديدة");
}

#[test]
fn ime_commit_inserts_text() {
    let mut h = harness("");
    focus(&mut h);
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("سلام".into())));
    h.run();
    assert_eq!(h.state(), "سلام");
}

#[test]
fn an_input_method_composes_at_the_caret_then_commits() {
    let mut h = harness("قال ");
    focus(&mut h);
    press(&mut h, Key::End);
    h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "ماس".into(),
        active_range_chars: None,
    }));
    h.run();
    assert_eq!(h.state(), "قال ", "what is being composed is not text yet");
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("ماسك".into())));
    h.run();
    assert_eq!(h.state(), "قال ماسك");
    // An empty composition (dismissed) changes nothing.
    h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: String::new(),
        active_range_chars: None,
    }));
    h.run();
    assert_eq!(h.state(), "قال ماسك");
}
