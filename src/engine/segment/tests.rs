//! Unit tests of the segmenter's rules, one per rule; the golden data runs in
//! `tests/library/segmentation.rs`.

use super::{segment_in_pieces, segment_sentences};

fn split(text: &str, language: &str) -> Vec<String> {
    segment_sentences(text, language)
        .into_iter()
        .map(|s| text[s.start..s.end].to_string())
        .collect()
}

#[test]
fn lines_are_hard_boundaries_for_headlines_and_bylines() {
    let text = "Council approves budget\nBy Dana Whitfield\nThe vote was 9-2.";
    assert_eq!(
        split(text, "en"),
        [
            "Council approves budget",
            "By Dana Whitfield",
            "The vote was 9-2."
        ]
    );
}

#[test]
fn arabic_question_mark_ends_and_commas_do_not() {
    let text = "هل قال ذلك؟ نعم، قاله أمس؛ ثم نفاه.";
    assert_eq!(
        split(text, "ar"),
        ["هل قال ذلك؟", "نعم، قاله أمس؛ ثم نفاه."]
    );
}

#[test]
fn arabic_abbreviations_and_decimals_do_not_end() {
    let text = "قال د. أحمد إن النمو بلغ ٣٫٥ في المئة و3.5 مليار. ثم غادر.";
    assert_eq!(
        split(text, "ar"),
        [
            "قال د. أحمد إن النمو بلغ ٣٫٥ في المئة و3.5 مليار.",
            "ثم غادر."
        ]
    );
}

#[test]
fn thousands_times_and_initials() {
    let text = "It cost 14,000 dollars at 11 p.m. on Friday. J. R. Smith paid.";
    assert_eq!(
        split(text, "en"),
        [
            "It cost 14,000 dollars at 11 p.m. on Friday.",
            "J. R. Smith paid."
        ]
    );
}

#[test]
fn bidi_controls_never_stand_alone() {
    let text = "First.\u{200F}\nSecond.\n\u{202B}\u{202C}\nThird.";
    let spans = segment_sentences(text, "en");
    assert_eq!(spans.len(), 3);
    for span in &spans {
        let piece = &text[span.start..span.end];
        assert!(piece.chars().any(char::is_alphabetic), "{piece:?}");
    }
}

#[test]
fn a_stray_quote_does_not_swallow_the_line() {
    let text = "He said \"yes. Then he left. Nobody knew.";
    assert_eq!(split(text, "en").len(), 3);
}

#[test]
fn urls_and_emails_stay_whole() {
    let text = "See https://example.com/a.b?c=d. Write to jane.doe@example.org. Done.";
    assert_eq!(
        split(text, "en"),
        [
            "See https://example.com/a.b?c=d.",
            "Write to jane.doe@example.org.",
            "Done."
        ]
    );
}

#[test]
fn text_with_no_marks_is_one_sentence() {
    assert_eq!(split("  just words  ", "en"), ["just words"]);
    assert!(split("", "en").is_empty());
    assert!(split(" \n\t ", "en").is_empty());
}

mod in_pieces {
    use super::segment_in_pieces;
    use proptest::prelude::*;

    /// Lines of the shapes the cut between pieces has to respect: wrapped lines going on in
    /// lower case, blank lines, lines of invisible controls, quotes left open, Arabic.
    fn line() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "The council met on Tuesday and voted",
            "and then it adjourned. Mr. Reyes left",
            "\u{200b}\u{200f}",
            "",
            "   ",
            "\"It is over,\" she said. \"We lost",
            "everything.\" Dr. A. Smith agreed.",
            "قال الوزير إن الخطة جاهزة. وأضاف",
            "1. First item 2. Second item",
            "Key figures:",
            "«Nous avons gagné», a-t-il dit.",
        ])
        .prop_map(str::to_string)
    }

    proptest! {
        #[test]
        fn pieces_read_side_by_side_give_the_same_sentences(
            lines in prop::collection::vec(line(), 0..40),
            threads in 2usize..6,
            crlf in any::<bool>(),
        ) {
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            for language in ["en", "ar"] {
                prop_assert_eq!(
                    segment_in_pieces(&text, language, threads),
                    segment_in_pieces(&text, language, 1)
                );
            }
        }
    }
}
