//! `rmsnap run script.m` as a drop-in for `runmat script.m`: the folders RunMat
//! reads for a script (its folder, a `runmat.toml` project's source roots,
//! `RUNMAT_PATH`) are found without flags, and a snapshot for that library set
//! is written by the first run and used by the next, with the same output.

mod common;

use std::path::Path;

use common::*;

/// Runs `script` twice with `--stats`: the first from source (writing the
/// cache), the second from the snapshot. Returns both stdouts.
fn twice(cache: &Path, script: &Path, env: &[(&str, &str)]) -> (String, String) {
    let run = || {
        let mut c = cmd(cache, &["run", s(script), "--stats"]);
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let first = run();
    let out1 = ok(&first);
    let err1 = text(&first.stderr);
    assert!(err1.contains("snapshot: not used"), "{err1}");
    assert!(err1.contains("cache: wrote"), "{err1}");
    let second = run();
    let out2 = ok(&second);
    let err2 = text(&second.stderr);
    assert!(err2.contains("(used)"), "{err2}");
    assert!(!err2.contains("warning"), "{err2}");
    (out1, out2)
}

#[test]
fn the_script_folder_is_read_and_the_second_run_starts_from_the_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj) = (tmp.path().join("cache"), tmp.path().join("work"));
    write(&proj.join("dq_square.m"), "function y = dq_square(x)\ny = x .^ 2 + dq_local(x);\nend\n\nfunction z = dq_local(x)\nz = 0 * x;\nend\n");
    // A script beside the script is not a library file; RunMat skips it silently.
    write(&proj.join("other_script.m"), "disp('not a function');\n");
    let script = write(&proj.join("main.m"), "fprintf('%d\\n', dq_square(7));\n");
    let (a, b) = twice(&cache, &script, &[]);
    assert_eq!((a.as_str(), b.as_str()), ("49\n", "49\n"));
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), "49\n");
    assert_eq!(cached_snapshots(&cache).len(), 1);

    // An edit is seen at once: the edited file is compiled from source and
    // linked with the rest from the snapshot; the cache is refreshed for the next run.
    write(&proj.join("dq_square.m"), "function y = dq_square(x)\ny = x .^ 3 + dq_local(x) + dq_new(x);\nend\n\nfunction z = dq_new(x)\nz = 0 * x;\nend\n\nfunction z = dq_local(x)\nz = 1 - 1;\nend\n");
    let edited = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&edited), "343\n");
    let err = text(&edited.stderr);
    let stats: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(stats["mode"], "snapshot", "{err}");
    assert_eq!(stats["functions_from_source"], 3, "dq_square and its two locals: {err}");
    assert!(stats["cache_written"].is_string(), "{err}");
    let again = rmsnap(&cache, &["run", s(&script), "--stats"]);
    assert_eq!(ok(&again), "343\n");
    let err = text(&again.stderr);
    assert!(err.contains("(used)") && !err.contains("compiled from source"), "{err}");
    assert_eq!(cached_snapshots(&cache).len(), 1, "same library set, same cache file");

    // `--stats=json`: one object on the last line of stderr.
    let out = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "343\n");
    let err = text(&out.stderr);
    let stats: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(stats["mode"], "snapshot", "{stats}");
    assert_eq!(stats["snapshot_path"].as_str().map(std::path::PathBuf::from), Some(cached_snapshots(&cache)[0].clone()));
    assert_eq!(stats["functions_from_source"], 0);
    assert!(stats["functions_from_snapshot"].as_u64().unwrap() >= 1, "{stats}");
    assert_eq!(stats["cache_key"].as_str().unwrap().len(), 32);
    assert!(stats["timings_ms"]["run"].as_f64().is_some(), "{stats}");
}

#[test]
fn a_folder_function_may_shadow_a_builtin_as_in_runmat() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj) = (tmp.path().join("cache"), tmp.path().join("work"));
    write(&proj.join("numel.m"), "function n = numel(x)\nn = 42;\nend\n");
    let script = write(&proj.join("main.m"), "fprintf('%d\\n', numel([1 2 3]));\n");
    let (a, b) = twice(&cache, &script, &[]);
    assert_eq!((a.as_str(), b.as_str()), ("42\n", "42\n"));
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), "42\n");
}

#[test]
fn runmat_path_folders_are_read_and_keyed_into_the_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let lib = tmp.path().join("lib");
    write(&lib.join("dq_path_fn.m"), "function y = dq_path_fn(x)\ny = x + 100;\nend\n");
    let script = write(&tmp.path().join("scripts/main.m"), "fprintf('%d\\n', dq_path_fn(1));\n");
    let env = [("RUNMAT_PATH", s(&lib))];
    let (a, b) = twice(&cache, &script, &env);
    assert_eq!((a.as_str(), b.as_str()), ("101\n", "101\n"));
    // Without the path entry the function does not exist, from either path.
    let err = failed(&rmsnap(&cache, &["run", s(&script)]), 1);
    assert!(err.contains("dq_path_fn"), "{err}");
    // Another library set, another cache file; both coexist.
    assert_eq!(cached_snapshots(&cache).len(), 2, "{:?}", cached_snapshots(&cache));
    let (a, _) = (ok(&cmd(&cache, &["run", s(&script), "--stats"]).env("RUNMAT_PATH", s(&lib)).output().unwrap()), ());
    assert_eq!(a, "101\n");

    // The same toolbox kept at another path (another machine's layout) is the
    // same library set: served from the same snapshot, its files found by content.
    let key_with = |lib: &Path| stats_of(&cmd(&cache, &["run", s(&script), "--stats=json"]).env("RUNMAT_PATH", lib).output().unwrap());
    let there = tmp.path().join("elsewhere/lib");
    write(&there.join("dq_path_fn.m"), "function y = dq_path_fn(x)\ny = x + 100;\nend\n");
    let (here, moved) = (key_with(&lib), key_with(&there));
    assert_eq!(here["cache_key"], moved["cache_key"]);
    assert_eq!((moved["mode"].as_str(), moved["functions_from_source"].as_u64()), (Some("snapshot"), Some(0)), "{moved}");
    // A copy that differs is seen at once.
    write(&there.join("dq_path_fn.m"), "function y = dq_path_fn(x)\ny = x + 200;\nend\n");
    let out = cmd(&cache, &["run", s(&script), "--stats=json"]).env("RUNMAT_PATH", &there).output().unwrap();
    assert_eq!(ok(&out), "201\n");
    assert_eq!(stats_of(&out)["mode"], "snapshot");
}

