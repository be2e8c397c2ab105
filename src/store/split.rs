//! A long review file is parsed on every core. The list of claims, most of a long file,
//! is cut between claims into pieces; each piece is parsed as a list of its own while the
//! rest of the file (the article, the log) is parsed as a review with no claims, and the
//! claims are joined in order. RON's parser reads about 200 MB/s: a 100 MB review of
//! 400 000 claims took a second to open on one core.
//!
//! The cuts are found without parsing: the places where strings are (the only places
//! where a cut-like text can appear without being one) are found first, then the layout
//! [`super::to_ron`] writes (`claims: [` at the review's level, each claim opening on a
//! line `    (`). Whatever else a file holds (comments, char literals, another layout) it
//! is parsed on one thread as before: [`parse`] returns `None`. A cut in the wrong place
//! cannot go unnoticed: a piece that does not end between two claims leaves a bracket or
//! a string open, and its parse fails; then the caller parses the whole file as before,
//! and reports its errors as before.

use crate::model::{Claim, Review};
use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use std::ops::Range;

/// Files shorter than this are parsed on one thread: the cuts would cost more than they
/// save.
pub(super) const MIN_FILE: usize = 4 * 1024 * 1024;

/// Where the claims list opens, at the review's level, as [`super::to_ron`] writes it.
const CLAIMS_OPEN: &[u8] = b"\n  claims: [";
/// Where a claim opens in that list.
const CLAIM_OPEN: &[u8] = b"\n    (";
/// Where the list closes.
const CLAIMS_CLOSE: &[u8] = b"\n  ]";

/// The review in `text`, parsed in pieces on every core, or `None` when the file is not
/// long, not laid out as Sanad writes it, or does not parse that way (the caller then
/// parses it whole and says what is wrong with it).
pub fn parse(text: &str, options: &ron::Options) -> Option<Review> {
    if text.len() < MIN_FILE {
        return None;
    }
    let threads = crate::parallel::threads_for(text.len(), MIN_FILE / 2);
    if threads < 2 {
        return None;
    }
    parse_in_pieces(text, options, threads)
}

/// How many pieces the claims are cut into per thread, to find where their claims open:
/// small pieces let a thread that finishes early take some of the others' work.
const PIECES_PER_THREAD: usize = 8;

/// [`parse`] with the claims cut for `threads` threads, whatever the file's length.
pub(super) fn parse_in_pieces(
    text: &str,
    options: &ron::Options,
    threads: usize,
) -> Option<Review> {
    let strings = Strings::of(text)?;
    let bytes = text.as_bytes();
    let open = outside(&strings, bytes, CLAIMS_OPEN, 0)? + CLAIMS_OPEN.len();
    let close = outside(&strings, bytes, CLAIMS_CLOSE, open)?;
    let cuts = cuts(&strings, bytes, open..close, threads * PIECES_PER_THREAD);
    // A claim sits one level deeper in the file than in a piece.
    let piece_options = options.clone().with_recursion_limit(super::MAX_NESTING - 1);
    // The rest of the file is parsed while the claims are.
    let (review, claims) = rayon::join(
        || options.from_str::<Review>(&joined(&[&text[..open], &text[close..]])),
        || read_claims(text, &strings, &cuts, &piece_options),
    );
    let mut review = review.ok()?;
    if !review.claims.is_empty() {
        return None;
    }
    review.claims = claims?;
    Some(review)
}

/// The claims of the claims list cut into `cuts`, read on every core straight into one
/// list: read into a list per piece and then moved into one, they touched twice the memory
/// they take (248 bytes a claim), and fresh memory is most of what opening a long file
/// costs. An item that is not one claim sends every piece to [`read_piece`], in order.
fn read_claims(
    text: &str,
    strings: &Strings,
    cuts: &[Range<usize>],
    options: &ron::Options,
) -> Option<Vec<Claim>> {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    let bytes = text.as_bytes();
    let starts: Vec<Vec<usize>> = cuts
        .par_iter()
        .map(|piece| claim_starts(strings, bytes, piece.clone()))
        .collect();
    let list_len: usize = cuts.iter().map(Range::len).sum();
    let count: usize = starts.iter().map(Vec::len).sum();
    if !claims_fit(count, list_len) {
        return None;
    }
    let mut items = Vec::with_capacity(count);
    for (piece, starts) in cuts.iter().zip(&starts) {
        // A piece that does not open with a claim was not cut between two.
        if starts.first() != Some(&piece.start) {
            return None;
        }
        let ends = starts.iter().skip(1).copied().chain([piece.end]);
        items.extend(starts.iter().copied().zip(ends).map(|(s, e)| s..e));
    }
    let odd = AtomicBool::new(false);
    let mut claims = Vec::new();
    items
        .par_iter()
        .with_min_len(1024)
        .map(|item| {
            read_one(&text[item.clone()], options).unwrap_or_else(|| {
                odd.store(true, Ordering::Relaxed);
                // Never kept: the pieces are read again below.
                Claim::new(
                    crate::model::ClaimId(0),
                    "",
                    crate::model::Span::new(0, 0),
                    0,
                )
            })
        })
        .collect_into_vec(&mut claims);
    if !odd.into_inner() {
        return Some(claims);
    }
    drop(claims);
    let mut claims = Vec::new();
    for (piece, starts) in cuts.iter().zip(&starts) {
        claims.append(&mut read_piece(text, piece.clone(), starts, options)?);
    }
    Some(claims)
}

