//! Running a script: from the snapshot when it is usable, otherwise from source.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rmsnap_bridge::compile::CompileFailure;
use rmsnap_bridge::exec::{self, RunOutput};
use rmsnap_bridge::library::resolve::{cold_library, ResolveError};
use rmsnap_bridge::link::{link_script, LinkError};
use serde::Serialize;
use snapshot_core::LoadingStats;

use crate::{Sources, Trust, UnusableSnapshot};
use rmsnap_bridge::library::discover::FoundDir;

/// What to do when the snapshot is not usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SnapshotPolicy {
    /// Compile from source, after one warning.
    #[default]
    Auto,
    /// Fail.
    Require,
}

#[derive(Debug, Clone, Default)]
pub struct RunRequest {
    pub script_path: PathBuf,
    pub script_text: String,
    /// `--snapshot`; `None` means `RMSNAP_SNAPSHOT` or the default location.
    pub snapshot: Option<PathBuf>,
    pub no_snapshot: bool,
    pub policy: SnapshotPolicy,
    pub toolbox_dirs: Vec<PathBuf>,
    /// Ownership/permission checks and signature requirement for the snapshot file.
    pub trust: Trust,
    /// Folders RunMat reads for this script (`rmsnap_bridge::library::discover`).
    pub found: Vec<FoundDir>,
}

impl RunRequest {
    /// The library set this run reads, and how far the snapshot must be trusted.
    pub fn sources(&self) -> Sources {
        Sources::new(&self.toolbox_dirs).with_found(&self.script_path, self.found.clone()).with_trust(self.trust.clone())
    }
}

/// How the script's library calls were served.
#[derive(Debug, Clone, Serialize)]
pub enum Mode {
    Snapshot {
        path: PathBuf,
        /// Library functions linked for this script (reached transitively),
        /// from the snapshot or, for files in `from_source`, compiled again.
        functions_linked: usize,
        /// How many of `functions_linked` were compiled from source.
        functions_refreshed: usize,
        gc_preset: Option<String>,
        /// Why RunMat's collector refused that preset (its defaults stayed).
        gc_preset_failed: Option<String>,
        /// Primary functions whose files changed since the build, compiled
        /// from source for this run and linked with the rest: (name, why).
        from_source: Vec<(String, String)>,
        /// Library files added (defining new names) or removed (whose names
        /// nothing else defines) since the build, whether or not this run
        /// reached them: the cache is rewritten for the next run.
        files_added: Vec<String>,
    },
    Cold {
        /// Why the snapshot was not used (`None` with `--no-snapshot`).
        fallback: Option<String>,
        library_files: usize,
    },
}

/// Wall-clock phases of one run, measured as they happen.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timings {
    /// Opening, validating and checking the snapshot.
    pub snapshot_load: Duration,
    /// Compiling the script (and, cold, the library) and linking.
    pub compile: Duration,
    pub run: Duration,
    /// From the start of `run_script` to the end of the run: time to first result.
    pub total: Duration,
}

pub struct RunReport {
    pub mode: Mode,
    pub output: RunOutput,
    pub timings: Timings,
    /// Library files the cold path could not compile (they are left out).
    pub skipped: Vec<CompileFailure>,
    pub loading: Option<LoadingStats>,
    /// What [`refresh_cache`] should write for the next run, when this run
    /// could not use this place's cache file as it is.
    pub cache_miss: Option<CacheWrite>,
    /// The cache key of this run's library set.
    pub cache_key: String,
    /// Class files compiled with the script (from source on every run).
    pub class_files: usize,
    /// What pull on miss did before the run looked for its snapshot ([`crate::policy`]).
    pub pulled: Option<crate::policy::PullAttempt>,
}

/// A cache file to write after the run, built incrementally from `previous`
/// (the file the run read, which may be another place's of the same set).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheWrite {
    pub target: PathBuf,
    pub previous: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("snapshot required but not usable: {0}")]
    SnapshotRequired(UnusableSnapshot),
    /// The script itself does not compile (nothing ran). `cache_miss`: what
    /// the cache should still write, as after a run, so the next run reports
    /// it from the snapshot instead of compiling the library again.
    #[error("{failure}")]
    Compile { failure: CompileFailure, cache_miss: Option<CacheWrite> },
    #[error("library conflict: {0}")]
    Library(#[from] ResolveError),
    #[error("cannot read toolbox: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Usage(String),
}

pub fn run_script(req: &RunRequest) -> Result<RunReport, RunError> {
    // The library set, its cache key and file, once per run (after a pull on
    // miss, which the run's timings do not include).
    let mut lookup = crate::lookup::Lookup::new(req, req.sources())?;
    let pulled = lookup.pulled.take();
    let mut report = run_with(req, &lookup, Instant::now())?;
    report.pulled = pulled;
    Ok(report)
}

