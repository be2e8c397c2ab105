//! The library's integration tests, one module per area: the claim engine, sentence
//! segmentation against the Golden Rules data, exports and merges, the review file, and
//! overlapping claims through every consumer.

mod attribution;
mod catalogue;
mod engine;
mod extraction;
mod matching;
mod overlap;
mod save_page_now;
mod segmentation;
mod share;
mod sources;
mod store;
mod support;
