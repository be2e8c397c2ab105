//! Sentences become claims: one or more per sentence, split at clause boundaries, each
//! tagged with what kind of statement it makes, who the text attributes it to, and how much
//! it deserves checking. Questions, bylines and page boilerplate are kept but marked as not
//! checkable, so the reviewer sees everything the article says.

mod attribution;
mod attribution_words;
mod cues;
mod furniture;
mod furniture_words;
mod kinds;
mod names;
mod speakers;
mod split;
mod word_set;

use crate::model::{Article, Claim, ClaimId, ClaimKind, Span, Verdict};
use cues::Cues;
use furniture::dateline_end;
pub use furniture::is_boilerplate;

/// Whether `sentence` asks rather than states.
fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '»' | '”' | ')'))
        .ends_with(['?', '؟', '？'])
}

/// A set of claim kinds, in one word: a found claim's kinds without an allocation of
/// their own (a long article has hundreds of thousands of claims). Listed in
/// [`ClaimKind`]'s order, the order the engine gives them in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kinds(u16);

impl Kinds {
    /// The set of `kinds`.
    pub fn of(kinds: &[ClaimKind]) -> Self {
        Kinds(kinds.iter().fold(0, |set, k| set | 1 << *k as u16))
    }

    /// Its kinds, in [`ClaimKind`]'s order.
    pub fn iter(self) -> impl Iterator<Item = ClaimKind> {
        ClaimKind::ALL
            .into_iter()
            .filter(move |&k| self.contains(k))
    }

    /// Its kinds as a list, in [`ClaimKind`]'s order.
    pub fn to_vec(self) -> Vec<ClaimKind> {
        self.iter().collect()
    }

    /// Whether `kind` is in the set.
    pub fn contains(self, kind: ClaimKind) -> bool {
        self.0 & 1 << kind as u16 != 0
    }

    /// Adds `kind` to the set.
    pub fn insert(&mut self, kind: ClaimKind) {
        self.0 |= 1 << kind as u16;
    }

    /// Takes `kind` out of the set.
    pub fn remove(&mut self, kind: ClaimKind) {
        self.0 &= !(1 << kind as u16);
    }

    /// The kinds of both sets.
    pub fn union(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }
}

/// A claim as the engine finds it: where it is and what the engine makes of it, without
/// the review's fields (verdict, sources, note, a copy of its words). What `sanad claims`
/// prints; [`FoundClaim::into_claim`] makes the review's claim of it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundClaim {
    /// Where it sits in the article text.
    pub span: Span,
    /// Index into the article's sentences of the sentence it belongs to.
    pub sentence: usize,
    /// What sorts of statement it makes.
    pub kinds: Kinds,
    /// How much it deserves checking, 0 to 1.
    pub worthiness: f32,
    /// Who the article says made the statement, when it says.
    pub attributed_to: Option<String>,
    /// False for questions, bylines and page boilerplate.
    pub checkable: bool,
}

impl FoundClaim {
    /// The review's claim `id` of it, over `text` (the article's): unreviewed, or Not
    /// checkable when the engine found nothing to check in it (so that it leaves the
    /// "N/M reviewed" count and is never exported as a fact-check; the reviewer can still
    /// give it a verdict).
    pub fn into_claim(self, id: ClaimId, text: &str) -> Claim {
        let mut claim = Claim::new(id, text, self.span, self.sentence);
        claim.kinds = self.kinds.to_vec();
        claim.verdict = self.verdict();
        claim.attributed_to = self.attributed_to;
        claim.checkable = self.checkable;
        claim.worthiness = self.worthiness;
        claim
    }

    /// The verdict its review's claim starts with: none yet, or Not checkable.
    pub fn verdict(&self) -> Verdict {
        match self.checkable {
            true => Verdict::Unreviewed,
            false => Verdict::NotCheckable,
        }
    }
}

/// The claims of an article whose sentences are already segmented, numbered from 1.
///
/// The claims are found run by run on every core, then made into the review's claims on
/// every core straight into the one list: copying the later runs' claims onto the first
/// run's list on one thread was a tenth of `sanad new` on a long article.
pub fn extract_claims(article: &Article) -> Vec<Claim> {
    let threads = crate::parallel::threads_for(article.text.len(), crate::parallel::MIN_PIECE);
    claims_in_pieces(article, threads)
}