#[test]
fn a_runmat_toml_project_compiles_its_source_roots() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj) = (tmp.path().join("cache"), tmp.path().join("proj"));
    write(&proj.join("runmat.toml"), "[package]\nname = \"dq\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n");
    write(&proj.join("src/deep/dq_proj_fn.m"), "function y = dq_proj_fn(x)\ny = 2 * x;\nend\n");
    let script = write(&proj.join("scripts/main.m"), "fprintf('%d\\n', dq_proj_fn(21));\n");
    let (a, b) = twice(&cache, &script, &[]);
    assert_eq!((a.as_str(), b.as_str()), ("42\n", "42\n"));
    // A broken manifest is an error naming the file.
    write(&proj.join("runmat.toml"), "[package\n");
    let err = failed(&rmsnap(&cache, &["run", s(&script)]), 1);
    assert!(err.contains("runmat.toml"), "{err}");
}

#[test]
fn the_cache_can_be_off_read_only_listed_and_cleared() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj) = (tmp.path().join("cache"), tmp.path().join("work"));
    write(&proj.join("dq_one.m"), "function y = dq_one()\ny = 1;\nend\n");
    let script = write(&proj.join("main.m"), "fprintf('%d\\n', dq_one());\n");
    for mode in ["off", "readonly"] {
        let out = cmd(&cache, &["run", s(&script)]).env("RMSNAP_CACHE", mode).output().unwrap();
        assert_eq!(ok(&out), "1\n");
        assert!(cached_snapshots(&cache).is_empty(), "RMSNAP_CACHE={mode} wrote a snapshot");
    }
    let bad = cmd(&cache, &["run", s(&script)]).env("RMSNAP_CACHE", "sometimes").output().unwrap();
    assert!(text(&bad.stderr).contains("RMSNAP_CACHE=sometimes"), "{}", text(&bad.stderr));
    ok(&rmsnap(&cache, &["run", s(&script)]));
    assert_eq!(cached_snapshots(&cache).len(), 1);
    // Its stamp table beside it (what the next refresh need not read again), removed with it.
    let stamps = |snap: &std::path::Path| snap.with_extension("stamps");
    assert!(stamps(&cached_snapshots(&cache)[0]).is_file());
    let listed = ok(&rmsnap(&cache, &["cache", "list"]));
    assert!(listed.contains("1 snapshots"), "{listed}");
    // A limit below one snapshot's size evicts it.
    let evicted = cached_snapshots(&cache)[0].clone();
    let gc = cmd(&cache, &["cache", "gc"]).env("RMSNAP_CACHE_MAX", "1K").output().unwrap();
    assert!(ok(&gc).contains("removed 1"), "{}", text(&gc.stdout));
    assert!(!stamps(&evicted).exists());
    ok(&rmsnap(&cache, &["run", s(&script)]));
    let cleared = cached_snapshots(&cache)[0].clone();
    assert!(ok(&rmsnap(&cache, &["cache", "clear"])).contains("removed 1"));
    assert!(cached_snapshots(&cache).is_empty());
    assert!(!stamps(&cleared).exists());
}

/// Local functions (the second and later functions of a file) are visible only
/// inside their file, as in MATLAB: one named like a builtin (matlab2tikz's
/// `parse`) or like a local of another file is no library-wide conflict, and
/// inside its file it wins over a library function of the same name.
#[test]
fn local_functions_are_file_scoped() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, tb) = (tmp.path().join("cache"), tmp.path().join("tb"));
    write(
        &tb.join("lf_first.m"),
        "function r = lf_first()\nr = parse(2) + helper();\nend\n\nfunction r = parse(x)\nr = 10 * x;\nend\n\nfunction r = helper()\nr = 1;\nend\n",
    );
    write(
        &tb.join("lf_second.m"),
        "function r = lf_second()\nr = helper() + lf_other();\nend\n\nfunction r = helper()\nr = 2;\nend\n\nfunction r = lf_other()\nr = 100;\nend\n",
    );
    write(&tb.join("lf_other.m"), "function r = lf_other()\nr = 3;\nend\n");
    write(&tb.join("lf_third.m"), "function r = lf_third()\nr = lf_other();\nend\n");
    let script = write(&tmp.path().join("run/main.m"), "fprintf('%d %d %d\\n', lf_first(), lf_second(), lf_third());\n");
    let build = rmsnap(&cache, &["build", "--toolbox", s(&tb), "--strict"]);
    assert!(build.status.success(), "{}", text(&build.stderr));
    let out = rmsnap(&cache, &["run", s(&script), "--toolbox", s(&tb), "--snapshot-policy", "require", "--stats"]);
    assert_eq!(ok(&out), "21 102 3\n", "{}", text(&out.stderr));
    // A script cannot call another file's local function.
    let script = write(&tmp.path().join("other/local.m"), "disp(helper());\n");
    let out = rmsnap(&cache, &["run", s(&script), "--toolbox", s(&tb), "--snapshot-policy", "require"]);
    let err = failed(&out, 1);
    assert!(err.contains("helper"), "{err}");
}

#[test]
fn build_for_a_script_fills_the_cache_entry_its_first_run_uses() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("proj"));
    write(&dir.join("bs_twice.m"), "function y = bs_twice(x)\ny = 2 * x;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%d\\n', bs_twice(21));\n");
    let build = rmsnap(&cache, &["build", s(&script)]);
    assert!(build.status.success(), "{}", text(&build.stderr));
    assert_eq!(cached_snapshots(&cache).len(), 1);
    // No run has happened: the first one is already served from that snapshot.
    let out = rmsnap(&cache, &["run", s(&script), "--snapshot-policy", "require", "--stats=json"]);
    assert_eq!(ok(&out), "42\n");
    let stats = text(&out.stderr);
    assert!(stats.contains("\"mode\":\"snapshot\""), "{stats}");
    // A script that is not there is named.
    let err = failed(&rmsnap(&cache, &["build", s(&dir.join("missing.m"))]), 1);
    assert!(err.contains("missing.m"), "{err}");
}

/// Unsuppressed statements print what `runmat script.m` 0.6.2 prints (recorded
/// from the real binary; `against_runmat.rs` compares live when RUNMAT_BIN is
/// set): after the run, each top-level unsuppressed assignment or bare variable
/// with its final value, then the result value; nothing after a final `;`.
#[test]
fn unsuppressed_results_are_shown_as_runmat_shows_them() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("shown"));
    write(&dir.join("sh_twice.m"), "function y = sh_twice(x)\ny = 2 * x;\nend\n");
    let cases = [
        ("x = 5\nx = 6\nfor i=1:2\n  q = i\nend\nq\nans = 4\nans\n", "x = 6\nx = 6\nq = 2\nans = 4\nans = 4\n4\n"),
        ("x = 5\ny = [1 2 3]\n3 + 4\ndisp(x)\n", "5\nx = 5\ny =\n\n  1  2  3\n"),
        ("x=5\nfprintf(\"hi %d\\n\", 3)\n3+4\n", "hi 3\nx = 5\n7\n"),
        ("3 + 4\n", "ans = 7\n7\n"),
        ("x = 5\nif true\n  z = 1\nend\n", "x = 5\n1\n"),
        ("x = 5\ny = 3;\n", ""),
        ("y = sh_twice(21)\n", "y = 42\n42\n"),
    ];
    for (i, (script, shown)) in cases.iter().enumerate() {
        let path = write(&dir.join(format!("case{i}.m")), script);
        let source = rmsnap(&cache, &["run", s(&path), "--no-snapshot"]);
        assert_eq!(ok(&source), *shown, "from source: {script}");
        rmsnap(&cache, &["run", s(&path)]);
        let snapshot = rmsnap(&cache, &["run", s(&path), "--snapshot-policy", "require"]);
        assert_eq!(ok(&snapshot), *shown, "from the snapshot: {script}");
    }
}

