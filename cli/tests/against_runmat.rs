//! `rmsnap run script.m` against the real `runmat script.m` 0.6.2, for the
//! integration corpus in each layout RunMat reads (script folder, `runmat.toml`
//! project, `RUNMAT_PATH`): the same stdout, error report and exit status, from
//! source and from the automatic snapshot. Runs when `RUNMAT_BIN` names the binary
//! (`RUNMAT_BIN=$(bash scripts/install-runmat.sh)`; `.ci/run` sets it when the
//! binary is installed and `scripts/test.sh` then runs these `#[ignore]`d tests).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// Failures of `runmat` 0.6.2 itself that rmsnap does not reproduce: its
/// in-process acceleration provider (registered even when acceleration is
/// disabled) offloads small tensors and then cannot read them back, and its
/// per-file compile of a search-path function rejects functions whose locals it
/// cannot prove assigned ("local may be read before ...").
const RUNMAT_DEFECTS: &[&str] = &["cannot convert GpuTensor", "local may be read before"];

/// The binary these tests compare against; run without it, they fail (they are `#[ignore]`d).
fn runmat_bin() -> std::ffi::OsString {
    std::env::var_os("RUNMAT_BIN").filter(|v| !v.is_empty()).expect("RUNMAT_BIN names the runmat 0.6.2 binary")
}

#[derive(Clone, Copy, Debug)]
enum Layout {
    ScriptFolder,
    Project,
    SearchPath,
}

struct Corpus {
    scripts: Vec<PathBuf>,
    env: Vec<(&'static str, PathBuf)>,
}

fn corpus_scripts() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join("integration-tests/scripts"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "m"))
        .collect();
    v.sort();
    v.extend(display_scripts());
    v
}

/// Scripts about what RunMat prints beyond `fprintf`: unsuppressed results and
/// error reports (stderr is compared too).
fn display_scripts() -> Vec<PathBuf> {
    let dir = repo().join("cli/tests/against-runmat");
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "m")).collect()).unwrap_or_default();
    v.sort();
    v
}

fn lay_out(root: &Path, layout: Layout) -> Corpus {
    let lib = match layout {
        Layout::ScriptFolder => root.to_path_buf(),
        Layout::Project => root.join("lib"),
        Layout::SearchPath => root.join("lib"),
    };
    std::fs::create_dir_all(&lib).unwrap();
    for f in std::fs::read_dir(repo().join("bridge/toolbox")).unwrap().flatten() {
        if f.path().extension().is_some_and(|x| x == "m") {
            std::fs::copy(f.path(), lib.join(f.file_name())).unwrap();
        }
    }
    let scripts_dir = match layout {
        Layout::SearchPath => root.join("run"),
        _ => root.to_path_buf(),
    };
    if let Layout::Project = layout {
        write(&root.join("runmat.toml"), "[package]\nname = \"corpus\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"lib\"]\n");
    }
    std::fs::create_dir_all(&scripts_dir).unwrap();
    let scripts = corpus_scripts()
        .iter()
        .map(|s| {
            let to = scripts_dir.join(s.file_name().unwrap());
            std::fs::copy(s, &to).unwrap();
            to
        })
        .collect();
    let env = match layout {
        Layout::SearchPath => vec![("RUNMAT_PATH", lib)],
        _ => Vec::new(),
    };
    Corpus { scripts, env }
}

fn in_layout(mut c: Command, script: &Path, corpus: &Corpus) -> (String, String, Option<i32>) {
    c.current_dir(script.parent().unwrap());
    for (k, v) in &corpus.env {
        c.env(k, v);
    }
    let out = c.output().expect("spawn");
    (text(&out.stdout), text(&out.stderr), out.status.code())
}

/// Stderr without what only one side prints: runmat's log lines (`[time LEVEL
/// ...]`), rmsnap's warnings about its snapshot and its `--stats=json` line.
fn report(stderr: &str) -> String {
    stderr.lines().filter(|l| !l.starts_with('[') && !l.starts_with("warning:") && !l.starts_with('{')).map(|l| format!("{l}\n")).collect()
}

