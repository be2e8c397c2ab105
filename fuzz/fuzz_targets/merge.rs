//! Merging colleagues' reviews: two sides edited from one base by any sequence of edits
//! (verdicts, notes, sources, overlapping claims, deletions, splits, ids near the end of
//! their range) merge into a review that validates and saves and loads back, or into a
//! clear error; never a panic or an invalid file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sanad::model::{ClaimId, Command, Evidence, Review, Span, Verdict, apply};

const TEXT: &str = "قال الوزير إن النمو بلغ 3 في المئة. The council approved 12 million on Tuesday.\nوأضاف أن البطالة تراجعت إلى 7%. A second line follows here.";

fn edit(review: &mut Review, ops: &[u8]) {
    for op in ops.chunks(3) {
        let [kind, a, b] = [op[0], *op.get(1).unwrap_or(&0), *op.get(2).unwrap_or(&0)];
        let ids: Vec<ClaimId> = review.claims.iter().map(|c| c.id).collect();
        let Some(&claim) = ids.get(usize::from(a) % ids.len().max(1)) else {
            continue;
        };
        let len = review.article.text.len();
        let boundary = |x: usize| {
            let mut x = x % (len + 1);
            while !review.article.text.is_char_boundary(x) {
                x -= 1;
            }
            x
        };
        let command = match kind % 7 {
            0 => Command::SetVerdict {
                claim,
                verdict: Verdict::ALL[usize::from(b) % 7],
            },
            1 => Command::SetNote {
                claim,
                note: format!("note {b}"),
            },
            2 => Command::AddEvidence {
                claim,
                evidence: Evidence {
                    url: Some(format!("https://example.org/{b}")),
                    ..Evidence::default()
                },
            },
            3 => {
                let start = boundary(usize::from(a) * 3);
                let end = boundary(start + usize::from(b) + 1);
                Command::AddClaim {
                    span: Span::new(start, end.max(start)),
                }
            }
            4 => Command::DeleteClaim { claim },
            5 => Command::SplitClaim {
                claim,
                at: boundary(usize::from(b) * 2),
            },
            _ => {
                // Ids near the end of their range (ids only ever grow).
                review.next_claim_id = review.next_claim_id.max(u32::MAX - u32::from(b % 4));
                continue;
            }
        };
        let _ = apply(review, command, "fuzz");
    }
}

fuzz_target!(|data: &[u8]| {
    let article = sanad::import::article_from_text(TEXT.to_string(), "UTF-8", "t");
    let base = sanad::review_from_article(article);
    let half = data.len() / 2;
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    edit(&mut ours, &data[..half]);
    edit(&mut theirs, &data[half..]);
    for side in [&ours, &theirs] {
        sanad::store::validate(side).expect("edits keep a review valid");
    }
    for base in [Some(&base), None] {
        if let Ok(outcome) = sanad::share::merge(base, &ours, &theirs) {
            sanad::store::validate(&outcome.review).expect("a merge result validates");
            let text = sanad::store::to_ron(&outcome.review).expect("it serialises");
            sanad::store::from_ron(&text).expect("and loads back");
        }
    }
});
