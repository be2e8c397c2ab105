//! Sentences become claims: one or more per sentence, split at clause boundaries, each
//! tagged with what kind of statement it makes, who the text attributes it to, and how much
//! it deserves checking. Questions, bylines and page boilerplate are kept but marked as not
//! checkable, so the reviewer sees everything the article says.

mod attribution;
mod cues;
mod kinds;
mod split;

use crate::model::{Article, Claim, ClaimId, ClaimKind, Span};
use cues::Cues;

/// Page furniture that is never a claim, compared case-insensitively with a whole sentence
/// (trailing punctuation ignored).
const BOILERPLATE: &[&str] = &[
    "this browser does not support the video element",
    "your browser does not support the video tag",
    "your browser does not support html5 video",
    "فيديو ذات صلة",
    "فيديو ذو صلة",
    "read more",
    "read more:",
    "see also",
    "related",
    "related articles",
    "related video",
    "related stories",
    "اقرأ أيضاً",
    "اقرأ أيضا",
    "اقرأ المزيد",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "advertisement",
    "sponsored",
    "إعلان",
    "share",
    "share this article",
    "share on facebook",
    "share on twitter",
    "share on x",
    "شارك",
    "شارك المقال",
    "مشاركة",
    "subscribe",
    "sign up for our newsletter",
    "اشترك",
    "click here",
    "اضغط هنا",
    "comments",
    "تعليقات",
];

/// Words that open a byline or a credit line.
const BYLINE_OPENERS: &[&str] = &[
    "by ",
    "reporting by",
    "written by",
    "editing by",
    "photo:",
    "photo by",
    "image:",
    "credit:",
    "source:",
    "بقلم",
    "كتب ",
    "كتبت ",
    "تحرير",
    "إعداد",
    "تصوير",
    "المصدر:",
];

/// Whether `sentence` is page boilerplate rather than article content.
pub fn is_boilerplate(sentence: &str) -> bool {
    let core = sentence.trim().trim_end_matches(|c: char| {
        c.is_ascii_punctuation() || matches!(c, '…' | '،' | '؛' | '»' | '«')
    });
    if core.len() > 60 {
        return false;
    }
    // The English entries are ASCII and Arabic has no case: ASCII folding is enough.
    BOILERPLATE
        .iter()
        .any(|b| b.trim_end_matches(':').eq_ignore_ascii_case(core))
}

/// Whether `sentence` is a byline or credit line: short, opening with "By", "بقلم" and the like.
fn is_byline(sentence: &str) -> bool {
    let start = sentence.trim_start();
    let opens = BYLINE_OPENERS.iter().any(|opener| {
        start
            .get(..opener.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(opener))
    });
    if !opens {
        return false;
    }
    let words = sentence.split_whitespace().take(11).count();
    words <= 10 && !(sentence.ends_with(['.', '!', '?']) && words > 6)
}

/// The end of a dateline opening `sentence` ("RIVERTON, March 14 (Reuters) - ",
/// "القاهرة (رويترز) - "): a short prefix with a place in capitals or an agency in brackets,
/// closed by a dash, followed by the story.
fn dateline_end(sentence: &str) -> Option<usize> {
    // Datelines are short: look for the dash in the first 120 bytes only.
    let mut reach = sentence.len().min(120);
    while !sentence.is_char_boundary(reach) {
        reach -= 1;
    }
    let head = &sentence[..reach];
    memchr::memchr2(b'-', 0xE2, head.as_bytes())?;
    let (dash_at, dash) = head
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '-' | '–' | '—')
                && head[..i].ends_with(' ')
                && head[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, c)| (i - 1, c.len_utf8() + 2))?;
    let prefix = &sentence[..dash_at];
    let first_word = prefix.split([' ', ',']).next().unwrap_or("");
    let capital_place = first_word.chars().count() >= 2
        && first_word
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    let agency = prefix.trim_end().ends_with(')') && prefix.contains('(');
    let short = prefix.split_whitespace().count() <= 8;
    let rest = &sentence[dash_at + dash..];
    (short && (capital_place || agency) && rest.split_whitespace().take(3).count() >= 3)
        .then_some(dash_at + dash)
}

