//! Work on every core: a long input is cut into pieces that can be read apart (each
//! caller knows where its input can be cut), each piece is read on a thread of its own,
//! and the answers are joined in order, so that the result is the one a single thread
//! would give. Plain scoped threads: the pieces are few and large, a pool would only wait.

use std::ops::Range;

/// Below this many bytes a piece is not worth a thread of its own: starting one costs
/// about as much as reading a few kilobytes.
pub const MIN_PIECE: usize = 256 * 1024;

/// At most this many threads, however many cores the machine has: past a few, the joining
/// and the memory traffic cost more than they save on one article.
const MAX_THREADS: usize = 8;

/// How many threads to read a text of `len` bytes on, given pieces of at least `min_piece`.
pub fn threads_for(len: usize, min_piece: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.min(MAX_THREADS).min(len / min_piece.max(1)).max(1)
}

/// `work` done on each of `pieces` on threads of its own (the first on this one), the
/// answers in the order of the pieces.
pub fn map_pieces<T, F>(pieces: Vec<Range<usize>>, work: F) -> Vec<T>
where
    T: Send,
    F: Fn(Range<usize>) -> T + Sync,
{
    if pieces.len() <= 1 {
        return pieces.into_iter().map(&work).collect();
    }
    let work = &work;
    std::thread::scope(|scope| {
        let mut pieces = pieces.into_iter();
        let first = pieces.next();
        let others: Vec<_> = pieces
            .map(|piece| scope.spawn(move || work(piece)))
            .collect();
        let mut answers = Vec::with_capacity(others.len() + 1);
        answers.extend(first.map(work));
        for other in others {
            match other.join() {
                Ok(answer) => answers.push(answer),
                // The piece's own panic, carried to this thread as if it had run here.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        answers
    })
}

/// `work` done on every item of `items`, the items cut into runs of at least `min_items`
/// done on threads of their own.
pub fn for_each_mut<T, F>(items: &mut [T], min_items: usize, work: F)
where
    T: Send,
    F: Fn(&mut T) + Sync,
{
    let threads = threads_for(items.len(), min_items);
    if threads <= 1 {
        items.iter_mut().for_each(work);
        return;
    }
    let run = items.len().div_ceil(threads);
    let work = &work;
    std::thread::scope(|scope| {
        for run in items.chunks_mut(run) {
            scope.spawn(move || run.iter_mut().for_each(work));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_come_back_in_order() {
        let pieces: Vec<_> = (0..5).map(|k| k * 10..k * 10 + 10).collect();
        let answers = map_pieces(pieces, |r| r.start);
        assert_eq!(answers, vec![0, 10, 20, 30, 40]);
    }

    #[test]
    fn every_item_is_worked_on_once() {
        let mut items = vec![1u64; 100_000];
        for_each_mut(&mut items, 10, |x| *x += 1);
        assert!(items.iter().all(|&x| x == 2));
    }
}