/// Errors are reported as `runmat script.m` 0.6.2 reports them (recorded from
/// the real binary): message, identifier in RunMat's namespace, the line with
/// a caret, the call stack; exit status 1. From source and from the snapshot.
#[test]
fn errors_are_reported_as_runmat_reports_them() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("errs"));
    write(&dir.join("er_twice.m"), "function y = er_twice(x)\ny = 2 * x;\nend\n");
    let cases = [
        ("idx.m", "x = [1 2 3];\ny = x(5);\n", "error: Index 5 out of bounds (1 to 3)\nid: RunMat:IndexOutOfBounds\n--> idx.m:2:1\n2 | y = x(5);\n  | ^^^^^^^^\ncallstack:\n  idx.m @ idx.m:2:1\n"),
        ("raised.m", "y = er_twice(1);\nerror('my:id', 'boom %d', y);\n", "error: boom 2\nid: RunMat:id\n--> raised.m:2:1\n2 | error('my:id', 'boom %d', y);\n  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\ncallstack:\n  raised.m @ raised.m:2:1\n"),
        ("syn.m", "x = (1 + ;\n", "error: unexpected token: Semicolon (found ';')\nid: RunMat:SyntaxError\n--> syn.m:1:10\n1 | x = (1 + ;\n  |          ^\n"),
    ];
    for (name, script, report) in cases {
        write(&dir.join(name), script);
        for policy in ["auto", "auto", "require"] {
            let mut c = cmd(&cache, &["run", name, "--snapshot-policy", policy]);
            let out = c.current_dir(&dir).output().unwrap();
            let err = failed(&out, 1);
            let err: String = err.lines().filter(|l| !l.starts_with("warning:")).map(|l| format!("{l}\n")).collect();
            assert_eq!(err, report, "{name} ({policy})");
        }
    }
}

/// Names bound only at run time — `feval` of a computed string, `str2func`,
/// `cellfun`/`arrayfun` with a name or a handle made from one — reach the same
/// functions from the snapshot as from source (#16), through RunMat's own
/// call-time name resolution, including functions nothing else reaches.
#[test]
fn names_computed_at_run_time_resolve_as_from_source() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj) = (tmp.path().join("cache"), tmp.path().join("work"));
    for k in 1..=4 {
        write(&proj.join(format!("dyn_f{k}.m")), &format!("function y = dyn_f{k}(x)\ny = dyn_base(x) + {k};\nend\n"));
    }
    write(&proj.join("dyn_base.m"), "function y = dyn_base(x)\ny = 10 * x;\nend\n");
    let script = write(
        &proj.join("main.m"),
        "total = 0;\nfor k = 1:4\n  total = total + feval(sprintf('dyn_f%d', k), k);\nend\nfprintf('feval %d\\n', total);\n\
         h = str2func(['dyn_' 'f3']);\nfprintf('str2func %d\\n', h(2));\n\
         c = cellfun(['dyn_f', '2'], {1, 2});\nfprintf('cellfun %d %d\\n', c(1), c(2));\n\
         a = arrayfun(str2func(strcat('dyn_', 'f4')), [1 2 3]);\nfprintf('arrayfun %d\\n', sum(a));\n\
         fprintf('builtin %d\\n', feval(['s' 'qrt'], 16));\n",
    );
    let expected = "feval 110\nstr2func 23\ncellfun 12 22\narrayfun 72\nbuiltin 4\n";
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), expected);
    let (cold, warm) = twice(&cache, &script, &[]);
    assert_eq!((cold.as_str(), warm.as_str()), (expected, expected));
    // The snapshot run linked none of them statically: the names are not in the script's text.
    let stats = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&stats), expected);
    let err = text(&stats.stderr);
    let json: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(json["mode"], "snapshot", "{err}");
}

/// Scripts side by side in one folder share one library set, so one snapshot
/// serves all of them, whichever ran first: a script is never a library file
/// of its own run, and the other scripts bind no name. A script that does not
/// compile reports the same error under `require` as from source.
#[test]
fn scripts_in_one_folder_share_the_snapshot_whichever_ran_first() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("work"));
    write(&dir.join("sf_twice.m"), "function y = sf_twice(x)\ny = 2 * x;\nend\n");
    let scripts = [("a.m", "fprintf('%d\\n', sf_twice(1));\n"), ("b.m", "fprintf('%d\\n', sf_twice(2));\n"), ("bad.m", "x = (1 + ;\n")];
    for (name, text) in scripts {
        write(&dir.join(name), text);
    }
    let run = |name: &str, policy: &str| cmd(&cache, &["run", name, "--snapshot-policy", policy, "--stats=json"]).current_dir(&dir).output().unwrap();
    assert_eq!(ok(&run("a.m", "auto")), "2\n");
    assert_eq!(cached_snapshots(&cache).len(), 1);
    let b = run("b.m", "auto");
    assert_eq!(ok(&b), "4\n");
    let err = text(&b.stderr);
    let stats: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(stats["mode"], "snapshot", "b.m is served by the snapshot a.m's run wrote: {err}");
    assert!(!err.contains("warning"), "{err}");
    let source = cmd(&cache, &["run", "bad.m", "--no-snapshot"]).current_dir(&dir).output().unwrap();
    let report = |err: String| -> String { err.lines().filter(|l| !l.starts_with("warning:") && !l.starts_with('{')).map(|l| format!("{l}\n")).collect() };
    let expected = report(failed(&source, 1));
    assert!(expected.contains("SyntaxError"), "{expected}");
    for policy in ["auto", "require"] {
        let out = run("bad.m", policy);
        assert_eq!(report(failed(&out, 1)), expected, "bad.m ({policy})");
    }
}

fn stats_of(out: &std::process::Output) -> serde_json::Value {
    let err = text(&out.stderr);
    serde_json::from_str(err.lines().last().unwrap_or("")).unwrap_or_else(|e| panic!("{e}: {err}"))
}

