//! Snapshots through a real OCI registry: Debian's `docker-registry` (CNCF
//! distribution 2.8), installed by `scripts/setup.sh` and started here on a
//! loopback port per test. A second cache directory stands in for a second
//! machine: it has the same project and nothing else.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use base64::Engine;
use common::registry::*;
use common::*;

/// A script folder with two function files, and the script.
/// Pull on miss is the run layer's: `rmsnap test` and `rmsnap repl` ask the
/// registry for a set the cache has no snapshot of, as `rmsnap run` does, and
/// go on from source after one warning when it has none.
#[test]
fn test_runs_and_sessions_pull_on_a_miss_too() {
    let (_reg, tmp, script, repo) = setup(false);
    let proj = script.parent().unwrap().to_path_buf();
    write(
        &proj.join("tests/scaleTest.m"),
        "function tests = scaleTest()\n  tests = functiontests(localfunctions);\nend\nfunction testScale(tc)\n  verifyEqual(tc, fl_scale(4), 15);\nend\n",
    );
    write(&proj.join("tests/fl_scale.m"), "function y = fl_scale(x)\ny = 3 * x + 3;\nend\n");
    let laptop = tmp.path().join("laptop-cache");
    let remote_lines = |out: &Output| text(&out.stderr).lines().filter(|l| l.contains("RMSNAP_REMOTE")).map(str::to_string).collect::<Vec<_>>();
    let test_run = || {
        let mut c = plain(cmd(&laptop, &["test"]));
        c.env("RMSNAP_REMOTE", &repo).current_dir(&proj);
        c.output().unwrap()
    };
    let first = test_run();
    assert!(text(&first.stdout).ends_with("1 tests: 1 passed, 0 failed, 0 incomplete\n"), "{}", text(&first.stderr));
    let lines = remote_lines(&first);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("warning: RMSNAP_REMOTE=") && lines[0].contains("no such artifact"), "{lines:?}");
    // The run wrote the set's snapshot: no miss, no pull.
    let second = test_run();
    assert_eq!(first.status.code(), Some(0));
    assert!(remote_lines(&second).is_empty(), "{}", text(&second.stderr));

    let mut repl = plain(cmd(&laptop, &["repl"]));
    repl.env("RMSNAP_REMOTE", &repo).current_dir(&proj).stdin(std::process::Stdio::piped());
    repl.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = repl.spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"disp(fl_scale(4))\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(text(&out.stdout), "15\n");
    let lines = remote_lines(&out);
    assert_eq!(lines.len(), 1, "the session's set had no snapshot: {}", text(&out.stderr));
}

fn project(root: &Path) -> PathBuf {
    write(&root.join("fl_scale.m"), "function y = fl_scale(x)\ny = 3 * fl_shift(x);\nend\n");
    write(&root.join("fl_shift.m"), "function y = fl_shift(x)\ny = x + 1;\nend\n");
    write(&root.join("main.m"), "fprintf('%d\\n', fl_scale(4));\n")
}

/// A registry (with htpasswd auth or none), a temp dir holding the project, its
/// script, and the repository `team/lib` on the registry.
fn setup(with_auth: bool) -> (Registry, tempfile::TempDir, PathBuf, String) {
    let reg = Registry::start(with_auth);
    let tmp = tempfile::tempdir().unwrap();
    let script = project(&tmp.path().join("proj"));
    let repo = reg.repo("team/lib");
    (reg, tmp, script, repo)
}

fn plain(mut c: Command) -> Command {
    c.env("RMSNAP_REMOTE_PLAIN_HTTP", "1");
    c
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_str(ok(out).trim()).unwrap()
}

fn last_json_line(out: &Output) -> serde_json::Value {
    let err = text(&out.stderr);
    serde_json::from_str(err.lines().last().unwrap_or_default()).unwrap_or_else(|e| panic!("{e}: {err}"))
}

fn uploaded(push: &serde_json::Value) -> Vec<bool> {
    push["blobs"].as_array().unwrap().iter().map(|b| b["uploaded"].as_bool().unwrap()).collect()
}

