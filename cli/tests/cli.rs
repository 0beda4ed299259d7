//! The `rmsnap` binary end to end: build, inspect, verify, run, and what
//! happens with bad toolboxes, corrupt or stale snapshots.

mod common;

use common::*;

#[test]
fn build_inspect_verify_and_run_through_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let snap = tmp.path().join("lib.rmsnap");
    ok(&rmsnap(tmp.path(), &["build", "--out", s(&snap)]));

    let inspect: serde_json::Value = serde_json::from_str(&ok(&rmsnap(tmp.path(), &["inspect", s(&snap), "--json"]))).unwrap();
    let sections: Vec<&str> = inspect["sections"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    // `rmsnap` links the example toolbox crate by default (feature `toolbox-signal`).
    assert_eq!(sections, ["runmat.builtins", "runmat.bytecode", "runmat.gc", "runmat.library", "toolbox.signal.manifest"]);
    assert_eq!(inspect["contents"]["builtins"], 1335);
    let functions: Vec<&str> = inspect["contents"]["functions"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    let count = |dir: &str| std::fs::read_dir(repo().join(dir)).unwrap().count();
    let files = count("bridge/toolbox") + count("providers/toolbox-signal/m");
    assert_eq!(functions.len(), files);
    assert!(functions.contains(&"rm_polyfit"));
    assert_eq!(inspect["contents"]["bytecode_functions"].as_u64().unwrap() as usize, files);
    assert_eq!(inspect["compat"]["runtime_version"], "runmat 0.6.2");

    assert!(ok(&rmsnap(tmp.path(), &["verify", s(&snap)])).contains("valid"));

    let warm = rmsnap(tmp.path(), &["run", s(&demo()), "--snapshot", s(&snap), "--stats", "--snapshot-policy", "require"]);
    let cold = rmsnap(tmp.path(), &["run", s(&demo()), "--no-snapshot"]);
    assert_eq!(ok(&warm), ok(&cold));
    let stats = text(&warm.stderr);
    assert!(stats.contains(&format!("snapshot: {} (used)", snap.display())), "{stats}");
    assert!(stats.contains("first result:"), "{stats}");
    assert!(!text(&cold.stderr).contains("warning"), "{}", text(&cold.stderr));
}

#[test]
fn build_without_out_writes_where_run_looks() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ok(&rmsnap(tmp.path(), &["build"]));
    let [default] = cached_snapshots(tmp.path()).try_into().expect("one snapshot in the cache");
    assert!(out.contains(&default.display().to_string()), "{out}");
    let run = rmsnap(tmp.path(), &["run", s(&demo()), "--stats", "--snapshot-policy", "require"]);
    ok(&run);
    assert!(text(&run.stderr).contains("(used)"));
}

#[test]
fn missing_build_inputs_are_named_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let snap = tmp.path().join("lib.rmsnap");
    let gone = tmp.path().join("no-such-toolbox");
    let err = failed(&rmsnap(tmp.path(), &["build", "--out", s(&snap), "--toolbox", s(&gone)]), 5);
    assert!(err.contains("cannot read toolbox sources") && err.contains(s(&gone)), "{err}");
    assert!(!snap.exists());
}

#[test]
fn a_missing_snapshot_falls_back_loudly_or_fails_when_required() {
    let tmp = tempfile::tempdir().unwrap();
    // A read-only cache: the run does not write the snapshot it missed.
    let auto = cmd(tmp.path(), &["run", s(&demo())]).env("RMSNAP_CACHE", "readonly").output().unwrap();
    ok(&auto);
    let err = text(&auto.stderr);
    assert_eq!(err.matches("warning").count(), 1, "{err}");
    assert!(err.contains("no snapshot found"), "{err}");
    assert!(cached_snapshots(tmp.path()).is_empty());
    let required = rmsnap(tmp.path(), &["run", s(&demo()), "--snapshot-policy", "require"]);
    assert_eq!(required.status.code(), Some(3), "{}", text(&required.stderr));
}

#[test]
fn corrupt_snapshots_are_refused_by_verify_and_run() {
    let tmp = tempfile::tempdir().unwrap();
    let snap = tmp.path().join("lib.rmsnap");
    ok(&rmsnap(tmp.path(), &["build", "--out", s(&snap)]));
    let cold = ok(&rmsnap(tmp.path(), &["run", s(&demo()), "--no-snapshot"]));
    let bytes = std::fs::read(&snap).unwrap();
    let inspect: serde_json::Value = serde_json::from_str(&ok(&rmsnap(tmp.path(), &["inspect", s(&snap), "--json"]))).unwrap();
    let bytecode = inspect["sections"].as_array().unwrap().iter().find(|s| s["id"] == "runmat.bytecode").unwrap();
    let bytecode_index = bytecode["offset"].as_u64().unwrap() as usize + 10;
    let last_bytecode_entry = (bytecode["offset"].as_u64().unwrap() + bytecode["stored_len"].as_u64().unwrap() - 100) as usize;
    // Verification is lazy, per entry: damage in an entry no function of the
    // demo reaches is found by `verify`, and cannot change the demo's output.
    let mut bad = bytes.clone();
    bad[last_bytecode_entry] ^= 0x40;
    let path = tmp.path().join("bad-entry.rmsnap");
    std::fs::write(&path, &bad).unwrap();
    assert_eq!(rmsnap(tmp.path(), &["verify", s(&path)]).status.code(), Some(4));
    assert_eq!(ok(&rmsnap(tmp.path(), &["run", s(&demo()), "--snapshot", s(&path)])), cold);
    // Damage in the header, or in the bytecode index every run reads, is refused.
    for at in [100, bytecode_index] {
        let mut bad = bytes.clone();
        bad[at] ^= 0x40;
        let path = tmp.path().join(format!("bad-{at}.rmsnap"));
        std::fs::write(&path, &bad).unwrap();
        let verify = rmsnap(tmp.path(), &["verify", s(&path)]);
        assert_eq!(verify.status.code(), Some(4), "flip at {at} passed verify");
        assert!(text(&verify.stderr).contains(&path.display().to_string()), "{}", text(&verify.stderr));

        let auto = rmsnap(tmp.path(), &["run", s(&demo()), "--snapshot", s(&path)]);
        assert_eq!(ok(&auto), cold, "flip at {at}: fallback output differs");
        let err = text(&auto.stderr);
        assert_eq!(err.matches("warning").count(), 1, "{err}");
        assert!(err.contains("not using a snapshot"), "{err}");

        let required = rmsnap(tmp.path(), &["run", s(&demo()), "--snapshot", s(&path), "--snapshot-policy", "require"]);
        assert_eq!(required.status.code(), Some(3), "flip at {at}: {}", text(&required.stderr));
        assert!(required.stdout.is_empty(), "no partial output under require");
    }
}

