//! Who the article says made a statement: "according to X", "X said", "ذكرت صحيفة X أن",
//! "وفقاً لـ X", "بحسب X", "نقلاً عن X", "قال X".

use super::attribution_words::*;
use super::cues::{Cue, Cues};
pub use super::names::is_pronoun;
use super::names::{clean_name, listed, name_from_words, trailing_capitalised};
use super::word_set::{LATIN_TITLE_SET, STOP_WORD_SET};
use crate::engine::scan::is_alphanumeric;

/// A source named in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The source's name as the article gives it, descriptors dropped ("فاينانشيال تايمز").
    pub name: String,
    /// Byte offset where the reported content starts: after a leading frame such as
    /// "ذكرت صحيفة X أن" or "According to X,"; 0 when the frame is not at the start.
    pub content_start: usize,
    /// Byte offset of the cue in the sentence.
    pub cue_at: usize,
}

/// The source named by the cues of `sentence` that lie within `range`, if any.
pub fn find(
    sentence: &str,
    found: &[(usize, usize, Cue)],
    range: (usize, usize),
    cues: &Cues,
) -> Option<Source> {
    for &(start, end, cue) in found {
        // Only these two cues name a source: asking the others where they stand was most
        // of this function's time.
        if !matches!(cue, Cue::SourceAfter | Cue::SourceBefore) {
            continue;
        }
        // A verb inside a quotation is the speaker's word, not the article's attribution
        // ('"We were not warned," Saleh said').
        if start < range.0 || end > range.1 || inside_quotation(sentence, start) {
            continue;
        }
        // "Reuters, citing three sources, reported": an aside naming the speaker's own
        // sources; the speaker is the subject of the verb that follows.
        let aside = sentence[start..end].starts_with("citing ")
            && sentence[range.0..start].trim_end().ends_with(',')
            && found
                .iter()
                .any(|&(at, stop, c)| at > end && stop <= range.1 && c == Cue::SourceBefore);
        if aside {
            continue;
        }
        let source = match cue {
            Cue::SourceAfter => after_cue(sentence, start, end, range, found, cues),
            Cue::SourceBefore => before_cue(sentence, start, end, range, found, cues.latin),
            _ => None,
        };
        if source.is_some() {
            return source;
        }
    }
    None
}

/// "according to X, …" / "ذكرت صحيفة X أن …": the name follows the cue.
fn after_cue(
    sentence: &str,
    start: usize,
    end: usize,
    range: (usize, usize),
    found: &[(usize, usize, Cue)],
    cues: &Cues,
) -> Option<Source> {
    let tail = &sentence[end..range.1];
    // "وفقاً للتقرير": the cue took one lam of "لل"; put the article back.
    let (tail, restore_article) = match tail.strip_prefix('ل') {
        Some(rest) if !cues.latin && sentence[..end].ends_with('ل') => (rest, true),
        _ => (tail, false),
    };
    // A verb's subject is a short name ("قال ماسك"); a preposition's object may be longer
    // ("وفقاً لتقرير صحيفة فاينانشيال تايمز").
    const PREPOSITIONS: &[&str] = &[
        "وفق",
        "بحسب",
        "حسب",
        "نقل",
        "على لسان",
        "به گفته",
        "به گزارش",
        "به نقل",
        "بر اساس",
        "طبق",
        "بر پایه",
    ];
    let prepositional = cues.latin
        || PREPOSITIONS
            .iter()
            .any(|p| sentence[start..end].starts_with(p));
    let longest = if prepositional { 5 } else { 4 };
    let Some(name) = name_from_words(
        tail.split_whitespace(),
        restore_article,
        longest,
        !prepositional,
    ) else {
        // "الوزير قال إن …", "وزير الخارجية سامح شكري أكد أن …": no subject after the verb;
        // the sentence opened with it.
        return if prepositional || cues.latin {
            None
        } else {
            subject_before_verb(sentence, start, end, range, found)
        };
    };
    let at_start = is_sentence_opening(&sentence[range.0..start]);
    let content_start = if at_start {
        frame_end(sentence, end, found, 12, true).unwrap_or(0)
    } else {
        0
    };
    Some(Source {
        name,
        content_start,
        cue_at: start,
    })
}

