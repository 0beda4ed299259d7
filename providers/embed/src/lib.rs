//! Build-script helper for crates that ship MATLAB sources (the bundled toolbox,
//! third-party toolbox crates). No dependencies, so build scripts stay cheap.
//!
//! ```ignore
//! // build.rs
//! fn main() { rmsnap_embed::embed_m_files("m", "toolbox_files.rs"); }
//! // src/lib.rs
//! static FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/toolbox_files.rs"));
//! ```

#![deny(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::{env, fs};

/// Writes `$OUT_DIR/<out_name>`: a `&[(relative path, contents)]` expression over
/// every `.m` file below `<manifest dir>/<dir>`, sorted by path so the embedded
/// order (and every snapshot built from it) is deterministic.
///
/// # Panics
///
/// Failing the build with the path, if the directory cannot be read or the
/// output written (a build script reports failure by panicking).
#[allow(clippy::expect_used, reason = "a build script reports failure by panicking; cargo sets both variables")]
pub fn embed_m_files(dir: &str, out_name: &str) {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR")).join(dir);
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files).unwrap_or_else(|e| panic!("reading {}: {e}", root.display()));
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&root).unwrap_or(f).to_string_lossy().replace('\\', "/");
        out.push_str(&format!("    ({rel:?}, include_str!({:?})),\n", f.display().to_string()));
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join(out_name);
    fs::write(&dest, out).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "m") {
            out.push(path);
        }
    }
    Ok(())
}
