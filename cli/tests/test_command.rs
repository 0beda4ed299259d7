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

/// A suite whose tests run: library functions beside the tests (RunMat's test
/// session sees the catalog, `tests/`, and not the search path), function
/// tests with fixtures, script sections, and the qualifications' outcomes.
/// `runmat test` 0.6.2 cannot run it whole (see [`section_suite`]); `rmsnap test` does.
fn running_suite(root: &Path) {
    function_suite(root);
    section_suite(root);
}

/// Function tests with fixtures and every kind of qualification.
fn function_suite(root: &Path) {
    write(&root.join("tests/scale.m"), "function y = scale(x, k)\n  y = x * k;\nend\n");
    write(
        &root.join("tests/mathTest.m"),
        "function tests = mathTest()\n  tests = functiontests(localfunctions);\nend\n\
         function setup(testCase)\n  fprintf('setup\\n');\nend\n\
         function teardown(testCase)\n  fprintf('teardown\\n');\nend\n\
         function testScale(testCase)\n  verifyEqual(testCase, scale(2, 3), 6);\nend\n\
         function testScaleWrong(testCase)\n  verifyEqual(testCase, scale(1, 11), 12);\nend\n\
         function testError(testCase)\n  error('boom %d', scale(1, 3));\nend\n\
         function testAssume(testCase)\n  assumeTrue(testCase, false);\nend\n\
         function testAssert(testCase)\n  assertEqual(testCase, 1, 2);\n  fprintf('not reached\\n');\nend\n\
         function testTolerance(testCase)\n  verifyTrue(testCase, abs(scale(0.1, 3) - 0.3) < 1e-6);\nend\n",
    );
}

/// Script tests: one section per file (two sections of one file, or section
/// and function tests in one run, can make RunMat 0.6.2's coverage merge fail
/// the whole run: `coverage site ... has conflicting definitions`).
fn section_suite(root: &Path) {
    write(&root.join("tests/offset.m"), "function y = offset(x)\n  y = x + 10;\nend\n");
    write(&root.join("tests/preambleTest.m"), "x = 1;\n%% uses the preamble\ndisp(x);\n");
    write(&root.join("tests/sectionTest.m"), "%% stands alone\nassert(offset(0) == 10);\n");
}

/// Class-based tests: a parameter (RunMat 0.6.2 applies it to every test
/// method), a method setup, a passing and a failing method.
fn class_suite(root: &Path) {
    write(
        &root.join("tests/ClassTest.m"),
        "classdef ClassTest < matlab.unittest.TestCase\n\
         properties (TestParameter)\n    n = {1, 2};\nend\n\
         methods (TestMethodSetup)\n    function prepare(testCase)\n        fprintf('method setup\\n');\n    end\nend\n\
         methods (Test)\n\
         function testOne(testCase, n)\n    verifyEqual(testCase, n + n, 2 * n);\nend\n\
         function testTwo(testCase)\n    verifyEqual(testCase, 1 + 1, 3);\nend\n\
         end\nend\n",
    );
}

fn report_of(root: &Path, name: &str) -> (std::path::PathBuf, String) {
    let dirs: Vec<_> = std::fs::read_dir(root.join("test-results")).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(dirs.len(), 1, "{dirs:?}");
    let file = dirs[0].join(name);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    (file, text)
}

