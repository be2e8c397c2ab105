//! Arabic plural categories as CLDR defines them, for Fluent's select expressions.
//!
//! `intl_pluralrules` 7.0 (what `fluent-bundle` selects plurals with) tests Arabic's `few`
//! and `many` on the whole number instead of its last two digits (`n % 100`), so 103 came
//! out "other" where CLDR says "few" ("103 نتائج", not "103 نتيجة"). Until that is fixed
//! upstream, the Arabic catalogue's selectors read a category worked out here: each
//! `{ $count -> …}` is read as `{ $count-plural -> …}`, and every number passed to a
//! message also goes in as `NAME-plural`, its category as a word that matches the
//! variant keys ([zero], [one], [two], [few], [many], [other]).

/// The CLDR cardinal category of `n` in Arabic.
pub fn arabic_category(n: f64) -> &'static str {
    if n.fract() != 0.0 || n < 0.0 {
        return "other";
    }
    let hundreds = (n % 100.0) as u64;
    match n as u64 {
        0 => "zero",
        1 => "one",
        2 => "two",
        _ if (3..=10).contains(&hundreds) => "few",
        _ if (11..=99).contains(&hundreds) => "many",
        _ => "other",
    }
}

/// The suffix of the argument that carries a number's category.
pub const SUFFIX: &str = "-plural";

/// `source` with every select expression on a variable (`{ $name ->`) reading
/// `$name-plural` instead.
pub fn select_on_categories(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 256);
    let mut rest = source;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        let (name, after) = rest.split_at(name_len);
        out.push_str(name);
        if after.trim_start_matches([' ', '\t']).starts_with("->") {
            out.push_str(SUFFIX);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_categories_follow_cldr_with_the_last_two_digits() {
        let cases = [
            (0.0, "zero"),
            (1.0, "one"),
            (2.0, "two"),
            (3.0, "few"),
            (10.0, "few"),
            (11.0, "many"),
            (99.0, "many"),
            (100.0, "other"),
            (101.0, "other"),
            (102.0, "other"),
            (103.0, "few"),
            (110.0, "few"),
            (111.0, "many"),
            (199.0, "many"),
            (200.0, "other"),
            (1003.0, "few"),
            (1.5, "other"),
        ];
        for (n, category) in cases {
            assert_eq!(arabic_category(n), category, "{n}");
        }
    }

    #[test]
    fn only_selectors_are_rewritten() {
        let source = "a = { $count ->\n    [one] x { $count }\n   *[other] { $count } y\n}\n";
        let rewritten = select_on_categories(source);
        assert!(rewritten.starts_with("a = { $count-plural ->"));
        assert_eq!(rewritten.matches("$count-plural").count(), 1);
        assert_eq!(rewritten.matches("{ $count }").count(), 2);
        assert_eq!(select_on_categories("b = { $n}"), "b = { $n}");
    }
}
