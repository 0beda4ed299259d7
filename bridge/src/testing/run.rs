//! A whole `rmsnap test` run through RunMat's own coordinator and reporters
//! (`runmat-test-runner`): queue, sharding, results, events and the report
//! files are RunMat's; the worker is rmsnap's, in this process, with the
//! library served by rmsnap (one compile per test file per run).

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use runmat_test::identity::{RunId, TestId};
use runmat_test::protocol::{ProtocolHandshake, WorkerCapability};
use runmat_test::result::TerminalDisposition;
use runmat_test_runner::artifact::{persist_reports, safe_artifact_name, ArtifactFuture, ArtifactStore, StoredArtifact};
use runmat_test_runner::host::{Clock, HostCapabilities, IsolationMode, NeverCancelled, PortFuture};
use runmat_test_runner::reporter::{HumanReporter, JsonReporter, JunitReporter, ReporterFanout, TapReporter};
use runmat_test_runner::schedule::RetryPolicy;
use runmat_test_runner::telemetry::NoopTelemetry;
use runmat_test_runner::worker::{
    BackendCapabilities, BackendError, BackendErrorKind, BackendFuture, CancelRequest, ExecutionRequest, RunSubmission, SpawnRequest, WorkerBackend,
    WorkerExecution,
};
use runmat_test_runner::{Coordinator, CoordinatorConfig, RunnerError};
use sha2::Digest as _;

use super::execute::{FileSession, Library};
use super::Prepared;

/// The reports `runmat test` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Human,
    Json,
    Junit,
    Tap,
}

/// Where test files run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Isolation {
    /// A worker process per test file (RunMat's `process`, its default).
    #[default]
    Process,
    /// One after another in this process, a session each (RunMat's `session`).
    Session,
}

/// How to start a worker process, and what it needs to serve the library.
pub struct WorkerSpec<'a> {
    pub command: &'a dyn Fn() -> std::process::Command,
    pub library: serde_json::Value,
}

#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub isolation: Isolation,
    pub jobs: Option<usize>,
    pub timeout_ms: Option<u64>,
    pub shard_index: Option<u32>,
    pub shard_count: Option<u32>,
    /// Empty: the manifest's `[test] reports`, else human.
    pub reports: Vec<ReportKind>,
    /// Relative: below the project root.
    pub report_dir: PathBuf,
}

/// How a run ended, as `runmat test` reports it.
pub struct Finished {
    /// The human report (`test-results.txt`), printed to stdout when selected.
    pub human: Option<String>,
    /// Files written below the report folder.
    pub artifacts: usize,
    /// Whether a report other than the human one was written (RunMat then says how many).
    pub other_reports: bool,
    /// 0 passed, 1 a test did not pass, 2 infrastructure failure, 130 cancelled.
    pub exit: u8,
    /// Each test that ran: whether it passed, and what it reached.
    pub tests: Vec<Ran>,
}

/// One test of a finished run, for the reach records.
pub struct Ran {
    pub test: rmsnap_reach::TestName,
    pub passed: bool,
    pub reached: Vec<rmsnap_reach::Reached>,
}

