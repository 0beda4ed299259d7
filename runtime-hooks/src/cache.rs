//! The automatic snapshot cache: one snapshot per library set, like `.pyc`
//! files. A run that finds no usable snapshot for its set runs from source and
//! then writes one (after its result is out); the next run starts from it.
//!
//! Files live in `$XDG_CACHE_HOME/rmsnap/sets/<key>-<place>.rmsnap`. The key
//! digests what decides a snapshot's content apart from the sources' text
//! (which freshness checks by content): this binary's compatibility key and
//! the library set (names, roles, and folders relative to the set's anchor —
//! its project's folder or the script's). The place digests where the anchor
//! is, so two folders laid out alike keep a file each; a set whose place has
//! none starts from another place's file of the same key (a moved or copied
//! project, a pulled snapshot), checked file by file. Using a snapshot marks it used
//! (its modification time); writing one evicts the least recently used files
//! beyond `RMSNAP_CACHE_MAX` (bytes, or with a K/M/G suffix; default 2G).
//! Beside each file, `<key>-<place>.stamps` lists the library files its build
//! read by their `stat`, so the next refresh reads only the files changed
//! since (`rmsnap_bridge::library::stamps`), and `<key>-<place>.rmsnap.reach`
//! what each test of the set reached when it last ran (`rmsnap_reach`); both
//! removed with their snapshot.
//! `RMSNAP_CACHE=off` neither reads nor writes the cache, `readonly` only reads.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rmsnap_bridge::RUNTIME_VERSION;
use snapshot_core::{compat, Digest, Registry};

use crate::Sources;

pub const ENV_CACHE: &str = "RMSNAP_CACHE";
pub const ENV_CACHE_MAX: &str = "RMSNAP_CACHE_MAX";
pub const DEFAULT_MAX_BYTES: u64 = 2 << 30;

/// What `RMSNAP_CACHE` allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheMode {
    ReadWrite,
    ReadOnly,
    Off,
}

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("{ENV_CACHE}={0}: expected `off`, `readonly` or `on`")]
    Mode(String),
    #[error("{ENV_CACHE_MAX}={0}: expected a size in bytes, e.g. 500M or 2G")]
    Max(String),
}

pub fn mode() -> Result<CacheMode, CacheError> {
    match std::env::var(ENV_CACHE).ok().as_deref().map(str::trim) {
        None | Some("") | Some("on") => Ok(CacheMode::ReadWrite),
        Some("readonly") => Ok(CacheMode::ReadOnly),
        Some("off") => Ok(CacheMode::Off),
        Some(other) => Err(CacheError::Mode(other.into())),
    }
}

pub fn max_bytes() -> Result<u64, CacheError> {
    let Some(v) = std::env::var(ENV_CACHE_MAX).ok().filter(|v| !v.trim().is_empty()) else { return Ok(DEFAULT_MAX_BYTES) };
    let t = v.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let scale = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1u64,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => return Err(CacheError::Max(v.clone())),
    };
    digits.parse::<u64>().ok().and_then(|n| n.checked_mul(scale)).ok_or(CacheError::Max(v))
}

/// `$XDG_CACHE_HOME/rmsnap/sets` (else `~/.cache/rmsnap/sets`).
pub fn dir() -> PathBuf {
    crate::discovery::cache_root().join("sets")
}

/// `$XDG_CACHE_HOME/rmsnap/layers`: layer files pushed or pulled
/// (`<sha256 hex>.rmsnap`), so a pull downloads only the layers it lacks.
/// Listed, evicted and cleared with the snapshots.
pub fn layers_dir() -> PathBuf {
    crate::discovery::cache_root().join("layers")
}

/// The cache key of the library set `sources` describes, for this binary.
pub fn key(sources: &Sources) -> String {
    key_of(&key_lines(sources))
}

/// The key of [`key_lines`]: the first 32 hex digits of their SHA-256.
pub fn key_of(lines: &[String]) -> String {
    Digest::of(lines.join("\n").as_bytes()).to_hex()[..32].to_string()
}

