//! Running a script: from the snapshot when it is usable, otherwise from source.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rmsnap_bridge::compile::{compile_script, CompileFailure};
use rmsnap_bridge::exec::{self, RunOutput};
use rmsnap_bridge::library::resolve::{cold_programs, ResolveError};
use rmsnap_bridge::link::{link_script, LinkError};
use rmsnap_bridge::Library;
use serde::Serialize;
use snapshot_core::LoadingStats;

use crate::discovery::{self, Origin};
use crate::{LoadedSnapshot, Sources, Trust, UnusableSnapshot};

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
}

/// How the script's library calls were served.
#[derive(Debug, Clone, Serialize)]
pub enum Mode {
    Snapshot {
        path: PathBuf,
        /// Library functions decoded for this script (reached transitively).
        functions_linked: usize,
        gc_preset: Option<String>,
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
    /// The snapshot mapping after the run (Linux; `None` cold).
    pub mapping: Option<crate::memory::MappingMemory>,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("snapshot required but not usable: {0}")]
    SnapshotRequired(UnusableSnapshot),
    #[error(transparent)]
    Compile(#[from] CompileFailure),
    #[error("library conflict: {0}")]
    Library(#[from] ResolveError),
    #[error("cannot read toolbox: {0}")]
    Io(#[from] std::io::Error),
}

pub fn run_script(req: &RunRequest) -> Result<RunReport, RunError> {
    let start = Instant::now();
    let fallback = if req.no_snapshot {
        None
    } else {
        match run_from_snapshot(req, start) {
            Ok(report) => return Ok(report),
            Err(Attempt::Script(e)) => return Err(RunError::Compile(e)),
            Err(Attempt::Unusable(e)) if req.policy == SnapshotPolicy::Require => return Err(RunError::SnapshotRequired(e)),
            Err(Attempt::Unusable(e)) => Some(e.to_string()),
        }
    };
    run_cold(req, start, fallback)
}

enum Attempt {
    Unusable(UnusableSnapshot),
    /// The script itself does not compile: not the snapshot's fault.
    Script(CompileFailure),
}

fn run_from_snapshot(req: &RunRequest, start: Instant) -> Result<RunReport, Attempt> {
    let (path, origin) = discovery::resolve(req.snapshot.clone());
    if origin != Origin::Flag && !path.exists() {
        let hint = if origin == Origin::Env { discovery::ENV_SNAPSHOT } else { "the default location; run `rmsnap build`" };
        return Err(Attempt::Unusable(UnusableSnapshot::NotFound(format!("{} ({hint})", path.display()))));
    }
    let loaded = LoadedSnapshot::open(&path, Sources::new(&req.toolbox_dirs).with_trust(req.trust.clone())).map_err(Attempt::Unusable)?;
    let gc_preset = loaded.apply_gc_preset().map_err(|e| Attempt::Unusable(UnusableSnapshot::Section(e)))?;
    let loaded_at = Instant::now();
    let path_str = req.script_path.display().to_string();
    let linked = link_script(&path_str, &req.script_text, &loaded).map_err(|e| match e {
        LinkError::Compile(c) => Attempt::Script(c),
        LinkError::Source(s) => Attempt::Unusable(UnusableSnapshot::Stale(s)),
    })?;
    let compiled_at = Instant::now();
    let output = exec::run_linked(&linked);
    let done = Instant::now();
    let mapping = crate::memory::mapping(loaded.snapshot().path());
    Ok(RunReport {
        mode: Mode::Snapshot { path, functions_linked: linked.loaded.len(), gc_preset },
        output,
        timings: Timings { snapshot_load: loaded_at - start, compile: compiled_at - loaded_at, run: done - compiled_at, total: done - start },
        skipped: Vec::new(),
        loading: Some(loaded.snapshot().stats()),
        mapping,
    })
}

fn run_cold(req: &RunRequest, start: Instant, fallback: Option<String>) -> Result<RunReport, RunError> {
    let t0 = Instant::now();
    let library = Library::for_run(&req.toolbox_dirs)?;
    let (programs, skipped) = cold_programs(&library)?;
    let path = req.script_path.display().to_string();
    let bytecode = compile_script(&path, &req.script_text, programs, &Default::default(), &Default::default(), &Default::default())?;
    let compiled_at = Instant::now();
    let output = exec::run(&bytecode);
    let done = Instant::now();
    Ok(RunReport {
        mode: Mode::Cold { fallback, library_files: library.files.len() },
        output,
        timings: Timings { snapshot_load: t0 - start, compile: compiled_at - t0, run: done - compiled_at, total: done - start },
        skipped,
        loading: None,
        mapping: None,
    })
}
