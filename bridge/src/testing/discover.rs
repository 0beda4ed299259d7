//! Which tests a run has, found as `runmat test` 0.6.2 finds them: the project
//! (a `runmat.toml` / `runmat.json` found from the current folder upwards,
//! else the current folder), the targets (given, else the manifest's
//! `[test] roots`, else `tests/`, else the project root), every `.m` file of the
//! targets, the project's source roots and the extra paths frozen into one
//! revision, RunMat's static discovery over it, and the selection. A test's id
//! is derived from that revision, so the ids are RunMat's only when every input
//! to it is the same (see `docs/compatibility.md`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::library::discover::{FoundDir, FoundRole};
use runmat_config::project::{discover_project_manifest_from, load_project_manifest, ProjectTestConfig};
use runmat_execution::{Digest, ProgramEnvironment};
use runmat_test::descriptor::TestSelector;
use runmat_test::discovery::{DiscoveryDiagnosticSeverity, FrozenTestRunSnapshot, SavedRunSource, TestDiscovery};
use runmat_test::plan::TestPlan;
use sha2::Digest as _;

/// The version of RunMat's core whose environment this is (the crates are pinned `=0.6.2`).
const RUNMAT_CORE_VERSION: &str = "0.6.2";

/// What a user asked `rmsnap test` for, as `runmat test` takes it.
#[derive(Debug, Clone, Default)]
pub struct TestRequest {
    /// Where the command runs: the project is found from here.
    pub cwd: PathBuf,
    /// Files or folders; relative ones are taken from the project root, as RunMat takes them.
    pub targets: Vec<PathBuf>,
    pub names: Vec<String>,
    pub tags: Vec<String>,
    pub excluded_tags: Vec<String>,
    /// Extra source roots (`--path`).
    pub paths: Vec<PathBuf>,
}

/// A run's tests, planned.
pub struct Prepared {
    pub project_root: PathBuf,
    pub manifest: Option<PathBuf>,
    pub config: ProjectTestConfig,
    pub snapshot: FrozenTestRunSnapshot,
    pub plan: TestPlan,
    /// The folders frozen into the run (targets, source roots, extra paths):
    /// what RunMat's test session compiles against, and so the library set.
    pub roots: Vec<PathBuf>,
    /// What discovery said that was not an error: warnings and notes, one line each.
    pub notes: Vec<String>,
    /// The selected tests before planning, and the selection's identity: what
    /// [`Prepared::narrow`] plans again from.
    selected: TestDiscovery,
    identity: String,
}

/// Why a run could not start; `runmat test` prints `Error: <this>` and exits 2.
#[derive(Debug, thiserror::Error)]
pub enum TestError {
    #[error("test input does not exist: {}", .0.display())]
    MissingTarget(PathBuf),
    #[error("invalid project manifest {}: {detail}", path.display())]
    Manifest { path: PathBuf, detail: String },
    #[error("failed to freeze test source snapshot: {0}")]
    Freeze(String),
    /// Discovery reported errors (each already a line of its own).
    #[error("test discovery produced errors")]
    Discovery(Vec<String>),
    #[error("no tests matched the requested selection")]
    NothingSelected,
    #[error("test discovery and plan preparation failed: {0}")]
    Plan(String),
}

