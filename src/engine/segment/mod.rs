//! Sentence segmentation: byte spans of sentences, in order, not overlapping, together
//! covering every non-whitespace character of the text. The text is never copied.
//!
//! Lines are hard boundaries (headlines, bylines, captions, list items), except that a line
//! cut in the middle of a sentence (the next line starting in lower case) is joined again.
//! Inside a line, a scan visits only the bytes that can matter (sentence marks, quotes,
//! brackets) and decides at each mark with the rules in [`rules`].

mod chars;
mod rules;

pub(super) use chars::is_gap;

use super::scan;
use crate::model::Span;
use chars::Terminal;
use rules::{LanguageRules, WordClass};

/// How far ahead an opening quote or bracket looks for its closing partner; an opener with
/// no partner that close is taken for a stray mark, so it cannot swallow the rest of a line.
const QUOTE_REACH: usize = 2000;

/// How deeply quotes and brackets are tracked; deeper nesting is not tracked.
const MAX_DEPTH: usize = 8;

/// Split `text` into sentences, returned as byte spans trimmed of surrounding whitespace.
///
/// `language` is the article's BCP 47 primary tag; it selects abbreviation rules and the
/// marks that end sentences only in some languages (Greek `;`, Armenian `:`).
pub fn segment_sentences(text: &str, language: &str) -> Vec<Span> {
    let threads = crate::parallel::threads_for(text.len(), crate::parallel::MIN_PIECE);
    segment_in_pieces(text, language, threads)
}

/// Fewer bytes than news sentences have, short ones included (an estimate for the room
/// to keep: more sentences than this only make the list grow).
const BYTES_PER_SENTENCE_AT_LEAST: usize = 24;

/// How many pieces of the text each thread segments, on average, when there are several.
const PIECES_PER_THREAD: usize = 4;

/// [`segment_sentences`] on `threads` threads; the answer does not depend on them.
fn segment_in_pieces(text: &str, language: &str, threads: usize) -> Vec<Span> {
    // Several pieces a thread, taken by whichever thread is free: with one piece a thread,
    // the thread sharing its core with the work started beside the segmentation (hashing
    // the text, building the claim engine) held the other back: on 10 MB of short
    // sentences the two pieces ended 20–40 ms apart.
    let pieces = match threads {
        0 | 1 => 1,
        threads => threads * PIECES_PER_THREAD,
    };
    let pieces = super::pieces::paragraph_pieces(text, pieces);
    let segment_piece = |range: std::ops::Range<usize>| {
        // Room for the spans of short news sentences, so that the spans are not
        // copied as they grow; the first piece's is the start of the answer, so it has
        // room for all of them (room never written costs nothing: fresh pages are dear).
        let room = if range.start == 0 {
            text.len()
        } else {
            range.len()
        };
        let mut out = Output {
            spans: Vec::with_capacity(room / BYTES_PER_SENTENCE_AT_LEAST),
            pending_start: None,
        };
        segment_range(text, range, language, &mut out);
        out
    };
    let outputs = crate::parallel::map_pieces_taken(pieces, threads, segment_piece);
    // A piece starts with a visible character (a safe break), so only a first piece made
    // of invisible controls leaves a start waiting for the next sentence.
    let mut outputs = outputs.into_iter();
    let mut joined = outputs.next().unwrap_or_default();
    for out in outputs {
        let mut spans = out.spans;
        match (joined.pending_start.take(), spans.first_mut()) {
            (Some(start), Some(first)) => first.start = start,
            (waiting, _) => joined.pending_start = waiting.or(out.pending_start),
        }
        joined.spans.append(&mut spans);
    }
    joined.finish(text)
}

/// The sentences of the blocks of `text` in `range`, which starts at the start of a line
/// and ends at the end of one.
fn segment_range(text: &str, range: std::ops::Range<usize>, language: &str, out: &mut Output) {
    let rules = LanguageRules::for_language(language);
    let mut block_start = range.start;
    let mut lines = scan::lines_inclusive(&text[range.clone()]).peekable();
    let mut offset = range.start;
    while let Some(line) = lines.next() {
        offset += line.len();
        let joins_next = lines
            .peek()
            .is_some_and(|next| is_wrapped_line(&text[block_start..offset], next));
        if !joins_next {
            // A paragraph in another script is in another language: its own rules.
            let block = &text[block_start..offset];
            let rules = match crate::engine::block_language(block, language) {
                Some(other) => LanguageRules::for_language(other),
                None => rules,
            };
            Splitter::new(text, block_start, offset, rules).run(out);
            block_start = offset;
        }
    }
}

