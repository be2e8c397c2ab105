//! Which language an article is in: the dominant script, then, among the languages that
//! share it, whatlang's trigram model (a maintained detector made for this, small and
//! offline), with stop words as the fallback where whatlang has no answer or does not know the
//! language (Kazakh).

/// Stop words per language, for telling apart languages that share a script.
const LATIN_STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "said", "it",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "pas",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "ein", "mit", "den", "sich", "auf", "zu",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "del", "que", "en", "por", "una", "con", "para", "es",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "è", "della", "per", "non", "una", "sono", "gli", "con", "del",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "van", "en", "niet", "dat", "zijn", "op", "voor", "met", "ook",
        ],
    ),
    (
        "da",
        &[
            "og", "det", "er", "ikke", "jeg", "en", "til", "på", "med", "som", "af", "har",
        ],
    ),
    (
        "pl",
        &[
            "i", "nie", "się", "na", "jest", "że", "do", "to", "w", "z", "jak", "przez",
        ],
    ),
    (
        "sk",
        &[
            "a", "je", "sa", "na", "v", "že", "to", "ako", "som", "pre", "aj", "ktorí",
        ],
    ),
];

/// Stop words that tell Persian and Urdu from Arabic (all three use the Arabic script).
const ARABIC_SCRIPT_STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "ar",
        &[
            "في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "مع", "هذا", "كان", "قال",
        ],
    ),
    (
        "fa",
        &[
            "است", "این", "را", "که", "با", "برای", "از", "می", "هستم", "شد", "یک", "آن",
        ],
    ),
    (
        "ur",
        &[
            "ہے", "کے", "کی", "میں", "اور", "کا", "کہ", "سے", "نے", "ہیں", "کو", "یہ",
        ],
    ),
];

/// Stop words that tell the Cyrillic-script languages apart.
const CYRILLIC_STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "ru",
        &[
            "и", "в", "не", "на", "что", "это", "как", "он", "по", "но", "из", "для",
        ],
    ),
    (
        "bg",
        &[
            "и",
            "на",
            "да",
            "се",
            "от",
            "за",
            "е",
            "че",
            "това",
            "по",
            "с",
            "които",
        ],
    ),
    (
        "kk",
        &[
            "және",
            "бұл",
            "мен",
            "үшін",
            "да",
            "бар",
            "деп",
            "болды",
            "оның",
            "бір",
            "ол",
            "қазақстан",
        ],
    ),
];

/// Every language tag [`detect_language`] can give, which `--lang` accepts.
pub fn known_languages() -> Vec<&'static str> {
    let mut tags: Vec<&'static str> = [LATIN_SCRIPT, ARABIC_SCRIPT, CYRILLIC_SCRIPT]
        .iter()
        .flat_map(|table| table.iter().map(|(_, tag)| *tag))
        .chain(["kk", "zh", "ja", "el", "hy", "hi", "mr", "am", "my", "he"])
        .collect();
    tags.sort_unstable();
    tags.dedup();
    tags
}

/// The language of `block` (a paragraph or a sentence) of an article in `article`, when it
/// is written in another script and so in another language: an English paragraph in an
/// Arabic article, an Arabic quotation in an English one. `None` when it is the article's
/// (or too short to tell). Counting bytes first keeps it cheap: only a block in the other
/// script is looked at closely.
pub fn block_language(block: &str, article: &str) -> Option<&'static str> {
    // One pass: ASCII letters, and the lead bytes of U+0600..U+06FF (one per Arabic-script
    // letter). Every line of an article is counted twice (segmentation, claims).
    // Counted in runs of 255 bytes in one-byte counters, which the compiler does 32 bytes
    // at a time (counting into words did 4).
    let (mut latin, mut arabic) = (0usize, 0usize);
    for run in block.as_bytes().chunks(255) {
        let (mut run_latin, mut run_arabic) = (0u8, 0u8);
        for &b in run {
            run_latin += u8::from(b.is_ascii_alphabetic());
            run_arabic += u8::from(matches!(b, 0xD8..=0xDB));
        }
        latin += usize::from(run_latin);
        arabic += usize::from(run_arabic);
    }
    if latin + arabic < 12 {
        return None;
    }
    let arabic_article = matches!(article, "ar" | "fa" | "ur");
    let latin_article = LATIN_SCRIPT.iter().any(|(_, tag)| *tag == article);
    let block_arabic = arabic > latin;
    let other_script = if block_arabic {
        !arabic_article
    } else {
        arabic_article
    };
    if !other_script || !(arabic_article || latin_article) {
        return None;
    }
    let detected = cached_detection(block.trim());
    (detected != article && detected != "und").then_some(detected)
}