#[test]
fn a_pushed_snapshot_serves_the_first_run_of_an_empty_cache() {
    let (_reg, tmp, script, repo) = setup(false);
    let (ci, laptop) = (tmp.path().join("ci-cache"), tmp.path().join("laptop-cache"));
    let from_source = ok(&rmsnap(&ci, &["run", s(&script), "--no-snapshot"]));
    assert_eq!(from_source, "15\n");

    // CI: build the script's library set into its cache, push it.
    ok(&rmsnap(&ci, &["build", s(&script)]));
    let built = cached_snapshots(&ci);
    assert_eq!(built.len(), 1);
    let push = json(&plain(cmd(&ci, &["push", &repo, s(&script), "--json"])).output().unwrap());
    // The config, the base layer, the records layer and the project's layer.
    assert_eq!(uploaded(&push), [true, true, true, true], "{push}");
    let sum: u64 = push["blobs"].as_array().unwrap().iter().map(|b| b["bytes"].as_u64().unwrap()).sum();
    assert_eq!(push["bytes_uploaded"].as_u64().unwrap(), sum);
    let key = push["cache_key"].as_str().unwrap();
    assert_eq!(push["references"][0], format!("{repo}:{key}"), "tagged with the library set's key");
    // Pushing again sends nothing: every blob is there; same manifest.
    let again = json(&plain(cmd(&ci, &["push", &format!("{repo}:v1"), s(&script), "--json"])).output().unwrap());
    assert_eq!(uploaded(&again), [false, false, false, false], "{again}");
    assert_eq!(again["bytes_uploaded"], 0);
    assert_eq!(again["manifest_digest"], push["manifest_digest"]);
    assert_eq!(again["references"][1], format!("{repo}:v1"));

    // Another machine, empty cache: the first run pulls and is served from the snapshot.
    let mut run = plain(cmd(&laptop, &["run", s(&script), "--stats=json"]));
    run.env("RMSNAP_REMOTE", &repo);
    let first = run.output().unwrap();
    assert_eq!(ok(&first), from_source);
    let stats = last_json_line(&first);
    assert_eq!(stats["mode"], "snapshot", "{}", text(&first.stderr));
    assert_eq!(stats["remote"]["pulled"], format!("{repo}:{key}"));
    assert!(!text(&first.stderr).contains("warning"), "{}", text(&first.stderr));
    assert_eq!(std::fs::read(&cached_snapshots(&laptop)[0]).unwrap(), std::fs::read(&built[0]).unwrap(), "the same bytes as CI built");

    // `rmsnap pull` by tag does the same explicitly.
    let other = tmp.path().join("other-cache");
    let pulled = json(&plain(cmd(&other, &["pull", &format!("{repo}:v1"), s(&script), "--json"])).output().unwrap());
    assert_eq!(pulled["cache_key"], key);
    assert_eq!(std::fs::read(&cached_snapshots(&other)[0]).unwrap(), std::fs::read(&built[0]).unwrap());
    let second = rmsnap(&other, &["run", s(&script), "--stats=json"]);
    assert_eq!(ok(&second), from_source);
    assert_eq!(last_json_line(&second)["mode"], "snapshot");
}

