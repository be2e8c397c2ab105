//! The article, laid out with Sanad's bidi engine ([`crate::text`]) and painted with egui:
//! each piece is shaped by egui on its own, placed where the bidi layout says, and claims
//! are highlighted in their verdict colours. Pieces and their widths are cached per
//! paragraph (they do not depend on the window width); lines are re-broken when the width
//! changes; only visible paragraphs are measured and painted.

use super::shaping;
use crate::model::{ClaimId, Review, TextDirection};
use crate::text::{DirectionChoice, ParagraphLayout, Pieces, analyse, layout_paragraph};
use egui::{Color32, Pos2, Rect, Sense, Vec2};
use std::ops::Range;

/// What the reader did in the article this frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleResponse {
    /// The byte offset under the pointer, when it is over the text.
    pub hovered: Option<usize>,
    /// The byte offset clicked, when the text was clicked.
    pub clicked: Option<usize>,
    /// The claim whose highlight was clicked (also by assistive technology).
    pub claim_clicked: Option<ClaimId>,
}

/// Which claims are drawn specially: the selected one outlined, a flashing one glowing.
#[derive(Debug, Clone, Copy)]
struct Marks {
    selected: Option<ClaimId>,
    flash: Option<(ClaimId, f32)>,
}

/// One paragraph (a line of the article text) and what is cached about it.
struct Paragraph {
    /// Its bytes in the article text.
    bytes: Range<usize>,
    /// Cut into pieces when first shown: opening a long article costs nothing per paragraph.
    pieces: Option<Pieces>,
    /// Measured widths, one per piece; empty until the paragraph is first shown.
    widths: Vec<f32>,
    layout: Option<ParagraphLayout>,
}

/// The article view's state: caches and the reader's selection.
pub struct ArticleView {
    paragraphs: Vec<Paragraph>,
    /// The font size and pixels per point the widths were measured at.
    measured_for: (f32, f32),
    /// How paragraphs choose their direction.
    direction: DirectionChoice,
    /// Byte offsets: where a drag started and where it is now.
    selection: Option<(usize, usize)>,
    /// A claim to bring into view on the next frame.
    scroll_to: Option<Range<usize>>,
    /// The font size of the article text.
    pub font_size: f32,
    /// Whether claims are highlighted (H toggles; off for reading or OCR checks).
    pub highlights: bool,
    /// A claim flashing after it was selected elsewhere, and since when (seconds of egui's
    /// clock; `None` until the next frame reads the clock).
    flash: Option<(ClaimId, Option<f64>)>,
    /// The claims' reach index, rebuilt each frame in the same memory.
    reach: crate::model::ReachIndex,
}

/// The article's text size at first start, in points. Noto Naskh Arabic's letters are small
/// for their size (a short x-height): at 20 points OCR of the sample misread more words.
pub const DEFAULT_FONT_SIZE: f32 = 22.0;

/// How long a selected claim flashes in the article.
const FLASH_SECONDS: f64 = 1.2;