/// Files are stored relative to their folder, so a moved or copied project
/// starts from its snapshot (freshness is by content), and a project that
/// moved writes its own cache file, byte for byte what its first place wrote.
#[test]
fn a_moved_or_copied_project_starts_from_its_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let first = tmp.path().join("first");
    write(&first.join("runmat.toml"), "[package]\nname = \"mv\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n");
    write(&first.join("src/mv_a.m"), "function y = mv_a(x)\ny = mv_b(x) + 1;\nend\n");
    write(&first.join("src/util/mv_b.m"), "function y = mv_b(x)\ny = 10 * x;\nend\n");
    write(&first.join("main.m"), "fprintf('%d\\n', mv_a(4));\n");
    let run = |dir: &Path| cmd(&cache, &["run", s(&dir.join("main.m")), "--stats=json"]).output().unwrap();
    assert_eq!(ok(&run(&first)), "41\n");
    let built = cached_snapshots(&cache);
    assert_eq!(built.len(), 1);

    let moved = tmp.path().join("elsewhere/renamed");
    std::fs::create_dir_all(moved.parent().unwrap()).unwrap();
    std::fs::rename(&first, &moved).unwrap();
    let out = run(&moved);
    assert_eq!(ok(&out), "41\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(0)), "{stats}");
    assert_eq!(stats["snapshot_path"].as_str().map(std::path::PathBuf::from).as_ref(), Some(&built[0]), "{stats}");
    let own = std::path::PathBuf::from(stats["cache_written"].as_str().expect("the moved project writes its own file"));
    assert_ne!(own, built[0]);
    assert_eq!(std::fs::read(&own).unwrap(), std::fs::read(&built[0]).unwrap(), "same set, same sources: same bytes wherever it sits");
    let again = stats_of(&run(&moved));
    assert_eq!((again["snapshot_path"].as_str(), again["cache_written"].as_str()), (own.to_str(), None), "{again}");

    // A copy with one edit: that function from source, the rest from the snapshot.
    let copy = tmp.path().join("copy");
    write(&copy.join("runmat.toml"), &std::fs::read_to_string(moved.join("runmat.toml")).unwrap());
    write(&copy.join("src/mv_a.m"), "function y = mv_a(x)\ny = mv_b(x) + 2;\nend\n");
    write(&copy.join("src/util/mv_b.m"), &std::fs::read_to_string(moved.join("src/util/mv_b.m")).unwrap());
    write(&copy.join("main.m"), "fprintf('%d\\n', mv_a(4));\n");
    let out = run(&copy);
    assert_eq!(ok(&out), "42\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(1)), "{stats}");
    // Each place keeps its own file: the original is not disturbed by the copy's edit.
    assert_eq!(ok(&run(&moved)), "41\n");
    assert_eq!(stats_of(&run(&moved))["functions_from_source"], 0);
    assert_eq!(cached_snapshots(&cache).len(), 3);
}

/// Package folders (`+pkg`, `+pkg/+sub`) beside the script and on the search
/// path define qualified names (`pkg.f`), which never clash with plain ones;
/// from source, from the snapshot, and after an edit of a package function.
#[test]
fn package_functions_are_called_by_qualified_name() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir, lib) = (tmp.path().join("cache"), tmp.path().join("work"), tmp.path().join("lib"));
    write(&dir.join("+geo/area.m"), "function a = area(r)\na = twice(r) * r;\nend\n\nfunction y = twice(x)\ny = 2 * x;\nend\n");
    write(&dir.join("+geo/+util/sq.m"), "function y = sq(x)\ny = x * x;\nend\n");
    write(&dir.join("area.m"), "function a = area(r)\na = -r;\nend\n");
    write(&lib.join("+pth/pick.m"), "function y = pick(x)\ny = geo.util.sq(x) + 1;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%d %d %d %d %d\\n', geo.area(3), geo.util.sq(4), area(3), feval('geo.util.sq', 5), pth.pick(2));\n");
    let env = [("RUNMAT_PATH", s(&lib))];
    let (a, b) = twice(&cache, &script, &env);
    assert_eq!((a.as_str(), b.as_str()), ("18 16 -3 25 5\n", "18 16 -3 25 5\n"));
    let source = cmd(&cache, &["run", s(&script), "--no-snapshot"]).env("RUNMAT_PATH", s(&lib)).output().unwrap();
    assert_eq!(ok(&source), a);

    write(&dir.join("+geo/+util/sq.m"), "function y = sq(x)\ny = x * x * x;\nend\n");
    let out = cmd(&cache, &["run", s(&script), "--stats=json"]).env("RUNMAT_PATH", s(&lib)).output().unwrap();
    assert_eq!(ok(&out), "18 64 -3 125 9\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(1)), "{stats}");
}

/// A script folder's `private/` functions are found by bare name and win over
/// a public function of the same name, from source, from the snapshot and
/// after an edit of the private one.
#[test]
fn private_functions_of_the_script_folder_win_over_public_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("work"));
    write(&dir.join("private/pv_helper.m"), "function y = pv_helper(x)\ny = 100 * x;\nend\n");
    write(&dir.join("pv_helper.m"), "function y = pv_helper(x)\ny = -x;\nend\n");
    write(&dir.join("pv_use.m"), "function y = pv_use(x)\ny = pv_helper(x) + 1;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%d %d\\n', pv_helper(1), pv_use(2));\n");
    let (a, b) = twice(&cache, &script, &[]);
    assert_eq!((a.as_str(), b.as_str()), ("100 201\n", "100 201\n"));
    write(&dir.join("private/pv_helper.m"), "function y = pv_helper(x)\ny = 1000 * x;\nend\n");
    let out = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "1000 2001\n");
    assert_eq!(stats_of(&out)["mode"], "snapshot");
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), "1000 2001\n");

    // A project root's `private/` is not resolved by RunMat 0.6.2 (checked against the binary).
    let proj = tmp.path().join("proj");
    write(&proj.join("runmat.toml"), "[package]\nname = \"p\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n");
    write(&proj.join("src/private/pv_h.m"), "function y = pv_h(x)\ny = 10 * x;\nend\n");
    let script = write(&proj.join("main.m"), "fprintf('%d\\n', pv_h(2));\n");
    for args in [&["run", s(&script), "--no-snapshot"][..], &["run", s(&script)]] {
        let err = failed(&rmsnap(&cache, args), 1);
        assert!(err.contains("Undefined function: pv_h"), "{err}");
    }
}

