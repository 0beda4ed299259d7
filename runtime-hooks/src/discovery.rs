//! Where the snapshot is: `--snapshot`, then `RMSNAP_SNAPSHOT`, then the default
//! cache location (which `rmsnap build` writes when given no `--out`).

use std::path::PathBuf;

pub const ENV_SNAPSHOT: &str = "RMSNAP_SNAPSHOT";

/// `$XDG_CACHE_HOME/rmsnap/default.rmsnap`, else `$HOME/.cache/rmsnap/default.rmsnap`.
pub fn default_path() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("rmsnap").join("default.rmsnap")
}

/// How the snapshot path was chosen, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env,
    Default,
}

pub fn resolve(explicit: Option<PathBuf>) -> (PathBuf, Origin) {
    if let Some(p) = explicit {
        return (p, Origin::Flag);
    }
    if let Some(p) = std::env::var_os(ENV_SNAPSHOT).filter(|v| !v.is_empty()) {
        return (PathBuf::from(p), Origin::Env);
    }
    (default_path(), Origin::Default)
}
