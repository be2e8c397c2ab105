//! Fact-checks kept in a spreadsheet: CSV (or TSV) with a header row naming its columns.
//! Only the claim column is required; the names are matched loosely ("Claim", "claim_reviewed",
//! "claimReviewed"; "rating", "verdict"; …).

use super::clean::{host_of, iso_date, language_code, plain_text, web_address};
use super::{FactCheck, Import};

/// The fields of a fact-check, and the header names that mean each (folded: lower case,
/// without spaces, "_" and "-").
const COLUMNS: &[(Field, &[&str])] = &[
    (
        Field::Claim,
        &["claim", "claimreviewed", "claimtext", "text", "statement"],
    ),
    (
        Field::Rating,
        &[
            "rating",
            "verdict",
            "alternatename",
            "textualrating",
            "truthrating",
            "label",
        ],
    ),
    (
        Field::Url,
        &["url", "link", "reviewurl", "factcheckurl", "address"],
    ),
    (
        Field::Date,
        &["date", "datepublished", "published", "reviewdate"],
    ),
    (
        Field::Publisher,
        &[
            "publisher",
            "author",
            "organisation",
            "organization",
            "factchecker",
            "site",
        ],
    ),
    (Field::Language, &["language", "lang", "inlanguage"]),
    (Field::Headline, &["headline", "title"]),
    (Field::Description, &["description", "summary"]),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Claim,
    Rating,
    Url,
    Date,
    Publisher,
    Language,
    Headline,
    Description,
}

/// The fact-checks of `text` read as CSV (tab-separated when its header has tabs and no
/// commas); `None` when its header names no claim column.
pub fn read(text: &str) -> Option<Import> {
    let header = text.lines().next()?;
    let delimiter = if header.contains('\t') && !header.contains(',') {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns: Vec<Option<Field>> = reader
        .headers()
        .ok()?
        .iter()
        .map(|name| {
            let folded: String = name
                .trim()
                .chars()
                .filter(|c| !matches!(c, ' ' | '_' | '-'))
                .collect::<String>()
                .to_lowercase();
            COLUMNS
                .iter()
                .find(|(_, names)| names.contains(&folded.as_str()))
                .map(|(field, _)| *field)
        })
        .collect();
    if !columns.contains(&Some(Field::Claim)) {
        return None;
    }
    let mut import = Import::default();
    for (index, record) in reader.records().enumerate() {
        // The header is row 1.
        let at = format!("row {}", index + 2);
        let Ok(record) = record else {
            import.skip(at, "not CSV");
            continue;
        };
        let mut fact_check = FactCheck::default();
        for (value, field) in record.iter().zip(&columns) {
            let Some(field) = field else { continue };
            let value = plain_text(value);
            // The first column of a field wins when a header names it twice.
            let slot = match field {
                Field::Claim => &mut fact_check.claim,
                Field::Rating => &mut fact_check.rating,
                Field::Url => &mut fact_check.url,
                Field::Date => &mut fact_check.date,
                Field::Publisher => &mut fact_check.publisher,
                Field::Language => &mut fact_check.language,
                Field::Headline => &mut fact_check.headline,
                Field::Description => &mut fact_check.description,
            };
            if slot.is_empty() {
                *slot = value;
            }
        }
        if fact_check.claim.is_empty() {
            import.skip(at, "no claim");
            continue;
        }
        fact_check.url = web_address(&fact_check.url);
        fact_check.date = iso_date(&fact_check.date);
        fact_check.language = language_code(&fact_check.language);
        if fact_check.publisher.is_empty() {
            fact_check.publisher = host_of(&fact_check.url);
        }
        import.fact_checks.push(fact_check);
    }
    Some(import)
}
