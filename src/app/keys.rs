//! The keyboard: shortcuts that work everywhere (Ctrl+S, Ctrl+O, …) and the single keys of
//! the claims work (J/K, 1–7, V, D, N, …), which act only while no text field has the focus
//! (there they are typed text).

use super::SanadApp;
use super::bidi_text_edit::text_input_focused;
use super::files::Pending;
use super::path_prompt::Purpose;
use crate::model::{Command, Verdict};
use egui::{Key, KeyboardShortcut, Modifiers};

const COMMAND: Modifiers = Modifiers::COMMAND;
const COMMAND_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

/// The verdict keys, in verdict order (1 = Unreviewed … 7 = Not checkable).
const VERDICT_KEYS: [Key; 7] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
];

/// Every shortcut, for Help ▸ Keyboard shortcuts.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("J or Down arrow", "next claim"),
    ("K or Up arrow", "previous claim"),
    ("N", "next unreviewed claim"),
    (
        "1 – 7",
        "verdict: unreviewed, verified, disputed, false, misleading, unverifiable, not checkable",
    ),
    ("V / D", "verified / disputed"),
    (
        "Ctrl+click, Shift+click",
        "select several rows; a verdict key then applies to all",
    ),
    ("C", "claim from the text selected in the article"),
    ("S", "split the claim where you clicked in it"),
    ("M", "merge the claim with the next"),
    ("Delete", "delete the claim"),
    (
        "E",
        "write in the claim's note (Escape or a click elsewhere to finish)",
    ),
    ("H", "show or hide the highlights"),
    ("Escape", "clear the row selection"),
    ("Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z or Ctrl+Y", "redo"),
    ("Ctrl+F", "find"),
    ("Ctrl+N", "new review from an article"),
    ("Ctrl+O", "open"),
    ("Ctrl+S", "save"),
    ("Ctrl+Shift+S", "save as"),
    ("Ctrl+Q", "quit"),
    ("Ctrl+C", "copy the selected article text"),
    ("Ctrl+Plus / Ctrl+Minus", "zoom"),
];

impl SanadApp {
    pub(super) fn handle_keys(&mut self, ctx: &egui::Context) {
        // Shortcuts with Ctrl work even while typing; the more specific one is taken first.
        let shortcut = |modifiers, key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
        };
        if shortcut(COMMAND_SHIFT, Key::S) {
            self.commit_note();
            self.choose(Purpose::SaveAs);
        } else if shortcut(COMMAND, Key::S) {
            self.save();
        }
        if shortcut(COMMAND, Key::O) {
            self.request(Pending::Choose(Purpose::Open));
        }
        if shortcut(COMMAND, Key::N) {
            self.request(Pending::Choose(Purpose::NewFromArticle));
        }
        if shortcut(COMMAND, Key::Q) {
            self.request(Pending::Quit);
        }
        if shortcut(COMMAND, Key::F) {
            self.table.focus_search = true;
        }
        if text_input_focused(ctx) {
            return;
        }
        if shortcut(COMMAND_SHIFT, Key::Z) || shortcut(COMMAND, Key::Y) {
            self.redo();
        } else if shortcut(COMMAND, Key::Z) {
            self.undo();
        }
        let pressed = |key| ctx.input(|i| i.key_pressed(key) && i.modifiers.is_none());
        if let Some(at) = VERDICT_KEYS.iter().position(|&k| pressed(k)) {
            self.set_verdict(Verdict::ALL[at]);
        }
        if pressed(Key::V) {
            self.set_verdict(Verdict::Verified);
        }
        if pressed(Key::D) {
            self.set_verdict(Verdict::Disputed);
        }
        if pressed(Key::J) || pressed(Key::ArrowDown) {
            self.step_selection(1);
        }
        if pressed(Key::K) || pressed(Key::ArrowUp) {
            self.step_selection(-1);
        }
        if pressed(Key::N) {
            self.next_unreviewed();
        }
        if pressed(Key::E) {
            self.detail.focus_note = true;
        }
        if pressed(Key::H) {
            self.article.highlights = !self.article.highlights;
        }
        if pressed(Key::C) {
            self.claim_from_selection();
        }
        if pressed(Key::S) {
            self.split_selected();
        }
        if pressed(Key::M)
            && let Some(claim) = self.selected
        {
            self.run(Command::MergeWithNext { claim });
        }
        if pressed(Key::Delete)
            && let Some(claim) = self.selected
        {
            self.run(Command::DeleteClaim { claim });
        }
        if pressed(Key::Escape) {
            self.marked.clear();
        }
    }
}
