//! The detail panel of the selected claim: its full text in its sentence, the verdict
//! picker, the note, the sources (add, edit, remove, open) and the claim's change history.
//! It never edits the review itself: it returns [`Command`]s for the window to run.

use super::bidi_label::{bidi_label, bidi_paragraph};
use super::bidi_text_edit::BidiTextEdit;
use super::i18n::{self, Phrase, tr};
use super::table_columns::verdict_chip;
use super::{ui_text, verdict_color, words};
use crate::model::{Claim, ClaimId, Command, Evidence, Review, Stance, Verdict, check_web_address};
use chrono::NaiveDate;

/// A source being added or edited.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceForm {
    claim: ClaimId,
    /// The source edited, `None` for a new one.
    index: Option<usize>,
    url: String,
    title: String,
    publisher: String,
    excerpt: String,
    stance: Stance,
    accessed: String,
    error: Option<String>,
    /// Put the keyboard focus in the address field (the form has just opened).
    focus_address: bool,
}

impl EvidenceForm {
    fn new(claim: ClaimId, index: Option<usize>, evidence: &Evidence) -> Self {
        let today = chrono::Utc::now().date_naive();
        EvidenceForm {
            claim,
            index,
            url: evidence.url.clone().unwrap_or_default(),
            title: evidence.title.clone(),
            publisher: evidence.publisher.clone(),
            excerpt: evidence.excerpt.clone(),
            stance: evidence.stance,
            accessed: evidence.accessed.unwrap_or(today).to_string(),
            error: None,
            focus_address: true,
        }
    }

    /// The source as typed, or why it cannot be kept.
    fn evidence(&self, old: Option<&Evidence>) -> Result<Evidence, String> {
        let url = self.url.trim();
        if !url.is_empty() {
            check_web_address(url).map_err(|e| {
                String::from(tr!(
                    "source-bad-address",
                    reason = super::errors::web_address(&e)
                ))
            })?;
        }
        if url.is_empty() && self.title.trim().is_empty() {
            return Err(tr!("source-needs-address-or-title").into());
        }
        let accessed = match self.accessed.trim() {
            "" => None,
            date => Some(
                NaiveDate::parse_from_str(date, "%Y-%m-%d")
                    .map_err(|_| String::from(tr!("source-bad-date")))?,
            ),
        };
        Ok(Evidence {
            url: (!url.is_empty()).then(|| url.to_string()),
            citation: old.map(|e| e.citation.clone()).unwrap_or_default(),
            title: self.title.trim().to_string(),
            publisher: self.publisher.trim().to_string(),
            excerpt: self.excerpt.trim().to_string(),
            stance: self.stance,
            accessed,
            // The snapshot stays with the source while its address is the one archived.
            archive: old
                .and_then(|e| e.archive.clone())
                .filter(|a| Some(a.capture.requested.as_str()) == (!url.is_empty()).then_some(url)),
        })
    }
}

/// The panel's own state: drafts that become commands when finished.
#[derive(Default)]
pub struct DetailPanel {
    /// The note being typed; run as one command when the field loses focus, so one edit
    /// is one change-log entry, not one per keystroke.
    note_draft: Option<(ClaimId, String)>,
    /// The source form, when open.
    form: Option<EvidenceForm>,
    /// Move the keyboard focus to the note on the next frame (E).
    pub focus_note: bool,
}

/// What the reader asked for in the panel this frame.
#[derive(Debug, Default)]
pub struct DetailResponse {
    /// Edits to run.
    pub commands: Vec<Command>,
    /// Split the claim at the article caret.
    pub split: bool,
    /// Archive the claim's sources: `Some(None)` all of them, `Some(Some(i))` the one at `i`.
    pub archive: Option<Option<usize>>,
}

/// What the window knows of a claim's sources beyond the review: their status lines, and
/// whether archiving is possible now (the review has a file, no archiving is running).
pub struct SourcesContext<'a> {
    /// One per source, in order.
    pub lines: &'a [super::source_status::SourceLine],
    /// Whether Archive buttons work now.
    pub can_archive: bool,
}

impl DetailPanel {
    /// Forget drafts (another review was opened).
    pub fn reset(&mut self) {
        *self = DetailPanel::default();
    }

