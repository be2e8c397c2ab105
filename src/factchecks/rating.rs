//! A publisher's rating read as one of Sanad's verdicts: "Pants on Fire" and "زائف" are
//! False, "Mixture" and "مضلل" Misleading. Used for the colour of a match, the stance of
//! the evidence a match becomes, and the verdict it may give the claim.

use crate::model::{Stance, Verdict};

/// Words (folded, see [`crate::query::fold`]) that make a rating each verdict, tried in
/// this order: the longer, qualified ratings ("mostly false", "غير صحيح") before the bare
/// word they contain ("false", "صحيح").
const RATINGS: &[(Verdict, &[&str])] = &[
    (
        Verdict::Misleading,
        &[
            "mostly false",
            "half true",
            "half-true",
            "mixture",
            "mixed",
            "partly",
            "partially",
            "misleading",
            "missing context",
            "out of context",
            "exaggerat",
            "distort",
            "miscaptioned",
            "misattributed",
            "cherry",
            "spin",
            "trompeur",
            "engañoso",
            "enganoso",
            "مضلل",
            "مضلله",
            "نصف",
            "جزئيا",
            "مجتزا",
            "خارج السياق",
            "مبالغ",
            "ناقص",
        ],
    ),
    (
        Verdict::Unverifiable,
        &[
            "unproven",
            "unverified",
            "unverifiable",
            "unsupported",
            "no evidence",
            "research in progress",
            "unclear",
            "غير مؤكد",
            "غير مثبت",
            "لا دليل",
            "غير موثق",
        ],
    ),
    (
        Verdict::False,
        &[
            "false",
            "pants on fire",
            "fake",
            "hoax",
            "scam",
            "incorrect",
            "wrong",
            "fabricated",
            "not true",
            "untrue",
            "faux",
            "falso",
            "زائف",
            "كاذب",
            "خاطئ",
            "خطا",
            "مفبرك",
            "ملفق",
            "غير صحيح",
            "مزيف",
            "شائعه",
        ],
    ),
    (
        Verdict::Disputed,
        &["disputed", "contested", "controversial", "متنازع", "جدلي"],
    ),
    (
        Verdict::Verified,
        &[
            "true",
            "correct",
            "accurate",
            "verified",
            "legit",
            "vrai",
            "verdadero",
            "صحيح",
            "حقيقي",
            "دقيق",
            "موثوق",
        ],
    ),
];

/// The verdict a publisher's `rating` amounts to, when it says one.
pub fn verdict_of(rating: &str) -> Option<Verdict> {
    let folded = crate::query::fold(rating);
    if folded.trim().is_empty() {
        return None;
    }
    // A desk's own verdict reads as itself ("Not checkable" included).
    if let Some(&own) = Verdict::ALL
        .iter()
        .find(|v| crate::query::fold(v.label_en()) == folded.trim())
    {
        return Some(own);
    }
    RATINGS
        .iter()
        .find(|(_, words)| {
            words
                .iter()
                .any(|w| folded.contains(&crate::query::fold(w)))
        })
        .map(|(verdict, _)| *verdict)
}

/// How a fact-check rated `verdict` bears on the claim it matches.
pub fn stance_of(verdict: Option<Verdict>) -> Stance {
    match verdict {
        Some(Verdict::False | Verdict::Misleading) => Stance::Refutes,
        Some(Verdict::Verified) => Stance::Supports,
        _ => Stance::Context,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_read_as_verdicts() {
        let cases = [
            ("False", Some(Verdict::False)),
            ("Pants on Fire!", Some(Verdict::False)),
            ("Mostly False", Some(Verdict::Misleading)),
            ("Mixture", Some(Verdict::Misleading)),
            ("TRUE", Some(Verdict::Verified)),
            ("Mostly true", Some(Verdict::Verified)),
            ("Unproven", Some(Verdict::Unverifiable)),
            ("Correct Attribution", Some(Verdict::Verified)),
            ("Misattributed", Some(Verdict::Misleading)),
            ("زائف", Some(Verdict::False)),
            ("غير صحيح", Some(Verdict::False)),
            ("صحيح", Some(Verdict::Verified)),
            ("مضلِّل", Some(Verdict::Misleading)),
            ("Not checkable", Some(Verdict::NotCheckable)),
            ("Legend", None),
            ("", None),
        ];
        for (rating, verdict) in cases {
            assert_eq!(verdict_of(rating), verdict, "{rating}");
        }
        assert_eq!(stance_of(verdict_of("Fake")), Stance::Refutes);
        assert_eq!(stance_of(verdict_of("True")), Stance::Supports);
        assert_eq!(stance_of(None), Stance::Context);
    }
}
