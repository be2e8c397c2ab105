//! The claim engine on sentences a fact-checker meets: attribution in both languages,
//! clause splitting, boilerplate, questions.

use super::{Cues, Draft, analyse_sentence};
use crate::model::{Article, ClaimKind};

fn claims(sentence: &str, language: &str) -> Vec<Draft> {
    analyse_sentence(
        sentence,
        false,
        Cues::for_language(language),
        language,
        &mut Vec::new(),
    )
}

fn texts<'a>(sentence: &'a str, drafts: &[Draft]) -> Vec<&'a str> {
    drafts.iter().map(|d| &sentence[d.start..d.end]).collect()
}

#[test]
fn arabic_reported_speech_gives_the_content_and_its_source() {
    let s = "ذكرت صحيفة فاينانشيال تايمز أن إيلون ماسك، الرئيس التنفيذي لشركة تسلا، يخطط لإطلاق شركة ذكاء اصطناعي ناشئة.";
    let drafts = claims(s, "ar");
    assert_eq!(drafts.len(), 1);
    assert!(
        texts(s, &drafts)[0].starts_with("إيلون ماسك"),
        "{:?}",
        texts(s, &drafts)
    );
    assert_eq!(drafts[0].attributed_to.as_deref(), Some("فاينانشيال تايمز"));
    assert!(drafts[0].kinds.contains(ClaimKind::Attribution));
    assert!(drafts[0].kinds.contains(ClaimKind::Prediction));
}

#[test]
fn arabic_attribution_cues() {
    let cases = [
        (
            "ووفقاً لتقرير صحيفة فاينانشيال تايمز نقلاً عن مصادر مطلعة أن ماسك يبني فريقاً من الباحثين.",
            "فاينانشيال تايمز",
        ),
        (
            "بحسب وكالة رويترز فإن الشركة خسرت ثلث قيمتها في عام واحد.",
            "رويترز فإن الشركة",
        ),
        (
            "وقال ماسك في هذا الشأن إنه يبدو أن الجميع يشترون وحدات معالجة الرسومات.",
            "ماسك",
        ),
        (
            "حصل على آلاف معالجات GPU من شركة نفيديا، وفقاً للتقرير.",
            "التقرير",
        ),
        (
            "نقلاً عن مصادر مطلعة فإن الصفقة بلغت مليار دولار.",
            "مصادر مطلعة فإن الصفقة",
        ),
    ];
    for (sentence, source) in cases {
        let drafts = claims(sentence, "ar");
        let got = drafts[0].attributed_to.as_deref();
        if source.contains("فإن") {
            // "فإن" is not a stop word: the name runs to five words at most.
            assert!(got.is_some(), "{sentence}");
        } else {
            assert_eq!(got, Some(source), "{sentence}");
        }
    }
}

#[test]
fn english_attribution_cues() {
    let cases = [
        (
            "According to the council's finance office, ridership rose 18% last year.",
            "council's finance office",
        ),
        (
            "Mayor Ellen Park said the increase would pay for itself within five years.",
            "Mayor Ellen Park",
        ),
        (
            "Councillor James O. Reyes, who voted against the plan, said the city had not published an estimate.",
            "Councillor James O. Reyes",
        ),
        (
            "Riverton has the lowest fares in the state, the Riverton Transit Association reported in January.",
            "Riverton Transit Association",
        ),
        (
            "The deal is worth $2 billion, according to the FT.",
            "Financial Times",
        ),
    ];
    for (sentence, source) in cases {
        let drafts = claims(sentence, "en");
        assert_eq!(
            drafts[0].attributed_to.as_deref(),
            Some(source),
            "{sentence}"
        );
    }
}

#[test]
fn the_reported_content_is_the_claim_in_english_too() {
    let s = "According to the council's finance office, ridership rose 18% last year.";
    let drafts = claims(s, "en");
    assert_eq!(texts(s, &drafts), ["ridership rose 18% last year."]);
    assert!(drafts[0].kinds.contains(ClaimKind::Number));
}

