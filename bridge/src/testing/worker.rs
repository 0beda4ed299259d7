//! Test files in worker processes (RunMat's `process` isolation): one process
//! per test file, started from this binary, so a test that crashes RunMat,
//! hangs past its deadline or leaves global state behind takes only its own
//! process with it. The coordinator's deadline kills the process; a dead
//! process is a failed attempt and the next test gets a new one.
//!
//! Protocol, one JSON line each way: the parent sends [`Start`] (its
//! library request is opaque here: the command that serves the library reads
//! it), then one [`Execute`] per test; the worker answers each with an
//! [`Answer`] (RunMat's `WorkerExecution` and what the test reached).

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

use futures::channel::mpsc;
use futures::StreamExt;
use runmat_test::identity::TestId;
use runmat_test::protocol::{ProtocolHandshake, WorkerCapability};
use runmat_test_runner::host::{HostCapabilities, IsolationMode};
use runmat_test_runner::worker::{
    BackendCapabilities, BackendError, BackendErrorKind, BackendFuture, CancelRequest, ExecutionRequest, RunSubmission, SpawnRequest, WorkerBackend,
    WorkerExecution,
};
use runmat_test_runner::RunnerError;
use serde::{Deserialize, Serialize};

/// The first line a worker reads.
#[derive(Serialize, Deserialize)]
pub struct Start {
    pub submission: RunSubmission,
    pub project_root: std::path::PathBuf,
    /// What the worker's command needs to serve the library (its own format).
    pub library: serde_json::Value,
}

/// One test to run.
#[derive(Serialize, Deserialize)]
pub struct Execute {
    pub test_id: TestId,
    pub attempt: u32,
}

/// A worker's answer to [`Execute`]: RunMat's execution, and what the test reached.
#[derive(Serialize, Deserialize)]
pub struct Answer {
    pub execution: WorkerExecution,
    pub reached: Vec<rmsnap_reach::Reached>,
}

pub struct Processes<'a> {
    /// The worker command (this binary, in its worker mode).
    command: &'a dyn Fn() -> Command,
    project_root: std::path::PathBuf,
    library: serde_json::Value,
    capabilities: BackendCapabilities,
    workers: RefCell<HashMap<u64, Worker>>,
    next: RefCell<u64>,
    reached: RefCell<HashMap<TestId, Vec<rmsnap_reach::Reached>>>,
}

struct Worker {
    /// Stays here while a test runs, so a deadline's `terminate` can kill it.
    child: Child,
    stdin: ChildStdin,
    /// Lines the worker wrote, read on a thread of their own; taken by the
    /// test that waits for one (dropped with it when a deadline ends the wait).
    lines: Option<mpsc::UnboundedReceiver<String>>,
}

impl<'a> Processes<'a> {
    pub fn new(
        command: &'a dyn Fn() -> Command,
        project_root: std::path::PathBuf,
        library: serde_json::Value,
        max_workers: usize,
    ) -> Result<Processes<'a>, RunnerError> {
        let host = HostCapabilities::new([IsolationMode::Process], max_workers.max(1))?;
        let handshake = ProtocolHandshake::current("rmsnap-process", vec![WorkerCapability::CapturedOutput]);
        Ok(Processes {
            command,
            project_root,
            library,
            capabilities: BackendCapabilities { host, handshake },
            workers: RefCell::default(),
            next: RefCell::new(0),
            reached: RefCell::default(),
        })
    }

    /// What each test that answered reached (its last attempt's).
    pub fn take_reached(&self) -> HashMap<TestId, Vec<rmsnap_reach::Reached>> {
        std::mem::take(&mut *self.reached.borrow_mut())
    }

    fn start(&self, submission: RunSubmission) -> Result<u64, BackendError> {
        let failed = |e: String| BackendError::new(BackendErrorKind::Unavailable, e);
        let mut child = (self.command)()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| failed(format!("starting a test worker: {e}")))?;
        let mut stdin = child.stdin.take().ok_or_else(|| failed("no stdin pipe".into()))?;
        let stdout = child.stdout.take().ok_or_else(|| failed("no stdout pipe".into()))?;
        let (tx, lines) = mpsc::unbounded();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.unbounded_send(line).is_err() {
                    break;
                }
            }
        });
        let start = Start { submission, project_root: self.project_root.clone(), library: self.library.clone() };
        let line = serde_json::to_string(&start).map_err(|e| failed(e.to_string()))?;
        writeln!(stdin, "{line}").and_then(|_| stdin.flush()).map_err(|e| failed(format!("test worker: {e}")))?;
        let id = {
            let mut next = self.next.borrow_mut();
            *next += 1;
            *next
        };
        self.workers.borrow_mut().insert(id, Worker { child, stdin, lines: Some(lines) });
        Ok(id)
    }

    async fn execute_now(&self, id: u64, request: ExecutionRequest) -> Result<WorkerExecution, BackendError> {
        let lost = |why: String| BackendError::new(BackendErrorKind::Crashed, why);
        let line = serde_json::to_string(&Execute { test_id: request.test_id.clone(), attempt: request.attempt }).map_err(|e| lost(e.to_string()))?;
        // No borrow of the table is held across the wait: other lanes use it meanwhile.
        let mut lines = {
            let mut workers = self.workers.borrow_mut();
            let worker = workers.get_mut(&id).ok_or_else(|| lost("no such test worker".into()))?;
            if let Err(e) = writeln!(worker.stdin, "{line}").and_then(|_| worker.stdin.flush()) {
                let why = ended(&mut worker.child);
                return Err(lost(format!("test worker: {e}; {why}")));
            }
            worker.lines.take().ok_or_else(|| lost("the test worker is busy".into()))?
        };
        match lines.next().await {
            Some(line) => {
                if let Some(worker) = self.workers.borrow_mut().get_mut(&id) {
                    worker.lines = Some(lines);
                }
                let answer: Answer =
                    serde_json::from_str(&line).map_err(|e| BackendError::new(BackendErrorKind::MalformedProtocol, format!("test worker: {e}")))?;
                self.reached.borrow_mut().insert(request.test_id, answer.reached);
                Ok(answer.execution)
            }
            None => {
                let why = self.workers.borrow_mut().remove(&id).map_or_else(|| "it was stopped".to_string(), |mut w| ended(&mut w.child));
                Err(lost(format!("the test worker died: {why}")))
            }
        }
    }

    fn stop(&self, id: u64) {
        if let Some(mut worker) = self.workers.borrow_mut().remove(&id) {
            let _ = worker.child.kill();
            let _ = worker.child.wait();
        }
    }
}

