//! Links saved as files: what a browser or a desktop leaves when a link is dragged out of
//! it (a Windows `.url` Internet Shortcut, a macOS `.webloc`, a freedesktop `.desktop` entry
//! of `Type=Link`). The window's toolkit delivers only files when something is dropped on
//! it, so a dropped link arrives as one of these, and its address is opened as a web
//! address. Only the address is read; nothing in the file is run.

use crate::model::check_web_address;
use std::path::Path;

/// The largest link file read: they are a few hundred bytes.
const MAX_SHORTCUT_BYTES: u64 = 64 * 1024;

/// The web address the link file at `path` points to, when it is one and the address
/// passes [`check_web_address`].
pub fn shortcut_address(path: &Path) -> Option<String> {
    let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
    if !matches!(extension.as_str(), "url" | "webloc" | "desktop") {
        return None;
    }
    let bytes = crate::import::read_limited(path, MAX_SHORTCUT_BYTES).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let address = match extension.as_str() {
        "webloc" => webloc_address(&text),
        "desktop" => desktop_link_address(&text),
        _ => ini_value(&text, "InternetShortcut", "URL"),
    }?;
    check_web_address(&address).is_ok().then_some(address)
}

/// `KEY=value` in the `[section]` of an INI-like file (the first one).
fn ini_value(text: &str, section: &str, key: &str) -> Option<String> {
    let mut inside = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line.trim_matches(['[', ']']).eq_ignore_ascii_case(section);
        } else if inside
            && let Some((name, value)) = line.split_once('=')
            && name.trim().eq_ignore_ascii_case(key)
        {
            return Some(value.trim().to_string());
        }
    }
    None
}

/// A `.desktop` entry's address, only when it is a link (an application entry's `Exec`
/// is never looked at).
fn desktop_link_address(text: &str) -> Option<String> {
    let kind = ini_value(text, "Desktop Entry", "Type")?;
    kind.eq_ignore_ascii_case("Link")
        .then(|| ini_value(text, "Desktop Entry", "URL"))
        .flatten()
}

/// The `<string>` after `<key>URL</key>` in a `.webloc` property list (the XML form).
fn webloc_address(text: &str) -> Option<String> {
    let after_key = &text[text.find("<key>URL</key>")? + "<key>URL</key>".len()..];
    let start = after_key.find("<string>")? + "<string>".len();
    let end = after_key[start..].find("</string>")? + start;
    Some(
        after_key[start..end]
            .trim()
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_links_give_their_web_address_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            (
                "a.url",
                "[InternetShortcut]\r\nURL=https://example.org/news?id=1\r\nIconIndex=0\r\n",
                Some("https://example.org/news?id=1"),
            ),
            (
                "b.webloc",
                r#"<?xml version="1.0"?><plist version="1.0"><dict><key>URL</key><string>https://example.org/a?x=1&amp;y=2</string></dict></plist>"#,
                Some("https://example.org/a?x=1&y=2"),
            ),
            (
                "c.desktop",
                "[Desktop Entry]\nType=Link\nName=Story\nURL=https://example.org/story\n",
                Some("https://example.org/story"),
            ),
            (
                "d.desktop",
                "[Desktop Entry]\nType=Application\nExec=rm -rf ~\nURL=https://example.org/\n",
                None,
            ),
            (
                "e.url",
                "[InternetShortcut]\nURL=file:///etc/passwd\n",
                None,
            ),
            ("f.url", "[Other]\nURL=https://example.org/\n", None),
            (
                "g.txt",
                "[InternetShortcut]\nURL=https://example.org/\n",
                None,
            ),
        ];
        for (name, text, want) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            assert_eq!(shortcut_address(&path).as_deref(), want, "{name}");
        }
        assert_eq!(shortcut_address(&dir.path().join("missing.url")), None);
    }
}
