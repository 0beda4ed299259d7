//! Toolboxes end to end: a toolbox crate linked behind a cargo feature (`rmsnap`)
//! versus the same command without it (`rmsnap-without-toolboxes`), and toolbox
//! directories with the same namespacing, conflict and override rules.

use std::path::Path;
use std::process::Command;

mod common;

use common::*;

const WITH: &str = RMSNAP;
const WITHOUT: &str = env!("CARGO_BIN_EXE_rmsnap-without-toolboxes");

fn sections(bin: &str, cache: &Path, snap: &Path) -> Vec<String> {
    let inspect: serde_json::Value = serde_json::from_str(&ok(&rmsnap_of(bin, cache, &["inspect", s(snap), "--json"]))).unwrap();
    inspect["sections"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn the_signal_toolbox_is_there_only_when_its_crate_is_linked() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let script = write(&tmp.path().join("uses_signal.m"), "fprintf('%.6f\\n', sig_rms([3, 4]));\nw = sig_hann(5);\nfprintf('%.6f\\n', w(3));\n");
    let demo = repo().join("providers/runmat/demo.m");
    let (with, without) = (tmp.path().join("with.rmsnap"), tmp.path().join("without.rmsnap"));
    ok(&rmsnap_of(WITH, cache, &["build", "--out", s(&with)]));
    ok(&rmsnap_of(WITHOUT, cache, &["build", "--out", s(&without)]));

    let linked = sections(WITH, cache, &with);
    assert!(linked.contains(&"toolbox.signal.manifest".to_string()), "{linked:?}");
    let bare = sections(WITHOUT, cache, &without);
    assert!(!bare.iter().any(|s| s.starts_with("toolbox.")), "{bare:?}");
    assert_eq!(linked.len(), bare.len() + 1);

    // Linked: callable from the snapshot and cold, same numbers.
    let expected = "3.535534\n1.000000\n";
    let warm = ok(&rmsnap_of(WITH, cache, &["run", s(&script), "--snapshot", s(&with), "--snapshot-policy", "require"]));
    assert_eq!(warm, expected);
    assert_eq!(ok(&rmsnap_of(WITH, cache, &["run", s(&script), "--no-snapshot"])), expected);

    // Not linked: the functions do not exist, everything else still works.
    let err = failed(&rmsnap_of(WITHOUT, cache, &["run", s(&script), "--snapshot", s(&without), "--snapshot-policy", "require"]), 1);
    assert!(err.contains("sig_rms"), "{err}");
    let err = failed(&rmsnap_of(WITHOUT, cache, &["run", s(&script), "--no-snapshot"]), 1);
    assert!(err.contains("sig_rms"), "{err}");
    assert_eq!(
        ok(&rmsnap_of(WITHOUT, cache, &["run", s(&demo), "--snapshot", s(&without), "--snapshot-policy", "require"])),
        ok(&rmsnap_of(WITH, cache, &["run", s(&demo), "--snapshot", s(&with), "--snapshot-policy", "require"]))
    );

    // A snapshot holding the toolbox is refused by a binary that lacks it, naming the provider.
    let err = failed(&rmsnap_of(WITHOUT, cache, &["run", s(&demo), "--snapshot", s(&with), "--snapshot-policy", "require"]), 3);
    assert!(err.contains("providers.toolbox.signal"), "{err}");
}

#[test]
fn a_damaged_toolbox_section_is_reported_by_provider_and_run_falls_back() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let snap = tmp.path().join("lib.rmsnap");
    ok(&rmsnap_of(WITH, cache, &["build", "--out", s(&snap)]));
    let inspect: serde_json::Value = serde_json::from_str(&ok(&rmsnap_of(WITH, cache, &["inspect", s(&snap), "--json"]))).unwrap();
    let section = inspect["sections"].as_array().unwrap().iter().find(|s| s["id"] == "toolbox.signal.manifest").unwrap().clone();
    // The first byte of the section is its entry index, checked when the section is first read.
    let at = section["offset"].as_u64().unwrap() as usize;
    let mut bytes = std::fs::read(&snap).unwrap();
    bytes[at] ^= 0x40;
    std::fs::write(&snap, &bytes).unwrap();

    let err = failed(&rmsnap_of(WITH, cache, &["verify", s(&snap)]), 4);
    assert!(err.contains("toolbox.signal"), "{err}");
    let script = write(&tmp.path().join("s.m"), "fprintf('%.6f\\n', sig_rms([3, 4]));\n");
    let out = rmsnap_of(WITH, cache, &["run", s(&script), "--snapshot", s(&snap)]);
    assert_eq!(ok(&out), "3.535534\n");
    let warning = text(&out.stderr);
    assert!(warning.contains("provider `toolbox.signal`"), "{warning}");
    assert_eq!(warning.matches("warning").count(), 1, "{warning}");
}