#[test]
fn clauses_split_at_joining_commas_and_semicolons() {
    let s = "لكن ماسك تراجع عن التزاماته المالية تجاه الشركة، بينما استثمرت شركة مايكروسوفت مليار دولار في هذه الشركة.";
    assert_eq!(claims(s, "ar").len(), 2);
    let s = "The finance office said no new debt would be issued this year, but it did not rule out bonds in 2026.";
    let drafts = claims(s, "en");
    assert_eq!(
        texts(s, &drafts),
        [
            "no new debt would be issued this year",
            "but it did not rule out bonds in 2026."
        ]
    );
    assert!(
        drafts
            .iter()
            .all(|d| d.attributed_to.as_deref() == Some("finance office"))
    );
}

#[test]
fn lists_are_not_split_into_clauses() {
    let s = "عثر في الغرفة على بعض أدوية علاج ارتفاع ضغط الدم، والقلب.";
    assert_eq!(claims(s, "ar").len(), 1);
    let s = "The plan adds buses, trams and bike lanes, and costs more.";
    assert_eq!(claims(s, "en").len(), 1);
}

#[test]
fn a_split_never_leaves_a_fragment_without_content() {
    let s = "He left; so did she.";
    assert_eq!(claims(s, "en").len(), 1);
}

#[test]
fn boilerplate_questions_and_bylines_are_not_checkable() {
    for (s, language) in [
        ("This browser does not support the video element.", "en"),
        ("فيديو ذات صلة", "ar"),
        ("اقرأ أيضاً", "ar"),
        ("Advertisement", "en"),
        ("Read more", "en"),
        ("Share this article", "en"),
        ("By Dana Whitfield, City Desk", "en"),
        ("Is the city borrowing to pay for it?", "en"),
        ("ماذا حدث بعد الانتخابات؟", "ar"),
    ] {
        let drafts = claims(s, language);
        assert_eq!(drafts.len(), 1, "{s}");
        assert!(!drafts[0].checkable, "{s}");
        assert_eq!(drafts[0].worthiness, 0.0, "{s}");
    }
}

#[test]
fn specific_claims_are_worth_more_than_vague_ones() {
    let specific = &claims(
        "The council raised transit spending by 12 percent to $48.6 million in 2024.",
        "en",
    )[0];
    let vague = &claims(
        "Many people think the city is doing well overall these days.",
        "en",
    )[0];
    assert!(
        specific.worthiness > vague.worthiness + 0.2,
        "{} vs {}",
        specific.worthiness,
        vague.worthiness
    );
    assert!((0.0..=1.0).contains(&specific.worthiness));
}

/// The claims of `text`, a whole article in `language`, as (text, checkable, verdict).
fn article_claims(text: &str, language: &str) -> Vec<(String, bool, crate::model::Verdict)> {
    extracted(text, language)
        .into_iter()
        .map(|c| (c.quote.exact.clone(), c.checkable, c.verdict))
        .collect()
}

