//! Helpers shared by the CLI tests: run `rmsnap` with a private cache directory
//! (the user's default snapshot is never touched) and read what it printed.
#![allow(dead_code)]

pub mod layouts;
pub mod registry;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The binary under test: `rmsnap`, or in the bench package `rmsnap-bench`
/// (which is rmsnap too, with the benchmarks).
pub const RMSNAP: &str = match (option_env!("CARGO_BIN_EXE_rmsnap"), option_env!("CARGO_BIN_EXE_rmsnap-bench")) {
    (Some(bin), _) | (None, Some(bin)) => bin,
    (None, None) => panic!("these helpers run rmsnap or rmsnap-bench"),
};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn demo() -> PathBuf {
    repo().join("providers/runmat/demo.m")
}

/// `bin` with `args`, a private cache and none of rmsnap's environment settings.
pub fn cmd_of(bin: &str, cache: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(bin);
    c.args(args).env("XDG_CACHE_HOME", cache);
    for var in [
        "RMSNAP_SNAPSHOT",
        "RMSNAP_REQUIRE_SIGNED",
        "RMSNAP_ALLOW_UNTRUSTED",
        "RMSNAP_CACHE",
        "RMSNAP_CACHE_MAX",
        "RUNMAT_PATH",
        "MATLABPATH",
        "RMSNAP_REMOTE",
        "RMSNAP_REMOTE_PLAIN_HTTP",
        "RMSNAP_REGISTRY_USER",
        "RMSNAP_REGISTRY_PASSWORD",
        "DOCKER_CONFIG",
    ] {
        c.env_remove(var);
    }
    c
}

pub fn cmd(cache: &Path, args: &[&str]) -> Command {
    cmd_of(RMSNAP, cache, args)
}

pub fn rmsnap_of(bin: &str, cache: &Path, args: &[&str]) -> Output {
    cmd_of(bin, cache, args).output().expect("run rmsnap")
}

pub fn rmsnap(cache: &Path, args: &[&str]) -> Output {
    rmsnap_of(RMSNAP, cache, args)
}

/// The snapshots in the automatic cache under `cache` (`$XDG_CACHE_HOME`), sorted.
pub fn cached_snapshots(cache: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(cache.join("rmsnap/sets"))
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "rmsnap")).collect())
        .unwrap_or_default();
    v.sort();
    v
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Stdout of a successful run; otherwise fails the test showing both streams.
pub fn ok(out: &Output) -> String {
    assert!(out.status.success(), "status {:?}\nstdout:\n{}\nstderr:\n{}", out.status, text(&out.stdout), text(&out.stderr));
    text(&out.stdout)
}

/// Stderr of a run that exited with `code`.
pub fn failed(out: &Output, code: i32) -> String {
    assert_eq!(out.status.code(), Some(code), "stdout:\n{}\nstderr:\n{}", text(&out.stdout), text(&out.stderr));
    text(&out.stderr)
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

pub fn write(path: &Path, body: &str) -> PathBuf {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, body).unwrap();
    path.to_path_buf()
}
