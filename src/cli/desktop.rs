//! `sanad install-desktop [--uninstall]`: the desktop entry, the file type and the icon put
//! into (or taken out of) the user's XDG data folder, as a packaged application has them,
//! and the desktop's caches brought up to date when their tools are installed.

use super::output::{Failure, say};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The desktop entry, with `Exec=sanad` replaced by this program's own path on install.
const DESKTOP_ENTRY: &str = include_str!("../../assets/sanad.desktop");
/// The shared-mime-info description of `.sanad` files.
const MIME_TYPE: &str = include_str!("../../assets/sanad.xml");
/// The icon: its source, and the sizes rendered from it (`scripts/render_icons.py`).
const ICON_SVG: &[u8] = include_bytes!("../../assets/icon/sanad.svg");
const ICON_PNGS: [(u32, &[u8]); 8] = [
    (16, include_bytes!("../../assets/icon/sanad-16.png")),
    (24, include_bytes!("../../assets/icon/sanad-24.png")),
    (32, include_bytes!("../../assets/icon/sanad-32.png")),
    (48, include_bytes!("../../assets/icon/sanad-48.png")),
    (64, include_bytes!("../../assets/icon/sanad-64.png")),
    (128, include_bytes!("../../assets/icon/sanad-128.png")),
    (256, include_bytes!("../../assets/icon/sanad-256.png")),
    (512, include_bytes!("../../assets/icon/sanad-512.png")),
];

/// The user's data folder: `$XDG_DATA_HOME`, else `~/.local/share`.
fn data_home() -> Result<PathBuf, Failure> {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        // The specification ignores a relative value.
        if dir.is_absolute() {
            return Ok(dir);
        }
    }
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|home| PathBuf::from(home).join(".local/share"))
        .ok_or_else(|| Failure::Refused("neither XDG_DATA_HOME nor HOME is set".into()))
}

/// The files the install writes, below the data folder, and what each holds.
fn files(exe: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    // A path with spaces or quotes is quoted as the Desktop Entry specification says.
    let exe = exe.display().to_string();
    let quoted = if exe
        .chars()
        .any(|c| c.is_whitespace() || "\"'\\$`".contains(c))
    {
        let escaped: String = exe
            .chars()
            .flat_map(|c| match c {
                '"' | '`' | '$' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        format!("\"{escaped}\"")
    } else {
        exe
    };
    let entry = DESKTOP_ENTRY.replace("Exec=sanad %f", &format!("Exec={quoted} %f"));
    let mut files = vec![
        (
            PathBuf::from("applications/sanad.desktop"),
            entry.into_bytes(),
        ),
        (
            PathBuf::from("mime/packages/sanad.xml"),
            MIME_TYPE.as_bytes().to_vec(),
        ),
        (
            PathBuf::from("icons/hicolor/scalable/apps/sanad.svg"),
            ICON_SVG.to_vec(),
        ),
    ];
    for (size, png) in ICON_PNGS {
        let path = format!("icons/hicolor/{size}x{size}/apps/sanad.png");
        files.push((PathBuf::from(path), png.to_vec()));
    }
    files
}

/// Install (or, with `uninstall`, remove) the desktop entry, the file type and the icon.
pub fn install_desktop(uninstall: bool) -> Result<ExitCode, Failure> {
    let data = data_home()?;
    let exe = std::env::current_exe()
        .map_err(|e| format!("could not find this program's own path: {e}"))?;
    for (relative, text) in files(&exe) {
        let path = data.join(&relative);
        if uninstall {
            match std::fs::remove_file(&path) {
                Ok(()) => say(&format!("removed {}", path.display()))?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(format!("could not remove {}: {e}", path.display()).into()),
            }
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("could not make {}: {e}", dir.display()))?;
            }
            sanad::store::write_atomically_without_backup(&path, &text)
                .map_err(|e| format!("could not write {}: {e}", path.display()))?;
            say(&format!("wrote {}", path.display()))?;
        }
    }
    // The caches, when their tools are there: without them the desktop finds the files at
    // its next start.
    refresh("update-desktop-database", &data.join("applications"));
    refresh("update-mime-database", &data.join("mime"));
    if uninstall {
        forget_empty_caches(&data);
        for (relative, _) in files(&exe) {
            remove_empty_folders(&data, &relative);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// After an uninstall: caches the refresh left for nothing (no type and no entry left to
/// describe) are what the install brought, and go with it.
fn forget_empty_caches(data: &Path) {
    let is_empty = |dir: PathBuf| std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none());
    if is_empty(data.join("mime/packages")) {
        // Everything else in the folder is update-mime-database's output.
        let _ = std::fs::remove_dir_all(data.join("mime"));
    }
    let desktop_files = std::fs::read_dir(data.join("applications")).map_or(0, |d| {
        d.filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "desktop"))
            .count()
    });
    if desktop_files == 0 {
        let _ = std::fs::remove_file(data.join("applications/mimeinfo.cache"));
    }
}

/// The folders above `relative` that are empty now, up to the data folder.
fn remove_empty_folders(data: &Path, relative: &Path) {
    let mut dir = relative.parent();
    while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty()) {
        // Only an empty folder is removed; the first one that is not stops the walk.
        if std::fs::remove_dir(data.join(d)).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// Run `tool DIR` if the tool is installed; its failure is only reported.
fn refresh(tool: &str, dir: &Path) {
    if !dir.is_dir() {
        return;
    }
    match std::process::Command::new(tool)
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
    {
        Ok(status) if status.success() => {
            let _ = say(&format!("ran {tool} {}", dir.display()));
        }
        Ok(_) => super::output::complain(&format!("{tool} {} failed", dir.display())),
        // Not installed: nothing to refresh.
        Err(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_runs_this_program_quoted_when_its_path_needs_it() {
        let entry = |files: Vec<(PathBuf, Vec<u8>)>| String::from_utf8(files[0].1.clone()).unwrap();
        assert!(entry(files(Path::new("/usr/bin/sanad"))).contains("\nExec=/usr/bin/sanad %f\n"));
        let spaced = entry(files(Path::new("/home/a b/$x/sanad")));
        assert!(
            spaced.contains("\nExec=\"/home/a b/\\$x/sanad\" %f\n"),
            "{spaced}"
        );
    }
}
