//! Is the quoted excerpt really on the page? It is looked for in the snapshot's text with
//! the search's folding (case, Arabic letter variants, diacritics, tatweel) and more that
//! copying from a page changes: every run of spaces is one space, Arabic-Indic and Persian
//! digits are ASCII digits, Arabic punctuation (٪ ، ؛ ؟ ٫ ٬) is its Latin twin, typographic
//! quotes, apostrophes and dashes are plain ones.

use super::{SnapshotFolder, SnapshotState};
use crate::model::{Evidence, Timestamp};

/// How many characters of the page are shown on each side of a found excerpt.
const CONTEXT_CHARS: usize = 160;

/// What the snapshot says about a source's excerpt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExcerptCheck {
    /// The source has no excerpt to look for.
    NoExcerpt,
    /// The source has not been archived.
    NotArchived,
    /// The snapshot is not in the folder.
    SnapshotMissing,
    /// The snapshot's bytes do not match their hash.
    SnapshotDamaged,
    /// The excerpt is on the archived page.
    Found {
        /// When the page was archived.
        archived: Timestamp,
        /// The page's text around it: before, the excerpt as the page has it, after.
        context: (String, String, String),
    },
    /// The archived page does not contain it.
    NotFound {
        /// When the page was archived.
        archived: Timestamp,
    },
}

/// Check `evidence`'s excerpt against its snapshot in `folder`.
pub fn check_excerpt(evidence: &Evidence, folder: &SnapshotFolder) -> ExcerptCheck {
    if evidence.excerpt.trim().is_empty() {
        return ExcerptCheck::NoExcerpt;
    }
    let Some(archive) = &evidence.archive else {
        return ExcerptCheck::NotArchived;
    };
    let hash = &archive.capture.sha256;
    match folder.state(hash) {
        SnapshotState::Missing => return ExcerptCheck::SnapshotMissing,
        SnapshotState::Damaged => return ExcerptCheck::SnapshotDamaged,
        SnapshotState::Intact => {}
    }
    let Some(text) = folder.text(hash) else {
        return ExcerptCheck::SnapshotDamaged;
    };
    let archived = archive.capture.fetched_at;
    match find(&text, &evidence.excerpt) {
        Some(range) => {
            let before = tail_chars(&text[..range.start], CONTEXT_CHARS);
            let after = head_chars(&text[range.end..], CONTEXT_CHARS);
            ExcerptCheck::Found {
                archived,
                context: (before.into(), text[range].into(), after.into()),
            }
        }
        None => ExcerptCheck::NotFound { archived },
    }
}

/// Where `needle` is in `haystack` once both are folded, as a byte range of `haystack`.
pub fn find(haystack: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    let (folded_needle, _) = fold_with_offsets(needle.trim());
    let folded_needle = folded_needle.trim();
    if folded_needle.is_empty() {
        return None;
    }
    let (folded, offsets) = fold_with_offsets(haystack);
    let at = folded.find(folded_needle)?;
    let end = at + folded_needle.len();
    let start = offsets[at];
    // The last folded byte's source character ends the match.
    let last = offsets[end - 1];
    let last_len = haystack[last..].chars().next().map_or(0, char::len_utf8);
    Some(start..last + last_len)
}

/// The share (0 to 1) of `old`'s text still present in `new`, counted in words of eight-word
/// shingles: how much of an archived page a changed page still says.
pub fn share_still_present(old: &str, new: &str) -> f64 {
    const SHINGLE: usize = 8;
    let words = |text: &str| -> Vec<String> {
        fold_with_offsets(text)
            .0
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (old, new) = (words(old), words(new));
    if old.is_empty() {
        return 1.0;
    }
    if old.len() < SHINGLE {
        return if new.windows(old.len()).any(|w| w == old.as_slice()) {
            1.0
        } else {
            0.0
        };
    }
    let present: std::collections::HashSet<&[String]> = new.windows(SHINGLE).collect();
    let mut kept = vec![false; old.len()];
    for (at, shingle) in old.windows(SHINGLE).enumerate() {
        if present.contains(shingle) {
            kept[at..at + SHINGLE].iter_mut().for_each(|k| *k = true);
        }
    }
    kept.iter().filter(|k| **k).count() as f64 / old.len() as f64
}

/// `text` folded for matching, and for each folded byte the offset in `text` of the
/// character it came from.
fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() || crate::terminal::is_hidden_format(c) {
            if !in_space && c.is_whitespace() {
                folded.push(' ');
                offsets.push(at);
                in_space = true;
            }
            continue;
        }
        in_space = false;
        let plain = match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            '“' | '”' | '„' | '«' | '»' | '″' => '"',
            '‘' | '’' | '‚' | '′' | '`' => '\'',
            '–' | '—' | '‒' | '−' | '‐' => '-',
            '٫' => '.',
            '٬' | '،' => ',',
            '٪' => '%',
            '؛' => ';',
            '؟' => '?',
            c => c,
        };
        let mut buffer = [0u8; 4];
        for piece in crate::query::fold(plain.encode_utf8(&mut buffer)).chars() {
            let before = folded.len();
            folded.push(piece);
            offsets.extend(std::iter::repeat_n(at, folded.len() - before));
        }
    }
    (folded, offsets)
}

fn tail_chars(text: &str, count: usize) -> &str {
    let start = text
        .char_indices()
        .rev()
        .nth(count.saturating_sub(1))
        .map_or(0, |(at, _)| at);
    &text[start..]
}

fn head_chars(text: &str, count: usize) -> &str {
    let end = text
        .char_indices()
        .nth(count)
        .map_or(text.len(), |(at, _)| at);
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_found_through_copying_differences() {
        let page =
            "قالَ الوزيرُ إنّ الإنفاق ارتفع ٤٪ في عام ٢٠٢٥.\nThe  “Budget” rose — officials said.";
        for (excerpt, found) in [
            (
                "قال الوزير ان الانفاق ارتفع 4% في عام 2025",
                "قالَ الوزيرُ إنّ الإنفاق ارتفع ٤٪ في عام ٢٠٢٥",
            ),
            (
                "the \"budget\" rose - officials",
                "The  “Budget” rose — officials",
            ),
            ("  rose — officials said.  ", "rose — officials said."),
        ] {
            let range = find(page, excerpt).unwrap_or_else(|| panic!("{excerpt}"));
            assert_eq!(&page[range], found);
        }
        assert_eq!(find(page, "the budget fell"), None);
        assert_eq!(find(page, "   "), None);
    }

    #[test]
    fn the_share_of_a_page_still_present_counts_kept_words() {
        let old = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(share_still_present(old, old), 1.0);
        assert_eq!(share_still_present(old, "something else entirely"), 0.0);
        let half = "one two three four five six seven eight and then other words follow";
        let share = share_still_present(old, half);
        assert!((share - 8.0 / 12.0).abs() < 1e-9, "{share}");
    }
}
