//! Check-worthiness learned from data: a logistic regression over the claim's words (hashed
//! word and word-pair features) and the engine's own signals (its kinds, its length). Trained
//! on ClaimBuster's English debate sentences (`examples/train_worthiness.rs`; the data's
//! origin is in `assets/worthiness/README.md`); the weights are built into the binary.
//!
//! English claims are scored with the whole model. Other languages have no training data:
//! they are scored by a second model fitted on the same English sentences with the signals
//! alone (numbers, names, attribution, opinion …), which every language's engine finds, so
//! the two scores are probabilities on the same [0, 1] scale.
//!
//! The score says why: [`explain`] lists what raised or lowered it most.

use super::Kinds;
use super::bucket_set::BucketSet;
use crate::model::ClaimKind;
use std::sync::LazyLock;

/// The number of hash buckets of the word features (2^16).
pub const BUCKETS: usize = 1 << 16;

/// What the engine itself finds in a claim, as the model sees it (each 0 or 1): its kinds,
/// and its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Signal {
    /// One of the claim's kinds.
    Kind(ClaimKind),
    /// Under five words.
    Short,
    /// Twenty-five words or more.
    Long,
}

impl Signal {
    /// Every signal, in the order of the model's weights: the kinds in the order of
    /// [`ClaimKind::ALL`], then the two lengths.
    pub const ALL: [Signal; ClaimKind::ALL.len() + 2] = {
        let mut all = [Signal::Short; ClaimKind::ALL.len() + 2];
        let mut at = 0;
        while at < ClaimKind::ALL.len() {
            all[at] = Signal::Kind(ClaimKind::ALL[at]);
            at += 1;
        }
        all[at + 1] = Signal::Long;
        all
    };

    /// Where its weight and value stand in the model and the features.
    pub fn index(self) -> usize {
        let kinds = ClaimKind::ALL.len();
        match self {
            Signal::Kind(kind) => ClaimKind::ALL
                .iter()
                .position(|k| *k == kind)
                .unwrap_or(kinds),
            Signal::Short => kinds,
            Signal::Long => kinds + 1,
        }
    }

    /// What it means for the reader ("has a figure").
    pub fn label(self) -> &'static str {
        match self {
            Signal::Kind(ClaimKind::Number) => "has a figure",
            Signal::Kind(ClaimKind::Date) => "has a date",
            Signal::Kind(ClaimKind::Quote) => "quotes someone",
            Signal::Kind(ClaimKind::Attribution) => "says who",
            Signal::Kind(ClaimKind::Comparison) => "compares",
            Signal::Kind(ClaimKind::NamedEntity) => "names someone or something",
            Signal::Kind(ClaimKind::Causal) => "states a cause",
            Signal::Kind(ClaimKind::Prediction) => "predicts",
            Signal::Kind(ClaimKind::Opinion) => "opinion word",
            Signal::Kind(ClaimKind::Question) => "question",
            Signal::Short => "very short",
            Signal::Long => "long sentence",
        }
    }
}

/// A claim as the model reads it: its signals, and its word features (bucket, value), each
/// bucket once, the values of unit length.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// One value per [`Signal::ALL`], 0 or 1.
    pub signals: [f32; Signal::ALL.len()],
    /// The hashed words and word pairs, sorted by bucket.
    pub words: Vec<(u32, f32)>,
}

impl Features {
    /// The features of the claim `text` whose kinds the engine found to be `kinds`.
    pub fn of(text: &str, kinds: &[ClaimKind]) -> Self {
        let mut buckets = Vec::new();
        let words = word_buckets(text, &mut buckets);
        let value = unit_value(buckets.len());
        Features {
            signals: signals(kinds.iter().copied(), words),
            words: buckets.into_iter().map(|b| (b, value)).collect(),
        }
    }

    /// Only the signals of `text` (what the model of signals alone reads): nothing hashed.
    pub fn signals_of(text: &str, kinds: &[ClaimKind]) -> Self {
        let words = word_count(text);
        Features {
            signals: signals(kinds.iter().copied(), words),
            words: Vec::new(),
        }
    }
}

