//! Where `feed-import -o FILE` writes: checked before the import runs and again before writing.
//!
//! - `-o -` is standard output.
//! - FILE must be a regular file or not exist yet: a directory, a named pipe, a socket or a
//!   device is refused (renaming over `/dev/null` replaced the device with a file), and so is a
//!   symbolic link (give the path of the file it points to).
//! - FILE is never one of the inputs the import read (same file by device and inode, so a hard
//!   link or another spelling of the path counts too).
//! - The feed goes to a temporary file created exclusively (`create_new`: never through a link
//!   planted in its place, never over another file) next to FILE, then renamed over it, so a
//!   failed write never leaves half a feed where the old one was; the temporary file is removed
//!   on every failure.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// `-o -`: standard output.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Why FILE cannot be written, or `Ok` when it is a regular file or does not exist.
pub fn check_target(path: &Path) -> Result<(), String> {
    let metadata = match std::fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(format!("it cannot be examined ({err})")),
    };
    let kind = metadata.file_type();
    if kind.is_file() {
        return Ok(());
    }
    let what = if kind.is_symlink() {
        "a symbolic link; give the path of the file itself"
    } else if kind.is_dir() {
        "a directory; name a file, such as feed.json, inside it"
    } else {
        special_kind(&kind)
    };
    Err(format!(
        "it is {what}. -o writes a regular file (or standard output with -o -)"
    ))
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a named pipe (FIFO); to send the feed to a program, use -o - and a pipe"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device; to check an import without keeping the feed, leave -o out and discard \
         standard output"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: &std::fs::FileType) -> &'static str {
    "not a regular file"
}

/// Whether `a` and `b` name one existing file (same device and inode; elsewhere, the same
/// canonical path).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

/// Refuses FILE when it is one of `inputs` (the files the import read).
pub fn check_not_input(path: &Path, inputs: &[PathBuf]) -> Result<(), String> {
    match inputs.iter().find(|input| same_file(path, input)) {
        Some(input) => Err(format!(
            "it is the input {}; writing the feed there would replace it. Name another file",
            input.display()
        )),
        None => Ok(()),
    }
}

/// A temporary file next to the target, removed when dropped unless it was renamed into place.
struct Temporary {
    path: PathBuf,
    kept: bool,
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A new file next to `target` (`.feed.json.<pid>-<n>.partial`), created exclusively: an
/// existing file or link of that name is never opened, another name is tried instead.
fn create_temporary(target: &Path) -> io::Result<(Temporary, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .map_or_else(|| "feed".into(), |n| n.to_string_lossy().into_owned());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut last = None;
    for _ in 0..100 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = folder.join(format!(
            ".{name}.{}-{nanos:x}-{n}.partial",
            std::process::id()
        ));
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((Temporary { path, kept: false }, file)),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => last = Some(err),
            Err(err) => return Err(err),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free temporary name")))
}

/// Writes `bytes` to `target` through an exclusive temporary file renamed into place. Call
/// [`check_target`] first; a target that became something else in between is refused here
/// too. Nothing is left behind on failure.
pub fn write_file(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let (mut temporary, mut file) = create_temporary(target)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    check_target(target).map_err(io::Error::other)?;
    std::fs::rename(&temporary.path, target)?;
    temporary.kept = true;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("skillgap-output-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failed_rename_leaves_no_temporary_file() {
        let dir = folder("rename");
        // A non-empty directory cannot be renamed over (check_target is bypassed here).
        let target = dir.join("feed.json");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), "x").unwrap();
        assert!(write_file(&target, b"{}").is_err());
        assert_eq!(entries(&dir), ["feed.json"]);
        assert_eq!(entries(&target), ["keep"]);
    }

    #[test]
    fn a_feed_replaces_a_regular_file_and_the_temporary_file_is_gone() {
        let dir = folder("replace");
        let target = dir.join("feed.json");
        std::fs::write(&target, "old").unwrap();
        write_file(&target, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(entries(&dir), ["feed.json"]);
    }

    #[test]
    fn the_same_file_is_found_by_another_path_or_a_hard_link() {
        let dir = folder("same");
        let input = dir.join("in.json");
        std::fs::write(&input, "{}").unwrap();
        std::fs::hard_link(&input, dir.join("hard.json")).unwrap();
        let inputs = [input.clone()];
        for other in [dir.join("hard.json"), dir.join(".").join("in.json")] {
            let why = check_not_input(&other, &inputs).unwrap_err();
            assert!(why.contains("is the input"), "{why}");
        }
        assert!(check_not_input(&dir.join("new.json"), &inputs).is_ok());
        assert!(is_stdout(Path::new("-")) && !is_stdout(Path::new("./-")));
    }
}
