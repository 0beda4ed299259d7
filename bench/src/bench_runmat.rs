//! `rmsnap-bench --runmat PATH`: time to first result of the real `runmat
//! script.m` against `rmsnap run script.m` (no flags, automatic cache) on the same
//! generated library, in each layout RunMat reads, interleaved in one run; then
//! the same after one reached function is edited. Every `rmsnap` output must be
//! byte-identical to `runmat`'s, or the bench fails.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde::Serialize;

use integration_tests::synth::{driver_script, function_name, write_toolbox, CLUSTER};

/// Where the generated library sits relative to the script (RunMat's three ways).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// Function files beside the script.
    ScriptFolder,
    /// A `runmat.toml` whose `[sources] roots` hold the functions.
    Project,
    /// The functions in a folder named by `RUNMAT_PATH`.
    SearchPath,
}

pub struct Options<'a> {
    pub runmat: &'a Path,
    pub rounds: usize,
    /// Sizes above this run `rmsnap` only: `runmat` 0.6.2 takes ~40 s per run at
    /// 1,000 functions and grows faster than linearly.
    pub runmat_up_to: usize,
}

#[derive(Serialize)]
pub struct LayoutReport {
    layout: Layout,
    functions: usize,
    rounds: usize,
    /// `rmsnap build SCRIPT`: what the first run would write into the cache.
    build_ms: f64,
    /// Medians of time to first byte on stdout, fresh processes.
    runmat_ms: Option<f64>,
    rmsnap_ms: f64,
    /// runmat ÷ rmsnap.
    ratio: Option<f64>,
    /// `rmsnap`'s phases (from `--stats=json`), medians.
    rmsnap_load_check_ms: f64,
    rmsnap_compile_link_ms: f64,
    rmsnap_run_ms: f64,
    /// After one reached function is edited: `rmsnap` recompiles that file and
    /// links it with the rest of the snapshot (median over rounds, a new edit each).
    edited_rmsnap_ms: f64,
    edited_functions_from_source: u64,
    edited_ratio: Option<f64>,
    /// The first result both print (identical).
    output: String,
    /// `runmat`'s error line when it could not run the script (no timing then).
    runmat_error: Option<String>,
}

/// What one process did: time to its first stdout byte, all of stdout, stderr.
pub(crate) struct Timed {
    pub(crate) first_result_ms: f64,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    pub(crate) success: bool,
}

