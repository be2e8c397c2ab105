//! A claim as it appears in a review file's claims list, written straight: the same bytes
//! RON's pretty writer gives it, for the claims almost every review is made of (no sources,
//! no reviewed-at time, plain text in its strings). RON's writer checks every field's name
//! and every variant's as it writes it, one character at a time against Unicode's tables:
//! for the 318 000 claims of a 10 MB article that was a third of writing the file. Any
//! other claim is left to RON ([`write_claim`] says so), and the tests compare the two on
//! every kind of claim.

use crate::engine::FoundClaim;
use crate::model::{Claim, ClaimKind, QuoteSelector, Span, Verdict};

/// How each claim kind and verdict is written, as RON writes them (asked once, so that a
/// renamed variant can never be written under its old name here).
struct Names {
    kinds: Vec<(ClaimKind, String)>,
    verdicts: Vec<(Verdict, String)>,
    /// Whether RON wrote every name: if it could not, no claim is written here.
    complete: bool,
}

impl Names {
    fn get() -> &'static Names {
        static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
        NAMES.get_or_init(|| {
            let kinds: Vec<_> = ClaimKind::ALL.iter().map(|&k| (k, name_of(&k))).collect();
            let verdicts: Vec<_> = Verdict::ALL.iter().map(|&v| (v, name_of(&v))).collect();
            let named = |name: &String| !name.is_empty();
            let complete =
                kinds.iter().all(|(_, n)| named(n)) && verdicts.iter().all(|(_, n)| named(n));
            Names {
                kinds,
                verdicts,
                complete,
            }
        })
    }

    fn kind(&self, kind: ClaimKind) -> Option<&str> {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, name)| name.as_str())
    }

    fn verdict(&self, verdict: Verdict) -> Option<&str> {
        self.verdicts
            .iter()
            .find(|(v, _)| *v == verdict)
            .map(|(_, name)| name.as_str())
    }

    fn kind_named(&self, name: &str) -> Option<ClaimKind> {
        self.kinds.iter().find(|(_, n)| n == name).map(|(k, _)| *k)
    }

    fn verdict_named(&self, name: &str) -> Option<Verdict> {
        self.verdicts
            .iter()
            .find(|(_, n)| n == name)
            .map(|(v, _)| *v)
    }
}

/// A unit variant as RON writes it; empty if it cannot (then no claim holding it is
/// written here).
fn name_of<T: serde::Serialize>(value: &T) -> String {
    ron::to_string(value).unwrap_or_default()
}

/// Writes `claim` at the end of `out` as an item of a review's claims list (indented, and
/// followed by a comma and a line break, as RON writes it there) and returns true; or
/// writes nothing and returns false when the claim has a part left to RON: sources, a
/// reviewed-at time, words of its own (an orphan's), a string RON would write raw (one with
/// a quote or a backslash), or a worthiness that is not a number.
pub(super) fn write_claim(out: &mut String, claim: &Claim) -> bool {
    // Every field by name: a field added to Claim fails to build here until it is written.
    let Claim {
        id,
        span,
        quote,
        sentence,
        kinds,
        worthiness,
        attributed_to,
        checkable,
        verdict,
        evidence,
        note,
        updated_at,
        updated_by,
    } = claim;
    if !quote.is_in_text() || !evidence.is_empty() || updated_at.is_some() {
        return false;
    }
    write_plain(
        out,
        Plain {
            id: id.0,
            span: *span,
            sentence: *sentence,
            kinds: kinds.iter().copied(),
            worthiness: *worthiness,
            attributed_to: attributed_to.as_deref(),
            checkable: *checkable,
            verdict: *verdict,
            note,
            updated_by: updated_by.as_deref(),
        },
    )
}