/// Output written to stdout and stderr reaches a terminal showing both in the
/// order the script wrote it, as `runmat` replays its console (recorded from
/// the binary with `2>&1`), for `run` (from source and from the snapshot) and
/// for the REPL (whose warning line follows the input's output).
#[test]
fn stdout_and_stderr_keep_the_order_the_script_wrote_them_in() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("work"));
    let code = "disp(0)\nwarning(\"careful\")\ndisp(1)\nfprintf(2, \"to err\\n\");\ndisp(2)\n";
    let script = write(&dir.join("ord.m"), code);
    let merged = |args: &str| {
        let out = cmd_of("sh", &cache, &["-c", &format!("exec \"$0\" {args} 2>&1"), RMSNAP]).current_dir(&dir).output().unwrap();
        text(&out.stdout).lines().filter(|l| !l.starts_with("warning:") && !l.starts_with('[')).map(|l| format!("{l}\n")).collect::<String>()
    };
    for _ in 0..2 {
        assert_eq!(merged(&format!("run {}", s(&script))), "0\nWarning: careful\n1\nto err\n2\n");
    }
    assert_eq!(merged("repl < ord.m"), "0\nWarning: careful\nRunMat:warning: careful\n1\nto err\n2\n");
}

/// A search-path folder's `private/` functions are what that folder's own
/// functions call (winning over a public function of the same name), as
/// `runmat` 0.6.2 resolves them; the script and other folders do not see them.
/// Same from source, from the snapshot and after an edit of a private file.
#[test]
fn a_search_path_folder_s_private_functions_serve_its_own_functions_only() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir, tb, other) = (tmp.path().join("cache"), tmp.path().join("work"), tmp.path().join("tb"), tmp.path().join("other"));
    write(&tb.join("private/sp_help.m"), "function y = sp_help(x)\ny = 10 * sp_twice(x);\nend\n");
    write(&tb.join("private/sp_twice.m"), "function y = sp_twice(x)\ny = 2 * x;\nend\n");
    write(&tb.join("sp_pub.m"), "function y = sp_pub(x)\ny = sp_help(x) + 1;\nend\n");
    // Another folder's public `sp_help`: what everyone but `tb`'s functions call.
    write(&other.join("sp_help.m"), "function y = sp_help(x)\ny = -x;\nend\n");
    let path = std::env::join_paths([&tb, &other]).unwrap();
    let env = [("RUNMAT_PATH", path.to_str().unwrap())];
    let script = write(&dir.join("main.m"), "fprintf('%d %d\\n', sp_pub(3), sp_help(3));\n");
    let (a, b) = twice(&cache, &script, &env);
    assert_eq!((a.as_str(), b.as_str()), ("61 -3\n", "61 -3\n"));

    // An edited private function is compiled alone; the rest stays on the snapshot.
    write(&tb.join("private/sp_twice.m"), "function y = sp_twice(x)\ny = 3 * x;\nend\n");
    let out = cmd(&cache, &["run", s(&script), "--stats=json"]).env("RUNMAT_PATH", &path).output().unwrap();
    assert_eq!(ok(&out), "91 -3\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(1)), "{stats}");
    let source = cmd(&cache, &["run", s(&script), "--no-snapshot"]).env("RUNMAT_PATH", &path).output().unwrap();
    assert_eq!(ok(&source), "91 -3\n");

    // Without the other folder, the script's own call is undefined, as in RunMat.
    let script = write(&dir.join("direct.m"), "fprintf('%d\\n', sp_help(3));\n");
    for args in [&["run", s(&script), "--no-snapshot"][..], &["run", s(&script)], &["run", s(&script)]] {
        let err = failed(&cmd(&cache, args).env("RUNMAT_PATH", &tb).output().unwrap(), 1);
        assert!(err.contains("Undefined function: sp_help"), "{err}");
    }
}

/// A function file added since the build that defines a new name changes the
/// meaning of nothing in the snapshot: the run stays on it and compiles just
/// that file (also when a snapshot function calls it by name); one that
/// shadows a name the snapshot binds sends the run to source, saying so.
#[test]
fn an_added_file_with_a_new_name_is_compiled_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("work"));
    write(&dir.join("na_use.m"), "function y = na_use(x)\nif x > 100\n    y = na_new(x);\nelse\n    y = x;\nend\nend\n");
    write(&dir.join("na_plain.m"), "function y = na_plain(x)\ny = x + 10;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%d\\n', na_use(1));\n");
    let (a, _) = twice(&cache, &script, &[]);
    assert_eq!(a, "1\n");

    write(&dir.join("na_new.m"), "function y = na_new(x)\ny = 2 * x;\nend\n");
    write(&script, "fprintf('%d %d\\n', na_use(200), na_new(3));\n");
    let out = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "400 6\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(1)), "{stats}");
    assert!(stats["cache_written"].is_string(), "{stats}");
    let again = stats_of(&rmsnap(&cache, &["run", s(&script), "--stats=json"]));
    assert_eq!((again["mode"].as_str(), again["functions_from_source"].as_u64()), (Some("snapshot"), Some(0)), "{again}");

    // Removing it again while a snapshot function calls it: that call may be
    // reached by a name computed at run time, so the run starts from source
    // (naming the file) and rewrites the cache; then it is the snapshot's again.
    std::fs::remove_file(dir.join("na_new.m")).unwrap();
    write(&script, "fprintf('%d\\n', na_plain(1));\n");
    let out = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "11\n");
    let stats = stats_of(&out);
    assert_eq!(stats["mode"], "source", "{stats}");
    assert!(stats["fallback"].as_str().is_some_and(|f| f.contains("na_new.m was removed")), "{stats}");
    assert_eq!(stats_of(&rmsnap(&cache, &["run", s(&script), "--stats=json"]))["mode"], "snapshot");
    write(&script, "fprintf('%d\\n', na_use(200));\n");
    let source = text(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"]).stderr);
    let err = failed(&rmsnap(&cache, &["run", s(&script)]), 1);
    let report = |e: &str| -> String { e.lines().filter(|l| !l.starts_with("warning:")).collect::<Vec<_>>().join("\n") };
    assert!(report(&source).contains("na_new"), "{source}");
    assert_eq!(report(&err), report(&source));
    // A removed file no snapshot function calls keeps the snapshot in use.
    std::fs::remove_file(dir.join("na_plain.m")).unwrap();
    write(&script, "fprintf('%d\\n', na_use(1));\n");
    let out = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "1\n");
    assert_eq!(stats_of(&out)["mode"], "snapshot");

    // `numel.m` beside the script shadows the builtin every caller was bound to.
    write(&dir.join("numel.m"), "function n = numel(x)\nn = -1;\nend\n");
    write(&script, "fprintf('%d\\n', numel([1 2 3]));\n");
    let out = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "-1\n");
    let stats = stats_of(&out);
    assert_eq!(stats["mode"], "source", "{stats}");
    assert!(stats["fallback"].as_str().is_some_and(|f| f.contains("numel.m was added")), "{stats}");
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), "-1\n");
}

