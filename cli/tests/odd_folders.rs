//! #34: folders as real projects have them — example scripts with local
//! functions, files whose `function` line names another function, two files
//! declaring one name, files RunMat cannot parse, files RunMat's compiler
//! crashes on. A generator mixes them (deterministically, by seed) and checks
//! that no run dies from a signal, that the snapshot run prints what the source
//! run prints, and that the cache converges: after at most one rebuild every
//! script of the folder is served from the snapshot.

mod common;

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Output;

use common::*;
use integration_tests::synth::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Odd {
    /// `ok_k.m`, an ordinary function.
    Good,
    /// `example_k.m`: a script that ends with a local function.
    ScriptWithLocals,
    /// `renamed_k.m` declares `declared_k`: called by its file name.
    Mismatch,
    /// `dupa_k.m` and `dupb_k.m` both declare `dup_k`.
    Duplicate,
    /// `broken_k.m`: a syntax error.
    Unparsable,
    /// `noend_k.m`: a function without `end` (RunMat 0.6.2 requires it).
    NoEnd,
    /// `pick_k.m`: RunMat's bytecode compiler recurses until the stack overflows.
    Crashing,
}

const KINDS: [Odd; 7] = [Odd::Good, Odd::ScriptWithLocals, Odd::Mismatch, Odd::Duplicate, Odd::Unparsable, Odd::NoEnd, Odd::Crashing];

/// Writes one odd file (or two) for `k`; returns the lines `main.m` runs to call it.
fn lay(dir: &Path, odd: Odd, k: usize) -> String {
    let guarded = |call: &str| format!("try\n  fprintf('%d\\n', {call});\ncatch e\n  disp(e.message);\nend\n");
    match odd {
        Odd::Good => {
            write(&dir.join(format!("ok_{k}.m")), &format!("function y = ok_{k}(x)\n  y = x + {k};\nend\n"));
            guarded(&format!("ok_{k}(1)"))
        }
        Odd::ScriptWithLocals => {
            write(
                &dir.join(format!("example_{k}.m")),
                &format!("fprintf('example %d\\n', helper_{k}({k}));\n\nfunction r = helper_{k}(x)\n  r = 10 * x;\nend\n"),
            );
            // Its local function is the script's own: not callable from main.
            guarded(&format!("helper_{k}(1)"))
        }
        Odd::Mismatch => {
            write(&dir.join(format!("renamed_{k}.m")), &format!("function y = declared_{k}(x)\n  y = 100 * x + {k};\nend\n"));
            guarded(&format!("renamed_{k}(1)")) + &guarded(&format!("declared_{k}(1)"))
        }
        Odd::Duplicate => {
            write(&dir.join(format!("dupa_{k}.m")), &format!("function y = dup_{k}(x)\n  y = 1000 + x;\nend\n"));
            write(&dir.join(format!("dupb_{k}.m")), &format!("function y = dup_{k}(x)\n  y = 2000 + x;\nend\n"));
            guarded(&format!("dupa_{k}(1)")) + &guarded(&format!("dupb_{k}(1)")) + &guarded(&format!("dup_{k}(1)"))
        }
        Odd::Unparsable => {
            write(&dir.join(format!("broken_{k}.m")), &format!("function y = broken_{k}(x)\n  y = (x + ;\nend\n"));
            guarded(&format!("broken_{k}(1)"))
        }
        Odd::NoEnd => {
            write(&dir.join(format!("noend_{k}.m")), &format!("function y = noend_{k}(x)\n  y = x - {k};\n"));
            guarded(&format!("noend_{k}(1)"))
        }
        Odd::Crashing => {
            write(
                &dir.join(format!("pick_{k}.m")),
                &format!("function v = pick_{k}(k)\n  table = [10, 20, 30];\n  if k < 0\n  end\n  k = k + 1;\n  if 3 < k\n    v = table(k);\n  end\nend\n"),
            );
            guarded(&format!("pick_{k}(1)"))
        }
    }
}