fn signals(kinds: impl IntoIterator<Item = ClaimKind>, words: usize) -> [f32; Signal::ALL.len()] {
    let mut signals = [0.0; Signal::ALL.len()];
    for kind in kinds {
        signals[Signal::Kind(kind).index()] = 1.0;
    }
    signals[Signal::Short.index()] = f32::from(u8::from(words < 5));
    signals[Signal::Long.index()] = f32::from(u8::from(words >= 25));
    signals
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a: stable across platforms and versions, as the saved weights need.
fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// What an ASCII byte is to [`for_each_token`]: [`SPACE`], a [`MARK`] (a token of its
/// own), or else the byte as a word spells it (lower case, every digit `0`). One look-up
/// instead of three questions a byte, most of what the engine reads being ASCII.
const ASCII_TOKEN: [u8; 128] = {
    let mut table = [MARK; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = match b {
            b'0'..=b'9' => b'0',
            b'a'..=b'z' => b,
            b'A'..=b'Z' => b.to_ascii_lowercase(),
            // char::is_whitespace's ASCII: space, tab, line feed, vertical tab, form feed,
            // carriage return.
            b' ' | b'\t'..=b'\r' => SPACE,
            _ => MARK,
        };
        byte += 1;
    }
    table
};

/// In [`ASCII_TOKEN`]: a space, which only ends a word.
const SPACE: u8 = 0;

/// In [`ASCII_TOKEN`]: a mark of punctuation (or a control character), a token alone.
const MARK: u8 = 1;

/// Calls `each(hash, is_word)` for the tokens of `text` in order. A token is a run of
/// letters and digits (lower case, every digit written 0, so that "12" and "48" are the
/// same feature), or one mark of punctuation; it is read as its hash.
fn for_each_token(text: &str, mut each: impl FnMut(u64, bool)) {
    let bytes = text.as_bytes();
    let mut word: Option<u64> = None;
    let mut buffer = [0u8; 4];
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // ASCII read as bytes: most of what the engine reads, and decoding each character
        // was a third of scoring an English claim.
        if byte.is_ascii() {
            at += 1;
            let spelled = ASCII_TOKEN[usize::from(byte)];
            if spelled > MARK {
                word = Some(fnv(word.unwrap_or(FNV_OFFSET), &[spelled]));
                continue;
            }
            if let Some(hash) = word.take() {
                each(hash, true);
            }
            if spelled == MARK {
                each(fnv(FNV_OFFSET, &[byte]), false);
            }
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        at += c.len_utf8();
        if is_word_char(c) {
            let mut hash = word.unwrap_or(FNV_OFFSET);
            if super::scan::is_numeric(c) {
                hash = fnv(hash, b"0");
            } else {
                for lower in c.to_lowercase() {
                    hash = fnv(hash, lower.encode_utf8(&mut buffer).as_bytes());
                }
            }
            word = Some(hash);
            continue;
        }
        if let Some(hash) = word.take() {
            each(hash, true);
        }
        if !c.is_whitespace() {
            each(
                fnv(FNV_OFFSET, c.encode_utf8(&mut buffer).as_bytes()),
                false,
            );
        }
    }
    if let Some(hash) = word {
        each(hash, true);
    }
}

/// Into `buckets`: each token of `text` and each pair of neighbouring tokens, hashed to a
/// bucket, sorted, each bucket once. Returns how many words `text` has. (Changing how
/// buckets are chosen changes the features: the model must then be trained again.)
fn word_buckets(text: &str, buckets: &mut Vec<u32>) -> usize {
    buckets.clear();
    with_bucket_set(|set, _| {
        let words = fill_bucket_set(text, set);
        set.drain_in_order(|bucket| buckets.push(bucket));
        words
    })
}

/// Into the empty `set`: the buckets [`word_buckets`] lists. Returns how many words `text`
/// has.
fn fill_bucket_set(text: &str, set: &mut BucketSet) -> usize {
    let mut words = 0;
    let mut previous: Option<u64> = None;
    for_each_token(text, |hash, word| {
        words += usize::from(word);
        set.insert(bucket(mix(hash ^ 1)));
        if let Some(previous) = previous {
            set.insert(bucket(mix(previous.rotate_left(17) ^ hash ^ 2)));
        }
        previous = Some(hash);
    });
    words
}

/// `work` done with this thread's bucket set and a list for its buckets, both kept from
/// claim to claim (the engine scores every claim, and allocating was a third of scoring
/// one); the set is empty before and after.
fn with_bucket_set<T>(work: impl FnOnce(&mut BucketSet, &mut Vec<u32>) -> T) -> T {
    thread_local! {
        static SET: std::cell::RefCell<(BucketSet, Vec<u32>)> =
            std::cell::RefCell::new((BucketSet::new(BUCKETS), Vec::new()));
    }
    SET.with_borrow_mut(|(set, list)| work(set, list))
}

/// The value of each of `buckets` word features: together they have unit length.
fn unit_value(buckets: usize) -> f32 {
    1.0 / (buckets.max(1) as f32).sqrt()
}

/// Whether `c` is part of a word.
fn is_word_char(c: char) -> bool {
    super::scan::is_alphanumeric(c)
}

/// How many words `text` has, as [`tokens`] counts them (runs of letters and digits),
/// without hashing them.
fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        let alphanumeric = is_word_char(c);
        count += usize::from(alphanumeric && !in_word);
        in_word = alphanumeric;
    }
    count
}