/// A file added that wins over the one a name was bound to (the script's
/// folder over a `RUNMAT_PATH` folder), or the winner removed again: the name
/// is compiled from the file that defines it now, and the snapshot functions
/// that call it are compiled again; everything else stays the snapshot's.
#[test]
fn a_file_that_shadows_or_unshadows_a_name_recompiles_only_its_callers() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir, path) = (tmp.path().join("cache"), tmp.path().join("work"), tmp.path().join("path"));
    write(&dir.join("sh_a.m"), "function y = sh_a(x)\ny = sh_b(x) + 1;\nend\n");
    write(&path.join("sh_b.m"), "function y = sh_b(x)\ny = x * 10;\nend\n");
    write(&path.join("sh_c.m"), "function y = sh_c(x)\ny = sh_b(x) * 2;\nend\n");
    write(&path.join("sh_d.m"), "function y = sh_d(x)\ny = x - 1;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%d %d %d %d\\n', sh_a(1), sh_c(1), feval('sh_b', 2), sh_d(5));\n");
    let env = [("RUNMAT_PATH", s(&path))];
    let (a, _) = twice(&cache, &script, &env);
    assert_eq!(a, "11 20 20 4\n");
    let run = |args: &[&str]| {
        let mut c = cmd(&cache, args);
        c.env("RUNMAT_PATH", &path);
        c.output().unwrap()
    };

    // The path's `sh_c` still calls its own folder's `sh_b`: RunMat loads a
    // path file with its folder's function files as one unit (what `runmat`
    // 0.6.2 prints: `101 20 200 4`). The snapshot compiled `sh_c` against
    // `sh_b` by name, so that run starts from source.
    write(&dir.join("sh_b.m"), "function y = sh_b(x)\ny = x * 100;\nend\n");
    let out = run(&["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "101 20 200 4\n");
    assert_eq!(stats_of(&out)["mode"], "source");
    assert_eq!(ok(&run(&["run", s(&script), "--no-snapshot"])), "101 20 200 4\n");
    let again = stats_of(&run(&["run", s(&script), "--stats=json"]));
    assert_eq!((again["mode"].as_str(), again["functions_from_source"].as_u64()), (Some("snapshot"), Some(0)), "{again}");

    // Unshadowed, the name moves back to the path's file: it and its caller
    // beside the script are compiled again (`sh_c` calls the path's `sh_b`
    // under that folder's key), `sh_d` comes from the snapshot.
    std::fs::remove_file(dir.join("sh_b.m")).unwrap();
    let out = run(&["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "11 20 20 4\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(2)), "{stats}");
    assert!(stats["cache_written"].is_string(), "{stats}");

    // The script folder's `private/` file wins for the script (also by a
    // computed name) and the folder's own functions, not for the path's
    // `sh_c` (what `runmat` 0.6.2 prints). A `private/` file added or removed
    // is a binding change: that run starts from source.
    write(&dir.join("private/sh_b.m"), "function y = sh_b(x)\ny = x * 1000;\nend\n");
    let out = run(&["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "1001 20 2000 4\n");
    assert_eq!(stats_of(&out)["mode"], "source");
    let out = run(&["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "1001 20 2000 4\n");
    assert_eq!(stats_of(&out)["mode"], "snapshot");
    std::fs::remove_file(dir.join("private/sh_b.m")).unwrap();
    assert_eq!(ok(&run(&["run", s(&script)])), "11 20 20 4\n");

    // A file added that loses (the search path below the script's folder) changes nothing.
    write(&path.join("sh_a.m"), "function y = sh_a(x)\ny = -1;\nend\n");
    let out = run(&["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "11 20 20 4\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(0)), "{stats}");
}

/// A project's direct path dependencies are compiled with the script, as in
/// RunMat: their functions by bare name (the project's own win), their
/// `private/` and their own dependencies not visible; other kinds of
/// dependency are refused naming the dependency.
#[test]
fn a_project_s_path_dependencies_are_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj) = (tmp.path().join("cache"), tmp.path().join("app"));
    write(
        &proj.join("runmat.toml"),
        "[package]\nname = \"app\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n\n[dependencies]\nmathlib = { path = \"deps/mathlib\" }\n",
    );
    write(&proj.join("src/pd_twice.m"), "function y = pd_twice(x)\ny = 2 * pd_add(x, 0);\nend\n");
    write(&proj.join("src/pd_shared.m"), "function y = pd_shared()\ny = 1;\nend\n");
    write(&proj.join("deps/mathlib/runmat.toml"), "[package]\nname = \"mathlib\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"lib\"]\n");
    write(&proj.join("deps/mathlib/lib/pd_add.m"), "function y = pd_add(a, b)\ny = a + b + pd_shared();\nend\n");
    write(&proj.join("deps/mathlib/lib/pd_shared.m"), "function y = pd_shared()\ny = 1000;\nend\n");
    let script = write(&proj.join("main.m"), "fprintf('%d %d\\n', pd_add(1, 2), pd_twice(5));\n");
    let (a, b) = twice(&cache, &script, &[]);
    // `pd_shared` is the project's own (1), not the dependency's (1000).
    assert_eq!((a.as_str(), b.as_str()), ("4 12\n", "4 12\n"));
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), a);

    write(&proj.join("runmat.toml"), "[package]\nname = \"app\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n\n[dependencies]\nplot = { git = \"https://example.com/plot.git\", tag = \"v1\" }\n");
    let err = failed(&rmsnap(&cache, &["run", s(&script)]), 1);
    assert!(err.contains("runmat.toml") && err.contains("`plot`") && err.contains("runmat.lock"), "{err}");
}

/// A dependency's functions are called as `alias.f`, and by the bare `f` when
/// exactly one dependency defines `f` and the project does not; a dependency's
/// own calls bind bare names as the project's do. Every value and error here was
/// recorded from `runmat` 0.6.2 on the same layout; from source, from the
/// snapshot, and after an edit.
#[test]
fn dependency_functions_are_called_as_alias_dot_name_and_by_unique_bare_names() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj) = (tmp.path().join("cache"), tmp.path().join("app"));
    write(&proj.join("runmat.toml"), "[package]\nname = \"app\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n\n[dependencies]\nta = { path = \"deps/ta\" }\ntb = { path = \"deps/tb\" }\n");
    for d in ["ta", "tb"] {
        write(&proj.join(format!("deps/{d}/runmat.toml")), &format!("[package]\nname = \"{d}\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"lib\"]\n"));
    }
    let f = |body: &str, name: &str| format!("function y = {name}(x)\ny = {body};\nend\n");
    write(&proj.join("deps/ta/lib/dp_f.m"), &f("x + 1", "dp_f"));
    write(&proj.join("deps/tb/lib/dp_f.m"), &f("x + 2", "dp_f"));
    write(&proj.join("deps/ta/lib/dp_g.m"), &f("10 * x", "dp_g"));
    write(&proj.join("src/dp_own.m"), &f("-x", "dp_own"));
    write(&proj.join("deps/tb/lib/dp_own.m"), &f("1000 * x", "dp_own"));
    // `tb`'s own calls: `dp_own` is the project's, `dp_f` is ambiguous.
    write(&proj.join("deps/tb/lib/dp_k.m"), &f("dp_own(x)", "dp_k"));
    write(&proj.join("deps/tb/lib/dp_h.m"), &f("dp_f(x) * 100", "dp_h"));
    let script = write(
        &proj.join("main.m"),
        "fprintf('%d %d %d %d %d %d %d %d %d\\n', ta.dp_f(1), tb.dp_f(1), dp_g(1), ta.dp_g(1), dp_own(1), tb.dp_own(1), feval('ta.dp_f', 1), feval('dp_g', 1), dp_k(1));\n",
    );
    let (a, b) = twice(&cache, &script, &[]);
    assert_eq!((a.as_str(), b.as_str()), ("2 3 10 10 -1 1000 2 10 -1\n", "2 3 10 10 -1 1000 2 10 -1\n"));
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), a);
    // Edited: seen at once, the rest from the snapshot.
    write(&proj.join("deps/ta/lib/dp_g.m"), &f("20 * x", "dp_g"));
    let out = rmsnap(&cache, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&out), "2 3 20 20 -1 1000 2 20 -1\n");
    assert_eq!(stats_of(&out)["mode"], "snapshot");

    // A bare name two dependencies define calls neither, also from inside one of them.
    let ambiguous = [
        ("amb.m", "disp(dp_f(1))\n", "--> amb.m:1:6\n1 | disp(dp_f(1))\n  |      ^^^^^^^\ncallstack:\n  amb.m @ amb.m:1:6\n"),
        ("h.m", "fprintf('%d\\n', dp_h(1));\n", "--> h.m:1:17\n1 | fprintf('%d\\n', dp_h(1));\n  |                 ^^^^^^^\ncallstack:\n  h.m @ h.m:1:17\n"),
    ];
    for (name, code, location) in ambiguous {
        let script = write(&proj.join(name), code);
        let expected = format!("error: Undefined function: dp_f\nid: RunMat:UndefinedFunction\n{location}");
        for args in [&["run", s(&script), "--no-snapshot"][..], &["run", s(&script)]] {
            let out = cmd(&cache, args).current_dir(&proj).output().unwrap();
            let err = failed(&out, 1);
            let report: String = err.lines().filter(|l| !l.starts_with("warning:")).map(|l| format!("{l}\n")).collect();
            assert_eq!(report, expected, "{name} {args:?}");
        }
    }
}

