//! The window driven headlessly with egui_kittest (no GPU): the workbench as a reviewer
//! works it, the menus, the article view, the bidi text input and the shaping of text.

mod article_view;
mod checked_before;
mod harness;
mod interface;
mod keyboard;
mod menus;
mod one_window;
mod public_archive;
mod sources;
mod text_input;
mod text_shaping;
mod workbench;
