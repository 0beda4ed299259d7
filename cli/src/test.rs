//! `rmsnap test`: RunMat's test runner (`runmat test` 0.6.2), its command line
//! and its results, with the library served from the snapshot.

use std::path::PathBuf;

use clap::ValueEnum;
use rmsnap_bridge::testing::{prepare, TestError, TestRequest};

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
    error("rmsnap test lists tests (--list) but does not run them yet; run them with `runmat test` (tracked in issue #36)")
}

/// As `runmat test` reports a run that could not start.
fn error(message: &str) -> u8 {
    eprintln!("Error: {message}");
    exit::ERROR
}
