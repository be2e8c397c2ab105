//! A paragraph cut into pieces: words and the spaces between them, cut again where the bidi
//! level changes, with a piece of its own for each punctuation mark or symbol inside
//! right-to-left text, each Arabic-Indic digit, and each bracket or quote (mirrored in
//! right-to-left text). No cut ever falls between two letters of a word, so Arabic joining
//! is never broken.

use std::ops::Range;
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

/// The direction of a paragraph or a piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left.
    Rtl,
}

/// How a paragraph's direction is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DirectionChoice {
    /// From the first strong character (UAX #9 P2–P3); left to right if there is none.
    #[default]
    Auto,
    /// Always left to right.
    Ltr,
    /// Always right to left.
    Rtl,
}

/// One piece of a paragraph, shaped on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Byte range in the text passed to [`analyse`].
    pub range: Range<usize>,
    /// The UAX #9 embedding level: odd is right to left.
    pub level: u8,
    /// The text to shape when it differs from the source: a mirrored bracket.
    pub mirrored: Option<char>,
    /// Whitespace: may hang past the line end.
    pub is_space: bool,
    /// A line may break after this piece (UAX #14).
    pub break_after: bool,
}

impl Piece {
    /// Whether the piece runs right to left.
    pub fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// A paragraph's pieces, in logical order, and its direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Pieces {
    /// The paragraph direction.
    pub direction: Direction,
    /// The pieces in logical (typing) order, covering the whole text.
    pub pieces: Vec<Piece>,
}

impl Pieces {
    /// The text to shape for piece `index` of `text`.
    pub fn shaped_text<'a>(&self, text: &'a str, index: usize) -> std::borrow::Cow<'a, str> {
        let piece = &self.pieces[index];
        match piece.mirrored {
            Some(c) => std::borrow::Cow::Owned(c.to_string()),
            None => std::borrow::Cow::Borrowed(&text[piece.range.clone()]),
        }
    }
}

/// Cut `text` (one paragraph, no line breaks) into pieces.
pub fn analyse(text: &str, choice: DirectionChoice) -> Pieces {
    let default_level = match choice {
        DirectionChoice::Auto => None,
        DirectionChoice::Ltr => Some(Level::ltr()),
        DirectionChoice::Rtl => Some(Level::rtl()),
    };
    let info = BidiInfo::new(text, default_level);
    let direction = match info.paragraphs.first() {
        Some(p) if p.level.is_rtl() => Direction::Rtl,
        Some(_) => Direction::Ltr,
        None if choice == DirectionChoice::Rtl => Direction::Rtl,
        None => Direction::Ltr,
    };
    let breaks: Vec<usize> = unicode_linebreak::linebreaks(text)
        .map(|(at, _)| at)
        .collect();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut next_break = breaks.iter().peekable();
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let level = info.levels[at].number();
        let rtl = level % 2 == 1;
        while next_break.peek().is_some_and(|b| **b < at) {
            next_break.next();
        }
        let break_before = next_break.peek().is_some_and(|b| **b == at) && at > 0;
        let starts_new = match (pieces.last(), previous) {
            (None, _) | (_, None) => true,
            (Some(last), Some(prev)) => {
                !attaches(c)
                    && (break_before
                        || last.level != level
                        || last.is_space != c.is_whitespace()
                        || stands_alone(c, rtl)
                        || stands_alone(prev, last.is_rtl()))
            }
        };
        if starts_new {
            if let Some(last) = pieces.last_mut() {
                last.break_after = break_before;
            }
            pieces.push(Piece {
                range: at..at + c.len_utf8(),
                level,
                mirrored: if rtl { mirror(c) } else { None },
                is_space: c.is_whitespace(),
                break_after: false,
            });
        } else if let Some(last) = pieces.last_mut() {
            last.range.end = at + c.len_utf8();
            // A mirrored piece is one character; anything attached to it cancels mirroring
            // rather than losing the attached mark.
            if last.mirrored.is_some() {
                last.mirrored = None;
            }
        }
        previous = Some(c);
    }
    if let Some(last) = pieces.last_mut() {
        last.break_after = true;
    }
    Pieces { direction, pieces }
}

