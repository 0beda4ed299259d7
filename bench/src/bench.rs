//! `rmsnap-bench`: time to first result of a script calling into synthetic
//! toolboxes, cold vs snapshot, interleaved in one process; medians and ratios.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::bench_remote;
use crate::bench_runmat::{self, Layout};
use integration_tests::synth::{driver_script, write_toolbox};
use runtime_hooks::{build_snapshot, run_script, BuildRequest, Mode, RunRequest, SnapshotPolicy};
use serde::Serialize;

#[derive(clap::Args)]
pub struct Args {
    /// Toolbox sizes to measure (repeatable).
    #[arg(long = "functions", value_name = "N", default_values_t = [100usize, 1000])]
    sizes: Vec<usize>,
    /// Timed runs per path and size (interleaved cold, snapshot, cold, ...).
    #[arg(long, default_value_t = 7)]
    rounds: usize,
    /// Keep the generated toolboxes and snapshots here instead of a temp dir.
    #[arg(long)]
    workdir: Option<PathBuf>,
    #[arg(long)]
    json: bool,
    /// Skip the cold path for toolboxes larger than this: RunMat 0.6.2 compiling a
    /// whole library from source needs ~2.3 MB per function (10,000 functions would
    /// not fit in this machine's memory). Skipped sizes report no cold figures.
    #[arg(long, default_value_t = 5000)]
    cold_up_to: usize,
    /// Compare with the real `runmat` binary at PATH instead: `runmat script.m`
    /// against `rmsnap run script.m` (automatic cache) in each layout, with
    /// identical output required (install it with `scripts/install-runmat.sh`).
    #[arg(long, value_name = "PATH")]
    runmat: Option<PathBuf>,
    /// Measure a team's second machine against REGISTRY/REPO (a registry you run):
    /// bytes pushed for the full snapshot and after one edit, and a run that pulls into
    /// an empty cache against a cold run from source.
    #[arg(long, value_name = "REGISTRY/REPO", conflicts_with = "runmat")]
    remote: Option<String>,
    /// Plain HTTP to the `--remote` registry (loopback).
    #[arg(long, requires = "remote")]
    plain_http: bool,
    /// Layouts for `--runmat` (repeatable) [default: all].
    #[arg(long = "layout", value_enum, requires = "runmat")]
    layouts: Vec<Layout>,
    /// Run `runmat` only up to this many functions (0.6.2 needs ~40 s per run at 1,000).
    #[arg(long, default_value_t = 1000, requires = "runmat")]
    runmat_up_to: usize,
    /// With `--runmat`: real libraries instead of synthetic ones — every
    /// `entry_*.m` of every project folder under DIR (e.g.
    /// `integration-tests/corpus/external`), run in its folder by runmat and by
    /// rmsnap (first and second run), as fresh processes.
    #[arg(long, value_name = "DIR", requires = "runmat")]
    corpus: Option<PathBuf>,
    /// With `--runmat`: a generated test suite (`--test-files` × `--tests-per-file` over
    /// each `--functions` size) run by `runmat test` and by `rmsnap test`; wall time, CPU
    /// time, peak RSS, per-test outcomes compared.
    #[arg(long, requires = "runmat")]
    test: bool,
    #[arg(long, default_value_t = 20, requires = "test")]
    test_files: usize,
    #[arg(long, default_value_t = 10, requires = "test")]
    tests_per_file: usize,
    /// With `--corpus`: seconds after which a run is stopped (and reported as such).
    #[arg(long, default_value_t = 300, requires = "corpus")]
    timeout: u64,
}

#[derive(Serialize)]
struct SizeReport {
    functions: usize,
    rounds: usize,
    build_ms: f64,
    snapshot_bytes: u64,
    /// `None` when the cold path was skipped (`--cold-up-to`).
    cold_ms: Option<f64>,
    snapshot_ms: f64,
    /// The script's run alone (after load, compile and link), medians.
    cold_run_ms: Option<f64>,
    snapshot_run_ms: f64,
    /// Snapshot path before the script runs: open, checks, compile + link (median).
    /// What "flat startup" is about; the rest is the script's own work.
    snapshot_startup_ms: f64,
    /// The same startup in fresh `rmsnap run` processes (median of `rounds`), from
    /// their `--stats`: what a user starting a program sees, runtime init included.
    process_startup_ms: Option<f64>,
    /// cold ÷ snapshot, medians of time to first result.
    ratio: Option<f64>,
    open_ms: f64,
    validate_ms: f64,
    functions_linked: usize,
    peak_rss_kib_cold: Option<u64>,
    peak_rss_kib_snapshot: Option<u64>,
    /// Private memory of one more `rmsnap run` process on each path (what an extra process costs).
    private_kib_cold: Option<u64>,
    private_kib_snapshot: Option<u64>,
    /// Bytes of the snapshot that process copied out of the file (private to it;
    /// the file's page cache is what processes share).
    snapshot_bytes_read: Option<u64>,
    /// The cache refresh after one library file is edited: an incremental
    /// build from the previous snapshot (same bytes as a full build); median of
    /// `rounds`, each started with the files before it written out to disk.
    refresh_ms: f64,
    /// refresh ÷ full build.
    refresh_share: f64,
    refresh_reused_files: u64,
    refresh_library_files: u64,
    /// The same after one library file is added (its name sorting first: with
    /// ids numbered in name order, the case that moved every id).
    refresh_added_ms: f64,
    refresh_added_share: f64,
    refresh_added_reused_files: u64,
}

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v.get(v.len() / 2).map_or(0.0, |d| d.as_secs_f64() * 1e3)
}

