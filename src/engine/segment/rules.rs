//! Language knowledge for deciding whether a period ends a sentence: abbreviations, the
//! words that start sentences, months, ordinal numbers.
//!
//! The lists are our own, written from general knowledge of each language's conventions.

use crate::engine::scan::{is_alphabetic, is_alphanumeric};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Abbreviations that stand before a name or a number and so never end a sentence
/// ("Dr. Naser", "Mt. Fuji"), lower-case, without their period, in every language.
const PREPOSITIVE: &[&str] = &[
    // Titles shared by the Latin-script languages
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "drs",
    "prof",
    "mt",
    "st",
    "ste",
    "ft",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "capt",
    "cmdr",
    "sgt",
    "adm",
    "maj",
    "rev",
    "hon",
    "pres",
    "supt",
    "messrs",
    "msgr",
    "hr",
    "mme",
    "mlle",
    "ing",
    "vs",
    "cf",
    "viz",
    "e.g",
    "i.e",
    // Russian, Bulgarian, Kazakh: titles and place words before a name
    "г",
    "гр",
    "г-н",
    "г-ну",
    "г-жа",
    "д-р",
    "проф",
    "доц",
    "акад",
    "пгт",
    "ул",
    "пл",
    "бул",
    "просп",
    "пос",
    "обл",
    "им",
    "ст",
    "с",
    "д",
    "кв",
    // Arabic: Dr., Prof. Dr., P.O. Box
    "د",
    "أ.د",
    "ص.ب",
];

/// Prepositive abbreviations that are ordinary words in other languages ("es" is "is" in
/// Spanish but "ad es." in Italian), so they apply to their own language only.
fn language_prepositive(language: &str) -> &'static [&'static str] {
    match language {
        "es" => &[
            "sra", "srta", "sres", "lic", "dra", "arq", "profa", "dña", "dn", "ee", "uu", "vd",
            "ud", "uds", "núm", "párrf", "pág",
        ],
        "it" => &[
            "sig", "sigg", "avv", "dott", "geom", "rag", "arch", "on", "dir", "psicol", "es",
        ],
        "fr" => &["mm", "pr", "me"],
        "de" => &["vgl", "nr"],
        "nl" => &["dhr", "mevr", "mw", "ir"],
        "da" => &["skt"],
        "sk" | "cs" => &["mgr", "phdr", "mudr", "judr", "doc", "napr", "tzv"],
        "pl" => &["inż", "mgr"],
        _ => &[],
    }
}

/// Other abbreviations: they may end a sentence when a capitalised word follows
/// ("Briggs & Co. It closed"), and never do before a lower-case word or a number.
const ORDINARY: &[&str] = &[
    "no", "nos", "nr", "art", "co", "corp", "inc", "ltd", "llc", "plc", "bros", "dept", "est",
    "etc", "approx", "govt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "vol", "vols", "ed", "eds",
    "fig", "figs", "p", "pp", "cf", "ca", "al", "jr", "sr", "esq", "n°", "nº", "min", "hs", "km",
    "kg", "tel", "ene", "abr", "ago", "dic", "lun", "mié", "jue", "vie", "sáb", "dom", "admón",
    "aprox", "cía", "ej", "ecc", "cfr", "pag", "mag", "giu", "lug", "set", "ott", "meteor",
    "idraul", "econ", "az", "amm", "janv", "févr", "avr", "juil", "déc", "env", "ex", "bzw", "usw",
    "evtl", "ggf", "inkl", "mio", "mrd", "str", "abs", "abb", "enz", "bijv", "bv", "aanw", "vnw",
    "osv", "kl", "pga", "mht", "np", "itd", "itp", "tzn", "tzw", "godz", "tys", "mln", "zł",
    "napr", "tzv", "atď", "resp", "bałt", "др", "пр", "тыс", "млн", "млрд", "руб", "долл", "дол",
    "коп", "см", "стр", "рис", "гг", "вкл", "лв", "ж", "ғ", "мыс",
];

/// Words that begin sentences often and rarely follow an abbreviation such as "U.S." inside
/// one: before them an initialism ends its sentence ("I live in the U.S. How about you?").
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "about",
    "after",
    "also",
    "an",
    "and",
    "another",
    "as",
    "at",
    "because",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "is",
    "it",
    "its",
    "many",
    "may",
    "meanwhile",
    "might",
    "more",
    "most",
    "must",
    "my",
    "no",
    "none",
    "not",
    "now",
    "on",
    "once",
    "one",
    "only",
    "other",
    "our",
    "over",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "to",
    "today",
    "under",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
];