/// "الوزير قال إن …": an Arabic verb after its subject, which is the whole of the short
/// text before it (titles left out, as after the verb).
fn subject_before_verb(
    sentence: &str,
    start: usize,
    end: usize,
    range: (usize, usize),
    found: &[(usize, usize, Cue)],
) -> Option<Source> {
    const NOT_SUBJECTS: &[&str] = &["ثم", "كما", "وقد", "لكن", "ولكن", "بعد", "وبعد", "قبل"];
    let head = sentence[range.0..start].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let plain = |w: &&str| {
        let bare = w.strip_prefix('و').unwrap_or(w);
        !STOP_WORD_SET.contains(w)
            && !STOP_WORD_SET.contains(bare)
            && !NOT_SUBJECTS.contains(w)
            && !w.contains(['،', ',', ':', '«', '»', '"', '(', ')'])
    };
    if is_sentence_opening(head) || words.len() > 6 || !words.iter().all(plain) {
        return None;
    }
    let name = name_from_words(words.into_iter(), false, 6, false)?;
    Some(Source {
        name,
        content_start: frame_end(sentence, end, found, 4, false).unwrap_or(0),
        cue_at: start,
    })
}

/// "X said …" / "…, said X." : the name stands before the verb, or after it when the verb
/// opens a trailing clause.
fn before_cue(
    sentence: &str,
    start: usize,
    end: usize,
    range: (usize, usize),
    found: &[(usize, usize, Cue)],
    latin: bool,
) -> Option<Source> {
    let head = sentence[range.0..start].trim_end();
    // ", said X" and '"…," said X' / "« … », a déclaré X": the name follows the verb.
    let after_comma = head.ends_with([',', '،'])
        || (head.ends_with(['"', '”', '»'])
            && head
                .trim_end_matches(['"', '”', '»', ' '])
                .ends_with([',', '،', '.', '!', '?']))
        || head.ends_with(['"', '”', '»']) && head.starts_with(['"', '“', '«']);
    let mut segments = head.trim_end_matches([',', '،']).rsplit([',', '،']);
    let mut segment = segments.next().unwrap_or("").trim();
    let relative = segment.starts_with("who ") || segment.starts_with("which ");
    // '"…," Karen Wu, the authority's chief executive, said': an appositive is not the
    // speaker either; the name before it is (after the quotation, if one closes there).
    // An age ("Tom Briggs, 54, said") is one too.
    let is_aside = |text: &str| {
        ["the ", "a ", "an ", "le ", "la ", "l'"]
            .iter()
            .any(|a| text.starts_with(a))
            || (!text.is_empty() && text.chars().all(|c| c.is_ascii_digit()))
    };
    let appositive = is_aside(segment);
    if relative {
        // "Reyes, who voted against the plan, said": the relative clause is not the speaker.
        segment = segments.next().unwrap_or("").trim();
    } else if after_comma {
        let after = &sentence[end..range.1];
        // A name after the verb is capitalised in Latin text: "said the contract …" names
        // what was said, not who said it.
        // (Arabic letters have no case: they pass.)
        // Only Latin text names the speaker after the verb: Persian's verb comes last
        // ("علی رضایی، کارشناس اقتصادی، گفت: «…»": what follows is the quotation).
        let named_after = latin
            && name_from_words(after.split_whitespace(), false, 5, false)
                .is_some_and(|n| n.starts_with(|c: char| !c.is_lowercase()));
        fn after_quote(text: &str) -> &str {
            text.rsplit(['"', '”', '»']).next().unwrap_or("").trim()
        }
        let mut before = after_quote(segments.next().unwrap_or(""));
        // "Lisa Chen, 34, a nurse in Toronto, said": asides one after the other.
        while appositive && is_aside(before) {
            match segments.next() {
                Some(earlier) => before = after_quote(earlier),
                None => break,
            }
        }
        let capitalised = |text: &str| {
            !text.is_empty()
                && text
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        };
        segment = if named_after {
            // "…, said Mayor Ellen Park.": the name follows the verb.
            ""
        } else if capitalised(segment) && !appositive {
            // "Le porte-parole du gouvernement, Olivier Véran, a indiqué": the name stands
            // between the commas.
            segment
        } else {
            // "Karen Wu, the authority's chief executive, said", "Tom Briggs, 54, said",
            // "The report, published by Oxfam, said": the subject before the aside.
            before
        };
    }
    let mut words: Vec<&str> = segment
        .split_whitespace()
        .filter(|w| w.chars().any(is_alphanumeric))
        .collect();
    if !latin {
        // Persian puts the place, the time and the listener between the speaker and the
        // verb: "مریم احمدی به خبرنگاران گفت".
        if let Some(at) = words.iter().position(|w| PERSIAN_BREAKS.contains(w))
            && at > 0
        {
            words.truncate(at);
        }
    }
    // The passive: "The claim was denied by the ministry": the speaker is after "by", or
    // not named.
    if words
        .last()
        .is_some_and(|w| listed(&["was", "were", "is", "are", "been"], w))
    {
        let by = sentence[end..range.1].trim_start().strip_prefix("by ")?;
        let name = name_from_words(by.split_whitespace(), false, 5, false)?;
        return Some(Source {
            name,
            content_start: 0,
            cue_at: start,
        });
    }
    let name = if words.is_empty() {
        // ", said Mayor Ellen Park."
        name_from_words(sentence[end..range.1].split_whitespace(), false, 5, false)?
    } else if let Some(of) = words
        .windows(2)
        .position(|w| w[0] == "of" && listed(&["the", "a", "an"], w[1]))
        && of > 0
        && words[..of]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        // "Dr. Jane Holt of the U.S. Treasury said": the person, not her institution.
        clean_name(&words[..of].join(" "))?
    } else if let Some(at) = words
        .iter()
        .rposition(|w| w.starts_with(char::is_lowercase) && LATIN_TITLE_SET.contains(w))
        && at + 1 < words.len()
        && words[at + 1..]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        // "Le ministre Jean Dupont": the name after the office.
        clean_name(&words[at + 1..].join(" "))?
    } else if words.len() <= 6 {
        // "a project the regional transport authority": the noun phrase after the last
        // article is the speaker.
        let from = words
            .iter()
            .rposition(|w| listed(&["the", "a", "an"], w))
            .map_or(0, |i| i + 1);
        clean_name(&words[from.min(words.len() - 1)..].join(" "))?
    } else {
        // A long stretch before the verb: take its trailing run of capitalised words, with
        // the small words that join them ("The Department of Health and Human Services").
        clean_name(&trailing_capitalised(&words)?)?
    };
    let opens = is_sentence_opening(sentence[range.0..start].split(',').next().unwrap_or(""))
        || sentence[range.0..start]
            .trim_start()
            .starts_with(name.as_str())
        || sentence[range.0..start]
            .trim_start()
            .strip_prefix("The ")
            .is_some_and(|rest| rest.starts_with(name.as_str()));
    let content_start = if opens && !words.is_empty() {
        frame_end(sentence, end, found, 4, false)
            .unwrap_or(end + usize::from(sentence[end..].starts_with(' ')))
    } else {
        0
    };
    Some(Source {
        name,
        content_start,
        cue_at: start,
    })
}