    /// Whether the source form is open: the window's single-key shortcuts wait meanwhile.
    pub fn is_form_open(&self) -> bool {
        self.form.is_some()
    }

    /// Open the form for a new source of `claim` (for tests and the keyboard).
    pub fn add_source(&mut self, claim: ClaimId) {
        self.form = Some(EvidenceForm::new(claim, None, &Evidence::default()));
    }

    /// Show the top of the panel for `claim` (its words, sentence, attribution and verdict);
    /// `split_at` is the article caret inside it, if any. [`DetailPanel::show_rest`] draws the
    /// rest.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        review: &Review,
        claim: &Claim,
        split_at: Option<usize>,
    ) -> DetailResponse {
        let mut out = DetailResponse::default();
        let id = claim.id;
        // Below this width the claim's buttons get a line of their own: beside the heading
        // they would run over the verdict's label.
        const HEADER_ON_ONE_LINE: f32 = 560.0;
        let one_line = ui.available_width() >= HEADER_ON_ONE_LINE;
        ui_text::row(ui, |ui| {
            ui_text::heading(ui, tr!("detail-claim", id = i18n::digits(&id.to_string())));
            verdict_chip(ui, claim.verdict);
            if one_line {
                ui.with_layout(ui_text::far_end(), |ui| {
                    claim_buttons(ui, review, id, split_at, &mut out);
                });
            }
        });
        if !one_line {
            // One row's height: a right-to-left layout alone would take all the room left.
            let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
            ui.allocate_ui_with_layout(row, ui_text::far_end(), |ui| {
                claim_buttons(ui, review, id, split_at, &mut out)
            });
        }
        let strong = ui.visuals().strong_text_color();
        bidi_paragraph(ui, &claim.quote.exact, &[], strong);
        if let Some(sentence) = review.article.sentences.get(claim.sentence)
            && let Some(context) = sentence.slice(&review.article.text)
            && context != claim.quote.exact
        {
            ui_text::weak(ui, tr!("detail-in-sentence"));
            let start = claim.span.start.saturating_sub(sentence.start);
            let end = claim
                .span
                .end
                .min(sentence.end)
                .saturating_sub(sentence.start);
            bidi_paragraph(
                ui,
                context,
                std::slice::from_ref(&(start..end)),
                ui.visuals().text_color(),
            );
        }
        ui_text::wrapped_row(ui, |ui| {
            if let Some(who) = &claim.attributed_to {
                ui_text::label(ui, tr!("detail-attributed-to"));
                bidi_label(ui, who, 240.0, strong);
                ui.separator();
            }
            let kinds: Vec<String> = claim.kinds.iter().map(|&k| words::kind(k).into()).collect();
            if !kinds.is_empty() {
                let kinds = kinds.join(tr!("list-separator").as_str());
                ui_text::label(ui, tr!("detail-kinds", kinds = kinds));
                ui.separator();
            }
            let figure = i18n::digits(&format!("{:.2}", claim.worthiness));
            let worth = ui_text::label(ui, tr!("worthiness-figure", value = figure));
            ui_text::hover(worth, tr!("detail-worthiness-about"));
            if claim.checkable {
                ui_text::weak(ui, worthiness_reasons(claim, &review.article.language));
            }
        });
        ui.separator();
        self.verdict_picker(ui, claim, &mut out);
        out
    }

    /// The rest of the panel for `claim`, under what [`DetailPanel::show`] drew (and what
    /// the window puts between them): the note, the sources, the history.
    pub fn show_rest(
        &mut self,
        ui: &mut egui::Ui,
        review: &Review,
        claim: &Claim,
        sources: &SourcesContext,
    ) -> DetailResponse {
        let mut out = DetailResponse::default();
        ui.separator();
        self.note(ui, claim, &mut out);
        ui.separator();
        self.sources(ui, claim, sources, &mut out);
        ui.separator();
        history(ui, review, claim.id);
        out
    }

    fn verdict_picker(&mut self, ui: &mut egui::Ui, claim: &Claim, out: &mut DetailResponse) {
        ui_text::wrapped_row(ui, |ui| {
            ui_text::label(ui, tr!("detail-verdict"));
            for verdict in Verdict::ALL {
                let color = if claim.verdict == verdict {
                    ui.visuals().strong_text_color()
                } else {
                    verdict_color(verdict)
                };
                let key = i18n::digits(&verdict.key().to_string());
                let words = tr!(
                    "verdict-with-key",
                    key = key,
                    verdict = words::verdict(verdict)
                );
                let text =
                    ui_text::widget_text(ui, words, egui::TextStyle::Button, Some(color), None);
                let button = egui::Button::selectable(claim.verdict == verdict, text);
                if ui.add(button).clicked() && claim.verdict != verdict {
                    out.commands.push(Command::SetVerdict {
                        claim: claim.id,
                        verdict,
                    });
                }
            }
        });
    }

    fn note(&mut self, ui: &mut egui::Ui, claim: &Claim, out: &mut DetailResponse) {
        let id = claim.id;
        if self.note_draft.as_ref().is_none_or(|(d, _)| *d != id) {
            self.note_draft = Some((id, claim.note.clone()));
        }
        let Some((_, draft)) = self.note_draft.as_mut() else {
            return;
        };
        let label = ui_text::label(ui, tr!("detail-note"));
        let hint = String::from(tr!("detail-note-hint"));
        let response = BidiTextEdit::new(draft, "note")
            .min_rows(2)
            .hint(&hint)
            .show(ui)
            .labelled_by(label.id);
        if std::mem::take(&mut self.focus_note) {
            response.request_focus();
        }
        if response.lost_focus() && *draft != claim.note {
            out.commands.push(Command::SetNote {
                claim: id,
                note: draft.clone(),
            });
        }
    }

    /// The note as typed but not yet run (the field still has the focus).
    pub fn pending_note(&self, review: &Review) -> Option<Command> {
        let (id, draft) = self.note_draft.as_ref()?;
        let claim = review.claim(*id)?;
        (claim.note != *draft).then(|| Command::SetNote {
            claim: *id,
            note: draft.clone(),
        })
    }

    fn sources(
        &mut self,
        ui: &mut egui::Ui,
        claim: &Claim,
        context: &SourcesContext,
        out: &mut DetailResponse,
    ) {
        ui_text::row(ui, |ui| {
            let count = i18n::digits(&claim.evidence.len().to_string());
            ui_text::strong(ui, tr!("detail-sources", count = count));
            if ui_text::button(ui, tr!("detail-add-source")).clicked() {
                self.add_source(claim.id);
            }
            if context.lines.iter().filter(|l| l.can_archive).count() > 1 {
                let button = ui.add_enabled_ui(context.can_archive, |ui| {
                    ui_text::button(ui, tr!("source-archive-all"))
                });
                if ui_text::hover(button.inner, tr!("action-archive-sources-about")).clicked() {
                    out.archive = Some(None);
                }
            }
        });
        for (index, evidence) in claim.evidence.iter().enumerate() {
            ui.push_id(("source", index), |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui_text::row(ui, |ui| {
                        let stance = words::stance(evidence.stance);
                        let color = match evidence.stance {
                            Stance::Supports => verdict_color(Verdict::Verified),
                            Stance::Refutes => verdict_color(Verdict::False),
                            Stance::Context => ui.visuals().weak_text_color(),
                        };
                        ui_text::colored(ui, color, stance);
                        let untitled = String::from(tr!("source-untitled"));
                        let title = if evidence.title.is_empty() {
                            evidence.url.as_deref().unwrap_or(&untitled)
                        } else {
                            &evidence.title
                        };
                        let strong = ui.visuals().strong_text_color();
                        bidi_label(ui, title, (ui.available_width() - 130.0).max(60.0), strong);
                        ui.with_layout(ui_text::far_end(), |ui| {
                            if ui_text::small_button(ui, tr!("source-remove")).clicked() {
                                out.commands.push(Command::RemoveEvidence {
                                    claim: claim.id,
                                    index,
                                });
                            }
                            if ui_text::small_button(ui, tr!("source-edit")).clicked() {
                                self.form =
                                    Some(EvidenceForm::new(claim.id, Some(index), evidence));
                            }
                        });
                    });
                    if let Some(url) = evidence.url.as_deref() {
                        link(ui, url);
                    }
                    let mut facts = Vec::new();
                    if !evidence.publisher.is_empty() {
                        facts.push(evidence.publisher.clone());
                    }
                    if let Some(date) = evidence.accessed {
                        let date = super::dates::day(&date);
                        facts.push(tr!("source-accessed", date = date).into());
                    }
                    if !facts.is_empty() {
                        ui_text::weak(ui, facts.join(" · "));
                    }
                    if !evidence.excerpt.is_empty() {
                        let color = ui.visuals().text_color();
                        bidi_paragraph(ui, &evidence.excerpt, &[], color);
                    }
                    if let Some(line) = context.lines.get(index)
                        && super::source_status::show(ui, line, context.can_archive)
                    {
                        out.archive = Some(Some(index));
                    }
                });
            });
        }
        self.form_window(ui, claim, out);
    }

    fn form_window(&mut self, ui: &mut egui::Ui, claim: &Claim, out: &mut DetailResponse) {
        // Another claim was selected meanwhile: the form of the previous one is dropped.
        if self.form.as_ref().is_some_and(|f| f.claim != claim.id) {
            self.form = None;
        }
        let Some(form) = self.form.as_mut() else {
            return;
        };
        let title = if form.index.is_some() {
            tr!("source-form-edit")
        } else {
            tr!("source-form-add")
        };
        let hints = [
            String::from(tr!("source-title")),
            String::from(tr!("source-publisher")),
            String::from(tr!("source-excerpt")),
        ];
        let mut done = None;
        egui::Window::new(ui_text::title(ui.ctx(), title))
            .collapsible(false)
            .resizable(false)
            .default_width(460.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                ui_text::start_aligned(ui, |ui| {
                    ui.set_width(460.0);
                    let label = ui_text::label(ui, tr!("source-address"));
                    let address = ui
                        .add(
                            egui::TextEdit::singleline(&mut form.url)
                                .hint_text("https://")
                                .desired_width(f32::INFINITY),
                        )
                        .labelled_by(label.id);
                    if std::mem::take(&mut form.focus_address) {
                        address.request_focus();
                    }
                    ui_text::label(ui, hints[0].clone());
                    BidiTextEdit::new(&mut form.title, "source title")
                        .min_rows(1)
                        .hint(&hints[0])
                        .show(ui);
                    ui_text::label(ui, hints[1].clone());
                    BidiTextEdit::new(&mut form.publisher, "source publisher")
                        .min_rows(1)
                        .hint(&hints[1])
                        .show(ui);
                    ui_text::label(ui, hints[2].clone());
                    BidiTextEdit::new(&mut form.excerpt, "source excerpt")
                        .min_rows(2)
                        .hint(&hints[2])
                        .show(ui);
                    ui_text::row(ui, |ui| {
                        ui_text::label(ui, tr!("source-stance"));
                        for stance in [Stance::Supports, Stance::Refutes, Stance::Context] {
                            let words = ui_text::words(ui, words::stance(stance));
                            ui.selectable_value(&mut form.stance, stance, words);
                        }
                    });
                    ui_text::row(ui, |ui| {
                        let label = ui_text::label(ui, tr!("source-accessed-field"));
                        ui.add(egui::TextEdit::singleline(&mut form.accessed).desired_width(100.0))
                            .labelled_by(label.id);
                    });
                    if let Some(error) = &form.error {
                        ui_text::colored(ui, ui.visuals().error_fg_color, error.clone());
                    }
                    ui_text::row(ui, |ui| {
                        if ui_text::button(ui, tr!("source-save")).clicked() {
                            done = Some(true);
                        }
                        if ui_text::button(ui, tr!("button-cancel")).clicked()
                            || ui.input(|i| i.key_pressed(egui::Key::Escape))
                        {
                            done = Some(false);
                        }
                    });
                })
            });
        match done {
            Some(true) => {
                let old = form.index.and_then(|i| claim.evidence.get(i));
                match form.evidence(old) {
                    Ok(evidence) => {
                        out.commands.push(match form.index {
                            Some(index) => Command::SetEvidence {
                                claim: claim.id,
                                index,
                                evidence,
                            },
                            None => Command::AddEvidence {
                                claim: claim.id,
                                evidence,
                            },
                        });
                        self.form = None;
                    }
                    Err(e) => form.error = Some(e),
                }
            }
            Some(false) => self.form = None,
            None => {}
        }
    }
}