/// [`extract_claims`] on at most `threads` threads; the answer does not depend on them.
fn claims_in_pieces(article: &Article, threads: usize) -> Vec<Claim> {
    use rayon::prelude::*;
    let parts = found_in_pieces(article, threads);
    let text = &article.text;
    let mut claims = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        let first_id = claims.len() + 1;
        let claim = |(at, found): (usize, FoundClaim)| {
            found.into_claim(ClaimId((first_id + at) as u32), text)
        };
        if threads <= 1 {
            claims.extend(part.into_iter().enumerate().map(claim));
        } else {
            let each = part.len().div_ceil(threads).max(1);
            claims.par_extend(
                part.into_par_iter()
                    .with_min_len(each)
                    .enumerate()
                    .map(claim),
            );
        }
    }
    claims
}

/// The claims of an article whose sentences are already segmented, as the engine finds
/// them (the claim numbered N is the Nth): what [`extract_claims`] makes claims of, without
/// their copies of the text.
pub fn find_claims(article: &Article) -> Vec<FoundClaim> {
    let mut runs = find_claim_runs(article).into_iter();
    let mut claims = runs.next().unwrap_or_default();
    for run in runs {
        claims.extend(run);
    }
    claims
}

/// [`find_claims`] in the runs they were found in, side by side, in order: the claims are
/// the runs' one after the other. For a caller that reads them in order, without the copy
/// that joining the runs into one list costs on a long article.
pub fn find_claim_runs(article: &Article) -> Vec<Vec<FoundClaim>> {
    let threads = crate::parallel::threads_for(article.text.len(), crate::parallel::MIN_PIECE);
    found_in_pieces(article, threads)
}

/// The article's sentences cut into runs of about `sentences` sentences each (fewer, longer
/// runs where paragraphs are long), in order, each starting a paragraph: the claims of each
/// run ([`claims_in_run`]) do not depend on the others, so runs can be read on any thread.
pub fn sentence_runs(article: &Article, sentences: usize) -> Vec<std::ops::Range<usize>> {
    paragraph_runs(article, article.sentences.len().div_ceil(sentences.max(1)))
}

/// The claims with the sentences cut into runs read side by side on `threads` threads,
/// each run's in a list of its own, in order; together they do not depend on `threads`.
fn found_in_pieces(article: &Article, threads: usize) -> Vec<Vec<FoundClaim>> {
    use rayon::prelude::*;
    let find = |run: std::ops::Range<usize>| {
        // Room for every claim without moving the list: untouched room costs nothing.
        let mut claims = Vec::with_capacity(run.len() * 3 / 2);
        claims_in_run(article, run, |found| claims.push(found));
        claims
    };
    if threads <= 1 {
        return vec![find(0..article.sentences.len())];
    }
    // Several runs a thread, taken by whichever thread is free: with one run a thread, a
    // thread on a slower or busier core held the others back by a fifth of the work.
    let runs = paragraph_runs(article, threads * RUNS_PER_THREAD);
    runs.into_par_iter().map(find).collect()
}

/// How many runs of sentences each thread finding claims is given, on average.
const RUNS_PER_THREAD: usize = 8;

/// The article's sentences cut into at most `pieces` runs of about equal length, each
/// starting a paragraph (a line break before it): nothing a sentence's claims depend on
/// reaches back across one.
fn paragraph_runs(article: &Article, pieces: usize) -> Vec<std::ops::Range<usize>> {
    let sentences = &article.sentences;
    let starts_paragraph = |at: usize| {
        at == 0 || gap_breaks_line(&article.text, sentences[at - 1].end, sentences[at].start)
    };
    let mut runs = Vec::with_capacity(pieces);
    let mut start = 0;
    // Where the last look for a paragraph's start stopped: no sentence is looked at twice,
    // so an article of one long paragraph cut into many runs stays linear.
    let mut looked = 0;
    for k in 1..pieces.max(1) {
        let mut cut = (sentences.len() * k / pieces).max(start).max(looked);
        while cut < sentences.len() && !starts_paragraph(cut) {
            cut += 1;
        }
        looked = cut;
        if cut > start && cut < sentences.len() {
            runs.push(start..cut);
            start = cut;
        }
    }
    runs.push(start..sentences.len());
    runs
}

