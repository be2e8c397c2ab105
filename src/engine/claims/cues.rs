//! The words and marks the claim engine looks for, per language, compiled once into one
//! Aho-Corasick automaton so a sentence is scanned in a single pass.

use crate::engine::scan::is_alphanumeric;
use crate::model::ClaimKind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

/// What a cue found in a sentence means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A clause boundary; the new clause starts `skip` bytes after the match start.
    Clause {
        skip: usize,
        needs_new_subject: bool,
    },
    /// A verb or phrase after which the source is named ("according to", "ذكرت").
    SourceAfter,
    /// A verb before which the source is named ("X said").
    SourceBefore,
    /// "that"/"أن" ending a leading attribution frame: the claim starts after it.
    FrameEnd,
    /// A word that marks a claim kind.
    Kind(ClaimKind),
}

/// A compiled set of cues.
pub struct Cues {
    automaton: AhoCorasick,
    meanings: Vec<Cue>,
    /// Whether cues must start and end at word boundaries in the Latin sense.
    pub latin: bool,
}

impl Cues {
    /// The cues for an article in `language`.
    pub fn for_language(language: &str) -> &'static Cues {
        match language {
            "ar" | "fa" | "ur" => &ARABIC,
            _ => &ENGLISH,
        }
    }

    /// Every cue in `sentence` that starts a word, leftmost-longest, in order, as
    /// (start, end, meaning).
    pub fn find<'a>(&'a self, sentence: &'a str) -> impl Iterator<Item = (usize, usize, Cue)> + 'a {
        self.automaton
            .find_iter(sentence)
            .filter(|m| self.at_word_start(sentence, m.start()))
            .map(|m| (m.start(), m.end(), self.meanings[m.pattern().as_usize()]))
    }

    /// Whether a cue at `at` starts a word: nothing or no letter before it, or in Arabic
    /// one of the prefixes و ف ب ل that attach to the next word.
    fn at_word_start(&self, sentence: &str, at: usize) -> bool {
        if sentence[at..].starts_with(|c: char| !is_alphanumeric(c)) {
            return true; // the cue brings its own boundary (" said", "، حيث")
        }
        let mut before = sentence[..at].chars().rev();
        match before.next() {
            None => true,
            Some(c) if !is_alphanumeric(c) => true,
            Some('و' | 'ف' | 'ب' | 'ل') if !self.latin => {
                before.next().is_none_or(|c| !is_alphanumeric(c))
            }
            Some(_) => false,
        }
    }

    fn build(groups: &[(&[&str], Cue)], latin: bool) -> Cues {
        let mut patterns = Vec::new();
        let mut meanings = Vec::new();
        for (words, meaning) in groups {
            for word in *words {
                patterns.push(*word);
                meanings.push(*meaning);
            }
        }
        #[allow(clippy::expect_used)]
        let automaton = AhoCorasickBuilder::new()
            // Leftmost-longest, not overlapping: one pass and no duplicates. Where two cues
            // would overlap, the longer one is listed as a cue of its own ("، وفقاً ل").
            .match_kind(MatchKind::LeftmostLongest)
            // A full DFA: a few hundred kilobytes once, the fastest scan per sentence.
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(latin)
            .build(&patterns)
            // The lists are constants of this file; the engine's tests build every one.
            .expect("the cue lists are valid patterns");
        Cues {
            automaton,
            meanings,
            latin,
        }
    }
}