/// Marks that belong to the character before them and must be shaped with it: combining
/// marks (harakat, accents) and the joiners.
fn attaches(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::NSM | BidiClass::BN) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// Characters that get a piece of their own: brackets and quotes anywhere (they may need
/// mirroring), and in right-to-left text every punctuation mark, symbol and Arabic-Indic
/// digit, which egui would otherwise shape into the neighbouring run in the wrong order.
fn stands_alone(c: char, rtl: bool) -> bool {
    // Arabic-Indic digits are Arabic script: egui would shape a run of them right to left.
    if is_bracket_or_quote(c) || bidi_class(c) == BidiClass::AN {
        return true;
    }
    if !rtl {
        return false;
    }
    let class = bidi_class(c);
    matches!(
        class,
        BidiClass::AN | BidiClass::CS | BidiClass::ES | BidiClass::ET | BidiClass::ON
    ) || (matches!(class, BidiClass::EN) && !c.is_ascii_digit())
}

fn is_bracket_or_quote(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '«'
            | '»'
            | '"'
            | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‹'
            | '›'
    )
}

/// The mirrored form of `c` in right-to-left text (Unicode Bidi_Mirrored pairs for the
/// brackets and quotes we cut out).
fn mirror(c: char) -> Option<char> {
    Some(match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '<' => '>',
        '>' => '<',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, pieces: &Pieces) -> Vec<&'a str> {
        pieces
            .pieces
            .iter()
            .map(|p| &text[p.range.clone()])
            .collect()
    }

    #[test]
    fn arabic_paragraph_is_rtl_with_latin_and_digits_cut_out() {
        let text = "حصل على معالجات GPU منذ 2015.";
        let pieces = analyse(text, DirectionChoice::Auto);
        assert_eq!(pieces.direction, Direction::Rtl);
        let t = texts(text, &pieces);
        assert!(
            t.contains(&"GPU") && t.contains(&"2015") && t.contains(&"معالجات"),
            "{t:?}"
        );
        assert!(t.contains(&"."), "the final period stands alone: {t:?}");
        let gpu = pieces
            .pieces
            .iter()
            .find(|p| &text[p.range.clone()] == "GPU")
            .unwrap();
        assert!(!gpu.is_rtl());
    }

    #[test]
    fn pieces_cover_the_text_in_order() {
        let text = "قال «ماسك» (في 2023) إن ٢٠١٥ كان عاماً؛ حسناً.";
        let pieces = analyse(text, DirectionChoice::Auto);
        let mut end = 0;
        for p in &pieces.pieces {
            assert_eq!(p.range.start, end);
            end = p.range.end;
        }
        assert_eq!(end, text.len());
    }

    #[test]
    fn brackets_are_mirrored_in_rtl_and_arabic_indic_digits_stand_alone() {
        let text = "عام (٢٠١٥)";
        let pieces = analyse(text, DirectionChoice::Auto);
        let t = texts(text, &pieces);
        assert!(t.contains(&"٢") && t.contains(&"٥"), "{t:?}");
        let open = pieces
            .pieces
            .iter()
            .find(|p| &text[p.range.clone()] == "(")
            .unwrap();
        assert_eq!(open.mirrored, Some(')'));
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let text = "مستثمراً رئيسياً";
        let pieces = analyse(text, DirectionChoice::Auto);
        assert_eq!(texts(text, &pieces), ["مستثمراً", " ", "رئيسياً"]);
    }

    #[test]
    fn english_stays_ltr_in_words() {
        let text = "Hello (big) world.";
        let pieces = analyse(text, DirectionChoice::Auto);
        assert_eq!(pieces.direction, Direction::Ltr);
        assert_eq!(
            texts(text, &pieces),
            ["Hello", " ", "(", "big", ")", " ", "world."]
        );
    }

    #[test]
    fn the_direction_can_be_forced() {
        assert_eq!(
            analyse("abc", DirectionChoice::Rtl).direction,
            Direction::Rtl
        );
        assert_eq!(
            analyse("عربي", DirectionChoice::Ltr).direction,
            Direction::Ltr
        );
        assert_eq!(analyse("", DirectionChoice::Auto).pieces.len(), 0);
    }
}
