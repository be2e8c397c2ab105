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
    cores().min(MAX_THREADS).min(len / min_piece.max(1)).max(1)
}

/// How many cores this process may use, asked once: on Linux the answer reads the
/// control group's files each time, and one command asks a dozen times.
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// `work` done on each of `pieces` on threads of its own (the first on this one), the
/// answers in the order of the pieces.
pub fn map_pieces<T, F>(pieces: Vec<Range<usize>>, work: F) -> Vec<T>
where
    T: Send,
    F: Fn(Range<usize>) -> T + Sync,
{
    let threads = pieces.len();
    map_pieces_taken(pieces, threads, work)
}

/// `work` done on each of `pieces` by at most `threads` threads (this one among them), each
/// taking the next piece as soon as it is free; the answers in the order of the pieces.
/// Taken rather than one piece a thread: a thread sharing its core with other work then
/// does fewer pieces instead of holding the others back.
pub fn map_pieces_taken<T, F>(pieces: Vec<Range<usize>>, threads: usize, work: F) -> Vec<T>
where
    T: Send,
    F: Fn(Range<usize>) -> T + Sync,
{
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = threads.clamp(1, pieces.len().max(1));
    if threads == 1 {
        return pieces.into_iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let take_pieces = || {
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(piece) = pieces.get(k) else {
                break;
            };
            done.push((k, work(piece.clone())));
        }
        done
    };
    let mut answers = std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads).map(|_| scope.spawn(take_pieces)).collect();
        let mut answers = take_pieces();
        for other in others {
            match other.join() {
                Ok(done) => answers.extend(done),
                // The piece's own panic, carried to this thread as if it had run here.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        answers
    });
    answers.sort_unstable_by_key(|(k, _)| *k);
    answers.into_iter().map(|(_, answer)| answer).collect()
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

/// Text made in `chunks` numbered pieces, handed to `sink` in order: `write` fills a
/// buffer with chunk `k` on one of `writers` helper threads, each taking the next chunk
/// as soon as it is free, while this one only feeds `sink` (for a sink that is work of its
/// own, such as a file's bytes copied into the system's cache). A few buffers go round and
/// round, so memory stays a few chunks whatever the length: fresh pages are dear (the
/// kernel zeroing them was a third of printing a long answer). The first error from `sink`
/// stops the work and is returned; a helper's panic is carried to this thread.
pub fn write_in_order_beside<E, W, S>(
    chunks: usize,
    writers: usize,
    write: W,
    sink: S,
) -> Result<(), E>
where
    W: Fn(usize, &mut String) + Sync,
    S: FnMut(&str) -> Result<(), E>,
{
    write_taken(chunks, writers.clamp(1, chunks.max(1)), write, sink)
}

/// How many buffers go round for each helper of [`write_in_order_beside`]: one being
/// written, one waiting for its turn or being fed to the sink.
const BUFFERS_PER_HELPER: usize = 2;

/// What a helper of [`write_taken`] hands to the thread feeding the sink.
enum Handed {
    /// Chunk `k`, written.
    Chunk(usize, String),
    /// The helper panicked: no more chunks will come from it.
    Panicked,
}

/// Tells the thread feeding the sink when its helper panics, so that it stops waiting for
/// the chunk the helper had taken.
struct TellOnPanic<'a>(&'a std::sync::mpsc::Sender<Handed>);

impl Drop for TellOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.0.send(Handed::Panicked);
        }
    }
}