/// An evidence address: a link that opens in the system browser when it is a web address,
/// plain text with the reason otherwise (a review from a stranger may hold anything).
pub(super) fn link(ui: &mut egui::Ui, url: &str) {
    match check_web_address(url) {
        Ok(()) => {
            let response = ui_text::hover(ui.link(url), tr!("link-open-in-browser"));
            if response.clicked() {
                ui.ctx().open_url(egui::OpenUrl::new_tab(url.trim()));
            }
        }
        Err(e) => {
            // Shown with its hidden characters spelled out: an override must not make the
            // refused address read as another.
            let shown = ui_text::label(ui, crate::terminal::one_line(url));
            let reason = super::errors::web_address(&e);
            ui_text::hover(shown, tr!("link-not-opened", reason = reason));
        }
    }
}

/// The claim's entries of the change log, newest first.
fn history(ui: &mut egui::Ui, review: &Review, id: ClaimId) {
    let entries: Vec<_> = review
        .log
        .iter()
        .rev()
        .filter(|e| e.claim == Some(id))
        .take(50)
        .collect();
    let count = i18n::digits(&entries.len().to_string());
    let heading = ui_text::words(ui, tr!("history-heading", count = count));
    egui::CollapsingHeader::new(heading)
        .id_salt(("history", id))
        .show(ui, |ui| {
            if entries.is_empty() {
                ui_text::weak(ui, tr!("history-none"));
            }
            for e in entries {
                let field = &e.field;
                let change = match (e.old.is_empty(), e.new.is_empty()) {
                    (true, _) => tr!("history-set", field = field, new = &e.new),
                    (false, true) => tr!("history-removed", field = field, old = &e.old),
                    (false, false) => {
                        tr!("history-changed", field = field, old = &e.old, new = &e.new)
                    }
                };
                let when = super::dates::full(&e.at);
                let width = ui.available_width();
                let color = ui.visuals().text_color();
                bidi_label(ui, &format!("{when} · {} · {change}", e.by), width, color);
            }
        });
}

