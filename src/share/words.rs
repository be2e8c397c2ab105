//! The words of the HTML and Markdown reports, in the language of the article they report
//! on: an Arabic review is reported in Arabic, right to left; any other in English (its
//! direction still follows the article's script).

use crate::model::{Stance, Verdict};

/// Every word a report writes besides the review's own text.
#[derive(Debug)]
pub struct ReportWords {
    /// The language the words are in (BCP 47), for verdict labels.
    pub language: &'static str,
    /// Whether they read right to left.
    pub rtl: bool,
    /// Before the article's title in the Markdown report: "Fact-check".
    pub fact_check: &'static str,
    /// "Article" (its address; the HTML heading of the article's text).
    pub article: &'static str,
    /// "Language".
    pub language_label: &'static str,
    /// "Reviewers".
    pub reviewers: &'static str,
    /// "Last change".
    pub last_change: &'static str,
    /// "Summary".
    pub summary: &'static str,
    /// "Legend".
    pub legend: &'static str,
    /// "Claims" (the heading and the chart's column).
    pub claims: &'static str,
    /// "Claim".
    pub claim: &'static str,
    /// "Verdict".
    pub verdict: &'static str,
    /// "Attributed to".
    pub attributed_to: &'static str,
    /// "Sources".
    pub sources: &'static str,
    /// "Note".
    pub note: &'static str,
    /// "Methodology".
    pub methodology: &'static str,
    /// "Not a checkable statement."
    pub not_checkable: &'static str,
    /// The chart's description: "Claims per verdict".
    pub claims_per_verdict: &'static str,
    /// "{reviewed}/{total} reviewed", with the two numbers in place of `{reviewed}` and
    /// `{total}`.
    pub reviewed: &'static str,
    /// The three stances: supports, refutes, context.
    pub stances: [&'static str; 3],
    /// "archived {date}, SHA-256 {hash}", with the two in place of `{date}` and `{hash}`.
    pub archived: &'static str,
    /// "Internet Archive copy".
    pub public_copy: &'static str,
}

const ENGLISH: ReportWords = ReportWords {
    language: "en",
    rtl: false,
    fact_check: "Fact-check",
    article: "Article",
    language_label: "Language",
    reviewers: "Reviewers",
    last_change: "Last change",
    summary: "Summary",
    legend: "Legend",
    claims: "Claims",
    claim: "Claim",
    verdict: "Verdict",
    attributed_to: "Attributed to",
    sources: "Sources",
    note: "Note",
    methodology: "Methodology",
    not_checkable: "Not a checkable statement.",
    claims_per_verdict: "Claims per verdict",
    reviewed: "{reviewed}/{total} reviewed",
    stances: ["Supports", "Refutes", "Context"],
    archived: "archived {date}, SHA-256 {hash}",
    public_copy: "Internet Archive copy",
};

const ARABIC: ReportWords = ReportWords {
    language: "ar",
    rtl: true,
    fact_check: "تحقق",
    article: "المقال",
    language_label: "اللغة",
    reviewers: "المراجعون",
    last_change: "آخر تعديل",
    summary: "الملخص",
    legend: "دليل الألوان",
    claims: "الادعاءات",
    claim: "الادعاء",
    verdict: "الحكم",
    attributed_to: "منسوب إلى",
    sources: "المصادر",
    note: "ملاحظة",
    methodology: "المنهجية",
    not_checkable: "ليست عبارة قابلة للتحقق.",
    claims_per_verdict: "عدد الادعاءات حسب الحكم",
    reviewed: "روجع {reviewed} من {total}",
    stances: ["يؤيد", "يدحض", "سياق"],
    archived: "أُرشف في {date}، SHA-256 {hash}",
    public_copy: "نسخة أرشيف الإنترنت",
};

impl ReportWords {
    /// The words for a review of an article in `language`.
    pub fn for_language(language: &str) -> &'static ReportWords {
        if language == "ar" || language.starts_with("ar-") {
            &ARABIC
        } else {
            &ENGLISH
        }
    }

    /// How a source was archived, in these words: the snapshot's time (UTC) and hash.
    pub fn archived_line(&self, archive: &crate::model::Archive) -> String {
        self.archived
            .replace(
                "{date}",
                &archive
                    .capture
                    .fetched_at
                    .format("%Y-%m-%d %H:%M UTC")
                    .to_string(),
            )
            .replace("{hash}", &archive.capture.sha256)
    }

    /// A verdict's label in these words' language.
    pub fn verdict_label(&self, verdict: Verdict) -> &'static str {
        verdict.label(self.language)
    }

    /// A stance in these words' language.
    pub fn stance(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Supports => self.stances[0],
            Stance::Refutes => self.stances[1],
            Stance::Context => self.stances[2],
        }
    }

    /// The review's progress, as [`super::progress_line`] gives it, in these words:
    /// "روجع 12 من 40 · 5 صحيح".
    pub fn progress(&self, counts: &[usize; 7]) -> String {
        let (reviewed, total) = super::reviewed_of(counts);
        let mut parts = vec![
            self.reviewed
                .replace("{reviewed}", &reviewed.to_string())
                .replace("{total}", &total.to_string()),
        ];
        for (verdict, &count) in Verdict::ALL.iter().zip(counts).skip(1) {
            if count > 0 {
                let label = self.verdict_label(*verdict);
                let label = if self.rtl {
                    label.to_string()
                } else {
                    label.to_lowercase()
                };
                parts.push(format!("{count} {label}"));
            }
        }
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_review_is_reported_in_arabic_and_others_in_english() {
        let counts = [28, 5, 3, 0, 4, 0, 2];
        let arabic = ReportWords::for_language("ar");
        assert!(arabic.rtl);
        assert_eq!(
            arabic.progress(&counts),
            "روجع 12 من 40 · 5 صحيح · 3 متنازع عليه · 4 مضلِّل · 2 غير قابل للتحقق"
        );
        let english = ReportWords::for_language("fr");
        assert_eq!(
            english.progress(&counts),
            super::super::progress_line(&counts)
        );
        assert_eq!(english.stance(Stance::Refutes), "Refutes");
        assert_eq!(arabic.stance(Stance::Refutes), "يدحض");
    }
}
