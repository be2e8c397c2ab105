//! How well the library finds the fact-check of a claim: MAP@5 and recall@5 on the
//! CheckThat! 2022 task 2A English tweets (`../shared/eval/matching/`, read its README).
//!
//! ```sh
//! cargo run --release --example eval_matching -- [DATA_DIR] [--weights CLAIM,HEADLINE,DESCRIPTION,TOGETHER] [--bm25-only]
//! ```
//!
//! The fact-checks are read as `sanad library import` reads them and indexed in memory; each
//! tweet is a query, searched as the library searches (BM25, then BM25's best ordered again
//! by the names they share, `sanad::factchecks::rerank`; `--bm25-only` leaves that out). The figures are printed for all the tweets and for two fixed parts of
//! them (every fifth tweet, "held out", and the rest, "tuning"): weights chosen on the tuning
//! part are judged on the held-out one.
//!
//! Then the window's two thresholds, on each match's strength (the share of the tweet's
//! rarity-weighted terms the fact-check has, [`sanad::factchecks::strength`]): for each
//! threshold, how often the best match of a tweet is marked and is right, and how often a
//! tweet is marked when its fact-check is not in the library at all (an index without any
//! tweet's fact-check): the false alarms a reviewer would see.

use sanad::factchecks::{FactCheck, FactCheckIndex, Weights, read_file, rerank, strength, terms};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut dir = PathBuf::from("../shared/eval/matching");
    let mut weights = Weights::default();
    let mut plain = false;
    while let Some(arg) = args.next() {
        if arg == "--bm25-only" {
            plain = true;
        } else if arg == "--weights" {
            let values: Vec<f32> = args
                .next()
                .ok_or("--weights needs CLAIM,HEADLINE,DESCRIPTION,TOGETHER")?
                .split(',')
                .map(str::parse)
                .collect::<Result<_, _>>()?;
            let [claim, headline, description, together] = values[..] else {
                return Err("--weights needs four numbers".into());
            };
            weights = Weights {
                claim,
                headline,
                description,
                together,
            };
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let started = Instant::now();
    let import = read_file(&dir.join("snopes-factchecks.claimreview.json"))?;
    let read = started.elapsed();
    let index = FactCheckIndex::in_memory(&import.fact_checks)?;
    let indexed = started.elapsed() - read;
    let queries = std::fs::read_to_string(dir.join("queries-train-dev.tsv"))?;
    let mut relevant: HashMap<String, HashSet<String>> = HashMap::new();
    for line in std::fs::read_to_string(dir.join("qrels-train-dev.tsv"))?
        .lines()
        .skip(1)
    {
        if let Some((query, url)) = line.split_once('\t') {
            relevant.entry(query.into()).or_default().insert(url.into());
        }
    }
    let mut parts = [Scores::default(), Scores::default(), Scores::default()];
    // For the thresholds: each tweet's top five, (strength, right), best first.
    let mut ranked: Vec<Vec<(f32, bool)>> = Vec::new();
    let searching = Instant::now();
    for (at, line) in queries.lines().enumerate() {
        let Some((id, text)) = line.split_once('\t') else {
            continue;
        };
        let Some(wanted) = relevant.get(id) else {
            continue;
        };
        let mut hits = index.search(text, rerank::CANDIDATES, weights)?;
        if !plain {
            rerank::by_names(text, &mut hits, |at| import.fact_checks.get(at));
        }
        hits.truncate(5);
        let urls: Vec<&str> = hits
            .iter()
            .map(|hit| import.fact_checks[hit.position].url.as_str())
            .collect();
        ranked.push(
            hits.iter()
                .zip(&urls)
                .map(|(hit, url)| {
                    let found = &import.fact_checks[hit.position];
                    (strength_of(&index, text, found), wanted.contains(*url))
                })
                .collect(),
        );
        let part = if at % 5 == 4 { 2 } else { 1 };
        for scores in [0, part] {
            parts[scores].add(&urls, wanted);
        }
    }
    let per_query = searching.elapsed() / parts[0].queries.max(1) as u32;
    println!(
        "{} fact-checks read in {:.2} s, indexed in {:.2} s; {:.2} ms per query; weights {weights:?}",
        import.fact_checks.len(),
        read.as_secs_f64(),
        indexed.as_secs_f64(),
        per_query.as_secs_f64() * 1000.0
    );
    for (name, scores) in ["all", "tuning", "held out"].iter().zip(&parts) {
        println!(
            "{name:9} {:4} tweets  MAP@5 {:.3}  recall@5 {:.3}",
            scores.queries,
            scores.map(),
            scores.recall()
        );
    }
    thresholds(&import.fact_checks, &queries, &relevant, &ranked, weights)?;
    Ok(())
}

/// The strength of `found` as a match for `text` (what the window compares with its
/// thresholds).
fn strength_of(index: &FactCheckIndex, text: &str, found: &FactCheck) -> f32 {
    let mut query = terms(text);
    query.sort();
    query.dedup();
    let rarity = index.rarity(&query).unwrap_or_default();
    strength(&query, &rarity, found)
}

/// The table of thresholds: marked and right, suggestions kept, false alarms.
fn thresholds(
    fact_checks: &[FactCheck],
    queries: &str,
    relevant: &HashMap<String, HashSet<String>>,
    ranked: &[Vec<(f32, bool)>],
    weights: Weights,
) -> Result<(), Box<dyn std::error::Error>> {
    // The library without any tweet's fact-check: every tweet is then a claim nobody has
    // checked, and whatever it is matched with is a false alarm.
    let wanted: HashSet<&String> = relevant.values().flatten().collect();
    let others: Vec<FactCheck> = fact_checks
        .iter()
        .filter(|f| !wanted.contains(&f.url))
        .cloned()
        .collect();
    let without = FactCheckIndex::in_memory(&others)?;
    let mut unmatched_best = Vec::new();
    for line in queries.lines() {
        let Some((id, text)) = line.split_once('\t') else {
            continue;
        };
        if !relevant.contains_key(id) {
            continue;
        }
        let best = without.search(text, 1, weights)?;
        let best = best.first().map_or(0.0, |hit| {
            strength_of(&without, text, &others[hit.position])
        });
        unmatched_best.push(best);
    }
    let tweets = ranked.len().max(1) as f64;
    let right_in_top: usize = ranked.iter().flatten().filter(|(_, right)| *right).count();
    println!(
        "\nthreshold on strength (all {} tweets; false alarms: the same tweets, their fact-checks removed):",
        ranked.len()
    );
    println!("  t     marked  marked&right  precision  false-alarm  right-listed  listed/tweet");
    for step in 2..=16 {
        let t = step as f32 * 0.05;
        let marked = ranked
            .iter()
            .filter(|r| r.first().is_some_and(|(s, _)| *s >= t));
        let (marked, right) = marked.fold((0, 0), |(m, ok), r| (m + 1, ok + r[0].1 as usize));
        let alarms = unmatched_best.iter().filter(|s| **s >= t).count();
        let listed = ranked.iter().flatten().filter(|(s, _)| *s >= t);
        let (listed, listed_right) =
            listed.fold((0, 0), |(n, ok), (_, r)| (n + 1, ok + *r as usize));
        println!(
            "  {t:.2}  {:6.3}  {:12.3}  {:9.3}  {:11.3}  {:12.3}  {:12.2}",
            marked as f64 / tweets,
            right as f64 / tweets,
            right as f64 / marked.max(1) as f64,
            alarms as f64 / unmatched_best.len().max(1) as f64,
            listed_right as f64 / right_in_top.max(1) as f64,
            listed as f64 / tweets,
        );
    }
    Ok(())
}

/// Average precision at 5 and recall at 5, summed over queries.
#[derive(Default)]
struct Scores {
    queries: usize,
    average_precision: f64,
    recall: f64,
}

impl Scores {
    fn add(&mut self, ranked: &[&str], wanted: &HashSet<String>) {
        let mut found = 0;
        let mut precision_sum = 0.0;
        for (rank, url) in ranked.iter().take(5).enumerate() {
            if wanted.contains(*url) {
                found += 1;
                precision_sum += found as f64 / (rank + 1) as f64;
            }
        }
        self.queries += 1;
        self.average_precision += precision_sum / wanted.len().min(5) as f64;
        self.recall += found as f64 / wanted.len() as f64;
    }

    fn map(&self) -> f64 {
        self.average_precision / self.queries.max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.recall / self.queries.max(1) as f64
    }
}