/// Writes the claim numbered `id` the engine found as `found` as [`write_claim`] writes the
/// review's claim made of it ([`FoundClaim::into_claim`]), without making that claim (its
/// copy of its words, its list of kinds): a new review is written straight from what the
/// engine found. False, and nothing written, where [`write_claim`] leaves it to RON.
pub(super) fn write_found(out: &mut String, id: u32, found: &FoundClaim) -> bool {
    // Every field by name, as in `write_claim`.
    let FoundClaim {
        span,
        sentence,
        kinds,
        worthiness,
        attributed_to,
        checkable,
    } = found;
    write_plain(
        out,
        Plain {
            id,
            span: *span,
            sentence: *sentence,
            kinds: kinds.iter(),
            worthiness: *worthiness,
            attributed_to: attributed_to.as_deref(),
            checkable: *checkable,
            verdict: found.verdict(),
            note: "",
            updated_by: None,
        },
    )
}

/// The fields of a claim this module writes, by reference: those a review's claim and a
/// claim the engine found have in common.
struct Plain<'a, K> {
    id: u32,
    span: Span,
    sentence: usize,
    kinds: K,
    worthiness: f32,
    attributed_to: Option<&'a str>,
    checkable: bool,
    verdict: Verdict,
    note: &'a str,
    updated_by: Option<&'a str>,
}

/// Writes `claim` as RON writes a claim with these fields and no others, or returns false
/// (and writes nothing) when RON would write one of them in another way.
fn write_plain<K: Iterator<Item = ClaimKind>>(out: &mut String, claim: Plain<'_, K>) -> bool {
    let names = Names::get();
    let plain = |text: Option<&str>| text.is_none_or(is_plain);
    let Some(verdict_name) = names.verdict(claim.verdict) else {
        return false;
    };
    if !names.complete
        || !is_plain(claim.note)
        || !plain(claim.attributed_to)
        || !plain(claim.updated_by)
        || !claim.worthiness.is_finite()
    {
        return false;
    }
    let mut number = itoa::Buffer::new();
    out.push_str("    (\n      id: ");
    out.push_str(number.format(claim.id));
    out.push_str(",\n      span: (");
    out.push_str(number.format(claim.span.start));
    out.push_str(", ");
    out.push_str(number.format(claim.span.end));
    out.push_str("),\n      sentence: ");
    out.push_str(number.format(claim.sentence));
    let mut kinds = claim.kinds.peekable();
    if kinds.peek().is_none() {
        out.push_str(",\n      kinds: [],\n");
    } else {
        out.push_str(",\n      kinds: [\n");
        for kind in kinds {
            out.push_str("        ");
            // Every kind has its name: `names.complete`.
            out.push_str(names.kind(kind).unwrap_or_default());
            out.push_str(",\n");
        }
        out.push_str("      ],\n");
    }
    out.push_str("      worthiness: ");
    push_worthiness(out, claim.worthiness);
    out.push_str(",\n");
    if let Some(name) = claim.attributed_to {
        push_field(out, "attributed_to: Some(", name, ")");
    }
    out.push_str("      checkable: ");
    out.push_str(if claim.checkable { "true" } else { "false" });
    out.push_str(",\n      verdict: ");
    out.push_str(verdict_name);
    out.push_str(",\n");
    if !claim.note.is_empty() {
        push_field(out, "note: ", claim.note, "");
    }
    if let Some(name) = claim.updated_by {
        push_field(out, "updated_by: Some(", name, ")");
    }
    out.push_str("    ),\n");
    true
}

/// The claim of one item of a review's claims list as the file holds it (`\n    (` to
/// `    ),`, the line break before it included), read straight when it is laid out as
/// Sanad writes claims; `None` for anything else, which is then left to RON. Only what
/// [`write_claim`] writes is read: the claim is written again and must give back the very
/// text it was read from, so a text RON would read otherwise (or refuse) never gets past
/// here. RON's reader was two thirds of `sanad check` of a long review.
pub(super) fn read_item(item: &str) -> Option<Claim> {
    let text = item.strip_prefix('\n')?;
    let claim = read_claim(text)?;
    let same = WRITTEN_AGAIN.with_borrow_mut(|again| {
        again.clear();
        write_claim(again, &claim) && again.strip_suffix('\n') == Some(text)
    });
    if !same {
        return None;
    }
    Some(Claim {
        // As RON reads a claim whose words are not in the file.
        quote: QuoteSelector::default(),
        ..claim
    })
}