/// The chunks taken one at a time by `helpers` threads, each taking the next one when it
/// is free; this one feeds `sink` in order. Taken, not dealt out in turn: dealt, every
/// helper went at the pace of the slowest (a core shared with other work, or given less
/// time by the machine's host), and in a profile of a 10 MB article the other stood idle
/// a third of the time.
fn write_taken<E, W, S>(chunks: usize, helpers: usize, write: W, mut sink: S) -> Result<(), E>
where
    W: Fn(usize, &mut String) + Sync,
    S: FnMut(&str) -> Result<(), E>,
{
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Mutex, PoisonError, mpsc};
    let helpers = helpers.max(1);
    let write = &write;
    let next_chunk = &AtomicUsize::new(0);
    let stopped = &AtomicBool::new(false);
    // The buffers not in use. A helper takes one before it takes a chunk, so the earliest
    // chunk not yet fed to the sink always has one, and the work never waits on itself.
    let (give_back, spare) = mpsc::channel::<String>();
    for _ in 0..BUFFERS_PER_HELPER * helpers {
        // Cannot fail: the receiver is still here.
        let _ = give_back.send(String::new());
    }
    let spare = &Mutex::new(spare);
    let (hand_over, handed) = mpsc::channel::<Handed>();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..helpers)
            .map(|_| {
                let hand_over = hand_over.clone();
                scope.spawn(move || {
                    let _tell = TellOnPanic(&hand_over);
                    loop {
                        // Nothing panics while holding the lock: a poisoned one is sound.
                        let buffer = spare.lock().unwrap_or_else(PoisonError::into_inner).recv();
                        // No buffer will come back: this thread is stopping the work.
                        let Ok(mut buffer) = buffer else {
                            return;
                        };
                        let k = next_chunk.fetch_add(1, Ordering::Relaxed);
                        if k >= chunks || stopped.load(Ordering::Relaxed) {
                            return;
                        }
                        buffer.clear();
                        write(k, &mut buffer);
                        if hand_over.send(Handed::Chunk(k, buffer)).is_err() {
                            return;
                        }
                    }
                })
            })
            .collect();
        drop(hand_over);
        let mut outcome = Ok(());
        // Chunks written before their turn, by number: at most the buffers there are.
        let mut early = std::collections::BTreeMap::new();
        let mut turn = 0;
        while turn < chunks {
            let Some(buffer) = early.remove(&turn) else {
                match handed.recv() {
                    Ok(Handed::Chunk(k, buffer)) => {
                        early.insert(k, buffer);
                        continue;
                    }
                    // A helper panicked (its panic is carried below), or none is left.
                    Ok(Handed::Panicked) | Err(_) => break,
                }
            };
            let written = sink(&buffer);
            let _ = give_back.send(buffer);
            turn += 1;
            if let Err(error) = written {
                outcome = Err(error);
                break;
            }
        }
        // Hang up first, so that helpers waiting for a buffer or to hand one over stop.
        stopped.store(true, Ordering::Relaxed);
        drop(handed);
        drop(give_back);
        for worker in workers {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
        outcome
    })
}

/// Like [`write_in_order_beside`], for chunks whose text numbers what they hold after what
/// the chunks before them held (the claims of `sanad claims --format tsv`, numbered from 1
/// across the article): `find(k)` does chunk `k`'s work on any of `threads` helpers,
/// `count` says how many items it found, and `write(k, found, before, buffer)` writes them
/// knowing that `before` items came before them. The chunks wait for each other only to
/// learn that number, so the work is spread as finely as the chunks are. This thread only
/// feeds `sink`: when it did chunks too, its share and the sink's work made it the slowest
/// (in a profile of a 10 MB article its helper stood idle a third of the time). Stops as
/// [`write_in_order_beside`] does; a thread waiting for its turn is let go when the work
/// stops.
pub fn write_numbered_in_order<T, E, F, C, W, S>(
    chunks: usize,
    threads: usize,
    find: F,
    count: C,
    write: W,
    mut sink: S,
) -> Result<(), E>
where
    F: Fn(usize) -> T + Sync,
    C: Fn(&T) -> usize + Sync,
    W: Fn(usize, T, usize, &mut String) + Sync,
    S: FnMut(&str) -> Result<(), E>,
{
    let totals = RunningTotal::default();
    let totals = &totals;
    write_in_order_beside(
        chunks,
        threads,
        |k, buffer| {
            // A panic here lets the threads waiting for this chunk's count go.
            let _abandon_on_panic = AbandonOnPanic(totals);
            let found = find(k);
            // None: the work has stopped (an error, or a panic elsewhere).
            if let Some(before) = totals.add_in_turn(k, count(&found)) {
                write(k, found, before, buffer);
            }
        },
        |text| {
            let written = sink(text);
            if written.is_err() {
                // No chunk after this one will be written: nobody may wait for one.
                totals.abandon();
            }
            written
        },
    )
}