/// Whether a line break inside `block` continues its sentence on `next`: the block has no
/// closing mark, is long enough to be running text rather than a headline or a list item,
/// and the next line goes on in lower case.
fn is_wrapped_line(block: &str, next: &str) -> bool {
    // The cheap questions first, and the words counted only up to four: this is asked at
    // every line break, and counting every word of every paragraph was a third of the
    // segmenter's time.
    let next_lower = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase());
    if !next_lower {
        return false;
    }
    let block = block.trim_end();
    let ends_open = !block.ends_with(|c: char| {
        chars::terminal(c, "en").is_some() || chars::is_closer(c) || c == ':' || c == ','
    });
    let last_line = block.rsplit('\n').next().unwrap_or("");
    ends_open && last_line.split_whitespace().take(4).count() >= 4
}

/// Collected sentence spans, with pieces made only of invisible controls attached to a
/// neighbour rather than standing alone.
#[derive(Default)]
struct Output {
    spans: Vec<Span>,
    /// Start of a control-only piece waiting for the next sentence.
    pending_start: Option<usize>,
}

impl Output {
    fn push(&mut self, text: &str, start: usize, end: usize) {
        let piece = &text[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let (start, end) = (start + lead, start + piece.trim_end().len());
        if start >= end {
            return;
        }
        if text[start..end].chars().all(chars::is_gap) {
            match self.spans.last_mut() {
                Some(last) => last.end = end,
                None => self.pending_start = self.pending_start.or(Some(start)),
            }
            return;
        }
        let start = self.pending_start.take().unwrap_or(start);
        self.spans.push(Span::new(start, end));
    }

    fn finish(mut self, text: &str) -> Vec<Span> {
        if let Some(start) = self.pending_start.take() {
            // Only invisible controls in the whole text: one segment, so nothing is lost.
            let end = text.trim_end().len();
            self.spans.push(Span::new(start, end.max(start)));
        }
        self.spans
    }
}

/// The scan of one block of text (a line, or lines joined by [`is_wrapped_line`]).
struct Splitter<'t> {
    text: &'t str,
    end: usize,
    rules: LanguageRules,
    /// Start of the sentence being built.
    sentence_start: usize,
    /// Closing marks expected, innermost last.
    open: Vec<char>,
    /// The list item numbering when the block starts with a marker ("1.", "a)").
    list: Option<ListMarker>,
}

impl<'t> Splitter<'t> {
    fn new(text: &'t str, start: usize, end: usize, rules: LanguageRules) -> Self {
        Splitter {
            text,
            end,
            rules,
            sentence_start: start,
            open: Vec::new(),
            list: ListMarker::at(&text[start..end]),
        }
    }

    fn run(mut self, out: &mut Output) {
        let bytes = self.text.as_bytes();
        let in_list = self.list.is_some();
        let mut i = self.sentence_start;
        while i < self.end {
            let b = bytes[i];
            if in_list && b.is_ascii_alphanumeric() && self.starts_next_item(i) {
                out.push(self.text, self.sentence_start, i);
                self.sentence_start = i;
            }
            let skip = chars::SKIP[usize::from(b)];
            if skip != 0 {
                i += usize::from(skip);
                // A run of plain ASCII (English words) is stepped over together. Only
                // outside lists, whose items may start at any letter; only after two plain
                // bytes, so that Arabic text (a space, then a letter) is not asked twice.
                if !in_list
                    && b < 0x80
                    && bytes
                        .get(i)
                        .is_some_and(|&n| n < 0x80 && chars::SKIP[usize::from(n)] == 1)
                {
                    i += chars::plain_ascii_run(&bytes[i..self.end]);
                }
                continue;
            }
            if !chars::may_matter(bytes, i) {
                // Skip the whole character: Arabic letters are two bytes, most of them
                // decided by their first.
                i += chars::utf8_len(b);
                continue;
            }
            let Some(c) = self.text[i..].chars().next() else {
                break;
            };
            if let Some(kind) = chars::terminal(c, self.rules.language) {
                let cluster_end = self.cluster_end(i);
                if self.open.is_empty() && self.ends_sentence(i, cluster_end, kind) {
                    out.push(self.text, self.sentence_start, cluster_end);
                    self.sentence_start = cluster_end;
                }
                i = cluster_end.max(i + c.len_utf8());
                continue;
            }
            if chars::is_bullet(c) && !self.text[self.sentence_start..i].trim().is_empty() {
                out.push(self.text, self.sentence_start, i);
                self.sentence_start = i;
            }
            self.track_quotes(i, c);
            i += c.len_utf8();
        }
        out.push(self.text, self.sentence_start, self.end);
    }

