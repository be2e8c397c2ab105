//! The interface's words in each language: Mozilla Fluent catalogues (`assets/i18n/*.ftl`,
//! built into the binary), the language chosen from the system locale or the reader's
//! setting, and the digits numbers are written with.
//!
//! A third language is one more `.ftl` file and one more [`Language`] variant: the window
//! asks for messages by key and never holds a sentence of its own. Plurals follow the CLDR
//! rules Fluent carries (Arabic has zero, one, two, few, many and other).

mod locale;
mod plural;

pub use locale::{language_from_environment, language_from_locales, system_language};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// English, left to right: the fallback for languages without a catalogue.
    English,
    /// Arabic, right to left.
    Arabic,
}

impl Language {
    /// Every language with a catalogue, in the order a menu lists them.
    pub const ALL: [Language; 2] = [Language::English, Language::Arabic];

    /// Its BCP 47 tag: `en`, `ar`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Arabic => "ar",
        }
    }

    /// Its name in itself, as a language menu shows it (English, العربية).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Arabic => "العربية",
        }
    }

    /// The language of a tag (`ar`, `ar-EG`, `en_GB`), when it has a catalogue.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let id: LanguageIdentifier = tag.replace('_', "-").parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Language::English),
            "ar" => Some(Language::Arabic),
            _ => None,
        }
    }

    /// Whether the interface reads right to left in it (and the window is mirrored).
    pub fn is_right_to_left(self) -> bool {
        self == Language::Arabic
    }

    /// Its catalogue's source, built into the binary.
    pub fn source(self) -> &'static str {
        match self {
            Language::English => include_str!("../../assets/i18n/en.ftl"),
            Language::Arabic => include_str!("../../assets/i18n/ar.ftl"),
        }
    }
}

/// The digits numbers in the interface are written with (never the article's text, never
/// files: exports keep 0–9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Digits {
    /// 0–9, usual in English and in the Maghreb.
    #[default]
    Western,
    /// ٠–٩, usual in the Mashriq.
    ArabicIndic,
}

impl Digits {
    /// `text` with its ASCII digits written in these digits; the decimal point becomes the
    /// Arabic decimal separator (٫) with Arabic-Indic digits.
    pub fn apply(self, text: &str) -> String {
        match self {
            Digits::Western => text.to_string(),
            Digits::ArabicIndic => {
                let mut out = String::with_capacity(text.len() * 2);
                let mut previous_digit = false;
                let mut chars = text.chars().peekable();
                while let Some(c) = chars.next() {
                    let next_digit = chars.peek().is_some_and(char::is_ascii_digit);
                    match c {
                        '0'..='9' => {
                            let offset = c as u32 - '0' as u32;
                            out.push(char::from_u32(0x0660 + offset).unwrap_or(c));
                        }
                        '.' if previous_digit && next_digit => out.push('٫'),
                        _ => out.push(c),
                    }
                    previous_digit = c.is_ascii_digit();
                }
                out
            }
        }
    }
}

/// A value for a message's placeable: a number (plural rules apply) or text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A count or a measure.
    Number(f64),
    /// A name, a file, a sentence.
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64, f32, f64);

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

/// A message of the interface, formatted. Its own type so that the window cannot hand it
/// to an egui widget as it is (egui would draw Arabic words backwards): it goes through the
/// window's bidi text, or becomes a `String` on purpose.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Phrase(String);

impl Phrase {
    /// Wrap text that is already in the reader's language (a file name, a count).
    pub fn new(text: impl Into<String>) -> Self {
        Phrase(text.into())
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Phrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Phrase> for String {
    fn from(phrase: Phrase) -> Self {
        phrase.0
    }
}

impl From<Phrase> for Arg {
    fn from(phrase: Phrase) -> Self {
        Arg::Text(phrase.0)
    }
}

impl From<&Phrase> for Arg {
    fn from(phrase: &Phrase) -> Self {
        Arg::Text(phrase.0.clone())
    }
}

/// A message that failed to parse, with where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {language} catalogue does not parse: {detail}")]
pub struct CatalogueError {
    /// The catalogue's language tag.
    pub language: &'static str,
    /// What Fluent reported.
    pub detail: String,
}

/// One language's messages, ready to format.
pub struct Catalogue {
    language: Language,
    digits: Digits,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language)
            .field("digits", &self.digits)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// The catalogue of `language`, its numbers in `digits`.
    pub fn new(language: Language, digits: Digits) -> Result<Catalogue, CatalogueError> {
        let error = |detail: String| CatalogueError {
            language: language.tag(),
            detail,
        };
        let resource = FluentResource::try_new(catalogue_source(language))
            .map_err(|(_, errors)| error(format!("{errors:?}")))?;
        let id: LanguageIdentifier = language.tag().parse().map_err(|e| error(format!("{e}")))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // The window lays mixed text out with the bidi algorithm itself; Fluent's isolation
        // marks would be drawn as characters of their own.
        bundle.set_use_isolating(false);
        if digits == Digits::ArabicIndic {
            bundle.set_formatter(Some(arabic_indic_numbers));
        }
        bundle
            .add_resource(resource)
            .map_err(|errors| error(format!("{errors:?}")))?;
        Ok(Catalogue {
            language,
            digits,
            bundle,
        })
    }

    /// A catalogue with no messages (every message shows its key): what is left if a
    /// built-in catalogue did not parse, which a test rules out.
    pub fn empty(digits: Digits) -> Catalogue {
        let mut bundle = FluentBundle::new(vec![LanguageIdentifier::default()]);
        bundle.set_use_isolating(false);
        Catalogue {
            language: Language::English,
            digits,
            bundle,
        }
    }

    /// Its language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The digits its numbers are written with.
    pub fn digits(&self) -> Digits {
        self.digits
    }

    /// Whether it has a message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The message `key` with `args`; the key itself when the catalogue lacks it (a test
    /// keeps every key in every catalogue, so a reader never sees one).
    pub fn text(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => {
                    if self.language == Language::Arabic {
                        let category = plural::arabic_category(*n);
                        fluent_args.set(format!("{name}{}", plural::SUFFIX), category);
                    }
                    fluent_args.set(*name, FluentValue::from(*n))
                }
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.as_str())),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        text.into_owned()
    }

    /// Every message key, in the catalogue's order.
    pub fn keys(language: Language) -> Vec<String> {
        let Ok(resource) = FluentResource::try_new(language.source().to_string()) else {
            return Vec::new();
        };
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }
}

/// The catalogue's source as the bundle reads it: Arabic's selectors read the categories
/// worked out by [`plural::arabic_category`] (see there why).
fn catalogue_source(language: Language) -> String {
    match language {
        Language::Arabic => plural::select_on_categories(language.source()),
        Language::English => language.source().to_string(),
    }
}

/// Fluent's number formatter for Arabic-Indic digits (a function, not a closure: Fluent
/// takes a plain function pointer).
fn arabic_indic_numbers(
    value: &FluentValue,
    _: &intl_memoizer::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(Digits::ArabicIndic.apply(&n.as_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
