//! The one decision every path makes before it links against a library set
//! (a script's run, a test run): which snapshot file (pulled from the team's
//! registry first when the cache has none), whether it may be opened at all,
//! and what the cache may write after the use.

use std::path::PathBuf;
use std::sync::Arc;

use crate::cache::CacheMode;
use crate::discovery::{self, Origin};
use crate::run::{CacheWrite, RunError, RunRequest};
use crate::{LoadedSnapshot, Sources, UnusableSnapshot};

/// Where `req`'s snapshot is and what may be done with it.
pub struct Lookup {
    pub sources: Sources,
    pub cache_key: String,
    /// The file to open: `--snapshot`, `RMSNAP_SNAPSHOT`, or the cache's for the set.
    pub path: PathBuf,
    pub origin: Origin,
    /// The cache's file for the set may be written after this use.
    pub writable: bool,
    /// What a write would be: this place's file, from the file the run read.
    pub write: CacheWrite,
    /// Why no snapshot is opened at all (`Some(None)`: `--no-snapshot`, which needs no warning).
    pub skip: Option<Option<String>>,
    /// What pull on miss did before the file was looked at ([`crate::policy`]).
    pub pulled: Option<crate::policy::PullAttempt>,
}

impl Lookup {
    pub fn new(req: &RunRequest, sources: Sources) -> Result<Lookup, RunError> {
        let cache_key = crate::cache::key(&sources);
        let place = crate::cache::place(&sources);
        let own = crate::cache::path_for(&cache_key, &place);
        let (path, origin) = discovery::resolve_with_key(req.snapshot.clone(), &cache_key, &place);
        let cache = crate::cache::mode().map_err(|e| RunError::Usage(e.to_string()))?;
        // The team's registry may have the set's snapshot the cache lacks.
        let pulled = crate::policy::pull_on_miss(&sources, &cache_key, &path, origin, req.no_snapshot);
        let writable = origin == Origin::Cache && cache == CacheMode::ReadWrite && !req.no_snapshot;
        let skip = if req.no_snapshot {
            Some(None)
        } else if rmsnap_bridge::supervise::isolated() {
            // This run's first attempt crashed RunMat: every file is compiled again, each in a worker.
            Some(Some("RunMat crashed compiling for this run; compiling from source, each file in a worker process".to_string()))
        } else if origin == Origin::Cache && cache == CacheMode::Off {
            Some(Some(format!("the snapshot cache is off ({}=off)", crate::cache::ENV_CACHE)))
        } else {
            None
        };
        let write = CacheWrite { target: own, previous: path.clone() };
        Ok(Lookup { sources, cache_key, path, origin, writable, write, skip, pulled })
    }

    /// The snapshot, checked for this set (marked used when it is the cache's).
    pub fn open(&self) -> Result<Arc<LoadedSnapshot>, UnusableSnapshot> {
        if self.origin != Origin::Flag && !self.path.exists() {
            let hint = if self.origin == Origin::Env { discovery::ENV_SNAPSHOT } else { "the cache has none for this library set yet" };
            return Err(UnusableSnapshot::NotFound(format!("{} ({hint})", self.path.display())));
        }
        let loaded = Arc::new(LoadedSnapshot::open(&self.path, self.sources.clone())?);
        if self.origin == Origin::Cache {
            crate::cache::touch(&self.path);
        }
        Ok(loaded)
    }

    /// Whether a snapshot that served the use should be written again for
    /// the next: files compiled from source or added, or another place's file.
    pub fn rewrite_after(&self, refreshed: bool) -> Option<CacheWrite> {
        (self.writable && (refreshed || self.path != self.write.target)).then(|| self.write.clone())
    }

    /// What to write after a use from source.
    pub fn write_after_source(&self) -> Option<CacheWrite> {
        self.writable.then(|| self.write.clone())
    }
}
