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

pub fn resolve(explicit: Option<PathBuf>, sources: &Sources) -> (PathBuf, Origin) {
    resolve_with_key(explicit, &crate::cache::key(sources))
}

/// [`resolve`] for a caller that already has the set's cache key.
pub fn resolve_with_key(explicit: Option<PathBuf>, cache_key: &str) -> (PathBuf, Origin) {
    if let Some(p) = explicit {
        return (p, Origin::Flag);
    }
    if let Some(p) = std::env::var_os(ENV_SNAPSHOT).filter(|v| !v.is_empty()) {
        return (PathBuf::from(p), Origin::Env);
    }
    (crate::cache::path_for(cache_key), Origin::Cache)
}