/// Whether `count` claims fit in `len` bytes of a claims list: each takes at least
/// [`super::shortest_claim_bytes`]. More openings than that are not all claims, and room
/// for them all (248 bytes each) could be gigabytes.
fn claims_fit(count: usize, len: usize) -> bool {
    count <= len / super::shortest_claim_bytes().max(1) as usize + 1
}

/// The one claim of the item `item` of a claims list: read straight when it is laid out
/// as Sanad writes it ([`super::claim_text::read_item`]), else by RON on its own; `None`
/// when RON reads something else than one claim from it.
fn read_one(item: &str, options: &ron::Options) -> Option<Claim> {
    if let Some(claim) = super::claim_text::read_item(item) {
        return Some(claim);
    }
    let mut read = read_by_ron(item, options)?;
    match read.len() {
        1 => read.pop(),
        _ => None,
    }
}

/// What RON reads from the item `item` of a claims list on its own.
fn read_by_ron(item: &str, options: &ron::Options) -> Option<Vec<Claim>> {
    let list = joined(&["[", item, "]"]);
    options.from_str_seed(&list, ClaimsWithRoom(1)).ok()
}

/// The claims of `piece` of the claims list, whose claims open at `starts`: each claim
/// read straight when it is laid out as Sanad writes it
/// ([`super::claim_text::read_item`]), else by RON on its own. RON reading the items one by
/// one reads what it reads from all of them together.
fn read_piece(
    text: &str,
    piece: Range<usize>,
    starts: &[usize],
    options: &ron::Options,
) -> Option<Vec<Claim>> {
    if starts.first() != Some(&piece.start) {
        return None;
    }
    let mut claims = Vec::with_capacity(starts.len());
    let ends = starts.iter().skip(1).copied().chain([piece.end]);
    for (&start, end) in starts.iter().zip(ends) {
        let item = &text[start..end];
        match super::claim_text::read_item(item) {
            Some(claim) => claims.push(claim),
            None => claims.append(&mut read_by_ron(item, options)?),
        }
    }
    Some(claims)
}

/// `pieces` one after the other, in a string of exactly their length: `format!` would
/// grow it by doubling, copying tens of megabytes.
fn joined(pieces: &[&str]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for piece in pieces {
        out.push_str(piece);
    }
    out
}

/// Where `needle` first starts in `text` outside every string, if `text` is RON this
/// reading knows (see [`Strings::of`]).
pub(super) fn find_outside_strings(text: &str, needle: &str) -> Option<usize> {
    outside(&Strings::of(text)?, text.as_bytes(), needle.as_bytes(), 0)
}

/// The byte ranges of the strings of a RON text, quotes included, in order.
struct Strings(Vec<Range<usize>>);

impl Strings {
    /// The strings of `text`, or `None` when `text` holds what this reading does not know
    /// (a comment, a char literal, a string left open): then it is not cut at all.
    fn of(text: &str) -> Option<Strings> {
        let bytes = text.as_bytes();
        let mut strings = Vec::new();
        let mut at = 0;
        while let Some(found) = memchr::memchr(b'"', &bytes[at..]) {
            let quote = at + found;
            // Between strings only structure: a comment or a char literal there could hide
            // a quote or a cut-like text.
            if memchr::memchr2(b'/', b'\'', &bytes[at..quote]).is_some() {
                return None;
            }
            let (start, end) = string_at(bytes, quote)?;
            strings.push(start..end);
            at = end;
        }
        if memchr::memchr2(b'/', b'\'', &bytes[at..]).is_some() {
            return None;
        }
        Some(Strings(strings))
    }

