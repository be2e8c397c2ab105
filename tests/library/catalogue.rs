//! The interface's catalogues against the window's code: every key the window asks for is in
//! every catalogue, every catalogue message is asked for, and no sentence is shown from
//! `src/app/` without going through a catalogue.

use sanad::i18n::{Catalogue, Language};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The window's source files, without their test modules and comments.
fn app_sources() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("src/app") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        let code = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or("")
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        out.push((name, code));
    }
    out
}

/// The string literals of `code`, each with the code just before it.
fn literals(code: &str) -> Vec<(String, String)> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // A character literal ('"', '\'', 'x'): skipped whole.
            b'\'' if i + 2 < bytes.len() && (bytes[i + 2] == b'\'' || bytes[i + 1] == b'\\') => {
                let end = code[i + 1..].find('\'').map_or(i + 1, |e| i + 1 + e);
                let end = if bytes[i + 1] == b'\\' {
                    end.max(i + 3)
                } else {
                    end
                };
                i = end + 1;
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let before = &code[code[..i].char_indices().rev().nth(60).map_or(0, |(k, _)| k)..i];
                out.push((
                    code[start..j.min(code.len())].to_string(),
                    before.to_string(),
                ));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn keys_asked_for() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, code) in app_sources() {
        for (literal, before) in literals(&code) {
            if before.trim_end().ends_with("tr!(") {
                keys.insert(literal);
            }
        }
    }
    keys
}

#[test]
fn every_key_the_window_asks_for_is_in_every_catalogue() {
    let asked = keys_asked_for();
    assert!(
        asked.len() > 300,
        "found {} keys: the scan is broken",
        asked.len()
    );
    for language in Language::ALL {
        let catalogue = Catalogue::new(language, Default::default()).expect("parses");
        let missing: Vec<&String> = asked.iter().filter(|k| !catalogue.has(k)).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
    }
}

#[test]
fn every_catalogue_message_is_used_by_the_window() {
    let asked = keys_asked_for();
    for language in Language::ALL {
        let unused: Vec<String> = Catalogue::keys(language)
            .into_iter()
            .filter(|k| !asked.contains(k))
            .collect();
        assert!(
            unused.is_empty(),
            "{language:?} has unused messages {unused:?}"
        );
    }
}

/// Literals of the window that are not shown to the reader, and why.
const NOT_SHOWN: &[(&str, &[&str])] = &[
    (
        "kept in the review file's change log, which stays English like every file",
        &[
            "restored unsaved work after a crash",
            "article language set to {name} ({language})",
            "updated the article from {}: {placed} claim(s) placed, {orphans} not found",
        ],
    ),
    (
        "the icon's file and its texture's debug name (egui never shows it)",
        &["../../assets/icon/sanad-256.png", "sanad icon"],
    ),
    (
        "printed at the terminal by the command line when no window can open",
        &["could not open the window: {e}"],
    ),
    (
        "the start-up probe's switch and the line it prints for scripts/startup_time.py",
        &["SANAD_STARTUP_PROBE", "first-frame-unix-us {now}"],
    ),
    (
        "file extensions, formats and address prefixes the code compares with",
        &[
            "json", "jsonld", "jsonl", "csv", "tsv", "sanad", "txt", "md", "markdown", "html",
            "htm", "%Y-%m-%d", "https://", "http://", "www.", "UTF-8", "und",
        ],
    ),
    (
        "environment variables, programs, platforms, storage keys and font names",
        &[
            "SANAD_REVIEWER",
            "CARGO_PKG_VERSION",
            "PATH",
            "DBUS_SESSION_BUS_ADDRESS",
            "XDG_CURRENT_DESKTOP",
            "zenity",
            "linux",
            "sanad-settings",
            "Sanad",
            "unknown",
            "arabic",
            "noto-sans",
            "noto-naskh-arabic",
            "../../assets/fonts/NotoSans-Regular.ttf",
            "../../assets/fonts/NotoNaskhArabic-Regular.ttf",
        ],
    ),
    ("text measured, never drawn", &["x", "\\u{628}", "\\n"]),
];

/// Calls whose string argument names a widget or a panel (egui ids), never shown.
const ID_CALLS: &[&str] = &[
    "id_salt(",
    "Id::unique(",
    "Id::new(",
    "push_id((",
    ".with((",
    "Panel::top(",
    "Panel::bottom(",
    "Panel::left(",
    "Panel::right(",
    "Grid::new(",
    "BidiTextEdit::new(",
];

#[test]
fn no_sentence_is_shown_from_the_window_without_the_catalogue() {
    let allowed: BTreeSet<&str> = NOT_SHOWN
        .iter()
        .flat_map(|(_, l)| l.iter().copied())
        .collect();
    let mut shown = Vec::new();
    for (file, code) in app_sources() {
        for (literal, before) in literals(&code) {
            let last_line = before.rsplit('\n').next().unwrap_or("");
            let previous = before.trim_end();
            let is_key = previous.ends_with("tr!(");
            // Words once placeholders are removed: "{count} · {place}" has none.
            let mut words = String::new();
            let mut depth = 0;
            for c in literal.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    c if depth == 0 => words.push(c),
                    _ => {}
                }
            }
            let has_words = words.chars().any(char::is_alphabetic);
            let is_id = ID_CALLS.iter().any(|call| last_line.contains(call))
                || (last_line.trim().is_empty() && ID_CALLS.iter().any(|c| previous.ends_with(c)));
            // A language tag the code matches on ("ar", "fa").
            let is_tag = (2..=3).contains(&literal.len())
                && literal.chars().all(|c| c.is_ascii_lowercase())
                && file == "words.rs";
            if has_words && !is_key && !is_id && !is_tag && !allowed.contains(literal.as_str()) {
                shown.push(format!("{file}: {literal:?}"));
            }
        }
    }
    assert!(shown.is_empty(), "shown without the catalogue: {shown:#?}");
}

#[test]
fn the_scan_finds_a_sentence_written_into_the_code() {
    // The check above must be able to fail: a label written as a literal is one it sees.
    let code = "fn f(ui: &mut Ui) { ui.label(\"Save the review\"); let k = tr!(\"saved\"); }";
    let found = literals(code);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].0, "Save the review");
    assert!(!found[0].1.trim_end().ends_with("tr!("));
    assert!(found[1].1.trim_end().ends_with("tr!("));
}
