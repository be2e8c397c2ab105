//! The score of a main-text extraction against the hand-written main text, shared by
//! `examples/extractor_eval.rs` and the library test that holds the extractor to it:
//! bag-of-words precision, recall and F1 (words are runs of letters and digits,
//! lower-cased, counted with their repetitions), the measure of the article-extraction
//! benchmarks.

#![allow(dead_code)]

use std::collections::HashMap;

/// Precision, recall, F1.
#[derive(Debug, Clone, Copy, Default)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

pub fn score(extracted: &str, gold: &str) -> Score {
    let (got, want) = (words(extracted), words(gold));
    let total = |m: &HashMap<String, usize>| m.values().sum::<usize>() as f64;
    let common: usize = got
        .iter()
        .map(|(w, n)| (*n).min(want.get(w).copied().unwrap_or(0)))
        .sum();
    let common = common as f64;
    let precision = if total(&got) > 0.0 {
        common / total(&got)
    } else {
        0.0
    };
    let recall = if total(&want) > 0.0 {
        common / total(&want)
    } else {
        0.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Score {
        precision,
        recall,
        f1,
    }
}
