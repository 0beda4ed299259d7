//! #16: all of RunMat's work on a library file — parse, lower, compile — runs
//! in worker processes. A file on which RunMat aborts, panics or hangs (in any
//! stage) is reported for that file, with the end of the worker's stderr, and
//! the build goes on: the snapshot holds every other file and runs.

mod common;

use common::*;

#[test]
fn a_crash_panic_or_hang_compiling_one_file_rejects_only_that_file() {
    let tmp = tempfile::tempdir().unwrap();
    let tb = tmp.path().join("tb");
    write(&tb.join("iso_good.m"), "function y = iso_good(x)\ny = iso_helper(x) + 1;\nend\n");
    write(&tb.join("iso_helper.m"), "function y = iso_helper(x)\ny = 2 * x;\nend\n");
    for name in ["iso_aborts", "iso_panics", "iso_hangs", "iso_parse_aborts"] {
        write(&tb.join(format!("{name}.m")), &format!("function y = {name}(x)\ny = iso_helper(x);\nend\n"));
    }
    let snap = tmp.path().join("s.rmsnap");
    let started = std::time::Instant::now();
    let out = cmd(tmp.path(), &["build", "--toolbox", s(&tb), "--out", s(&snap)])
        .env("RMSNAP_TEST_WORKER_FAULT", "compile:abort:iso_aborts,compile:panic:iso_panics,compile:hang:iso_hangs,check:abort:iso_parse_aborts")
        .env("RMSNAP_COMPILE_TIMEOUT", "5")
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert!(out.status.success(), "the build goes on past the bad files:\n{err}");
    assert!(started.elapsed().as_secs() < 100, "the hung worker was not killed in time");
    let line = |name: &str| err.lines().find(|l| l.contains(&format!("{name}.m"))).unwrap_or_else(|| panic!("no report for {name}:\n{err}")).to_string();
    // Lowering/compiling ran in a worker: an abort there is that file's failure, with the worker's stderr.
    assert!(line("iso_aborts").contains("killed the worker"), "{err}");
    assert!(err.contains("injected fault `abort` while doing `compile` on"), "the worker's stderr is kept:\n{err}");
    assert!(line("iso_panics").contains("RunMat panicked: injected panic on"), "{err}");
    assert!(line("iso_hangs").contains("did not finish within 5 s"), "{err}");
    assert!(line("iso_parse_aborts").contains("killed the worker"), "{err}");
    assert!(!err.contains("iso_good.m") && !err.contains("iso_helper.m"), "{err}");

    let script = write(&tmp.path().join("main.m"), "fprintf('%d\\n', iso_good(20));\n");
    let run = rmsnap(tmp.path(), &["run", s(&script), "--toolbox", s(&tb), "--snapshot", s(&snap), "--snapshot-policy", "require"]);
    assert_eq!(ok(&run), "41\n");
}
