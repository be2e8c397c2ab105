//! Where the reviewer's Save Page Now setting is kept: one small file in the user's
//! configuration folder, shared by the window and the command line, readable only by its
//! owner because it holds the archive.org keys.

use super::save_page_now::SavePageNow;
use std::path::{Path, PathBuf};

/// The largest setting file read.
const MAX_SETTING_BYTES: u64 = 64 * 1024;

/// Why the setting could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    /// Reading or writing failed.
    #[error("the Save Page Now setting {path} cannot be {step}: {reason}")]
    Io {
        /// The file.
        path: PathBuf,
        /// "read" or "written".
        step: &'static str,
        /// Why.
        reason: String,
    },
    /// The file is not a setting Sanad wrote.
    #[error("the Save Page Now setting {path} is not valid JSON: {reason}")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// The user's setting file: `$XDG_CONFIG_HOME/sanad/save-page-now.json`, else
/// `~/.config/sanad/save-page-now.json`.
pub fn setting_path() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .unwrap_or_else(std::env::temp_dir)
        .join("sanad")
        .join("save-page-now.json")
}

/// The setting in the file at `path`; the default (switched off) when there is none.
pub fn load_setting(path: &Path) -> Result<SavePageNow, SettingError> {
    let bytes = match crate::import::read_limited(path, MAX_SETTING_BYTES) {
        Ok(bytes) => bytes,
        Err(crate::import::ReadError::NotFound(_)) => return Ok(SavePageNow::default()),
        Err(e) => {
            return Err(SettingError::Io {
                path: path.to_path_buf(),
                step: "read",
                reason: e.to_string(),
            });
        }
    };
    serde_json::from_slice(&bytes).map_err(|e| SettingError::Damaged {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })
}

/// Write `setting` to `path` atomically, readable and writable by its owner only from
/// the first byte (the file holds the keys: it is never briefly readable by others).
pub fn save_setting(setting: &SavePageNow, path: &Path) -> Result<(), SettingError> {
    let io = |e: std::io::Error| SettingError::Io {
        path: path.to_path_buf(),
        step: "written",
        reason: e.to_string(),
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(io)?;
    let text = serde_json::to_string_pretty(setting).map_err(|e| io(e.into()))?;
    let temporary = folder.join(format!(".save-page-now.json.{}.tmp", std::process::id()));
    let written =
        write_private(&temporary, text.as_bytes()).and_then(|()| std::fs::rename(&temporary, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written.map_err(io)
}

/// A new file at `path` holding `bytes`, created private to its owner, flushed to disk.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Not through a link planted in its place.
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setting_is_kept_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sanad/save-page-now.json");
        assert_eq!(load_setting(&path).unwrap(), SavePageNow::default());
        let setting = SavePageNow {
            enabled: true,
            access_key: "k".into(),
            secret_key: "s".into(),
            ..SavePageNow::default()
        };
        save_setting(&setting, &path).unwrap();
        assert_eq!(load_setting(&path).unwrap(), setting);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "[1,").unwrap();
        assert!(matches!(
            load_setting(&path),
            Err(SettingError::Damaged { .. })
        ));
    }
}