/// What moved the claim's check-worthiness most: "has a figure (+), very short (−)".
fn worthiness_reasons(claim: &Claim, language: &str) -> String {
    use crate::engine::worthiness::{Reason, explain};
    explain(&claim.quote.exact, &claim.kinds, language)
        .into_iter()
        .map(|reason| {
            let what: Phrase = match reason {
                Reason::Signal(signal, _) => words::signal(signal),
                Reason::Wording(_) => tr!("signal-wording"),
            };
            let sign = if reason.weight() >= 0.0 { "+" } else { "−" };
            String::from(tr!("reason-with-sign", reason = what, sign = sign))
        })
        .collect::<Vec<_>>()
        .join(tr!("list-separator").as_str())
}

/// Delete, Merge with next and Split here for the claim `id`, laid out right to left from
/// where `ui` is.
fn claim_buttons(
    ui: &mut egui::Ui,
    review: &Review,
    id: ClaimId,
    split_at: Option<usize>,
    out: &mut DetailResponse,
) {
    let delete = ui_text::button(ui, tr!("detail-delete"));
    let tip = super::actions::tooltip(ui.ctx(), super::Action::DeleteClaim);
    if ui_text::hover(delete, tip).clicked() {
        out.commands.push(Command::DeleteClaim { claim: id });
    }
    let is_last = review.claims.last().is_some_and(|c| c.id == id);
    let merge = egui::Button::new(ui_text::words(ui, tr!("detail-merge-with-next")));
    let merge = ui.add_enabled(!is_last, merge);
    let tip = super::actions::tooltip(ui.ctx(), super::Action::MergeWithNext);
    if ui_text::hover(merge, tip).clicked() {
        out.commands.push(Command::MergeWithNext { claim: id });
    }
    let split = egui::Button::new(ui_text::words(ui, tr!("detail-split-here")));
    let split = ui.add_enabled(split_at.is_some(), split);
    let split = ui_text::hover(
        split,
        super::actions::tooltip(ui.ctx(), super::Action::SplitClaim),
    );
    if ui_text::disabled_hover(split, tr!("split-how")).clicked() {
        out.split = true;
    }
}
