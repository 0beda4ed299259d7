//! RunMat's work on library files, in worker processes that may die.
//!
//! RunMat 0.6.2's parser recurses without a depth limit (some inputs overflow
//! the stack: a process abort, not a panic), and nothing promises lowering or
//! compiling cannot panic, abort or loop. The build therefore does all of it —
//! the per-file check (parse) and the per-file compile (parse, lower, compile,
//! encode) — in workers: a binary that calls [`serve_if_worker`] first thing in
//! `main` is re-executed with [`WORKER_ENV`] set, reads jobs on stdin and
//! answers one frame per job. A worker that dies, or sends nothing for
//! [`timeout`], costs only the file it was on: that file is reported (with the
//! end of the worker's stderr) and a fresh worker continues with the rest.

use std::io::{self, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::compile::library::{CompileJob, CompiledFile};
use crate::compile::{check_file, CompileFailure};
use crate::library::SourceFile;

/// Set (to the job kind) in a worker's environment.
pub const WORKER_ENV: &str = "RMSNAP_COMPILE_WORKER";
/// Seconds a worker may spend on one file before it is killed.
pub const TIMEOUT_ENV: &str = "RMSNAP_COMPILE_TIMEOUT";
/// Fault injection for tests: comma-separated `KIND:HOW:TEXT` (KIND `check` or
/// `compile`, HOW `abort`, `panic` or `hang`) makes a worker doing that kind of
/// job fail that way on a file whose path contains TEXT (RunMat cannot be made
/// to crash or hang on demand).
pub const FAULT_ENV: &str = "RMSNAP_TEST_WORKER_FAULT";

const DEFAULT_TIMEOUT_SECS: u64 = 120;
/// How much of a dead worker's stderr a report keeps.
const STDERR_TAIL: usize = 2048;

/// Stack for a worker's jobs: deep but legitimate nesting must not fail here.
const JOB_STACK: usize = crate::pool::STACK;

/// Where RunMat's work on library files runs during a build.
#[derive(Debug, Clone)]
pub enum Isolation {
    /// In this process (a crashing file takes the process down).
    InProcess,
    /// In worker processes of this program, re-executed with [`WORKER_ENV`].
    Worker(PathBuf),
}

impl Isolation {
    /// Workers running the current executable.
    pub fn current_exe() -> Isolation {
        std::env::current_exe().map(Isolation::Worker).unwrap_or(Isolation::InProcess)
    }
}

/// A kind of work a worker does on one file.
trait Job: Serialize + DeserializeOwned + Sync {
    type Out: Serialize + DeserializeOwned + Send;
    const KIND: &'static str;
    fn path(&self) -> &str;
    fn run(&self) -> Result<Self::Out, CompileFailure>;
}

#[derive(Serialize, Deserialize)]
struct CheckJob(SourceFile);

impl Job for CheckJob {
    type Out = Vec<String>;
    const KIND: &'static str = "check";
    fn path(&self) -> &str {
        &self.0.path
    }
    fn run(&self) -> Result<Vec<String>, CompileFailure> {
        check_file(&self.0)
    }
}

impl Job for CompileJob {
    type Out = CompiledFile;
    const KIND: &'static str = "compile";
    fn path(&self) -> &str {
        &self.file.path
    }
    fn run(&self) -> Result<CompiledFile, CompileFailure> {
        CompileJob::run(self)
    }
}

/// A script compiled in a worker to see whether RunMat survives it, with the
/// library names it calls bound as the real compile binds them.
#[derive(Serialize, Deserialize)]
struct ScriptJob {
    path: String,
    text: String,
    /// (name, id, declared outputs, varargout).
    bound: Vec<(String, usize, usize, bool)>,
    /// Variables defined earlier (a REPL's): (name, slot).
    workspace: Vec<(String, usize)>,
}

impl Job for ScriptJob {
    type Out = ();
    const KIND: &'static str = "script";
    fn path(&self) -> &str {
        &self.path
    }
    fn run(&self) -> Result<(), CompileFailure> {
        let bound = self.bound.iter().map(|(n, id, ..)| (n.clone(), runmat_hir::FunctionId(*id))).collect();
        let arities = self.bound.iter().map(|(_, id, k, v)| (runmat_hir::FunctionId(*id), runmat_hir::FunctionOutputArity::new(*k, *v))).collect();
        let workspace = self.workspace.iter().cloned().collect();
        crate::compile::compile_script(&self.path, &self.text, Vec::new(), &workspace, &bound, &arities).map(|_| ())
    }
}

/// Compiles a script in a worker first when this run is the retry after a
/// crash (`supervise::isolated`): `Err` when RunMat dies on it. Its ordinary
/// compile errors are left to the real compile, which reports them as RunMat does.
pub fn trial_script(
    path: &str,
    text: &str,
    workspace: &std::collections::HashMap<String, usize>,
    bound: &std::collections::HashMap<String, runmat_hir::FunctionId>,
    arities: &std::collections::HashMap<runmat_hir::FunctionId, runmat_hir::FunctionOutputArity>,
) -> Result<(), CompileFailure> {
    let Isolation::Worker(exe) = Isolation::current_exe() else { return Ok(()) };
    let mut names: Vec<(String, usize, usize, bool)> = bound
        .iter()
        .map(|(n, id)| {
            let a = arities.get(id).copied().unwrap_or_else(|| runmat_hir::FunctionOutputArity::new(1, false));
            (n.clone(), id.0, a.fixed_outputs, a.has_varargout)
        })
        .collect();
    names.sort();
    let mut workspace: Vec<(String, usize)> = workspace.iter().map(|(n, i)| (n.clone(), *i)).collect();
    workspace.sort();
    let job = ScriptJob { path: path.into(), text: text.into(), bound: names, workspace };
    match in_workers(&exe, &[job], None).pop() {
        Some(Err(f)) if f.stage == "crash" => Err(f),
        _ => Ok(()),
    }
}

/// A file RunMat's call-time loader compiles on its own (`call_time`).
#[derive(Serialize, Deserialize)]
struct CallTimeJob {
    path: String,
    text: String,
}

impl Job for CallTimeJob {
    type Out = Vec<runmat_vm::FunctionBytecode>;
    const KIND: &'static str = "call-time";
    fn path(&self) -> &str {
        &self.path
    }
    fn run(&self) -> Result<Self::Out, CompileFailure> {
        crate::call_time::compile_here(&self.path, &self.text)
    }
}

/// [`crate::call_time::compile_here`] in a worker process.
pub fn compile_call_time(path: &str, text: &str) -> Result<Vec<runmat_vm::FunctionBytecode>, CompileFailure> {
    let Isolation::Worker(exe) = Isolation::current_exe() else { return crate::call_time::compile_here(path, text) };
    let job = CallTimeJob { path: path.into(), text: text.into() };
    in_workers(&exe, &[job], None).pop().unwrap_or_else(|| Err(crashed(path, "no result from the worker".into())))
}

/// Checks each file; `Ok(names)` lists the functions a good file defines.
/// `standby`, if started for checks ([`Standby::check`]), takes the first batch.
pub fn check_files(files: &[&SourceFile], isolation: &Isolation, standby: Option<Standby>) -> Vec<Result<Vec<String>, CompileFailure>> {
    match isolation {
        Isolation::InProcess => crate::pool::par_map(files, |f| in_process(&f.path, || check_file(f))),
        Isolation::Worker(exe) => {
            let jobs: Vec<CheckJob> = files.iter().map(|f| CheckJob((*f).clone())).collect();
            in_workers(exe, &jobs, standby)
        }
    }
}

/// Runs the build's compile of each file in workers; results keep job order.
/// `standby`, if started for `exe`, takes the first batch.
pub fn compile_in_workers(exe: &PathBuf, jobs: &[CompileJob], standby: Option<Standby>) -> Vec<Result<CompiledFile, CompileFailure>> {
    in_workers(exe, jobs, standby)
}

/// A compile worker started before its jobs are known: a process start costs
/// as much as compiling one file, and an incremental build has other work
/// (copying what it reuses) to do meanwhile. Dropped unused, it is stopped.
pub struct Standby {
    exe: PathBuf,
    kind: &'static str,
    child: Option<std::process::Child>,
}

impl Standby {
    pub fn compile(exe: &PathBuf) -> Standby {
        Standby::start(exe, CompileJob::KIND)
    }

    /// A check worker, started before the files to check are known.
    pub fn check(exe: &PathBuf) -> Standby {
        Standby::start(exe, CheckJob::KIND)
    }

    fn start(exe: &PathBuf, kind: &'static str) -> Standby {
        Standby { exe: exe.clone(), kind, child: spawn_worker(exe, kind).ok() }
    }
}

impl Drop for Standby {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn spawn_worker(exe: &PathBuf, kind: &str) -> Result<std::process::Child, String> {
    Command::new(exe)
        .env(WORKER_ENV, kind)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start worker {}: {e}", exe.display()))
}

/// A job in this process, on a pool thread (deep stack); a panic is reported for the file.
fn in_process<T>(path: &str, f: impl FnOnce() -> Result<T, CompileFailure>) -> Result<T, CompileFailure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or_else(|payload| Err(crashed(path, format!("RunMat panicked: {}", panic_text(&*payload)))))
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_else(|| "(no message)".into())
}

fn crashed(path: &str, message: String) -> CompileFailure {
    CompileFailure { path: path.into(), line: None, stage: "crash".into(), message, report: None }
}

/// Per-file time limit ([`TIMEOUT_ENV`], default two minutes).
pub fn timeout() -> Duration {
    let secs = std::env::var(TIMEOUT_ENV).ok().and_then(|v| v.trim().parse::<f64>().ok()).filter(|s| *s > 0.0);
    Duration::from_secs_f64(secs.unwrap_or(DEFAULT_TIMEOUT_SECS as f64))
}

type Slot<T> = Option<Result<T, CompileFailure>>;

fn in_workers<J: Job>(exe: &PathBuf, jobs: &[J], standby: Option<Standby>) -> Vec<Result<J::Out, CompileFailure>> {
    // One worker process per pool thread on large libraries; results keep job order.
    let threads = rayon::current_num_threads().clamp(1, 8);
    let chunk = if jobs.len() >= 64 { jobs.len().div_ceil(threads) } else { jobs.len().max(1) };
    let mut results: Vec<Slot<J::Out>> = (0..jobs.len()).map(|_| None).collect();
    let limit = timeout();
    let standby = Mutex::new(standby.filter(|s| &s.exe == exe && s.kind == J::KIND));
    jobs.par_chunks(chunk).zip(results.par_chunks_mut(chunk)).for_each(|(jobs, results)| with_workers(exe, jobs, results, limit, &standby));
    results.into_iter().zip(jobs).map(|(r, j)| r.unwrap_or_else(|| Err(crashed(j.path(), "no result from the worker".into())))).collect()
}

/// Runs `jobs` in one worker after another: a worker that dies or hangs marks
/// the job it was on as failed, and a fresh worker continues after it.
fn with_workers<J: Job>(exe: &PathBuf, jobs: &[J], results: &mut [Slot<J::Out>], limit: Duration, standby: &Mutex<Option<Standby>>) {
    let mut start = 0;
    while start < jobs.len() {
        // The worker started ahead, if it still runs; else a fresh one.
        let ready = standby.lock().unwrap_or_else(|e| e.into_inner()).as_mut().and_then(|s| s.child.take());
        let child = match ready.map(|mut c| (matches!(c.try_wait(), Ok(None)), c)) {
            Some((true, c)) => Ok(c),
            // It died waiting (nothing of ours was lost): start another.
            Some((false, mut c)) => {
                let _ = c.wait();
                spawn_worker(exe, J::KIND)
            }
            None => spawn_worker(exe, J::KIND),
        };
        match child.and_then(|child| run_worker(child, &jobs[start..], &mut results[start..], limit)) {
            Ok(()) => break,
            Err(why) => {
                let at = start + results[start..].iter().position(Option::is_none).unwrap_or(0);
                results[at] = Some(Err(crashed(jobs[at].path(), why)));
                start = at + 1;
            }
        }
    }
}

/// Runs one worker over `jobs`, filling `results` as answers arrive. `Err`
/// says why the worker stopped before answering every job.
fn run_worker<J: Job>(mut child: std::process::Child, jobs: &[J], results: &mut [Slot<J::Out>], limit: Duration) -> Result<(), String> {
    let payload = snapshot_core::codec::encode(jobs).map_err(|e| format!("cannot encode jobs: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("the worker has no stdin pipe")?;
    // Write from another thread so a worker that dies early cannot block us.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&payload);
    });
    let stderr_tail = Arc::new(Mutex::new(Vec::new()));
    let stderr = child.stderr.take().ok_or("the worker has no stderr pipe")?;
    let tail = Arc::clone(&stderr_tail);
    let err_reader = std::thread::spawn(move || keep_tail(stderr, &tail));
    let (tx, rx) = channel();
    let stdout = child.stdout.take().ok_or("the worker has no stdout pipe")?;
    let reader = std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        while let Some(frame) = read_frame(&mut stdout) {
            if tx.send(frame).is_err() {
                break;
            }
        }
    });
    let mut timed_out = false;
    loop {
        match rx.recv_timeout(limit) {
            Ok(frame) => {
                if let Ok((i, r)) = snapshot_core::codec::decode::<(usize, Result<J::Out, CompileFailure>)>(&frame) {
                    if let Some(slot) = results.get_mut(i) {
                        *slot = Some(r);
                    }
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                timed_out = true;
                let _ = child.kill();
                break;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    let _ = (writer.join(), reader.join(), err_reader.join());
    if results.iter().all(Option::is_some) {
        return Ok(());
    }
    let (tail, cut) = {
        let t = stderr_tail.lock().unwrap_or_else(|e| e.into_inner());
        (String::from_utf8_lossy(&t).into_owned(), t.len() >= STDERR_TAIL)
    };
    let (stage, tail) = crate::supervise::last_stage(&tail, cut);
    // One line: a report is a line of a warning.
    let tail = tail.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" | ");
    let stderr = if tail.is_empty() { String::new() } else { format!("; the worker's stderr ended with: {tail}") };
    let during = stage.map(|s| format!(" in stage `{s}`")).unwrap_or_default();
    Err(if timed_out {
        format!(
            "RunMat's compiler did not finish within {:.0} s{during} (worker killed; raise {TIMEOUT_ENV} for very large files){stderr}",
            limit.as_secs_f64()
        )
    } else {
        let hint = if J::KIND == CheckJob::KIND { "; RunMat 0.6.2's parser overflows its stack on deeply nested input" } else { "" };
        format!("RunMat killed the worker process{during} while doing `{}` on this file ({status}){hint}{stderr}", J::KIND)
    })
}

/// Reads `from` to its end, keeping the last [`STDERR_TAIL`] bytes.
fn keep_tail(mut from: impl Read, tail: &Mutex<Vec<u8>>) {
    let mut buf = [0u8; 4096];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 {
            break;
        }
        let mut t = tail.lock().unwrap_or_else(|e| e.into_inner());
        t.extend_from_slice(&buf[..n]);
        let excess = t.len().saturating_sub(STDERR_TAIL);
        t.drain(..excess);
    }
}

/// One answer: a little-endian u32 length, then that many bytes.
fn read_frame(from: &mut impl Read) -> Option<Vec<u8>> {
    let mut len = [0u8; 4];
    from.read_exact(&mut len).ok()?;
    let mut frame = vec![0; u32::from_le_bytes(len) as usize];
    from.read_exact(&mut frame).ok()?;
    Some(frame)
}

fn write_frame(to: &mut impl Write, frame: &[u8]) -> io::Result<()> {
    to.write_all(&(frame.len() as u32).to_le_bytes())?;
    to.write_all(frame)?;
    to.flush()
}

/// Call first thing in `main`: when this process is a worker, does the work and exits.
pub fn serve_if_worker() {
    let Some(kind) = std::env::var_os(WORKER_ENV) else { return };
    let ok = match kind.to_str() {
        Some(CheckJob::KIND) => serve::<CheckJob>(),
        Some(CompileJob::KIND) => serve::<CompileJob>(),
        Some(ScriptJob::KIND) => serve::<ScriptJob>(),
        Some(CallTimeJob::KIND) => serve::<CallTimeJob>(),
        _ => false,
    };
    std::process::exit(if ok { 0 } else { 2 });
}

fn serve<J: Job + Send + 'static>() -> bool {
    let mut input = Vec::new();
    if io::stdin().read_to_end(&mut input).is_err() {
        return false;
    }
    let Ok(jobs) = snapshot_core::codec::decode::<Vec<J>>(&input) else { return false };
    crate::supervise::mark_stages();
    let fault = std::env::var(FAULT_ENV).ok();
    // One big-stack thread for the whole stream: a thread per file cost as much
    // system time (stack mappings) as the work itself on large libraries.
    let served = std::thread::Builder::new().stack_size(JOB_STACK).spawn(move || {
        let mut out = io::stdout().lock();
        for (i, job) in jobs.iter().enumerate() {
            let r = in_process(job.path(), || {
                inject(fault.as_deref(), J::KIND, job.path());
                job.run()
            });
            let Ok(frame) = snapshot_core::codec::encode(&(i, r)) else { return false };
            if write_frame(&mut out, &frame).is_err() {
                return false;
            }
        }
        true
    });
    served.ok().and_then(|h| h.join().ok()).unwrap_or(false)
}

/// The fault [`FAULT_ENV`] asks for, if it names this file.
fn inject(fault: Option<&str>, kind: &str, path: &str) {
    let wanted = fault.into_iter().flat_map(|f| f.split(',')).filter_map(|f| {
        let mut parts = f.splitn(3, ':');
        let (k, how, text) = (parts.next()?, parts.next()?, parts.next()?);
        (k == kind && !text.is_empty() && path.contains(text)).then_some(how)
    });
    let Some(how) = wanted.into_iter().next() else { return };
    eprintln!("rmsnap worker: injected fault `{how}` while doing `{kind}` on {path}");
    match how {
        "abort" => std::process::abort(),
        "panic" => panic!("injected panic on {path}"),
        "hang" => loop {
            std::thread::sleep(Duration::from_secs(3600));
        },
        _ => {}
    }
}