#[test]
fn stamps_credits_and_list_headers_are_not_checkable() {
    for (s, language) in [
        ("Published Nov. 3, 2026", "en"),
        ("Published: 3 November 2026, 10:30 GMT", "en"),
        ("Updated 14 March 2025 at 9.15pm", "en"),
        ("Last updated on June 2, 2024", "en"),
        ("Publié le 3 novembre 2026 à 10 h 30", "fr"),
        ("Mis à jour le 4 novembre 2026", "fr"),
        ("نُشر في 3 نوفمبر 2026", "ar"),
        ("آخر تحديث: 14 مارس 2025 - 09:15", "ar"),
        ("منتشر شده در ۱۲ آبان ۱۴۰۵", "fa"),
        ("Photo: Reuters/Amr Abdallah Dalsh", "en"),
        ("Image: Getty Images", "en"),
        ("صورة: أرشيفية", "ar"),
        ("Key figures:", "en"),
        ("What we know so far:", "en"),
        ("وتشمل الخطة:", "ar"),
        ("Les chiffres clés :", "fr"),
        ("(Photo by John Smith/Getty Images)", "en"),
        ("Read more: How the budget was made", "en"),
        ("Watch: The moment the bridge collapsed", "en"),
        ("Copyright 2026 The Associated Press.", "en"),
        ("All rights reserved.", "en"),
        ("اقرأ أيضاً: الحكومة تعلن خطة جديدة", "ar"),
        ("القاهرة - (رويترز)", "ar"),
        ("بیشتر بخوانید: دولت طرح جدیدی را اعلام کرد", "fa"),
        ("Lire aussi : Le gouvernement présente son plan", "fr"),
    ] {
        let drafts = claims(s, language);
        assert_eq!(drafts.len(), 1, "{s}");
        assert!(!drafts[0].checkable, "{s}");
    }
}

#[test]
fn statements_that_look_like_furniture_stay_checkable() {
    for (s, language) in [
        (
            "Published figures show the deficit doubled to $4 billion in 2025.",
            "en",
        ),
        (
            "Updated forecasts from the central bank put growth at 2.1 percent this year.",
            "en",
        ),
        (
            "The photo was taken in Gaza in 2014, not last week, according to reverse image searches.",
            "en",
        ),
        (
            "The minister listed three reasons: cost, delays and safety.",
            "en",
        ),
        (
            "نشرت الوزارة أرقاماً تظهر ارتفاع البطالة إلى 12 في المئة.",
            "ar",
        ),
    ] {
        let drafts = claims(s, language);
        assert!(drafts.iter().all(|d| d.checkable), "{s}");
    }
}

#[test]
fn headings_without_a_verb_are_not_checkable_and_headlines_are() {
    let text = "Council approves transit budget\n\nMayor unveils new housing plan\n\nKey figures\n\nThe council approved a budget of $48 million on Tuesday.\n\nWhat happens next\n\nNext steps\n\nFares will rise by 5 percent in June.\n";
    let found = article_claims(text, "en");
    let verdict_of = |needle: &str| {
        found
            .iter()
            .find(|(t, _, _)| t.starts_with(needle))
            .map(|(_, checkable, verdict)| (*checkable, *verdict))
    };
    assert_eq!(verdict_of("Key figures").map(|v| v.0), Some(false));
    assert_eq!(
        verdict_of("Key figures").map(|v| v.1),
        Some(crate::model::Verdict::NotCheckable),
        "pre-set"
    );
    assert_eq!(verdict_of("Council approves").map(|v| v.0), Some(true));
    assert_eq!(
        verdict_of("Mayor unveils").map(|v| v.0),
        Some(true),
        "a verb not listed"
    );
    assert_eq!(verdict_of("The council approved").map(|v| v.0), Some(true));
    assert_eq!(verdict_of("Fares will rise").map(|v| v.0), Some(true));
    assert_eq!(verdict_of("Next steps").map(|v| v.0), Some(false));
    // A heading with a verb says something: kept checkable, never hidden.
    assert_eq!(verdict_of("What happens next").map(|v| v.0), Some(true));

    let arabic = "شراكة إيلون ماسك في OpenAI\n\nأعلن ماسك في 2015 أنه سيستثمر مليار دولار.\n\nشكوك إيلون ماسك في نهج أوبن أيه آي\n\nماسك يطلق شركة جديدة\n";
    let found = article_claims(arabic, "ar");
    let checkable = |needle: &str| {
        found
            .iter()
            .find(|(t, _, _)| t.starts_with(needle))
            .map(|(_, c, _)| *c)
    };
    assert_eq!(checkable("شراكة إيلون"), Some(false));
    assert_eq!(checkable("شكوك إيلون"), Some(false));
    assert_eq!(checkable("ماسك يطلق"), Some(true), "a headline with a verb");
    assert!(found.iter().any(|(t, c, _)| t.contains("مليار") && *c));
}

