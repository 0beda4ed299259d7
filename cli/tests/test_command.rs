//! `rmsnap test`: RunMat's discovery, selection and test ids (`runmat test`
//! 0.6.2), on generated suites; compared line for line with the real
//! `runmat test --list` when `RUNMAT_BIN` names it.

mod common;

use std::path::Path;
use std::process::Output;

use common::*;

/// A loose suite (no manifest): library functions in the folder, function-,
/// script- and section-less script tests below `tests/`.
fn suite(root: &Path) {
    write(&root.join("scale.m"), "function y = scale(x, k)\n  y = x * k;\nend\n");
    write(&root.join("offset.m"), "function y = offset(x)\n  y = x + 10;\nend\n");
    write(
        &root.join("tests/mathTest.m"),
        "function tests = mathTest()\n  tests = functiontests(localfunctions);\nend\n\
         function setup(testCase)\nend\n\
         function testScale(testCase)\n  verifyEqual(testCase, scale(2, 3), 6);\nend\n\
         function testOffset(testCase)\n  verifyEqual(testCase, offset(1), 11);\nend\n\
         function helperNotATest(testCase)\nend\n\
         function notCollected(testCase)\nend\n",
    );
    write(&root.join("tests/scriptTest.m"), "%% First section\nassert(scale(1, 2) == 2);\n%%\nassert(offset(0) == 10);\n");
    write(&root.join("tests/plainTest.m"), "assert(true);\n");
    write(&root.join("tests/notes.m"), "% not a test file: its name says so\nx = 1;\n");
}

fn rmsnap_test(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["test"];
    all.extend_from_slice(args);
    cmd(dir, &all).current_dir(dir).output().expect("run rmsnap test")
}

/// (id, display name, file) of each `--list` line.
fn listed(out: &str) -> Vec<(String, String, String)> {
    out.lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "{l}");
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect()
}

#[test]
fn tests_are_discovered_and_selected_as_runmat_does() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    suite(&root);
    let all = listed(&ok(&rmsnap_test(&root, &["--list"])));
    let mut names: Vec<&str> = all.iter().map(|(_, n, _)| n.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        ["mathTest/helperNotATest", "mathTest/testOffset", "mathTest/testScale", "plainTest/plainTest", "scriptTest/First section", "scriptTest/section-2"]
    );
    for (id, name, file) in &all {
        let hex = id.strip_prefix("v1:sha256:").unwrap_or_else(|| panic!("{id}"));
        assert!(hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
        assert_eq!(file, &format!("tests/{}.m", name.split('/').next().unwrap()));
    }
    let ids: Vec<&String> = all.iter().map(|(id, ..)| id).collect();

    // The same inputs give the same ids; any edit to a file of the catalog
    // (the targets: `tests/`) changes every id.
    let again = listed(&ok(&rmsnap_test(&root, &["--list"])));
    assert_eq!(again, all);
    write(&root.join("tests/plainTest.m"), "assert(true); % edited\n");
    let edited = listed(&ok(&rmsnap_test(&root, &["--list"])));
    assert!(edited.iter().all(|(id, ..)| !ids.contains(&id)), "an edit to a source changes every test id");

    // Selection: by name substring, by target (relative to the project root).
    let by_name = listed(&ok(&rmsnap_test(&root, &["--list", "--name", "Scale", "--name", "section-2"])));
    assert_eq!(by_name.iter().map(|(_, n, _)| n.as_str()).collect::<std::collections::BTreeSet<_>>(), ["mathTest/testScale", "scriptTest/section-2"].into());
    let by_file = listed(&ok(&rmsnap_test(&root, &["--list", "tests/scriptTest.m"])));
    assert_eq!(by_file.len(), 2);

    // What runmat says when a run cannot start, with its exit code.
    let err = failed(&rmsnap_test(&root, &["--list", "nowhere"]), 2);
    assert!(err.contains(&format!("Error: test input does not exist: {}", root.join("nowhere").display())), "{err}");
    let err = failed(&rmsnap_test(&root, &["--list", "--name", "noSuchTest"]), 2);
    assert!(err.contains("Error: no tests matched the requested selection"), "{err}");
    write(&root.join("tests/badTest.m"), "function badTest\n  x = = 1;\nend\n");
    let err = failed(&rmsnap_test(&root, &["--list"]), 2);
    assert!(err.contains("Error: tests/badTest.m: ") && err.contains("(RunMat:TestDiscovery:ParseError)"), "{err}");
    assert!(err.contains("Error: test discovery produced errors"), "{err}");
}

/// The binary these tests compare against; run without it, they fail (they are `#[ignore]`d).
fn runmat_bin() -> std::ffi::OsString {
    std::env::var_os("RUNMAT_BIN").filter(|v| !v.is_empty()).expect("RUNMAT_BIN names the runmat 0.6.2 binary")
}

#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn list_is_line_for_line_runmats() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    suite(&root);
    for args in [vec!["--list"], vec!["--list", "--name", "Scale"], vec!["--list", "tests/scriptTest.m"], vec!["--list", "tests"]] {
        let ours = rmsnap_test(&root, &args);
        let mut all = vec!["test"];
        all.extend_from_slice(&args);
        let theirs = cmd_of(runmat_bin().to_str().unwrap(), &root, &all).current_dir(&root).output().unwrap();
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}: {}", text(&theirs.stderr));
        assert_eq!(text(&ours.stdout), text(&theirs.stdout), "{args:?}");
    }
}
