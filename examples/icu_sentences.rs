//! The reference for `sanad claims` as a whole process: ICU4X's sentence splitting alone,
//! reading the file and writing one line per sentence, as a program a user would run.
//!
//! ```sh
//! cargo build --release --example icu_sentences
//! time target/release/examples/icu_sentences ARTICLE > /dev/null
//! time target/release/sanad claims ARTICLE --format tsv > /dev/null
//! ```

use std::io::Write;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: icu_sentences ARTICLE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("icu_sentences: {path}: {e}");
        std::process::exit(1);
    });
    let segmenter = icu_segmenter::SentenceSegmenter::new(Default::default());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut start = 0;
    for end in segmenter.segment_str(&text).skip(1) {
        let sentence = text[start..end].trim();
        if !sentence.is_empty() && writeln!(out, "{start}\t{end}\t{sentence}").is_err() {
            return;
        }
        start = end;
    }
    let _ = out.flush();
}
