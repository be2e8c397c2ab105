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
fn files(exe: &Path) -> Vec<(PathBuf, String)> {
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
    vec![
        (PathBuf::from("applications/sanad.desktop"), entry),
        (
            PathBuf::from("mime/packages/sanad.xml"),
            MIME_TYPE.to_string(),
        ),
    ]
}

/// Install (or, with `uninstall`, remove) the desktop entry and the file type.
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
            sanad::store::write_atomically_without_backup(&path, text.as_bytes())
                .map_err(|e| format!("could not write {}: {e}", path.display()))?;
            say(&format!("wrote {}", path.display()))?;
        }
    }
    // The caches, when their tools are there: without them the desktop finds the files at
    // its next start.
    refresh("update-desktop-database", &data.join("applications"));
    refresh("update-mime-database", &data.join("mime"));
    Ok(ExitCode::SUCCESS)
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
        let plain = files(Path::new("/usr/bin/sanad"));
        assert!(plain[0].1.contains("\nExec=/usr/bin/sanad %f\n"));
        let spaced = files(Path::new("/home/a b/$x/sanad"));
        assert!(
            spaced[0].1.contains("\nExec=\"/home/a b/\\$x/sanad\" %f\n"),
            "{}",
            spaced[0].1
        );
    }
}
