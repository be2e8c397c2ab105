//! Long articles for the scale benchmarks (a parliamentary transcript, in English and
//! Arabic), of any size.

#![allow(dead_code)] // each bench uses part of this

use sanad::model::Review;

/// English and Arabic sentences of a council transcript, about 100 bytes each (a 10 MB
/// article has about 100 000 of them); `{n}` and `{m}` are replaced by varying numbers.
const SENTENCES: [&str; 8] = [
    "The council approved {n} million for buses on Tuesday, the finance office said.",
    "Ridership rose {m}% last year and now exceeds the levels of 2019.",
    "Councillor Reyes said the plan would cost {n} million more than promised.",
    "Why did the city wait {m} years to publish the figures?",
    "قال المجلس إن الميزانية ارتفعت بنسبة {m} في المئة هذا العام.",
    "وأعلنت الوزارة عن {n} مليون دولار لشراء حافلات كهربائية.",
    "ذكرت صحيفة فاينانشيال تايمز أن الشركة تضم {m} موظفا.",
    "وكان ماسك قد استثمر {n} مليون دولار في OpenAI عام 2015.",
];

/// An article of about `bytes` bytes: paragraphs of four sentences, English and Arabic,
/// with their numbers varied so that no two sentences are the same text.
pub fn long_article(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 1024);
    let mut n = 0usize;
    while out.len() < bytes {
        for k in 0..4 {
            let sentence = SENTENCES[(n + k * 3) % SENTENCES.len()]
                .replace("{n}", &(n % 997 + 3).to_string())
                .replace("{m}", &(n % 89 + 2).to_string());
            out.push_str(&sentence);
            out.push(if k == 3 { '\n' } else { ' ' });
            n += 1;
        }
    }
    out
}

/// A review of [`long_article`] with the engine's claims.
pub fn long_review(bytes: usize) -> Review {
    sanad::review_from_article(sanad::import::article_from_text(
        long_article(bytes),
        "UTF-8",
        "long",
    ))
}

/// The sizes every scale figure is given at.
pub const SIZES: [(&str, usize); 3] =
    [("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)];
