//! Per-file compilation checks that survive RunMat aborting the process.
//!
//! RunMat 0.6.2's parser recurses without a depth limit; some inputs overflow the
//! stack, which aborts the process (not a panic). The build therefore checks
//! library files in a worker process: a binary that calls [`serve_if_worker`]
//! first thing in `main` is re-executed with [`WORKER_ENV`] set, reads files on
//! stdin and reports one line per file. If it dies, the file it was on is
//! reported as crashing and a fresh worker continues with the rest.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use rayon::prelude::*;

use crate::compile::{check_file, CompileFailure};
use crate::library::SourceFile;

pub const WORKER_ENV: &str = "RMSNAP_COMPILE_WORKER";

/// Stack for a worker's checks: deep but legitimate nesting must not fail here.
const CHECK_STACK: usize = crate::pool::STACK;

/// How library files are checked before the library is compiled.
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

/// Checks each file; `Ok(names)` lists the functions a good file defines.
pub fn check_files(files: &[&SourceFile], isolation: &Isolation) -> Vec<Result<Vec<String>, CompileFailure>> {
    match isolation {
        Isolation::InProcess => crate::pool::par_map(files, |f| in_process(f)),
        Isolation::Worker(exe) => {
            // One worker process per pool thread on large libraries; results keep file order.
            let threads = rayon::current_num_threads().clamp(1, 8);
            let chunk = if files.len() >= 64 { files.len().div_ceil(threads) } else { files.len().max(1) };
            let mut results: Vec<Option<Result<Vec<String>, CompileFailure>>> = vec![None; files.len()];
            files.par_chunks(chunk).zip(results.par_chunks_mut(chunk)).for_each(|(files, results)| check_with_workers(exe, files, results));
            results.into_iter().map(|r| r.unwrap_or_else(|| Err(worker_lost()))).collect()
        }
    }
}

/// Checks `files` in one worker after another: a worker that dies marks the file
/// it was on as crashing, and a fresh worker continues after it.
fn check_with_workers(exe: &PathBuf, files: &[&SourceFile], results: &mut [Option<Result<Vec<String>, CompileFailure>>]) {
    let mut start = 0;
    while start < files.len() {
        match run_worker(exe, &files[start..], &mut results[start..]) {
            Ok(()) => break,
            Err(status) => {
                let at = start + results[start..].iter().position(Option::is_none).unwrap_or(0);
                let f = files[at];
                results[at] = Some(Err(CompileFailure {
                    path: f.path.clone(),
                    line: None,
                    stage: "crash".into(),
                    message: format!("RunMat's compiler killed the worker process ({status}); RunMat 0.6.2's parser overflows its stack on deeply nested input"),
                    report: None,
                }));
                start = at + 1;
            }
        }
    }
}

fn worker_lost() -> CompileFailure {
    CompileFailure { path: "(worker)".into(), line: None, stage: "crash".into(), message: "no result from worker".into(), report: None }
}

/// A check in this process, on a pool thread (deep stack); a panic is reported for the file.
fn in_process(file: &SourceFile) -> Result<Vec<String>, CompileFailure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_file(file)))
        .unwrap_or_else(|_| Err(CompileFailure { path: file.path.clone(), line: None, stage: "crash".into(), message: "RunMat panicked while parsing".into(), report: None }))
}

/// Runs one worker over `files`; fills `results` as lines arrive. `Err` carries
/// the exit status when the worker died before answering for every file.
fn run_worker(exe: &PathBuf, files: &[&SourceFile], results: &mut [Option<Result<Vec<String>, CompileFailure>>]) -> Result<(), String> {
    let mut child = Command::new(exe)
        .env(WORKER_ENV, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start worker {}: {e}", exe.display()))?;
    let payload = serde_json::to_vec(&files.iter().map(|f| (&f.library, &f.path, &f.text)).collect::<Vec<_>>()).unwrap_or_default();
    let mut stdin = child.stdin.take().expect("piped stdin");
    // Write from another thread so a worker that dies early cannot block us.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&payload);
    });
    let stdout = child.stdout.take().expect("piped stdout");
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        if let Ok((i, r)) = serde_json::from_str::<(usize, Result<Vec<String>, CompileFailure>)>(&line) {
            if let Some(slot) = results.get_mut(i) {
                *slot = Some(r);
            }
        }
    }
    let _ = writer.join();
    let status = child.wait().map_err(|e| e.to_string())?;
    if results.iter().all(Option::is_some) {
        Ok(())
    } else {
        Err(status.to_string())
    }
}

/// Call first thing in `main`: when this process is a worker, does the work and exits.
pub fn serve_if_worker() {
    if std::env::var_os(WORKER_ENV).is_none() {
        return;
    }
    let mut input = Vec::new();
    if io::stdin().read_to_end(&mut input).is_err() {
        std::process::exit(2);
    }
    let files: Vec<(String, String, String)> = serde_json::from_slice(&input).unwrap_or_default();
    // One big-stack thread for the whole stream: a thread per file cost as much
    // system time (stack mappings) as the parsing itself on large libraries.
    let served = std::thread::Builder::new().stack_size(CHECK_STACK).spawn(move || {
        let out = io::stdout();
        for (i, (library, path, text)) in files.into_iter().enumerate() {
            let r = check_file(&SourceFile { library, path, text });
            let line = serde_json::to_string(&(i, r)).unwrap_or_default();
            let mut out = out.lock();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
    });
    let ok = served.map(|h| h.join().is_ok()).unwrap_or(false);
    std::process::exit(if ok { 0 } else { 2 });
}
