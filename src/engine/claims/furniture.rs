//! Page furniture: what a news page prints around the story that is not a statement to check
//! (share and subscribe prompts, "Read more", bylines, datelines, "Published …" stamps,
//! photo credits, list and section headers, headings without a verb). The engine keeps these
//! in the table, marked not checkable, so the reviewer still sees everything the page says.

use super::furniture_words::*;
use crate::engine::scan::{is_alphabetic, is_alphanumeric, is_numeric};
use std::sync::LazyLock;

/// Whether `sentence` is page boilerplate rather than article content.
pub fn is_boilerplate(sentence: &str) -> bool {
    let core = sentence.trim().trim_end_matches(|c: char| {
        c.is_ascii_punctuation() || matches!(c, '…' | '،' | '؛' | '»' | '«')
    });
    if core.len() > 60 {
        return false;
    }
    // The English entries are ASCII and Arabic has no case: ASCII folding is enough.
    static INDEX: LazyLock<Openers> =
        LazyLock::new(|| Openers::new(BOILERPLATE, |b| b.trim_end_matches(':')));
    INDEX
        .starting_like(core)
        .iter()
        .any(|b| b.trim_end_matches(':').eq_ignore_ascii_case(core))
}

/// A list of words or phrases grouped by their first two bytes, ASCII case folded: a
/// sentence is compared only with the entries that start as it does, at most a few of the
/// dozens in each list, and usually none (comparing every entry was a twentieth of reading
/// an article; grouping by the first character alone still compared "Rates rose …" with
/// every "Read more" and "Related").
struct Openers {
    /// Where each group's entries start in `entries`: group k's are
    /// `entries[starts[k]..starts[k + 1]]`.
    starts: Vec<usize>,
    /// The entries, group after group.
    entries: Vec<&'static str>,
}

/// How many groups: the folded first two bytes' code modulo this. Entries that share a
/// group are all compared, so only the speed depends on it.
const OPENER_SLOTS: usize = 1024;

impl Openers {
    /// `list` grouped by the first two bytes of `key(entry)`; entries whose key is empty
    /// are left out (they start like nothing).
    fn new(list: &[&'static str], key: impl Fn(&'static str) -> &'static str) -> Self {
        let mut groups: Vec<Vec<&'static str>> = vec![Vec::new(); OPENER_SLOTS];
        let mut add = |slot: usize, entry: &'static str| {
            if !groups[slot].contains(&entry) {
                groups[slot].push(entry);
            }
        };
        for &entry in list {
            match *key(entry).as_bytes() {
                [] => {}
                // One byte long: it opens texts of one byte and texts of any second byte.
                [first] => {
                    add(Self::slot(first, None), entry);
                    for second in 0..=u8::MAX {
                        add(Self::slot(first, Some(second)), entry);
                    }
                }
                [first, second, ..] => add(Self::slot(first, Some(second)), entry),
            }
        }
        let mut starts = Vec::with_capacity(OPENER_SLOTS + 1);
        let mut entries = Vec::new();
        for group in groups {
            starts.push(entries.len());
            entries.extend(group);
        }
        starts.push(entries.len());
        Openers { starts, entries }
    }

    /// The group of texts whose first byte is `first` and second `second` (`None`: a text
    /// of one byte), ASCII case folded.
    fn slot(first: u8, second: Option<u8>) -> usize {
        let second = second.map_or(256, |b| usize::from(b.to_ascii_lowercase()));
        (usize::from(first.to_ascii_lowercase()) * 257 + second) % OPENER_SLOTS
    }

    /// The entries that may open `text`: all those whose first two bytes are `text`'s,
    /// ASCII case folded (and a few others).
    fn starting_like(&self, text: &str) -> &[&'static str] {
        let bytes = text.as_bytes();
        let Some(&first) = bytes.first() else {
            return &[];
        };
        let slot = Self::slot(first, bytes.get(1).copied());
        self.starts
            .get(slot)
            .zip(self.starts.get(slot + 1))
            .and_then(|(&from, &to)| self.entries.get(from..to))
            .unwrap_or(&[])
    }
}

/// The index of each list of openers, built once.
static BYLINES: LazyLock<Openers> = LazyLock::new(|| Openers::new(BYLINE_OPENERS, |o| o));
static STAMPS: LazyLock<Openers> = LazyLock::new(|| Openers::new(STAMP_OPENERS, |o| o));
static PROMPTS: LazyLock<Openers> = LazyLock::new(|| Openers::new(PROMPT_OPENERS, |o| o));
static CREDITS: LazyLock<Openers> = LazyLock::new(|| Openers::new(CREDIT_OPENERS, |o| o));