#[test]
fn tests_run_with_runmats_outcomes_reports_and_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    running_suite(&root);
    // Files are stamped only once unchanged for the stamps' margin (2 s): then
    // a run can tell, by stamps alone, that the library did not change.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let cache = root.join("cache");
    let run = |args: &[&str]| {
        let mut all = vec!["test"];
        all.extend_from_slice(args);
        cmd(&cache, &all).current_dir(&root).output().unwrap()
    };
    let first = run(&["--report", "human", "--report", "json"]);
    failed(&first, 1);
    // Test files run in worker processes, which open the library's snapshot: written first.
    assert!(!cached_snapshots(&cache).is_empty(), "the first run writes the library's snapshot");
    let human = text(&first.stdout);
    let (_, json) = report_of(&root, "test-results.json");
    assert!(human.ends_with("8 tests: 2 passed, 6 failed, 4 incomplete\n"), "{human}\n{json}");
    assert_eq!(human.lines().filter(|l| l.ends_with(" ... Passed")).count(), 2, "{human}");
    assert_eq!(human.lines().filter(|l| l.ends_with(" ... Filtered")).count(), 1, "{human}");

    // The JSON report is RunMat's: per test, its outcome and diagnostics.
    let (file, json) = report_of(&root, "test-results.json");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["schema_version"], 1);
    let run_id = report["result"]["run_id"].as_str().unwrap();
    let dir = file.parent().unwrap().file_name().unwrap().to_str().unwrap();
    assert_eq!(dir.len(), 64, "the run's folder is named by the SHA-256 of its run id ({run_id})");
    let names: std::collections::BTreeMap<String, String> = listed(&ok(&run(&["--list"]))).into_iter().map(|(id, name, _)| (id, name)).collect();
    let mut outcome = std::collections::BTreeMap::new();
    for t in report["result"]["tests"].as_array().unwrap() {
        let attempt = t["attempts"].as_array().unwrap().last().unwrap().clone();
        let name = names[t["test_id"].as_str().unwrap()].clone();
        let messages: Vec<String> = attempt["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| format!("{}: {}", d["identifier"].as_str().unwrap(), d["message"].as_str().unwrap()))
            .collect();
        outcome.insert(name, (attempt["state"]["disposition"].as_str().unwrap().to_string(), messages, attempt["output"].as_str().unwrap().to_string()));
    }
    let expect = |name: &str, disposition: &str, message: &str| {
        let (d, messages, _) = &outcome[name];
        assert_eq!(d, disposition, "{name}: {messages:?}");
        assert!(messages.iter().any(|m| m.contains(message)), "{name}: {messages:?}");
    };
    assert_eq!(outcome["mathTest/testScale"].0, "passed");
    assert_eq!(outcome["mathTest/testScale"].2, "setup\nteardown\n", "fixtures run around the body, their output captured");
    expect("mathTest/testScaleWrong", "failed", "RunMat:Test:VerificationFailed: verifyEqual failed");
    expect("mathTest/testError", "failed", "runmat:test:UncaughtError: boom 3");
    expect("mathTest/testAssume", "filtered", "RunMat:Test:AssumptionFailed");
    expect("mathTest/testAssert", "failed", "RunMat:Test:AssertionFailed");
    assert!(!outcome["mathTest/testAssert"].2.contains("not reached"));
    // RunMat 0.6.2's own quirk: a logical from a comparison is not `true` to verifyTrue.
    expect("mathTest/testTolerance", "failed", "verifyTrue failed");
    // Code before the first `%%` belongs to no section.
    expect("preambleTest/uses the preamble", "failed", "x");
    assert_eq!(outcome["sectionTest/stands alone"].0, "passed");

    // The next run starts from the library's snapshot; an edited library
    // function is seen at once.
    let second = run(&[]);
    let stderr = failed(&second, 1);
    assert!(!stderr.contains("not using a snapshot"), "{stderr}");
    assert_eq!(text(&second.stdout), human);
    assert!(!cached_snapshots(&cache).is_empty());
    // A build publishes a new file (a new inode); a run only touches it (for eviction).
    let built = |p: &Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(p).unwrap());
    let snapshot = cached_snapshots(&cache).pop().unwrap();
    let before = built(&snapshot);
    let _ = run(&[]);
    assert_eq!(built(&snapshot), before, "an unchanged library is not written again");
    write(&root.join("tests/scale.m"), "function y = scale(x, k)\n  y = x * k + 1;\nend\n");
    let edited = text(&run(&["--name", "testScaleWrong"]).stdout);
    assert!(edited.ends_with("1 tests: 1 passed, 0 failed, 0 incomplete\n"), "{edited}");
    // The workers compiled the edited file; the run then refreshed the snapshot for the next one.
    assert_ne!(built(&snapshot), before, "the snapshot is refreshed after an edit");

    // In this process, one session per file: the same results.
    let _ = std::fs::remove_dir_all(root.join("test-results"));
    let in_process = run(&["--isolation", "session", "--report", "json"]);
    failed(&in_process, 1);
    let (_, json_session) = report_of(&root, "test-results.json");
    let _ = std::fs::remove_dir_all(root.join("test-results"));
    let processes = run(&["--isolation", "process", "-j", "2", "--report", "json"]);
    failed(&processes, 1);
    let (_, json_process) = report_of(&root, "test-results.json");
    assert_eq!(json_session, json_process, "session and process isolation give the same report");

    // All passing: exit 0, and the other reports are counted.
    let passing = run(&["--name", "stands alone", "--report", "human", "--report", "tap", "--report", "junit"]);
    let stderr = ok(&passing);
    assert!(text(&passing.stderr).contains("Reports: "), "{stderr}");
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

