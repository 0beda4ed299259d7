//! The folders RunMat 0.6.2 itself reads for a script, found the way it finds
//! them, so `rmsnap run script.m` needs no flags `runmat script.m` does not:
//!
//! - a project: the `runmat.toml` / `runmat.json` found from the script's
//!   folder upwards (runmat-config's own discovery and parser); its
//!   `[sources] roots`, recursively, are compiled with the script;
//! - otherwise the script's folder: its function files, compiled with the script;
//! - then the search path, `RUNMAT_PATH` and then `MATLABPATH`, each folder's
//!   own function files (searched at call time by RunMat, first folder wins).
//!
//! Not covered yet: `+pkg`, `@Class` and `private/` folders, and a project's
//! dependencies (see the README).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What a found folder is to RunMat; decides which files count and precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FoundRole {
    /// A project source root (recursive).
    ProjectRoot,
    /// The script's own folder (its top level).
    ScriptFolder,
    /// A search-path folder (its top level). Builtins win over its functions.
    SearchPath,
}

impl FoundRole {
    /// Whether a function file here may shadow a RunMat builtin: files compiled
    /// with the script do (they are bound before builtins); files RunMat only
    /// searches at call time never get the chance.
    pub fn shadows_builtins(self) -> bool {
        !matches!(self, FoundRole::SearchPath)
    }
    pub fn recursive(self) -> bool {
        matches!(self, FoundRole::ProjectRoot)
    }
}

/// One folder a script's run reads, with a library name unique in its set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundDir {
    pub name: String,
    pub dir: PathBuf,
    pub role: FoundRole,
}

#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("project manifest {path}: {detail}")]
    Manifest { path: PathBuf, detail: String },
    #[error("project manifest {manifest}: source root {root}: {source}")]
    Root { manifest: PathBuf, root: PathBuf, source: std::io::Error },
}

/// Environment variables of RunMat's search path, in the order it reads them.
pub const SEARCH_PATH_ENV: [&str; 2] = ["RUNMAT_PATH", "MATLABPATH"];

/// The folders a run of `script` reads, highest precedence first. Folders
/// without a function file are left out (they change nothing), so a set is
/// the same whether or not a script's folder holds only scripts.
pub fn discover(script: &Path) -> Result<Vec<FoundDir>, DiscoverError> {
    let script = script.canonicalize().unwrap_or_else(|_| script.to_path_buf());
    let folder = script.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let mut found: Vec<(PathBuf, FoundRole)> = Vec::new();
    match runmat_config::project::discover_project_manifest_from(&folder) {
        Some(manifest) => {
            let parsed = runmat_config::project::load_project_manifest(&manifest)
                .map_err(|e| DiscoverError::Manifest { path: manifest.clone(), detail: e.to_string() })?;
            let base = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
            let roots = if parsed.sources.roots.is_empty() { vec![PathBuf::from(".")] } else { parsed.sources.roots.clone() };
            for root in roots {
                let dir = base.join(&root).canonicalize().map_err(|source| DiscoverError::Root { manifest: manifest.clone(), root: root.clone(), source })?;
                found.push((dir, FoundRole::ProjectRoot));
            }
        }
        None => found.push((folder, FoundRole::ScriptFolder)),
    }
    for var in SEARCH_PATH_ENV {
        let Some(value) = std::env::var_os(var).filter(|v| !v.is_empty()) else { continue };
        for entry in std::env::split_paths(&value) {
            // RunMat skips entries that are not folders; so does the set.
            if let Ok(dir) = entry.canonicalize() {
                if dir.is_dir() {
                    found.push((dir, FoundRole::SearchPath));
                }
            }
        }
    }
    let mut out: Vec<FoundDir> = Vec::new();
    for (dir, role) in found {
        if out.iter().any(|f| f.dir == dir) || function_files(&dir, role, Some(&script)).is_empty() {
            continue;
        }
        let base: String = dir
            .file_name()
            .map(|n| n.to_string_lossy().chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect())
            .unwrap_or_else(|| "root".into());
        let prefix = match role {
            FoundRole::ProjectRoot => "project",
            FoundRole::ScriptFolder => "folder",
            FoundRole::SearchPath => "path",
        };
        let mut name = format!("{prefix}.{base}");
        let mut n = 1;
        while out.iter().any(|f| f.name == name) {
            n += 1;
            name = format!("{prefix}.{base}-{n}");
        }
        out.push(FoundDir { name, dir, role });
    }
    Ok(out)
}

/// The `.m` files of a found folder that RunMat would read (sorted), leaving
/// out `skip` (the script being run).
pub fn function_files(dir: &Path, role: FoundRole, skip: Option<&Path>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(dir, role.recursive(), &mut out);
    out.retain(|p| skip.map_or(true, |s| p.canonicalize().map_or(true, |c| c != s)));
    out.sort();
    out
}

fn collect(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            // Package, class and private folders follow their own rules (not covered yet).
            if recursive && !name.starts_with(['+', '@']) && name != "private" {
                collect(&path, recursive, out);
            }
        } else if name.ends_with(".m") {
            out.push(path);
        }
    }
}