/// Whether `sentence` asks rather than states.
fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '»' | '”' | ')'))
        .ends_with(['?', '؟', '？'])
}

/// The claims of an article whose sentences are already segmented, numbered from 1.
pub fn extract_claims(article: &Article) -> Vec<Claim> {
    let cues = Cues::for_language(&article.language);
    let mut claims = Vec::with_capacity(article.sentences.len() * 3 / 2);
    let mut found = Vec::new();
    for (index, span) in article.sentences.iter().enumerate() {
        let sentence = article.slice(*span);
        for draft in analyse_sentence(sentence, cues, &mut found) {
            let id = ClaimId(claims.len() as u32 + 1);
            let claim_span = Span::new(span.start + draft.start, span.start + draft.end);
            let mut claim = Claim::new(id, &article.text, claim_span, index);
            claim.kinds = draft.kinds;
            claim.attributed_to = draft.attributed_to;
            claim.checkable = draft.checkable;
            claim.worthiness = draft.worthiness;
            claims.push(claim);
        }
    }
    claims
}

/// A claim found in one sentence, with byte offsets relative to the sentence.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    start: usize,
    end: usize,
    kinds: Vec<ClaimKind>,
    attributed_to: Option<String>,
    checkable: bool,
    worthiness: f32,
}

impl Draft {
    fn not_checkable(sentence: &str, kinds: Vec<ClaimKind>) -> Self {
        Draft {
            start: 0,
            end: sentence.len(),
            kinds,
            attributed_to: None,
            checkable: false,
            worthiness: 0.0,
        }
    }
}

/// The claims of one sentence; `found` is a buffer reused from sentence to sentence.
fn analyse_sentence(
    sentence: &str,
    cues: &Cues,
    found: &mut Vec<(usize, usize, cues::Cue)>,
) -> Vec<Draft> {
    if is_boilerplate(sentence) || is_byline(sentence) {
        return vec![Draft::not_checkable(sentence, Vec::new())];
    }
    if is_question(sentence) {
        return vec![Draft::not_checkable(sentence, vec![ClaimKind::Question])];
    }
    found.clear();
    found.extend(cues.find(sentence));
    let found = &found[..];
    let whole = (0, sentence.len());
    // A leading frame ("ذكرت صحيفة X أن …", "According to X, …") names the source of
    // everything after it; the claim is the reported content.
    let frame = attribution::find(sentence, found, whole, cues).filter(|s| s.content_start > 0);

    // "RIVERTON, March 14 (Reuters) - The council…": the dateline is not part of the claim.
    let content_start = frame
        .as_ref()
        .map_or_else(|| dateline_end(sentence).unwrap_or(0), |s| s.content_start);
    let clauses = split::clauses(sentence, content_start, found, cues);
    let names_sources = found
        .iter()
        .any(|(_, _, c)| matches!(c, cues::Cue::SourceAfter | cues::Cue::SourceBefore));
    let own: Vec<Option<attribution::Source>> = clauses
        .iter()
        .map(|&(start, end)| {
            names_sources
                .then(|| attribution::find(sentence, found, (start, end), cues))
                .flatten()
        })
        .collect();
    // A trailing attribution (", according to X." / "، وفقاً للتقرير.") covers the whole
    // sentence, not only its last clause.
    let trailing = own.last().cloned().flatten().filter(|s| {
        sentence[..s.cue_at].trim_end().ends_with([',', '،'])
            || sentence[s.cue_at..].starts_with([',', '،'])
    });
    let inherited = frame.or(trailing).map(|s| s.name);
    clauses
        .iter()
        .zip(own)
        .map(|(&(start, end), own)| {
            let text = &sentence[start..end];
            let attributed_to = own.map(|s| s.name).or_else(|| inherited.clone());
            let (kinds, worthiness) = kinds::tag(text, start, found, attributed_to.is_some(), cues);
            Draft {
                start,
                end,
                kinds,
                attributed_to,
                checkable: true,
                worthiness,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