/// `rmsnap test` and `runmat test` on the same suite: the same human report,
/// exit code and report files, byte for byte.
#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn results_and_reports_are_runmats() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().canonicalize().unwrap();
    type Suite = fn(&Path);
    let cases: [(&str, Suite); 3] = [("functions", function_suite), ("sections", section_suite), ("classes", class_suite)];
    for (name, suite) in cases {
        let root = base.join(name);
        suite(&root);
        compare_with_runmat(&root);
    }
}

fn compare_with_runmat(root: &Path) {
    for args in [vec![], vec!["--report", "json", "--report", "junit", "--report", "tap", "--report", "human"], vec!["--name", "e", "--report", "json"]] {
        let mut all = vec!["test"];
        all.extend_from_slice(&args);
        let _ = std::fs::remove_dir_all(root.join("test-results"));
        let ours = cmd(&root.join("cache"), &all).current_dir(root).output().unwrap();
        let ours_reports = read_reports(root);
        let _ = std::fs::remove_dir_all(root.join("test-results"));
        let theirs = cmd_of(runmat_bin().to_str().unwrap(), &root.join("cache"), &all).current_dir(root).output().unwrap();
        let theirs_reports = read_reports(root);
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}: {}", text(&theirs.stderr));
        assert_eq!(text(&ours.stdout), text(&theirs.stdout), "{args:?}");
        assert_eq!(ours_reports, theirs_reports, "{args:?}");
    }
}

/// Every report file below `test-results/`, by path.
fn read_reports(root: &Path) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for dir in std::fs::read_dir(root.join("test-results")).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let key = format!("{}/{}", dir.file_name().to_string_lossy(), f.file_name().to_string_lossy());
            out.insert(key, std::fs::read_to_string(f.path()).unwrap());
        }
    }
    out
}

/// A script calling `runtests` on a test file beside it (RunMat 0.6.2's
/// `runtests` sees a function file when it is in the current folder, beside the test).
fn runtests_folder(root: &Path) -> std::path::PathBuf {
    write(&root.join("helper6.m"), "function y = helper6(x)\n  y = x + 1;\nend\n");
    write(
        &root.join("aTest.m"),
        "function tests = aTest()\n  tests = functiontests(localfunctions);\nend\n\
         function testGood(testCase)\n  verifyEqual(testCase, helper6(1), 2);\nend\n\
         function testBad(testCase)\n  verifyEqual(testCase, helper6(1), 3);\nend\n",
    );
    write(&root.join("rt.m"), "r = runtests(\"aTest.m\");\ndisp(numel(r)); disp([r.Passed]); n = {r.Name}; disp(n); d = {r.Details}; disp(d);\n")
}

#[test]
fn class_based_tests_run() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    class_suite(&root);
    let out = cmd(&root.join("cache"), &["test"]).current_dir(&root).output().unwrap();
    failed(&out, 1);
    assert!(text(&out.stdout).ends_with("4 tests: 2 passed, 2 failed, 2 incomplete\n"), "{}", text(&out.stdout));
}