#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn rmsnap_prints_what_runmat_prints_in_every_layout() {
    let runmat = runmat_bin();
    let runmat = PathBuf::from(runmat);
    assert!(runmat.is_file(), "RUNMAT_BIN={} is not a file", runmat.display());
    let (mut same, mut defects) = (0, Vec::new());
    for layout in [Layout::ScriptFolder, Layout::Project, Layout::SearchPath] {
        let (same_before, defects_before) = (same, defects.len());
        let tmp = tempfile::tempdir().unwrap();
        let (cache, root) = (tmp.path().join("cache"), tmp.path().join("work"));
        let corpus = lay_out(&root, layout);
        for script in &corpus.scripts {
            let name = script.file_name().unwrap().to_str().unwrap();
            let theirs = in_layout(cmd_of(runmat.to_str().unwrap(), &cache, &[name]), script, &corpus);
            let first = in_layout(cmd(&cache, &["run", name]), script, &corpus);
            let second = in_layout(cmd(&cache, &["run", name, "--snapshot-policy", "require", "--stats=json"]), script, &corpus);
            // A script that does not compile ends before any stats; every other
            // second run is served from the snapshot the first one wrote.
            if second.1.lines().any(|l| l.starts_with('{')) {
                assert!(second.1.contains("\"mode\":\"snapshot\""), "{layout:?} {name}: the second run did not use the snapshot:\n{}", second.1);
            } else {
                assert!(name.starts_with("error_") && second.2 == Some(1), "{layout:?} {name}: no stats:\n{}", second.1);
            }
            assert_eq!((&first.0, report(&first.1), first.2), (&second.0, report(&second.1), second.2), "{layout:?} {name}: source and snapshot runs differ");
            if let Some(defect) = RUNMAT_DEFECTS.iter().find(|d| theirs.1.contains(*d)) {
                assert_eq!(theirs.2, Some(1), "{layout:?} {name}");
                defects.push(format!("{layout:?} {name}: runmat fails with \"{defect}\""));
                continue;
            }
            assert_eq!(first.0, theirs.0, "{layout:?} {name}: stdout differs from runmat's (runmat stderr:\n{})", theirs.1);
            assert_eq!(report(&first.1), report(&theirs.1), "{layout:?} {name}: the error report differs from runmat's");
            assert_eq!(first.2, theirs.2, "{layout:?} {name}: exit status differs from runmat's (rmsnap stderr:\n{}\nrunmat stderr:\n{})", first.1, theirs.1);
            same += 1;
        }
        // Where RunMat compiles the folder as one unit, most of the corpus runs on
        // it and is compared; on the search path 0.6.2 fails nearly everything.
        let (compared, excused) = (same - same_before, defects.len() - defects_before);
        if !matches!(layout, Layout::SearchPath) {
            assert!(compared > 2 * excused, "{layout:?}: only {compared} compared, {excused} excused");
        }
    }
    eprintln!("{same} script runs identical to runmat; {} where runmat 0.6.2 itself fails:\n{}", defects.len(), defects.join("\n"));
}

