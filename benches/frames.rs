//! Frame times of the whole window with a long review open, on a headless egui context
//! (CPU only: egui's layout and tessellation, no GPU), and the process's peak memory.
//!
//! For each article size (100 KB, 1 MB, 10 MB): the time from the file to the first frame
//! (read, decode, find the claims, lay out what is visible), then 300 frames of each of:
//! scrolling the article (scrolled to the middle first), scrolling the claims table,
//! typing in the note field, typing in the filter field, the first filter keystroke after a
//! note was edited (100 rounds), and scrolling the article while the review saves (Ctrl+S; a
//! long review saves in the background). Prints the median, the 99th
//! percentile and the worst frame of each, whether the idle window asks to be repainted,
//! and the peak resident memory (VmHWM).
//!
//! Run: `cargo bench --bench frames` (a plain bench binary: criterion reports no
//! percentiles).

mod support;

use egui::{Context, Event, Key, Modifiers, Pos2, RawInput, Rect, Vec2};
use sanad::app::{Action, SanadApp};
use std::time::{Duration, Instant};

const SIZE: Vec2 = Vec2::new(1280.0, 800.0);
const FRAMES: usize = 300;

struct Window {
    ctx: Context,
    app: SanadApp,
    time: f64,
    /// When the last frame asked to be followed by another.
    repaint_delay: Duration,
}

impl Window {
    /// One frame with `events`; returns its CPU time (egui pass and tessellation).
    fn frame(&mut self, events: Vec<Event>) -> Duration {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SIZE)),
            time: Some(self.time),
            events,
            ..Default::default()
        };
        let started = Instant::now();
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| app.show(ui));
        self.repaint_delay = output
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map_or(Duration::MAX, |v| v.repaint_delay);
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        started.elapsed()
    }
}

fn key(key: Key, modifiers: Modifiers) -> Vec<Event> {
    [true, false]
        .into_iter()
        .map(|pressed| Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        })
        .collect()
}

fn wheel(at: Pos2, dy: f32) -> Vec<Event> {
    vec![
        Event::PointerMoved(at),
        Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: Vec2::new(0.0, dy),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        },
    ]
}

struct Stats {
    median: Duration,
    p99: Duration,
    worst: Duration,
}