/// Whether the text between two sentences, `from..to`, holds a line break.
fn gap_breaks_line(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| gap.contains('\n'))
}

/// The claims of the article's sentences in `run`, the first of which starts a paragraph
/// (a run of [`sentence_runs`]), each given to `keep` in order: together, the runs' claims
/// are [`find_claims`]'s.
pub fn claims_in_run(
    article: &Article,
    run: std::ops::Range<usize>,
    mut keep: impl FnMut(FoundClaim),
) {
    let article_language = article.language.as_str();
    let mut found = Vec::new();
    let mut speakers = speakers::Speakers::default();
    let mut languages = crate::engine::SentenceLanguages::new(&article.text, article_language);
    let mut previous_end = run
        .start
        .checked_sub(1)
        .map_or(0, |i| article.sentences[i].end);
    for index in run {
        let span = &article.sentences[index];
        let sentence = article.slice(*span);
        // A new line is a new paragraph: its pronouns do not reach back past it.
        if gap_breaks_line(&article.text, previous_end, span.start) {
            speakers.new_paragraph();
        }
        previous_end = span.end;
        // A sentence in another script is in another language: its cues and its model.
        let language = languages.of(*span);
        let cues = Cues::for_language(language);
        let alone = alone_on_line(&article.text, *span);
        let mut drafts = analyse_sentence(sentence, alone, cues, language, &mut found);
        for at in speakers.resolve(sentence, &mut drafts) {
            let draft = &mut drafts[at];
            speakers::with_attribution(&mut draft.kinds);
            let text = &sentence[draft.start..draft.end];
            draft.worthiness = super::worthiness::score(text, draft.kinds, language);
        }
        drop_unresolved_pronouns(sentence, &mut drafts, language);
        for draft in drafts {
            keep(FoundClaim {
                span: Span::new(span.start + draft.start, span.start + draft.end),
                sentence: index,
                kinds: draft.kinds,
                worthiness: draft.worthiness,
                attributed_to: draft.attributed_to,
                checkable: draft.checkable,
            });
        }
    }
}

/// A claim found in one sentence, with byte offsets relative to the sentence.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    start: usize,
    end: usize,
    kinds: Kinds,
    attributed_to: Option<String>,
    checkable: bool,
    worthiness: f32,
}

impl Draft {
    fn not_checkable(sentence: &str, kinds: Kinds) -> Self {
        Draft {
            start: 0,
            end: sentence.len(),
            kinds,
            attributed_to: None,
            checkable: false,
            worthiness: 0.0,
        }
    }
}

/// The kinds of every claim of `sentence`, a sentence in `language`, together: what the
/// check-worthiness model is trained on (its data is labelled by sentence).
pub fn sentence_kinds(sentence: &str, language: &str) -> Vec<ClaimKind> {
    let cues = Cues::for_language(language);
    let mut drafts = analyse_sentence(sentence, false, cues, language, &mut Vec::new());
    drop_unresolved_pronouns(sentence, &mut drafts, language);
    let kinds = drafts
        .iter()
        .fold(Kinds::default(), |all, d| all.union(d.kinds));
    kinds.to_vec()
}

/// Builds now what the claim engine builds the first time it reads a claim in `language`
/// (its automaton of cues, the worthiness model, the lists of page furniture and names):
/// run beside a long article's segmentation, so that the threads finding its claims do not
/// wait while one of them builds it (the automaton alone took a tenth of `sanad claims`
/// on a 10 MB article, on one core while the other waited).
pub fn prepare(language: &str) {
    // A sentence that reaches every table: a figure, a date, a quotation, a named source.
    const SENTENCE: &str = "\"Prices rose 4% in May 2024,\" said Ana Ruiz of the bank, \
        according to Reuters. قال وزير المالية إن الأسعار ارتفعت.";
    let _ = sentence_kinds(SENTENCE, language);
}

