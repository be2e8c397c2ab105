//! The search index over the library's fact-checks: tantivy's BM25 over each fact-check's
//! claim, headline and description, each alone and the three together, weighted. The text
//! is analysed here ([`super::analysis::terms`]) and given to tantivy as terms split by
//! spaces, so that the index and the queries are analysed by the same code, whatever the
//! language.

use super::FactCheck;
use super::analysis::terms;
use std::path::Path;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::{Index, IndexReader, TantivyDocument, Term};

/// The name the analysed text's tokenizer is registered under.
const TERMS_TOKENIZER: &str = "sanad_terms";

/// How much a query term found in each field counts (BM25 score times this).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// In the claim reviewed.
    pub claim: f32,
    /// In the fact-check's title.
    pub headline: f32,
    /// In its summary.
    pub description: f32,
    /// In the three as one text: BM25 over their words together.
    pub together: f32,
}

impl Default for Weights {
    /// Chosen on the tuning part of the development tweets (`examples/eval_matching.rs`):
    /// BM25 over the three texts together, and the headline once more (fields weighted
    /// apart scored lower: Snopes' summaries mostly restate the claim as "Rumor: …", and a
    /// term's rarity is better judged over the whole fact-check).
    fn default() -> Self {
        Weights {
            claim: 0.0,
            headline: 0.25,
            description: 0.0,
            together: 1.0,
        }
    }
}

/// Why the index could not be made or searched.
#[derive(Debug, thiserror::Error)]
#[error("the fact-check index failed: {0}")]
pub struct IndexError(#[from] tantivy::TantivyError);

/// A fact-check found for a query: its place in the library's list, and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Its position in the list the index was made from.
    pub position: usize,
    /// BM25, summed over the fields with their weights.
    pub score: f32,
}

/// The index, open for searching.
pub struct FactCheckIndex {
    reader: IndexReader,
    fields: [Field; 4],
    position: Field,
}

impl FactCheckIndex {
    /// An index in memory of `fact_checks`, in their order.
    pub fn in_memory<'a>(
        fact_checks: impl IntoIterator<Item = &'a FactCheck>,
    ) -> Result<Self, IndexError> {
        let (schema, _, _) = schema();
        Self::filled(Index::create_in_ram(schema), fact_checks)
    }

    /// An index of `fact_checks` made in the folder `dir`, replacing what it held.
    pub fn made_in<'a>(
        dir: &Path,
        fact_checks: impl IntoIterator<Item = &'a FactCheck>,
    ) -> Result<Self, IndexError> {
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(|e| IndexError(e.into()))?;
        }
        std::fs::create_dir_all(dir).map_err(|e| IndexError(e.into()))?;
        let (schema, _, _) = schema();
        Self::filled(Index::create_in_dir(dir, schema)?, fact_checks)
    }

    /// The index made earlier in the folder `dir`.
    pub fn opened_in(dir: &Path) -> Result<Self, IndexError> {
        Self::ready(Index::open_in_dir(dir)?)
    }

    /// `index` (new, empty) with `fact_checks` added, ready for searching.
    fn filled<'a>(
        index: Index,
        fact_checks: impl IntoIterator<Item = &'a FactCheck>,
    ) -> Result<Self, IndexError> {
        register_tokenizer(&index);
        let (_, fields, position) = schema();
        // The budget tantivy's writer divides among its threads: a few tens of megabytes
        // index 200 000 fact-checks without flushing more than a few times.
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 64 * 1024 * 1024)?;
        for (at, fact_check) in fact_checks.into_iter().enumerate() {
            let mut document = TantivyDocument::default();
            let texts = [
                &fact_check.claim,
                &fact_check.headline,
                &fact_check.description,
            ];
            let analysed = texts.map(|text| terms(text).join(" "));
            let together = analysed.join(" ");
            for (field, text) in fields.iter().zip(analysed.into_iter().chain([together])) {
                document.add_text(*field, text);
            }
            document.add_u64(position, at as u64);
            writer.add_document(document)?;
        }
        writer.commit()?;
        Self::ready(index)
    }

    /// `index` with its tokenizer registered and its fields found by name.
    fn ready(index: Index) -> Result<Self, IndexError> {
        register_tokenizer(&index);
        let schema = index.schema();
        let field = |name: &str| schema.get_field(name);
        let fields = [
            field("claim")?,
            field("headline")?,
            field("description")?,
            field("together")?,
        ];
        let position = field("position")?;
        Ok(FactCheckIndex {
            reader: index.reader()?,
            fields,
            position,
        })
    }

    /// The `top` fact-checks that best match `text`, best first.
    pub fn search(&self, text: &str, top: usize, weights: Weights) -> Result<Vec<Hit>, IndexError> {
        let mut query_terms = terms(text);
        query_terms.sort();
        query_terms.dedup();
        let boosts = [
            weights.claim,
            weights.headline,
            weights.description,
            weights.together,
        ];
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in self.fields.iter().zip(boosts) {
            if boost <= 0.0 {
                continue;
            }
            for term in &query_terms {
                let query = TermQuery::new(
                    Term::from_field_text(*field, term),
                    IndexRecordOption::WithFreqs,
                );
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(query), boost)),
                ));
            }
        }
        if clauses.is_empty() || top == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let found = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(top).order_by_score(),
        )?;
        let mut hits = Vec::with_capacity(found.len());
        for (score, address) in found {
            let document: TantivyDocument = searcher.doc(address)?;
            if let Some(position) = document.get_first(self.position).and_then(|v| v.as_u64()) {
                hits.push(Hit {
                    position: position as usize,
                    score,
                });
            }
        }
        Ok(hits)
    }
}