fn stats(mut times: Vec<Duration>) -> Stats {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    Stats {
        median: at(0.5),
        p99: at(0.99),
        worst: *times.last().unwrap(),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn scenario(window: &mut Window, name: &str, mut events: impl FnMut(usize) -> Vec<Event>) {
    let times: Vec<Duration> = (0..FRAMES).map(|i| window.frame(events(i))).collect();
    let s = stats(times);
    println!(
        "  {name:<28} median {:>9}  p99 {:>9}  worst {:>9}",
        ms(s.median),
        ms(s.p99),
        ms(s.worst)
    );
}

/// Ctrl+S, then the article scrolled while the save runs: the frame that starts the save
/// (a long review is copied for the background job, a short one saved there and then), and
/// the frames drawn until it is done.
fn save_while_scrolling(window: &mut Window, article: Pos2) {
    let began = Instant::now();
    let first = window.frame(key(Key::S, Modifiers::COMMAND));
    let mut times = Vec::new();
    while window.app.is_saving() && began.elapsed() < Duration::from_secs(60) {
        let dy = if times.len() % 100 < 50 { -60.0 } else { 60.0 };
        times.push(window.frame(wheel(article, dy)));
    }
    let took = began.elapsed();
    if times.is_empty() {
        println!(
            "  {:<28} saved in the frame: {}",
            "save (short review)",
            ms(first)
        );
        return;
    }
    let count = times.len();
    let s = stats(times);
    println!(
        "  {:<28} first frame {:>9}; {count} frames while saving: median {:>9}  p99 {:>9}  worst {:>9}; saved in {}",
        "save while scrolling",
        ms(first),
        ms(s.median),
        ms(s.p99),
        ms(s.worst),
        ms(took)
    );
}

/// The first keystroke in an empty filter after a note was edited, again and again: the
/// frame that brings the search index up to date (the claim edited folded again), filters
/// every claim and draws the table. The other frames of each round (type in the note, leave
/// it, go to the filter, empty it) are not counted.
fn filter_after_note_edits(window: &mut Window) {
    const ROUNDS: usize = 100;
    let mut times = Vec::with_capacity(ROUNDS);
    let edits_before = window.app.review().log.len();
    for round in 0..ROUNDS {
        // Empty the filter: a note edit must come first.
        window.frame(key(Key::F, Modifiers::COMMAND));
        window.frame(key(Key::A, Modifiers::COMMAND));
        window.frame(key(Key::Backspace, Modifiers::NONE));
        // Edit the note (E's action: the filter field has the keys), type in it, and go
        // back to the filter: the note loses the focus, and its edit is made.
        window.app.queue(Action::WriteNote);
        window.frame(Vec::new());
        window.frame(Vec::new());
        window.frame(vec![Event::Text(["ا", "x"][round % 2].into())]);
        window.frame(key(Key::F, Modifiers::COMMAND));
        window.frame(Vec::new());
        // The measured keystroke.
        times.push(window.frame(vec![Event::Text("ا".into())]));
    }
    window.frame(key(Key::Escape, Modifiers::NONE));
    // Each round's note edit is in the change log: the keystrokes measured did follow edits.
    let edits = window.app.review().log.len() - edits_before;
    assert!(edits >= ROUNDS, "{edits} note edits in {ROUNDS} rounds");
    let s = stats(times);
    println!(
        "  {:<28} median {:>9}  p99 {:>9}  worst {:>9}",
        "filter key after a note edit",
        ms(s.median),
        ms(s.p99),
        ms(s.worst)
    );
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing to run.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, bytes) in support::SIZES {
        let path = dir.path().join(format!("{name}.txt"));
        std::fs::write(&path, support::long_article(bytes)).expect("write the article");
        let ctx = Context::default();
        ctx.set_fonts(sanad::app::fonts::definitions());
        // Fonts apply from the next frame: one empty frame, as eframe's first.
        let _ = ctx.run_ui(RawInput::default(), |_| {});

        // The review as a file, opened as the window opens one: read in the background
        // (with its search index) for a long one, while the window draws its progress.
        let review = sanad::review_from_article_path(&path).expect("open the article");
        let claims = review.claims.len();
        let saved = dir.path().join(format!("{name}.sanad"));
        sanad::store::save(&review, &saved).expect("save the review");
        let started = Instant::now();
        let placeholder = sanad::review_from_article(sanad::import::article_from_text(
            "Opening.".into(),
            "UTF-8",
            "bench",
        ));
        let mut app =
            SanadApp::with_untitled_dir(placeholder, None, "bench".into(), dir.path().into());
        app.open_path(&saved).expect("open the review");
        let mut window = Window {
            ctx,
            app,
            time: 0.0,
            repaint_delay: Duration::ZERO,
        };
        window.frame(Vec::new());
        while window.app.is_loading() && started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(1));
            window.frame(Vec::new());
        }
        assert_eq!(
            window.app.review().claims.len(),
            claims,
            "the review opened"
        );
        let open = started.elapsed();
        println!(
            "{name}: {claims} claims; review file to its first frame {}",
            ms(open)
        );

        // Select the claim in the middle: the article and the table scroll to it.
        let middle = window.app.review().claims[claims / 2].id;
        window.app.select_claim(middle);
        for _ in 0..3 {
            window.frame(Vec::new());
        }
        let article = Pos2::new(250.0, 400.0);
        let table = Pos2::new(900.0, 200.0);
        scenario(&mut window, "scroll the article", |i| {
            wheel(article, if i % 100 < 50 { -60.0 } else { 60.0 })
        });
        scenario(&mut window, "scroll the table", |i| {
            wheel(table, if i % 100 < 50 { -60.0 } else { 60.0 })
        });
        window.frame(key(Key::E, Modifiers::NONE));
        window.frame(Vec::new());
        scenario(&mut window, "type in the note", |i| {
            if i % 20 == 19 {
                key(Key::Backspace, Modifiers::NONE)
            } else {
                vec![Event::Text(["ا", "ب", " ", "x"][i % 4].into())]
            }
        });
        window.frame(key(Key::Escape, Modifiers::NONE));
        window.frame(key(Key::F, Modifiers::COMMAND));
        window.frame(Vec::new());
        scenario(&mut window, "type in the filter", |i| {
            // Type a word, delete it, again: every frame changes the filter.
            let word = ["ا", "ل", "م", "ي"];
            if (i / 4) % 2 == 0 {
                vec![Event::Text(word[i % 4].into())]
            } else {
                key(Key::Backspace, Modifiers::NONE)
            }
        });
        window.frame(key(Key::Escape, Modifiers::NONE));
        filter_after_note_edits(&mut window);
        save_while_scrolling(&mut window, article);
        // Idle: a second of frames with nothing happening (the scroll animations of the
        // last scenario settle), then does it ask for more?
        for _ in 0..60 {
            window.frame(Vec::new());
        }
        // Unsaved changes (the note) leave one timer: the next autosave, 30 s away.
        let idle = match window.repaint_delay {
            Duration::MAX => "none".to_string(),
            d => format!("in {:.0} s", d.as_secs_f64()),
        };
        println!("  idle: next repaint requested {idle}");
    }
    if let Some(mb) = peak_memory_mb() {
        println!("peak resident memory (whole run, 10 MB review open last): {mb:.0} MB");
    }
}
