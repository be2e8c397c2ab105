//! The detail panel of the selected claim: its full text in its sentence, the verdict
//! picker, the note, the sources (add, edit, remove, open) and the claim's change history.
//! It never edits the review itself: it returns [`Command`]s for the window to run.

use super::bidi_label::{bidi_label, bidi_paragraph};
use super::bidi_text_edit::BidiTextEdit;
use super::table::verdict_chip;
use super::verdict_color;
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
            check_web_address(url).map_err(|e| format!("Address: {e}."))?;
        }
        if url.is_empty() && self.title.trim().is_empty() {
            return Err("Give the source an address or a title.".into());
        }
        let accessed = match self.accessed.trim() {
            "" => None,
            date => Some(
                NaiveDate::parse_from_str(date, "%Y-%m-%d")
                    .map_err(|_| "Accessed: write the date as YYYY-MM-DD.".to_string())?,
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
}

fn stance_label(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "Supports",
        Stance::Refutes => "Refutes",
        Stance::Context => "Context",
    }
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
        ui.horizontal(|ui| {
            ui.heading(format!("Claim #{id}"));
            verdict_chip(ui, claim.verdict);
            if one_line {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    claim_buttons(ui, review, id, split_at, &mut out);
                });
            }
        });
        if !one_line {
            // One row's height: a right-to-left layout alone would take all the room left.
            let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
            ui.allocate_ui_with_layout(
                row,
                egui::Layout::right_to_left(egui::Align::Center),
                |ui| claim_buttons(ui, review, id, split_at, &mut out),
            );
        }
        let strong = ui.visuals().strong_text_color();
        bidi_paragraph(ui, &claim.quote.exact, &[], strong);
        if let Some(sentence) = review.article.sentences.get(claim.sentence)
            && let Some(context) = sentence.slice(&review.article.text)
            && context != claim.quote.exact
        {
            ui.label(egui::RichText::new("In its sentence:").weak());
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
        ui.horizontal_wrapped(|ui| {
            if let Some(who) = &claim.attributed_to {
                ui.label("Attributed to");
                bidi_label(ui, who, 240.0, strong);
                ui.separator();
            }
            let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.name()).collect();
            if !kinds.is_empty() {
                ui.label(format!("Kinds: {}", kinds.join(", ")));
                ui.separator();
            }
            ui.label(format!("Check-worthiness {:.2}", claim.worthiness))
                .on_hover_text(
                    "How much the claim deserves checking, from 0 to 1, and what moved it most",
                );
            if claim.checkable {
                ui.weak(worthiness_reasons(claim, &review.article.language));
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
    ) -> DetailResponse {
        let mut out = DetailResponse::default();
        ui.separator();
        self.note(ui, claim, &mut out);
        ui.separator();
        self.sources(ui, claim, &mut out);
        ui.separator();
        history(ui, review, claim.id);
        out
    }

    fn verdict_picker(&mut self, ui: &mut egui::Ui, claim: &Claim, out: &mut DetailResponse) {
        ui.horizontal_wrapped(|ui| {
            ui.label("Verdict:");
            for verdict in Verdict::ALL {
                let text = egui::RichText::new(format!("{} {}", verdict.key(), verdict.label_en()))
                    .color(if claim.verdict == verdict {
                        ui.visuals().strong_text_color()
                    } else {
                        verdict_color(verdict)
                    });
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
        let label = ui.label("Note");
        let response = BidiTextEdit::new(draft, "note")
            .min_rows(2)
            .hint("Note on this claim")
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

    fn sources(&mut self, ui: &mut egui::Ui, claim: &Claim, out: &mut DetailResponse) {
        ui.horizontal(|ui| {
            ui.strong(format!("Sources ({})", claim.evidence.len()));
            if ui.button("Add source…").clicked() {
                self.add_source(claim.id);
            }
        });
        for (index, evidence) in claim.evidence.iter().enumerate() {
            ui.push_id(("source", index), |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        let stance = stance_label(evidence.stance);
                        let color = match evidence.stance {
                            Stance::Supports => verdict_color(Verdict::Verified),
                            Stance::Refutes => verdict_color(Verdict::False),
                            Stance::Context => ui.visuals().weak_text_color(),
                        };
                        ui.colored_label(color, stance);
                        let title = if evidence.title.is_empty() {
                            evidence.url.as_deref().unwrap_or("(untitled)")
                        } else {
                            &evidence.title
                        };
                        let strong = ui.visuals().strong_text_color();
                        bidi_label(ui, title, (ui.available_width() - 130.0).max(60.0), strong);
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui.small_button("Remove").clicked() {
                                out.commands.push(Command::RemoveEvidence {
                                    claim: claim.id,
                                    index,
                                });
                            }
                            if ui.small_button("Edit").clicked() {
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
                        facts.push(format!("accessed {date}"));
                    }
                    if !facts.is_empty() {
                        ui.label(egui::RichText::new(facts.join(" · ")).weak());
                    }
                    if !evidence.excerpt.is_empty() {
                        let color = ui.visuals().text_color();
                        bidi_paragraph(ui, &evidence.excerpt, &[], color);
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
            "Edit source"
        } else {
            "Add source"
        };
        let mut done = None;
        egui::Window::new(title)
            .collapsible(false)
            .resizable(false)
            .default_width(460.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                ui.set_width(460.0);
                let label = ui.label("Address (http or https):");
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
                ui.label("Title");
                BidiTextEdit::new(&mut form.title, "source title")
                    .min_rows(1)
                    .hint("Title")
                    .show(ui);
                ui.label("Publisher");
                BidiTextEdit::new(&mut form.publisher, "source publisher")
                    .min_rows(1)
                    .hint("Publisher")
                    .show(ui);
                ui.label("Excerpt");
                BidiTextEdit::new(&mut form.excerpt, "source excerpt")
                    .min_rows(2)
                    .hint("Excerpt")
                    .show(ui);
                ui.horizontal(|ui| {
                    ui.label("Stance:");
                    for stance in [Stance::Supports, Stance::Refutes, Stance::Context] {
                        ui.selectable_value(&mut form.stance, stance, stance_label(stance));
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label("Accessed:");
                    ui.add(egui::TextEdit::singleline(&mut form.accessed).desired_width(100.0))
                        .labelled_by(label.id);
                });
                if let Some(error) = &form.error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                ui.horizontal(|ui| {
                    if ui.button("Save source").clicked() {
                        done = Some(true);
                    }
                    if ui.button("Cancel").clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        done = Some(false);
                    }
                });
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
fn link(ui: &mut egui::Ui, url: &str) {
    match check_web_address(url) {
        Ok(()) => {
            let response = ui.link(url).on_hover_text("Open in the browser");
            if response.clicked() {
                ui.ctx().open_url(egui::OpenUrl::new_tab(url.trim()));
            }
        }
        Err(e) => {
            // Shown with its hidden characters spelled out: an override must not make the
            // refused address read as another.
            ui.label(crate::terminal::one_line(url))
                .on_hover_text(format!("Not opened: {e}"));
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
    egui::CollapsingHeader::new(format!("History ({})", entries.len()))
        .id_salt(("history", id))
        .show(ui, |ui| {
            if entries.is_empty() {
                ui.label(egui::RichText::new("No changes yet.").weak());
            }
            for e in entries {
                let change = match (e.old.is_empty(), e.new.is_empty()) {
                    (true, _) => format!("{}: {}", e.field, e.new),
                    (false, true) => format!("{}: removed {}", e.field, e.old),
                    (false, false) => format!("{}: was {}, now {}", e.field, e.old, e.new),
                };
                let when = e.at.format("%Y-%m-%d %H:%M");
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
            let what = match reason {
                Reason::Signal(signal, _) => signal.label(),
                Reason::Wording(_) => "its wording",
            };
            let sign = if reason.weight() >= 0.0 { "+" } else { "−" };
            format!("{what} ({sign})")
        })
        .collect::<Vec<_>>()
        .join(", ")
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
    if ui
        .button("Delete")
        .on_hover_text(super::actions::tooltip(
            ui.ctx(),
            super::Action::DeleteClaim,
        ))
        .clicked()
    {
        out.commands.push(Command::DeleteClaim { claim: id });
    }
    let is_last = review.claims.last().is_some_and(|c| c.id == id);
    if ui
        .add_enabled(!is_last, egui::Button::new("Merge with next"))
        .on_hover_text(super::actions::tooltip(
            ui.ctx(),
            super::Action::MergeWithNext,
        ))
        .clicked()
    {
        out.commands.push(Command::MergeWithNext { claim: id });
    }
    if ui
        .add_enabled(split_at.is_some(), egui::Button::new("Split here"))
        .on_hover_text(super::actions::tooltip(ui.ctx(), super::Action::SplitClaim))
        .on_disabled_hover_text(
            "Click a word inside the claim in the article to choose where to split",
        )
        .clicked()
    {
        out.split = true;
    }
}