/// The language of each sentence of an article, asked in text order: its line's, when the
/// line is in the other script ([`block_language`]), else the article's. Lines are what
/// segmentation gives their own rules, so both agree; each line is looked at once, however
/// many sentences it holds (a one-line article of 100 000 sentences stays linear).
pub struct SentenceLanguages<'a> {
    text: &'a str,
    article: &'a str,
    /// The line last looked at, and its language.
    line: (usize, usize),
    language: &'a str,
}

impl<'a> SentenceLanguages<'a> {
    /// For the sentences of `text`, an article in `article`.
    pub fn new(text: &'a str, article: &'a str) -> Self {
        SentenceLanguages {
            text,
            article,
            line: (0, 0),
            language: article,
        }
    }

    /// The language of the sentence at `span`.
    pub fn of(&mut self, span: crate::model::Span) -> &'a str {
        let (start, end) = self.line;
        if start <= span.start && span.end <= end && end > start {
            return self.language;
        }
        // The memchr crate's searches (32 bytes at a time): this runs for most sentences.
        let text = self.text;
        let bytes = text.as_bytes();
        let start = memchr::memrchr(b'\n', &bytes[..span.start]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[span.end..]).map_or(text.len(), |i| span.end + i);
        self.line = (start, end);
        self.language = block_language(&text[start..end], self.article).unwrap_or(self.article);
        self.language
    }
}

/// How many detections [`cached_detection`] keeps.
const CACHED_DETECTIONS: usize = 4096;

thread_local! {
    /// Detections of blocks in the other script, by the block's hash: segmentation, claim
    /// extraction and the command line's output each ask about the same lines, and a page
    /// repeats its boilerplate; whatlang was a quarter of `sanad claims` on such a page.
    static DETECTIONS: std::cell::RefCell<std::collections::HashMap<u64, &'static str>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// [`detect_language`] of `block`, remembered for the next time the same block is asked about.
fn cached_detection(block: &str) -> &'static str {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    block.hash(&mut hasher);
    let key = hasher.finish();
    if let Some(found) = DETECTIONS.with(|d| d.borrow().get(&key).copied()) {
        return found;
    }
    let detected = detect_language(block);
    DETECTIONS.with(|d| {
        let mut detections = d.borrow_mut();
        if detections.len() >= CACHED_DETECTIONS {
            detections.clear();
        }
        detections.insert(key, detected);
    });
    detected
}

/// The English name of the language `tag` ("da": "Danish"), or the tag itself.
pub fn language_name(tag: &str) -> &str {
    const NAMES: &[(&str, &str)] = &[
        ("am", "Amharic"),
        ("ar", "Arabic"),
        ("be", "Belarusian"),
        ("bg", "Bulgarian"),
        ("ca", "Catalan"),
        ("cs", "Czech"),
        ("da", "Danish"),
        ("de", "German"),
        ("el", "Greek"),
        ("en", "English"),
        ("es", "Spanish"),
        ("fa", "Persian"),
        ("fi", "Finnish"),
        ("fr", "French"),
        ("he", "Hebrew"),
        ("hi", "Hindi"),
        ("hr", "Croatian"),
        ("hu", "Hungarian"),
        ("hy", "Armenian"),
        ("id", "Indonesian"),
        ("it", "Italian"),
        ("ja", "Japanese"),
        ("kk", "Kazakh"),
        ("mk", "Macedonian"),
        ("mr", "Marathi"),
        ("my", "Burmese"),
        ("nl", "Dutch"),
        ("pl", "Polish"),
        ("pt", "Portuguese"),
        ("ro", "Romanian"),
        ("ru", "Russian"),
        ("sk", "Slovak"),
        ("sr", "Serbian"),
        ("sv", "Swedish"),
        ("tr", "Turkish"),
        ("uk", "Ukrainian"),
        ("ur", "Urdu"),
        ("vi", "Vietnamese"),
        ("zh", "Chinese"),
    ];
    NAMES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(tag, |(_, name)| name)
}