    /// Update the open quotes and brackets for the mark `c` at `at`.
    fn track_quotes(&mut self, at: usize, c: char) {
        let apostrophe = c == '\'' || c == '’';
        if self.open.last() == Some(&c) && (!apostrophe || !self.letter_after(at + c.len_utf8())) {
            self.open.pop();
            return;
        }
        let closer = if let Some(closer) = chars::closer_of(c) {
            closer
        } else if chars::is_symmetric_quote(c) && !self.letter_before(at) {
            c
        } else {
            return;
        };
        if self.open.len() < MAX_DEPTH && self.closes_later(at + c.len_utf8(), closer) {
            self.open.push(closer);
        }
    }

    /// Whether `closer` occurs within reach after `from`, in this block.
    fn closes_later(&self, from: usize, closer: char) -> bool {
        let mut limit = (from + QUOTE_REACH).min(self.end);
        while !self.text.is_char_boundary(limit) {
            limit -= 1;
        }
        self.text[from..limit].contains(closer)
    }

    fn letter_before(&self, at: usize) -> bool {
        self.text[..at]
            .chars()
            .next_back()
            .is_some_and(scan::is_alphanumeric)
    }

    fn letter_after(&self, at: usize) -> bool {
        self.text[at..self.end]
            .chars()
            .next()
            .is_some_and(scan::is_alphanumeric)
    }

    /// The end of the run of marks starting at `start`: more sentence marks, and closing
    /// quotes or brackets that close what is open ("?»." "!\")." "....").
    fn cluster_end(&mut self, start: usize) -> usize {
        let mut end = start;
        for (offset, c) in self.text[start..self.end].char_indices() {
            if chars::terminal(c, self.rules.language).is_some() {
                end = start + offset + c.len_utf8();
            } else if self.open.last() == Some(&c) {
                self.open.pop();
                end = start + offset + c.len_utf8();
            } else if chars::is_bidi_control(c) {
                // "د\u{202A}.\u{202C}": the control belongs with the mark it wraps.
                end = start + offset + c.len_utf8();
            } else {
                break;
            }
        }
        end
    }

    /// Whether the marks `start..end` end the sentence.
    fn ends_sentence(&self, start: usize, end: usize, first: Terminal) -> bool {
        let marks = &self.text[start..end];
        let next = NextWord::after(self.text, end, self.end);
        if !next.spaced {
            return match first {
                Terminal::Hard => next.kind != NextKind::Closer,
                Terminal::Question if marks.starts_with('؟') => true,
                Terminal::Period if marks == "." => self.glued_sentence(start, &next),
                _ => false,
            };
        }
        if next.kind == NextKind::End {
            return true;
        }
        if next.kind == NextKind::Dash {
            return false;
        }
        let periods = marks.chars().filter(|c| *c == '.').count();
        if marks.contains(['?', '؟', '？', ';']) || first == Terminal::Hard {
            return true;
        }
        if marks.contains(['!', '！', '‼']) {
            return next.kind != NextKind::Lower;
        }
        if marks.contains('…') || periods == 3 {
            // "[...]" marks an omission inside a quotation, never an end.
            let omission = self.text[..start].ends_with(['[', '(']);
            return next.capital_like() && !omission && !self.spaced_ellipsis_before(start);
        }
        if periods >= 2 {
            return next.kind != NextKind::Lower;
        }
        if self.ellipsis_follows(end) {
            return true;
        }
        if self.spaced_ellipsis_before(start) {
            // ". . . ." after a spaced ellipsis is an ellipsis and a period.
            return next.capital_like() && self.text[..start].ends_with(" . . . ");
        }
        if next.kind == NextKind::Dots {
            // "abandoned. . . ." : the ellipsis trails this sentence.
            return false;
        }
        self.period_ends_sentence(start, marks.len() == 1, &next)
    }

    /// "compounds. . . . The": a period, then a spaced ellipsis opening the next sentence.
    fn ellipsis_follows(&self, end: usize) -> bool {
        let rest = &self.text[end..self.end];
        let after = rest
            .strip_prefix(" . . .")
            .or_else(|| rest.strip_prefix(" ..."))
            .or_else(|| rest.strip_prefix(" …"));
        self.letter_before_marks(end) && after.is_some_and(|a| a.contains(scan::is_alphabetic))
    }

