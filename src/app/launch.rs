//! Opening the real window (eframe), on a review or on a file read once it is open.

use super::{SETTINGS_KEY, SanadApp, fonts, path_prompt};
use crate::model::Review;
use std::path::PathBuf;

/// Open the window and read `file` in it (an article or a review), with a progress
/// indicator when it is long; a file that cannot be opened is reported in the window.
/// Returns when the window closes.
pub fn run_opening(file: PathBuf, reviewer: String) -> Result<(), String> {
    let empty =
        crate::model::Article::new(String::new(), "und".into(), "UTF-8".into(), String::new());
    launch(Review::new(empty, Vec::new()), None, reviewer, Some(file))
}

/// Open the window on `review`; returns when the window closes.
pub fn run(review: Review, path: Option<PathBuf>, reviewer: String) -> Result<(), String> {
    launch(review, path, reviewer, None)
}

fn launch(
    review: Review,
    path: Option<PathBuf>,
    reviewer: String,
    open: Option<PathBuf>,
) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default();
    if let Some(icon) = super::icon::window_icon() {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true)
            // The name the desktop entry's StartupWMClass matches, for the task switcher.
            .with_app_id("sanad"),
        ..Default::default()
    };
    eframe::run_native(
        "Sanad",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            // Zoom keys are actions of the table like every other shortcut.
            cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
            let mut app = SanadApp::new(review, path, reviewer);
            app.native_dialogs = path_prompt::native_dialog_available();
            if let Some(settings) = cc.storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)) {
                app.settings = settings;
            }
            app.start_session();
            // The first frame, and any error opening the file, in the reader's language.
            app.apply_interface(&cc.egui_ctx);
            if let Ok(dir) = crate::factchecks::library_dir(None) {
                app.use_library(dir);
            }
            // `sanad https://…`: the page is fetched in the window, with progress and Cancel.
            if let Some(url) = open
                .as_ref()
                .and_then(|f| f.to_str())
                .filter(|f| crate::sources::is_web_address(f))
            {
                app.open_web_address(url);
            } else if let Some(file) = open
                && let Err(e) = app.open_path(&file)
            {
                app.dialogs.open(super::dialogs::Dialog::Error(e));
            }
            if super::startup_probe::requested() {
                let probe = super::StartupProbe::new(app, |app| !app.is_opening());
                return Ok(Box::new(probe));
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