/// The BCP 47 primary tag of the language `text` is mostly written in ("und" if unknown).
///
/// Looks at up to the first 64 KB: enough for a stable answer, cheap on huge articles.
pub fn detect_language(text: &str) -> &'static str {
    let sample = prefix_on_char_boundary(text, 64 * 1024);
    let mut counts = ScriptCounts::default();
    for c in sample.chars() {
        counts.add(c);
    }
    match counts.dominant() {
        Script::Arabic => by_whatlang(sample, ARABIC_SCRIPT)
            .or_else(|| by_stop_words(sample, ARABIC_SCRIPT_STOP_WORDS))
            .unwrap_or("ar"),
        Script::Latin => by_whatlang(sample, LATIN_SCRIPT)
            .or_else(|| by_stop_words(sample, LATIN_STOP_WORDS))
            .unwrap_or("en"),
        // Kazakh's own letters tell it from Russian and Bulgarian (whatlang has no Kazakh).
        Script::Cyrillic if sample.contains(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']) => {
            "kk"
        }
        Script::Cyrillic => by_whatlang(sample, CYRILLIC_SCRIPT)
            .or_else(|| by_stop_words(sample, CYRILLIC_STOP_WORDS))
            .unwrap_or("ru"),
        Script::Han => {
            if counts.kana > 0 {
                "ja"
            } else {
                "zh"
            }
        }
        Script::Kana => "ja",
        Script::Greek => "el",
        Script::Armenian => "hy",
        Script::Devanagari => {
            if sample.contains("आहे") {
                "mr"
            } else {
                "hi"
            }
        }
        Script::Ethiopic => "am",
        Script::Myanmar => "my",
        Script::Hebrew => "he",
        Script::None => "und",
    }
}

/// The languages of the Latin script whatlang tells apart, with their BCP 47 tags: those
/// with segmentation rules, and the other large ones (so that a Portuguese article is called
/// Portuguese, not the nearest language with rules).
const LATIN_SCRIPT: &[(whatlang::Lang, &str)] = &[
    (whatlang::Lang::Eng, "en"),
    (whatlang::Lang::Fra, "fr"),
    (whatlang::Lang::Deu, "de"),
    (whatlang::Lang::Spa, "es"),
    (whatlang::Lang::Ita, "it"),
    (whatlang::Lang::Nld, "nl"),
    (whatlang::Lang::Dan, "da"),
    (whatlang::Lang::Pol, "pl"),
    (whatlang::Lang::Slk, "sk"),
    (whatlang::Lang::Por, "pt"),
    (whatlang::Lang::Tur, "tr"),
    (whatlang::Lang::Swe, "sv"),
    (whatlang::Lang::Fin, "fi"),
    (whatlang::Lang::Ces, "cs"),
    (whatlang::Lang::Hun, "hu"),
    (whatlang::Lang::Ron, "ro"),
    (whatlang::Lang::Ind, "id"),
    (whatlang::Lang::Vie, "vi"),
    (whatlang::Lang::Hrv, "hr"),
    (whatlang::Lang::Cat, "ca"),
];

/// The languages of the Arabic script.
const ARABIC_SCRIPT: &[(whatlang::Lang, &str)] = &[
    (whatlang::Lang::Ara, "ar"),
    (whatlang::Lang::Pes, "fa"),
    (whatlang::Lang::Urd, "ur"),
];

/// The languages of the Cyrillic script (Kazakh is told by its letters).
const CYRILLIC_SCRIPT: &[(whatlang::Lang, &str)] = &[
    (whatlang::Lang::Rus, "ru"),
    (whatlang::Lang::Bul, "bg"),
    (whatlang::Lang::Ukr, "uk"),
    (whatlang::Lang::Srp, "sr"),
    (whatlang::Lang::Mkd, "mk"),
    (whatlang::Lang::Bel, "be"),
];