/// Finds and plans the tests of `request`.
pub fn prepare(request: &TestRequest) -> Result<Prepared, TestError> {
    let manifest = discover_project_manifest_from(&request.cwd).map(|m| m.canonicalize().unwrap_or(m));
    let (project_root, parsed, manifest_bytes) = match &manifest {
        Some(path) => {
            let bad = |detail: String| TestError::Manifest { path: path.clone(), detail };
            let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
            let parsed = load_project_manifest(path).map_err(|e| bad(e.to_string()))?;
            (path.parent().unwrap_or(Path::new(".")).to_path_buf(), Some(parsed), bytes)
        }
        None => (request.cwd.clone(), None, Vec::new()),
    };
    let config = parsed.as_ref().map(|m| m.test.clone()).unwrap_or_default();
    let targets = targets(request, &config, &project_root)?;
    let mut roots = targets.clone();
    if let Some(parsed) = &parsed {
        roots.extend(parsed.sources.roots.iter().map(|r| project_root.join(r)));
    }
    roots.extend(config.paths.iter().chain(&request.paths).map(|p| from(&project_root, p)));
    dedup(&mut roots);
    // RunMat resolves a project's packages into a frozen graph whose digest
    // this is then; without dependencies rmsnap takes the manifest's bytes
    // (the ids of a project then differ from RunMat's; see docs/compatibility.md).
    let graph_digest =
        if manifest_bytes.is_empty() { Digest::sha256(b"loose-project").to_string() } else { format!("sha256:{:x}", sha2::Sha256::digest(&manifest_bytes)) };
    let config_json = serde_json::to_vec(&config).map_err(|e| TestError::Freeze(e.to_string()))?;
    let config_digest = format!("sha256:{:x}", sha2::Sha256::digest(config_json));
    let sources = saved_sources(&project_root, &roots).map_err(|e| TestError::Freeze(e.to_string()))?;
    if sources.is_empty() {
        return Err(TestError::Freeze("no MATLAB source files were found in the selected test inputs".into()));
    }
    let base = catalog_digest(&sources);
    let snapshot = FrozenTestRunSnapshot::freeze(graph_digest, base, environment("matlab"), config_digest, sources, Vec::new())
        .map_err(|e| TestError::Freeze(e.to_string()))?;
    runmat_runtime::builtins::wasm_registry::register_all();
    let discovery = runmat_static_analysis::testing::discover_frozen_tests(&snapshot, runmat_parser::CompatMode::Matlab);
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    for d in &discovery.diagnostics {
        let at = d.source.as_ref().map(|s| format!("{}: ", s.relative_path)).unwrap_or_default();
        match d.severity {
            DiscoveryDiagnosticSeverity::Error => errors.push(format!("Error: {at}{} ({})", d.message, d.code)),
            DiscoveryDiagnosticSeverity::Warning => notes.push(format!("Warning: {at}{} ({})", d.message, d.code)),
            DiscoveryDiagnosticSeverity::Information => notes.push(format!("Info: {at}{} ({})", d.message, d.code)),
        }
    }
    if !errors.is_empty() {
        return Err(TestError::Discovery(errors));
    }
    let selector = TestSelector {
        names: request.names.clone(),
        tags: request.tags.clone(),
        source_prefixes: targets.iter().filter_map(|t| source_prefix(&project_root, t)).collect(),
        excluded_tags: request.excluded_tags.clone(),
    };
    let identity = serde_json::to_string(&selector).map_err(|e| TestError::Plan(e.to_string()))?;
    let selected = discovery.select(&selector);
    let plan = selected.clone().into_plan(identity.clone()).map_err(|e| TestError::Plan(e.to_string()))?;
    if plan.tests().next().is_none() {
        return Err(TestError::NothingSelected);
    }
    Ok(Prepared { project_root, manifest, config, snapshot, plan, roots, notes, selected, identity })
}

impl Prepared {
    /// The run's library set: each folder of the catalog, read recursively
    /// and compiled with the tests (a file target stands for its folder). RunMat's
    /// test session sees these files and nothing on the search path.
    pub fn library_folders(&self) -> Vec<FoundDir> {
        let mut dirs: Vec<PathBuf> = self.roots.iter().map(|r| if r.is_file() { r.parent().unwrap_or(r).to_path_buf() } else { r.clone() }).collect();
        dirs.sort();
        dirs.dedup();
        // A folder inside another is read with it.
        let nested: Vec<PathBuf> = dirs.iter().filter(|d| dirs.iter().any(|o| o != *d && d.starts_with(o))).cloned().collect();
        dirs.retain(|d| !nested.contains(d));
        let mut out: Vec<FoundDir> = Vec::new();
        for dir in dirs {
            let location = crate::library::discover::location(&dir, &self.project_root);
            let base = if location == "." { "project".to_string() } else { format!("project.{}", crate::library::discover::clean(&location)) };
            let mut name = base.clone();
            let mut n = 1;
            while out.iter().any(|f| f.name == name) {
                n += 1;
                name = format!("{base}-{n}");
            }
            out.push(FoundDir { name, dir, role: FoundRole::ProjectRoot, location });
        }
        out
    }

    /// Keeps the planned tests `keep` accepts (`rmsnap test --affected`),
    /// planned again (a run of other tests has another run id). `false`: none is left.
    pub fn narrow(&mut self, keep: impl Fn(&rmsnap_reach::TestName) -> bool) -> Result<bool, TestError> {
        let mut selected = self.selected.clone();
        for suite in &mut selected.suites {
            suite.tests.retain(|t| keep(&test_name(t)));
        }
        selected.suites.retain(|s| !s.tests.is_empty());
        if selected.suites.is_empty() {
            return Ok(false);
        }
        self.plan = selected.into_plan(format!("{}\naffected", self.identity)).map_err(|e| TestError::Plan(e.to_string()))?;
        Ok(true)
    }

    /// Each planned test with its file's text, in plan order.
    pub fn tests(&self) -> Vec<(rmsnap_reach::TestName, &str)> {
        self.plan
            .tests()
            .map(|t| {
                let source = &t.procedure.source;
                let text = self
                    .snapshot
                    .sources
                    .iter()
                    .find(|s| s.owner_identity == source.owner_identity && s.relative_path == source.relative_path)
                    .map_or("", |s| s.content.as_str());
                (test_name(t), text)
            })
            .collect()
    }

