//! The words a fact-check and a claim are matched by: what a pasted post carries besides its
//! claim taken out (links, handles, "pic.twitter.com/…", the trailing "— Name (@handle)
//! date"), letters folded as the search folds them (Arabic diacritics, tatweel, alef and
//! hamza forms, ى/ي, ة/ه), every digit written in ASCII and numbers without their group
//! separators (1,200 = 1.200 = ١٬٢٠٠ = 1200), English stop words dropped, and each word
//! stemmed by its script's Snowball stemmer (English, Arabic).

use frostem::{Algorithm, Stemmer};

/// Words longer than this are not words (a hash, a run of letters): left out.
const LONGEST_WORD: usize = 40;

/// The terms of `text`, in order, repeated as often as they occur.
pub fn terms(text: &str) -> Vec<String> {
    let cleaned = without_post_furniture(text);
    let folded = crate::query::fold(&ascii_digits(&cleaned));
    let english = Stemmer::new(Algorithm::English);
    let arabic = Stemmer::new(Algorithm::Arabic);
    let mut out = Vec::new();
    for word in words(&folded) {
        let stop = |list: &[&str]| list.binary_search(&word.as_str()).is_ok();
        if word.len() > LONGEST_WORD || stop(ENGLISH_STOP_WORDS) || stop(ARABIC_STOP_WORDS) {
            continue;
        }
        let term = if word.chars().any(|c| c.is_ascii_alphabetic()) {
            english.stem(&word).into_owned()
        } else if word.chars().any(is_arabic_letter) {
            let bare = without_clitics(&word);
            // A one-letter particle may be joined to the word ("لانفجار", "وانفجار") or be
            // its first letter ("لبنان"): both readings are kept, so that the word matches
            // itself written either way.
            if let Some(rest) = without_particle(bare) {
                out.push(arabic.stem(rest).into_owned());
            }
            arabic.stem(bare).into_owned()
        } else {
            word
        };
        if !term.is_empty() {
            out.push(term);
        }
    }
    out
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}')
}

/// An Arabic word without its article and the particle joined to it ("الحكومة", "والحكومة",
/// "للحكومة"): taken off here, before the stemmer, so that the word stems the same with and
/// without them (Snowball's stemmer treats a final ه differently after "ال", and ة is folded
/// to ه).
fn without_clitics(word: &str) -> &str {
    for prefix in ["وال", "بال", "فال", "كال", "لل", "ال"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 2
        {
            return rest;
        }
    }
    word
}

/// An Arabic word without a one-letter particle joined to its front (و ف ب ل ك), when
/// what is left is still a word of four letters or more.
fn without_particle(word: &str) -> Option<&str> {
    let rest = word.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])?;
    (rest.chars().count() >= 4).then_some(rest)
}

/// The words of folded text: runs of letters and digits; a digit group separator between
/// digits ("1,200", "1.200", "١٬٢٠٠" once in ASCII) joins them, and a decimal point stays
/// ("2.5").
fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (at, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        let between_digits = at > 0
            && chars[at - 1].is_ascii_digit()
            && chars.get(at + 1).is_some_and(char::is_ascii_digit);
        if between_digits && matches!(c, ',' | '\u{066C}' | '\'' | '\u{202F}' | '.') {
            // "1,200" and "1.200" are one number; a point before one or two digits at the
            // end ("2.5", "3.75") is a decimal point, kept.
            let digits_after = chars[at + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if c == '.' && digits_after != 3 {
                word.push('.');
            }
            continue;
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// `text` with Arabic-Indic and Persian digits written in ASCII, and the Arabic decimal
/// separator a point.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{066B}' => '.',
            c => c,
        })
        .collect()
}

/// `text` without what a pasted post carries besides its claim: addresses, handles,
/// "pic.twitter.com/…", and the trailing "— Name (@handle) Month day, year".
pub fn without_post_furniture(text: &str) -> String {
    // The signature of an embedded tweet: the last em dash followed by "(@".
    let text = match text.rfind('—') {
        Some(at) if text[at..].contains("(@") => &text[..at],
        _ => text,
    };
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let lower = word.to_ascii_lowercase();
        let furniture = lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
            || lower.starts_with("pic.twitter.com")
            || (word.starts_with('@') && word.len() > 1);
        if furniture {
            continue;
        }
        match word.strip_prefix('#') {
            // "#AustralianFires" is the words "Australian Fires".
            Some(tag) => push_hashtag_words(&mut out, tag),
            None => out.push_str(word),
        }
        out.push(' ');
    }
    out
}