pub(crate) fn timed(mut cmd: Command) -> Result<Timed, String> {
    let start = Instant::now();
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| format!("{cmd:?}: {e}"))?;
    let mut stdout = child.stdout.take().ok_or("no stdout pipe")?;
    let mut stderr = child.stderr.take().ok_or("no stderr pipe")?;
    // Drain stderr on its own thread so a chatty child never blocks on it.
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let mut out = Vec::new();
    let mut first = None;
    let mut buf = [0u8; 8192];
    loop {
        match stdout.read(&mut buf) {
            Ok(0) => break,
            Ok(k) => {
                first.get_or_insert_with(|| start.elapsed());
                out.extend_from_slice(&buf[..k]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.to_string()),
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    let first = first.unwrap_or_else(|| start.elapsed());
    Ok(Timed {
        first_result_ms: first.as_secs_f64() * 1e3,
        stdout: String::from_utf8_lossy(&out).into_owned(),
        stderr: err.join().unwrap_or_default(),
        success: status.success(),
    })
}

pub(crate) struct Prepared {
    pub(crate) script: PathBuf,
    /// Environment both processes get (beyond the isolation below).
    pub(crate) env: Vec<(&'static str, OsString)>,
    /// A function file the driver reaches, edited for the one-edit case.
    pub(crate) edit: PathBuf,
}

pub(crate) fn prepare(dir: &Path, n: usize, layout: Layout) -> Result<Prepared, String> {
    let _ = std::fs::remove_dir_all(dir);
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    let (lib, script, env) = match layout {
        Layout::ScriptFolder => (dir.join("lib"), dir.join("lib/driver.m"), Vec::new()),
        Layout::Project => {
            std::fs::create_dir_all(dir).map_err(io)?;
            let manifest = "[package]\nname = \"synth\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n";
            std::fs::write(dir.join("runmat.toml"), manifest).map_err(io)?;
            (dir.join("src"), dir.join("driver.m"), Vec::new())
        }
        Layout::SearchPath => {
            std::fs::create_dir_all(dir.join("run")).map_err(io)?;
            let lib = dir.join("lib");
            (lib.clone(), dir.join("run/driver.m"), vec![("RUNMAT_PATH", lib.into_os_string())])
        }
    };
    write_toolbox(&lib, n, 42).map_err(io)?;
    std::fs::write(&script, driver_script(n, 3)).map_err(io)?;
    let edit = lib.join(format!("{}.m", function_name((CLUSTER - 1).min(n - 1))));
    Ok(Prepared { script, env, edit })
}

/// A `runmat.toml` project whose `n` functions are spread over `roots` source
/// roots (`src/t0` ...), one library — and one pushed layer — each: what a team
/// with several toolboxes has.
pub(crate) fn prepare_roots(dir: &Path, n: usize, roots: usize) -> Result<Prepared, String> {
    let mut p = prepare(dir, n, Layout::Project)?;
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    let src = dir.join("src");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&src).map_err(io)?.flatten().map(|e| e.path()).filter(|f| f.extension().is_some_and(|x| x == "m")).collect();
    files.sort();
    for (i, f) in files.iter().enumerate() {
        let to = src.join(format!("t{}", i % roots)).join(f.file_name().unwrap_or_default());
        std::fs::create_dir_all(to.parent().unwrap_or(&src)).map_err(io)?;
        std::fs::rename(f, &to).map_err(io)?;
        if *f == p.edit {
            p.edit = to;
        }
    }
    let list: Vec<String> = (0..roots).map(|i| format!("\"src/t{i}\"")).collect();
    let manifest = format!("[package]\nname = \"synth\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [{}]\n", list.join(", "));
    std::fs::write(dir.join("runmat.toml"), manifest).map_err(io)?;
    Ok(p)
}

/// A command for `program` with the layout's environment and nothing else that
/// decides what either runtime reads; the cache is the bench's own.
pub(crate) fn command(program: &Path, p: &Prepared, cache: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(p.script.parent().unwrap_or(Path::new(".")));
    for var in ["RUNMAT_PATH", "MATLABPATH", "RMSNAP_SNAPSHOT", "RMSNAP_CACHE"] {
        cmd.env_remove(var);
    }
    cmd.env("XDG_CACHE_HOME", cache);
    for (k, v) in &p.env {
        cmd.env(k, v);
    }
    cmd
}

pub(crate) fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The `--stats=json` object on the last line of an `rmsnap run`'s stderr.
pub(crate) fn stats(t: &Timed) -> Result<serde_json::Value, String> {
    let line = t.stderr.lines().last().unwrap_or_default();
    serde_json::from_str(line).map_err(|_| format!("rmsnap run printed no stats line; stderr:\n{}", t.stderr))
}

fn rmsnap_run(p: &Prepared, cache: &Path) -> Result<(Timed, serde_json::Value), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cmd = command(&exe, p, cache);
    cmd.arg("run").arg(&p.script).arg("--stats=json");
    let t = timed(cmd)?;
    if !t.success {
        return Err(format!("rmsnap run {} failed:\n{}", p.script.display(), t.stderr));
    }
    let s = stats(&t)?;
    if s["mode"] != "snapshot" {
        return Err(format!("rmsnap run was not served from the snapshot: {s}"));
    }
    Ok((t, s))
}

/// `Ok(Err(line))` when `runmat` itself fails: 0.6.2 cannot compile a search-path
/// file that makes a multi-output call into another file ("local may be read
/// before it is assigned"); that is reported, not hidden.
fn runmat_run(runmat: &Path, p: &Prepared, cache: &Path, expected: &str) -> Result<Result<Timed, String>, String> {
    let mut cmd = command(runmat, p, cache);
    cmd.arg(&p.script);
    let t = timed(cmd)?;
    if !t.success {
        let line = t.stderr.lines().find(|l| l.starts_with("error:")).unwrap_or("no error line").to_string();
        return Ok(Err(line));
    }
    if t.stdout != expected {
        return Err(format!("outputs differ for {}: runmat printed {:?}, rmsnap {:?}", p.script.display(), t.stdout, expected));
    }
    Ok(Ok(t))
}

pub fn measure(root: &Path, n: usize, layout: Layout, o: &Options) -> Result<LayoutReport, String> {
    let dir = root.join(format!("runmat-{n}-{layout:?}").to_lowercase());
    let cache = dir.join("cache");
    let p = prepare(&dir.join("work"), n, layout)?;
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut build = command(&exe, &p, &cache);
    let built = build.arg("build").arg(&p.script).output().map_err(|e| e.to_string())?;
    if !built.status.success() {
        return Err(format!("rmsnap build {} failed:\n{}", p.script.display(), String::from_utf8_lossy(&built.stderr)));
    }
    let build_ms = start.elapsed().as_secs_f64() * 1e3;
    let with_runmat = n <= o.runmat_up_to;
    let (mut theirs, mut ours, mut load, mut link, mut run) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut output = String::new();
    let mut runmat_error = None;
    for _ in 0..o.rounds {
        let (t, s) = rmsnap_run(&p, &cache)?;
        if with_runmat {
            match runmat_run(o.runmat, &p, &cache, &t.stdout)? {
                Ok(r) => theirs.push(r.first_result_ms),
                Err(e) => runmat_error = Some(e),
            }
        }
        let ms = |k: &str| s["timings_ms"][k].as_f64().unwrap_or(f64::NAN);
        load.push(ms("load_check"));
        link.push(ms("compile_link"));
        run.push(ms("run"));
        ours.push(t.first_result_ms);
        output = t.stdout;
    }
    // One edit per round, each new: only the edited file is compiled from source.
    let original = std::fs::read_to_string(&p.edit).map_err(|e| format!("{}: {e}", p.edit.display()))?;
    let (mut edited, mut from_source) = (Vec::new(), 0);
    for round in 0..o.rounds {
        let text = original.replacen("Synthetic toolbox function", &format!("Synthetic toolbox function (edit {round})"), 1);
        std::fs::write(&p.edit, text).map_err(|e| format!("{}: {e}", p.edit.display()))?;
        let (t, s) = rmsnap_run(&p, &cache)?;
        if t.stdout != output {
            return Err(format!("after an edit rmsnap printed {:?}, before it {:?}", t.stdout, output));
        }
        from_source = s["functions_from_source"].as_u64().unwrap_or(0);
        if from_source == 0 {
            return Err(format!("the edited {} was not compiled from source: {s}", p.edit.display()));
        }
        edited.push(t.first_result_ms);
    }
    if with_runmat && runmat_error.is_none() {
        // The edited library, once: the same output from the real runtime.
        if let Err(e) = runmat_run(o.runmat, &p, &cache, &output)? {
            return Err(format!("runmat failed on the edited library: {e}"));
        }
    }
    let runmat_ms = (with_runmat && runmat_error.is_none()).then(|| median(theirs));
    let (rmsnap_ms, edited_ms) = (median(ours), median(edited));
    Ok(LayoutReport {
        layout,
        functions: n,
        rounds: o.rounds,
        build_ms,
        runmat_ms,
        rmsnap_ms,
        ratio: runmat_ms.map(|r| r / rmsnap_ms.max(1e-9)),
        rmsnap_load_check_ms: median(load),
        rmsnap_compile_link_ms: median(link),
        rmsnap_run_ms: median(run),
        edited_rmsnap_ms: edited_ms,
        edited_functions_from_source: from_source,
        edited_ratio: runmat_ms.map(|r| r / edited_ms.max(1e-9)),
        output,
        runmat_error,
    })
}

pub fn print(r: &LayoutReport) {
    let na = |v: Option<f64>| v.map_or("—".to_string(), |v| format!("{v:.1}"));
    println!(
        "{:>7} functions  {:<13}  runmat {:>9} ms  rmsnap {:>8.1} ms  ratio {:>6}x  | rmsnap phases: load+check {:.1} ms, compile+link {:.1} ms, run {:.1} ms | one edit: rmsnap {:.1} ms ({} functions from source), ratio {}x | build {:.0} ms",
        r.functions,
        format!("{:?}", r.layout),
        na(r.runmat_ms),
        r.rmsnap_ms,
        na(r.ratio),
        r.rmsnap_load_check_ms,
        r.rmsnap_compile_link_ms,
        r.rmsnap_run_ms,
        r.edited_rmsnap_ms,
        r.edited_functions_from_source,
        na(r.edited_ratio),
        r.build_ms,
    );
    if let Some(e) = &r.runmat_error {
        println!("{:>26}  runmat failed where rmsnap ran: {e}", "");
    }
}