/// `--test`: `runmat test` against `rmsnap test` on generated suites.
fn test_suites(args: &Args, runmat: &Path, root: &Path) -> u8 {
    let layouts = if args.layouts.is_empty() { vec![Layout::ScriptFolder, Layout::Project] } else { args.layouts.clone() };
    let options = crate::bench_test::Options {
        runmat,
        rounds: args.rounds.max(1),
        runmat_up_to: args.runmat_up_to,
        files: args.test_files.max(1),
        tests_per_file: args.tests_per_file.max(1),
    };
    let mut reports = Vec::new();
    for &n in &args.sizes {
        for &layout in &layouts {
            match crate::bench_test::measure(root, n, layout, &options) {
                Ok(r) => {
                    if !args.json {
                        crate::bench_test::print(&r);
                    }
                    reports.push(r);
                }
                Err(e) => {
                    eprintln!("rmsnap-bench --test: {layout:?}, {n} functions: {e}");
                    return 1;
                }
            }
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&reports).unwrap_or_default());
    }
    if args.workdir.is_none() {
        let _ = std::fs::remove_dir_all(root);
    }
    0
}

pub fn main(args: Args) -> u8 {
    let tmp;
    let root = match &args.workdir {
        Some(d) => d.clone(),
        None => {
            tmp = std::env::temp_dir().join(format!("rmsnap-bench-{}", std::process::id()));
            tmp.clone()
        }
    };
    if let (Some(runmat), Some(corpus)) = (&args.runmat, &args.corpus) {
        let limit = Duration::from_secs(args.timeout);
        return match crate::bench_corpus::measure(runmat, corpus, &root, limit) {
            Ok(reports) => {
                if args.json {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&serde_json::json!({ "runmat": runmat, "timeout_s": args.timeout, "entries": reports }))
                            .unwrap_or_default()
                    );
                } else {
                    crate::bench_corpus::print(&reports, limit);
                }
                if args.workdir.is_none() {
                    let _ = std::fs::remove_dir_all(&root);
                }
                // The differential test judges differences; the bench reports them.
                0
            }
            Err(e) => {
                eprintln!("rmsnap-bench: {e}");
                1
            }
        };
    }
    if let (Some(runmat), true) = (&args.runmat, args.test) {
        return test_suites(&args, runmat, &root);
    }
    if let Some(runmat) = &args.runmat {
        return against_runmat(&args, runmat, &root);
    }
    if let Some(remote) = &args.remote {
        return against_cold_with_remote(&args, remote, &root);
    }
    let mut reports = Vec::new();
    for &n in &args.sizes {
        match measure(&root, n, args.rounds.max(1), n <= args.cold_up_to) {
            Ok(r) => {
                if !args.json {
                    println!(
                        "{:>7} functions: cold {:>9.3} ms  snapshot {:>8.3} ms  ratio {:>7.1}x  (run phase cold {:.3} ms / snapshot {:.3} ms, startup {:.3} ms, in a fresh process {:.3} ms, build {:.0} ms, open {:.3} ms, validate {:.3} ms, {} bytes, {} functions linked, peak RSS cold {} KiB / snapshot {} KiB, private per extra process cold {} KiB / snapshot {} KiB, snapshot bytes read {}, refresh after one edit {:.0} ms = {:.1}% of the build, {} of {} files reused; after one file added {:.0} ms = {:.1}%, {} reused)",
                        r.functions, r.cold_ms.unwrap_or(f64::NAN), r.snapshot_ms, r.ratio.unwrap_or(f64::NAN), r.cold_run_ms.unwrap_or(f64::NAN), r.snapshot_run_ms, r.snapshot_startup_ms, r.process_startup_ms.unwrap_or(f64::NAN), r.build_ms, r.open_ms, r.validate_ms, r.snapshot_bytes, r.functions_linked,
                        r.peak_rss_kib_cold.unwrap_or(0), r.peak_rss_kib_snapshot.unwrap_or(0),
                        r.private_kib_cold.unwrap_or(0), r.private_kib_snapshot.unwrap_or(0),
                        r.snapshot_bytes_read.unwrap_or(0),
                        r.refresh_ms, r.refresh_share * 100.0, r.refresh_reused_files, r.refresh_library_files,
                        r.refresh_added_ms, r.refresh_added_share * 100.0, r.refresh_added_reused_files
                    );
                }
                reports.push(r);
            }
            Err(e) => {
                eprintln!("rmsnap-bench: {n} functions: {e}");
                return 1;
            }
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "sizes": reports })).unwrap_or_default());
    }
    if args.workdir.is_none() {
        let _ = std::fs::remove_dir_all(&root);
    }
    0
}