/// A `runmat.lock` as RunMat writes it (runmat-package's encoder) pinning a
/// registry dependency `tools` and a git dependency `gtools` to trees named
/// by these digests.
fn lock_for_two_dependencies() -> (String, String, String) {
    use runmat_package::*;
    use std::collections::BTreeSet;
    let d = |s: &str| ContentDigest::sha256(s);
    let (reg_tree, git_tree) = (d("tools tree"), d("gtools tree"));
    let reg = PackageInstanceId::new(
        "default:acme/tools".parse().unwrap(),
        SourceId::Registry(RegistrySourceId {
            registry_origin: "https://runmat.com".parse().unwrap(),
            package: "default:acme/tools".parse().unwrap(),
            release: "rel_0123456789abcdef0123456789abcdef".parse().unwrap(),
            version: "1.2.3".parse().unwrap(),
            release_digest: d("release"),
            artifact_digest: d("artifact"),
            tree_digest: reg_tree.clone(),
        }),
        Some("1.2.3".parse().unwrap()),
        reg_tree.clone(),
    );
    let git_source = GitSourceId::new(
        "https://github.com/acme/gtools.git",
        "0123456789abcdef0123456789abcdef01234567".parse().unwrap(),
        NormalizedRelativePath::new("matlab").unwrap(),
        git_tree.clone(),
    )
    .unwrap();
    let git = PackageInstanceId::new("workspace:local/gtools".parse().unwrap(), SourceId::Git(git_source), Some("0.1.0".parse().unwrap()), git_tree.clone());
    let package = |instance: &PackageInstanceId| LockedPackage {
        instance: instance.clone(),
        features: BTreeSet::new(),
        required_capabilities: BTreeSet::new(),
        runmat_version: None,
        singleton: false,
    };
    let edge = |alias: &str, to: &PackageInstanceId| LockedEdge {
        from: None,
        alias: alias.parse().unwrap(),
        to: to.identity_digest.clone(),
        group: DependencyGroup::Runtime,
        optional: false,
        target: None,
    };
    let lock = PackageLock::new(
        RootLock { manifest_digest: d("manifest"), package: Some("workspace:local/app".parse().unwrap()) },
        LockSelection {
            target: "x86_64-unknown-linux-gnu".into(),
            groups: [DependencyGroup::Runtime].into_iter().collect(),
            root_features: BTreeSet::new(),
            host_capabilities: BTreeSet::new(),
        },
        vec![package(&reg), package(&git)],
        vec![edge("tools", &reg), edge("gtools", &git)],
    )
    .unwrap();
    let hex = |d: &ContentDigest| d.to_string().trim_start_matches("sha256:").to_string();
    (encode_lock(&lock).unwrap(), hex(&reg_tree), hex(&git_tree))
}

