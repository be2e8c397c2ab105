//! Bidirectional paragraph layout, pure: no egui types. Text is cut into pieces that each
//! have one direction and can be shaped on their own; the caller measures the pieces (with
//! egui's shaping, in the window); this module breaks lines, orders each line visually
//! (UAX #9 rules L1–L2), aligns it, and maps byte offsets to positions and back.
//!
//! Why not hand whole paragraphs to egui: egui 0.37 lays shaped runs left to right with no
//! bidi reordering, so an Arabic sentence with "OpenAI" or "2015" inside reads in the wrong
//! order (see ../shared/design/RTL-NOTES.md, measured on this machine).

mod edit;
mod layout;
mod pieces;

pub use edit::{CaretPosition, EditState, TextLayout, next_boundary, previous_boundary, word_at};
pub use layout::{Fragment, Line, ParagraphLayout, layout_paragraph, truncate};
pub use pieces::{Direction, DirectionChoice, Piece, Pieces, analyse};