/// One measurement to run: its label (for errors) and the work.
type Job<'a, R> = (String, Box<dyn FnOnce() -> Result<R, String> + 'a>);

/// Runs `jobs` in order, printing each report as it comes (or, with `--json`,
/// all of them at the end under `key`, after `head`); stops at the first failure.
fn report_all<R: Serialize>(args: &Args, root: &Path, head: (&str, serde_json::Value), key: &str, jobs: Vec<Job<'_, R>>, print: fn(&R)) -> u8 {
    let mut reports = Vec::new();
    for (label, job) in jobs {
        match job() {
            Ok(r) => {
                if !args.json {
                    print(&r);
                }
                reports.push(r);
            }
            Err(e) => {
                eprintln!("rmsnap-bench: {label}: {e}");
                return 1;
            }
        }
    }
    if args.json {
        let mut out = serde_json::Map::new();
        out.insert(head.0.to_string(), head.1);
        out.insert(key.to_string(), serde_json::to_value(&reports).unwrap_or_default());
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    }
    if args.workdir.is_none() {
        let _ = std::fs::remove_dir_all(root);
    }
    0
}

fn against_runmat(args: &Args, runmat: &Path, root: &Path) -> u8 {
    let all = [Layout::ScriptFolder, Layout::Project, Layout::SearchPath];
    let layouts = if args.layouts.is_empty() { &all[..] } else { &args.layouts[..] };
    let options = bench_runmat::Options { runmat, rounds: args.rounds.max(1), runmat_up_to: args.runmat_up_to };
    let options = &options;
    let mut jobs: Vec<Job<'_, _>> = Vec::new();
    for &n in &args.sizes {
        for &layout in layouts {
            jobs.push((format!("{n} functions, {layout:?}"), Box::new(move || bench_runmat::measure(root, n, layout, options))));
        }
    }
    report_all(args, root, ("runmat", serde_json::json!(runmat)), "layouts", jobs, bench_runmat::print)
}

fn against_cold_with_remote(args: &Args, remote: &str, root: &Path) -> u8 {
    let options = bench_remote::Options { remote, plain_http: args.plain_http, rounds: args.rounds.max(1), cold_up_to: args.cold_up_to };
    let options = &options;
    let jobs: Vec<Job<'_, _>> = args
        .sizes
        .iter()
        .map(|&n| (format!("{n} functions, --remote {remote}"), Box::new(move || bench_remote::measure(root, n, options)) as Box<dyn FnOnce() -> _>))
        .collect();
    report_all(args, root, ("remote", serde_json::json!(remote)), "sizes", jobs, bench_remote::print)
}