/// `rmsnap repl` against `runmat repl` with the same piped input in a folder of
/// function files: the same stdout, the same reports on stderr (compile errors
/// in full, runtime errors and warnings as one `code: message` line each),
/// from source (the first session) and from the snapshot it built (the next).
#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn rmsnap_repl_prints_what_runmat_repl_prints() {
    let runmat = runmat_bin();
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("work"));
    std::fs::create_dir_all(&dir).unwrap();
    let inputs = repo().join("cli/tests/against-runmat/repl");
    for e in std::fs::read_dir(&inputs).unwrap().flatten() {
        std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
    let mut sessions = vec![std::fs::read_to_string(inputs.join("session.txt")).unwrap()];
    sessions.extend(display_scripts().iter().map(|p| std::fs::read_to_string(p).unwrap()));
    let repl = |bin: &str, input: &str| {
        let mut c = cmd_of(bin, &cache, &["repl"]);
        c.current_dir(&dir).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
        let mut child = c.spawn().expect("spawn");
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        (text(&out.stdout), text(&out.stderr), out.status.code())
    };
    for (i, input) in sessions.iter().enumerate() {
        let theirs = repl(runmat.to_str().unwrap(), input);
        for run in ["source", "snapshot"] {
            let ours = repl(RMSNAP, input);
            if run == "snapshot" {
                assert!(!ours.1.contains("not using a snapshot"), "session {i}: the second session did not start from its snapshot:\n{}", ours.1);
            }
            assert_eq!(ours.0, theirs.0, "session {i} ({run}): stdout differs from runmat repl's");
            assert_eq!(report(&ours.1), report(&theirs.1), "session {i} ({run}): stderr differs from runmat repl's");
            assert_eq!(ours.2, theirs.2, "session {i} ({run}): exit status");
        }
    }
}

/// The layouts of `cli/tests/layouts/` (see `layouts.rs`): `runmat
/// main.m` prints what was recorded for each, and `rmsnap run` prints the
/// same, from source and from the snapshot.
#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn rmsnap_runs_each_recorded_layout_as_runmat_does() {
    let runmat = runmat_bin();
    let runmat = runmat.to_str().unwrap().to_string();
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    for case in common::layouts::cases(&tmp.path().join("work")) {
        let script = case.script_arg();
        let theirs = case.run(cmd_of(&runmat, &cache, &[&script]));
        assert_eq!(theirs, case.expected, "{}: runmat no longer prints what was recorded", case.name);
        assert_eq!(case.run(cmd(&cache, &["run", &script])), theirs, "{}: from source", case.name);
        assert_eq!(case.run(cmd(&cache, &["run", &script, "--snapshot-policy", "require"])), theirs, "{}: from the snapshot", case.name);
    }
}

/// The two rules the external corpus showed (`external_corpus.rs`): a name
/// that matches a builtin in another letter case is compiled as a builtin
/// call outside its search-path folder (`layouts/builtin-name-case`), and a
/// function file RunMat's bytecode compiler rejects fails the unit it is
/// compiled in — the script's compile (`unit-rejected/`), or every call that
/// loads its search-path folder (`layouts/path-unit-rejected`). rmsnap prints
/// what runmat prints, from source and from the snapshot (twice).
#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn builtin_name_case_and_rejected_unit_files_print_what_runmat_prints() {
    let runmat = runmat_bin();
    let runmat = runmat.to_str().unwrap().to_string();
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let work = tmp.path().join("work");
    let recorded = common::layouts::cases(&work).into_iter().filter(|c| c.name == "builtin-name-case" || c.name == "path-unit-rejected");
    let rejected = common::layouts::unit_rejected_cases(&work.join("unit-rejected"));
    let cases: Vec<_> = recorded.chain(rejected).collect();
    assert_eq!(cases.len(), 4);
    for case in &cases {
        let script = case.script_arg();
        let theirs = case.run(cmd_of(&runmat, &cache, &[&script]));
        assert_eq!(theirs, case.expected, "{}: runmat no longer prints what was recorded", case.name);
        assert_eq!(case.run(cmd(&cache, &["run", &script, "--no-snapshot"])), theirs, "{}: from source", case.name);
        assert_eq!(case.run(cmd(&cache, &["run", &script])), theirs, "{}: first run", case.name);
        // The first run wrote the snapshot; a script that does not compile writes none.
        if theirs.contains("RunMat:CompileError") {
            assert!(case.run(cmd(&cache, &["build", &script])).ends_with("--- exit 0\n"), "{}: build", case.name);
        }
        for attempt in 1..=2 {
            let ours = case.run(cmd(&cache, &["run", &script, "--snapshot-policy", "require"]));
            assert_eq!(ours, theirs, "{}: from the snapshot ({attempt})", case.name);
        }
    }
}