#[test]
fn tampered_missing_or_unreachable_artifacts_leave_the_run_on_source_with_one_warning() {
    let (reg, tmp, script, repo) = setup(false);
    let (ci, laptop) = (tmp.path().join("ci-cache"), tmp.path().join("laptop-cache"));
    let remote_run = |remote: &str| {
        let mut c = plain(cmd(&laptop, &["run", s(&script), "--stats=json"]));
        c.env("RMSNAP_REMOTE", remote);
        c.output().unwrap()
    };

    // Nothing pushed yet: not found, one warning, the source's answer.
    let out = remote_run(&repo);
    assert_eq!(ok(&out), "15\n");
    let err = text(&out.stderr);
    assert_eq!(err.lines().filter(|l| l.contains("RMSNAP_REMOTE")).count(), 1, "{err}");
    assert!(err.contains("no such artifact"), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("warning")).count(), 1, "one warning: {err}");
    assert_eq!(last_json_line(&out)["mode"], "source");
    std::fs::remove_dir_all(&laptop).unwrap();

    ok(&rmsnap(&ci, &["build", s(&script)]));
    let push = json(&plain(cmd(&ci, &["push", &repo, s(&script), "--json"])).output().unwrap());

    // One flipped byte in the stored snapshot blob: the digest check refuses it.
    let blob = reg.blob_file(push["blobs"][1]["digest"].as_str().unwrap());
    let mut bytes = std::fs::read(&blob).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    std::fs::write(&blob, &bytes).unwrap();
    let pull = plain(cmd(&laptop, &["pull", &repo, s(&script)])).output().unwrap();
    let err = failed(&pull, 4);
    assert!(err.contains(push["blobs"][1]["digest"].as_str().unwrap()), "the blob is named: {err}");
    assert!(cached_snapshots(&laptop).is_empty(), "nothing written");
    let out = remote_run(&repo);
    assert_eq!(ok(&out), "15\n");
    let err = text(&out.stderr);
    assert_eq!(err.lines().filter(|l| l.contains("RMSNAP_REMOTE")).count(), 1, "{err}");
    assert_eq!(last_json_line(&out)["mode"], "source");
    std::fs::remove_dir_all(&laptop).unwrap();

    // The registry gone: the same, and `pull` says it cannot reach it.
    let addr = reg.addr.clone();
    drop(reg);
    let out = remote_run(&format!("{addr}/team/lib"));
    assert_eq!(ok(&out), "15\n");
    let err = text(&out.stderr);
    assert!(err.lines().filter(|l| l.contains("RMSNAP_REMOTE")).all(|l| l.contains("cannot reach")), "{err}");
    assert_eq!(err.lines().filter(|l| l.contains("RMSNAP_REMOTE")).count(), 1, "{err}");
    let pull = plain(cmd(&laptop, &["pull", &format!("{addr}/team/lib"), s(&script)])).output().unwrap();
    assert!(failed(&pull, 8).contains("cannot reach the registry"));
}

#[test]
fn credentials_come_from_the_environment_or_docker_login() {
    let (reg, tmp, script, repo) = setup(true);
    let cache = tmp.path().join("cache");
    ok(&rmsnap(&cache, &["build", s(&script)]));

    let anonymous = plain(cmd(&cache, &["push", &repo, s(&script)])).output().unwrap();
    let err = failed(&anonymous, 8);
    assert!(err.contains("not authorized") && err.contains("RMSNAP_REGISTRY_USER"), "{err}");
    let mut wrong = plain(cmd(&cache, &["push", &repo, s(&script)]));
    wrong.env("RMSNAP_REGISTRY_USER", USER).env("RMSNAP_REGISTRY_PASSWORD", "wrong");
    failed(&wrong.output().unwrap(), 8);

    let mut with_env = plain(cmd(&cache, &["push", &repo, s(&script)]));
    with_env.env("RMSNAP_REGISTRY_USER", USER).env("RMSNAP_REGISTRY_PASSWORD", PASSWORD);
    ok(&with_env.output().unwrap());

    // `docker login` writes base64("user:password") under the registry's host:port.
    let docker = tmp.path().join("docker");
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
    write(&docker.join("config.json"), &format!("{{\"auths\":{{\"{}\":{{\"auth\":\"{auth}\"}}}}}}", reg.addr));
    let other = tmp.path().join("other-cache");
    let mut pull = plain(cmd(&other, &["pull", &repo, s(&script)]));
    pull.env("DOCKER_CONFIG", &docker);
    ok(&pull.output().unwrap());
    assert_eq!(cached_snapshots(&other).len(), 1);
}