/// Whether `text` has the form of a cache key (it names a file in the cache).
pub fn is_key(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What the cache key digests, one line per fact: this binary's compatibility
/// key (another binary gets other files) and the library set's folders.
/// Shown when two keys differ, so a miss can be explained.
pub fn key_lines(sources: &Sources) -> Vec<String> {
    let mut lines = vec![RUNTIME_VERSION.to_string()];
    if let Ok(registry) = Registry::linked() {
        let key = compat::current_key(RUNTIME_VERSION, &registry);
        lines.push(format!("{} {} {} {}", key.format_version, key.target_triple, key.pointer_width, key.endianness));
        for (id, stamp) in &key.providers {
            lines.push(format!("{id} {} {:?}", stamp.version, stamp.fingerprints));
        }
    }
    for f in sources.found() {
        // A folder outside the project (a search-path toolbox, a dependency
        // elsewhere) is named by its name, not where this machine keeps it:
        // another machine's copy at another path is the same set, and what
        // differs in it is found by content, file by file, as for any edit.
        let location = if Path::new(&f.location).is_absolute() { "outside" } else { f.location.as_str() };
        lines.push(format!("found {} {:?} {location}", f.name, f.role));
    }
    for d in sources.dirs() {
        lines.push(format!("toolbox {}", sources.dir_location(d)));
    }
    lines
}

/// Where the set is: the first 16 hex digits of the SHA-256 of its anchor's
/// path (`none` for a set without a script, whose key names its folders whole).
pub fn place(sources: &Sources) -> String {
    match sources.anchor() {
        Some(anchor) => Digest::of(anchor.display().to_string().as_bytes()).to_hex()[..16].to_string(),
        None => "none".into(),
    }
}

/// The place of snapshots pulled without a script to say where they are for.
pub const PULLED_PLACE: &str = "pulled";

/// This place's file for the set `key`.
pub fn path_for(key: &str, place: &str) -> PathBuf {
    dir().join(format!("{key}-{place}.rmsnap"))
}

/// The file a run of the set `key` at `place` starts from: this place's, else
/// the most recently used one of the same key elsewhere, else (none yet) this
/// place's path.
pub fn lookup(key: &str, place: &str) -> PathBuf {
    let own = path_for(key, place);
    if own.exists() {
        return own;
    }
    let prefix = format!("{key}-");
    list().into_iter().map(|e| e.path).find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(&prefix))).unwrap_or(own)
}

/// Marks a cached snapshot as just used (what eviction orders by).
pub fn touch(path: &Path) {
    if let Ok(f) = std::fs::File::options().write(true).open(path) {
        let _ = f.set_modified(SystemTime::now());
    }
}

/// One cached snapshot.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: PathBuf,
    pub bytes: u64,
    pub last_used: SystemTime,
}

/// Cached snapshots and layer files, most recently used first.
pub fn list() -> Vec<Entry> {
    let mut out: Vec<Entry> = [dir(), layers_dir()]
        .into_iter()
        .flat_map(std::fs::read_dir)
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "rmsnap"))
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            Some(Entry { path: e.path(), bytes: m.len(), last_used: m.modified().unwrap_or(SystemTime::UNIX_EPOCH) })
        })
        .collect();
    out.sort_by(|a, b| b.last_used.cmp(&a.last_used).then(a.path.cmp(&b.path)));
    out
}

/// Removes least recently used snapshots until the cache holds at most
/// `max` bytes, never `keep`. Returns what was removed.
pub fn evict(max: u64, keep: Option<&Path>) -> Vec<PathBuf> {
    let entries = list();
    let mut total: u64 = entries.iter().map(|e| e.bytes).sum();
    let mut removed = Vec::new();
    for e in entries.iter().rev() {
        if total <= max {
            break;
        }
        if Some(e.path.as_path()) == keep {
            continue;
        }
        if remove(&e.path) {
            total -= e.bytes;
            removed.push(e.path.clone());
        }
    }
    removed
}

/// Removes every cached snapshot; returns how many.
pub fn clear() -> usize {
    let removed = list().into_iter().filter(|e| remove(&e.path)).count();
    // Stamp tables and reach records left by a snapshot removed some other way.
    for stale in
        std::fs::read_dir(dir()).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "stamps" || x == "reach"))
    {
        let _ = std::fs::remove_file(stale);
    }
    removed
}

/// Removes a cached snapshot, the stamp table beside it (see
/// [`rmsnap_bridge::library::stamps`]) and its reach records; whether the snapshot is gone.
fn remove(path: &Path) -> bool {
    let removed = std::fs::remove_file(path).is_ok();
    let _ = std::fs::remove_file(rmsnap_bridge::library::stamps::Stamps::path_beside(path));
    let _ = std::fs::remove_file(rmsnap_reach::path_beside(path));
    removed
}