/// Registry and git dependencies are read where `runmat.lock` pins them in
/// RunMat's package cache (`RUNMAT_PACKAGE_CACHE_DIR`), never written there:
/// served from the snapshot on the second run (whose key names the trees by
/// digest), an edit in a tree seen at once; a tree not in the cache, or a
/// dependency the lock does not pin, is refused naming it.
#[test]
fn registry_and_git_dependencies_are_read_from_runmat_s_package_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, proj, packages) = (tmp.path().join("cache"), tmp.path().join("app"), tmp.path().join("packages"));
    let manifest = "[package]\nname = \"app\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\"src\"]\n\n[dependencies]\n\
        tools = { package = \"acme/tools\", version = \"^1.2\" }\n\
        gtools = { git = \"https://github.com/acme/gtools.git\", rev = \"0123456789abcdef0123456789abcdef01234567\", subdir = \"matlab\" }\n";
    write(&proj.join("runmat.toml"), manifest);
    let (lock, reg, git) = lock_for_two_dependencies();
    write(&proj.join("runmat.lock"), &lock);
    write(&proj.join("src/pc_local.m"), "function y = pc_local(x)\ny = pc_scale(x) + pc_shift(x);\nend\n");
    let tools = packages.join("trees").join(&reg);
    write(&tools.join("runmat.toml"), "[package]\nname = \"tools\"\nversion = \"1.2.3\"\n\n[sources]\nroots = [\"src\"]\n");
    write(&tools.join("src/pc_scale.m"), "function y = pc_scale(x)\ny = 10 * x;\nend\n");
    let gtools = packages.join("trees").join(&git);
    write(&gtools.join("runmat.toml"), "[package]\nname = \"gtools\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\".\"]\n");
    write(&gtools.join("pc_shift.m"), "function y = pc_shift(x)\ny = x + 0.5;\nend\n");
    let script = write(&proj.join("main.m"), "fprintf('%g %d\\n', pc_local(2), pc_scale(1));\n");
    let env = [("RUNMAT_PACKAGE_CACHE_DIR", s(&packages))];
    let (a, b) = twice(&cache, &script, &env);
    assert_eq!((a.as_str(), b.as_str()), ("22.5 10\n", "22.5 10\n"));
    let run = |args: &[&str], packages: &Path| cmd(&cache, args).env("RUNMAT_PACKAGE_CACHE_DIR", packages).output().unwrap();
    assert_eq!(ok(&run(&["run", s(&script), "--no-snapshot"], &packages)), a);
    let keys = cached_snapshots(&cache);
    assert_eq!(keys.len(), 1, "{keys:?}");

    // An edit inside a tree (RunMat re-materializes one it finds changed): seen at once.
    write(&tools.join("src/pc_scale.m"), "function y = pc_scale(x)\ny = 100 * x;\nend\n");
    let out = run(&["run", s(&script), "--stats=json"], &packages);
    assert_eq!(ok(&out), "202.5 100\n");
    assert_eq!(stats_of(&out)["mode"], "snapshot");

    // The same trees in another cache folder are the same library set.
    let moved = tmp.path().join("elsewhere");
    std::fs::rename(&packages, &moved).unwrap();
    let out = run(&["run", s(&script), "--stats=json"], &moved);
    assert_eq!(ok(&out), "202.5 100\n");
    assert_eq!(stats_of(&out)["cache_key"].as_str(), keys[0].file_name().and_then(|n| n.to_str()).and_then(|n| n.split('-').next()));

    // Not in the cache: refused, naming the dependency (the first by name) and the missing tree.
    let err = failed(&run(&["run", s(&script)], &packages), 1);
    assert!(err.contains("`gtools`") && err.contains("not in RunMat's package cache") && err.contains(&git), "{err}");
    // Not pinned by the lock.
    write(&proj.join("runmat.toml"), &format!("{manifest}other = {{ package = \"acme/other\", version = \"^1\" }}\n"));
    let err = failed(&run(&["run", s(&script)], &moved), 1);
    assert!(err.contains("`other`") && err.contains("does not pin it"), "{err}");
}

/// Two files with a local function of the same name each call their own,
/// from source as from the snapshot (RunMat 0.6.2's flat unit lets one file's
/// local answer the other's calls; rmsnap keeps MATLAB's file scope in both).
#[test]
fn same_named_local_functions_of_two_files_stay_apart_from_source_too() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("work"));
    write(&dir.join("sl_a.m"), "function y = sl_a(x)\ny = helper(x);\nend\n\nfunction y = helper(x)\ny = x / 2;\nend\n");
    write(&dir.join("sl_b.m"), "function y = sl_b(x)\ny = helper(x);\nend\n\nfunction y = helper(x)\ny = x * 100;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%g %g\\n', sl_a(5), sl_b(5));\n");
    assert_eq!(ok(&rmsnap(&cache, &["run", s(&script), "--no-snapshot"])), "2.5 500.\n");
    let (a, b) = twice(&cache, &script, &[]);
    assert_eq!((a.as_str(), b.as_str()), ("2.5 500.\n", "2.5 500.\n"));
}

/// RunMat compiles a file it finds on the search path together with its
/// folder's function files: a folder's own function is what its functions
/// call, even where an earlier folder's of the same name wins for everyone
/// else (`runmat` 0.6.2 prints `2 1010` here; the recorded layout
/// `path-siblings` checks it against the binary). An edit of the shadowed
/// file is seen at once, compiled from source with the rest from the snapshot.
#[test]
fn a_search_path_folder_s_functions_call_their_own_folder_s_first() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir, a, b) = (tmp.path().join("cache"), tmp.path().join("work"), tmp.path().join("a"), tmp.path().join("b"));
    write(&a.join("ps_f.m"), "function y = ps_f(x)\ny = x + 1;\nend\n");
    write(&b.join("ps_f.m"), "function y = ps_f(x)\ny = x + 100;\nend\n");
    write(&b.join("ps_g.m"), "function y = ps_g(x)\ny = ps_f(x) * 10;\nend\n");
    let script = write(&dir.join("main.m"), "fprintf('%d %d\\n', ps_f(1), ps_g(1));\n");
    let path = std::env::join_paths([&a, &b]).unwrap();
    let path = path.to_str().unwrap();
    let (first, second) = twice(&cache, &script, &[("RUNMAT_PATH", path)]);
    assert_eq!((first.as_str(), second.as_str()), ("2 1010\n", "2 1010\n"));
    let run = || {
        let mut c = cmd(&cache, &["run", s(&script), "--stats=json"]);
        c.env("RUNMAT_PATH", path);
        c.output().unwrap()
    };
    write(&b.join("ps_f.m"), "function y = ps_f(x)\ny = x + 300;\nend\n");
    let out = run();
    assert_eq!(ok(&out), "2 3010\n");
    let stats = stats_of(&out);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(1)), "{stats}");
}

/// A script that does not compile still leaves its library's snapshot: the
/// next run reports the same error from it, without compiling the library
/// again (a run that never compiles would otherwise never converge).
#[test]
fn a_script_that_does_not_compile_still_converges_to_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("proj");
    write(&dir.join("nc_helper.m"), "function y = nc_helper(x)\n  y = x + 1;\nend\n");
    let script = write(&dir.join("main.m"), "disp(nc_helper(1))\nx = = 2;\n");
    let cache = tmp.path().join("cache");
    let first = rmsnap(&cache, &["run", s(&script)]);
    let report = failed(&first, 1);
    assert!(report.contains("main.m"), "{report}");
    assert_eq!(cached_snapshots(&cache).len(), 1, "the library's snapshot is written after the error is out");
    let snapshot = cached_snapshots(&cache).pop().unwrap();
    // A build publishes a new file (a new inode); a run only marks it used.
    let inode = |p: &std::path::Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(p).unwrap());
    let built = inode(&snapshot);
    let second = rmsnap(&cache, &["run", s(&script)]);
    assert_eq!(failed(&second, 1), report, "the same report from the snapshot");
    assert_eq!(inode(&snapshot), built, "nothing to write again");
    assert!(!text(&second.stderr).contains("not using a snapshot"), "{}", text(&second.stderr));
}
