//! Atomic publication: a reader sees the old file or the whole new one, never a
//! mix, and a crash mid-write leaves only a temp file that no reader picks up
//! (and that the next publication at the same path removes).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Fault injection for crash tests: pause this many milliseconds with part of
/// the temp file written and synced (half the bytes, or when a build streams
/// into it, half of the sections), so a test can kill the writer mid-write.
pub const ENV_FAULT_WRITE_PAUSE_MS: &str = "RMSNAP_FAULT_WRITE_PAUSE_MS";

fn temp_prefix(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!(".{name}.tmp-")
}

/// Temp file name beside `path`: dot-prefixed and suffixed so discovery ignores it.
pub fn temp_path_for(path: &Path) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!("{}{}-{n}", temp_prefix(path), std::process::id()))
}

/// Publishes `bytes` at `path` (see [`publish_atomically`]).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    publish_atomically(path, |f| {
        let (first, rest) = bytes.split_at(bytes.len() / 2);
        f.write_all(first)?;
        fault_pause(f)?;
        f.write_all(rest)
    })
}

/// Publishes at `path` whatever `write` writes into a fresh temp file beside
/// it: the file is made durable (mode 0644, fsync), renamed over `path`, and
/// the rename made durable. On an error or a panic in `write` the temp file is
/// removed and `path` is untouched.
pub fn publish_atomically<T, E: From<io::Error>>(path: &Path, write: impl FnOnce(&mut File) -> Result<T, E>) -> Result<T, E> {
    publish(path, Durability::Synced, write)
}

/// Whether a published file survives a power loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Synced to disk before and after the rename.
    Synced,
    /// Left to the page cache: for files that can be made again and are
    /// validated whenever opened (the snapshot cache). A crash may leave the
    /// old file, the new one, or one that fails validation and is rebuilt;
    /// never a torn file under `path` in a running system.
    Cached,
}

/// [`publish_atomically`], as durable as `durability` says.
pub fn publish<T, E: From<io::Error>>(path: &Path, durability: Durability, write: impl FnOnce(&mut File) -> Result<T, E>) -> Result<T, E> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    remove_stale_temps(&dir, path);
    let tmp = temp_path_for(path);
    let mut f = create_private(&tmp)?;
    let guard = RemoveOnDrop(&tmp);
    let value = write(&mut f)?;
    let synced = durability == Durability::Synced;
    if synced {
        f.sync_all()?;
    }
    drop(f);
    let replaced = replace(&tmp, path)?;
    std::mem::forget(guard);
    if synced {
        // Persist the rename itself.
        File::open(&dir)?.sync_all()?;
    }
    if replaced {
        // The old file, now under the temp name (a crash here leaves it to
        // the next publication's stale-temp sweep).
        let _ = fs::remove_file(&tmp);
    }
    Ok(value)
}

/// Puts `tmp` at `path` atomically. Where `path` exists (on Linux), the two
/// are exchanged (`true`: the old file is left at `tmp`): renaming over an
/// existing file makes ext4 start writing the new one out first (its
/// `auto_da_alloc` guard for unsynced replacements), 30-40 ms for a 40 MB
/// snapshot, which a cached file does not need and a synced one has had.
fn replace(tmp: &Path, path: &Path) -> io::Result<bool> {
    #[cfg(target_os = "linux")]
    if exchange(tmp, path).is_ok() {
        return Ok(true);
    }
    fs::rename(tmp, path).map(|()| false)
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
    match unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) } {
        0 => Ok(()),
        _ => Err(io::Error::last_os_error()),
    }
}

/// Removes the temp file unless publication got as far as the rename.
struct RemoveOnDrop<'a>(&'a Path);

impl Drop for RemoveOnDrop<'_> {
    fn drop(&mut self) {
        let _ = fs::remove_file(self.0);
    }
}

/// Fault injection (see [`ENV_FAULT_WRITE_PAUSE_MS`]): makes what `f` holds so
/// far durable, then sleeps, so a test can kill the writer mid-write.
pub(crate) fn fault_pause(f: &File) -> io::Result<()> {
    let Some(ms) = std::env::var(ENV_FAULT_WRITE_PAUSE_MS).ok().and_then(|v| v.parse::<u64>().ok()) else {
        return Ok(());
    };
    f.sync_all()?;
    std::thread::sleep(std::time::Duration::from_millis(ms));
    Ok(())
}

/// Owner read/write, others read: whatever the umask, a published snapshot
/// passes the runtime's "nobody else can write it" check.
fn create_private(tmp: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o644);
    }
    let f = options.open(tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(fs::Permissions::from_mode(0o644))?;
    }
    Ok(f)
}

/// Removes temp files for `path` left by writers that no longer run (killed mid-write).
fn remove_stale_temps(dir: &Path, path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(&prefix).and_then(|rest| rest.split('-').next()).and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(not(target_os = "linux"))]
fn process_alive(_: u32) -> bool {
    true // unknown: never remove another writer's file
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Either durability publishes by rename: the new bytes whole or, when the
    /// writer fails, the old file untouched; no temp file stays behind.
    #[test]
    fn both_durabilities_publish_whole_or_not_at_all() {
        for durability in [Durability::Synced, Durability::Cached] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("s.rmsnap");
            publish(&path, durability, |f| f.write_all(b"first")).unwrap();
            assert_eq!(fs::read(&path).unwrap(), b"first");
            let failed = publish(&path, durability, |f| {
                f.write_all(b"sec")?;
                Err::<(), _>(io::Error::other("writer failed"))
            });
            assert!(failed.is_err(), "{durability:?}");
            assert_eq!(fs::read(&path).unwrap(), b"first", "{durability:?}: a failed publish changed the file");
            let left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
            assert_eq!(left, vec![std::ffi::OsString::from("s.rmsnap")], "{durability:?}");
        }
    }

    /// Replacing a file (exchanged on Linux, then the old one removed): the
    /// new bytes at the path, nothing else left, and a reader that had the old
    /// file open still reads the old bytes.
    #[test]
    fn replacing_leaves_the_new_file_alone_and_old_readers_undisturbed() {
        for durability in [Durability::Synced, Durability::Cached] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("s.rmsnap");
            publish(&path, durability, |f| f.write_all(b"first")).unwrap();
            let mut reader = File::open(&path).unwrap();
            publish(&path, durability, |f| f.write_all(b"second")).unwrap();
            assert_eq!(fs::read(&path).unwrap(), b"second", "{durability:?}");
            let mut old = String::new();
            std::io::Read::read_to_string(&mut reader, &mut old).unwrap();
            assert_eq!(old, "first", "{durability:?}");
            let left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
            assert_eq!(left, vec![std::ffi::OsString::from("s.rmsnap")], "{durability:?}");
        }
    }
}