impl FactCheckIndex {
    /// How rare each of `terms` (analysed) is among the indexed fact-checks: BM25's inverse
    /// document frequency over the texts together, the highest for a term no fact-check has.
    pub fn rarity(&self, terms: &[String]) -> Result<Vec<f32>, IndexError> {
        let searcher = self.reader.searcher();
        let total = searcher.num_docs() as f32;
        terms
            .iter()
            .map(|term| {
                let found = searcher.doc_freq(&Term::from_field_text(self.fields[3], term))? as f32;
                Ok((1.0 + (total - found + 0.5) / (found + 0.5)).ln())
            })
            .collect()
    }
}

/// Terms are analysed before they reach tantivy: its tokenizer only splits them at spaces.
/// A tokenizer is not kept in the index's files, so it is registered on every opening.
fn register_tokenizer(index: &Index) {
    index.tokenizers().register(
        TERMS_TOKENIZER,
        TextAnalyzer::builder(WhitespaceTokenizer::default()).build(),
    );
}

/// The index's fields: the three texts and the three together (analysed terms, with their
/// frequencies), and the fact-check's position, stored.
fn schema() -> (Schema, [Field; 4], Field) {
    let mut builder = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TERMS_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let fields = [
        builder.add_text_field("claim", text.clone()),
        builder.add_text_field("headline", text.clone()),
        builder.add_text_field("description", text.clone()),
        builder.add_text_field("together", text),
    ];
    let position = builder.add_u64_field("position", STORED);
    (builder.build(), fields, position)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact_check(claim: &str, headline: &str) -> FactCheck {
        FactCheck {
            claim: claim.into(),
            headline: headline.into(),
            ..FactCheck::default()
        }
    }

    #[test]
    fn the_fact_check_of_a_reworded_claim_comes_first() {
        let library = [
            fact_check(
                "Bill Gates wants to microchip people with vaccines",
                "Gates microchips?",
            ),
            fact_check(
                "Drinking hot water kills the coronavirus",
                "Hot water and COVID",
            ),
            fact_check("أعلنت الحكومة رفع أسعار الخبز بنسبة ٥٠٪", "الخبز"),
        ];
        let index = FactCheckIndex::in_memory(&library).unwrap();
        let best = |text: &str| index.search(text, 3, Weights::default()).unwrap()[0].position;
        assert_eq!(
            best("does drinking hot water kill covid? https://t.co/x"),
            1
        );
        assert_eq!(best("Gates microchipping vaccine plan"), 0);
        assert_eq!(best("الحكومه اعلنت رفع سعر الخبز 50%"), 2);
        assert!(
            index
                .search("zebra", 3, Weights::default())
                .unwrap()
                .is_empty()
        );
        assert!(index.search("", 3, Weights::default()).unwrap().is_empty());
    }
}