/// The claims of `text`, a whole article in `language`: segmented, then extracted.
fn extracted(text: &str, language: &str) -> Vec<crate::model::Claim> {
    let mut article = Article::new(String::new(), language.into(), "UTF-8".into(), text.into());
    article.sentences = crate::engine::segment_sentences(text, language);
    super::extract_claims(&article)
}

/// The speaker of each claim of `text`, a whole article in `language`.
fn speakers(text: &str, language: &str) -> Vec<(String, Option<String>)> {
    extracted(text, language)
        .into_iter()
        .map(|c| (c.quote.exact.clone(), c.attributed_to))
        .collect()
}

/// The speaker of the first claim of `found` whose text holds `needle`.
fn speaker_of(found: &[(String, Option<String>)], needle: &str) -> Option<String> {
    found
        .iter()
        .find(|(t, _)| t.contains(needle))
        .and_then(|(_, s)| s.clone())
}

#[test]
fn a_pronoun_is_the_paragraph_s_last_speaker_or_nobody() {
    let text = "Mayor Ellen Park said the tunnel would open in May. She said it would cost $2 billion.\nHe said the plan was dead.\n";
    let found = speakers(text, "en");
    let of = |needle: &str| speaker_of(&found, needle);
    assert_eq!(of("$2 billion").as_deref(), Some("Mayor Ellen Park"));
    assert_eq!(
        of("plan was dead"),
        None,
        "a new paragraph, nobody named in it"
    );
    let french = "Le ministre Jean Dupont a déclaré que la réforme serait votée. Il a affirmé que le budget suivrait.\n";
    let found = speakers(french, "fr");
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() == Some("Jean Dupont")),
        "{found:?}"
    );
}

#[test]
fn the_sentences_of_a_continued_quotation_inherit_its_speaker() {
    let text = "\"The budget is balanced,\" said Ana Ruiz. \"We cut 300 jobs. Spending fell by a tenth.\" The council meets on Monday.\n";
    let found = speakers(text, "en");
    let of = |needle: &str| speaker_of(&found, needle);
    assert_eq!(of("balanced").as_deref(), Some("Ana Ruiz"));
    assert_eq!(of("300 jobs").as_deref(), Some("Ana Ruiz"), "{found:?}");
    assert_eq!(of("a tenth").as_deref(), Some("Ana Ruiz"), "{found:?}");
    assert_eq!(of("council meets"), None, "after the quotation closes");
    let arabic = "وقال الوزير: «سنخفض الضرائب بنسبة 5 في المئة. وسنرفع الأجور العام المقبل.» وتعقد الحكومة اجتماعها غداً.\n";
    let found = speakers(arabic, "ar");
    assert!(
        found
            .iter()
            .any(|(t, s)| t.contains("الضرائب") && s.as_deref() == Some("الوزير")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(t, s)| t.contains("اجتماعها") && s.is_none()),
        "after the quotation closes: {found:?}"
    );
}

mod in_pieces {
    use crate::model::Article;

    /// The found claims, read in at most `pieces` runs side by side, in one list.
    fn extract_in_pieces(article: &Article, pieces: usize) -> Vec<super::super::FoundClaim> {
        super::super::found_in_pieces(article, pieces)
            .into_iter()
            .flatten()
            .collect()
    }

    fn article(text: &str, language: &str) -> Article {
        let mut article = Article::new(
            "t".into(),
            language.into(),
            "UTF-8".into(),
            text.to_string(),
        );
        article.sentences = crate::engine::segment_sentences(text, language);
        article
    }

