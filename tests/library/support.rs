//! Helpers shared by the library's tests: the engine run on a text, and the rows of the
//! tab-separated test sets in `tests/data`.

use sanad::model::{Article, Claim};

/// The engine's claims of `text`, an article in `language`: segmented, then extracted.
pub fn claims_in(text: &str, language: &str) -> Vec<Claim> {
    let mut article = Article::new(String::new(), language.into(), "UTF-8".into(), text.into());
    article.sentences = sanad::engine::segment_sentences(text, language);
    sanad::engine::extract_claims(&article)
}

/// The rows of a tab-separated test set with `columns` columns (the last one takes the
/// rest of the line); comment lines (`#`) and blank lines skipped.
pub fn rows(file: &str, columns: usize) -> impl Iterator<Item = Vec<&str>> {
    file.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(move |line| line.splitn(columns, '\t').collect::<Vec<_>>())
        .filter(move |fields| fields.len() == columns)
}
