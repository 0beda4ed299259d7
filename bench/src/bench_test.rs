//! `rmsnap-bench --test --runmat PATH`: a generated test suite (files × tests
//! over a synthetic library, in the script-folder and `runmat.toml` layouts)
//! run by `runmat test` and by `rmsnap test` as fresh processes, interleaved;
//! per-test outcomes must agree. Wall time, CPU time and peak RSS of each.
//!
//! `runmat test` 0.6.2 cannot run such a suite whole: test files reaching the
//! library fail its coverage merge (`coverage site ... has conflicting
//! definitions`, exit 2). It is then run file by file — what a user of it has
//! to do — and its figures are the sums (the peak RSS the largest).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde::Serialize;

use crate::bench_runmat::{median, Layout};
use integration_tests::synth::{function_name, write_toolbox, CLUSTER};

pub struct Options<'a> {
    pub runmat: &'a Path,
    pub rounds: usize,
    /// Sizes above this run `rmsnap` only.
    pub runmat_up_to: usize,
    pub files: usize,
    pub tests_per_file: usize,
}

#[derive(Serialize)]
pub struct SuiteReport {
    layout: Layout,
    functions: usize,
    files: usize,
    tests: usize,
    rounds: usize,
    /// Medians over rounds; `None` above `--runmat-up-to`.
    runmat: Option<Usage>,
    /// How `runmat test` was run: `whole` or `per-file` (its coverage merge failed the whole run).
    runmat_mode: Option<&'static str>,
    rmsnap: Usage,
    /// runmat ÷ rmsnap wall time.
    wall_ratio: Option<f64>,
    /// Tests whose outcome both report the same (all of them, or the bench fails).
    agreeing: Option<usize>,
}

/// What one command (or one file-by-file series) used.
#[derive(Serialize, Clone, Copy, Default)]
pub struct Usage {
    wall_ms: f64,
    cpu_ms: f64,
    peak_rss_kib: u64,
}

/// Per test (file and function, from the report's events): its disposition.
type Outcomes = BTreeMap<String, String>;

pub fn measure(root: &Path, n: usize, layout: Layout, o: &Options) -> Result<SuiteReport, String> {
    let dir = root.join(format!(
        "{}-{n}",
        match layout {
            Layout::Project => "project",
            _ => "folder",
        }
    ));
    let tests_dir = write_suite(&dir, n, layout, o)?;
    let files: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = std::fs::read_dir(&tests_dir).map_err(|e| e.to_string())?.flatten().map(|e| e.path()).filter(|p| is_test_file(p)).collect();
        v.sort();
        v
    };
    let cache = dir.join(".cache");
    let rmsnap = std::env::current_exe().map_err(|e| e.to_string())?;
    // The first run compiles the library and writes its snapshot; then the timed rounds.
    run_tool(&rmsnap, &dir, &cache, &[])?;
    let with_runmat = n <= o.runmat_up_to;
    let mut runmat_mode = None;
    if with_runmat {
        let (_, whole) = run_tool(o.runmat, &dir, &cache, &[])?;
        runmat_mode = Some(if whole.status == Some(2) && whole.stderr.contains("conflicting definitions") { "per-file" } else { "whole" });
    }
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let (mut our_outcomes, mut their_outcomes) = (Outcomes::new(), Outcomes::new());
    for _ in 0..o.rounds.max(1) {
        let (usage, done) = run_tool(&rmsnap, &dir, &cache, &[])?;
        our_outcomes = outcomes(&dir)?;
        if done.status == Some(2) {
            return Err(format!("rmsnap test could not run the suite in {}: {}", dir.display(), done.stderr));
        }
        ours.push(usage);
        if let Some(mode) = runmat_mode {
            let (usage, outcomes) = run_runmat(o.runmat, &dir, &cache, &files, mode == "per-file")?;
            theirs.push(usage);
            their_outcomes = outcomes;
        }
    }
    let rmsnap_usage = medians(&ours);
    let runmat_usage = runmat_mode.map(|_| medians(&theirs));
    let agreeing = runmat_mode.map(|_| {
        let differing: Vec<&String> = our_outcomes.iter().filter(|(k, v)| their_outcomes.get(*k) != Some(v)).map(|(k, _)| k).collect();
        (differing, our_outcomes.len(), their_outcomes.len())
    });
    let agreeing = match agreeing {
        Some((differing, ours, theirs)) if !differing.is_empty() || ours != theirs => {
            return Err(format!("per-test outcomes differ ({ours} tests against {theirs}); first: {:?}", differing.first()));
        }
        Some((_, ours, _)) => Some(ours),
        None => None,
    };
    Ok(SuiteReport {
        layout,
        functions: n,
        files: o.files,
        tests: o.files * o.tests_per_file,
        rounds: o.rounds.max(1),
        runmat: runmat_usage,
        runmat_mode,
        rmsnap: rmsnap_usage,
        wall_ratio: runmat_usage.map(|r| r.wall_ms / rmsnap_usage.wall_ms.max(1e-9)),
        agreeing,
    })
}

