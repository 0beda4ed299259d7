//! `rmsnap-bench --runmat PATH --corpus DIR`: real libraries (the external
//! corpus, `integration-tests/corpus/external/`), each entry script run in its
//! library's folder as a user runs it — `runmat entry.m` against `rmsnap run
//! entry.m` on an empty cache (first run) and again (second run, from the
//! snapshot) — as fresh processes. Time to first result (first stdout byte) and
//! total time of each; runmat under a time limit, since it compiles the whole
//! folder as one unit at a cost that grows faster than linearly.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Timing {
    pub first_result_ms: Option<f64>,
    pub total_ms: f64,
    pub exit: Option<i32>,
    /// Killed at the time limit.
    pub timed_out: bool,
}

#[derive(Debug, Serialize)]
pub struct EntryReport {
    pub project: String,
    pub functions: usize,
    pub entry: String,
    pub runmat: Timing,
    pub rmsnap_first: Timing,
    pub rmsnap_second: Timing,
    /// Same stdout and exit status as runmat (`None` when runmat did not finish).
    pub same_as_runmat: Option<bool>,
}

/// One process, timed: first stdout byte and exit, killed after `limit`.
fn timed(mut cmd: Command, limit: Duration) -> (Timing, String) {
    let start = Instant::now();
    let not_started = || (Timing { first_result_ms: None, total_ms: 0.0, exit: None, timed_out: false }, String::new());
    let Ok(mut child) = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn() else { return not_started() };
    let Some(mut stdout) = child.stdout.take() else { return not_started() };
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let mut buf = [0u8; 8192];
        let mut first = None;
        while let Ok(k) = std::io::Read::read(&mut stdout, &mut buf) {
            if k == 0 {
                break;
            }
            first.get_or_insert_with(|| start.elapsed());
            out.extend_from_slice(&buf[..k]);
        }
        let _ = tx.send(first);
        out
    });
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > limit => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let total = start.elapsed();
    let out = reader.join().unwrap_or_default();
    let first = rx.recv().ok().flatten();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let timing = Timing { first_result_ms: first.map(ms), total_ms: ms(total), exit: status.and_then(|s| s.code()), timed_out };
    (timing, String::from_utf8_lossy(&out).into_owned())
}

fn command(program: &Path, dir: &Path, cache: &Path) -> Command {
    let mut c = Command::new(program);
    c.current_dir(dir).env("XDG_CACHE_HOME", cache);
    for var in ["RUNMAT_PATH", "MATLABPATH", "RMSNAP_SNAPSHOT", "RMSNAP_CACHE", "RMSNAP_REMOTE"] {
        c.env_remove(var);
    }
    c
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)?.flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst)?;
        }
    }
    Ok(())
}

fn io(p: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", p.display())
}

/// Every entry script of every project folder under `corpus`.
pub fn measure(runmat: &Path, corpus: &Path, work: &Path, limit: Duration) -> Result<Vec<EntryReport>, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut projects: Vec<PathBuf> = std::fs::read_dir(corpus).map_err(io(corpus))?.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    projects.sort();
    let mut out = Vec::new();
    for project in projects {
        let name = project.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut entries: Vec<String> = std::fs::read_dir(&project)
            .map_err(io(&project))?
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| n.starts_with("entry_") && n.ends_with(".m"))
            .collect();
        entries.sort();
        let functions =
            std::fs::read_dir(&project).map_err(io(&project))?.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "m")).count() - entries.len();
        for entry in entries {
            let dir = work.join(&name).join(entry.trim_end_matches(".m"));
            let _ = std::fs::remove_dir_all(&dir);
            copy_dir(&project, &dir).map_err(io(&dir))?;
            let cache = dir.join(".bench-cache");
            let (theirs, their_out) = timed(
                {
                    let mut c = command(runmat, &dir, &cache);
                    c.arg(&entry);
                    c
                },
                limit,
            );
            let run = || {
                let mut c = command(&exe, &dir, &cache);
                c.args(["run", &entry]);
                timed(c, limit)
            };
            let (first, first_out) = run();
            let (second, _) = run();
            let finished = !theirs.timed_out && theirs.exit.is_some();
            let same_as_runmat = finished.then(|| their_out == first_out && theirs.exit == first.exit);
            out.push(EntryReport { project: name.clone(), functions, entry, runmat: theirs, rmsnap_first: first, rmsnap_second: second, same_as_runmat });
        }
    }
    Ok(out)
}

pub fn print(reports: &[EntryReport], limit: Duration) {
    let ms = |t: &Timing| {
        if t.timed_out {
            format!(">{:.0} s", limit.as_secs_f64())
        } else if t.exit.is_none() {
            "signal".to_string()
        } else {
            format!("{:.0} / {:.0}", t.first_result_ms.unwrap_or(t.total_ms), t.total_ms)
        }
    };
    println!("| project (functions) | entry script | runmat ms (first result / total) | rmsnap 1st run | rmsnap 2nd run | same output |");
    println!("|---|---|---|---|---|---|");
    for r in reports {
        let same = match r.same_as_runmat {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "runmat did not finish",
        };
        println!("| {} ({}) | {} | {} | {} | {} | {same} |", r.project, r.functions, r.entry, ms(&r.runmat), ms(&r.rmsnap_first), ms(&r.rmsnap_second));
    }
}