fn stats(out: &Output) -> serde_json::Value {
    serde_json::from_str(text(&out.stderr).lines().last().unwrap_or("")).unwrap_or(serde_json::Value::Null)
}

fn alive(out: &Output, what: &str) {
    assert_eq!(out.status.signal(), None, "{what}: killed by a signal\nstderr:\n{}", text(&out.stderr));
    assert!(matches!(out.status.code(), Some(0 | 1)), "{what}: exit {:?}\nstderr:\n{}", out.status, text(&out.stderr));
}

#[test]
fn odd_folders_never_kill_a_run_agree_with_source_and_converge() {
    let tmp = tempfile::tempdir().unwrap();
    let seeds: u64 = std::env::var("RMSNAP_ODD_SEEDS").ok().and_then(|v| v.parse().ok()).unwrap_or(6);
    for seed in 1..=seeds {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed);
        let dir = tmp.path().join(format!("seed{seed}"));
        let cache = tmp.path().join(format!("cache{seed}"));
        // Every seed has a good function; the rest are drawn.
        let mut kinds = vec![Odd::Good];
        kinds.extend((0..4).map(|_| KINDS[rng.below(KINDS.len())]));
        let mut main = String::new();
        for (k, odd) in kinds.iter().enumerate() {
            main += &lay(&dir, *odd, k);
        }
        write(&dir.join("main.m"), &main);
        let mut scripts = vec!["main.m".to_string()];
        scripts.extend(kinds.iter().enumerate().filter(|(_, o)| **o == Odd::ScriptWithLocals).map(|(k, _)| format!("example_{k}.m")));
        let case = format!("seed {seed} {kinds:?}");
        let run = |script: &str, args: &[&str]| cmd(&cache, &[&["run", script], args].concat()).current_dir(&dir).output().unwrap();
        for script in &scripts {
            let what = format!("{case}: {script}");
            let source = run(script, &["--no-snapshot"]);
            alive(&source, &format!("{what} --no-snapshot"));
            // The first run writes the cache, a second may rewrite it once; the third is served from it.
            let mut last = None;
            for attempt in 1..=3 {
                let out = run(script, &["--stats=json"]);
                alive(&out, &format!("{what} run {attempt}"));
                assert_eq!(text(&out.stdout), text(&source.stdout), "{what} run {attempt}: stdout differs from source");
                assert_eq!(out.status.code(), source.status.code(), "{what} run {attempt}");
                last = Some(stats(&out));
            }
            let last = last.unwrap();
            assert_eq!(last["mode"], "snapshot", "{what}: still not served from the snapshot after two rebuilds: {last}");
        }
    }
}

/// RunMat binds declared names, the last declaration in path order winning in a
/// folder compiled with the script: a file added that is named for a name
/// another file declares does not take it over when it sorts first. The run
/// after the addition agrees with the source run (the build decides).
#[test]
fn a_file_added_named_for_a_declared_name_is_decided_by_the_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("lib"), tmp.path().join("cache"));
    write(&dir.join("zz.m"), "function y = aa(x)\n  y = 100 + x;\nend\n");
    write(&dir.join("main.m"), "fprintf('%d\\n', aa(1));\n");
    let run = |args: &[&str]| cmd(&cache, &[&["run", "main.m"], args].concat()).current_dir(&dir).output().unwrap();
    assert_eq!(ok(&run(&[])), "101\n");
    assert_eq!(ok(&run(&["--snapshot-policy", "require"])), "101\n");
    // `aa.m` sorts before `zz.m`: zz.m's `aa` stays the last declaration.
    write(&dir.join("aa.m"), "function y = aa(x)\n  y = 200 + x;\nend\n");
    let source = ok(&run(&["--no-snapshot"]));
    assert_eq!(source, "101\n");
    assert_eq!(ok(&run(&[])), source, "the run after the addition");
    assert_eq!(ok(&run(&["--snapshot-policy", "require"])), source, "the rebuilt snapshot");
}