/// MurmurHash3's finaliser: one token's hash (or a pair's) spread over every bit, in two
/// multiplications instead of FNV's one per byte; fixed constants, so the same everywhere.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

fn bucket(hash: u64) -> u32 {
    (hash % BUCKETS as u64) as u32
}

/// One logistic regression: a bias, a weight per signal, and a weight per word bucket (none
/// for the model of the signals alone).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The intercept.
    pub bias: f32,
    /// One weight per [`Signal::ALL`].
    pub signals: [f32; Signal::ALL.len()],
    /// One weight per bucket, or empty.
    pub words: Vec<f32>,
}

impl Model {
    /// A model of zeros: `words` says whether it reads the words.
    pub fn zero(words: bool) -> Self {
        Model {
            bias: 0.0,
            signals: [0.0; Signal::ALL.len()],
            words: if words {
                vec![0.0; BUCKETS]
            } else {
                Vec::new()
            },
        }
    }

    /// What this model reads of the claim `text` of `kinds` (its words only if it has word
    /// weights: hashing costs time).
    pub fn features(&self, text: &str, kinds: &[ClaimKind]) -> Features {
        if self.words.is_empty() {
            Features::signals_of(text, kinds)
        } else {
            Features::of(text, kinds)
        }
    }

    /// The model's linear score of `features` (before the logistic function).
    pub fn margin(&self, features: &Features) -> f32 {
        self.margin_of(&features.signals, features.words.iter().copied())
    }

    /// The margin of `signals` and of the word features `words` (bucket, value).
    fn margin_of(
        &self,
        signals: &[f32; Signal::ALL.len()],
        words: impl Iterator<Item = (u32, f32)>,
    ) -> f32 {
        let mut sum = self.bias;
        for (w, x) in self.signals.iter().zip(signals) {
            sum += w * x;
        }
        sum + self.words_sum(words)
    }

    fn words_margin(&self, features: &Features) -> f32 {
        self.words_sum(features.words.iter().copied())
    }

    fn words_sum(&self, words: impl Iterator<Item = (u32, f32)>) -> f32 {
        if self.words.is_empty() {
            return 0.0;
        }
        words
            .map(|(b, x)| self.words.get(b as usize).map_or(0.0, |w| w * x))
            .sum()
    }

    /// The probability that `features` are of a claim worth checking.
    pub fn probability(&self, features: &Features) -> f32 {
        logistic(self.margin(features))
    }
}

/// The file of both models: `SANADWT1`, then each model as little-endian f32s (bias,
/// signals, then for the first one its buckets).
const MAGIC: &[u8; 8] = b"SANADWT1";

/// The two models as the file holds them.
#[derive(Debug, Clone, PartialEq)]
pub struct Models {
    /// Words and signals: for English.
    pub words_and_signals: Model,
    /// Signals alone: for every other language.
    pub signals_only: Model,
}

impl Models {
    /// The models as bytes, for `assets/worthiness/model.bin`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for model in [&self.words_and_signals, &self.signals_only] {
            let floats = std::iter::once(model.bias)
                .chain(model.signals)
                .chain(model.words.iter().copied());
            for f in floats {
                out.extend_from_slice(&f.to_le_bytes());
            }
        }
        out
    }

    /// The models read back from [`Models::to_bytes`]; `None` when the bytes are not that.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let body = bytes.strip_prefix(MAGIC)?;
        let floats: Vec<f32> = body
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let n = Signal::ALL.len();
        if body.len() % 4 != 0 || floats.len() != 2 * (1 + n) + BUCKETS {
            return None;
        }
        let read = |at: usize, words: usize| {
            let mut signals = [0.0; Signal::ALL.len()];
            signals.copy_from_slice(&floats[at + 1..at + 1 + n]);
            Model {
                bias: floats[at],
                signals,
                words: floats[at + 1 + n..at + 1 + n + words].to_vec(),
            }
        };
        let first = read(0, BUCKETS);
        let second = read(1 + n + BUCKETS, 0);
        let finite = floats.iter().all(|f| f.is_finite());
        finite.then_some(Models {
            words_and_signals: first,
            signals_only: second,
        })
    }
}