impl ArticleView {
    /// A view of `text`, one paragraph per line, each with its direction chosen by
    /// `direction`.
    pub fn new(text: &str, direction: TextDirection) -> Self {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            let end = start + line.len();
            paragraphs.push(Paragraph {
                bytes: start..end,
                pieces: None,
                widths: Vec::new(),
                layout: None,
            });
            start = end + 1;
        }
        ArticleView {
            paragraphs,
            measured_for: (0.0, 0.0),
            direction: match direction {
                TextDirection::Auto => DirectionChoice::Auto,
                TextDirection::LeftToRight => DirectionChoice::Ltr,
                TextDirection::RightToLeft => DirectionChoice::Rtl,
            },
            selection: None,
            scroll_to: None,
            font_size: DEFAULT_FONT_SIZE,
            highlights: true,
            flash: None,
            reach: Default::default(),
        }
    }

    /// Bring the bytes `range` into view on the next frame.
    pub fn scroll_to(&mut self, range: Range<usize>) {
        self.scroll_to = Some(range);
    }

    /// Scroll claim `id` (at bytes `range`) into view and flash it, so the eye finds it.
    pub fn flash(&mut self, id: ClaimId, range: Range<usize>) {
        self.scroll_to = Some(range);
        self.flash = Some((id, None));
    }

    /// Forget the reader's text selection.
    pub fn clear_selection(&mut self) {
        self.selection = None;
    }

    /// Change the article's font size (between 12 and 40 points); widths are measured again.
    pub fn set_font_size(&mut self, size: f32) {
        self.font_size = size.clamp(12.0, 40.0);
    }

    /// The selected byte range, if the reader has selected text.
    pub fn selection(&self) -> Option<Range<usize>> {
        let (a, b) = self.selection?;
        (a != b).then(|| a.min(b)..a.max(b))
    }

    fn line_height(&self) -> f32 {
        (self.font_size * 1.75).round()
    }

    /// The space after a paragraph: paragraphs read as paragraphs (a heading does not run
    /// into the text under it), and blank lines in the source add nothing more.
    fn paragraph_gap(&self) -> f32 {
        (self.font_size * 0.7).round()
    }

    /// Measure the pieces of paragraph `index` with egui's shaping, once per font size.
    fn measure(&mut self, ctx: &egui::Context, text: &str, index: usize) {
        let paragraph = &mut self.paragraphs[index];
        let line = &text[paragraph.bytes.clone()];
        let pieces = paragraph
            .pieces
            .get_or_insert_with(|| analyse(line, self.direction));
        if !paragraph.widths.is_empty() || pieces.pieces.is_empty() {
            return;
        }
        let size = self.font_size;
        paragraph.widths = ctx.fonts_mut(|f| shaping::measure_pieces(f, pieces, line, size));
        paragraph.layout = None;
    }

    fn lay_out(&mut self, index: usize, width: f32) {
        let paragraph = &mut self.paragraphs[index];
        if paragraph
            .layout
            .as_ref()
            .is_some_and(|l| l.max_width == width)
        {
            return;
        }
        let Some(pieces) = &paragraph.pieces else {
            return;
        };
        paragraph.layout = Some(layout_paragraph(pieces, &paragraph.widths, width));
    }

    /// The height of paragraph `index`: exact when laid out, estimated otherwise (so a long
    /// article scrolls without measuring what is off screen). An empty line takes no room:
    /// the gap after each paragraph already separates them.
    fn height(&self, index: usize, width: f32, line_height: f32) -> f32 {
        let p = &self.paragraphs[index];
        if p.bytes.is_empty() {
            return 0.0;
        }
        let lines = match &p.layout {
            Some(layout) if layout.max_width == width => layout.lines.len().max(1),
            _ => {
                let estimated = p.bytes.len() as f32 * self.font_size * 0.3 / width.max(1.0);
                (estimated.ceil() as usize).max(1)
            }
        };
        lines as f32 * line_height
    }

    /// Show the article; `selected` is the claim to outline.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        review: &Review,
        selected: Option<ClaimId>,
    ) -> ArticleResponse {
        let ctx = ui.ctx().clone();
        let key = (self.font_size, ctx.pixels_per_point());
        if key != self.measured_for {
            for p in &mut self.paragraphs {
                p.widths.clear();
                p.layout = None;
            }
            self.measured_for = key;
        }
        let text = review.article.text.as_str();
        let mut event = ArticleResponse::default();
        let scroll_to = self.scroll_to.take();
        // Once per frame, in the memory of the last one: a pass over the claims' ends.
        let mut reach = std::mem::take(&mut self.reach);
        reach.rebuild(&review.claims);
        let now = ctx.input(|i| i.time);
        // No flashing when animations are off (reduced motion, and headless tests).
        let duration = if ui.style().animation_time > 0.0 {
            FLASH_SECONDS
        } else {
            0.0
        };
        let flash = match &mut self.flash {
            Some((id, start)) => {
                let elapsed = now - *start.get_or_insert(now);
                if elapsed < duration {
                    ctx.request_repaint();
                    // Two pulses, fading.
                    let pulse = (elapsed * std::f64::consts::TAU / (duration / 2.0)).cos();
                    let strength = (1.0 - elapsed / duration) * (0.5 + 0.5 * pulse);
                    Some((*id, strength as f32))
                } else {
                    None
                }
            }
            None => None,
        };
        if flash.is_none() {
            self.flash = None;
        }
        // The width comes from outside the scroll area: inside it, the width of last frame's
        // content would keep the text as wide as it was before the window shrank.
        let outer_width = ui.available_width();
        egui::ScrollArea::vertical()
            .id_salt("article")
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                let width = (outer_width - ui.spacing().scroll.bar_width - 8.0).max(80.0);
                // From the content's left edge whatever the layout's alignment (a
                // right-aligned layout starts its empty rectangle at the right edge).
                let origin = egui::pos2(ui.max_rect().left(), ui.min_rect().top());
                let mut y = 0.0;
                let mut target_rect = None;
                // This loop runs over every paragraph each frame (100 000 in a 10 MB
                // transcript): what does not change from one paragraph to the next is
                // computed once, and a paragraph's height twice only when it is laid out.
                let line_height = self.line_height();
                let gap = self.paragraph_gap();
                for index in 0..self.paragraphs.len() {
                    let bytes = self.paragraphs[index].bytes.clone();
                    let mut height = self.height(index, width, line_height);
                    let visible = y <= viewport.max.y && y + height >= viewport.min.y;
                    let wanted = scroll_to.as_ref().is_some_and(|r| {
                        r.start < bytes.end.max(bytes.start + 1) && bytes.start <= r.start
                    });
                    if visible || wanted {
                        self.measure(&ctx, text, index);
                        self.lay_out(index, width);
                        height = self.height(index, width, line_height);
                    }
                    let rect =
                        Rect::from_min_size(origin + Vec2::new(0.0, y), Vec2::new(width, height));
                    if wanted {
                        target_rect = Some(rect);
                    }
                    if visible {
                        let marks = Marks { selected, flash };
                        self.paint_paragraph(ui, review, &reach, index, rect, marks, &mut event);
                    }
                    y += height;
                    if height > 0.0 {
                        y += gap;
                    }
                }
                ui.allocate_rect(
                    Rect::from_min_size(origin, Vec2::new(width, y)),
                    Sense::hover(),
                );
                if let Some(rect) = target_rect {
                    ui.scroll_to_rect(rect, Some(egui::Align::Center));
                }
            });
        self.copy_on_request(ui, text);
        self.reach = reach;
        event
    }

    fn copy_on_request(&self, ui: &egui::Ui, text: &str) {
        let copy = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if let (true, Some(range)) = (copy, self.selection()) {
            // Logical order, exactly the article's bytes: what a reader pastes elsewhere.
            ui.ctx().copy_text(text[range].to_string());
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn paint_paragraph(
        &mut self,
        ui: &mut egui::Ui,
        review: &Review,
        reach: &crate::model::ReachIndex,
        index: usize,
        rect: Rect,
        marks: Marks,
        event: &mut ArticleResponse,
    ) {
        let Marks { selected, flash } = marks;
        let text = review.article.text.as_str();
        let paragraph = &self.paragraphs[index];
        let (Some(layout), Some(pieces)) = (paragraph.layout.as_ref(), paragraph.pieces.as_ref())
        else {
            return;
        };
        let line_text = &text[paragraph.bytes.clone()];
        let base = paragraph.bytes.start;
        let line_height = self.line_height();
        let painter = ui.painter_at(rect.expand(2.0));
        let dark = ui.visuals().dark_mode;

        // Claim highlights, under the text: each claim's rectangles, one per row it covers.
        // Claims may nest or overlap (`model::spans`): the reach index finds every claim
        // over this paragraph, and the innermost, painted last, is the one under a click.
        let mut hits: Vec<(Rect, &crate::model::Claim)> = Vec::new();
        let range = paragraph.bytes.start..paragraph.bytes.end.max(paragraph.bytes.start + 1);
        let over: Vec<usize> = if self.highlights {
            reach.overlapping(&review.claims, range).collect()
        } else {
            Vec::new()
        };
        for claim in over.into_iter().map(|i| &review.claims[i]) {
            let start = claim.span.start.max(base) - base;
            let end = claim.span.end.min(paragraph.bytes.end) - base;
            for (line, left, right) in layout.range_extents(pieces, line_text, start..end) {
                let top = rect.top() + line as f32 * line_height + 2.0;
                let row = Rect::from_min_max(
                    Pos2::new(rect.left() + left, top),
                    Pos2::new(rect.left() + right, top + line_height - 4.0),
                );
                hits.push((row, claim));
            }
        }
        // The claim under the pointer is tinted over all its rows: where a click would go.
        // Only when the article is the top layer under the pointer: a click on a window over
        // the article (a dialog's button) is not a click on the text.
        let pointer = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|_| ui.rect_contains_pointer(rect));
        let hovered = pointer.and_then(|p| hits.iter().rfind(|(r_, _)| r_.contains(p)));
        let hovered = hovered.map(|(_, claim)| claim.id);
        for &(r_, claim) in &hits {
            let [r, g, b] = claim.verdict.rgb();
            // Unreviewed claims are underlined, not tinted: the whole article starts
            // unreviewed, and a page of grey boxes is hard to read; a verdict tints its claim.
            // The selected claim gets a rule under it rather than a box around it or a strong
            // tint: a frame's edges crowd the letters beside it, and mid-grey behind light
            // letters loses their contrast (OCR of such a line reads nothing at all).
            let is_selected = Some(claim.id) == selected;
            let alpha = match (claim.verdict.is_reviewed() || is_selected, dark) {
                (false, _) => 0,
                (true, true) => 70,
                (true, false) => 55,
            } + if hovered == Some(claim.id) { 30 } else { 0 };
            if alpha > 0 {
                painter.rect_filled(r_, 3.0, Color32::from_rgba_unmultiplied(r, g, b, alpha));
            }
            let rule = if is_selected {
                egui::Stroke::new(2.0, Color32::from_rgb(r, g, b))
            } else if !claim.verdict.is_reviewed() {
                egui::Stroke::new(1.0, Color32::from_rgba_unmultiplied(r, g, b, 150))
            } else {
                egui::Stroke::NONE
            };
            if rule != egui::Stroke::NONE {
                // Inset so that two claims side by side show where one ends.
                let x = egui::Rangef::new(r_.left() + 2.0, (r_.right() - 2.0).max(r_.left() + 2.0));
                painter.hline(x, r_.bottom() + 1.0, rule);
            }
            if let Some((id, strength)) = flash
                && id == claim.id
            {
                let glow = Color32::from_rgba_unmultiplied(r, g, b, (strength * 160.0) as u8);
                painter.rect_filled(r_.expand(3.0), 5.0, glow);
            }
        }
        // The reader's selection.
        if let Some(sel) = self.selection() {
            let a = sel.start.clamp(base, paragraph.bytes.end) - base;
            let b = sel.end.clamp(base, paragraph.bytes.end) - base;
            if a < b {
                for (line, left, right) in layout.range_extents(pieces, line_text, a..b) {
                    let top = rect.top() + line as f32 * line_height;
                    painter.rect_filled(
                        Rect::from_min_max(
                            Pos2::new(rect.left() + left, top),
                            Pos2::new(rect.left() + right, top + line_height),
                        ),
                        0.0,
                        ui.visuals().selection.bg_fill.gamma_multiply(0.6),
                    );
                }
            }
        }
        // The text, one galley per fragment, in the theme's strongest text colour: the
        // article is what the reviewer reads all day.
        let color = ui.visuals().strong_text_color();
        let size = self.font_size;
        let galleys = ui.ctx().fonts_mut(|f| {
            shaping::paragraph_galleys(
                f,
                pieces,
                layout,
                line_text,
                rect.min,
                shaping::Look {
                    size,
                    row_height: line_height,
                    color,
                },
            )
        });
        for (pos, galley) in galleys {
            painter.galley(pos, galley, color);
        }

        // Each highlight is a button for assistive technology, labelled with its claim.
        // The paragraph is registered before the highlights so that they lie on top of it:
        // a click on a highlight goes to the claim, a drag anywhere selects text.
        let response = ui.interact(
            rect,
            ui.scope_id().with(("paragraph", index)),
            Sense::drag(),
        );
        let offset_at = |pointer: Pos2| {
            let line = (((pointer.y - rect.top()) / line_height).floor().max(0.0) as usize)
                .min(layout.lines.len().saturating_sub(1));
            base + layout.offset_at(pieces, line_text, line, pointer.x - rect.left())
        };
        if let Some(pointer) = response.interact_pointer_pos() {
            let offset = offset_at(pointer);
            if response.drag_started() {
                self.selection = Some((offset, offset));
            } else if let Some((anchor, _)) = self.selection {
                self.selection = Some((anchor, offset));
            }
        }
        // Hover and click as byte offsets, for whatever the window wants to do with them.
        if let Some(pointer) = pointer {
            event.hovered = Some(offset_at(pointer));
            if ui.input(|i| i.pointer.primary_clicked()) {
                event.clicked = Some(offset_at(pointer));
                self.selection = None;
            }
            // A double-click selects the word under the pointer (for "claim from selection").
            if ui.input(|i| {
                i.pointer
                    .button_double_clicked(egui::PointerButton::Primary)
            }) {
                let word = crate::text::word_at(text, offset_at(pointer));
                self.selection = Some((word.start, word.end));
            }
            ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
        }
        // A claim drawn as several rectangles (it wraps) is announced once, on its first.
        for (i, (hit_rect, claim)) in hits.iter().enumerate() {
            let response = ui.interact(
                *hit_rect,
                ui.scope_id().with(("claim", index, i)),
                Sense::click(),
            );
            let first_of_claim = i == 0 || hits[i - 1].1.id != claim.id;
            if first_of_claim {
                response.widget_info(|| {
                    let label = String::from(super::i18n::tr!(
                        "article-claim-label",
                        id = super::i18n::digits(&claim.id.to_string()),
                        text = &claim.quote.exact,
                        verdict = super::words::verdict(claim.verdict)
                    ));
                    egui::WidgetInfo::labeled(egui::Role::Button, true, label)
                });
            }
            if response.clicked() {
                event.claim_clicked = Some(claim.id);
            }
        }
    }
}