/// Whether `head` (the text before a cue) is empty or only a connective ("و", "كما", "And").
fn is_sentence_opening(head: &str) -> bool {
    let head = head.trim();
    head.is_empty() || matches!(head, "و" | "ف" | "كما" | "وكما" | "And" | "But" | "Also")
}

/// The end of a leading frame: just after "that"/"أن", or after the comma closing
/// "According to X," when `comma` is allowed, looked for in the `reach` words after the cue.
fn frame_end(
    sentence: &str,
    after: usize,
    found: &[(usize, usize, Cue)],
    reach: usize,
    comma: bool,
) -> Option<usize> {
    let window_end = end_of_words(sentence, after, reach);
    let that = found
        .iter()
        .filter(|(s, e, c)| *c == Cue::FrameEnd && *s >= after && *e <= window_end)
        .map(|(_, e, _)| *e)
        .next();
    let comma = comma
        .then(|| sentence[after..window_end].find([',', '،']))
        .flatten()
        .map(|i| {
            let rest = &sentence[after + i..];
            after + i + rest.chars().next().map_or(1, char::len_utf8)
        });
    let end = match (that, comma) {
        (Some(t), Some(c)) => t.min(c),
        (t, c) => t.or(c)?,
    };
    // Never leave an empty claim: the content must have words of its own.
    let rest = &sentence[end..];
    (rest.split_whitespace().take(3).count() >= 3)
        .then(|| end + (rest.len() - rest.trim_start().len()))
}

/// The byte offset just after the `count`-th word from `from` (or the end of the text).
fn end_of_words(text: &str, from: usize, count: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, b) in text.as_bytes()[from..].iter().enumerate() {
        let space = b.is_ascii_whitespace();
        if in_word && space {
            words += 1;
            if words == count {
                return from + i;
            }
        }
        in_word = !space;
    }
    text.len()
}

/// Whether byte `at` of `sentence` is inside a quotation: after an opening « or “ not yet
/// closed, or after an odd number of straight quotes.
fn inside_quotation(sentence: &str, at: usize) -> bool {
    // One pass over the bytes before `at`, visiting only the quotation marks' first
    // bytes: a cue is asked about for every clause, and six scans each were a tenth of
    // finding attributions.
    let before = &sentence.as_bytes()[..at];
    let (mut straight, mut guillemets, mut curly) = (0usize, 0isize, 0isize);
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, before) {
        match &before[i..] {
            [b'"', ..] => straight += 1,
            [0xC2, 0xAB, ..] => guillemets += 1,
            [0xC2, 0xBB, ..] => guillemets -= 1,
            [0xE2, 0x80, 0x9C, ..] => curly += 1,
            [0xE2, 0x80, 0x9D, ..] => curly -= 1,
            _ => {}
        }
    }
    straight % 2 == 1 || guillemets > 0 || curly > 0
}