#[test]
fn bad_toolbox_files_are_reported_and_do_not_kill_the_build() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = repo().join("integration-tests/bad-toolbox");
    let snap = tmp.path().join("bad.rmsnap");
    let out = rmsnap(tmp.path(), &["build", "--toolbox", s(&bad), "--out", s(&snap)]);
    ok(&out);
    let err = text(&out.stderr);
    // The check refuses the too-deep file before RunMat's parser can overflow its stack on it.
    for (file, what) in [("rm_deep.m", "parse: brackets nest 50000 deep"), ("rm_noend.m", "parse"), ("rm_octave.m", "parse")] {
        let line = err.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("{file} not reported:\n{err}"));
        assert!(line.contains(what), "{line}");
    }
    assert!(!err.contains("rm_fine.m"), "{err}");
    let strict = rmsnap(tmp.path(), &["build", "--toolbox", s(&bad), "--out", s(&tmp.path().join("strict.rmsnap")), "--strict"]);
    assert_eq!(strict.status.code(), Some(6));

    let script = tmp.path().join("uses_fine.m");
    std::fs::write(&script, "fprintf('%d\\n', rm_fine(20));\nfprintf('%.6f\\n', rm_mean([1 2 3]));\n").unwrap();
    let warm = rmsnap(tmp.path(), &["run", s(&script), "--snapshot", s(&snap), "--toolbox", s(&bad), "--snapshot-policy", "require"]);
    let cold = rmsnap(tmp.path(), &["run", s(&script), "--no-snapshot", "--toolbox", s(&bad)]);
    assert_eq!(ok(&warm), ok(&cold));
    assert!(text(&cold.stderr).contains("rm_deep.m"), "cold path names the file it leaves out");
}

#[test]
fn a_changed_library_source_is_never_served_stale() {
    let tmp = tempfile::tempdir().unwrap();
    let tb = tmp.path().join("mytb");
    std::fs::create_dir(&tb).unwrap();
    std::fs::write(tb.join("tb_scale.m"), "function y = tb_scale(x)\n%TB_SCALE Doubles x.\ny = 2 * x;\nend\n").unwrap();
    let snap = tmp.path().join("tb.rmsnap");
    ok(&rmsnap(tmp.path(), &["build", "--toolbox", s(&tb), "--out", s(&snap)]));
    let script = tmp.path().join("s.m");
    std::fs::write(&script, "fprintf('%d\\n', tb_scale(21));\n").unwrap();
    let run = |policy: &str| rmsnap(tmp.path(), &["run", s(&script), "--snapshot", s(&snap), "--toolbox", s(&tb), "--snapshot-policy", policy]);
    assert_eq!(ok(&run("require")), "42\n");

    // An edited file is compiled from source and linked with the snapshot's code.
    std::fs::write(tb.join("tb_scale.m"), "function y = tb_scale(x)\n%TB_SCALE Triples x.\ny = 3 * x;\nend\n").unwrap();
    let stats = rmsnap(tmp.path(), &["run", s(&script), "--snapshot", s(&snap), "--toolbox", s(&tb), "--snapshot-policy", "require", "--stats"]);
    assert_eq!(ok(&stats), "63\n");
    let err = text(&stats.stderr);
    assert!(err.contains("(used)") && err.contains("`tb_scale`: ") && err.contains("changed since the snapshot was built"), "{err}");

    // An edit that changes what callers were compiled against (the outputs)
    // cannot be linked with them: the run goes from source, and says why.
    std::fs::write(tb.join("tb_scale.m"), "function [y, z] = tb_scale(x)\ny = 4 * x;\nz = 0;\nend\n").unwrap();
    let auto = run("auto");
    assert_eq!(ok(&auto), "84\n");
    assert!(text(&auto.stderr).contains("tb_scale` in"), "{}", text(&auto.stderr));
    assert!(text(&auto.stderr).contains("changed its outputs since the snapshot was built"), "{}", text(&auto.stderr));
    assert_eq!(run("require").status.code(), Some(3));

    // A snapshot built with a toolbox is not used for a run without it.
    let without = rmsnap(tmp.path(), &["run", s(&demo()), "--snapshot", s(&snap)]);
    assert!(text(&without.stderr).contains("libraries"), "{}", text(&without.stderr));
}