/// A count added chunk by chunk in the chunks' order, by whichever threads do them.
#[derive(Default)]
struct RunningTotal {
    state: std::sync::Mutex<Turn>,
    changed: std::sync::Condvar,
}

/// Whose turn it is to add, and the sum so far.
#[derive(Default)]
struct Turn {
    next: usize,
    total: usize,
    abandoned: bool,
}

impl RunningTotal {
    /// Adds `count` for chunk `k` once chunks `0..k` have added theirs, and returns the
    /// sum before it; `None` once the work is abandoned.
    fn add_in_turn(&self, k: usize, count: usize) -> Option<usize> {
        // Nothing panics while holding the lock, so a poisoned lock's state is sound.
        let mut turn = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while turn.next != k && !turn.abandoned {
            turn = self
                .changed
                .wait(turn)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        if turn.abandoned {
            return None;
        }
        let before = turn.total;
        turn.total += count;
        turn.next += 1;
        self.changed.notify_all();
        Some(before)
    }

    /// Lets every thread waiting for its turn go, and every later one pass.
    fn abandon(&self) {
        let mut turn = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        turn.abandoned = true;
        self.changed.notify_all();
    }
}

/// Abandons the running total if dropped while its thread panics.
struct AbandonOnPanic<'a>(&'a RunningTotal);