/// Month-name prefixes in the languages that write ordinals with a period ("12. Juni").
const MONTH_PREFIXES: &[&str] = &[
    "jan", "feb", "mär", "mar", "apr", "mai", "máj", "maj", "jun", "jún", "jul", "júl", "aug",
    "sep", "okt", "oct", "nov", "dez", "dec", "led", "úno", "bře", "dub", "kvě", "čer", "srp",
    "zář", "říj", "lis", "pro", "sty", "lut", "kwi", "cze", "sie", "wrz", "paź", "gru",
];

/// How one language treats periods after abbreviations and numbers.
#[derive(Debug, Clone, Copy)]
pub struct LanguageRules {
    /// The language's primary tag.
    pub language: &'static str,
    /// Abbreviations never end a sentence, whatever follows (Russian, Bulgarian, Kazakh,
    /// Arabic): their texts put "г." before capitals all the time.
    pub abbreviations_never_final: bool,
    /// Numbers followed by a period may be ordinals ("12. Juni", "XII. Pluku").
    pub ordinal_periods: bool,
}

impl LanguageRules {
    /// The rules for `language` (a BCP 47 primary tag); English-like defaults otherwise.
    pub fn for_language(language: &str) -> Self {
        let known: &[&'static str] = &[
            "ru", "bg", "kk", "uk", "ar", "de", "da", "sk", "cs", "pl", "no", "nb", "fi", "hu",
            "sl", "hr", "sr", "et", "lv", "is", "hy", "el", "es", "it", "fr", "nl", "pt", "fa",
            "ur", "zh", "ja", "hi", "mr", "am", "my",
        ];
        let language = known
            .iter()
            .copied()
            .find(|l| *l == language)
            .unwrap_or("en");
        LanguageRules {
            language,
            abbreviations_never_final: matches!(language, "ru" | "bg" | "kk" | "uk" | "ar"),
            ordinal_periods: matches!(
                language,
                "de" | "da"
                    | "sk"
                    | "cs"
                    | "pl"
                    | "no"
                    | "nb"
                    | "fi"
                    | "hu"
                    | "sl"
                    | "hr"
                    | "sr"
                    | "et"
                    | "lv"
                    | "is"
            ),
        }
    }
}

/// What sort of word stands before a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// A title or similar that never ends a sentence.
    Prepositive,
    /// A known abbreviation that may end one.
    Abbreviation,
    /// Letters with periods inside: "U.S", "a.m", "т.г".
    Initialism,
    /// A single letter: an initial ("E. Smith") or a list letter.
    Letter,
    /// Digits, perhaps with separators: "100.00", "1,000", "12".
    Number,
    /// A Roman numeral in capitals: "XII".
    Roman,
    /// Anything else.
    Word,
}

/// The shared abbreviation lists as sets: a period is looked up at every sentence end. (Fx
/// hashing: the keys are these constants, and SipHash was a fiftieth of segmenting.)
static PREPOSITIVE_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| PREPOSITIVE.iter().copied().collect());
static ORDINARY_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ORDINARY.iter().copied().collect());

/// The longest abbreviation in the lists, in bytes: longer words need no look-up.
const LONGEST_ABBREVIATION: usize = 16;

/// Classify `word` (the text before a period, without surrounding punctuation) in
/// `language`.
pub fn classify(word: &str, language: &str) -> WordClass {
    if word.len() <= LONGEST_ABBREVIATION {
        // Fold ASCII words on the stack: this runs at every sentence end.
        let mut buffer = [0u8; LONGEST_ABBREVIATION];
        let folded;
        let lower: &str = if word.is_ascii() {
            buffer[..word.len()].copy_from_slice(word.as_bytes());
            buffer[..word.len()].make_ascii_lowercase();
            std::str::from_utf8(&buffer[..word.len()]).unwrap_or(word)
        } else {
            folded = word.to_lowercase();
            &folded
        };
        if PREPOSITIVE_SET.contains(lower) || language_prepositive(language).contains(&lower) {
            return WordClass::Prepositive;
        }
        if ORDINARY_SET.contains(lower) {
            return WordClass::Abbreviation;
        }
    }
    let mut chars = word.chars();
    let first = chars.next();
    if first.is_some_and(is_alphabetic) && chars.next().is_none() {
        return WordClass::Letter;
    }
    if word.contains('.')
        && word.split('.').all(|part| {
            !part.is_empty() && part.chars().count() <= 3 && part.chars().all(is_alphabetic)
        })
    {
        return WordClass::Initialism;
    }
    if word.starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '£' || c == '€')
        && word.chars().any(|c| c.is_ascii_digit())
        && word.chars().all(|c| {
            is_alphanumeric(c)
                || matches!(c, '.' | ',' | '$' | '£' | '€' | '%' | '°' | '/' | '-' | ':')
        })
    {
        return WordClass::Number;
    }
    if word.len() <= 6
        && word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
    {
        return WordClass::Roman;
    }
    WordClass::Word
}