/// Whether `sentence` is a byline or credit line: short, opening with "By", "بقلم" and the like.
pub(super) fn is_byline(sentence: &str) -> bool {
    let start = sentence.trim_start();
    let opens = BYLINES.starting_like(start).iter().any(|opener| {
        start
            .get(..opener.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(opener))
    });
    if !opens {
        return false;
    }
    let words = sentence.split_whitespace().take(11).count();
    words <= 10 && !(sentence.ends_with(['.', '!', '?']) && words > 6)
}

/// The end of a dateline opening `sentence` ("RIVERTON, March 14 (Reuters) - ",
/// "القاهرة (رويترز) - "): a short prefix with a place in capitals or an agency in brackets,
/// closed by a dash, followed by the story.
pub(super) fn dateline_end(sentence: &str) -> Option<usize> {
    // Datelines are short: look for the dash in the first 120 bytes only.
    let mut reach = sentence.len().min(120);
    while !sentence.is_char_boundary(reach) {
        reach -= 1;
    }
    let head = &sentence[..reach];
    memchr::memchr2(b'-', 0xE2, head.as_bytes())?;
    let (dash_at, dash) = head
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '-' | '–' | '—')
                && head[..i].ends_with(' ')
                && head[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, c)| (i - 1, c.len_utf8() + 2))?;
    let prefix = &sentence[..dash_at];
    let first_word = prefix.split([' ', ',']).next().unwrap_or("");
    let capital_place = first_word.chars().count() >= 2
        && first_word
            .chars()
            .all(|c| c.is_uppercase() || !is_alphabetic(c));
    let agency = prefix.trim_end().ends_with(')') && prefix.contains('(');
    let short = prefix.split_whitespace().count() <= 8;
    let rest = &sentence[dash_at + dash..];
    (short && (capital_place || agency) && rest.split_whitespace().take(3).count() >= 3)
        .then_some(dash_at + dash)
}

/// A link to another story, a player prompt or a copyright line.
pub(super) fn is_prompt(sentence: &str) -> bool {
    opens_with(sentence, &PROMPTS) && word_count(sentence) <= 20
}

/// A dateline standing alone, the story on the next line: "القاهرة - (رويترز)",
/// "PARIS (AFP) —".
pub(super) fn is_lone_dateline(sentence: &str) -> bool {
    let core = sentence.trim();
    let closes = core.ends_with([')', '-', '–', '—']);
    closes && core.contains('(') && word_count(core) <= 6 && !core.contains(['.', '!', '?', '؟'])
}

/// Whether `text` starts with one of `openers`, ignoring ASCII case (Arabic has none).
fn opens_with(text: &str, openers: &Openers) -> bool {
    let start = text.trim_start();
    let Some(&first) = start.as_bytes().first() else {
        return false;
    };
    openers.starting_like(start).iter().any(|opener| {
        // The first byte rules out the group's other openers before a comparison is made.
        opener
            .as_bytes()
            .first()
            .is_some_and(|o| o.eq_ignore_ascii_case(&first))
            && start
                .get(..opener.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(opener))
            && start[opener.len()..].chars().next().is_none_or(|c| {
                !is_alphanumeric(c)
                    || opener.ends_with([':', ' '])
                    || opener.ends_with(|o: char| o.is_ascii_digit())
            })
    })
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Whether `word` can be part of a date or a time ("3", "Nov.", "10:30", "novembre", "في").
fn is_date_word(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !is_alphanumeric(c));
    core.is_empty()
        || core.chars().any(is_numeric)
        || DATE_WORDS.contains(&core.to_lowercase().as_str())
}

/// A publication or update stamp: "Published", "Updated", "نُشر في" … followed by a date and
/// a time and little else ("Published figures show …" is a statement).
pub(super) fn is_stamp(sentence: &str) -> bool {
    if !opens_with(sentence, &STAMPS) || word_count(sentence) > 16 {
        return false;
    }
    let start = sentence.trim_start();
    let Some(opener) = STAMPS
        .starting_like(start)
        .iter()
        .filter(|o| {
            start
                .get(..o.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(o))
        })
        .max_by_key(|o| o.len())
    else {
        return false;
    };
    let rest = &start[opener.len()..];
    let has_date = rest.chars().any(is_numeric);
    let other_words = rest.split_whitespace().filter(|w| !is_date_word(w)).count();
    has_date && other_words <= 1
}

/// A photo or video credit: short, opening with "Photo:", "صورة:" …
pub(super) fn is_credit(sentence: &str) -> bool {
    opens_with(sentence, &CREDITS) && word_count(sentence) <= 14
}