static ENGLISH: LazyLock<Cues> = LazyLock::new(|| {
    use ClaimKind::*;
    Cues::build(
        &[
            (
                &["; "],
                Cue::Clause {
                    skip: 2,
                    needs_new_subject: false,
                },
            ),
            (
                &[
                    ", while ",
                    ", but ",
                    ", whereas ",
                    ", although ",
                    ", though ",
                ],
                Cue::Clause {
                    skip: 2,
                    needs_new_subject: false,
                },
            ),
            (
                &[", and "],
                Cue::Clause {
                    skip: 2,
                    needs_new_subject: true,
                },
            ),
            (
                &[
                    "according to ",
                    "reported by ",
                    "as reported by ",
                    "citing ",
                    // French, which shares these rules.
                    "selon ",
                    "d'après ",
                    "d’après ",
                ],
                Cue::SourceAfter,
            ),
            (
                &[
                    " said",
                    " says",
                    " told",
                    " reported",
                    " announced",
                    " stated",
                    " claimed",
                    " added",
                    " wrote",
                    " confirmed",
                    " denied",
                    " estimates",
                    " estimated",
                    " warned",
                    " warns",
                    " was quoted as saying",
                    " were quoted as saying",
                    " claims",
                    " insisted",
                    " cautioned",
                    " cautions",
                    " noted",
                    " argued",
                    " acknowledged",
                    " admitted",
                    " explained",
                    " revealed",
                    " asserted",
                    " predicted",
                    " stressed",
                    " alleged",
                    " conceded",
                    " emphasized",
                    " emphasised",
                    " a déclaré",
                    " a affirmé",
                    " a annoncé",
                    " a indiqué",
                    " a expliqué",
                    " a estimé",
                    " a assuré",
                    " a précisé",
                    " a souligné",
                    " a dit",
                    " ont déclaré",
                    " ont annoncé",
                    " ont affirmé",
                    " déclare",
                    " affirme",
                    " annonce",
                    // The present of the press ("Le Parisien rapporte que"), whole words.
                    " rapporte ",
                    " estime ",
                    " indique ",
                    " assure ",
                    " explique ",
                    " précise ",
                    " souligne ",
                    " ont estimé",
                    " ont indiqué",
                    " a révélé",
                    " a reconnu",
                    " a averti",
                    " a rappelé",
                    " a ajouté",
                    " a démenti",
                    " a répondu",
                    " a confié",
                    " a jugé",
                    " a prévenu",
                    " a insisté",
                    " a noté",
                    " révèle ",
                    " confie ",
                    " reconnaît ",
                    " avertit ",
                    " ajoute ",
                    " rappelle ",
                ],
                Cue::SourceBefore,
            ),
            (&[" that ", " que ", " qu'", " qu’"], Cue::FrameEnd),
            (
                &[
                    "percent", "per cent", "%", "million", "billion", "trillion", "thousand",
                    "hundred", "dozen", "half", "twice", "double", "triple",
                ],
                Cue::Kind(Number),
            ),
            (
                &[
                    "january",
                    "february",
                    "march ",
                    "april",
                    "may ",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "yesterday",
                    "today",
                    "tomorrow",
                    "last week",
                    "last month",
                    "last year",
                    "this week",
                    "this year",
                    "next year",
                    "decade",
                    "century",
                ],
                Cue::Kind(Date),
            ),
            (
                &[
                    "more than",
                    "less than",
                    "fewer than",
                    "higher than",
                    "lower than",
                    "compared",
                    "largest",
                    "biggest",
                    "smallest",
                    "highest",
                    "lowest",
                    "most ",
                    "least",
                    "best",
                    "worst",
                    "first ",
                    "record",
                    "richest",
                    "poorest",
                    "fastest",
                    "only ",
                    "exceeds",
                    "exceeded",
                ],
                Cue::Kind(Comparison),
            ),
            (
                &[
                    "because",
                    "due to",
                    "as a result",
                    "caused",
                    "causes",
                    "led to",
                    "leads to",
                    "therefore",
                    "so that",
                    "mean ",
                    "means ",
                    "thanks to",
                ],
                Cue::Kind(Causal),
            ),
            (
                &[
                    " will ",
                    " would ",
                    "plans to",
                    "plan to",
                    "expected to",
                    "is set to",
                    "are set to",
                    "forecast",
                    "predict",
                    "going to",
                    "by 20",
                ],
                Cue::Kind(Prediction),
            ),
            (
                &[
                    "i think",
                    "i believe",
                    "we believe",
                    "should ",
                    "must ",
                    "in my view",
                    "wishful",
                    "unfortunately",
                    "hopefully",
                    "clearly",
                ],
                Cue::Kind(Opinion),
            ),
        ],
        true,
    )
});