    /// Whether byte `at` is inside a string.
    fn contain(&self, at: usize) -> bool {
        let after = self.0.partition_point(|s| s.start <= at);
        after > 0 && at < self.0[after - 1].end
    }
}

/// The string whose quote (its first `"`) is at byte `quote`: from its first byte (`r`,
/// `b`, `#` included) to just after its last. `None` for a string that does not close.
fn string_at(bytes: &[u8], quote: usize) -> Option<(usize, usize)> {
    let hashes = bytes[..quote]
        .iter()
        .rev()
        .take_while(|&&b| b == b'#')
        .count();
    let mut start = quote - hashes;
    let raw = start > 0 && bytes[start - 1] == b'r';
    if raw {
        start -= 1;
    } else if hashes > 0 {
        return None;
    }
    if start > 0 && bytes[start - 1] == b'b' {
        start -= 1; // a byte string, b"…" or br#"…"#
    }
    let body = quote + 1;
    if raw {
        // r#"…"#: no escapes; it ends at a quote followed by as many hashes.
        let mut closing = vec![b'"'];
        closing.extend(std::iter::repeat_n(b'#', hashes));
        let end = memchr::memmem::find(&bytes[body..], &closing)?;
        return Some((start, body + end + closing.len()));
    }
    // "…": a backslash escapes the next byte.
    let mut at = body;
    loop {
        let found = at + memchr::memchr2(b'"', b'\\', &bytes[at..])?;
        if bytes[found] == b'"' {
            return Some((start, found + 1));
        }
        at = found + 2;
        if at > bytes.len() {
            return None;
        }
    }
}

/// The first place at or after `from` where `needle` starts outside every string.
fn outside(strings: &Strings, bytes: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find_iter(&bytes[from..], needle)
        .map(|at| from + at)
        .find(|&at| !strings.contain(at))
}

/// The claims list `list` cut into at most `pieces` ranges of about equal length, each
/// cut just before a claim opens.
fn cuts(strings: &Strings, bytes: &[u8], list: Range<usize>, pieces: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(pieces);
    let mut start = list.start;
    for k in 1..pieces {
        let target = (list.start + list.len() * k / pieces).max(start);
        let Some(cut) = outside(strings, bytes, CLAIM_OPEN, target).filter(|&c| c < list.end)
        else {
            break;
        };
        if cut > start {
            ranges.push(start..cut);
            start = cut;
        }
    }
    ranges.push(start..list.end);
    ranges
}

/// Where the claims of `piece` of the list open (a line break, then the claim's `(`),
/// outside every string.
fn claim_starts(strings: &Strings, bytes: &[u8], piece: Range<usize>) -> Vec<usize> {
    memchr::memmem::find_iter(&bytes[piece.clone()], CLAIM_OPEN)
        .map(|at| piece.start + at)
        .filter(|&at| !strings.contain(at))
        .collect()
}

/// A list of claims read into a vector with room for about as many as the piece holds,
/// instead of one doubled again and again as it fills (which touched twice the memory).
struct ClaimsWithRoom(usize);

