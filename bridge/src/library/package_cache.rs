//! Registry and git dependencies where RunMat 0.6.2 keeps them, read only.
//!
//! `runmat.lock` (runmat-package's own decoder) pins each direct dependency to
//! a tree digest; RunMat's package cache holds that tree, materialized and
//! read-only, at `<cache>/trees/<hex>` (runmat-package-cache-native's layout),
//! where `<cache>` is `RUNMAT_PACKAGE_CACHE_DIR`, else the platform cache
//! directory's `runmat/packages` (`NativeCacheConfig::platform_default` and
//! `CacheLayout::tree_path` there; that crate is not linked: it brings libgit2,
//! SQLite and an HTTP client). rmsnap never fetches, locks or writes there: a
//! tree that is not present is for `runmat` to fetch.

use std::path::{Path, PathBuf};

/// The environment variable RunMat reads for its package cache.
pub const CACHE_ENV: &str = "RUNMAT_PACKAGE_CACHE_DIR";

/// RunMat's package cache folder.
pub fn cache_root() -> Result<PathBuf, String> {
    match std::env::var_os(CACHE_ENV) {
        // As RunMat: set but empty is a mistake, not "use the default".
        Some(v) if v.is_empty() => Err(format!("{CACHE_ENV} is set but empty")),
        Some(v) => Ok(PathBuf::from(v)),
        None => {
            dirs::cache_dir().map(|d| d.join("runmat").join("packages")).ok_or_else(|| "no cache directory on this system; set RUNMAT_PACKAGE_CACHE_DIR".into())
        }
    }
}

/// A direct dependency as `runmat.lock` pins it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedTree {
    /// The tree digest's hex (what names the tree in the cache).
    pub digest: String,
    /// The materialized tree.
    pub dir: PathBuf,
}

/// The `runmat.lock` beside `manifest`, decoded (and checked) by runmat-package.
pub struct Lock {
    path: std::path::PathBuf,
    lock: runmat_package::PackageLock,
}

impl Lock {
    pub fn read(manifest: &Path) -> Result<Lock, String> {
        let path = manifest.with_file_name("runmat.lock");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e} (run `runmat package lock` to pin it)", path.display()))?;
        let lock = runmat_package::decode_lock(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Lock { path, lock })
    }
}

/// Where the tree of the project's direct dependency `alias` is, by `lock`;
/// an error names what is missing.
pub fn locked_tree(lock: &Lock, alias: &str) -> Result<LockedTree, String> {
    let (lock_path, lock) = (&lock.path, &lock.lock);
    let edge = lock
        .edges
        .iter()
        .find(|e| e.from.is_none() && e.alias.as_str() == alias)
        .ok_or_else(|| format!("{} does not pin it (run `runmat package lock`)", lock_path.display()))?;
    let package =
        lock.packages.iter().find(|p| p.instance.identity_digest == edge.to).ok_or_else(|| format!("{}: no package record for it", lock_path.display()))?;
    // `sha256:<hex>`; the decoder accepts nothing else.
    let digest = package.instance.source.tree_digest().to_string();
    let hex = digest.strip_prefix("sha256:").unwrap_or(&digest).to_string();
    let dir = cache_root()?.join("trees").join(&hex);
    if !dir.is_dir() {
        return Err(format!("its locked tree {} is not in RunMat's package cache (run `runmat --locked package fetch` once)", dir.display()));
    }
    Ok(LockedTree { digest: hex, dir })
}