/// Runs `prepared`'s tests: in worker processes started by `worker`, or (with
/// [`Isolation::Session`]) here, linked against `library`.
pub fn run(prepared: &Prepared, options: &RunOptions, library: Library, worker: &WorkerSpec) -> Result<Finished, RunnerError> {
    // In-process sessions share this thread: one file at a time.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = match options.isolation {
        Isolation::Process => options.jobs.or(prepared.config.jobs).unwrap_or(cores),
        Isolation::Session => 1,
    };
    let config = CoordinatorConfig {
        isolation: IsolationMode::Auto,
        jobs,
        timeout_ms: options.timeout_ms.or(prepared.config.timeout_ms),
        cancellation_grace_ms: 1_000,
        retry: RetryPolicy { max_attempts: 1 },
        shard_index: options.shard_index.or(prepared.config.shard.map(|s| s.index)),
        shard_count: options.shard_count.or(prepared.config.shard.map(|s| s.count)),
    };
    let mut reporters = reporters(options, &prepared.config.reports);
    let report_root = if options.report_dir.is_absolute() { options.report_dir.clone() } else { prepared.project_root.join(&options.report_dir) };
    let project_root = prepared.project_root.clone();
    let names: HashMap<TestId, rmsnap_reach::TestName> = prepared.plan.tests().map(|t| (t.id.clone(), super::discover::test_name(t))).collect();
    let submission = RunSubmission::new(prepared.plan.clone(), prepared.snapshot.clone())?;
    let coordinator = Coordinator::new(config)?;
    let clock = SystemClock::new();
    let (run, mut reached) = match options.isolation {
        Isolation::Session => {
            let backend = InProcess::new(project_root, library)?;
            let run = futures::executor::block_on(coordinator.run(submission, &backend, &clock, &NeverCancelled, &NoopTelemetry, &mut reporters))?;
            (run, backend.reached.take())
        }
        Isolation::Process => {
            let backend = super::worker::Processes::new(worker.command, project_root, worker.library.clone(), jobs)?;
            let run = futures::executor::block_on(coordinator.run(submission, &backend, &clock, &NeverCancelled, &NoopTelemetry, &mut reporters))?;
            (run, backend.take_reached())
        }
    };
    let tests = run
        .result
        .tests
        .iter()
        .filter_map(|t| {
            let test = names.get(&t.test_id)?.clone();
            Some(Ran { test, passed: t.state.is_success(), reached: reached.remove(&t.test_id).unwrap_or_default() })
        })
        .collect();
    let human = run.reports.iter().find(|r| r.name == "test-results.txt").map(|r| String::from_utf8_lossy(&r.bytes).into_owned());
    let store = FolderStore { root: report_root };
    let manifest = futures::executor::block_on(persist_reports(&store, &run.result.run_id, &run.reports))?;
    let exit = if run.result.state.is_success() {
        0
    } else if run.result.state.disposition == TerminalDisposition::Cancelled {
        130
    } else if run.infrastructure_failures > 0 || run.plugin_failures > 0 {
        2
    } else {
        1
    };
    Ok(Finished { human, artifacts: manifest.artifacts.len(), other_reports: run.reports.iter().any(|r| r.name != "test-results.txt"), exit, tests })
}

fn reporters(options: &RunOptions, configured: &[runmat_config::project::ProjectTestReport]) -> ReporterFanout {
    use runmat_config::project::ProjectTestReport as Configured;
    let kinds: Vec<ReportKind> = if !options.reports.is_empty() {
        options.reports.clone()
    } else if !configured.is_empty() {
        configured
            .iter()
            .map(|r| match r {
                Configured::Human => ReportKind::Human,
                Configured::Json => ReportKind::Json,
                Configured::Junit => ReportKind::Junit,
                Configured::Tap => ReportKind::Tap,
            })
            .collect()
    } else {
        vec![ReportKind::Human]
    };
    let mut fanout = ReporterFanout::default();
    for kind in kinds {
        match kind {
            ReportKind::Human => fanout.push(HumanReporter::default()),
            ReportKind::Json => fanout.push(JsonReporter::default()),
            ReportKind::Junit => fanout.push(JunitReporter),
            ReportKind::Tap => fanout.push(TapReporter),
        }
    }
    fanout
}

/// Test files run one after another in this process, each in a session of
/// its own (RunMat's `session` isolation): its compiled units and runtime
/// context are kept for its tests and dropped after them.
struct InProcess {
    project_root: PathBuf,
    library: Library,
    capabilities: BackendCapabilities,
    sessions: RefCell<HashMap<u64, Session>>,
    next: RefCell<u64>,
    /// What each test that ran reached.
    reached: RefCell<HashMap<TestId, Vec<rmsnap_reach::Reached>>>,
}

struct Session {
    submission: RunSubmission,
    file: Option<FileSession>,
}

impl InProcess {
    fn new(project_root: PathBuf, library: Library) -> Result<InProcess, RunnerError> {
        let host = HostCapabilities::new([IsolationMode::Session], 1)?;
        let handshake = ProtocolHandshake::current("rmsnap-in-process", vec![WorkerCapability::CapturedOutput]);
        Ok(InProcess {
            project_root,
            library,
            capabilities: BackendCapabilities { host, handshake },
            sessions: RefCell::default(),
            next: RefCell::new(0),
            reached: RefCell::default(),
        })
    }

    async fn execute_now(&self, session: u64, request: ExecutionRequest) -> Result<WorkerExecution, BackendError> {
        // Taken out while it runs: nothing else touches a session meanwhile (one lane).
        let mut state = self.sessions.borrow_mut().remove(&session).ok_or_else(|| BackendError::new(BackendErrorKind::Rejected, "no such worker session"))?;
        let result = self.execute_in(&mut state, request).await;
        self.sessions.borrow_mut().insert(session, state);
        result
    }