impl Drop for AbandonOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.abandon();
        }
    }
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
    fn pieces_taken_come_back_in_order_on_any_number_of_threads() {
        let pieces: Vec<_> = (0..23).map(|k| k * 10..k * 10 + 10).collect();
        let expected: Vec<usize> = (0..23).map(|k| k * 10).collect();
        for threads in [0, 1, 2, 3, 8, 40] {
            let answers = map_pieces_taken(pieces.clone(), threads, |r| r.start);
            assert_eq!(answers, expected, "{threads} threads");
        }
        assert!(map_pieces_taken(Vec::new(), 4, |r| r.start).is_empty());
    }

    #[test]
    #[should_panic(expected = "piece 50")]
    fn a_panic_in_a_piece_taken_reaches_the_caller() {
        let pieces: Vec<_> = (0..10).map(|k| k * 10..k * 10 + 10).collect();
        map_pieces_taken(pieces, 3, |r| assert!(r.start != 50, "piece {}", r.start));
    }

    #[test]
    fn every_item_is_worked_on_once() {
        let mut items = vec![1u64; 100_000];
        for_each_mut(&mut items, 10, |x| *x += 1);
        assert!(items.iter().all(|&x| x == 2));
    }

    #[test]
    fn chunks_reach_the_sink_in_order_on_any_number_of_threads() {
        for threads in [1, 2, 3, 8] {
            for chunks in [1, 2, 25] {
                let mut out = String::new();
                let write = |k: usize, buffer: &mut String| buffer.push_str(&format!("{k},"));
                let sink = |text: &str| {
                    out.push_str(text);
                    Ok::<(), ()>(())
                };
                let written = write_in_order_beside(chunks, threads, write, sink);
                assert_eq!(written, Ok(()));
                let expected: String = (0..chunks).map(|k| format!("{k},")).collect();
                assert_eq!(out, expected, "{threads} threads");
            }
        }
    }

    #[test]
    fn a_free_helper_takes_the_next_chunk_while_another_is_slow() {
        use std::sync::atomic::{AtomicBool, Ordering};
        // Chunk 0 is written only once chunks 1 and 2 are. Dealt out in turn to two
        // helpers, chunk 2 would wait behind chunk 0 on the same helper for ever.
        let done = [AtomicBool::new(false), AtomicBool::new(false)];
        let write = |k: usize, buffer: &mut String| {
            if k == 0 {
                let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
                while !done.iter().all(|d| d.load(Ordering::SeqCst)) {
                    assert!(
                        std::time::Instant::now() < deadline,
                        "chunk 0 waited in vain"
                    );
                    std::thread::yield_now();
                }
            } else {
                done[k - 1].store(true, Ordering::SeqCst);
            }
            buffer.push_str(&format!("{k},"));
        };
        let mut out = String::new();
        let written = write_in_order_beside(3, 2, write, |text| {
            out.push_str(text);
            Ok::<(), ()>(())
        });
        assert_eq!(written, Ok(()));
        assert_eq!(out, "0,1,2,");
    }

    #[test]
    #[should_panic(expected = "chunk 6")]
    fn a_writer_panic_beside_reaches_the_caller() {
        let write = |k: usize, _: &mut String| assert!(k != 6, "chunk {k}");
        let _ = write_in_order_beside::<(), _, _>(20, 2, write, |_| Ok(()));
    }

    #[test]
    fn the_first_error_from_the_sink_beside_stops_the_work() {
        let mut seen = 0;
        let write = |k: usize, buffer: &mut String| buffer.push_str(&k.to_string());
        let written = write_in_order_beside(1000, 3, write, |_| {
            seen += 1;
            if seen == 4 { Err("disk full") } else { Ok(()) }
        });
        assert_eq!(written, Err("disk full"));
        assert_eq!(seen, 4);
    }

    #[test]
    fn no_chunks_write_nothing() {
        let written: Result<(), ()> =
            write_in_order_beside(0, 4, |_, _| unreachable!(), |_| unreachable!());
        assert_eq!(written, Ok(()));
    }

    /// `write_numbered_in_order` over chunks of `k % 4` items each: every item's number
    /// and chunk, one per line.
    fn numbered(chunks: usize, threads: usize) -> String {
        let mut out = String::new();
        let written: Result<(), ()> = write_numbered_in_order(
            chunks,
            threads,
            |k| k % 4,
            |n| *n,
            |k, n, before, buffer| {
                for at in 0..n {
                    buffer.push_str(&format!("{} {k}\n", before + at + 1));
                }
            },
            |text| {
                out.push_str(text);
                Ok(())
            },
        );
        assert_eq!(written, Ok(()));
        out
    }

    #[test]
    fn numbers_run_on_across_chunks_on_any_number_of_threads() {
        let one = numbered(40, 1);
        assert_eq!(one.lines().count(), (0..40).map(|k| k % 4).sum::<usize>());
        for (at, line) in one.lines().enumerate() {
            assert!(line.starts_with(&format!("{} ", at + 1)), "{line}");
        }
        for threads in [2, 3, 8] {
            assert_eq!(numbered(40, threads), one, "{threads} threads");
        }
    }

    #[test]
    fn a_numbered_sink_error_stops_threads_waiting_for_their_turn() {
        for threads in [2, 3, 8] {
            let mut seen = 0;
            let written = write_numbered_in_order(
                500,
                threads,
                |k| k,
                |_| 1,
                |k, _, _, buffer| buffer.push_str(&k.to_string()),
                |_| {
                    seen += 1;
                    if seen == 2 {
                        Err("pipe closed")
                    } else {
                        Ok(())
                    }
                },
            );
            assert_eq!(written, Err("pipe closed"), "{threads} threads");
        }
    }

    /// `write_numbered_in_order` over 40 chunks on `threads` threads, panicking in chunk
    /// `panicking`.
    fn numbered_panicking_in(panicking: usize, threads: usize) {
        let _ = write_numbered_in_order::<_, (), _, _, _, _>(
            40,
            threads,
            |k| assert!(k != panicking, "chunk {k}"),
            |_| 1,
            |_, _, _, _| {},
            |_| Ok(()),
        );
    }

    #[test]
    #[should_panic(expected = "chunk 7")]
    fn a_numbered_helper_panic_reaches_the_caller() {
        numbered_panicking_in(7, 3);
    }

    #[test]
    #[should_panic(expected = "chunk 6")]
    fn a_numbered_panic_on_the_calling_thread_reaches_the_caller() {
        // Chunk 6 of 40 on two threads is the calling thread's; the helper waits for it.
        numbered_panicking_in(6, 2);
    }
}