#[test]
fn runtests_works_in_a_script_run() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let script = runtests_folder(&root);
    // The order is the plan's, by test ids, which depend on the folder's path.
    let expected = [
        "2\n[0, 1]\n    ['aTest/testBad', 'aTest/testGood']\n    ['verifyEqual failed', '']\n",
        "2\n[1, 0]\n    ['aTest/testGood', 'aTest/testBad']\n    ['', 'verifyEqual failed']\n",
    ];
    for run in ["from source", "from the snapshot"] {
        let out = cmd(&root.join("cache"), &["run", s(&script)]).current_dir(&root).output().unwrap();
        let printed = ok(&out);
        assert!(expected.contains(&printed.as_str()), "{run}: {printed}");
    }
}

#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn runtests_prints_what_runmat_prints() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let script = runtests_folder(&root);
    let ours = cmd(&root.join("cache"), &["run", s(&script)]).current_dir(&root).output().unwrap();
    let theirs = cmd_of(runmat_bin().to_str().unwrap(), &root.join("cache"), &[s(&script)]).current_dir(&root).output().unwrap();
    assert_eq!(ours.status.code(), theirs.status.code());
    assert_eq!(text(&ours.stdout), text(&theirs.stdout));
}

/// A test that hangs past its deadline, or makes RunMat's compiler crash,
/// ends only itself: its worker process is stopped (or dies), the others run.
#[test]
fn a_hanging_or_crashing_test_file_takes_down_only_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    write(
        &root.join("tests/hangTest.m"),
        "function tests = hangTest()\n  tests = functiontests(localfunctions);\nend\n\
         function testForever(testCase)\n  k = 0;\n  while true\n    k = k + 1;\n  end\nend\n",
    );
    // RunMat 0.6.2's bytecode compiler recurses without end on this function (see crash_isolation.rs).
    write(
        &root.join("tests/crashTest.m"),
        "function tests = crashTest()\n  tests = functiontests(localfunctions);\nend\n\
         function testPick(testCase)\n  pick(0);\nend\n\
         function v = pick(k)\n  table = [10, 20, 30];\n  if k < 0\n  end\n  k = k + 1;\n  if 3 < k\n    v = table(k);\n  end\nend\n",
    );
    write(
        &root.join("tests/fineTest.m"),
        "function tests = fineTest()\n  tests = functiontests(localfunctions);\nend\nfunction testFine(testCase)\n  verifyEqual(testCase, 1, 1);\nend\n",
    );
    let out = cmd(&root.join("cache"), &["test", "--timeout-ms", "3000", "--report", "json", "--report", "human"]).current_dir(&root).output().unwrap();
    let human = text(&out.stdout);
    assert!(human.ends_with("3 tests: 1 passed, 2 failed, 2 incomplete\n"), "{human}\n{}", text(&out.stderr));
    let (_, json) = report_of(&root, "test-results.json");
    assert!(json.contains("\"timed_out\""), "{json}");
    assert!(json.contains("\"crashed\""), "{json}");
    // A dead worker is an infrastructure failure to RunMat's coordinator: exit 2.
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    // The hanging test's worker was killed, not left running: no process works in the suite's folder.
    let left: Vec<String> = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().bytes().all(|b| b.is_ascii_digit()))
        .filter(|e| std::fs::read_link(e.path().join("cwd")).is_ok_and(|cwd| cwd == root))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.is_empty(), "test workers left running: {left:?}");
}

