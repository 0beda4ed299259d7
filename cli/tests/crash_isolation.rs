//! #34: a file on which RunMat 0.6.2's own compiler crashes (unbounded
//! recursion in its bytecode compiler, a process abort) never takes an rmsnap
//! command down. On every path — the first run, `--no-snapshot`,
//! `RMSNAP_CACHE=off`, the cache refresh, the run from the snapshot — the file
//! is reported once by path and stage, left out, and the rest of the run goes on.

mod common;

use std::os::unix::process::ExitStatusExt;

use common::*;

/// Makes RunMat 0.6.2's bytecode compiler recurse without end
/// (`mir_local_end_expr_internal` ↔ `mir_operand_end_expr_internal`).
const CRASHES_RUNMAT: &str = "function v = pick(k)\n  table = [10, 20, 30];\n  if k < 0\n  end\n  k = k + 1;\n  if 3 < k\n    v = table(k);\n  end\nend\n";

const MAIN: &str = "fprintf('%d\\n', twice(21));\ntry\n  pick(1);\ncatch e\n  disp(e.message);\nend\nfprintf('%d\\n', twice(1));\n";

fn stats(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(text(&out.stderr).lines().last().unwrap_or("")).unwrap_or(serde_json::Value::Null)
}

fn no_signal(out: &std::process::Output, what: &str) {
    assert_eq!(out.status.signal(), None, "{what}: killed by a signal\nstderr:\n{}", text(&out.stderr));
}

fn folder(root: &std::path::Path) -> std::path::PathBuf {
    write(&root.join("twice.m"), "function y = twice(x)\n  y = 2 * x;\nend\n");
    write(&root.join("pick.m"), CRASHES_RUNMAT);
    write(&root.join("main.m"), MAIN)
}

#[test]
fn a_file_that_crashes_runmats_compiler_is_left_out_on_every_path() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let script = folder(&tmp.path().join("lib"));
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = cmd(&cache, &[&["run", s(&script)], args].concat());
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    // What a call to a function that is not there prints, from source and from the snapshot alike.
    let expected = "42\nUndefined function: pick\n2\n";
    for (args, env, what) in [
        (&["--no-snapshot"][..], &[][..], "--no-snapshot"),
        (&[], &[("RMSNAP_CACHE", "off")][..], "RMSNAP_CACHE=off"),
        (&["--stats=json"], &[], "the first run"),
    ] {
        let out = run(args, env);
        no_signal(&out, what);
        assert_eq!(ok(&out), expected, "{what}");
        let err = text(&out.stderr);
        // Reported once, by path, with the stage RunMat died in.
        let lines: Vec<&str> = err.lines().filter(|l| l.contains("pick.m")).collect();
        assert_eq!(lines.len(), 1, "{what}: reported once:\n{err}");
        assert!(lines[0].contains("in stage `"), "{what}: names the stage: {}", lines[0]);
        // The supervised child's own abort (on a pool thread) is not shown; the worker's stderr is, with the report.
        assert!(!err.contains("thread 'rmsnap-runmat-"), "{what}: the child's abort message is shown:\n{err}");
    }
    assert_eq!(cached_snapshots(&cache).len(), 1, "the first run's refresh wrote the cache");
    // From the snapshot: the file is recorded as left out, so the snapshot is used.
    let warm = run(&["--stats=json", "--snapshot-policy", "require"], &[]);
    no_signal(&warm, "the run from the snapshot");
    assert_eq!(ok(&warm), expected);
    assert_eq!(stats(&warm)["mode"], "snapshot", "{}", text(&warm.stderr));
}

#[test]
fn a_script_that_crashes_runmats_compiler_is_an_error_not_a_signal() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let dir = tmp.path().join("lib");
    write(&dir.join("twice.m"), "function y = twice(x)\n  y = 2 * x;\nend\n");
    // The same shape in the script's own local function (compiled with the script).
    let script = write(&dir.join("main.m"), &format!("fprintf('%d\\n', twice(2));\ndisp(pick(1));\n\n{CRASHES_RUNMAT}"));
    for args in [&["--no-snapshot"][..], &[]] {
        let out = rmsnap(&cache, &[&["run", s(&script)], args].concat());
        no_signal(&out, "a crashing script");
        let err = failed(&out, 1);
        let line = err.lines().find(|l| l.contains("main.m")).unwrap_or_else(|| panic!("names the script:\n{err}"));
        assert!(line.contains("in stage `"), "names the stage: {line}");
        assert!(out.stdout.is_empty(), "nothing ran");
    }
}

#[test]
fn unsupervised_runs_still_work() {
    // RMSNAP_SUPERVISE=off runs in one process, as before (for debuggers).
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let dir = tmp.path().join("lib");
    write(&dir.join("twice.m"), "function y = twice(x)\n  y = 2 * x;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%d\\n', twice(4));\n");
    let out = cmd(&cache, &["run", s(&script), "--no-snapshot"]).env("RMSNAP_SUPERVISE", "off").output().unwrap();
    assert_eq!(ok(&out), "8\n");
}
