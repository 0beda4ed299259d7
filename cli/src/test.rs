//! `rmsnap test`: RunMat's test runner (`runmat test` 0.6.2), its command line
//! and its results, with the library served from the snapshot.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use rmsnap_bridge::testing::execute::Library;
use rmsnap_bridge::testing::run::{run, ReportKind, RunOptions};
use rmsnap_bridge::testing::{prepare, TestError, TestRequest};
use runtime_hooks::run::RunRequest;
use runtime_hooks::serve::serve;

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
    #[command(flatten)]
    trust: crate::trust::TrustArgs,
}

pub fn main(args: Args) -> u8 {
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
    let prepared = match prepare(&request) {
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
    if args.list {
        for line in prepared.list() {
            println!("{line}");
        }
        return 0;
    }
    if args.isolation.is_some_and(|i| i == Isolation::Process) {
        return error("rmsnap test runs each test file in a session of its own in this process; 'process' isolation is not available (use auto or session)");
    }
    let trust = match args.trust.resolve() {
        Ok(t) => t,
        Err(e) => return error(&e),
    };
    // One library for the run: the folders RunMat's test session compiles
    // against (the catalog), served from their snapshot when it is usable.
    let request = RunRequest {
        found: prepared.library_folders(),
        // No script: named in the project root, so the set is anchored there.
        script_path: prepared.project_root.join(".rmsnap-test"),
        trust,
        ..RunRequest::default()
    };
    let served = match serve(&request) {
        Ok(s) => s,
        Err(e) => return error(&format!("cannot compile the library: {e}")),
    };
    if let Some(why) = &served.fallback {
        eprintln!("warning: not using a snapshot, compiling the library from source: {why}");
    }
    for left_out in &served.skipped {
        eprintln!("warning: library file left out: {left_out}");
    }
    let library = served.library.clone();
    let library_for = move |_: &Path| -> Result<Library, String> { Ok(library.clone()) };
    let options = RunOptions {
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
    let finished = match run(prepared, &options, &library_for) {
        Ok(f) => f,
        Err(e) => return error(&e.to_string()),
    };
    if let Some(human) = &finished.human {
        print!("{human}");
    }
    if finished.exit == 0 && finished.other_reports {
        eprintln!("Reports: {} artifact(s)", finished.artifacts);
    }
    // After the results: a snapshot of the library set, for the next run.
    if let Some(write) = served.cache_miss() {
        if let Err(e) = runtime_hooks::run::refresh_cache(&request, write) {
            eprintln!("warning: could not write a snapshot for the next run: {e}");
        }
    }
    finished.exit
}

/// As `runmat test` reports a run that could not start.
fn error(message: &str) -> u8 {
    eprintln!("Error: {message}");
    exit::ERROR
}
