//! Layouts RunMat 0.6.2 reads in its own way, each a case in `cli/tests/layouts/`
//! with what `runmat main.m` printed for it (recorded from the binary;
//! `against_runmat` compares live when it is installed): classes — `classdef`
//! files beside the script and in a project's roots, `@Class` folders, which
//! are compiled with the script on every run, from source and from the
//! snapshot alike — and `private/` functions beside a search path.

mod common;

use common::layouts::cases;
use common::*;

fn stats(out: &str) -> serde_json::Value {
    serde_json::from_str(out.lines().last().unwrap_or("")).unwrap_or(serde_json::Value::Null)
}

#[test]
fn every_layout_prints_what_runmat_printed_from_source_and_from_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let cases = cases(&tmp.path().join("work"));
    assert!(cases.len() >= 7, "{} cases", cases.len());
    for case in &cases {
        let script = case.script_arg();
        assert_eq!(case.run(cmd(&cache, &["run", &script])), case.expected, "{}: from source", case.name);
        let second = case.run(cmd(&cache, &["run", &script, "--snapshot-policy", "require"]));
        assert_eq!(second, case.expected, "{}: from the snapshot", case.name);
    }
}

#[test]
fn a_class_edit_is_seen_at_once_and_an_added_or_removed_class_rebinds() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let cases = cases(&tmp.path().join("work"));
    let case = cases.iter().find(|c| c.name == "script-folder").unwrap();
    let dir = case.script.parent().unwrap();
    let run = || {
        let mut c = cmd(&cache, &["run", "main.m", "--stats=json"]);
        c.current_dir(dir);
        c.output().unwrap()
    };
    ok(&run());
    let warm = run();
    assert!(ok(&warm).starts_with("206\n206\nPt\n207\n"));
    let warm = stats(&text(&warm.stderr));
    assert_eq!((warm["mode"].as_str(), warm["class_files"].as_u64()), (Some("snapshot"), Some(1)), "{warm}");
    // The snapshot records the class file; it holds no code of it.
    let inspect = ok(&rmsnap(&cache, &["inspect", s(&cached_snapshots(&cache)[0])]));
    assert!(inspect.contains("class files compiled with the script on each run (1): folder/Pt.m"), "{inspect}");

    // An edited method is compiled with the script from the snapshot run: no rebuild.
    let pt = dir.join("Pt.m");
    let text0 = std::fs::read_to_string(&pt).unwrap();
    std::fs::write(&pt, text0.replace("* 2", "* 3")).unwrap();
    let edited = run();
    assert!(ok(&edited).starts_with("309\n309\nPt\n310\n"), "{}", text(&edited.stdout));
    let st = stats(&text(&edited.stderr));
    assert_eq!(st["mode"], "snapshot", "{st}");
    assert!(st["cache_written"].is_null(), "nothing to rewrite: {st}");
    std::fs::write(&pt, &text0).unwrap();

    // A class added since the build registers a name: the run starts from
    // source (as the binding changed) and the next one from the new snapshot.
    write(&dir.join("Qt.m"), &text0.replace("Pt", "Qt"));
    write(&dir.join("use_qt.m"), "p = Qt(1);\ndisp(p.twice())\n");
    let mut c = cmd(&cache, &["run", "use_qt.m", "--stats=json"]);
    c.current_dir(dir);
    let added = c.output().unwrap();
    assert_eq!(ok(&added), "202\n");
    let err = text(&added.stderr);
    assert!(err.contains("Qt.m was added"), "{err}");
    assert_eq!(stats(&err)["mode"], "source");
    let again = run();
    assert!(ok(&again).starts_with("206\n"));
    assert_eq!(stats(&text(&again.stderr))["mode"], "snapshot");

    // Removed: the class is gone, from source as RunMat has it.
    std::fs::remove_file(dir.join("Qt.m")).unwrap();
    let mut c = cmd(&cache, &["run", "use_qt.m", "--stats=json"]);
    c.current_dir(dir);
    let removed = c.output().unwrap();
    let err = failed(&removed, 1);
    assert!(err.contains("Qt.m was removed") && err.contains("Undefined function: Qt"), "{err}");
}

#[test]
fn an_at_class_method_file_is_a_method_not_a_library_function() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let cases = cases(&tmp.path().join("work"));
    let case = cases.iter().find(|c| c.name == "class-folder").unwrap();
    let dir = case.script.parent().unwrap();
    let run = |script: &str| {
        let mut c = cmd(&cache, &["run", script, "--stats=json"]);
        c.current_dir(dir);
        c.output().unwrap()
    };
    write(&dir.join("ok.m"), "p = Pt(4);\ndisp(p.twice())\n");
    assert_eq!(ok(&run("ok.m")), "208\n");
    let warm = run("ok.m");
    assert_eq!(ok(&warm), "208\n");
    assert_eq!(stats(&text(&warm.stderr))["mode"], "snapshot");
    let inspect = ok(&rmsnap(&cache, &["inspect", s(&cached_snapshots(&cache)[0])]));
    assert!(inspect.contains("folder/@Pt/Pt.m folder/@Pt/twice.m"), "{inspect}");
    assert!(!inspect.contains(" twice ") && !inspect.contains(" twice\n"), "not a library function: {inspect}");

    // A method added to the class folder is a binding change, not a new library function.
    write(&dir.join("@Pt/half.m"), "function r = half(obj)\n  r = obj.v / 2;\nend\n");
    write(&dir.join("use_half.m"), "p = Pt(4);\ndisp(p.half())\n");
    let added = run("use_half.m");
    assert_eq!(ok(&added), "2\n");
    let err = text(&added.stderr);
    assert!(err.contains("@Pt/half.m was added"), "{err}");
    assert_eq!(stats(&err)["mode"], "source");
    let warm = run("use_half.m");
    assert_eq!(ok(&warm), "2\n");
    assert_eq!(stats(&text(&warm.stderr))["mode"], "snapshot");
}

/// A function file of the script's folder or project that RunMat's bytecode
/// compiler rejects fails the script's compile, as RunMat's one unit does.
#[test]
fn a_function_file_runmat_cannot_compile_fails_the_script_from_source_and_from_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    for case in common::layouts::unit_rejected_cases(&tmp.path().join("work")) {
        assert!(case.expected.contains("RunMat:CompileError") && case.expected.starts_with("--- stderr"), "{}: {}", case.name, case.expected);
        assert_eq!(case.run(cmd(&cache, &["run", "main.m", "--no-snapshot"])), case.expected, "{}: from source", case.name);
        // A script that does not compile writes no snapshot: one is built for it.
        let built = case.run(cmd(&cache, &["build", "main.m"]));
        assert!(built.ends_with("--- exit 0\n"), "{}: {built}", case.name);
        for attempt in 1..=2 {
            let from_snapshot = case.run(cmd(&cache, &["run", "main.m", "--snapshot-policy", "require"]));
            assert_eq!(from_snapshot, case.expected, "{}: from the snapshot ({attempt})", case.name);
        }
        // Fixed since the build: the script runs, still from the snapshot.
        let lib = if case.name == "project" { case.root.join("src") } else { case.root.clone() };
        write(&lib.join("passon.m"), "function varargout = passon(varargin)\nvarargout = varargin;\nend\n");
        let fixed = case.run(cmd(&cache, &["run", "main.m", "--snapshot-policy", "require"]));
        assert_eq!(fixed, "start\n2\n--- stderr\n--- exit 0\n", "{}: fixed", case.name);
    }
}