pub fn print(r: &SuiteReport) {
    let usage = |u: &Usage| format!("{:>9.0} ms wall {:>9.0} ms CPU {:>8} KiB", u.wall_ms, u.cpu_ms, u.peak_rss_kib);
    println!("{:?}, {} functions, {} files x {} tests, median of {}:", r.layout, r.functions, r.files, r.tests / r.files.max(1), r.rounds);
    match (&r.runmat, r.runmat_mode) {
        (Some(u), Some(mode)) => println!("  runmat test ({mode}) {}", usage(u)),
        _ => println!("  runmat test          (not run at this size)"),
    }
    println!("  rmsnap test          {}", usage(&r.rmsnap));
    if let (Some(ratio), Some(n)) = (r.wall_ratio, r.agreeing) {
        println!("  {ratio:.1}x less wall time; {n} tests, the same outcome under both");
    }
}

/// Writes the library and `files` test files; returns the folder the tests are in.
fn write_suite(dir: &Path, n: usize, layout: Layout, o: &Options) -> Result<PathBuf, String> {
    let _ = std::fs::remove_dir_all(dir);
    let (lib, tests) = match layout {
        Layout::Project => (dir.join("src"), dir.join("tests")),
        _ => (dir.to_path_buf(), dir.to_path_buf()),
    };
    write_toolbox(&lib, n, 7).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&tests).map_err(|e| e.to_string())?;
    if layout == Layout::Project {
        std::fs::write(dir.join("runmat.toml"), "[package]\nname = \"bench\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n")
            .map_err(|e| e.to_string())?;
    }
    let total = o.files * o.tests_per_file;
    for f in 0..o.files {
        let mut text = format!("function tests = bench{f:03}Test()\n  tests = functiontests(localfunctions);\nend\n");
        for t in 0..o.tests_per_file {
            let i = f * o.tests_per_file + t;
            // Spread over the library: the top of a cluster reaches the functions below it.
            let k = (i * n / total.max(1)) / CLUSTER * CLUSTER + CLUSTER - 1;
            // One test in seven fails, so outcomes are worth comparing.
            let want = if i % 7 == 6 { 5 } else { 4 };
            text.push_str(&format!(
                "function test{t:03}(testCase)\n  [y, k] = {}([1, 2, 3, 4], 2);\n  verifyEqual(testCase, numel(y), {want});\nend\n",
                function_name(k.min(n - 1))
            ));
        }
        std::fs::write(tests.join(format!("bench{f:03}Test.m")), text).map_err(|e| e.to_string())?;
    }
    Ok(tests)
}

fn is_test_file(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("bench") && n.ends_with("Test.m"))
}

struct Done {
    status: Option<i32>,
    stderr: String,
}

