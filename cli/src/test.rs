//! `rmsnap test`: RunMat's test runner (`runmat test` 0.6.2), its command line
//! and its results, with the library served from the snapshot.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use rmsnap_bridge::testing::execute::Library;
use rmsnap_bridge::testing::run::{run, ReportKind, RunOptions, WorkerSpec};
use rmsnap_bridge::testing::{prepare, TestError, TestRequest};
use runtime_hooks::run::RunRequest;
use runtime_hooks::serve::{serve, serve_built};

/// `runmat test`'s exit codes.
pub mod exit {
    /// The run could not start or the runner failed (RunMat's "infrastructure" code).
    pub const ERROR: u8 = 2;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Isolation {
    Auto,
    Process,
    Session,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Report {
    Human,
    Json,
    Junit,
    Tap,
}

#[derive(clap::Args)]
pub struct Args {
    /// Test files or folders (relative to the project root); default: the manifest's
    /// `[test] roots`, else `tests/`, else the project root.
    #[arg(value_name = "PATH")]
    targets: Vec<PathBuf>,
    /// Run tests whose name contains PATTERN (repeatable; any matches).
    #[arg(long = "name", value_name = "PATTERN")]
    names: Vec<String>,
    /// Run tests that have every TAG (repeatable).
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// Leave out tests that have TAG (repeatable).
    #[arg(long = "exclude-tag")]
    excluded_tags: Vec<String>,
    /// Fixture groups (test files, classes) run at once.
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    /// How test files are kept apart.
    #[arg(long, value_enum)]
    isolation: Option<Isolation>,
    /// Per-test deadline.
    #[arg(long = "timeout-ms", value_name = "MS")]
    timeout_ms: Option<u64>,
    /// Extra source folder (repeatable).
    #[arg(long = "path", value_name = "DIRECTORY")]
    paths: Vec<PathBuf>,
    /// Pass this environment variable to test workers (repeatable).
    #[arg(long = "allow-env", value_name = "NAME")]
    allow_env: Vec<String>,
    /// Reports to write (repeatable); default: the manifest's, else human.
    #[arg(long = "report", value_enum)]
    reports: Vec<Report>,
    /// Where reports go (a folder per run below it).
    #[arg(long = "report-dir", default_value = "test-results")]
    report_dir: PathBuf,
    #[arg(long = "shard-index", requires = "shard_count")]
    shard_index: Option<u32>,
    #[arg(long = "shard-count", requires = "shard_index")]
    shard_count: Option<u32>,
    /// Print the selected tests (`id<TAB>name<TAB>file`) and exit.
    #[arg(long)]
    list: bool,
    /// Run only the tests a change since their last run affects (a function
    /// they reached, their file, or an added function they name), and those
    /// that did not pass; say why each runs.
    #[arg(long)]
    affected: bool,
    #[command(flatten)]
    trust: crate::trust::TrustArgs,
    /// Serve one test file's tests to the `rmsnap test` that started this process.
    #[arg(long = "rmsnap-test-worker", hide = true)]
    worker: bool,
}

/// What a worker needs to serve the run's library: the folders and where the set is anchored.
#[derive(serde::Serialize, serde::Deserialize)]
struct LibraryRequest {
    found: Vec<rmsnap_bridge::library::discover::FoundDir>,
    script_path: PathBuf,
}

impl LibraryRequest {
    fn run_request(&self, trust: runtime_hooks::Trust) -> RunRequest {
        RunRequest { found: self.found.clone(), script_path: self.script_path.clone(), trust, ..RunRequest::default() }
    }
}

pub fn main(args: Args) -> u8 {
    if args.worker {
        return worker(&args);
    }
    let cwd = match std::env::current_dir() {
        Ok(cwd) => cwd,
        Err(e) => return error(&format!("failed to resolve current directory: {e}")),
    };
    let request = TestRequest {
        cwd,
        targets: args.targets.clone(),
        names: args.names.clone(),
        tags: args.tags.clone(),
        excluded_tags: args.excluded_tags.clone(),
        paths: args.paths.clone(),
    };
    let mut prepared = match prepare(&request) {
        Ok(p) => p,
        Err(TestError::Discovery(lines)) => {
            for line in &lines {
                eprintln!("{line}");
            }
            return error(&TestError::Discovery(lines).to_string());
        }
        Err(e) => return error(&e.to_string()),
    };
    for note in &prepared.notes {
        eprintln!("{note}");
    }
    if args.list && !args.affected {
        for line in prepared.list() {
            println!("{line}");
        }
        return 0;
    }
    let isolation = match args.isolation.unwrap_or(Isolation::Auto) {
        Isolation::Auto | Isolation::Process => rmsnap_bridge::testing::run::Isolation::Process,
        Isolation::Session | Isolation::None => rmsnap_bridge::testing::run::Isolation::Session,
    };
    let process = isolation == rmsnap_bridge::testing::run::Isolation::Process;
    let trust = match args.trust.resolve() {
        Ok(t) => t,
        Err(e) => return error(&e),
    };
    // One library for the run: the folders RunMat's test session compiles
    // against (the catalog), served from their snapshot when it is usable.
    // No script: named in the project root, so the set is anchored there.
    let wanted = LibraryRequest { found: prepared.library_folders(), script_path: prepared.project_root.join(".rmsnap-test") };
    let request = wanted.run_request(trust);
    // Worker processes open the set's snapshot: written first if the cache has none.
    let served = if process { serve_built(&request) } else { serve(&request) };
    let served = match served {
        Ok(s) => s,
        Err(e) => return error(&format!("cannot compile the library: {e}")),
    };
    match (&served.pulled, &served.fallback) {
        (Some(runtime_hooks::policy::PullAttempt { remote, outcome: Err(e) }), _) => eprintln!("warning: {remote}: {e}; compiling from source"),
        (_, Some(why)) => eprintln!("warning: not using a snapshot, compiling the library from source: {why}"),
        _ => {}
    }
    for left_out in &served.skipped {
        eprintln!("warning: library file left out: {left_out}");
    }
    let records = crate::affected::read(&served.records_path());
    let names_now = crate::affected::library_names(&request, &served);
    if args.affected {
        let total = prepared.plan.tests().count();
        let selected = crate::affected::select(&prepared, &records, served.library.as_ref(), &names_now);
        eprintln!("affected: {} of {total} tests", selected.len());
        for s in &selected {
            eprintln!("  {}: {}", s.test, s.why);
        }
        let chosen: std::collections::HashSet<_> = selected.into_iter().map(|s| s.test).collect();
        match prepared.narrow(|t| chosen.contains(t)) {
            Ok(true) => {}
            Ok(false) => {
                println!("No test is affected by a change since its last run.");
                return 0;
            }
            Err(e) => return error(&e.to_string()),
        }
        if args.list {
            for line in prepared.list() {
                println!("{line}");
            }
            return 0;
        }
    }
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return error(&format!("cannot find this program to start test workers: {e}")),
    };
    let trust_args = args.trust.as_args();
    let command = || {
        let mut c = std::process::Command::new(&exe);
        c.args(["test", "--rmsnap-test-worker"]).args(&trust_args);
        c
    };
    let worker = WorkerSpec { command: &command, library: serde_json::to_value(&wanted).unwrap_or_default() };
    let options = RunOptions {
        isolation,
        jobs: args.jobs,
        timeout_ms: args.timeout_ms,
        shard_index: args.shard_index,
        shard_count: args.shard_count,
        reports: args
            .reports
            .iter()
            .map(|r| match r {
                Report::Human => ReportKind::Human,
                Report::Json => ReportKind::Json,
                Report::Junit => ReportKind::Junit,
                Report::Tap => ReportKind::Tap,
            })
            .collect(),
        report_dir: args.report_dir.clone(),
    };
    let finished = match run(&prepared, &options, served.library.clone(), &worker) {
        Ok(f) => f,
        Err(e) => return error(&e.to_string()),
    };
    if let Some(human) = &finished.human {
        print!("{human}");
    }
    if finished.exit == 0 && finished.other_reports {
        eprintln!("Reports: {} artifact(s)", finished.artifacts);
    }
    // What each test reached, for the next `--affected` (beside the snapshot, never in it).
    if served.writable() {
        if let Err(e) = crate::affected::record(records, &prepared, &finished.tests, names_now).write(&served.records_path()) {
            eprintln!("warning: could not record what the tests reached: {e}");
        }
    }
    // After the results: a snapshot of the library set, for the next run.
    let miss = if process { served.cache_miss_after_workers() } else { served.cache_miss() };
    if let Some(write) = miss {
        if let Err(e) = runtime_hooks::run::refresh_cache(&request, write) {
            eprintln!("warning: could not write a snapshot for the next run: {e}");
        }
    }
    finished.exit
}

/// A worker process: protocol lines on the stdout it was given; anything
/// else this process writes there goes to stderr instead.
fn worker(args: &Args) -> u8 {
    use std::os::fd::FromRawFd;
    let trust = match args.trust.resolve() {
        Ok(t) => t,
        Err(e) => return error(&e),
    };
    // A worker never outlives the run that started it.
    // SAFETY: prctl with PR_SET_PDEATHSIG takes a signal number and no pointers.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
    }
    // SAFETY: fd 1 is open (the parent's pipe); the duplicate is owned by `out` alone.
    let out = unsafe {
        let fd = libc::dup(1);
        if fd < 0 || libc::dup2(2, 1) < 0 {
            return error("cannot set up the worker's output");
        }
        std::fs::File::from_raw_fd(fd)
    };
    let library_for = |_: &Path, request: &serde_json::Value| -> Result<Library, String> {
        let request: LibraryRequest = serde_json::from_value(request.clone()).map_err(|e| e.to_string())?;
        serve(&request.run_request(trust.clone())).map(|s| s.library).map_err(|e| e.to_string())
    };
    match rmsnap_bridge::testing::worker::serve(std::io::stdin().lock(), std::io::BufWriter::new(out), library_for) {
        Ok(()) => 0,
        Err(e) => error(&format!("test worker: {e}")),
    }
}

/// As `runmat test` reports a run that could not start.
fn error(message: &str) -> u8 {
    eprintln!("Error: {message}");
    exit::ERROR
}
