//! Sanad's icon (`assets/icon/`, rendered from `sanad.svg` by `scripts/render_icons.py`): in
//! the title bar and the task switcher, and in Help ▸ About.

/// The icon at 256 px, as built into the program.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/sanad-256.png");

/// The icon for the window's title bar and the task switcher.
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(ICON_PNG).ok()
}

/// Draw the icon `size` points large (Help ▸ About); the texture is made once.
pub fn show(ui: &mut egui::Ui, size: f32) {
    let id = egui::Id::unique("sanad icon texture");
    let texture = ui.ctx().data_mut(|d| d.get_temp::<egui::TextureHandle>(id));
    let texture = match texture {
        Some(texture) => texture,
        None => {
            let Some(icon) = window_icon() else {
                return;
            };
            let image = egui::ColorImage::from_rgba_unmultiplied(
                [icon.width as usize, icon.height as usize],
                &icon.rgba,
            );
            let texture = ui
                .ctx()
                .load_texture("sanad icon", image, egui::TextureOptions::LINEAR);
            ui.ctx().data_mut(|d| d.insert_temp(id, texture.clone()));
            texture
        }
    };
    ui.add(egui::Image::new(&texture).fit_to_exact_size(egui::vec2(size, size)));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_icon_decodes() {
        let icon = super::window_icon().expect("the icon is a PNG");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