fn measure(root: &Path, n: usize, rounds: usize, with_cold: bool) -> Result<SizeReport, String> {
    let dir = root.join(format!("n{n}"));
    let toolbox = dir.join("synth");
    let _ = std::fs::remove_dir_all(&dir);
    write_toolbox(&toolbox, n, 42).map_err(|e| e.to_string())?;
    let script = dir.join("driver.m");
    let text = driver_script(n, 3);
    std::fs::write(&script, &text).map_err(|e| e.to_string())?;
    let snap = dir.join("synth.rmsnap");
    // A library is written before its snapshot is built: a build stamps only
    // files that have settled (see `rmsnap_bridge::library::stamps`), so the
    // refreshes below read only the file they change, as a user's would.
    std::thread::sleep(rmsnap_bridge::library::stamps::MARGIN + Duration::from_millis(100));
    let start = Instant::now();
    // Written as the cache writes (not synced), the full build as its refresh.
    let request = BuildRequest {
        toolbox_dirs: vec![toolbox.clone()],
        isolation: rmsnap_bridge::Isolation::current_exe(),
        durability: snapshot_core::write::Durability::Cached,
        stamps: true,
        ..BuildRequest::default()
    };
    let built = build_snapshot(&request, &snap).map_err(|e| e.to_string())?;
    let build_ms = start.elapsed().as_secs_f64() * 1e3;

    let run = |no_snapshot| RunRequest {
        script_path: script.clone(),
        script_text: text.clone(),
        snapshot: Some(snap.clone()),
        no_snapshot,
        policy: SnapshotPolicy::Require,
        toolbox_dirs: vec![toolbox.clone()],
        trust: Default::default(),
        ..Default::default()
    };
    let (mut cold, mut warm, mut open, mut validate, mut startup) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut cold_run, mut warm_run) = (Vec::new(), Vec::new());
    let mut linked = 0;
    for _ in 0..rounds {
        let w = run_script(&run(false)).map_err(|e| e.to_string())?;
        if w.output.error.is_some() {
            return Err(format!("the snapshot run failed: {:?}", w.output));
        }
        if with_cold {
            let c = run_script(&run(true)).map_err(|e| e.to_string())?;
            if c.output != w.output {
                return Err(format!("outputs differ: cold {:?} vs snapshot {:?}", c.output, w.output));
            }
            cold.push(c.timings.total);
            cold_run.push(c.timings.run);
        }
        if let Mode::Snapshot { functions_linked, .. } = w.mode {
            linked = functions_linked;
        }
        let l = w.loading.as_ref().ok_or("snapshot run has no loading stats")?;
        open.push(l.open);
        validate.push(l.validate);
        warm.push(w.timings.total);
        warm_run.push(w.timings.run);
        startup.push(w.timings.snapshot_load + w.timings.compile);
    }
    let (cold_ms, snapshot_ms) = (with_cold.then(|| median(cold)), median(warm));
    let cold_proc = if with_cold { process_stats(&script, &toolbox, None) } else { ProcessStats::default() };
    let warm_proc = process_stats(&script, &toolbox, Some(&snap));
    let mut fresh: Vec<f64> = (0..rounds).filter_map(|_| process_startup(&script, &toolbox, &snap)).collect();
    fresh.sort_by(f64::total_cmp);
    let refresh = refreshes(rounds, Change::Edit, &request, &toolbox, &snap, &dir.join("refreshed.rmsnap"))?;
    let added = refreshes(rounds, Change::Add, &request, &toolbox, &snap, &dir.join("refreshed-added.rmsnap"))?;
    Ok(SizeReport {
        functions: n,
        rounds,
        build_ms,
        snapshot_bytes: built.file_len,
        cold_ms,
        snapshot_ms,
        cold_run_ms: with_cold.then(|| median(cold_run)),
        snapshot_run_ms: median(warm_run),
        snapshot_startup_ms: median(startup),
        process_startup_ms: fresh.get(fresh.len() / 2).copied(),
        ratio: cold_ms.map(|c| c / snapshot_ms.max(1e-9)),
        open_ms: median(open),
        validate_ms: median(validate),
        functions_linked: linked,
        peak_rss_kib_cold: cold_proc.peak_rss_kib,
        peak_rss_kib_snapshot: warm_proc.peak_rss_kib,
        private_kib_cold: cold_proc.private_kib,
        private_kib_snapshot: warm_proc.private_kib,
        snapshot_bytes_read: warm_proc.snapshot_bytes_read,
        refresh_ms: refresh.0,
        refresh_share: refresh.0 / build_ms.max(1e-9),
        refresh_reused_files: refresh.1,
        refresh_library_files: refresh.2,
        refresh_added_ms: added.0,
        refresh_added_share: added.0 / build_ms.max(1e-9),
        refresh_added_reused_files: added.1,
    })
}

/// What changes in the library before a refresh.
#[derive(Clone, Copy)]
enum Change {
    /// The first file by name gets a comment.
    Edit,
    /// A new file, named to sort first, calling the first file's function.
    Add,
}

/// [`refresh_after`] `rounds` times: the median time, with the last round's counts.
/// Each is timed with the files written before it on disk, as a later run
/// finds them (the writeback of the build just before is not the refresh's).
fn refreshes(rounds: usize, change: Change, request: &BuildRequest, toolbox: &Path, previous: &Path, out: &Path) -> Result<(f64, u64, u64), String> {
    let mut times: Vec<Duration> = Vec::new();
    let mut counts = (0, 0);
    for _ in 0..rounds.max(1) {
        for written in [previous, out].into_iter().filter(|p| p.is_file()) {
            std::fs::File::open(written).and_then(|f| f.sync_all()).map_err(|e| format!("{}: {e}", written.display()))?;
        }
        let (ms, reused, files) = refresh_after(change, request, toolbox, previous, out)?;
        times.push(Duration::from_secs_f64(ms / 1e3));
        counts = (reused, files);
    }
    Ok((median(times), counts.0, counts.1))
}

