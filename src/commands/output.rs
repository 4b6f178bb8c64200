//! Files the commands write for the user (`-o`, `--html`): written whole or not at all. The
//! text goes to a temporary file beside the destination, which then takes its name in one
//! rename; until then, whatever the destination held is untouched (an interrupted or failed
//! run never leaves half a deck, and `generate -o deck.toml --import` keeps the old file when
//! the collection refuses the cards).

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use tempfile::NamedTempFile;

/// A file written in full beside its destination, not yet in place. Dropped without
/// [`Staged::commit`], it is removed and the destination stays as it was.
pub struct Staged {
    temp: NamedTempFile,
    dest: PathBuf,
    /// The message of a failure: "FILE: cannot write[ WHAT]".
    failed: String,
}

/// Write `bytes` to a temporary file in `dest`'s folder, with the permissions `dest` has (a
/// new file gets the usual ones: read-write for all, less the umask). `what` names the
/// content in an error message ("cannot write the report"), if the file name does not.
pub fn stage(dest: &Path, bytes: &[u8], what: Option<&str>) -> Result<Staged> {
    let failed = match what {
        Some(w) => format!("{}: cannot write {w}", super::shown(dest)),
        None => format!("{}: cannot write", super::shown(dest)),
    };
    // Through a symbolic link, the file it points at is replaced, not the link.
    let dest = match std::fs::symlink_metadata(dest) {
        Ok(m) if m.file_type().is_symlink() => {
            std::fs::canonicalize(dest).with_context(|| failed.clone())?
        }
        _ => dest.to_path_buf(),
    };
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".recall-").suffix(".tmp");
    let permissions = match std::fs::metadata(&dest) {
        Ok(m) => Some(m.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(p) = permissions {
        builder.permissions(p);
    }
    let mut temp = builder.tempfile_in(&dir).with_context(|| failed.clone())?;
    std::io::Write::write_all(&mut temp, bytes).with_context(|| failed.clone())?;
    temp.as_file().sync_all().with_context(|| failed.clone())?;
    Ok(Staged { temp, dest, failed })
}

impl Staged {
    /// Put the file in place of its destination.
    pub fn commit(self) -> Result<()> {
        self.temp
            .persist(&self.dest)
            .map_err(|e| e.error)
            .context(self.failed)?;
        Ok(())
    }
}

/// Write `bytes` to `dest`, whole or not at all (`what` as for [`stage`]).
pub fn write_whole(dest: &Path, bytes: &[u8], what: Option<&str>) -> Result<()> {
    stage(dest, bytes, what)?.commit()
}

#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    // As `File::create` asks; the umask takes its share (a temporary file is private).
    Some(std::fs::Permissions::from_mode(0o666))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staged_file_replaces_its_destination_only_when_committed() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("deck.toml");
        std::fs::write(&dest, "old").unwrap();
        let staged = stage(&dest, b"new", None).unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        drop(staged);
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        let names = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(names, 1, "the temporary file is gone");
        stage(&dest, b"new", None).unwrap().commit().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions_and_a_link_its_target() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.toml");
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_whole(&link, b"new", None).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    #[test]
    fn a_missing_folder_is_named_in_the_error() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("no/such/deck.toml");
        let err = write_whole(&dest, b"x", Some("the deck")).unwrap_err();
        assert!(
            format!("{err}").ends_with("deck.toml: cannot write the deck"),
            "{err}"
        );
    }
}