/// A list or section header: a short sentence ending with a colon ("Key figures:",
/// "وتشمل الخطة:"), whose list follows.
pub(super) fn is_list_header(sentence: &str) -> bool {
    let core = sentence.trim_end();
    core.ends_with([':', '：']) && word_count(core) <= 8
}

/// Every common verb, to look words up at once (Fx hashing: the keys are constants).
static COMMON_VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    [ENGLISH_VERBS, ARABIC_VERBS, OTHER_VERBS]
        .concat()
        .into_iter()
        .collect()
});

/// Whether `word` is one of the common verbs (an Arabic one with و or ف before it too).
fn is_common_verb(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !is_alphanumeric(c));
    let lower;
    let folded = if word.chars().any(char::is_uppercase) {
        lower = word.to_lowercase();
        lower.as_str()
    } else {
        word
    };
    if COMMON_VERBS.contains(folded) {
        return true;
    }
    // English past tenses and participles: "Council Approved", "prices soared".
    if folded.is_ascii() && folded.len() > 4 && folded.ends_with("ed") {
        return true;
    }
    let bare = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    COMMON_VERBS.contains(bare) || is_arabic_present_verb(bare)
}

/// An Arabic verb in the present, third person ("يخطط", "يطلق", "سيعلن"): a short word
/// opening with ي (or سي), which few nouns do (the exceptions listed).
fn is_arabic_present_verb(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "يوم",
        "يوما",
        "يومًا",
        "يومياً",
        "يناير",
        "يونيو",
        "يوليو",
        "يورو",
        "يمين",
        "يسار",
        "يونيو",
    ];
    let word = word
        .strip_prefix("س")
        .filter(|w| w.starts_with('ي'))
        .unwrap_or(word);
    let letters = word.chars().count();
    word.starts_with('ي') && (4..=7).contains(&letters) && !NOUNS.contains(&word)
}

/// A heading: a line of its own (`alone_on_line`), short, without a sentence's final mark,
/// a figure or a verb ("Key figures", "شراكة إيلون ماسك في OpenAI"). A headline that says
/// something ("Council approves transit budget", "ماسك يطلق شركة جديدة") is a claim.
pub(super) fn is_heading(sentence: &str, alone_on_line: bool) -> bool {
    let core = sentence.trim();
    // The cheap tests first: this runs on every line of an article.
    alone_on_line
        && !core.ends_with(['.', '!', '?', '؟', '…', '"', '»', '”', ')', '؛', ';'])
        && (1..=12).contains(&core.split_whitespace().take(13).count())
        && !core.chars().any(is_numeric)
        && !core.split_whitespace().any(is_common_verb)
        && !has_headline_verb(core)
}

/// An English headline's verb in the present ("Mayor unveils new housing plan"): a word in
/// -s after the first and before the last (a plural at the end is a heading's noun: "Key
/// figures", "Related articles").
fn has_headline_verb(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let inner = words.len().saturating_sub(1);
    words.iter().take(inner).skip(1).any(|w| {
        let w = w.trim_matches(|c: char| !is_alphanumeric(c));
        w.is_ascii()
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opener_is_found_by_its_first_character_in_either_case() {
        let lists = [
            (BYLINE_OPENERS, &*BYLINES),
            (STAMP_OPENERS, &*STAMPS),
            (PROMPT_OPENERS, &*PROMPTS),
            (CREDIT_OPENERS, &*CREDITS),
        ];
        for (list, index) in lists {
            for opener in list {
                for text in [opener.to_string(), opener.to_ascii_uppercase()] {
                    let sentence = format!("{text} 3 words here");
                    assert!(
                        index.starting_like(&sentence).contains(opener),
                        "{opener:?} not offered for {sentence:?}"
                    );
                }
            }
        }
        // An entry of one byte, and one that is not ASCII.
        let index = Openers::new(&["X", "صورة:", "By"], |o| o);
        for (text, opener) in [
            ("X", "X"),
            ("x marks", "X"),
            ("Xi said", "X"),
            ("صورة: أ ف ب", "صورة:"),
            ("BY Ana", "By"),
        ] {
            assert!(index.starting_like(text).contains(&opener), "{text:?}");
        }
        assert!(index.starting_like("").is_empty());
        for entry in BOILERPLATE {
            // An empty entry would match an empty sentence, which the index never offers.
            assert!(!entry.trim_end_matches(':').is_empty(), "{entry:?}");
            let core = entry.trim_end_matches(':').to_ascii_uppercase();
            assert!(is_boilerplate(&format!("  {core}…  ")), "{entry:?}");
        }
    }
}