thread_local! {
    /// The claim being read on this thread, written again.
    static WRITTEN_AGAIN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The claim `text` holds, laid out as [`write_claim`] writes it (without the line break
/// after it).
fn read_claim(text: &str) -> Option<Claim> {
    let names = Names::get();
    let mut r = Reader(text);
    r.expect("    (\n      id: ")?;
    let id = r.until(",\n      span: (")?.parse().ok()?;
    let start = r.until(", ")?.parse().ok()?;
    let end = r.until("),\n      sentence: ")?.parse().ok()?;
    let sentence = r.until(",\n      kinds: [")?.parse().ok()?;
    let mut kinds = Vec::new();
    if !r.eat("],\n") {
        r.expect("\n")?;
        while !r.eat("      ],\n") {
            r.expect("        ")?;
            kinds.push(names.kind_named(r.until(",\n")?)?);
        }
    }
    r.expect("      worthiness: ")?;
    let worthiness = r.until(",\n")?.parse().ok()?;
    let attributed_to = match r.eat("      attributed_to: Some(\"") {
        true => Some(r.plain_until("\"),\n")?),
        false => None,
    };
    r.expect("      checkable: ")?;
    let checkable = match r.until(",\n")? {
        "true" => true,
        "false" => false,
        _ => return None,
    };
    r.expect("      verdict: ")?;
    let verdict = names.verdict_named(r.until(",\n")?)?;
    let note = match r.eat("      note: \"") {
        true => r.plain_until("\",\n")?,
        false => String::new(),
    };
    let updated_by = match r.eat("      updated_by: Some(\"") {
        true => Some(r.plain_until("\"),\n")?),
        false => None,
    };
    r.expect("    ),")?;
    if !r.0.is_empty() {
        return None;
    }
    Some(Claim {
        id: crate::model::ClaimId(id),
        span: crate::model::Span { start, end },
        quote: QuoteSelector {
            in_text: true,
            ..QuoteSelector::default()
        },
        sentence,
        kinds,
        worthiness,
        attributed_to,
        checkable,
        verdict,
        evidence: Vec::new(),
        note,
        updated_at: None,
        updated_by,
    })
}

/// What is left of a text being read.
struct Reader<'a>(&'a str);

impl<'a> Reader<'a> {
    /// Whether the text goes on with `expected`, which is then read.
    fn eat(&mut self, expected: &str) -> bool {
        match self.0.strip_prefix(expected) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, expected: &str) -> Option<()> {
        self.eat(expected).then_some(())
    }

    /// The text up to `end`, on one line; `end` is read too.
    fn until(&mut self, end: &str) -> Option<&'a str> {
        let at = self.0.find(end)?;
        let value = &self.0[..at];
        if value.contains('\n') {
            return None;
        }
        self.0 = &self.0[at + end.len()..];
        Some(value)
    }

    /// A string's text up to the quote that closes it, followed by `end` (which begins with
    /// that quote); it has no quote or backslash of its own, as RON writes a plain string.
    fn plain_until(&mut self, end: &str) -> Option<String> {
        let at = memchr::memchr2(b'"', b'\\', self.0.as_bytes())?;
        let value = &self.0[..at];
        self.0 = self.0[at..].strip_prefix(end)?;
        Some(value.to_string())
    }
}

/// Whether RON writes `text` between plain quotes, as it is (else it writes a raw string).
fn is_plain(text: &str) -> bool {
    !text.contains(['"', '\\'])
}