/// whatlang's answer among `languages`, as a BCP 47 tag.
fn by_whatlang(text: &str, languages: &[(whatlang::Lang, &'static str)]) -> Option<&'static str> {
    let allowed = languages.iter().map(|(lang, _)| *lang).collect();
    let info = whatlang::Detector::with_allowlist(allowed).detect(text)?;
    languages
        .iter()
        .find(|(lang, _)| *lang == info.lang())
        .map(|(_, tag)| *tag)
}

fn prefix_on_char_boundary(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The language in `table` whose stop words occur most often in `text`.
fn by_stop_words(text: &str, table: &[(&'static str, &[&str])]) -> Option<&'static str> {
    let mut hits = vec![0usize; table.len()];
    for word in text
        .split(|c: char| !super::scan::is_alphanumeric(c))
        .take(20_000)
    {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        for (i, (_, words)) in table.iter().enumerate() {
            if words.contains(&lower.as_str()) {
                hits[i] += 1;
            }
        }
    }
    let (best, count) = hits
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, usize::MAX - i))?;
    (*count > 0).then_some(table[best].0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    None,
    Latin,
    Arabic,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Devanagari,
    Ethiopic,
    Myanmar,
    Han,
    Kana,
}

#[derive(Default)]
struct ScriptCounts {
    latin: usize,
    arabic: usize,
    cyrillic: usize,
    greek: usize,
    armenian: usize,
    hebrew: usize,
    devanagari: usize,
    ethiopic: usize,
    myanmar: usize,
    han: usize,
    kana: usize,
}

impl ScriptCounts {
    fn add(&mut self, c: char) {
        let slot = match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F => &mut self.latin,
            0x0370..=0x03FF => &mut self.greek,
            0x0400..=0x04FF => &mut self.cyrillic,
            0x0530..=0x058F => &mut self.armenian,
            0x0590..=0x05FF => &mut self.hebrew,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                &mut self.arabic
            }
            0x0900..=0x097F => &mut self.devanagari,
            0x1000..=0x109F => &mut self.myanmar,
            0x1200..=0x139F => &mut self.ethiopic,
            0x3040..=0x30FF => &mut self.kana,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => &mut self.han,
            _ => return,
        };
        *slot += 1;
    }

    fn dominant(&self) -> Script {
        // Han characters carry far more per character than letters do: weigh them up so a
        // Chinese article with Latin brand names is still Chinese.
        let candidates = [
            (self.latin, Script::Latin),
            (self.arabic, Script::Arabic),
            (self.cyrillic, Script::Cyrillic),
            (self.greek, Script::Greek),
            (self.armenian, Script::Armenian),
            (self.hebrew, Script::Hebrew),
            (self.devanagari, Script::Devanagari),
            (self.ethiopic, Script::Ethiopic),
            (self.myanmar, Script::Myanmar),
            (self.han * 3, Script::Han),
            (self.kana * 3, Script::Kana),
        ];
        candidates
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .max_by_key(|(n, _)| *n)
            .map_or(Script::None, |(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::detect_language;

    #[test]
    fn detects_the_languages_we_promise() {
        let cases = [
            (
                "ar",
                "ذكرت صحيفة فاينانشيال تايمز أن إيلون ماسك يخطط لإطلاق شركة في OpenAI",
            ),
            (
                "en",
                "The minister said that the budget was cut by 5% in 2023.",
            ),
            (
                "fa",
                "خوشبختم، آقای رضا. شما کجایی هستید؟ من از تهران هستم.",
            ),
            (
                "ur",
                "کیا حال ہے؟ میں گھر جا رہا ہوں اور وہ کہتا ہے کہ یہ ٹھیک ہے۔",
            ),
            (
                "fr",
                "Le ministre a dit que la réforme est une priorité pour les Français.",
            ),
            (
                "de",
                "Die Regierung hat gesagt, dass die Steuer nicht steigen wird und das ist gut.",
            ),
            (
                "es",
                "El presidente dijo que los precios de la energía bajarán en el próximo año.",
            ),
            (
                "it",
                "Il governo ha detto che la riforma della scuola non è una priorità per gli italiani.",
            ),
            (
                "ru",
                "Министр сказал, что это решение не было принято на заседании.",
            ),
            ("zh", "安永已聯繫周怡安親屬，協助辦理簽證相關事宜。"),
        ];
        for (want, text) in cases {
            assert_eq!(detect_language(text), want, "{text}");
        }
    }

    #[test]
    fn a_block_in_the_other_script_has_its_own_language() {
        use super::block_language;
        assert_eq!(
            block_language("This browser does not support the video element.", "ar"),
            Some("en")
        );
        assert_eq!(
            block_language(
                "قال وزير المالية إن العجز تراجع إلى ستة في المئة هذا العام.",
                "en"
            ),
            Some("ar")
        );
        assert_eq!(
            block_language("The minister said the deficit fell.", "en"),
            None
        );
        assert_eq!(block_language("OpenAI", "ar"), None, "too short to tell");
        assert_eq!(
            block_language("Министр сказал, что это решение.", "en"),
            None
        );
    }

    #[test]
    fn empty_or_symbol_only_text_is_undetermined() {
        assert_eq!(detect_language(""), "und");
        assert_eq!(detect_language("123 !!! ..."), "und");
    }
}
