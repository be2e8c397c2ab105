//! ClaimReview JSON-LD as the world publishes it: one object, an array, an `@graph`, a
//! schema.org `DataFeed` whose `dataFeedElement[].item[]` hold the reviews, or JSON Lines.

use super::clean::{host_of, iso_date, language_code, plain_text, web_address};
use super::{FactCheck, Import};
use serde_json::{Map, Value};

/// The fact-checks of `text` read as JSON (or JSON Lines); `None` when it is neither.
pub fn read(text: &str) -> Option<Import> {
    let mut walker = Walker::default();
    match serde_json::from_str::<Value>(text) {
        Ok(value @ (Value::Object(_) | Value::Array(_))) => walker.walk(&value),
        Ok(_) => return None,
        Err(_) => walker.lines(text)?,
    }
    Some(walker.import)
}

/// Walks the JSON, numbering the items it meets for the reasons it gives.
#[derive(Default)]
struct Walker {
    import: Import,
    /// Items met so far (the reviews and the things that were not reviews).
    items: usize,
    /// The line being read, in JSON Lines.
    line: Option<usize>,
}

impl Walker {
    /// JSON Lines: each non-empty line a JSON value. `None` when the first is not, so that
    /// a CSV or a text file is not taken for JSON Lines with every line skipped.
    fn lines(&mut self, text: &str) -> Option<()> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty());
        let (first_at, first) = lines.next()?;
        let Ok(first @ (Value::Object(_) | Value::Array(_))) = serde_json::from_str(first) else {
            return None;
        };
        self.line = Some(first_at + 1);
        self.walk(&first);
        for (at, line) in lines {
            self.line = Some(at + 1);
            match serde_json::from_str::<Value>(line) {
                Ok(value) => self.walk(&value),
                Err(_) => self.skip("not JSON"),
            }
        }
        Some(())
    }

    /// Count the item being read as skipped, for `reason`.
    fn skip(&mut self, reason: impl Into<String>) {
        let here = self.here();
        self.import.skip(here, reason);
    }

    /// Where the item being read is: its line in JSON Lines, else its number.
    fn here(&self) -> String {
        match self.line {
            Some(line) => format!("line {line}"),
            None => format!("item {}", self.items),
        }
    }

    fn walk(&mut self, value: &Value) {
        match value {
            Value::Array(items) => items.iter().for_each(|item| self.walk(item)),
            Value::Object(object) if is_a(object, "ClaimReview") => {
                self.items += 1;
                match fact_check(object) {
                    Ok(fact_check) => self.import.fact_checks.push(fact_check),
                    Err(reason) => self.skip(reason),
                }
            }
            Value::Object(object) => {
                // The containers a feed or a page wraps its reviews in.
                let inner = ["@graph", "dataFeedElement", "item", "itemListElement"]
                    .iter()
                    .find_map(|key| object.get(*key));
                match inner {
                    Some(inner) => self.walk(inner),
                    None => {
                        self.items += 1;
                        let reason = match type_of(object) {
                            Some(kind) => format!("a {kind}, not a ClaimReview"),
                            None => "not a ClaimReview (no @type)".to_string(),
                        };
                        self.skip(reason);
                    }
                }
            }
            _ => {
                self.items += 1;
                self.skip("not an object");
            }
        }
    }
}

/// The object's `@type`, the first one when it lists several.
fn type_of(object: &Map<String, Value>) -> Option<&str> {
    match object.get("@type")? {
        Value::String(kind) => Some(kind),
        Value::Array(kinds) => kinds.iter().find_map(Value::as_str),
        _ => None,
    }
}

/// Whether the object's `@type` is (or lists) `kind`, with or without the schema.org prefix.
fn is_a(object: &Map<String, Value>, kind: &str) -> bool {
    let matches = |t: &Value| {
        t.as_str().is_some_and(|t| {
            let bare = t.rsplit(['/', ':']).next().unwrap_or(t);
            bare == kind
        })
    };
    match object.get("@type") {
        Some(Value::Array(kinds)) => kinds.iter().any(matches),
        Some(t) => matches(t),
        None => false,
    }
}

/// A text field: a string, or a number written out.
fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Array(items) => text_of(items.first()),
        _ => None,
    }
}

/// The `name` of an Organization or Person (or the string given in its place).
fn name_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::Object(object) => text_of(object.get("name")),
        Value::Array(items) => items.iter().find_map(|item| name_of(Some(item))),
        other => text_of(Some(other)),
    }
}

/// The rating's words: `alternateName`, else `name`, else "VALUE/BEST".
fn rating_of(value: Option<&Value>) -> String {
    let rating = match value {
        Some(Value::Object(rating)) => text_of(rating.get("alternateName"))
            .or_else(|| text_of(rating.get("name")))
            .or_else(|| {
                let value = text_of(rating.get("ratingValue"))?;
                Some(match text_of(rating.get("bestRating")) {
                    Some(best) => format!("{value}/{best}"),
                    None => value,
                })
            }),
        Some(Value::Array(ratings)) => Some(rating_of(ratings.first())),
        other => text_of(other),
    };
    plain_text(&rating.unwrap_or_default())
}

/// The language: a code, or an object with one (`{"@type": "Language", "alternateName": "ar"}`).
fn language_of(value: Option<&Value>) -> String {
    let code = match value {
        Some(Value::Object(language)) => text_of(language.get("alternateName"))
            .or_else(|| text_of(language.get("name")))
            .unwrap_or_default(),
        other => text_of(other).unwrap_or_default(),
    };
    language_code(&code)
}

/// The fact-check a ClaimReview object gives, or why it gives none.
fn fact_check(review: &Map<String, Value>) -> Result<FactCheck, &'static str> {
    let field = |key: &str| plain_text(&text_of(review.get(key)).unwrap_or_default());
    let claim = field("claimReviewed");
    if claim.is_empty() {
        return Err("no claimReviewed");
    }
    let url = web_address(&text_of(review.get("url")).unwrap_or_default());
    let publisher = name_of(review.get("author"))
        .or_else(|| name_of(review.get("publisher")))
        .map(|name| plain_text(&name))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| host_of(&url));
    Ok(FactCheck {
        claim,
        headline: field("headline"),
        description: field("description"),
        rating: rating_of(review.get("reviewRating")),
        publisher,
        date: iso_date(&text_of(review.get("datePublished")).unwrap_or_default()),
        language: language_of(review.get("inLanguage")),
        url,
    })
}
