//! Who the article says made a statement: "according to X", "X said", "ذكرت صحيفة X أن",
//! "وفقاً لـ X", "بحسب X", "نقلاً عن X", "قال X".

use super::attribution_words::*;
use super::cues::{Cue, Cues};

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
        // A verb inside a quotation is the speaker's word, not the article's attribution
        // ('"We were not warned," Saleh said').
        if start < range.0 || end > range.1 || inside_quotation(sentence, start) {
            continue;
        }
        let source = match cue {
            Cue::SourceAfter => after_cue(sentence, start, end, range, found, cues),
            Cue::SourceBefore => before_cue(sentence, start, end, range, found),
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
    ];
    let prepositional = cues.latin
        || PREPOSITIONS
            .iter()
            .any(|p| sentence[start..end].starts_with(p));
    let longest = if prepositional { 5 } else { 4 };
    let name = name_from_words(
        tail.split_whitespace(),
        restore_article,
        longest,
        !prepositional,
    )?;
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

/// "X said …" / "…, said X." : the name stands before the verb, or after it when the verb
/// opens a trailing clause.
fn before_cue(
    sentence: &str,
    start: usize,
    end: usize,
    range: (usize, usize),
    found: &[(usize, usize, Cue)],
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
    let appositive = ["the ", "a ", "an ", "le ", "la ", "l'"]
        .iter()
        .any(|a| segment.starts_with(a))
        || (!segment.is_empty() && segment.chars().all(|c| c.is_ascii_digit()));
    if relative {
        // "Reyes, who voted against the plan, said": the relative clause is not the speaker.
        segment = segments.next().unwrap_or("").trim();
    } else if after_comma {
        let after = &sentence[end..range.1];
        // A name after the verb is capitalised in Latin text: "said the contract …" names
        // what was said, not who said it.
        // (Arabic letters have no case: they pass.)
        let named_after = name_from_words(after.split_whitespace(), false, 5, false)
            .is_some_and(|n| n.starts_with(|c: char| !c.is_lowercase()));
        let before = segments.next().unwrap_or("");
        let before = before.rsplit(['"', '”', '»']).next().unwrap_or("").trim();
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
    let words: Vec<&str> = segment
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
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
        .rposition(|w| w.starts_with(char::is_lowercase) && listed(LATIN_TITLES, w))
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
        // A long stretch before the verb: take its trailing run of capitalised words.
        let capitalised: Vec<&str> = words
            .iter()
            .rev()
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
            .copied()
            .collect();
        if capitalised.is_empty() {
            return None;
        }
        clean_name(&capitalised.into_iter().rev().collect::<Vec<_>>().join(" "))?
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

/// Whether `word` is in `list`, ignoring ASCII case (the lists are lower-case).
fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether `raw` keeps its final period inside a name: an initial ("J."), a dotted
/// abbreviation ("U.S.", "U.N."), a title ("Dr.", "د.").
fn keeps_its_dot(raw: &str) -> bool {
    let Some(core) = raw.strip_suffix('.') else {
        return false;
    };
    let letters: Vec<char> = core.chars().filter(|c| *c != '.').collect();
    let dotted = core.contains('.') && letters.iter().all(|c| c.is_uppercase());
    let initial = letters.len() == 1 && letters[0].is_alphabetic();
    dotted
        || initial
        || listed(
            &[
                "dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "st", "jr", "sr",
                "mme", "m",
            ],
            core,
        )
}

/// A name from the words after a cue: descriptors and titles skipped, stopped at a stop
/// word or punctuation, at most `longest` words (titles not counted). `verb`: the cue is a
/// verb ("قال", "أعلنت"), whose subject ends where an Arabic construct ("وزارة الصحة") does.
fn name_from_words<'a>(
    words: impl Iterator<Item = &'a str>,
    restore_article: bool,
    longest: usize,
    verb: bool,
) -> Option<String> {
    let words: Vec<&str> = words.collect();
    let mut name: Vec<String> = Vec::new();
    let mut titles: Vec<String> = Vec::new();
    let mut last_descriptor = None;
    let mut index = 0;
    while index < words.len() {
        let raw = words[index];
        index += 1;
        let keep_dot = keeps_its_dot(raw.trim_end_matches([',', '،']));
        let word = raw.trim_end_matches(|c: char| {
            c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '»' | '”' | '«' | '“')
        });
        let word = word.trim_start_matches(['«', '“', '"', '(', '»', '”']);
        if word.is_empty() && name.is_empty() && titles.is_empty() {
            continue; // a quotation mark standing alone
        }
        if name.is_empty() && titles.is_empty() && listed(DESCRIPTORS, word) {
            // A kind of source before a name with the article is part of that name
            // ("وكالة الأنباء الفرنسية", "قناة الجزيرة"); before a name without one it is not
            // ("صحيفة فاينانشيال تايمز" → فاينانشيال تايمز).
            let next_defined = words.get(index).is_some_and(|next| {
                next.starts_with("ال") && !listed(DESCRIPTORS, next.trim_end_matches(['،', ',']))
            });
            let arabic_kind =
                !word.is_ascii() && !word.starts_with('ل') && word.chars().count() > 2;
            if next_defined && arabic_kind && !matches!(word, "تقرير" | "صادر" | "صادرة")
            {
                name.push(word.to_string());
                continue;
            }
            last_descriptor = Some(word);
            continue;
        }
        if name.is_empty() && (TITLES.contains(&word) || TITLES.contains(&raw)) {
            titles.push(if keep_dot {
                raw.to_string()
            } else {
                word.to_string()
            });
            // "وقال الوزير: «…»": the office ends the name where its punctuation does.
            if !keep_dot && raw.len() > word.len() {
                break;
            }
            // The office's complement: "وزير المالية", "المتحدث باسم الجيش".
            while let Some(next) = words.get(index) {
                let bare = next.trim_end_matches([',', '،', '.']);
                if bare == "باسم" {
                    // "المتحدث باسم وزارة الخارجية": the office's ministry is its too.
                    titles.push(bare.to_string());
                    index += 1;
                    if let Some(owner) = words.get(index) {
                        let owner = owner.trim_end_matches([',', '،', '.']);
                        titles.push(owner.to_string());
                        index += 1;
                        if !owner.starts_with("ال") {
                            while let Some(more) = words.get(index) {
                                let more = more.trim_end_matches([',', '،', '.']);
                                if !more.starts_with("ال") {
                                    break;
                                }
                                titles.push(more.to_string());
                                index += 1;
                            }
                        }
                    }
                    break;
                }
                if bare.starts_with("ال") && !TITLES.contains(&bare) {
                    titles.push(bare.to_string());
                    index += 1;
                    if next.len() != bare.len() {
                        break;
                    }
                } else {
                    break;
                }
            }
            continue;
        }
        // "الأمين العام للأمم المتحدة": what follows an office with لل (and its adjectives)
        // is the office's too.
        let after_of = titles.last().is_some_and(|t| t.starts_with("لل"))
            || titles.len() >= 2 && titles[titles.len() - 2].starts_with("لل");
        if name.is_empty()
            && !titles.is_empty()
            && (word.starts_with("لل") || (after_of && word.starts_with("ال")))
        {
            titles.push(word.to_string());
            if raw.len() > word.len() {
                break;
            }
            continue;
        }
        if word.is_empty() || listed(STOP_WORDS, word) {
            break;
        }
        // "Maria Lopez of the Budget Watch Institute": the person, not her institution.
        if word == "of"
            && words
                .get(index)
                .is_some_and(|next| listed(&["the", "a", "an"], next))
        {
            break;
        }
        // "وقال مصدر أمني لرويترز": with ل, whom it was said to.
        if verb
            && !name.is_empty()
            && word.starts_with('ل')
            && !word.starts_with("ال")
            && !word.starts_with("لل")
            && word.chars().count() > 3
        {
            break;
        }
        // "وأعلنت وزارة الداخلية القبض على": a verbal noun with its preposition after the
        // subject is what was announced, not more of the name.
        if verb
            && name.len() >= 2
            && word.starts_with("ال")
            && words.get(index).is_some_and(|next| {
                matches!(
                    next.trim_end_matches(['،', ',']),
                    "على" | "عن" | "من" | "إلى" | "في" | "عليه" | "عليها"
                )
            })
        {
            break;
        }
        // An Arabic construct is complete at its defined noun: "وزارة الصحة تسجيل" ends
        // before "تسجيل".
        if verb
            && !word.is_ascii()
            && name
                .last()
                .is_some_and(|last| last.starts_with("ال") || last.starts_with("وال"))
            && name.len() >= 2
            && !word.starts_with("ال")
            // "وزارة التربية والتعليم": a defined noun joined with و is the name's too.
            && !word.starts_with("وال")
        {
            break;
        }
        let mut word = if keep_dot {
            raw.trim_end_matches([',', '،']).to_string()
        } else {
            word.to_string()
        };
        if name.is_empty() && restore_article && !word.starts_with("ال") {
            // "للأمم المتحدة": the cue took the lam; the name is "الأمم المتحدة".
            word = format!("ال{word}");
        }
        name.push(word);
        let ends_here = !keep_dot
            && raw.len() > name.last().map_or(0, String::len)
            && raw.ends_with(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if ends_here || name.len() == longest {
            break;
        }
    }
    if name.is_empty() && !titles.is_empty() {
        // No name after the office: the office is the speaker ("المتحدث باسم الجيش").
        return clean_name(&titles.join(" "));
    }
    if name.is_empty() {
        // "وفقاً للتقرير": the report itself is the source.
        let word = last_descriptor?;
        let word = word.strip_prefix('ل').unwrap_or(word);
        let restored = if restore_article {
            format!("ال{word}")
        } else {
            word.to_string()
        };
        return clean_name(&restored);
    }
    clean_name(&name.join(" "))
}

/// Trim a candidate name, refuse pronouns and empties, expand known short names.
fn clean_name(candidate: &str) -> Option<String> {
    let trimmed = candidate
        .trim()
        .trim_start_matches(['"', '“', '«', '»', '”', '\'', ' ']);
    let name = trimmed
        .strip_prefix("the ")
        .or_else(|| trimmed.strip_prefix("The "))
        .unwrap_or(trimmed);
    // "U.N." keeps its final dot; other trailing marks go.
    let name = if keeps_its_dot(name) {
        name
    } else {
        name.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '،')
    };
    // A pronoun is kept here, for `extract_claims` to resolve to the paragraph's last named
    // speaker (or to drop).
    if name.is_empty() || (!is_pronoun(name) && !is_name(name)) {
        return None;
    }
    let expanded = ALIASES
        .iter()
        .find(|(short, _)| short.eq_ignore_ascii_case(name))
        .map_or(name, |(_, long)| long);
    Some(expanded.to_string())
}

/// Whether `name` can be a speaker: not a function word or a verb alone, not a fragment of
/// an abbreviation ("U.S" cut at its dot), and with a letter in it.
fn is_name(name: &str) -> bool {
    let fragment = name.len() <= 4
        && name.contains('.')
        && !name.ends_with('.')
        && name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    name.chars().any(char::is_alphabetic) && !listed(NEVER_NAMES, name) && !fragment
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

/// Whether `name` is a pronoun ("he", "elle", "هو"): a speaker named earlier, not a name.
pub fn is_pronoun(name: &str) -> bool {
    listed(PRONOUNS, name)
}
