//! Atomic publication: a reader sees the old file or the whole new one, never a
//! mix, and a crash mid-write leaves only a temp file that no reader picks up
//! (and that the next publication at the same path removes).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Fault injection for crash tests: pause this many milliseconds with half of
/// the temp file written, so a test can kill the writer mid-write.
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

pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    remove_stale_temps(&dir, path);
    let tmp = temp_path_for(path);
    let result = (|| {
        let mut f = create_private(&tmp)?;
        let pause = std::env::var(ENV_FAULT_WRITE_PAUSE_MS).ok().and_then(|v| v.parse::<u64>().ok());
        match pause {
            Some(ms) => {
                let half = bytes.len() / 2;
                f.write_all(&bytes[..half])?;
                f.sync_all()?;
                std::thread::sleep(std::time::Duration::from_millis(ms));
                f.write_all(&bytes[half..])?;
            }
            None => f.write_all(bytes)?,
        }
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        // Persist the rename itself.
        File::open(&dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
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