/// The models built into the binary (`examples/train_worthiness.rs` writes the file).
static MODELS: LazyLock<Option<Models>> =
    LazyLock::new(|| Models::from_bytes(include_bytes!("../../assets/worthiness/model.bin")));

/// The model for claims in `language`, `None` only if the built-in file were damaged.
fn model_for(language: &str) -> Option<&'static Model> {
    let models = MODELS.as_ref()?;
    Some(if language == "en" {
        &models.words_and_signals
    } else {
        &models.signals_only
    })
}

/// How much the claim `text` in `language`, of `kinds`, deserves checking, from 0 to 1
/// (two decimals).
pub fn score(text: &str, kinds: Kinds, language: &str) -> f32 {
    let Some(model) = model_for(language) else {
        return 0.0;
    };
    let margin = if model.words.is_empty() {
        model.margin_of(&signals(kinds.iter(), word_count(text)), std::iter::empty())
    } else {
        // The same features as `Features::of`, summed in increasing bucket order, as
        // `margin` sums them. The buckets are listed first and their weights read after:
        // read while the set was walked, each weight waited for the walk's branches.
        with_bucket_set(|set, sorted| {
            let words = fill_bucket_set(text, set);
            let value = unit_value(set.len());
            let signals = model.margin_of(&signals(kinds.iter(), words), std::iter::empty());
            sorted.clear();
            set.drain_in_order(|bucket| sorted.push(bucket));
            let sum = sorted.iter().fold(0.0, |sum, &b| {
                sum + model.words.get(b as usize).map_or(0.0, |w| w * value)
            });
            signals + sum
        })
    };
    (logistic(margin) * 100.0).round() / 100.0
}

/// The logistic function: a margin as a probability.
fn logistic(margin: f32) -> f32 {
    1.0 / (1.0 + (-margin).exp())
}

/// What moved a score: a signal, or the claim's wording as a whole.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason {
    /// A signal the claim has, and how much it added to the model's margin (negative:
    /// lowered it).
    Signal(Signal, f32),
    /// The words and word pairs together.
    Wording(f32),
}

impl Reason {
    /// How much it moved the margin.
    pub fn weight(self) -> f32 {
        match self {
            Reason::Signal(_, w) | Reason::Wording(w) => w,
        }
    }
}