/// A field line whose value is the plain string `text`: `      {open}"{text}"{close},`.
/// `worthiness` as RON writes a float: as Rust's `{:?}` does, the shortest form that reads
/// back the same. The engine's scores are whole hundredths, whose shortest form is their
/// two decimals (a trailing zero dropped): written from the digits, as the general
/// formatting was a tenth of writing a claim.
fn push_worthiness(out: &mut String, worthiness: f32) {
    let hundredths = (worthiness * 100.0).round();
    let whole = worthiness.is_sign_positive()
        && (0.0..=100.0).contains(&hundredths)
        && (hundredths / 100.0).to_bits() == worthiness.to_bits();
    if !whole {
        use std::fmt::Write;
        let _ = write!(out, "{worthiness:?}");
        return;
    }
    let hundredths = hundredths as u8;
    let digit = |d: u8| char::from(b'0' + d);
    out.push(digit(hundredths / 100));
    out.push('.');
    out.push(digit(hundredths / 10 % 10));
    if !hundredths.is_multiple_of(10) {
        out.push(digit(hundredths % 10));
    }
}

fn push_field(out: &mut String, open: &str, text: &str, close: &str) {
    out.push_str("      ");
    out.push_str(open);
    out.push('"');
    out.push_str(text);
    out.push('"');
    out.push_str(close);
    out.push_str(",\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worthiness_is_written_as_rust_writes_it() {
        let hundredths = (0..=100).map(|h| h as f32 / 100.0);
        let others = [
            0.333_333_34,
            -0.0,
            -0.5,
            1.5,
            1e-7,
            f32::NAN,
            f32::INFINITY,
            0.125,
            0.995,
        ];
        for worthiness in hundredths.chain(others) {
            let mut out = String::new();
            push_worthiness(&mut out, worthiness);
            assert_eq!(out, format!("{worthiness:?}"));
        }
        // Every score the engine rounds, whatever the probability before rounding.
        for step in 0..=10_000 {
            let worthiness = ((step as f32 / 10_000.0) * 100.0).round() / 100.0;
            let mut out = String::new();
            push_worthiness(&mut out, worthiness);
            assert_eq!(out, format!("{worthiness:?}"));
        }
    }
    use crate::model::{ClaimId, Evidence, QuoteSelector, Span};

    /// The claim as RON writes it in a review's claims list.
    fn by_ron(claim: &Claim) -> String {
        let mut text = String::new();
        assert!(super::super::encode::write_claim_by_ron(&mut text, claim).unwrap());
        text
    }

    fn claim() -> Claim {
        Claim::new(ClaimId(7), "Prices rose 4%.", Span::new(0, 15), 0)
    }

    /// Claims with every field this writer writes set in every way it can be.
    fn claims_written_here() -> Vec<Claim> {
        let mut claims = Vec::new();
        let kind_sets: Vec<Vec<ClaimKind>> = vec![
            vec![],
            vec![ClaimKind::Number],
            ClaimKind::ALL.to_vec(),
            vec![ClaimKind::Question, ClaimKind::Date],
        ];
        let worthiness = [
            0.0,
            1.0,
            0.93,
            0.1 + 0.2,
            1e-7,
            123456.79,
            f32::MIN_POSITIVE,
        ];
        let texts = [
            "",
            "Dr. Ana Ruiz",
            "وزير المالية",
            "a\nb\tc #x",
            "r#\"",
            "'",
            "\u{0}\u{1b}\u{7f}",
        ];
        for (at, verdict) in Verdict::ALL.into_iter().enumerate() {
            for (k, kinds) in kind_sets.iter().enumerate() {
                let mut c = claim();
                c.id = ClaimId(u32::MAX - at as u32);
                c.span = Span::new(at * 1000, usize::MAX - k);
                c.sentence = at * k;
                c.kinds = kinds.clone();
                c.verdict = verdict;
                c.checkable = k % 2 == 0;
                c.worthiness = worthiness[(at + k) % worthiness.len()];
                let text = texts[(at + k) % texts.len()];
                match k % 3 {
                    0 => c.attributed_to = Some(text.into()),
                    1 => c.note = text.into(),
                    _ => c.updated_by = Some(text.into()),
                }
                claims.push(c);
            }
        }
        claims
    }

    #[test]
    fn claims_are_written_as_ron_writes_them() {
        let mut written_here = 0;
        for claim in claims_written_here() {
            let mut text = String::from("before");
            if write_claim(&mut text, &claim) {
                written_here += 1;
                assert_eq!(&text["before".len()..], by_ron(&claim), "{claim:?}");
            } else {
                assert_eq!(text, "before", "nothing written for {claim:?}");
            }
        }
        // Only the ones with a quote in a string are left to RON.
        assert!(written_here >= 20, "{written_here}");
    }

    /// A claim as an item of a claims list in the file: on the line after the last.
    fn item_of(claim: &Claim) -> String {
        format!("\n{}", by_ron(claim).trim_end_matches('\n'))
    }

    /// The claims RON reads from an item, if it reads them.
    fn read_by_ron(item: &str) -> Option<Vec<Claim>> {
        ron::from_str(&format!("[{item}]")).ok()
    }

    #[test]
    fn claims_are_read_as_ron_reads_them() {
        let mut read_here = 0;
        for claim in claims_written_here() {
            let item = item_of(&claim);
            match read_item(&item) {
                Some(read) => {
                    read_here += 1;
                    assert_eq!(Some(vec![read]), read_by_ron(&item), "{item}");
                }
                None => assert!(!write_claim(&mut String::new(), &claim), "{item}"),
            }
        }
        assert!(read_here >= 20, "{read_here}");
        let mut with_source = claim();
        with_source.evidence.push(Evidence::default());
        assert_eq!(read_item(&item_of(&with_source)), None);
        let two = format!("{}{}", item_of(&claim()), item_of(&claim()));
        assert_eq!(read_item(&two), None, "one item at a time");
        assert_eq!(read_item(""), None);
    }

    #[test]
    fn a_changed_item_is_read_as_ron_reads_it_or_left_to_ron() {
        // Every one-character change of an item, anywhere: read straight only when RON
        // reads the same claim from it.
        let mut read_straight = 0;
        for claim in claims_written_here().into_iter().step_by(5) {
            let item = item_of(&claim);
            for (at, c) in item.char_indices() {
                let next = at + c.len_utf8();
                let mut changed = vec![format!("{}{}", &item[..at], &item[next..])];
                for inserted in ["x", "\"", "\\", " ", "\n", "0", "-", "_", ",", ")"] {
                    changed.push(format!("{}{inserted}{}", &item[..at], &item[at..]));
                    changed.push(format!("{}{inserted}{}", &item[..at], &item[next..]));
                }
                for text in changed {
                    if let Some(read) = read_item(&text) {
                        read_straight += 1;
                        assert_eq!(Some(vec![read]), read_by_ron(&text), "{text}");
                    }
                }
            }
        }
        // Some changes keep an item Sanad's own (a digit for a digit, a letter in a name).
        assert!(read_straight > 0);
    }

    #[test]
    fn what_ron_writes_differently_is_left_to_it() {
        let mut cases = Vec::new();
        let mut with_source = claim();
        with_source.evidence.push(Evidence::default());
        cases.push(with_source);
        let mut reviewed = claim();
        reviewed.updated_at = Some(crate::model::now());
        cases.push(reviewed);
        let mut orphan = claim();
        orphan.quote = QuoteSelector::for_span("Prices rose 4%.", Span::new(0, 6));
        cases.push(orphan);
        for text in ["say \"so\"", "C:\\x", "r#\"x\"#"] {
            let mut quoted = claim();
            quoted.note = text.into();
            cases.push(quoted.clone());
            quoted.note.clear();
            quoted.attributed_to = Some(text.into());
            cases.push(quoted);
        }
        let mut not_a_number = claim();
        not_a_number.worthiness = f32::NAN;
        cases.push(not_a_number);
        for claim in cases {
            let mut text = String::new();
            assert!(!write_claim(&mut text, &claim), "{claim:?}");
            assert!(text.is_empty());
        }
    }
}