/// Makes `change` in the library and builds `out` incrementally from
/// `previous`, as a run's cache refresh does, then undoes it: (ms, files
/// reused, files).
fn refresh_after(change: Change, request: &BuildRequest, toolbox: &Path, previous: &Path, out: &Path) -> Result<(f64, u64, u64), String> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(toolbox).map_err(|e| e.to_string())?.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "m")).collect();
    files.sort();
    let first = files.first().ok_or("the toolbox has no files")?;
    let text = std::fs::read_to_string(first).map_err(|e| format!("{}: {e}", first.display()))?;
    let (path, undo) = match change {
        Change::Edit => (first.clone(), Some(text.clone())),
        Change::Add => (toolbox.join("aaa_added.m"), None),
    };
    let new_text = match change {
        Change::Edit => format!("{text}\n% edited\n"),
        Change::Add => {
            let callee = first.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            format!("function y = aaa_added(x)\ny = {callee}(x) + 1;\nend\n")
        }
    };
    std::fs::write(&path, new_text).map_err(|e| format!("{}: {e}", path.display()))?;
    let start = Instant::now();
    let report = build_snapshot(&BuildRequest { previous: Some(previous.to_path_buf()), ..request.clone() }, out);
    let ms = start.elapsed().as_secs_f64() * 1e3;
    match undo {
        Some(text) => std::fs::write(&path, text),
        None => std::fs::remove_file(&path),
    }
    .map_err(|e| format!("{}: {e}", path.display()))?;
    let report = report.map_err(|e| e.to_string())?;
    let counter = |name| report.counter("runmat.library", name).ok_or(format!("the build reported no `{name}`"));
    Ok((ms, counter("reused_files")?, counter("library_files")?))
}

/// Stderr (`--stats`) of a separate `rmsnap run` process on one path.
fn stats_of_run(script: &Path, toolbox: &Path, snapshot: Option<&Path>) -> Option<String> {
    let mut cmd = Command::new(std::env::current_exe().ok()?);
    // From the script's folder: a run reads its current folder too (as RunMat's path does),
    // and the snapshot was built for the script's folder and the toolbox only.
    cmd.current_dir(script.parent()?).arg("run").arg(script).arg("--toolbox").arg(toolbox).arg("--stats");
    match snapshot {
        Some(s) => cmd.arg("--snapshot").arg(s).args(["--snapshot-policy", "require"]),
        None => cmd.arg("--no-snapshot"),
    };
    cmd.output().ok().map(|out| String::from_utf8_lossy(&out.stderr).into_owned())
}

/// `load+check` + `compile+link` of one fresh snapshot run, from its `--stats`.
fn process_startup(script: &Path, toolbox: &Path, snapshot: &Path) -> Option<f64> {
    let err = stats_of_run(script, toolbox, Some(snapshot))?;
    let line = err.lines().find_map(|l| l.trim().strip_prefix("load+check: "))?;
    let ms = |field: &str| field.trim().trim_end_matches("ms").trim().parse::<f64>().ok();
    let (load, rest) = line.split_once("compile+link: ")?;
    let compile = rest.split("run:").next()?;
    Some(ms(load)? + ms(compile)?)
}

#[derive(Default)]
struct ProcessStats {
    peak_rss_kib: Option<u64>,
    private_kib: Option<u64>,
    snapshot_bytes_read: Option<u64>,
}

/// Memory of a separate `rmsnap run` process on one path, from its `--stats`.
fn process_stats(script: &Path, toolbox: &Path, snapshot: Option<&Path>) -> ProcessStats {
    let Some(err) = stats_of_run(script, toolbox, snapshot) else { return ProcessStats::default() };
    let field = |prefix: &str| -> Option<String> { err.lines().find_map(|l| l.trim().strip_prefix(prefix).map(str::to_string)) };
    let kib = |v: &str| v.trim().trim_end_matches("KiB").trim().parse::<u64>().ok();
    let snapshot_bytes_read = field("snapshot bytes read: ").and_then(|v| v.split_whitespace().next()?.parse().ok());
    ProcessStats { peak_rss_kib: field("peak RSS: ").and_then(|v| kib(&v)), private_kib: field("private memory: ").and_then(|v| kib(&v)), snapshot_bytes_read }
}
