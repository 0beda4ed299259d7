//! A library served for code that is not one script (a test file and its
//! tests): the snapshot of its library set when one is usable, else compiled
//! from source, with the same cache rules as a run — and, after use, what the
//! cache should write so the next run starts from a snapshot.

use std::sync::Arc;

use rmsnap_bridge::library::resolve::cold_library;
use rmsnap_bridge::link::FunctionSource;

use crate::run::{CacheWrite, RunError, RunRequest};
use crate::LoadedSnapshot;

/// A library ready to link against.
pub struct Served {
    pub library: Arc<dyn FunctionSource + Send + Sync>,
    /// The snapshot serving it, if one does.
    pub snapshot: Option<Arc<LoadedSnapshot>>,
    /// Why it is compiled from source (a snapshot was wanted and not usable).
    pub fallback: Option<String>,
    /// Library files left out of the source compile.
    pub skipped: Vec<rmsnap_bridge::compile::CompileFailure>,
    /// What pull on miss did first ([`crate::policy`]).
    pub pulled: Option<crate::policy::PullAttempt>,
    write: CacheWrite,
    writable: bool,
}

impl Served {
    /// What the cache should write now that the library was used: a set
    /// served from source, or a snapshot that compiled files again or
    /// followed added files, or another place's snapshot.
    pub fn cache_miss(&self) -> Option<&CacheWrite> {
        let write = Some(&self.write).filter(|_| self.writable)?;
        match &self.snapshot {
            None => Some(write),
            Some(loaded) => (!loaded.refreshed().is_empty() || !loaded.added().is_empty() || write.previous != write.target).then_some(write),
        }
    }

    /// Where the set's reach records live: beside its snapshot in the cache (`rmsnap_reach`).
    pub fn records_path(&self) -> std::path::PathBuf {
        rmsnap_reach::path_beside(&self.write.target)
    }

    /// Whether this run may write the cache (the snapshot, and the records beside it).
    pub fn writable(&self) -> bool {
        self.writable
    }
}

impl Served {
    /// [`Served::cache_miss`] when the library was used by other processes
    /// (test workers), which compile an edited file again each in its own
    /// process: also when a library file's stamp says it may have changed
    /// since the build (nothing is read but the stamps; the incremental build
    /// then compiles only what did change).
    pub fn cache_miss_after_workers(&self) -> Option<&CacheWrite> {
        let write = Some(&self.write).filter(|_| self.writable)?;
        match &self.snapshot {
            Some(loaded) if self.cache_miss().is_none() && !stamps_changed(loaded) => None,
            _ => Some(write),
        }
    }
}

/// Whether a file of the snapshot's listing has a stamp other than the one
/// recorded beside the snapshot (or none is recorded).
fn stamps_changed(loaded: &LoadedSnapshot) -> bool {
    let stamps = rmsnap_bridge::library::stamps::Stamps::read_beside(&loaded.path());
    let Ok(listing) = rmsnap_providers::library::listing(loaded.snapshot()) else { return true };
    stamps.is_empty()
        || listing.iter().filter_map(|e| e.id()).filter(|id| id.ends_with(".m")).any(|id| {
            let stamp = loaded.sources().disk_path(id).and_then(|p| std::fs::metadata(p).ok()).as_ref().and_then(rmsnap_bridge::library::stamps::Stamp::of);
            stamps.digest(id, stamp).is_none()
        })
}

/// Serves `req`'s library set (its script is the code that will link against it).
pub fn serve(req: &RunRequest) -> Result<Served, RunError> {
    match open(req)? {
        Ok(served) => Ok(served),
        Err(miss) => cold(req, miss),
    }
}

/// [`serve`], writing the set's snapshot first when the cache has no usable
/// one and may be written: processes started after it then open it instead
/// of each compiling the library from source.
pub fn serve_built(req: &RunRequest) -> Result<Served, RunError> {
    match open(req)? {
        Ok(served) => Ok(served),
        Err(miss) if miss.writable => {
            crate::run::refresh_cache(req, &miss.write).map_err(|e| RunError::Usage(format!("could not write the library's snapshot: {e}")))?;
            // What the first look pulled (or failed to) is this use's.
            match open(req)? {
                Ok(served) => Ok(Served { pulled: miss.pulled, ..served }),
                Err(again) => cold(req, Miss { pulled: miss.pulled, ..again }),
            }
        }
        Err(miss) => cold(req, miss),
    }
}

/// Why the snapshot did not serve, and what the cache may do about it.
struct Miss {
    fallback: Option<String>,
    pulled: Option<crate::policy::PullAttempt>,
    write: CacheWrite,
    writable: bool,
}

fn open(req: &RunRequest) -> Result<Result<Served, Miss>, RunError> {
    let mut lookup = crate::lookup::Lookup::new(req, req.sources())?;
    let pulled = lookup.pulled.take();
    let (write, writable) = (lookup.write.clone(), lookup.writable);
    let fallback = match &lookup.skip {
        Some(why) => why.clone(),
        None => match lookup.open() {
            Ok(loaded) => {
                return Ok(Ok(Served { library: loaded.clone(), snapshot: Some(loaded), fallback: None, skipped: Vec::new(), pulled, write, writable }));
            }
            Err(e) => Some(e.to_string()),
        },
    };
    Ok(Err(Miss { fallback, pulled, write, writable }))
}

fn cold(req: &RunRequest, miss: Miss) -> Result<Served, RunError> {
    let library = req.sources().library()?;
    let (source, skipped) = cold_library(&library)?;
    Ok(Served { library: Arc::new(source), snapshot: None, fallback: miss.fallback, skipped, pulled: miss.pulled, write: miss.write, writable: miss.writable })
}
