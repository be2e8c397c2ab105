//! Train the check-worthiness models and write `assets/worthiness/model.bin`.
//!
//! ```sh
//! cargo run --release --example train_worthiness -- ../shared/eval/checkworthiness/claimbuster-train.json
//! ```
//!
//! The data: ClaimBuster's labelled debate sentences (JSON: `[{"text": …, "label": 0|1}, …]`;
//! where it comes from is in `assets/worthiness/README.md`). Reproducible: the split and the
//! order of training are drawn from a fixed seed.
//!
//! 1. The sentences are shuffled and split: 20% held out for the figures reported, the rest
//!    for fitting; the regularisation is chosen on a fifth of the fitting part.
//! 2. Two logistic regressions are fitted by stochastic gradient descent with AdaGrad steps and
//!    L2 regularisation: words and signals (for English), and signals alone (for languages
//!    without training data). The engine's own analysis gives the signals
//!    (`sanad::engine::sentence_kinds`), as it does when it scores a claim.
//! 3. ROC AUC and F1 on the held-out fifth are printed, then both models are fitted again on
//!    every sentence and written.

use sanad::engine::worthiness::{Features, Model, Models, Signal};
use sanad::model::ClaimKind;

/// The seed of the shuffles.
const SEED: u64 = 0x5A4E_AD00_2026_1202;
/// Passes over the training sentences.
const EPOCHS: usize = 12;
/// AdaGrad's base step.
const STEP: f32 = 0.3;
/// The regularisation strengths tried.
const L2: [f32; 5] = [1e-7, 1e-6, 1e-5, 3e-5, 1e-4];

struct Example {
    features: Features,
    label: bool,
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/checkworthiness/claimbuster-train.json".into());
    let out = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "assets/worthiness/model.bin".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let mut examples: Vec<Example> = rows
        .iter()
        .filter_map(|row| {
            let text = row.get("text")?.as_str()?;
            let label = row.get("label")?.as_i64()? == 1;
            let kinds = sanad::engine::sentence_kinds(text, "en");
            Some(Example {
                features: Features::of(text, &kinds),
                label,
            })
        })
        .collect();
    let positives = examples.iter().filter(|e| e.label).count();
    println!(
        "{} sentences, {positives} check-worthy ({path})",
        examples.len()
    );
    let mut random = XorShift(SEED);
    random.shuffle(&mut examples);
    let held_out = examples.len() / 5;
    let (test, fit) = examples.split_at(held_out);
    let validation = fit.len() / 5;
    let (check, train) = fit.split_at(validation);

    // References on the same held-out sentences: the previous build's hand-set sum of the
    // kinds, and "has a digit".
    let reference = |score: &dyn Fn(&Example) -> f32| {
        let scores: Vec<(f32, bool)> = test.iter().map(|e| (score(e), e.label)).collect();
        roc_auc(scores)
    };
    println!(
        "references, held out: the previous hand-set score ROC AUC {:.3}; has a digit {:.3}",
        reference(&hand_set),
        reference(&|e| e.features.signals[Signal::Kind(ClaimKind::Number).index()]),
    );
    let mut chosen = [0.0f32; 2];
    for (slot, (name, words)) in [("words and signals", true), ("signals alone", false)]
        .into_iter()
        .enumerate()
    {
        let l2 = pick(train, check, words);
        chosen[slot] = l2;
        let model = train_model(fit, words, l2, SEED);
        let (_, threshold) = best_f1(&model, fit);
        println!(
            "{name}: L2 {l2:e}; held out ({} sentences): ROC AUC {:.3}, F1 {:.3} at the threshold {threshold:.2} chosen on the fitting part (F1 at 0.5: {:.3})",
            test.len(),
            auc(&model, test),
            f1_at(&model, test, threshold),
            f1_at(&model, test, 0.5),
        );
        if words {
            let mut top: Vec<(Signal, f32)> =
                Signal::ALL.iter().copied().zip(model.signals).collect();
            top.sort_by(|a, b| b.1.total_cmp(&a.1));
            let listed: Vec<String> = top
                .iter()
                .map(|(s, w)| format!("{} {w:+.2}", s.label()))
                .collect();
            println!("  signal weights: {}", listed.join(", "));
        }
    }
    let models = Models {
        words_and_signals: train_model(&examples, true, chosen[0], SEED),
        signals_only: train_model(&examples, false, chosen[1], SEED),
    };
    std::fs::write(&out, models.to_bytes()).unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    println!("wrote {out} (fitted on all {} sentences)", examples.len());
}

/// The regularisation with the best AUC on `check` for a model fitted on `train`.
fn pick(train: &[Example], check: &[Example], words: bool) -> f32 {
    let mut best = (f64::MIN, L2[0]);
    for l2 in L2 {
        let score = auc(&train_model(train, words, l2, SEED), check);
        if score > best.0 {
            best = (score, l2);
        }
    }
    best.1
}