    async fn execute_in(&self, state: &mut Session, request: ExecutionRequest) -> Result<WorkerExecution, BackendError> {
        let file = state.file.get_or_insert_with(|| FileSession::new(self.library.clone()));
        let (result, events) = file
            .attempt(&state.submission.snapshot, &state.submission.plan, &self.project_root, &request.test_id, request.attempt)
            .await
            .map_err(|e| BackendError::new(BackendErrorKind::Rejected, e))?;
        self.reached.borrow_mut().insert(request.test_id, file.reached());
        Ok(WorkerExecution { result, events, coverage: Vec::new() })
    }
}

impl WorkerBackend for InProcess {
    type Session = u64;

    fn capabilities(&self) -> BackendCapabilities {
        self.capabilities.clone()
    }

    fn spawn<'b>(&'b self, request: SpawnRequest) -> BackendFuture<'b, u64> {
        Box::pin(async move {
            let id = {
                let mut next = self.next.borrow_mut();
                *next += 1;
                *next
            };
            self.sessions.borrow_mut().insert(id, Session { submission: request.submission, file: None });
            Ok(id)
        })
    }

    fn execute<'b>(&'b self, session: &'b u64, request: ExecutionRequest) -> BackendFuture<'b, WorkerExecution> {
        Box::pin(self.execute_now(*session, request))
    }

    fn cancel<'b>(&'b self, _session: &'b u64, _request: CancelRequest) -> BackendFuture<'b, Option<WorkerExecution>> {
        // An attempt in this process runs to its end before the coordinator sees a deadline.
        Box::pin(async { Ok(None) })
    }

    fn terminate<'b>(&'b self, session: &'b u64) -> BackendFuture<'b, ()> {
        Box::pin(async move {
            self.sessions.borrow_mut().remove(session);
            Ok(())
        })
    }

    fn shutdown<'b>(&'b self, session: &'b u64) -> BackendFuture<'b, ()> {
        self.terminate(session)
    }
}

/// Milliseconds since the run started; a deadline wakes a waiting future from a timer thread.
struct SystemClock(Instant);

impl SystemClock {
    fn new() -> SystemClock {
        SystemClock(Instant::now())
    }
}

impl Clock for SystemClock {
    fn now_ms(&self) -> u64 {
        self.0.elapsed().as_millis() as u64
    }

    fn sleep_until<'a>(&'a self, deadline_ms: u64) -> PortFuture<'a, ()> {
        let wait = std::time::Duration::from_millis(deadline_ms.saturating_sub(self.now_ms()));
        let (tx, rx) = futures::channel::oneshot::channel::<()>();
        std::thread::spawn(move || {
            std::thread::sleep(wait);
            let _ = tx.send(());
        });
        Box::pin(async move {
            let _ = rx.await;
        })
    }
}

/// Reports below `<root>/<sha256 of the run id>/`, each written whole (a
/// temporary file renamed), as RunMat's filesystem store writes them.
struct FolderStore {
    root: PathBuf,
}

impl ArtifactStore for FolderStore {
    fn put<'a>(&'a self, run_id: &'a RunId, name: &'a str, media_type: &'a str, bytes: &'a [u8]) -> ArtifactFuture<'a, StoredArtifact> {
        Box::pin(async move {
            let name = safe_artifact_name(name)?;
            let dir = self.root.join(format!("{:x}", sha2::Sha256::digest(run_id.as_str().as_bytes())));
            let target = dir.join(&name);
            let err = |e: std::io::Error| RunnerError::Artifact(format!("{}: {e}", target.display()));
            std::fs::create_dir_all(target.parent().unwrap_or(&dir)).map_err(err)?;
            let temporary = dir.join(format!(".rmsnap-artifact-{}.tmp", std::process::id()));
            std::fs::write(&temporary, bytes).map_err(err)?;
            std::fs::rename(&temporary, &target).map_err(err)?;
            Ok(StoredArtifact {
                name: name.clone(),
                media_type: media_type.into(),
                byte_len: bytes.len() as u64,
                content_digest: format!("sha256:{:x}", sha2::Sha256::digest(bytes)),
                store_key: target.strip_prefix(&self.root).unwrap_or(&target).to_string_lossy().replace('\\', "/"),
            })
        })
    }

    fn remove_run<'a>(&'a self, run_id: &'a RunId) -> ArtifactFuture<'a, ()> {
        Box::pin(async move {
            let dir = self.root.join(format!("{:x}", sha2::Sha256::digest(run_id.as_str().as_bytes())));
            match std::fs::remove_dir_all(&dir) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(RunnerError::Artifact(format!("{}: {e}", dir.display()))),
                _ => Ok(()),
            }
        })
    }
}