static ARABIC: LazyLock<Cues> = LazyLock::new(|| {
    use ClaimKind::*;
    // "، " is three bytes: the next clause starts at the connective after it.
    let new_clause = Cue::Clause {
        skip: 3,
        needs_new_subject: false,
    };
    Cues::build(
        &[
            (
                &["؛ "],
                Cue::Clause {
                    skip: 3,
                    needs_new_subject: false,
                },
            ),
            (
                &["; "],
                Cue::Clause {
                    skip: 2,
                    needs_new_subject: false,
                },
            ),
            (
                &[
                    "، حيث ",
                    "، بينما ",
                    "، لكن ",
                    "، كما ",
                    "، إلا أن ",
                    "، في حين ",
                ],
                new_clause,
            ),
            (
                &["، و"],
                Cue::Clause {
                    skip: 3,
                    needs_new_subject: true,
                },
            ),
            (
                &[
                    "وفقاً ل",
                    "، وفقاً ل",
                    "، وفقا ل",
                    "، وفقًا ل",
                    "، وبحسب ",
                    "، ونقلاً عن ",
                    "، وقال ",
                    "، وأكد ",
                    "، وأضاف ",
                    "وفقا ل",
                    "وفقًا ل",
                    "بحسب ",
                    "حسب ",
                    "نقلاً عن ",
                    "نقلا عن ",
                    "ذكرت ",
                    "ذكر ",
                    "قالت ",
                    "قال ",
                    "أكدت ",
                    "أكد ",
                    "أعلنت ",
                    "أعلن ",
                    "أفادت ",
                    "أفاد ",
                    "كشفت ",
                    "كشف ",
                    "أوردت ",
                    "أشارت ",
                    "أشار ",
                    "صرحت ",
                    "صرح ",
                    // Written with the shadda as often as without.
                    "صرّحت ",
                    "صرّح ",
                    "أكّدت ",
                    "أكّد ",
                    "شدّدت ",
                    "شدّد ",
                    "حذّرت ",
                    "حذّر ",
                    "توقعت ",
                    "توقع ",
                    "توقّعت ",
                    "توقّع ",
                    "اعترف ",
                    "اعترفت ",
                    "ادعى ",
                    "ادعت ",
                    // The present: "ويقول خبراء إن".
                    "يقول ",
                    "تقول ",
                    "يؤكد ",
                    "تؤكد ",
                    "أوضح ",
                    "أوضحت ",
                    "نقلت ",
                    // Not نفى (its object is taken for a name: "نفى رئيس البرلمان وجود
                    // أي خلاف"), nor نفت, قدرت, تابع: Persian words (oil, power, subordinate) that share
                    // these cues.
                    "أضاف ",
                    "أضافت ",
                    "حذر ",
                    "حذرت ",
                    "شدد ",
                    "شددت ",
                    "لفت ",
                    "لفتت ",
                    "اعتبر ",
                    "اعتبرت ",
                    "زعم ",
                    "زعمت ",
                    "أعرب ",
                    "أعربت ",
                    "حسبما ذكرت ",
                    "حسبما ذكر ",
                    "حسبما أفادت ",
                    "حسبما أفاد ",
                    "حسبما أعلنت ",
                    "حسبما أعلن ",
                    "حسبما قالت ",
                    "حسبما قال ",
                    "حسبما نقلت ",
                    "على لسان ",
                    // Persian, which shares these rules.
                    "به گزارش ",
                    "به گفته ",
                    "به نقل از ",
                    "بر اساس گزارش ",
                    "بر اساس ",
                    "طبق اعلام ",
                    "طبق گزارش ",
                    "طبق ",
                    "بر پایه ",
                ],
                Cue::SourceAfter,
            ),
            (
                &[
                    " گفت",
                    " گزارش داد",
                    " اعلام کرد",
                    " اعلام کرده است",
                    " گفته است",
                    " تاکید کرد",
                    " تأکید کرد",
                    " افزود",
                    " هشدار داد",
                    " خاطرنشان کرد",
                    " اظهار داشت",
                    " عنوان کرد",
                    " گفتند",
                    " اعلام کردند",
                ],
                Cue::SourceBefore,
            ),
            (
                &[
                    " أن ",
                    " إن ",
                    " بأن ",
                    " أنه ",
                    " إنه ",
                    " أنها ",
                    " إنها ",
                    " که ",
                ],
                Cue::FrameEnd,
            ),
            (
                &[
                    "مليار",
                    "مليون",
                    "ألف",
                    "آلاف",
                    "بالمئة",
                    "بالمائة",
                    "في المئة",
                    "في المائة",
                    "%",
                    "٪",
                    "نصف",
                    "ثلث",
                    "ربع",
                    "ضعف",
                    "دولار",
                    "يورو",
                ],
                Cue::Kind(Number),
            ),
            (
                &[
                    "يناير",
                    "فبراير",
                    "مارس",
                    "أبريل",
                    "إبريل",
                    "مايو",
                    "يونيو",
                    "يوليو",
                    "أغسطس",
                    "سبتمبر",
                    "أكتوبر",
                    "نوفمبر",
                    "ديسمبر",
                    "كانون",
                    "شباط",
                    "آذار",
                    "نيسان",
                    "أيار",
                    "حزيران",
                    "تموز",
                    "آب",
                    "أيلول",
                    "تشرين",
                    "الأسبوع",
                    "الشهر",
                    "العام",
                    "عام ",
                    "أمس",
                    "اليوم",
                    "غدا",
                    "الماضي",
                    "المقبل",
                    "الأحد",
                    "الاثنين",
                    "الثلاثاء",
                    "الأربعاء",
                    "الخميس",
                    "الجمعة",
                    "السبت",
                    "سنوات",
                    "لمدة",
                ],
                Cue::Kind(Date),
            ),
            (
                &[
                    "أكثر",
                    "أقل",
                    "أكبر",
                    "أصغر",
                    "أغنى",
                    "أفقر",
                    "أعلى",
                    "أدنى",
                    "أول ",
                    "أسرع",
                    "أفضل",
                    "أسوأ",
                    "مقارنة",
                    "قياسي",
                    "الأكبر",
                    "الأكثر",
                ],
                Cue::Kind(Comparison),
            ),
            (
                &[
                    "بسبب",
                    "نتيجة",
                    "أدى إلى",
                    "أدت إلى",
                    "لذلك",
                    "لهذا",
                    "بفضل",
                    "من أجل",
                ],
                Cue::Kind(Causal),
            ),
            (
                &[
                    "سوف",
                    "يخطط",
                    "تخطط",
                    "من المتوقع",
                    "من المقرر",
                    "من المنتظر",
                    "سيتم",
                    "ستكون",
                    "سيكون",
                    "يعتزم",
                    "تعتزم",
                    "توقع",
                ],
                Cue::Kind(Prediction),
            ),
            (
                &[
                    "أعتقد",
                    "نعتقد",
                    "يجب",
                    "ينبغي",
                    "يبدو",
                    "برأيي",
                    "للأسف",
                    "يرى ",
                ],
                Cue::Kind(Opinion),
            ),
        ],
        false,
    )
});