/// Common sentence openings in languages other than English, checked besides the English
/// list for texts in that language.
fn language_starters(language: &str) -> &'static [&'static str] {
    match language {
        "da" | "no" | "nb" => &[
            "hvad", "hvor", "hvem", "hvorfor", "det", "der", "de", "den", "jeg", "vi", "han",
            "hun", "men", "og", "så", "nu", "en", "et",
        ],
        "de" => &[
            "was", "wie", "wer", "warum", "der", "die", "das", "es", "ich", "wir", "er", "sie",
            "aber", "und", "ein", "eine",
        ],
        "nl" => &[
            "wat", "hoe", "wie", "het", "de", "een", "ik", "wij", "hij", "zij", "maar", "en",
        ],
        "es" => &[
            "qué", "cómo", "el", "la", "los", "las", "yo", "pero", "y", "un", "una",
        ],
        "it" => &[
            "che", "come", "il", "lo", "la", "gli", "le", "io", "ma", "e", "un", "una",
        ],
        "fr" => &[
            "que", "comment", "le", "la", "les", "je", "nous", "il", "elle", "mais", "et", "un",
            "une",
        ],
        _ => &[],
    }
}

/// Question words of the Latin-script languages with rules. Written with a capital after an
/// abbreviation they start a sentence whatever the article's language: a text detected as
/// English may quote a Danish question ("I live in the U.S. Hvad med dig?").
const INTERROGATIVES: &[&str] = &[
    "hvad", "hvor", "hvem", "hvorfor", "hvordan", "wie", "wer", "warum", "wieso", "weshalb", "wat",
    "hoe", "waarom", "qué", "cómo", "dónde", "cuándo", "por qué", "quién", "comment", "pourquoi",
    "où", "quand", "quel", "quelle", "perché", "dove", "quando", "chi", "dlaczego", "gdzie",
    "kiedy", "jak", "prečo", "kde", "kedy",
];

/// Whether `word` (as written) is one that often starts a sentence in English or in
/// `language`, or is a question word of any of them.
pub fn is_sentence_starter(word: &str, language: &str) -> bool {
    let lower = word.to_lowercase();
    SENTENCE_STARTERS.contains(&lower.as_str())
        || language_starters(language).contains(&lower.as_str())
        || INTERROGATIVES.contains(&lower.as_str())
}

/// Whether `word` names a month in a language that writes ordinal dates ("Juni", "Apríla").
pub fn is_month(word: &str) -> bool {
    let lower = word.to_lowercase();
    let prefix: String = lower.chars().take(3).collect();
    prefix.chars().count() == 3 && MONTH_PREFIXES.contains(&prefix.as_str())
}

/// Whether `word` is a clock abbreviation written with periods: "a.m", "P.M".
pub fn is_clock_abbreviation(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "a.m" | "p.m")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_the_words_before_periods() {
        assert_eq!(classify("Mr", "en"), WordClass::Prepositive);
        assert_eq!(classify("Co", "en"), WordClass::Abbreviation);
        assert_eq!(classify("U.S", "en"), WordClass::Initialism);
        assert_eq!(classify("т.г", "en"), WordClass::Initialism);
        assert_eq!(classify("E", "en"), WordClass::Letter);
        assert_eq!(classify("100.00", "en"), WordClass::Number);
        assert_eq!(classify("$100.00", "en"), WordClass::Number);
        assert_eq!(classify("1,000", "en"), WordClass::Number);
        assert_eq!(classify("XII", "en"), WordClass::Roman);
        assert_eq!(classify("store", "en"), WordClass::Word);
        assert_eq!(classify("د", "ar"), WordClass::Prepositive);
        assert_eq!(classify("es", "it"), WordClass::Prepositive);
        assert_eq!(classify("es", "es"), WordClass::Word);
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_look_up_limit() {
        for word in PREPOSITIVE.iter().chain(ORDINARY) {
            assert!(word.len() <= LONGEST_ABBREVIATION, "{word}");
        }
    }

    #[test]
    fn months_and_starters() {
        assert!(is_month("Juni"));
        assert!(is_month("Apríla"));
        assert!(!is_month("Dort"));
        assert!(is_sentence_starter("How", "en"));
        assert!(!is_sentence_starter("Government", "en"));
        assert!(is_sentence_starter("Hvad", "da"));
        assert!(
            is_sentence_starter("Hvad", "en"),
            "a question word of any language"
        );
        assert!(!is_sentence_starter("Jeg", "en"));
    }
}