/// Runs `program test [args] --report json` in `dir` as a fresh process; its usage from `wait4`.
fn run_tool(program: &Path, dir: &Path, cache: &Path, args: &[&str]) -> Result<(Usage, Done), String> {
    let _ = std::fs::remove_dir_all(dir.join("test-results"));
    let mut cmd = Command::new(program);
    cmd.arg("test").args(args).args(["--report", "json"]).current_dir(dir).env("XDG_CACHE_HOME", cache);
    for var in ["RUNMAT_PATH", "MATLABPATH", "RMSNAP_CACHE", "RMSNAP_SNAPSHOT"] {
        cmd.env_remove(var);
    }
    let start = Instant::now();
    let child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().map_err(|e| format!("{}: {e}", program.display()))?;
    let pid = child.id() as libc::pid_t;
    let mut stderr = child.stderr.ok_or("no stderr pipe")?;
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    let mut status = 0;
    // SAFETY: `rusage` is plain data; `pid` is our own child, waited for once (not through `Child`).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::wait4(pid, &mut status, 0, &mut usage) } < 0 {
        return Err(format!("waiting for {}: {}", program.display(), std::io::Error::last_os_error()));
    }
    let wall_ms = start.elapsed().as_secs_f64() * 1e3;
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Ok((
        Usage { wall_ms, cpu_ms: ms(usage.ru_utime) + ms(usage.ru_stime), peak_rss_kib: usage.ru_maxrss.max(0) as u64 },
        Done { status: code, stderr: err.join().unwrap_or_default() },
    ))
}

/// `runmat test`, whole or one test file per process (figures summed, RSS the peak).
fn run_runmat(runmat: &Path, dir: &Path, cache: &Path, files: &[PathBuf], per_file: bool) -> Result<(Usage, Outcomes), String> {
    if !per_file {
        let (usage, done) = run_tool(runmat, dir, cache, &[])?;
        check(&done)?;
        return Ok((usage, outcomes(dir)?));
    }
    let mut total = Usage::default();
    let mut all = Outcomes::new();
    for f in files {
        let rel = f.strip_prefix(dir).unwrap_or(f).to_string_lossy().into_owned();
        let (usage, done) = run_tool(runmat, dir, cache, &[&rel])?;
        check(&done)?;
        total.wall_ms += usage.wall_ms;
        total.cpu_ms += usage.cpu_ms;
        total.peak_rss_kib = total.peak_rss_kib.max(usage.peak_rss_kib);
        all.extend(outcomes(dir)?);
    }
    Ok((total, all))
}

fn check(done: &Done) -> Result<(), String> {
    match done.status {
        Some(0 | 1) => Ok(()),
        _ => Err(format!("runmat test failed: {}", done.stderr.lines().filter(|l| !l.contains(" WARN ")).collect::<Vec<_>>().join(" | "))),
    }
}

/// Each test's disposition from the JSON report under `dir/test-results`, by
/// the procedure its body ran (file and function): test ids depend on what
/// was frozen with the run, so a per-file run has other ids.
fn outcomes(dir: &Path) -> Result<Outcomes, String> {
    let runs: Vec<PathBuf> = std::fs::read_dir(dir.join("test-results")).map_err(|e| format!("no reports: {e}"))?.flatten().map(|e| e.path()).collect();
    let [run] = runs.as_slice() else { return Err(format!("expected one report folder, found {}", runs.len())) };
    let text = std::fs::read_to_string(run.join("test-results.json")).map_err(|e| e.to_string())?;
    let report: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut procedure = BTreeMap::new();
    for e in report["events"].as_array().into_iter().flatten() {
        let p = &e["payload"];
        if p["type"] == "phase_started" && p["phase"] == "test_body" {
            procedure.insert(p["test_id"].as_str().unwrap_or_default().to_string(), p["procedure"].as_str().unwrap_or_default().to_string());
        }
    }
    let mut out = Outcomes::new();
    for t in report["result"]["tests"].as_array().into_iter().flatten() {
        let id = t["test_id"].as_str().unwrap_or_default();
        let name = procedure.get(id).cloned().unwrap_or_else(|| id.to_string());
        out.insert(name, t["state"]["disposition"].as_str().unwrap_or_default().to_string());
    }
    Ok(out)
}

fn medians(v: &[Usage]) -> Usage {
    Usage {
        wall_ms: median(v.iter().map(|u| u.wall_ms).collect()),
        cpu_ms: median(v.iter().map(|u| u.cpu_ms).collect()),
        peak_rss_kib: v.iter().map(|u| u.peak_rss_kib).max().unwrap_or(0),
    }
}