    fn letter_before_marks(&self, end: usize) -> bool {
        let before = self.text[..end].trim_end_matches(['.', ' ']);
        before
            .chars()
            .next_back()
            .is_some_and(scan::is_alphanumeric)
            && !self.text[..end].ends_with(" .")
    }

    /// Whether the period at `start` is part of an ellipsis written ". . .".
    fn spaced_ellipsis_before(&self, start: usize) -> bool {
        self.text[..start].ends_with(". ")
            || self.text[..start].ends_with(" ") && self.text[start..self.end].starts_with(". .")
    }

    /// "Hello world.Today is": a period with no space before a capitalised word ends the
    /// sentence when it follows a lower-case word or a long number, outside web addresses.
    fn glued_sentence(&self, start: usize, next: &NextWord) -> bool {
        if next.kind != NextKind::Upper {
            return false;
        }
        let token = self.token_around(start);
        if token.contains('@') || token.contains("://") || token.starts_with("www.") {
            return false;
        }
        let word = self.word_before(start);
        let lower_word = word.chars().filter(|c| c.is_lowercase()).count() >= 2
            && word.chars().last().is_some_and(char::is_lowercase);
        let long_number = word.len() >= 3
            && word.chars().last().is_some_and(|c| c.is_ascii_digit())
            && word.contains([',', '.']);
        lower_word || long_number
    }

    /// The decision for a single period followed by a space.
    fn period_ends_sentence(&self, start: usize, bare: bool, next: &NextWord) -> bool {
        let word = self.word_before(start);
        let class = rules::classify(word, self.rules.language);
        if self.is_list_marker(start, word, class) {
            return false;
        }
        if next.kind == NextKind::Lower {
            // Sentences start in capitals: a lower-case word after a short word means the
            // period belonged to an abbreviation we do not know. Long words really end
            // sentences (the Greek "κανένας. το"), unless a bracket or quote closed with the
            // period: then the sentence goes on after the aside.
            return bare && class == WordClass::Word && word.chars().count() >= 7;
        }
        match class {
            WordClass::Prepositive => false,
            _ if self.rules.abbreviations_never_final
                && matches!(
                    class,
                    WordClass::Abbreviation | WordClass::Initialism | WordClass::Letter
                ) =>
            {
                false
            }
            WordClass::Abbreviation => next.kind != NextKind::Digit,
            WordClass::Initialism if rules::is_clock_abbreviation(word) => {
                next.kind == NextKind::Upper && self.words_before(start) > 3
            }
            WordClass::Initialism | WordClass::Letter => {
                next.kind != NextKind::Digit
                    && (next.kind == NextKind::Uncased
                        || rules::is_sentence_starter(next.word, self.rules.language))
            }
            WordClass::Roman if self.rules.ordinal_periods => false,
            WordClass::Number if self.rules.ordinal_periods => !rules::is_month(next.word),
            _ => true,
        }
    }

    /// "1." "a." "10." as the first word of a sentence: a list item's number.
    fn is_list_marker(&self, start: usize, word: &str, class: WordClass) -> bool {
        let before = self.text[self.sentence_start..start]
            .trim_start_matches(|c: char| c.is_whitespace() || chars::is_bullet(c));
        let short_number = class == WordClass::Number
            && word.len() <= 3
            && word.chars().all(|c| c.is_ascii_digit());
        let letter = class == WordClass::Letter && word.chars().all(|c| c.is_ascii_lowercase());
        before == word && (short_number || letter)
    }

    /// The word just before the mark at `start`, without quotes or brackets around it.
    fn word_before(&self, start: usize) -> &'t str {
        let head = &self.text[self.sentence_start..start];
        let head = head.trim_end_matches(|c: char| {
            chars::is_closer(c) || chars::is_symmetric_quote(c) || chars::is_bidi_control(c)
        });
        let from = head.rfind(|c: char| c.is_whitespace()).map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = head[from..].trim_start_matches(|c: char| {
            chars::is_opening_punctuation(c) || chars::is_bidi_control(c) || chars::is_bullet(c)
        });
        without_elision(word)
    }

    /// The whole whitespace-delimited token around `at` (to spot addresses).
    fn token_around(&self, at: usize) -> &'t str {
        let from = self.text[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let to = self.text[at..self.end]
            .find(char::is_whitespace)
            .map_or(self.end, |i| at + i);
        &self.text[from..to]
    }

    fn words_before(&self, start: usize) -> usize {
        self.text[self.sentence_start..start]
            .split_whitespace()
            .count()
    }

    /// Whether the list item after the current one starts at `at` ("2." after "1.").
    fn starts_next_item(&mut self, at: usize) -> bool {
        let Some(list) = self.list else {
            return false;
        };
        let preceded_by_space = self.text[..at].ends_with(|c: char| c.is_whitespace());
        if !preceded_by_space || at == self.sentence_start {
            return false;
        }
        match ListMarker::at(&self.text[at..self.end]) {
            Some(next) if next.follows(list) => {
                self.list = Some(next);
                true
            }
            _ => false,
        }
    }
}