fn run_with(req: &RunRequest, lookup: &crate::lookup::Lookup, start: Instant) -> Result<RunReport, RunError> {
    let fallback = match &lookup.skip {
        Some(why) => why.clone(),
        None => match run_from_snapshot(req, lookup, start) {
            Ok(mut report) => {
                // Files compiled from source this run, or another place's file:
                // this place's own snapshot for the next run.
                let refreshed = matches!(&report.mode, Mode::Snapshot { from_source, files_added, .. } if !from_source.is_empty() || !files_added.is_empty());
                report.cache_miss = lookup.rewrite_after(refreshed);
                return Ok(report);
            }
            Err(Attempt::Script(failure)) => return Err(RunError::Compile { failure, cache_miss: lookup.rewrite_after(false) }),
            Err(Attempt::Unusable(e)) if req.policy == SnapshotPolicy::Require => return Err(RunError::SnapshotRequired(e)),
            Err(Attempt::Unusable(e)) => Some(e.to_string()),
        },
    };
    let mut report = run_cold(req, &lookup.sources, start, fallback).map_err(|e| match e {
        RunError::Compile { failure, .. } => RunError::Compile { failure, cache_miss: lookup.write_after_source() },
        other => other,
    })?;
    report.cache_key = lookup.cache_key.clone();
    report.cache_miss = lookup.write_after_source();
    Ok(report)
}

/// Writes the snapshot a run missed (`report.cache_miss`) for its library set,
/// then evicts least recently used snapshots over the cache's size limit.
/// Called after the run's output is out, so the run is not delayed by it.
pub fn refresh_cache(req: &RunRequest, write: &CacheWrite) -> Result<snapshot_core::BuildReport, snapshot_core::BuildError> {
    let build = crate::BuildRequest {
        toolbox_dirs: req.toolbox_dirs.clone(),
        found: req.found.clone(),
        script: Some(req.script_path.clone()),
        isolation: rmsnap_bridge::Isolation::current_exe(),
        // The snapshot this run could not use whole: what did not change is copied from it.
        previous: Some(write.previous.clone()),
        trust: req.trust.clone(),
        // A cache entry: validated whenever opened, made again if lost.
        durability: snapshot_core::write::Durability::Cached,
        stamps: true,
        ..crate::BuildRequest::default()
    };
    let report = crate::build_snapshot(&build, &write.target)?;
    if let Ok(max) = crate::cache::max_bytes() {
        crate::cache::evict(max, Some(&write.target));
    }
    Ok(report)
}

enum Attempt {
    Unusable(UnusableSnapshot),
    /// The script itself does not compile: not the snapshot's fault.
    Script(CompileFailure),
}

fn run_from_snapshot(req: &RunRequest, lookup: &crate::lookup::Lookup, start: Instant) -> Result<RunReport, Attempt> {
    let loaded = lookup.open().map_err(Attempt::Unusable)?;
    let applied = loaded.apply_gc_preset().map_err(|e| Attempt::Unusable(UnusableSnapshot::Section(e)))?;
    let gc_preset_failed = applied.as_ref().and_then(|(_, r)| r.clone().err());
    let gc_preset = applied.map(|(name, _)| name);
    let loaded_at = Instant::now();
    let path_str = req.script_path.display().to_string();
    let linked = link_script(&path_str, &req.script_text, loaded.as_ref()).map_err(|e| match e {
        LinkError::Compile(c) => Attempt::Script(c),
        LinkError::Source(s) => Attempt::Unusable(UnusableSnapshot::Stale(s)),
    })?;
    // Names computed at run time (`feval`, `str2func`, ...) are served from the snapshot too.
    linked.units.serve_from(loaded.clone());
    let compiled_at = Instant::now();
    let output = exec::run_linked(&rmsnap_bridge::report::source_name(&req.script_path), &linked);
    let done = Instant::now();
    let from_source = loaded.refreshed();
    let owner = |key: &str| rmsnap_model::key::owner_of(key).to_string();
    let functions_refreshed = linked.loaded.iter().filter(|f| from_source.iter().any(|(n, _)| *n == owner(&f.name))).count();
    Ok(RunReport {
        mode: Mode::Snapshot {
            path: lookup.path.clone(),
            functions_linked: linked.loaded.len(),
            functions_refreshed,
            gc_preset,
            gc_preset_failed,
            from_source,
            files_added: loaded.added().to_vec(),
        },
        output,
        timings: Timings { snapshot_load: loaded_at - start, compile: compiled_at - loaded_at, run: done - compiled_at, total: done - start },
        skipped: Vec::new(),
        loading: Some(loaded.snapshot().stats()),
        cache_miss: None,
        cache_key: lookup.cache_key.clone(),
        class_files: linked.classes,
        pulled: None,
    })
}

fn run_cold(req: &RunRequest, sources: &Sources, start: Instant, fallback: Option<String>) -> Result<RunReport, RunError> {
    let t0 = Instant::now();
    let library = sources.library()?;
    let (source, skipped) = cold_library(&library)?;
    let source = std::sync::Arc::new(source);
    let path = req.script_path.display().to_string();
    let linked = link_script(&path, &req.script_text, source.as_ref()).map_err(|e| match e {
        LinkError::Compile(failure) => RunError::Compile { failure, cache_miss: None },
        LinkError::Source(s) => RunError::Usage(s),
    })?;
    linked.units.serve_from(source.clone());
    let compiled_at = Instant::now();
    let output = exec::run_linked(&rmsnap_bridge::report::source_name(&req.script_path), &linked);
    let done = Instant::now();
    Ok(RunReport {
        mode: Mode::Cold { fallback, library_files: library.files.len() },
        output,
        timings: Timings { snapshot_load: t0 - start, compile: compiled_at - t0, run: done - compiled_at, total: done - start },
        skipped,
        loading: None,
        cache_miss: None,
        cache_key: String::new(),
        class_files: linked.classes,
        pulled: None,
    })
}