/// `--affected`: a test runs again when a function it reached (by the call
/// lists, or by a name computed at run time) or its own file changed, or when
/// it did not pass; every other test is left out, and each selection says why.
#[test]
fn affected_runs_only_the_tests_a_change_reaches_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    write(&root.join("tests/base.m"), "function y = base(x)\n  y = x + 1;\nend\n");
    write(&root.join("tests/mid.m"), "function y = mid(x)\n  y = 2 * base(x);\nend\n");
    write(&root.join("tests/other.m"), "function y = other(x)\n  y = -x;\nend\n");
    write(&root.join("tests/dyn_target.m"), "function y = dyn_target(x)\n  y = x * 10;\nend\n");
    let suite = |name: &str, body: &str| {
        write(
            &root.join(format!("tests/{name}.m")),
            &format!("function tests = {name}()\n  tests = functiontests(localfunctions);\nend\nfunction testIt(testCase)\n  {body}\nend\n"),
        )
    };
    suite("midTest", "verifyEqual(testCase, mid(1), 4);");
    suite("otherTest", "verifyEqual(testCase, other(1), -1);");
    suite("dynTest", "verifyEqual(testCase, feval(['dyn_', 'target'], 2), 20);");
    suite("failTest", "verifyEqual(testCase, 1, 2);");
    let cache = root.join("cache");
    let run = |args: &[&str]| {
        let mut all = vec!["test", "--affected"];
        all.extend_from_slice(args);
        let out = cmd(&cache, &all).current_dir(&root).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "only failTest fails: {}{}", text(&out.stdout), text(&out.stderr));
        let stderr = text(&out.stderr);
        let mut why: Vec<String> = stderr.lines().filter_map(|l| l.strip_prefix("  ")).map(str::to_string).collect();
        why.sort();
        (why, text(&out.stdout))
    };
    let line = |test: &str, why: &str| format!("{test}/testIt (tests/{test}.m): {why}");

    let (why, out) = run(&[]);
    assert_eq!(why, ["dynTest", "failTest", "midTest", "otherTest"].map(|t| line(t, "no earlier run recorded")), "{out}");
    assert!(out.ends_with("4 tests: 3 passed, 1 failed, 0 incomplete\n"), "{out}");
    let records: Vec<_> = std::fs::read_dir(cache.join("rmsnap/sets")).unwrap().flatten().filter(|e| e.path().to_string_lossy().ends_with(".reach")).collect();
    assert_eq!(records.len(), 1, "the records lie beside the snapshot");

    // Nothing changed: only the test that did not pass.
    let (why, out) = run(&[]);
    assert_eq!(why, [line("failTest", "did not pass last time")], "{out}");
    assert!(out.ends_with("1 tests: 0 passed, 1 failed, 0 incomplete\n"), "{out}");

    // A function reached through another's call list.
    write(&root.join("tests/base.m"), "function y = base(x)\n  y = x + 2;\nend\n");
    let (why, out) = run(&[]);
    assert_eq!(why, [line("failTest", "did not pass last time"), line("midTest", "`base` changed (project.tests/base.m)")], "{out}");
    assert!(out.ends_with("2 tests: 0 passed, 2 failed, 0 incomplete\n"), "mid(1) is 6 now: {out}");

    // A name computed at run time, recorded when it was called (in this process too).
    write(&root.join("tests/base.m"), "function y = base(x)\n  y = x + 1;\nend\n");
    write(&root.join("tests/dyn_target.m"), "function y = dyn_target(x)\n  y = 10 * x;\nend\n");
    let (why, _) = run(&["--isolation", "session"]);
    assert_eq!(
        why,
        [
            line("dynTest", "`dyn_target` changed (project.tests/dyn_target.m)"),
            line("failTest", "did not pass last time"),
            line("midTest", "did not pass last time")
        ]
    );

    // The test's own file; and nothing else is selected.
    suite("otherTest", "verifyEqual(testCase, other(2), -2);");
    let (why, out) = run(&[]);
    assert_eq!(why, [line("failTest", "did not pass last time"), line("otherTest", "its test file changed")], "{out}");

    // A damaged records file is said and counts as none: every test runs.
    std::fs::write(records[0].path(), b"{ not json").unwrap();
    let out = cmd(&cache, &["test", "--affected"]).current_dir(&root).output().unwrap();
    let stderr = text(&out.stderr);
    assert!(stderr.contains("warning: reach records not used, every test is selected:") && stderr.contains("affected: 4 of 4 tests"), "{stderr}");
}
