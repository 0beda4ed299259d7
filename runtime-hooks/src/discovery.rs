//! Where the snapshot is: `--snapshot`, then `RMSNAP_SNAPSHOT`, then the
//! automatic cache's file for the run's library set ([`crate::cache`]), which
//! is also where `rmsnap build` writes when given no `--out`.

use std::path::PathBuf;

use crate::Sources;

pub const ENV_SNAPSHOT: &str = "RMSNAP_SNAPSHOT";

/// `$XDG_CACHE_HOME/rmsnap`, else `$HOME/.cache/rmsnap`.
pub fn cache_root() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("rmsnap")
}

/// How the snapshot path was chosen, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env,
    /// The automatic cache, by library set.
    Cache,
}

/// Where a build writes: `--out`, `RMSNAP_SNAPSHOT`, else this place's cache file for the set.
pub fn build_target(explicit: Option<PathBuf>, sources: &Sources) -> PathBuf {
    explicit
        .or_else(|| std::env::var_os(ENV_SNAPSHOT).filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| crate::cache::path_for(&crate::cache::key(sources), &crate::cache::place(sources)))
}

/// Which file a run reads, for a caller that has the set's cache key and
/// place: from the cache, this place's file or another place's of the same
/// key ([`crate::cache::lookup`]).
pub fn resolve_with_key(explicit: Option<PathBuf>, cache_key: &str, place: &str) -> (PathBuf, Origin) {
    if let Some(p) = explicit {
        return (p, Origin::Flag);
    }
    if let Some(p) = std::env::var_os(ENV_SNAPSHOT).filter(|v| !v.is_empty()) {
        return (PathBuf::from(p), Origin::Env);
    }
    (crate::cache::lookup(cache_key, place), Origin::Cache)
}