/// A pronoun with nobody named before it is nobody a reviewer can check: no speaker, and
/// no attribution in the claim's kinds and score.
fn drop_unresolved_pronouns(sentence: &str, drafts: &mut [Draft], language: &str) {
    for draft in drafts {
        if draft
            .attributed_to
            .as_deref()
            .is_some_and(attribution::is_pronoun)
        {
            draft.attributed_to = None;
            draft.kinds.remove(ClaimKind::Attribution);
            let text = &sentence[draft.start..draft.end];
            draft.worthiness = super::worthiness::score(text, draft.kinds, language);
        }
    }
}

/// Whether the sentence at `span` of `text` is a line of its own (a heading, a caption).
fn alone_on_line(text: &str, span: Span) -> bool {
    // Only the spaces next to the sentence are looked at, never the rest of its line: a
    // one-line article of 100 000 sentences stays linear.
    let before = text[..span.start].trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    let after = text[span.end..].trim_start_matches(|c: char| c != '\n' && c.is_whitespace());
    (before.is_empty() || before.ends_with('\n')) && (after.is_empty() || after.starts_with('\n'))
}

/// The claims of one sentence in `language` (`alone`: a line of its own); `found` is a
/// buffer reused from sentence to sentence.
fn analyse_sentence(
    sentence: &str,
    alone: bool,
    cues: &Cues,
    language: &str,
    found: &mut Vec<(usize, usize, cues::Cue)>,
) -> Vec<Draft> {
    let furniture = is_boilerplate(sentence)
        || furniture::is_byline(sentence)
        || furniture::is_stamp(sentence)
        || furniture::is_credit(sentence)
        || furniture::is_prompt(sentence)
        || furniture::is_lone_dateline(sentence)
        || furniture::is_list_header(sentence)
        || furniture::is_heading(sentence, alone);
    if furniture {
        return vec![Draft::not_checkable(sentence, Kinds::default())];
    }
    if is_question(sentence) {
        return vec![Draft::not_checkable(
            sentence,
            Kinds::of(&[ClaimKind::Question]),
        )];
    }
    found.clear();
    found.extend(cues.find(sentence));
    let found = &found[..];
    let whole = (0, sentence.len());
    // A leading frame ("ذكرت صحيفة X أن …", "According to X, …") names the source of
    // everything after it; the claim is the reported content.
    let frame = attribution::find(sentence, found, whole, cues).filter(|s| s.content_start > 0);

    // "RIVERTON, March 14 (Reuters) - The council…": the dateline is not part of the claim.
    let content_start = frame
        .as_ref()
        .map_or_else(|| dateline_end(sentence).unwrap_or(0), |s| s.content_start);
    let clauses = split::clauses(sentence, content_start, found, cues);
    let names_sources = found
        .iter()
        .any(|(_, _, c)| matches!(c, cues::Cue::SourceAfter | cues::Cue::SourceBefore));
    let own: Vec<Option<attribution::Source>> = clauses
        .iter()
        .map(|&(start, end)| {
            names_sources
                .then(|| attribution::find(sentence, found, (start, end), cues))
                .flatten()
        })
        .collect();
    // A trailing attribution (", according to X." / "، وفقاً للتقرير.") covers the whole
    // sentence, not only its last clause.
    let trailing = own.last().cloned().flatten().filter(|s| {
        sentence[..s.cue_at].trim_end().ends_with([',', '،'])
            || sentence[s.cue_at..].starts_with([',', '،'])
    });
    let inherited = frame.or(trailing).map(|s| s.name);
    clauses
        .iter()
        .zip(own)
        .map(|(&(start, end), own)| {
            let text = &sentence[start..end];
            let attributed_to = own.map(|s| s.name).or_else(|| inherited.clone());
            let kinds = kinds::tag(text, start, found, attributed_to.is_some(), cues);
            let worthiness = super::worthiness::score(text, kinds, language);
            Draft {
                start,
                end,
                kinds,
                attributed_to,
                checkable: true,
                worthiness,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