/// Logistic regression by SGD with AdaGrad steps: `words` says whether the word weights are
/// fitted (else they stay empty and only the signals are read).
fn train_model(examples: &[Example], words: bool, l2: f32, seed: u64) -> Model {
    let mut model = Model::zero(words);
    let mut squares_bias = 1e-8f32;
    let mut squares_signals = vec![1e-8f32; Signal::ALL.len()];
    let mut squares_words = vec![1e-8f32; if words { model.words.len() } else { 0 }];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut random = XorShift(seed ^ 0x9E37_79B9);
    for _ in 0..EPOCHS {
        random.shuffle(&mut order);
        for &at in &order {
            let example = &examples[at];
            let features = model_view(&model, &example.features);
            let error = model.probability(&features) - f32::from(u8::from(example.label));
            squares_bias += error * error;
            model.bias -= STEP * error / squares_bias.sqrt();
            let signal_steps = model
                .signals
                .iter_mut()
                .zip(&mut squares_signals)
                .zip(features.signals);
            for ((weight, squares), x) in signal_steps {
                let g = error * x + l2 * *weight;
                *squares += g * g;
                *weight -= STEP * g / squares.sqrt();
            }
            for &(bucket, x) in &features.words {
                let i = bucket as usize;
                let g = error * x + l2 * model.words[i];
                squares_words[i] += g * g;
                model.words[i] -= STEP * g / squares_words[i].sqrt();
            }
        }
    }
    model
}

/// The previous build's check-worthiness: a hand-set sum over the kinds, halved under five
/// words (kept here as the reference the model is measured against).
fn hand_set(example: &Example) -> f32 {
    let weights = [
        (ClaimKind::Number, 0.25),
        (ClaimKind::Date, 0.1),
        (ClaimKind::Comparison, 0.15),
        (ClaimKind::Attribution, 0.1),
        (ClaimKind::Quote, 0.05),
        (ClaimKind::NamedEntity, 0.1),
        (ClaimKind::Causal, 0.1),
        (ClaimKind::Prediction, 0.05),
        (ClaimKind::Opinion, -0.15),
        (ClaimKind::Question, -0.15),
    ];
    let signals = &example.features.signals;
    let mut score = 0.15
        + weights
            .iter()
            .map(|(kind, w)| w * signals[Signal::Kind(*kind).index()])
            .sum::<f32>();
    if signals[Signal::Short.index()] > 0.0 {
        score *= 0.5;
    }
    score.clamp(0.0, 1.0)
}

fn scored(model: &Model, examples: &[Example]) -> Vec<(f32, bool)> {
    examples
        .iter()
        .map(|e| (model.probability(&model_view(model, &e.features)), e.label))
        .collect()
}

/// What `model` reads of `features` (the model of signals alone has no word weights).
fn model_view(model: &Model, features: &Features) -> Features {
    if model.words.is_empty() {
        Features {
            words: Vec::new(),
            ..features.clone()
        }
    } else {
        features.clone()
    }
}

/// The area under the ROC curve: the chance that a check-worthy sentence scores above one
/// that is not (ties count half).
fn auc(model: &Model, examples: &[Example]) -> f64 {
    roc_auc(scored(model, examples))
}

/// The area under the ROC curve of (score, label) pairs.
fn roc_auc(mut scores: Vec<(f32, bool)>) -> f64 {
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut rank_sum, mut positives) = (0.0f64, 0usize);
    let mut at = 0;
    while at < scores.len() {
        let mut end = at;
        while end < scores.len() && scores[end].0 == scores[at].0 {
            end += 1;
        }
        // Tied scores share the mean of their ranks (1-based).
        let rank = (at + 1 + end) as f64 / 2.0;
        for s in &scores[at..end] {
            if s.1 {
                rank_sum += rank;
                positives += 1;
            }
        }
        at = end;
    }
    let negatives = scores.len() - positives;
    if positives == 0 || negatives == 0 {
        return 0.5;
    }
    let p = positives as f64;
    (rank_sum - p * (p + 1.0) / 2.0) / (p * negatives as f64)
}

fn f1_at(model: &Model, examples: &[Example], threshold: f32) -> f64 {
    let (mut tp, mut fp, mut fneg) = (0.0f64, 0.0f64, 0.0f64);
    for (score, label) in scored(model, examples) {
        match (score >= threshold, label) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            (false, false) => {}
        }
    }
    if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fneg)
    }
}

/// The threshold with the best F1 on `examples`, and that F1.
fn best_f1(model: &Model, examples: &[Example]) -> (f64, f32) {
    (1..20)
        .map(|i| i as f32 / 20.0)
        .map(|t| (f1_at(model, examples, t), t))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap_or((0.0, 0.5))
}

/// A small fixed-seed generator: the same split and order on every machine.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

fn fail(message: &str) -> ! {
    eprintln!("train_worthiness: {message}");
    std::process::exit(1);
}