/// The words of a hashtag written in camel case ("AustralianFires" → "Australian Fires"),
/// each followed by a space; a tag in one case is one word.
fn push_hashtag_words(out: &mut String, tag: &str) {
    let mut previous: Option<char> = None;
    for c in tag.chars() {
        if previous.is_some_and(|p| p.is_lowercase() && c.is_uppercase()) {
            out.push(' ');
        }
        out.push(c);
        previous = Some(c);
    }
}

/// English words too common to tell two claims apart (sorted, for the binary search).
/// Arabic words too common to say what a claim is about (folded as the search folds them:
/// "الى" for إلى), dropped like the English ones. Sorted.
const ARABIC_STOP_WORDS: &[&str] = &[
    "اذا",
    "الا",
    "التي",
    "الذي",
    "الذين",
    "الي",
    "اما",
    "ان",
    "او",
    "اي",
    "بعد",
    "بل",
    "بين",
    "تلك",
    "ثم",
    "حتي",
    "حيث",
    "ذلك",
    "علي",
    "عن",
    "عند",
    "في",
    "قبل",
    "قد",
    "كان",
    "كانت",
    "كل",
    "كما",
    "لا",
    "لقد",
    "لكن",
    "لم",
    "لن",
    "ما",
    "مع",
    "من",
    "منذ",
    "هذا",
    "هذه",
    "هم",
    "هو",
    "هي",
    "وان",
    "وفي",
    "وقد",
    "ومن",
    "وهو",
    "وهي",
];

const ENGLISH_STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or",
    "she", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "to", "was", "we", "were", "which", "who", "will", "with", "you",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_words_are_sorted() {
        assert!(ENGLISH_STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(ARABIC_STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        // Written as the folding leaves them, or they would never be met.
        for word in ARABIC_STOP_WORDS {
            assert_eq!(crate::query::fold(word), *word);
        }
    }

    #[test]
    fn english_words_are_stemmed_and_stop_words_dropped() {
        assert_eq!(
            terms("The vaccines were causing deaths"),
            ["vaccin", "caus", "death"]
        );
    }

    #[test]
    fn a_pasted_post_keeps_only_its_claim() {
        let post = "Masks don't work! https://t.co/abc pic.twitter.com/xyz @who \
                    — Jane Doe (@jdoe) March 3, 2020";
        assert_eq!(terms(post), terms("Masks don't work!"));
        assert_eq!(
            terms("#AustralianFires #covid19"),
            terms("Australian fires covid19")
        );
        assert!(
            !terms(post)
                .iter()
                .any(|t| t.contains("jane") || t.contains("2020"))
        );
    }

    #[test]
    fn numbers_match_in_every_writing() {
        let plain = terms("1200");
        for written in ["1,200", "1.200", "١٬٢٠٠", "۱۲۰۰", "١٢٠٠"] {
            assert_eq!(terms(written), plain, "{written}");
        }
        assert_eq!(terms("2.5 percent"), ["2.5", "percent"]);
        assert_eq!(terms("٢٫٥"), ["2.5"]);
    }

    #[test]
    fn arabic_spellings_fold_to_one_term() {
        // Hamza forms, ta marbuta, alef maqsura, diacritics, tatweel, a clitic.
        let one = terms("الحكومة أعلنت");
        assert_eq!(terms("الحكومه اعلنت"), one);
        assert_eq!(terms("الحُكومـة أَعلنت"), one);
        assert_eq!(terms("والحكومة أعلنت"), one);
        assert_eq!(terms("مستشفى"), terms("مستشفي"));
        // The stemmer takes the article and the plural off.
        assert_eq!(terms("المعلمون"), terms("معلم"));
    }

    #[test]
    fn a_joined_particle_is_read_both_ways() {
        let bare = terms("انفجار");
        for joined in ["لانفجار", "وانفجار", "بانفجار"] {
            let both = terms(joined);
            assert!(both.contains(&bare[0]), "{joined}: {both:?}");
        }
        // A word that only starts with the letter keeps its own reading too.
        let lebanon = terms("لبنان");
        assert_eq!(lebanon.len(), 2);
        assert!(lebanon.iter().any(|t| t.starts_with("لبن")));
        // Too short to be a particle and a word.
        assert_eq!(terms("ولد").len(), 1);
    }
}
