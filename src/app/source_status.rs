//! What the detail panel says under each source: whether it is archived (when, its hash),
//! whether its excerpt is on the archived page (with the page's words around it), and what
//! its address answered at the last Review ▸ Check sources.

use super::i18n::{digits, tr};
use super::{SanadApp, ui_text, verdict_color};
use crate::model::{ClaimId, Verdict};
use crate::sources::{ExcerptCheck, LinkState};

/// How a line should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tone {
    /// Good news (the excerpt was found).
    Good,
    /// Plain information.
    Plain,
    /// Something to look at (not found, damaged, gone, changed).
    Bad,
}

/// The excerpt check's line, how it looks, and the page's words around a found excerpt
/// (before, the excerpt as the page has it, after).
pub(super) type ExcerptLine = (String, Tone, Option<(String, String, String)>);

/// The status lines of one source.
#[derive(Debug, Clone, Default)]
pub(super) struct SourceLine {
    /// "Archived 3 March 2026, 14:05 UTC · SHA-256 …", or "Not archived yet".
    pub archive: Option<String>,
    /// The excerpt check, how it looks, and the page's words around a found excerpt.
    pub excerpt: Option<ExcerptLine>,
    /// The last link check.
    pub link: Option<(String, Tone)>,
    /// The Internet Archive's copy of the page, when Save Page Now made one.
    pub public_copy: Option<String>,
    /// A Save Page Now request for the page waits in the queue.
    pub copy_waiting: bool,
    /// The source has an address and no archive: it can be archived.
    pub can_archive: bool,
}

impl SanadApp {
    /// The status lines of each of `claim`'s sources, in order.
    pub(super) fn source_lines(&mut self, claim: ClaimId) -> Vec<SourceLine> {
        let Some(evidence) = self.doc.review.claim(claim).map(|c| c.evidence.clone()) else {
            return Vec::new();
        };
        evidence
            .iter()
            .map(|e| {
                let archive = match (&e.archive, &e.url) {
                    (Some(a), _) => Some(String::from(tr!(
                        "source-archived",
                        date = super::dates::full(&a.capture.fetched_at),
                        hash = &a.capture.sha256[..a.capture.sha256.len().min(16)]
                    ))),
                    (None, Some(_)) => Some(tr!("source-not-archived").into()),
                    (None, None) => None,
                };
                let excerpt = excerpt_line(self.excerpt_check(e));
                let link = e
                    .url
                    .as_deref()
                    .and_then(|url| self.web.link(claim, url))
                    .map(link_line);
                let public_copy = e.archive.as_ref().and_then(|a| a.public_copy.clone());
                let copy_waiting = public_copy.is_none()
                    && e.url
                        .as_deref()
                        .is_some_and(|url| self.web.public.is_waiting(claim, url));
                SourceLine {
                    archive,
                    excerpt,
                    link,
                    public_copy,
                    copy_waiting,
                    can_archive: e.url.is_some() && e.archive.is_none(),
                }
            })
            .collect()
    }
}

fn excerpt_line(check: ExcerptCheck) -> Option<ExcerptLine> {
    Some(match check {
        ExcerptCheck::NoExcerpt | ExcerptCheck::NotArchived => return None,
        ExcerptCheck::Found { archived, context } => (
            tr!("excerpt-found", date = super::dates::full(&archived)).into(),
            Tone::Good,
            Some(context),
        ),
        ExcerptCheck::NotFound { archived } => (
            tr!("excerpt-not-found", date = super::dates::full(&archived)).into(),
            Tone::Bad,
            None,
        ),
        ExcerptCheck::SnapshotMissing => (tr!("excerpt-snapshot-missing").into(), Tone::Bad, None),
        ExcerptCheck::SnapshotDamaged => (tr!("excerpt-snapshot-damaged").into(), Tone::Bad, None),
    })
}

fn link_line(state: &LinkState) -> (String, Tone) {
    let status = |s: &u16| digits(&s.to_string());
    match state {
        LinkState::Alive {
            redirected_to,
            changed,
        } => {
            let mut line: String = match redirected_to {
                Some(to) => tr!("link-redirected", url = to.as_str()).into(),
                None => tr!("link-alive").into(),
            };
            if let Some(share) = changed {
                let percent = digits(&format!("{:.0}", share * 100.0));
                line = tr!("link-changed", before = line, percent = percent).into();
            }
            let tone = if changed.is_some() {
                Tone::Bad
            } else {
                Tone::Plain
            };
            (line, tone)
        }
        LinkState::Gone { status: s } => (tr!("link-gone", status = status(s)).into(), Tone::Bad),
        LinkState::Failing { status: s } => {
            (tr!("link-failing", status = status(s)).into(), Tone::Bad)
        }
        LinkState::Unreachable { reason } => (
            tr!("link-unreachable", detail = reason.as_str()).into(),
            Tone::Bad,
        ),
    }
}

/// Draw `line` under its source; whether its Archive button was clicked.
pub(super) fn show(ui: &mut egui::Ui, line: &SourceLine, can_archive_now: bool) -> bool {
    let color = |ui: &egui::Ui, tone: Tone| match tone {
        Tone::Good => verdict_color(Verdict::Verified),
        Tone::Plain => ui.visuals().weak_text_color(),
        Tone::Bad => ui.visuals().error_fg_color,
    };
    let mut archive = false;
    if let Some(words) = &line.archive {
        ui_text::wrapped_row(ui, |ui| {
            ui_text::weak(ui, words.as_str());
            if line.can_archive {
                let response = ui
                    .add_enabled_ui(can_archive_now, |ui| {
                        ui_text::small_button(ui, tr!("source-archive"))
                    })
                    .inner;
                let response = if can_archive_now {
                    ui_text::hover(response, tr!("source-archive-about"))
                } else {
                    ui_text::disabled_hover(response, tr!("archive-needs-file"))
                };
                archive = response.clicked();
            }
        });
    }
    if let Some((words, tone, context)) = &line.excerpt {
        ui_text::colored(ui, color(ui, *tone), words.as_str());
        if let Some((before, found, after)) = context {
            let text = format!("…{before}{found}{after}…");
            let start = "…".len() + before.len();
            let highlight = start..start + found.len();
            super::bidi_label::bidi_paragraph(
                ui,
                &text,
                std::slice::from_ref(&highlight),
                ui.visuals().weak_text_color(),
            );
        }
    }
    if let Some(copy) = &line.public_copy {
        ui_text::wrapped_row(ui, |ui| {
            ui_text::weak(ui, tr!("source-public-copy"));
            super::detail::link(ui, copy);
        });
    } else if line.copy_waiting {
        ui_text::weak(ui, tr!("source-copy-waiting"));
    }
    if let Some((words, tone)) = &line.link {
        ui_text::colored(ui, color(ui, *tone), words.as_str());
    }
    archive
}