/// How a worker process ended, for messages.
fn ended(child: &mut Child) -> String {
    use std::os::unix::process::ExitStatusExt;
    match child.wait() {
        Ok(status) => match (status.code(), status.signal()) {
            (Some(code), _) => format!("it exited with status {code}"),
            (_, Some(signal)) => format!("it was killed by signal {signal}"),
            _ => status.to_string(),
        },
        Err(e) => e.to_string(),
    }
}

impl Drop for Processes<'_> {
    /// No worker outlives the run.
    fn drop(&mut self) {
        for (_, mut worker) in self.workers.borrow_mut().drain() {
            let _ = worker.child.kill();
            let _ = worker.child.wait();
        }
    }
}

impl WorkerBackend for Processes<'_> {
    type Session = u64;

    fn capabilities(&self) -> BackendCapabilities {
        self.capabilities.clone()
    }

    fn spawn<'b>(&'b self, request: SpawnRequest) -> BackendFuture<'b, u64> {
        Box::pin(async move { self.start(request.submission) })
    }

    fn execute<'b>(&'b self, session: &'b u64, request: ExecutionRequest) -> BackendFuture<'b, WorkerExecution> {
        Box::pin(self.execute_now(*session, request))
    }

    fn cancel<'b>(&'b self, _session: &'b u64, _request: CancelRequest) -> BackendFuture<'b, Option<WorkerExecution>> {
        // A test in a worker cannot be asked to stop: after the grace period the coordinator terminates it.
        Box::pin(async { Ok(None) })
    }

    fn terminate<'b>(&'b self, session: &'b u64) -> BackendFuture<'b, ()> {
        Box::pin(async move {
            self.stop(*session);
            Ok(())
        })
    }

    fn shutdown<'b>(&'b self, session: &'b u64) -> BackendFuture<'b, ()> {
        self.terminate(session)
    }
}

/// The worker's side: reads [`Start`], makes the library with `library_for`,
/// then runs each [`Execute`] and answers. Protocol lines go to `out`.
pub fn serve(
    input: impl BufRead,
    mut out: impl Write,
    library_for: impl FnOnce(&std::path::Path, &serde_json::Value) -> Result<super::execute::Library, String>,
) -> Result<(), String> {
    let mut lines = input.lines();
    let first = lines.next().ok_or("no start line")?.map_err(|e| e.to_string())?;
    let start: Start = serde_json::from_str(&first).map_err(|e| format!("start line: {e}"))?;
    let library = library_for(&start.project_root, &start.library)?;
    let mut session = super::execute::FileSession::new(library);
    for line in lines {
        let line = line.map_err(|e| e.to_string())?;
        let request: Execute = serde_json::from_str(&line).map_err(|e| format!("request line: {e}"))?;
        let (result, events) = futures::executor::block_on(session.attempt(
            &start.submission.snapshot,
            &start.submission.plan,
            &start.project_root,
            &request.test_id,
            request.attempt,
        ))?;
        let answer = Answer { execution: WorkerExecution { result, events, coverage: Vec::new() }, reached: session.reached() };
        let reply = serde_json::to_string(&answer).map_err(|e| e.to_string())?;
        writeln!(out, "{reply}").and_then(|_| out.flush()).map_err(|e| e.to_string())?;
    }
    Ok(())
}
