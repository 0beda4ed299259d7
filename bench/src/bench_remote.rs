//! `rmsnap-bench --remote REGISTRY/REPO`: what a team's second machine sees.
//! Per size, a project whose functions are spread over ten source roots (ten
//! toolboxes, ten layers): bytes pushed for the full snapshot and for an
//! update after one edited file; then, in fresh processes with
//! empty caches, interleaved: a run that pulls (`RMSNAP_REMOTE`) against a
//! cold run from source — time to first result, same output required.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde::Serialize;

use crate::bench_runmat::{command, median, prepare_roots, stats, timed, Prepared};

/// Source roots of the bench's project (one layer each).
const ROOTS: usize = 10;

pub struct Options<'a> {
    pub remote: &'a str,
    pub plain_http: bool,
    pub rounds: usize,
    pub cold_up_to: usize,
}

#[derive(Serialize)]
pub struct RemoteReport {
    functions: usize,
    rounds: usize,
    build_ms: f64,
    /// Bytes the first push uploaded (config + snapshot).
    full_push_bytes: u64,
    /// Bytes the push after one edited file uploaded.
    update_push_bytes: u64,
    /// Bytes the push after one file added (beside the edited one) uploaded:
    /// its folder's layer and the records.
    added_push_bytes: u64,
    /// Bytes a run with an empty cache downloaded.
    pull_bytes: u64,
    /// Medians of time to first result, fresh processes, empty caches.
    pull_and_run_ms: f64,
    pull_ms: f64,
    cold_ms: Option<f64>,
    /// cold ÷ pull-and-run.
    ratio: Option<f64>,
}

fn rmsnap(p: &Prepared, cache: &Path, o: &Options) -> Result<Command, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cmd = command(&exe, p, cache);
    cmd.env_remove("RMSNAP_REMOTE");
    if o.plain_http {
        cmd.env("RMSNAP_REMOTE_PLAIN_HTTP", "1");
    }
    Ok(cmd)
}

fn succeed(cmd: &mut Command, what: &str) -> Result<String, String> {
    let out = cmd.output().map_err(|e| format!("{what}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{what} failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn push(p: &Prepared, cache: &Path, o: &Options) -> Result<u64, String> {
    let mut cmd = rmsnap(p, cache, o)?;
    cmd.arg("push").arg(o.remote).arg(&p.script).arg("--json");
    let out = succeed(&mut cmd, "rmsnap push")?;
    let v: serde_json::Value = serde_json::from_str(out.trim()).map_err(|e| format!("rmsnap push --json: {e}: {out}"))?;
    v["bytes_uploaded"].as_u64().ok_or_else(|| format!("rmsnap push --json: no bytes_uploaded: {v}"))
}

pub fn measure(root: &Path, n: usize, o: &Options) -> Result<RemoteReport, String> {
    let dir = root.join(format!("remote-{n}"));
    let p = prepare_roots(&dir.join("work"), n, ROOTS)?;
    let ci = dir.join("ci-cache");
    let start = Instant::now();
    let mut build = rmsnap(&p, &ci, o)?;
    succeed(build.arg("build").arg(&p.script), "rmsnap build")?;
    let build_ms = start.elapsed().as_secs_f64() * 1e3;
    let full_push_bytes = push(&p, &ci, o)?;

    let with_cold = n <= o.cold_up_to;
    let (mut pulled, mut pull, mut cold) = (Vec::new(), Vec::new(), Vec::new());
    let mut pull_bytes = 0;
    for round in 0..o.rounds {
        let fresh = dir.join(format!("machine-{round}"));
        let _ = std::fs::remove_dir_all(&fresh);
        let mut run = rmsnap(&p, &fresh, o)?;
        run.env("RMSNAP_REMOTE", o.remote).arg("run").arg(&p.script).arg("--stats=json");
        let t = timed(run)?;
        let s = stats(&t)?;
        if !t.success || s["mode"] != "snapshot" || s["remote"]["pulled"].is_null() {
            return Err(format!("a run with an empty cache was not served from the pulled snapshot: {s}\n{}", t.stderr));
        }
        pull_bytes = s["remote"]["bytes"].as_u64().unwrap_or(0);
        pull.push(s["remote"]["ms"].as_f64().unwrap_or(f64::NAN));
        pulled.push(t.first_result_ms);
        if with_cold {
            let mut run = rmsnap(&p, &fresh, o)?;
            run.arg("run").arg(&p.script).arg("--no-snapshot");
            let c = timed(run)?;
            if !c.success || c.stdout != t.stdout {
                return Err(format!("outputs differ: from source {:?}, pulled {:?}", c.stdout, t.stdout));
            }
            cold.push(c.first_result_ms);
        }
        let _ = std::fs::remove_dir_all(&fresh);
    }

    // One edited file: rebuilt incrementally, pushed again.
    let text = std::fs::read_to_string(&p.edit).map_err(|e| format!("{}: {e}", p.edit.display()))?;
    std::fs::write(&p.edit, text.replacen("Synthetic toolbox function", "Synthetic toolbox function (edited)", 1)).map_err(|e| e.to_string())?;
    let mut rebuild = rmsnap(&p, &ci, o)?;
    succeed(rebuild.arg("build").arg(&p.script), "rmsnap build (after the edit)")?;
    let update_push_bytes = push(&p, &ci, o)?;

    // One file added to the same folder, calling the edited file's function.
    let callee = p.edit.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let added = p.edit.with_file_name("aaa_added.m");
    std::fs::write(&added, format!("function y = aaa_added(x)\ny = {callee}(x) + 1;\nend\n")).map_err(|e| format!("{}: {e}", added.display()))?;
    let mut rebuild = rmsnap(&p, &ci, o)?;
    succeed(rebuild.arg("build").arg(&p.script), "rmsnap build (after adding a file)")?;
    let added_push_bytes = push(&p, &ci, o)?;

    let pull_and_run_ms = median(pulled);
    let cold_ms = with_cold.then(|| median(cold));
    Ok(RemoteReport {
        functions: n,
        rounds: o.rounds,
        build_ms,
        full_push_bytes,
        update_push_bytes,
        added_push_bytes,
        pull_bytes,
        pull_and_run_ms,
        pull_ms: median(pull),
        cold_ms,
        ratio: cold_ms.map(|c| c / pull_and_run_ms.max(1e-9)),
    })
}

pub fn print(r: &RemoteReport) {
    let na = |v: Option<f64>| v.map_or("—".to_string(), |v| format!("{v:.1}"));
    println!(
        "{:>7} functions  push {:>10} bytes, after one edit {:>10} bytes, after one file added {:>10} bytes | empty cache: pull+first result {:>8.1} ms (pull {:.1} ms, {} bytes)  cold {:>9} ms  ratio {}x | build {:.0} ms",
        r.functions, r.full_push_bytes, r.update_push_bytes, r.added_push_bytes, r.pull_and_run_ms, r.pull_ms, r.pull_bytes, na(r.cold_ms), na(r.ratio), r.build_ms
    );
}