    /// What `--list` prints: `id<TAB>name<TAB>file`, one test per line, in plan order.
    pub fn list(&self) -> Vec<String> {
        self.plan.tests().map(|t| format!("{}\t{}\t{}", t.id.as_str(), t.display_name, t.procedure.source.relative_path)).collect()
    }
}

/// A test as the reach records name it.
pub fn test_name(t: &runmat_test::descriptor::TestDescriptor) -> rmsnap_reach::TestName {
    rmsnap_reach::TestName { file: t.procedure.source.relative_path.clone(), name: t.display_name.clone() }
}

/// The environment RunMat's core stamps into every revision (its
/// `program_environment`; `runmat test` uses MATLAB mode, a script's session
/// RunMat's default, `runmat`), computed from the same parts.
pub(crate) fn environment(compat: &str) -> ProgramEnvironment {
    runmat_runtime::builtins::wasm_registry::register_all();
    let runtime = Digest::sha256(format!(
        "runmat-runtime-compatibility-v2\0{}\0{}\0{}",
        RUNMAT_CORE_VERSION,
        1,
        runmat_runtime::native::native_abi_contract_fingerprint()
    ));
    let catalog = Digest::from_bytes(runmat_builtins::builtin_catalog_fingerprint());
    // The same constants RunMat's core passes; they are valid by construction.
    ProgramEnvironment::new(1, 1, runtime, catalog, compat).unwrap_or_else(|e| unreachable!("RunMat's own constants: {e}"))
}

fn targets(request: &TestRequest, config: &ProjectTestConfig, root: &Path) -> Result<Vec<PathBuf>, TestError> {
    let mut targets: Vec<PathBuf> = if !request.targets.is_empty() {
        request.targets.iter().map(|t| from(root, t)).collect()
    } else if !config.roots.is_empty() {
        config.roots.iter().map(|r| root.join(r)).collect()
    } else if root.join("tests").is_dir() {
        vec![root.join("tests")]
    } else {
        vec![root.to_path_buf()]
    };
    dedup(&mut targets);
    match targets.iter().find(|t| !t.exists()) {
        Some(missing) => Err(TestError::MissingTarget(missing.clone())),
        None => Ok(targets),
    }
}

fn from(root: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        root.join(path)
    }
}

fn dedup(paths: &mut Vec<PathBuf>) {
    for p in paths.iter_mut() {
        *p = p.canonicalize().unwrap_or_else(|_| p.clone());
    }
    paths.sort();
    paths.dedup();
}

/// Every `.m` file below `roots` (symbolic links skipped), named as RunMat names
/// it: by its path in the project, or by its folder's digest outside it.
fn saved_sources(project_root: &Path, roots: &[PathBuf]) -> std::io::Result<Vec<SavedRunSource>> {
    let root = project_root.canonicalize().unwrap_or_else(|_| project_root.to_path_buf());
    let mut files = BTreeSet::new();
    for r in roots {
        collect(r, &mut files)?;
    }
    files
        .into_iter()
        .map(|path| {
            let content = std::fs::read_to_string(&path)?;
            let (owner_identity, relative_path) = match path.strip_prefix(&root) {
                Ok(rel) => ("path:workspace".to_string(), rel.to_string_lossy().replace('\\', "/")),
                Err(_) => {
                    let parent = path.parent().unwrap_or(Path::new("."));
                    let owner = format!("path:external:{:x}", sha2::Sha256::digest(parent.to_string_lossy().as_bytes()));
                    (owner, path.file_name().unwrap_or_default().to_string_lossy().into_owned())
                }
            };
            Ok(SavedRunSource { owner_identity, relative_path, content })
        })
        .collect()
}

fn collect(path: &Path, out: &mut BTreeSet<PathBuf>) -> std::io::Result<()> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    if meta.is_file() {
        if path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("m")) {
            out.insert(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()));
        }
        return Ok(());
    }
    let mut entries = std::fs::read_dir(path)?.collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for e in entries {
        collect(&e.path(), out)?;
    }
    Ok(())
}

/// RunMat's digest of a source catalog: each field length-prefixed.
fn catalog_digest(sources: &[SavedRunSource]) -> String {
    let mut h = sha2::Sha256::new();
    for s in sources {
        for field in [s.owner_identity.as_bytes(), s.relative_path.as_bytes(), s.content.as_bytes()] {
            h.update((field.len() as u64).to_be_bytes());
            h.update(field);
        }
    }
    format!("sha256:{:x}", h.finalize())
}

/// A target as a selection prefix: its path in the project, `/`-terminated
/// for a folder; none outside the project.
fn source_prefix(project_root: &Path, target: &Path) -> Option<String> {
    let mut prefix = target.strip_prefix(project_root).ok()?.to_string_lossy().replace('\\', "/");
    if target.is_dir() && !prefix.is_empty() {
        prefix.push('/');
    }
    Some(prefix)
}