/// The word after an elided article: "l'Ing" is "Ing", "d'Avv" is "Avv"; possessives such
/// as "Michael's" stay whole.
fn without_elision(word: &str) -> &str {
    match word.rfind(['\'', '’']) {
        Some(at)
            if at > 0
                && at <= 4
                && word[..at].chars().all(char::is_lowercase)
                && word[at..].chars().nth(1).is_some() =>
        {
            let mark_len = word[at..].chars().next().map_or(1, char::len_utf8);
            &word[at + mark_len..]
        }
        _ => word,
    }
}

/// What kind of word comes after a run of marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NextKind {
    Upper,
    Lower,
    Digit,
    /// A letter of a script without case (Arabic, Devanagari, CJK …).
    Uncased,
    Dash,
    Closer,
    /// More dots: an ellipsis follows.
    Dots,
    Other,
    End,
}

/// The word after a run of marks, past spaces and opening quotes.
struct NextWord<'t> {
    /// Whether whitespace separates it from the marks.
    spaced: bool,
    kind: NextKind,
    word: &'t str,
}

impl<'t> NextWord<'t> {
    fn after(text: &'t str, from: usize, end: usize) -> Self {
        let rest = &text[from..end];
        let trimmed = rest.trim_start_matches(chars::is_gap);
        let spaced = trimmed.len() < rest.len()
            && rest[..rest.len() - trimmed.len()]
                .chars()
                .any(char::is_whitespace);
        let first = trimmed.chars().next();
        let word_text = trimmed
            .trim_start_matches(|c: char| chars::is_opening_punctuation(c) || chars::is_gap(c));
        let word_end = word_text
            .find(|c: char| !scan::is_alphanumeric(c) && c != '\'' && c != '’')
            .unwrap_or(word_text.len());
        let word = &word_text[..word_end];
        let kind = match (first, word_text.chars().next()) {
            (None, _) => NextKind::End,
            (Some(c), _) if chars::is_dash(c) => NextKind::Dash,
            (Some('.' | '…'), _) => NextKind::Dots,
            (Some(c), _) if chars::is_closer(c) && !chars::is_opening_punctuation(c) => {
                NextKind::Closer
            }
            (_, Some(c)) if c.is_uppercase() => NextKind::Upper,
            (_, Some(c)) if c.is_lowercase() => NextKind::Lower,
            (_, Some(c)) if scan::is_numeric(c) => NextKind::Digit,
            (_, Some(c)) if scan::is_alphabetic(c) => NextKind::Uncased,
            _ => NextKind::Other,
        };
        NextWord { spaced, kind, word }
    }

    /// A capital, or a letter of a script without case: what a new sentence starts with.
    fn capital_like(&self) -> bool {
        matches!(self.kind, NextKind::Upper | NextKind::Uncased)
    }
}

/// A list item marker at the start of a block: "1." "2)" "3.)" "a." "b)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ListMarker {
    /// The item's number (letters count a = 1).
    number: u32,
    letter: bool,
}

impl ListMarker {
    fn at(text: &str) -> Option<Self> {
        let text = text.trim_start();
        let marker_len = text
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(text.len());
        let (marker, rest) = text.split_at(marker_len);
        let rest = rest
            .strip_prefix(".)")
            .or_else(|| rest.strip_prefix('.'))
            .or_else(|| rest.strip_prefix(')'))?;
        if !rest.starts_with(' ') {
            return None;
        }
        if !marker.is_empty() && marker.len() <= 3 && marker.bytes().all(|b| b.is_ascii_digit()) {
            return Some(ListMarker {
                number: marker.parse().ok()?,
                letter: false,
            });
        }
        let mut letters = marker.chars();
        match (letters.next(), letters.next()) {
            (Some(c), None) if c.is_ascii_lowercase() => Some(ListMarker {
                number: u32::from(c) - u32::from('a') + 1,
                letter: true,
            }),
            _ => None,
        }
    }

    fn follows(self, previous: ListMarker) -> bool {
        self.letter == previous.letter && self.number == previous.number + 1
    }
}

#[cfg(test)]
mod tests;