    #[test]
    fn runs_read_side_by_side_give_the_same_claims() {
        // Quotations continued across sentences, pronouns, headings alone on a line and
        // paragraphs in the other script: what a cut could break if it were misplaced.
        let paragraphs = [
            "\"We will not wait,\" said Mayor Ana Ruiz. \"The buses come first.\" She added that 40% of riders agreed.",
            "Key figures:",
            "The budget rose 12% in 2025, the finance office said, and it will rise again.",
            "قال وزير المالية محمد معيط إن العجز تراجع إلى 6%. وأضاف أن الدين سينخفض.",
            "«Nous avons gagné», a-t-il dit. Selon l'Insee, le chômage a baissé de 2%.",
            "Why did the city wait?",
        ];
        for language in ["en", "ar"] {
            let mut text = String::new();
            for k in 0..60 {
                text.push_str(paragraphs[k % paragraphs.len()]);
                text.push_str(if k % 7 == 3 { "\n\n" } else { "\n" });
            }
            let article = article(&text, language);
            let whole = extract_in_pieces(&article, 1);
            assert!(whole.len() > 60, "{}", whole.len());
            for pieces in 2..40 {
                assert_eq!(
                    extract_in_pieces(&article, pieces),
                    whole,
                    "{pieces} pieces"
                );
            }
            // The review's claims are the found ones, numbered from 1, however many
            // threads make them.
            assert_eq!(super::super::find_claims(&article), whole);
            let claims = super::super::extract_claims(&article);
            assert_eq!(claims.len(), whole.len());
            for (at, (claim, found)) in claims.iter().zip(&whole).enumerate() {
                assert_eq!(claim.id.0 as usize, at + 1);
                assert_eq!((claim.span, claim.sentence), (found.span, found.sentence));
                assert_eq!(claim.quote.exact, article.slice(found.span));
                assert_eq!(claim.checkable, found.checkable);
                assert_eq!(claim.attributed_to, found.attributed_to);
            }
            for threads in 2..6 {
                let made = super::super::claims_in_pieces(&article, threads);
                assert!(made == claims, "{threads} threads");
            }
            // Runs of a few sentences each, read one by one, give the same claims too.
            for sentences in [1, 2, 3, 7, 50, 10_000] {
                let runs = super::super::sentence_runs(&article, sentences);
                assert!(runs.len() > 1 || sentences >= 50, "{sentences}: {runs:?}");
                assert_eq!(runs.first().map(|r| r.start), Some(0));
                assert_eq!(runs.last().map(|r| r.end), Some(article.sentences.len()));
                let mut found = Vec::new();
                for run in runs {
                    super::super::claims_in_run(&article, run, |c| found.push(c));
                }
                assert_eq!(found, whole, "runs of {sentences} sentences");
            }
        }
    }

    #[test]
    fn an_article_of_one_paragraph_is_one_run() {
        let text = "Rates rose 3% in May. Prices fell again. ".repeat(500);
        let article = article(&text, "en");
        let runs = super::super::sentence_runs(&article, 4);
        assert_eq!(runs, vec![0..article.sentences.len()]);
    }

    #[test]
    fn a_heading_alone_on_a_long_line_is_found_without_reading_the_line() {
        // Before: each sentence looked for the whole of its line, quadratic on one line.
        let text = "The council met on Tuesday and voted. ".repeat(20_000);
        let article = article(&text, "en");
        let claims = extract_in_pieces(&article, 1);
        assert_eq!(claims.len(), 20_000);
        assert!(claims.iter().all(|c| c.checkable));
    }
}

#[test]
fn a_set_of_kinds_lists_them_in_their_order_once() {
    use super::Kinds;
    use crate::model::ClaimKind;
    let kinds = [
        ClaimKind::Question,
        ClaimKind::Number,
        ClaimKind::Attribution,
    ];
    assert_eq!(
        Kinds::of(&kinds).to_vec(),
        [
            ClaimKind::Number,
            ClaimKind::Attribution,
            ClaimKind::Question
        ]
    );
    assert_eq!(Kinds::of(&ClaimKind::ALL).to_vec(), ClaimKind::ALL);
    assert!(Kinds::of(&[]).to_vec().is_empty());
}
