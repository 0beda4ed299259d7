//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};

/// The self-checking MATLAB scripts that exercise the bundled toolbox.
pub fn toolbox_scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("integration-tests/scripts")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "m"))
        .collect();
    v.sort();
    v
}

pub fn bad_toolbox() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("bad-toolbox")
}

/// RunMat's parser and VM recurse deeply; test threads get 2 MiB by default.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).unwrap().join().unwrap()
}
