//! Measuring start-up (`docs/measurements.md`, "Start-up"): with `SANAD_STARTUP_PROBE=1` in
//! its environment the window prints the wall-clock time at which its first frame showing
//! the review had been painted — `first-frame-unix-us N` on standard output — and closes.
//! `scripts/startup_time.py` starts the process, reads the line and subtracts the time it
//! started it. The same probe wraps an empty eframe window (`examples/empty_window.rs`), the
//! reference of the same run.

/// Whether this process was asked to report its first frame.
pub fn requested() -> bool {
    std::env::var_os("SANAD_STARTUP_PROBE").is_some_and(|v| v == "1")
}

/// An eframe app that reports its first frame drawn with `ready` true, then closes.
pub struct StartupProbe<A> {
    app: A,
    ready: fn(&A) -> bool,
    drawn_ready: bool,
    reported: bool,
}

impl<A: eframe::App> StartupProbe<A> {
    /// `app`, reporting the first frame drawn while `ready(app)` holds (a review read in
    /// the background is not shown until it is read).
    pub fn new(app: A, ready: fn(&A) -> bool) -> Self {
        StartupProbe {
            app,
            ready,
            drawn_ready: false,
            reported: false,
        }
    }
}

impl<A: eframe::App> eframe::App for StartupProbe<A> {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        // The frame after a ready one starts once that one was painted and presented.
        if self.drawn_ready && !self.reported {
            self.reported = true;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_micros());
            println!("first-frame-unix-us {now}");
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.drawn_ready |= (self.ready)(&self.app);
        ui.ctx().request_repaint();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.app.save(storage);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }
}