#[test]
fn toolbox_directories_follow_the_same_conflict_and_override_rules() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let out = tmp.path().join("x.rmsnap");
    let dir = tmp.path().join("mytools");
    write(&dir.join("rm_mean.m"), "function m = rm_mean(x)\n%RM_MEAN always 42 (an override)\nm = 42;\nend\n");
    let script = write(&tmp.path().join("m.m"), "fprintf('%.1f %.5f\\n', rm_mean([1, 2, 3]), sig_rms([3, 4]));\n");

    // Same name as a bundled function, no override: an error naming both libraries and the function.
    let err = failed(&rmsnap_of(WITH, cache, &["build", "--toolbox", s(&dir), "--out", s(&out)]), 5);
    assert!(err.contains("function `rm_mean` is defined by both `bundled`") && err.contains("`toolbox.mytools`"), "{err}");
    let err = failed(&rmsnap_of(WITH, cache, &["run", s(&script), "--toolbox", s(&dir), "--no-snapshot"]), 1);
    assert!(err.contains("function `rm_mean` is defined by both"), "{err}");
    assert!(!out.exists());

    // Declared: the toolbox's definition wins everywhere, snapshot and cold alike.
    write(&dir.join("toolbox.json"), r#"{ "version": "1.0.0", "overrides": ["rm_mean"], "requires": { "toolbox.signal": "^0.1" } }"#);
    ok(&rmsnap_of(WITH, cache, &["build", "--toolbox", s(&dir), "--out", s(&out)]));
    let run = |extra: &[&str]| ok(&rmsnap_of(WITH, cache, &[&["run", s(&script), "--toolbox", s(&dir)], extra].concat()));
    let warm = run(&["--snapshot", s(&out), "--snapshot-policy", "require"]);
    assert_eq!(warm, run(&["--no-snapshot"]));
    assert_eq!(warm, "42.0 3.53553\n");

    // A requirement the linked toolboxes do not meet.
    write(&dir.join("toolbox.json"), r#"{ "overrides": ["rm_mean"], "requires": { "toolbox.signal": ">=7" } }"#);
    let err = failed(&rmsnap_of(WITH, cache, &["build", "--toolbox", s(&dir), "--out", s(&out)]), 5);
    assert!(err.contains("`toolbox.mytools` requires `toolbox.signal` at version >=7, but version 0.1.0 is present"), "{err}");

    // A manifest field that does not exist is named, with the file.
    write(&dir.join("toolbox.json"), r#"{ "overides": ["rm_mean"] }"#);
    let err = failed(&rmsnap_of(WITH, cache, &["build", "--toolbox", s(&dir), "--out", s(&out)]), 5);
    assert!(err.contains("toolbox.json") && err.contains("unknown field `overides`"), "{err}");
}

#[test]
fn builtin_names_and_toolbox_names_cannot_be_taken_silently() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let out = tmp.path().join("x.rmsnap");
    let dir = tmp.path().join("shadow");
    write(&dir.join("numel.m"), "function n = numel(x)\n%NUMEL counts twice\nn = 2 * length(x);\nend\n");
    let err = failed(&rmsnap_of(WITH, cache, &["build", "--toolbox", s(&dir), "--out", s(&out)]), 5);
    assert!(err.contains("function `numel` of `toolbox.shadow`") && err.contains("builtin"), "{err}");
    // Declared, the toolbox's function replaces the builtin, from the snapshot and from source.
    write(&dir.join("toolbox.json"), r#"{ "overrides": ["numel"] }"#);
    let script = write(&tmp.path().join("n.m"), "fprintf('%.1f\\n', numel([1, 2, 3]));\n");
    ok(&rmsnap_of(WITH, cache, &["build", "--toolbox", s(&dir), "--out", s(&out)]));
    let warm = ok(&rmsnap_of(WITH, cache, &["run", s(&script), "--toolbox", s(&dir), "--snapshot", s(&out), "--snapshot-policy", "require"]));
    assert_eq!(warm, "6.0\n");
    assert_eq!(warm, ok(&rmsnap_of(WITH, cache, &["run", s(&script), "--toolbox", s(&dir), "--no-snapshot"])));

    // A directory whose name collides with a linked toolbox's namespace.
    let signal = tmp.path().join("Signal");
    write(&signal.join("my_fn.m"), "function y = my_fn(x)\ny = x;\nend\n");
    let err = failed(&rmsnap_of(WITH, cache, &["build", "--toolbox", s(&signal), "--out", s(&out)]), 5);
    assert!(err.contains("two libraries are named `toolbox.signal`"), "{err}");
}

#[test]
fn non_finite_constants_survive_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let out = tmp.path().join("x.rmsnap");
    let dir = tmp.path().join("consts");
    write(&dir.join("nonfinite.m"), "function v = nonfinite()\n%NONFINITE constants JSON cannot hold\nv = [Inf, -Inf, NaN, 1e308];\nend\n");
    let script = write(&tmp.path().join("c.m"), "v = nonfinite();\nfprintf('%d %d %d %d\\n', v(1) > 1e308, v(2) < -1e308, isnan(v(3)), v(4) == 1e308);\n");
    ok(&rmsnap_of(WITH, cache, &["build", "--strict", "--toolbox", s(&dir), "--out", s(&out)]));
    let warm = ok(&rmsnap_of(WITH, cache, &["run", s(&script), "--toolbox", s(&dir), "--snapshot", s(&out), "--snapshot-policy", "require"]));
    assert_eq!(warm, "1 1 1 1\n");
    assert_eq!(warm, ok(&rmsnap_of(WITH, cache, &["run", s(&script), "--toolbox", s(&dir), "--no-snapshot"])));
}

/// The cargo feature is what links the crate: off, `rmsnap` does not depend on it at all.
#[test]
fn the_toolbox_feature_gates_the_dependency() {
    let tree = |extra: &[&str]| {
        let out = Command::new(env!("CARGO"))
            .args(["tree", "--offline", "--locked", "-p", "rmsnap", "-e", "normal", "--prefix", "none"])
            .args(extra)
            .current_dir(repo())
            .output()
            .expect("run cargo tree");
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    assert!(tree(&[]).contains("rmsnap-toolbox-signal"));
    assert!(!tree(&["--no-default-features"]).contains("rmsnap-toolbox-signal"));
}