impl<'de> DeserializeSeed<'de> for ClaimsWithRoom {
    type Value = Vec<Claim>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ClaimsWithRoom {
    type Value = Vec<Claim>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a list of claims")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut claims = Vec::with_capacity(self.0);
        while let Some(claim) = seq.next_element()? {
            claims.push(claim);
        }
        Ok(claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Verdict};
    use proptest::prelude::*;

    /// Texts that look like the places where the file is cut, or that change how strings
    /// are written (quotes and backslashes make raw strings, hashes lengthen them).
    const TRICKY: &[&str] = &[
        "\n  claims: [",
        "\n    (",
        "\n  ]",
        "\"",
        "\\",
        "#",
        "\"#",
        "r#\"",
        "// not a comment",
        "it's",
        "(",
        "]",
        "plain words",
        "\n",
    ];

    fn review_with(article: &str, notes: &[String]) -> Review {
        let article = crate::import::article_from_text(article.to_string(), "UTF-8", "t");
        let mut review = crate::review_from_article(article);
        // Claims read straight and claims left to RON, side by side in every piece.
        let claims = review.claims.iter_mut().zip(notes.iter().cycle());
        for (at, (claim, note)) in claims.enumerate() {
            if at % 3 == 2 {
                continue;
            }
            claim.note = note.clone();
            claim.verdict = Verdict::Misleading;
            if at % 3 == 0 {
                claim.evidence.push(Evidence {
                    url: Some("https://example.org/a/b?c=d#e".into()),
                    excerpt: note.clone(),
                    ..Evidence::default()
                });
            }
        }
        review
    }

    fn options() -> ron::Options {
        ron::Options::default().with_recursion_limit(super::super::MAX_NESTING)
    }

    fn assert_same_as_whole(text: &str) {
        let whole: Review = options().from_str(text).expect("the file parses whole");
        for pieces in 1..6 {
            if let Some(review) = parse_in_pieces(text, &options(), pieces) {
                assert_eq!(review, whole, "{pieces} pieces");
            }
        }
    }

    #[test]
    fn pieces_give_the_review_the_whole_file_gives() {
        let article = "\"We will,\" said Ana Ruiz. Prices rose 4% in May.\n  claims: [\nC:\\path \"#x\"# here.\n".repeat(40);
        let notes: Vec<String> = TRICKY.iter().map(|t| format!("see {t} there")).collect();
        let text = super::super::to_ron(&review_with(&article, &notes)).unwrap();
        // The file really is cut, and really holds raw strings and markers in strings.
        assert!(
            cuts(
                &Strings::of(&text).unwrap(),
                text.as_bytes(),
                0..text.len(),
                4
            )
            .len()
                > 1
        );
        assert!(text.contains("r#\"") && text.contains("r##\""));
        assert_same_as_whole(&text);
        assert!(parse_in_pieces(&text, &options(), 4).is_some());
    }

    #[test]
    fn what_this_reading_does_not_know_is_left_to_the_whole_parse() {
        let review = review_with("Prices rose 4% in May. Wages fell.\n", &["x".into()]);
        let text = super::super::to_ron(&review).unwrap();
        let commented = text.replacen("(\n", "( // a comment\n", 1);
        assert!(parse_in_pieces(&commented, &options(), 3).is_none());
        let unclosed = format!("{text}\"");
        assert!(parse_in_pieces(&unclosed, &options(), 3).is_none());
        // A claim cut in the middle does not parse: nothing half-read is returned.
        let broken = text.replacen("verdict: Misleading,", "verdict: [", 1);
        assert!(parse_in_pieces(&broken, &options(), 3).is_none());
    }

    #[test]
    fn a_list_of_more_openings_than_claims_fit_is_left_to_the_whole_parse() {
        // A hostile file: a million claim openings in 7 MB. Reading it in pieces would
        // first make room for a million claims; it is left to the whole parse, which
        // refuses it.
        let review = review_with("Prices rose 4% in May. Wages fell.\n", &["x".into()]);
        let text = super::super::to_ron(&review).unwrap();
        let openings = "\n    (".repeat(1_000_000);
        let hostile = text.replacen("\n  claims: [", &format!("\n  claims: [{openings}"), 1);
        assert!(!claims_fit(1_000_000, openings.len()));
        assert!(parse_in_pieces(&hostile, &options(), 2).is_none());
        assert!(options().from_str::<Review>(&hostile).is_err());
        let claims = review.claims.len();
        let list = text.len() - text.find("\n  claims: [").unwrap();
        assert!(claims_fit(claims, list));
    }

    #[test]
    fn an_item_holding_two_claims_is_read_as_the_whole_file_reads_it() {
        let review = review_with("Prices rose 4% in May. Wages fell.\n", &["x".into()]);
        let text = super::super::to_ron(&review).unwrap();
        // Two claims on the lines of one item: read piece by piece, in order.
        let two = text.replacen("    ),\n    (", "    ), (", 3);
        assert_ne!(two, text);
        assert_same_as_whole(&two);
        assert!(parse_in_pieces(&two, &options(), 3).is_some());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn any_notes_and_article_parse_the_same_in_pieces(
            article in prop::collection::vec(prop::sample::select(TRICKY), 1..30),
            notes in prop::collection::vec(
                prop::collection::vec(prop::sample::select(TRICKY), 0..6).prop_map(|n| n.concat()),
                1..5,
            ),
        ) {
            let article = format!("Prices rose 4% in May. {} Wages fell.\n", article.concat()).repeat(12);
            let text = super::super::to_ron(&review_with(&article, &notes)).unwrap();
            assert_same_as_whole(&text);
            prop_assert!(parse_in_pieces(&text, &options(), 3).is_some());
        }
    }
}
