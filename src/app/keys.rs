//! The keyboard: every action's shortcuts matched against this frame's key presses by the
//! key's *position*, as printed on a US keyboard, so that they work whatever layout is
//! active. With the Arabic layout the key marked J types "ت"; it still moves to the next
//! claim, and Ctrl with the key marked S still saves. The verdict digits also come as
//! Arabic-Indic or Persian digits (١–٧, ۱–۷) from a keyboard or an input method.
//!
//! While a text field has the focus, the few shortcuts that work there (Save, Open, Find…)
//! are matched by the key's meaning instead, as the field itself reads keys: Ctrl with the
//! key marked A on a French keyboard selects the field's text, it does not quit.

use super::SanadApp;
use super::actions::Action;
use crate::model::Verdict;
use egui::{Event, Key, KeyboardShortcut, Modifiers};

/// A key pressed this frame: where it is in the input's events, the key it stands for, and
/// the modifiers held.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Press {
    event: usize,
    key: Key,
    modifiers: Modifiers,
}

/// The key presses among `events`: each by its position on the keyboard (`physical_key`,
/// when the platform gives it) unless `by_meaning`.
fn presses(events: &[Event], by_meaning: bool) -> Vec<Press> {
    events
        .iter()
        .enumerate()
        .filter_map(|(event, e)| match e {
            Event::Key {
                key,
                physical_key,
                pressed: true,
                modifiers,
                ..
            } => Some(Press {
                event,
                key: if by_meaning {
                    *key
                } else {
                    physical_key.unwrap_or(*key)
                },
                modifiers: *modifiers,
            }),
            _ => None,
        })
        .collect()
}

/// Whether `press` is `shortcut`: a single key with no modifier held, or the shortcut's
/// modifiers (extra Shift and Alt aside, as egui matches them).
fn is_shortcut(press: &Press, shortcut: &KeyboardShortcut) -> bool {
    press.key == shortcut.logical_key
        && if shortcut.modifiers.is_none() {
            press.modifiers.is_none()
        } else {
            press.modifiers.matches_logically(shortcut.modifiers)
        }
}

/// The verdict a typed digit stands for: 1–7 in Arabic-Indic or Persian digits.
fn verdict_of_digit(text: &str) -> Option<Verdict> {
    let mut chars = text.chars();
    let digit = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let value = match digit {
        '\u{0661}'..='\u{0667}' => digit as u32 - 0x0660,
        '\u{06F1}'..='\u{06F7}' => digit as u32 - 0x06F0,
        _ => return None,
    };
    Verdict::ALL.get(value as usize - 1).copied()
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt)
        + u8::from(m.ctrl)
        + u8::from(m.shift)
        + u8::from(m.mac_cmd)
        + u8::from(m.command)
}

impl SanadApp {
    /// The keyboard: every action's shortcuts, the more specific ones (more modifiers) first,
    /// so Ctrl+Shift+S is Save as and not Save. A press with Ctrl is taken from the input
    /// (consumed), once; single keys act only while no text field has the focus and no
    /// modifier is held, and are left for others to see.
    pub(super) fn handle_keys(&mut self, ctx: &egui::Context) {
        let typing = super::bidi_text_edit::text_input_focused(ctx);
        let mut bindings: Vec<(KeyboardShortcut, Action)> = Action::all()
            .into_iter()
            .filter(|a| !typing || a.works_while_typing())
            .flat_map(|a| a.shortcuts().into_iter().map(move |s| (s, a)))
            .collect();
        bindings.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
        let (presses, texts) = ctx.input(|i| {
            let texts: Vec<String> = i
                .events
                .iter()
                .filter_map(|e| match e {
                    Event::Text(text) => Some(text.clone()),
                    _ => None,
                })
                .collect();
            (presses(&i.events, typing), texts)
        });
        let mut fired = Vec::new();
        let mut taken: Vec<usize> = Vec::new();
        for (shortcut, action) in &bindings {
            for press in &presses {
                if taken.contains(&press.event) || !is_shortcut(press, shortcut) {
                    continue;
                }
                if !shortcut.modifiers.is_none() {
                    taken.push(press.event);
                }
                if !fired.contains(action) {
                    fired.push(*action);
                }
            }
        }
        // A verdict digit that came as text only (an input method typing ٣): its key press,
        // if any, did not say which digit.
        if !typing {
            for verdict in texts.iter().filter_map(|t| verdict_of_digit(t)) {
                let action = Action::SetVerdict(verdict);
                if !fired.contains(&action) {
                    fired.push(action);
                }
            }
        }
        if !taken.is_empty() {
            ctx.input_mut(|i| {
                let mut at = 0;
                i.events.retain(|_| {
                    let keep = !taken.contains(&at);
                    at += 1;
                    keep
                });
            });
        }
        self.actions.fired(fired);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key, physical: Option<Key>, modifiers: Modifiers) -> Event {
        Event::Key {
            key,
            physical_key: physical,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    #[test]
    fn a_key_is_read_by_its_place_unless_typing() {
        // The key marked S on a US keyboard, under a layout that calls it something else.
        let events = [key(Key::O, Some(Key::S), Modifiers::COMMAND)];
        assert_eq!(presses(&events, false)[0].key, Key::S);
        assert_eq!(presses(&events, true)[0].key, Key::O);
        // No physical key given: the key as it is.
        let events = [key(Key::J, None, Modifiers::NONE)];
        assert_eq!(presses(&events, false)[0].key, Key::J);
    }

    #[test]
    fn single_keys_need_no_modifier_and_shortcuts_their_own() {
        let plain = Press {
            event: 0,
            key: Key::U,
            modifiers: Modifiers::NONE,
        };
        let shifted = Press {
            modifiers: Modifiers::SHIFT,
            ..plain
        };
        let u = KeyboardShortcut::new(Modifiers::NONE, Key::U);
        let shift_u = KeyboardShortcut::new(Modifiers::SHIFT, Key::U);
        assert!(is_shortcut(&plain, &u) && !is_shortcut(&shifted, &u));
        assert!(is_shortcut(&shifted, &shift_u) && !is_shortcut(&plain, &shift_u));
    }

    #[test]
    fn arabic_and_persian_digits_are_verdict_keys() {
        assert_eq!(verdict_of_digit("٤"), Some(Verdict::False));
        assert_eq!(verdict_of_digit("۲"), Some(Verdict::Verified));
        assert_eq!(verdict_of_digit("٧"), Some(Verdict::NotCheckable));
        for not_one in ["٨", "٠", "4", "٤٤", "", "ت"] {
            assert_eq!(verdict_of_digit(not_one), None, "{not_one}");
        }
    }
}
