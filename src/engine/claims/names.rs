//! A source's name read from the words around an attribution cue: kinds of source and
//! offices left out, stopped where the name ends, dots of initials kept.

use super::attribution_words::*;
use super::word_set::{
    DESCRIPTOR_SET, DOCUMENT_SET, NEVER_NAME_SET, ORGANISATION_HEAD_SET, PRONOUN_SET, STOP_WORD_SET,
};
use crate::engine::scan::{is_alphabetic, is_alphanumeric};

/// The trailing run of capitalised `words`, with the small words that join them inside it
/// ("Department of Health and Human Services"); none when the last word is not capitalised.
pub(super) fn trailing_capitalised(words: &[&str]) -> Option<String> {
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let mut from = words.len();
    while from > 0 {
        let word = &words[from - 1];
        let joins = listed(NAME_JOINERS, word)
            && from < words.len()
            && from >= 2
            && capitalised(&words[from - 2]);
        if !capitalised(word) && !joins {
            break;
        }
        from -= 1;
    }
    (from < words.len()).then(|| words[from..].join(" "))
}

/// Whether `word` is in `list`, ignoring ASCII case (the lists are lower-case).
pub(super) fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether `raw` keeps its final period inside a name: an initial ("J."), a dotted
/// abbreviation ("U.S.", "U.N."), a title ("Dr.", "د.").
pub(super) fn keeps_its_dot(raw: &str) -> bool {
    let Some(core) = raw.strip_suffix('.') else {
        return false;
    };
    let letters: Vec<char> = core.chars().filter(|c| *c != '.').collect();
    let dotted = core.contains('.') && letters.iter().all(|c| c.is_uppercase());
    let initial = letters.len() == 1 && is_alphabetic(letters[0]);
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

/// Words taken from an iterator only as far as they are asked for: a name is a few words
/// after its cue, and splitting the whole rest of each sentence into words was half of
/// finding an Arabic attribution.
struct Pulled<'a, I> {
    words: I,
    taken: Vec<&'a str>,
}

impl<'a, I: Iterator<Item = &'a str>> Pulled<'a, I> {
    fn new(words: I) -> Self {
        Pulled {
            words,
            taken: Vec::new(),
        }
    }

    /// The word at `at`, `None` past the last one.
    fn get(&mut self, at: usize) -> Option<&'a str> {
        while self.taken.len() <= at {
            self.taken.push(self.words.next()?);
        }
        self.taken.get(at).copied()
    }
}