/// The three reasons that moved the score of claim `text` (in `language`, of `kinds`) the
/// most, largest first.
pub fn explain(text: &str, kinds: &[ClaimKind], language: &str) -> Vec<Reason> {
    let Some(model) = model_for(language) else {
        return Vec::new();
    };
    let features = model.features(text, kinds);
    let mut reasons: Vec<Reason> = Signal::ALL
        .iter()
        .zip(model.signals.iter().zip(features.signals))
        .filter(|(_, (_, x))| *x > 0.0)
        .map(|(&signal, (w, x))| Reason::Signal(signal, w * x))
        .collect();
    if !model.words.is_empty() {
        reasons.push(Reason::Wording(model.words_margin(&features)));
    }
    reasons.sort_by(|a, b| b.weight().abs().total_cmp(&a.weight().abs()));
    reasons.truncate(3);
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`for_each_token`] by its definition, with Unicode's own tables: each word spelled
    /// out (lower case, digits as 0) and hashed whole, each mark hashed alone. The tokens
    /// the models were trained on.
    fn tokens_by_definition(text: &str) -> Vec<(u64, bool)> {
        let mut tokens = Vec::new();
        let mut word = String::new();
        let end_word = |word: &mut String, tokens: &mut Vec<(u64, bool)>| {
            if !word.is_empty() {
                tokens.push((fnv(FNV_OFFSET, word.as_bytes()), true));
                word.clear();
            }
        };
        for c in text.chars() {
            if c.is_numeric() {
                word.push('0');
            } else if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else {
                end_word(&mut word, &mut tokens);
                if !c.is_whitespace() {
                    tokens.push((fnv(FNV_OFFSET, c.to_string().as_bytes()), false));
                }
            }
        }
        end_word(&mut word, &mut tokens);
        tokens
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_those_of_the_definition(text in "(?s)[a-zA-Z0-9 \t\n\x0b\x0c\r.,;'\"%$()\u{0600}-\u{06ff}\u{00c0}-\u{024f}\u{2000}-\u{206f}\u{0660}-\u{0669}\u{1d7ce}\u{00b2}\u{2163}]{0,40}") {
            let mut tokens = Vec::new();
            for_each_token(&text, |hash, word| tokens.push((hash, word)));
            proptest::prop_assert_eq!(tokens, tokens_by_definition(&text));
        }
    }

    #[test]
    fn the_built_in_models_load() {
        let models = MODELS.as_ref().expect("assets/worthiness/model.bin");
        assert_eq!(models.words_and_signals.words.len(), BUCKETS);
        assert!(models.signals_only.words.is_empty());
        assert_eq!(
            Models::from_bytes(&models.to_bytes()).as_ref(),
            Some(models)
        );
        assert!(Models::from_bytes(b"SANADWT1 short").is_none());
    }

    #[test]
    fn every_signal_stands_at_its_own_index() {
        for (at, signal) in Signal::ALL.iter().enumerate() {
            assert_eq!(signal.index(), at, "{signal:?}");
        }
    }

    #[test]
    fn digits_are_one_feature_and_each_bucket_counts_once() {
        let a = Features::of("It rose by 12 percent, 12 percent.", &[]);
        let b = Features::of("It rose by 48 percent, 48 percent.", &[]);
        assert_eq!(a.words, b.words);
        let buckets: Vec<u32> = a.words.iter().map(|w| w.0).collect();
        let mut unique = buckets.clone();
        unique.dedup();
        assert_eq!(buckets, unique);
        let length: f32 = a.words.iter().map(|w| w.1 * w.1).sum();
        assert!((length - 1.0).abs() < 1e-4);
        for text in [
            "",
            "a",
            "Il a dit « non » à 12 h 30.",
            "قال 3 وزراء إن…",
            "x-y z",
        ] {
            let counted = word_buckets(text, &mut Vec::new());
            assert_eq!(word_count(text), counted, "{text}");
        }
    }

    /// The engine's quick score (its buckets summed as a set hands them back, its kinds as
    /// a set) is the model's probability of the claim's features, rounded.
    #[test]
    fn the_quick_score_is_the_models_probability_rounded() {
        let texts = [
            "Unemployment fell to 3.9 percent in 2018, the lowest rate in decades.",
            "\"We will not raise taxes,\" the senator said on Tuesday.",
            "I think that is wrong, and so does everyone in this room, believe me.",
            "قال وزير المالية إن العجز تراجع إلى 3 في المئة.",
            "",
            "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
        ];
        let kinds = [
            vec![],
            vec![ClaimKind::Number, ClaimKind::Date],
            vec![
                ClaimKind::Quote,
                ClaimKind::Attribution,
                ClaimKind::NamedEntity,
            ],
            vec![ClaimKind::Opinion],
        ];
        for text in texts {
            for kinds in &kinds {
                for language in ["en", "ar", "fr"] {
                    let model = model_for(language).expect("built-in models");
                    let features = model.features(text, kinds);
                    let expected = (model.probability(&features) * 100.0).round() / 100.0;
                    let quick = score(text, Kinds::of(kinds), language);
                    assert_eq!(quick.to_bits(), expected.to_bits(), "{language}: {text}");
                }
            }
        }
    }

    #[test]
    fn scores_are_probabilities_and_the_reasons_name_what_the_claim_has() {
        let kinds = [ClaimKind::Number, ClaimKind::Date];
        for language in ["en", "ar", "fa", "fr"] {
            let s = score(
                "Unemployment fell to 3.9 percent in 2018.",
                Kinds::of(&kinds),
                language,
            );
            assert!((0.0..=1.0).contains(&s), "{language}: {s}");
        }
        let reasons = explain("Unemployment fell to 3.9 percent in 2018.", &kinds, "en");
        assert!(!reasons.is_empty() && reasons.len() <= 3);
        for reason in reasons {
            if let Reason::Signal(signal, _) = reason {
                assert!(matches!(
                    signal,
                    Signal::Kind(ClaimKind::Number | ClaimKind::Date)
                        | Signal::Short
                        | Signal::Long
                ));
            }
        }
    }
}