#[test]
fn signatures_travel_with_the_snapshot_and_concurrent_pulls_leave_one_valid_file() {
    let (_reg, tmp, script, repo) = setup(false);
    let (ci, laptop) = (tmp.path().join("ci-cache"), tmp.path().join("laptop-cache"));
    let key = tmp.path().join("keys/team");
    let stranger = tmp.path().join("keys/stranger");
    std::fs::create_dir_all(key.parent().unwrap()).unwrap();
    ok(&rmsnap(&ci, &["keygen", "--out", s(&key)]));
    ok(&rmsnap(&ci, &["keygen", "--out", s(&stranger)]));
    ok(&rmsnap(&ci, &["build", s(&script), "--sign-key", s(&key)]));
    ok(&plain(cmd(&ci, &["push", &repo, s(&script)])).output().unwrap());

    let refused = plain(cmd(&laptop, &["pull", &repo, s(&script), "--require-signed", &format!("{}.pub", s(&stranger))])).output().unwrap();
    let err = failed(&refused, 4);
    assert!(err.contains("refused"), "{err}");
    assert!(cached_snapshots(&laptop).is_empty());

    // Two machines' worth of pulls at once into one cache: one valid file.
    let pulls: Vec<Child> = (0..2)
        .map(|_| {
            plain(cmd(&laptop, &["pull", &repo, s(&script), "--require-signed", &format!("{}.pub", s(&key))]))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for p in pulls {
        ok(&p.wait_with_output().unwrap());
    }
    let files = cached_snapshots(&laptop);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(ok(&rmsnap(&laptop, &["verify", s(&files[0]), "--key", &format!("{}.pub", s(&key))])).contains("valid"));
    let leftovers: Vec<_> =
        std::fs::read_dir(files[0].parent().unwrap()).unwrap().flatten().filter(|e| e.path().extension().is_none_or(|x| x != "rmsnap")).collect();
    assert!(leftovers.is_empty(), "no temporary files left: {leftovers:?}");
    let run = rmsnap(&laptop, &["run", s(&script), "--stats=json", "--require-signed", &format!("{}.pub", s(&key))]);
    assert_eq!(ok(&run), "15\n");
    assert_eq!(last_json_line(&run)["mode"], "snapshot");
}

#[test]
fn a_tag_of_another_library_set_is_refused_naming_what_differs() {
    let reg = Registry::start(false);
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let a = project(&tmp.path().join("a"));
    // The same files as a project (a `runmat.toml`): another library set.
    let b = project(&tmp.path().join("b"));
    write(&tmp.path().join("b/runmat.toml"), "[package]\nname = \"b\"\nversion = \"0.1.0\"\n\n[sources]\nroots = [\".\"]\n");
    ok(&rmsnap(&cache, &["build", s(&a)]));
    let repo = reg.repo("team/lib");
    ok(&plain(cmd(&cache, &["push", &format!("{repo}:stable"), s(&a)])).output().unwrap());
    let pull = plain(cmd(&tmp.path().join("other"), &["pull", &format!("{repo}:stable"), s(&b)])).output().unwrap();
    let err = failed(&pull, 4);
    assert!(err.contains("another library set") && err.contains("ProjectRoot"), "{err}");

    // The same set elsewhere (another machine, another path): keys name folders
    // relative to the project, so the pull serves its run.
    let c = project(&tmp.path().join("elsewhere/c"));
    ok(&plain(cmd(&tmp.path().join("other"), &["pull", &format!("{repo}:stable"), s(&c)])).output().unwrap());
    let run = cmd(&tmp.path().join("other"), &["run", s(&c), "--stats=json"]).output().unwrap();
    assert_eq!(ok(&run), "15\n");
    let stats = last_json_line(&run);
    assert_eq!((stats["mode"].as_str(), stats["functions_from_source"].as_u64()), (Some("snapshot"), Some(0)), "{stats}");

    // TLS is the default; a plain-HTTP registry is named as the likely cause.
    let tls = rmsnap(&cache, &["pull", &repo, s(&a)]);
    assert!(failed(&tls, 8).contains("--plain-http"), "{}", text(&tls.stderr));
    let bad = rmsnap(&cache, &["pull", "team/lib", s(&a)]);
    assert!(failed(&bad, 2).contains("REGISTRY/REPOSITORY"));
    let missing = rmsnap(&cache, &["push", &repo, s(&b)]);
    assert!(failed(&missing, 7).contains("rmsnap build"));
}

#[test]
fn an_edit_ships_one_new_layer_and_diff_names_the_layer_the_function_and_why() {
    let (_reg, tmp, script, repo) = setup(false);
    let cache = tmp.path().join("cache");
    ok(&rmsnap(&cache, &["build", s(&script)]));
    let before = tmp.path().join("before.rmsnap");
    std::fs::copy(&cached_snapshots(&cache)[0], &before).unwrap();
    let v1 = json(&plain(cmd(&cache, &["push", &format!("{repo}:v1"), s(&script), "--json"])).output().unwrap());

    write(&tmp.path().join("proj/fl_shift.m"), "function y = fl_shift(x)\ny = x + 2;\nend\n");
    ok(&rmsnap(&cache, &["build", s(&script)]));
    let v2 = json(&plain(cmd(&cache, &["push", &format!("{repo}:v2"), s(&script), "--json"])).output().unwrap());
    // Same library set, so the same config blob; the base layer (builtins,
    // bundled library, toolbox crates) and the records are unchanged: only
    // the project's layer is new.
    assert_eq!(uploaded(&v2), [false, false, false, true], "{v2}");
    assert_eq!(v2["bytes_uploaded"], v2["blobs"][3]["bytes"]);
    assert_ne!(v1["manifest_digest"], v2["manifest_digest"]);
    // A machine that pulled v1 downloads only that layer (and the config) for v2.
    let laptop = tmp.path().join("laptop");
    let pull = |tag: &str| json(&plain(cmd(&laptop, &["pull", &format!("{repo}:{tag}"), "--json"])).output().unwrap());
    let first = pull("v1");
    assert_eq!(first["bytes_downloaded"].as_u64(), Some(v1["blobs"].as_array().unwrap().iter().map(|b| b["bytes"].as_u64().unwrap()).sum::<u64>()), "{first}");
    let second = pull("v2");
    assert_eq!(second["bytes_downloaded"].as_u64(), Some(v2["blobs"][0]["bytes"].as_u64().unwrap() + v2["blobs"][3]["bytes"].as_u64().unwrap()), "{second}");
    let pulled = std::fs::read(cached_snapshots(&laptop).into_iter().find(|p| p.to_string_lossy().contains("pulled")).unwrap()).unwrap();
    assert!(pulled == std::fs::read(&cached_snapshots(&cache)[0]).unwrap(), "the composed snapshot is the one CI built, byte for byte");

    let diff = plain(cmd(&cache, &["diff", &format!("{repo}:v1"), &format!("{repo}:v2")])).output().unwrap();
    assert_eq!(diff.status.code(), Some(1), "{}", text(&diff.stderr));
    let out = text(&diff.stdout);
    assert!(out.contains("function `fl_shift`: source changed"), "{out}");
    assert!(!out.contains("fl_scale") && !out.contains("compat") && !out.contains("library set"), "only what changed: {out}");
    assert!(out.contains("layer ") && out.contains(": differs") && !out.contains("layer base"), "one layer differs: {out}");
    // Files work the same; a snapshot is the same as itself.
    let files = rmsnap(&cache, &["diff", s(&before), s(&cached_snapshots(&cache)[0])]);
    assert!(text(&files.stdout).contains("function `fl_shift`: source changed"), "{}", text(&files.stdout));
    assert!(ok(&rmsnap(&cache, &["diff", s(&before), s(&before)])).starts_with("same"));

    // A file added: its layer and the records (which list every function)
    // are new; the base is not, and no other function's id moved.
    write(&tmp.path().join("proj/fl_added.m"), "function y = fl_added(x)\ny = fl_shift(x) * 3;\nend\n");
    ok(&rmsnap(&cache, &["build", s(&script)]));
    let v3 = json(&plain(cmd(&cache, &["push", &format!("{repo}:v3"), s(&script), "--json"])).output().unwrap());
    assert_eq!(uploaded(&v3), [false, false, true, true], "{v3}");
    let third = pull("v3");
    let new_blobs = v3["blobs"][0]["bytes"].as_u64().unwrap() + v3["blobs"][2]["bytes"].as_u64().unwrap() + v3["blobs"][3]["bytes"].as_u64().unwrap();
    assert_eq!(third["bytes_downloaded"].as_u64(), Some(new_blobs), "{third}");
}

#[test]
fn a_snapshot_from_a_binary_with_other_providers_is_refused_naming_the_field() {
    const WITHOUT: &str = env!("CARGO_BIN_EXE_rmsnap-without-toolboxes");
    let (_reg, tmp, script, repo) = setup(false);
    let (theirs, ours) = (tmp.path().join("theirs"), tmp.path().join("ours"));
    ok(&rmsnap(&theirs, &["build", s(&script)]));
    ok(&plain(cmd(&theirs, &["push", &format!("{repo}:v1"), s(&script)])).output().unwrap());
    // Intact bytes, but with a section of a toolbox crate this binary does not link.
    let mut pull = cmd_of(WITHOUT, &ours, &["pull", &format!("{repo}:v1")]);
    pull.env("RMSNAP_REMOTE_PLAIN_HTTP", "1");
    let err = failed(&pull.output().unwrap(), 4);
    assert!(err.contains("refused") && err.contains("toolbox.signal"), "{err}");
    assert!(cached_snapshots(&ours).is_empty());
}
