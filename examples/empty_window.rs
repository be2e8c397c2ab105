//! The reference for Sanad's start-up time (`scripts/startup_time.py`): an empty eframe
//! window of the same size and back end, reporting its first frame the same way.

use eframe::egui;

struct Empty;

impl eframe::App for Empty {
    fn ui(&mut self, _ui: &mut egui::Ui, _frame: &mut eframe::Frame) {}
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "empty",
        options,
        Box::new(|_| Ok(Box::new(sanad::app::StartupProbe::new(Empty, |_| true)))),
    )
}
