//! Building a snapshot of the bundled toolbox plus toolbox directories with every
//! linked provider.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rmsnap_bridge::isolate::Standby;
use rmsnap_bridge::library::discover::FoundDir;
use rmsnap_bridge::library::stamps::Stamps;
use rmsnap_bridge::{Isolation, Library, RUNTIME_VERSION};
use rmsnap_providers::previous::{Prepared, Previous};
use rmsnap_providers::{Ahead, RunmatInputs};
use snapshot_core::write::Durability;
use snapshot_core::{build_to_file, BuildError, BuildOptions, BuildProgress, BuildReport, CodecChoice, Diagnostic, Registry, Snapshot};

use crate::loaded::LIBRARIES_META;
use crate::Sources;

/// Told what a build is doing; shared, as a request is cloned.
pub type Progress = Arc<dyn Fn(BuildProgress<'_>) + Send + Sync>;

#[derive(Clone)]
pub struct BuildRequest {
    pub toolbox_dirs: Vec<PathBuf>,
    /// Folders found for `script` (`rmsnap_bridge::library::discover`).
    pub found: Vec<FoundDir>,
    /// The script `found` was discovered for (left out of the library).
    pub script: Option<PathBuf>,
    pub gc_preset: String,
    pub codec: CodecChoice,
    pub zstd_level: i32,
    pub isolation: Isolation,
    /// Called as the build goes (the CLI shows a progress bar).
    pub progress: Option<Progress>,
    /// Ed25519 key to sign the snapshot with.
    pub sign_key: Option<snapshot_core::SecretKey>,
    /// An earlier snapshot of this library set to build incrementally from
    /// (used only if trusted and compatible; otherwise a full build).
    pub previous: Option<PathBuf>,
    /// How far `previous` must be trusted (as for a run).
    pub trust: crate::Trust,
    /// Synced for an explicit build; the cache's own writes are not (see
    /// [`Durability::Cached`]).
    pub durability: Durability,
    /// A cache entry's build: takes the files the stamp table beside
    /// `previous` knows unread, and keeps one beside `out` for the next
    /// (see [`rmsnap_bridge::library::stamps`]).
    pub stamps: bool,
}

impl Default for BuildRequest {
    fn default() -> Self {
        BuildRequest {
            toolbox_dirs: Vec::new(),
            found: Vec::new(),
            script: None,
            gc_preset: rmsnap_providers::gc::DEFAULT_PRESET.into(),
            codec: CodecChoice::Auto,
            zstd_level: 3,
            isolation: Isolation::InProcess,
            progress: None,
            sign_key: None,
            previous: None,
            trust: crate::Trust::default(),
            durability: Durability::Synced,
            stamps: false,
        }
    }
}

impl BuildRequest {
    /// The library set this build compiles.
    pub fn sources(&self) -> Sources {
        let sources = Sources::new(&self.toolbox_dirs).with_trust(self.trust.clone());
        match &self.script {
            Some(script) => sources.with_found(script, self.found.clone()),
            None => sources,
        }
    }
}

pub fn build_snapshot(request: &BuildRequest, out: &Path) -> Result<BuildReport, BuildError> {
    let input = |what: String, source: std::io::Error| BuildError::Input { what, source };
    let sources = request.sources();
    // The check worker starts now: it is ready by the time the files to check are known.
    let check_standby = match &request.isolation {
        Isolation::Worker(exe) => Ahead::new(Standby::check(exe)),
        Isolation::InProcess => Ahead::default(),
    };
    // A cache entry's stamp table is read while the folders are listed, and
    // the new one written while the build runs: it depends only on what was read.
    let known = request.previous.clone().filter(|_| request.stamps).map(|p| std::thread::spawn(move || Stamps::read_beside(&p)));
    // A previous file that cannot be used only costs the reuse, never the build.
    let previous = request.previous.as_deref().filter(|p| p.exists()).and_then(|p| crate::loaded::open_for_reuse(p, &sources).ok()).map(Arc::new);
    // What a reuse asks of it is read meanwhile too (on a second core, what
    // the listing and stat-ing of the library's folders leave free).
    let reading = previous.clone().map(|snap| std::thread::spawn(move || Previous::read(snap, BTreeSet::new())));
    let library = sources.library_known(|| known.and_then(|k| k.join().ok()).unwrap_or_default());
    let prepared = reading.and_then(|r| r.join().ok()).map(Prepared::new).unwrap_or_default();
    let mut library = library.map_err(|e| input("toolbox sources".into(), e))?;
    let stamps = std::mem::take(&mut library.stamps);
    let out_path = out.to_path_buf();
    // Only a shortcut for the next refresh: a table not kept costs it reading every file.
    let writing = request.stamps.then(|| std::thread::spawn(move || stamps.write_beside(&out_path)));
    let built = build_from(request, &sources, library, (previous, prepared, check_standby), out);
    if let Some(w) = writing {
        let _ = w.join();
        // Beside no snapshot, a table would only take room.
        if built.is_err() && !out.exists() {
            let _ = std::fs::remove_file(Stamps::path_beside(out));
        }
    }
    built
}

fn build_from(
    request: &BuildRequest,
    sources: &Sources,
    library: Library,
    (mut previous, prepared, check_standby): (Option<Arc<Snapshot>>, Prepared, Ahead<Standby>),
    out: &Path,
) -> Result<BuildReport, BuildError> {
    let input = |what: String, source: std::io::Error| BuildError::Input { what, source };
    let mut library = Some(library);
    let mut refused = BTreeSet::new();
    let mut damaged = Vec::new();
    loop {
        // (Read again for a second attempt, which only a damaged file causes.)
        let library = match library.take() {
            Some(l) => l,
            None => sources.library().map_err(|e| input("toolbox sources".into(), e))?,
        };
        let inputs = RunmatInputs {
            library,
            isolation: request.isolation.clone(),
            gc_preset: request.gc_preset.clone(),
            previous: previous.clone(),
            prepared: prepared.clone(),
            check_standby: check_standby.clone(),
            refused: refused.clone(),
        };
        match build_to_file(&Registry::linked()?, options(request, sources, inputs), out) {
            // What the previous file holds is verified as it is copied: a
            // damaged entry costs its file (compiled instead), a second one
            // the reuse.
            Err(BuildError::Reused { section, key, detail }) if previous.is_some() => {
                let path = request.previous.as_deref().map(|p| p.display().to_string()).unwrap_or_default();
                damaged.push(Diagnostic { provider: section, path, line: None, message: format!("`{key}` not reused: {detail}") });
                if refused.is_empty() {
                    refused.insert(key);
                } else {
                    previous = None;
                }
            }
            Ok(mut report) => {
                report.diagnostics.splice(0..0, damaged);
                return Ok(report);
            }
            Err(e) => return Err(e),
        }
    }
}

fn options(request: &BuildRequest, sources: &Sources, inputs: RunmatInputs) -> BuildOptions {
    let mut options = BuildOptions::new(RUNTIME_VERSION).with_input(inputs);
    options.codec = request.codec;
    options.zstd_level = request.zstd_level;
    if let Some(f) = request.progress.clone() {
        options.progress = Some(Box::new(move |p| f(p)));
    }
    options.sign_key = request.sign_key.clone();
    options.durability = request.durability;
    options.meta.insert("generator".into(), format!("rmsnap {}", env!("CARGO_PKG_VERSION")));
    options.meta.insert(LIBRARIES_META.into(), sources.library_names().join(","));
    options
}