/// A name from the words after a cue: descriptors and titles skipped, stopped at a stop
/// word or punctuation, at most `longest` words (titles not counted). `verb`: the cue is a
/// verb ("قال", "أعلنت"), whose subject ends where an Arabic construct ("وزارة الصحة") does.
pub(super) fn name_from_words<'a>(
    words: impl Iterator<Item = &'a str>,
    restore_article: bool,
    longest: usize,
    verb: bool,
) -> Option<String> {
    let mut words = Pulled::new(words);
    let mut name: Vec<String> = Vec::new();
    let mut titles: Vec<String> = Vec::new();
    let mut last_descriptor = None;
    let mut index = 0;
    while let Some(raw) = words.get(index) {
        index += 1;
        let keep_dot = keeps_its_dot(raw.trim_end_matches([',', '،']));
        let word = raw.trim_end_matches(|c: char| {
            c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '»' | '”' | '«' | '“')
        });
        let word = word.trim_start_matches(['«', '“', '"', '(', '»', '”']);
        if word.is_empty() && name.is_empty() && titles.is_empty() {
            continue; // a quotation mark standing alone
        }
        // "De Beers", "Du Pont": a capitalised particle is the name's own.
        let particle = word.starts_with(char::is_uppercase) && listed(&["de", "du", "des"], word);
        if name.is_empty() && titles.is_empty() && is_descriptor(word) && !particle {
            // A kind of source before a name with the article is part of that name
            // ("وكالة الأنباء الفرنسية", "قناة الجزيرة"); before a name without one it is not
            // ("صحيفة فاينانشيال تايمز" → فاينانشيال تايمز).
            let next_defined = words.get(index).is_some_and(|next| {
                next.starts_with("ال") && !is_descriptor(next.trim_end_matches(['،', ',']))
            });
            let arabic_kind =
                !word.is_ascii() && !word.starts_with('ل') && word.chars().count() > 2;
            if next_defined && arabic_kind && !DOCUMENT_SET.contains(word) {
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
        if word.is_empty() || STOP_WORD_SET.contains(word) {
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
        // "وقال مصدر أمني لرويترز": with ل, whom it was said to; but an organisation's name
        // goes on with one ("المرصد السوري لحقوق الإنسان").
        let organisation = name
            .first()
            .is_some_and(|first| ORGANISATION_HEAD_SET.contains(first))
            && words.get(index).is_some_and(|next| next.starts_with("ال"));
        if verb
            && !name.is_empty()
            && !organisation
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
        // "وأعلن الرئيس الفرنسي إيمانويل ماكرون حل البرلمان": after an office, a person's
        // name ends before a construct ("حل البرلمان", what was announced), unless the pair is
        // a compound name ("عبد الله", "بن سلمان").
        if verb
            && !titles.is_empty()
            && !name.is_empty()
            && !word.is_ascii()
            && !word.starts_with("ال")
            && !NAME_LINKS.contains(&word)
            && words.get(index).is_some_and(|next| next.starts_with("ال"))
            && name.iter().all(|w| !w.starts_with("ال"))
        {
            break;
        }
        // An Arabic construct is complete at its defined noun: "وزارة الصحة تسجيل" ends
        // before "تسجيل".
        if verb
            && !organisation
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
            && raw.ends_with(|c: char| !is_alphanumeric(c) && c != '\'' && c != '’');
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
pub(super) fn clean_name(candidate: &str) -> Option<String> {
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
pub(super) fn is_name(name: &str) -> bool {
    let fragment = name.len() <= 4
        && name.contains('.')
        && !name.ends_with('.')
        && name
            .chars()
            .filter(|&c| is_alphabetic(c))
            .all(char::is_uppercase);
    name.chars().any(is_alphabetic) && !NEVER_NAME_SET.contains(name) && !fragment
}

/// Whether `word` names a kind of source or a document of it, not the source.
fn is_descriptor(word: &str) -> bool {
    DESCRIPTOR_SET.contains(word) || DOCUMENT_SET.contains(word)
}

/// Whether `name` is a pronoun ("he", "elle", "هو"): a speaker named earlier, not a name.
pub fn is_pronoun(name: &str) -> bool {
    PRONOUN_SET.contains(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    #[test]
    fn a_long_name_keeps_the_small_words_inside_it() {
        let long = words("Officials said The Department of Health and Human Services");
        assert_eq!(
            trailing_capitalised(&long).as_deref(),
            Some("The Department of Health and Human Services")
        );
        // A joiner at either end is not the name's.
        assert_eq!(
            trailing_capitalised(&words("talks of Peace and")),
            None,
            "the last word is not capitalised"
        );
        assert_eq!(
            trailing_capitalised(&words("a rise of Health")).as_deref(),
            Some("Health")
        );
    }

    #[test]
    fn a_document_is_not_the_source_but_a_capitalised_particle_is_a_name() {
        let name = |text: &str| name_from_words(text.split_whitespace(), false, 5, false);
        assert_eq!(
            name("a report by the World Health Organization, 1.3").as_deref(),
            Some("World Health Organization")
        );
        assert_eq!(
            name("un communiqué de l'Elysée, le").as_deref(),
            Some("l'Elysée")
        );
        assert_eq!(name("De Beers, prices").as_deref(), Some("De Beers"));
        assert_eq!(
            name("بيانات البنك المركزي، ارتفع").as_deref(),
            Some("البنك المركزي")
        );
        // An outlet with the article is named with its kind.
        assert_eq!(name("قناة الجزيرة أن").as_deref(), Some("قناة الجزيرة"));
    }

    #[test]
    fn after_an_office_a_persons_name_ends_before_what_was_announced() {
        let name = |text: &str| name_from_words(text.split_whitespace(), false, 4, true);
        assert_eq!(
            name("الرئيس الفرنسي إيمانويل ماكرون حل البرلمان.").as_deref(),
            Some("إيمانويل ماكرون")
        );
        // A compound name is one name.
        assert_eq!(
            name("الدكتور خالد عبد الله، أستاذ").as_deref(),
            Some("خالد عبد الله")
        );
        assert_eq!(
            name("الأمير محمد بن سلمان إن").as_deref(),
            Some("محمد بن سلمان")
        );
    }
}
