//! Shortcuts by the key's place on the keyboard: with an Arabic (or any other) layout
//! active, the key marked J on a US keyboard types "ت" and still moves to the next claim;
//! Ctrl with the key marked S still saves; ١–٧ give verdicts.

use crate::harness::{answer_prompt, window};
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use sanad::app::{Action, SanadApp};
use sanad::model::{Review, Verdict};

const ENGLISH: &str = include_str!("../../assets/samples/en-transit-budget.txt");

fn review() -> Review {
    sanad::review_from_article(sanad::import::article_from_text(
        ENGLISH.into(),
        "UTF-8",
        "t",
    ))
}

/// A key press as an Arabic layout sends it: the key it means there (`logical`, whatever
/// egui made of it), the key at its place on a US keyboard, and the letter it types.
fn press_arabic(
    h: &mut Harness<'_, SanadApp>,
    logical: Key,
    us: Key,
    modifiers: Modifiers,
    typed: &str,
) {
    for pressed in [true, false] {
        h.event(Event::Key {
            key: logical,
            physical_key: Some(us),
            pressed,
            repeat: false,
            modifiers,
        });
        if pressed && !modifiers.command && !typed.is_empty() {
            h.event(Event::Text(typed.into()));
        }
    }
    h.run();
}

#[test]
fn shortcuts_fire_from_the_keys_place_whatever_the_layout() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(review(), None, dir.path());
    let claims: Vec<_> = h.state().review().claims.iter().map(|c| c.id).collect();
    h.state_mut().select_claim(claims[0]);
    h.run();

    // J (ت on the Arabic layout): the next claim. Its logical key here is one no action
    // has, as when a layout's letter is not a Latin one.
    press_arabic(&mut h, Key::Semicolon, Key::J, Modifiers::NONE, "ت");
    assert_eq!(h.state().selected(), Some(claims[1]));
    assert_eq!(h.state().last_shortcut_actions(), [Action::NextClaim]);
    // V (ر): Verified.
    press_arabic(&mut h, Key::Semicolon, Key::V, Modifiers::NONE, "ر");
    assert_eq!(
        h.state().review().claim(claims[1]).unwrap().verdict,
        Verdict::Verified
    );
    // ٤ typed (an Arabic-Indic digit): False.
    h.event(Event::Text("٤".into()));
    h.run();
    assert_eq!(
        h.state().review().claim(claims[1]).unwrap().verdict,
        Verdict::False
    );
    // Ctrl + the key marked S (س): Save, which asks where.
    press_arabic(&mut h, Key::Semicolon, Key::S, Modifiers::COMMAND, "");
    assert_eq!(h.state().last_shortcut_actions(), [Action::Save]);
    let saved = dir.path().join("t.sanad");
    answer_prompt(&mut h, &saved);
    assert!(saved.exists());
    assert!(!h.state().is_dirty());
}

#[test]
fn while_typing_the_keys_are_the_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(review(), None, dir.path());
    let first = h.state().review().claims[0].id;
    h.state_mut().select_claim(first);
    h.run();
    crate::harness::type_into(&mut h, "Note", "");
    // J typed into the note as ت: the note has it, the selection stays.
    press_arabic(&mut h, Key::Semicolon, Key::J, Modifiers::NONE, "ت");
    assert_eq!(h.state().selected(), Some(first));
    // ٤ typed into the note is text, not a verdict.
    h.event(Event::Text("٤".into()));
    h.run();
    assert_eq!(
        h.state().review().claim(first).unwrap().verdict,
        Verdict::Unreviewed
    );
}
