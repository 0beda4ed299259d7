//! The folders RunMat 0.6.2 itself reads for a script, found the way it finds
//! them, so `rmsnap run script.m` needs no flags `runmat script.m` does not:
//!
//! - a project: the `runmat.toml` / `runmat.json` found from the script's
//!   folder upwards (runmat-config's own discovery and parser); its
//!   `[sources] roots`, recursively, are compiled with the script, then the
//!   source roots of its direct dependencies (`path` ones where they are,
//!   registry and git ones in RunMat's package cache, by `runmat.lock`);
//! - otherwise the script's folder: its function files, compiled with the script;
//! - then the current folder and the search path, `RUNMAT_PATH` and then
//!   `MATLABPATH`, each folder's own function files (searched at call time by
//!   RunMat in that order, first folder wins).
//!
//! Package folders (`+pkg`, nested `+pkg/+sub`) are read in each of them
//! (their functions are `pkg.f`, `pkg.sub.f`), and the script folder's
//! `private/`, and each search-path folder's `private/` for that folder's own
//! functions. Classes (`classdef` files, `@Class` folders) are compiled with the
//! script where RunMat compiles them ([`class_scope`]).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use rmsnap_model::file::{
    class_folder, class_scope, dependency_alias, is_scoped_private, is_search_path_function, package_of, private_key, script_private_key, search_path_folder,
    sibling_key, FoundRole, DEPENDENCY_LIBRARY, PRIVATE, SCRIPT_FOLDER_LIBRARY, SEARCH_PATH_LIBRARY,
};

/// One folder a script's run reads, with a library name unique in its set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundDir {
    /// Names the folder the same wherever the project sits (a snapshot stores
    /// its files as `<name>/<path below the folder>`).
    pub name: String,
    pub dir: PathBuf,
    pub role: FoundRole,
    /// The folder as the library set's key names it: relative to the anchor
    /// ([`anchor`]) when inside it, so a moved or copied project keeps its key.
    pub location: String,
}

#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("project manifest {path}: {detail}")]
    Manifest { path: PathBuf, detail: String },
    #[error("project manifest {manifest}: source root {root}: {source}")]
    Root { manifest: PathBuf, root: PathBuf, source: std::io::Error },
    #[error("project manifest {manifest}: dependency `{alias}`: {detail}")]
    Dependency { manifest: PathBuf, alias: String, detail: String },
}

/// Environment variables of RunMat's search path, in the order it reads them.
pub const SEARCH_PATH_ENV: [&str; 2] = ["RUNMAT_PATH", "MATLABPATH"];

/// Where a script's library set is anchored: the folder of its project
/// manifest, else the script's folder. Folders inside it are named relative
/// to it, so moving the whole tree keeps the set the same.
pub fn anchor(script: &Path) -> PathBuf {
    let folder = script_folder(script);
    runmat_config::project::discover_project_manifest_from(&folder).and_then(|m| m.parent().map(Path::to_path_buf)).unwrap_or(folder)
}

fn script_folder(script: &Path) -> PathBuf {
    let script = script.canonicalize().unwrap_or_else(|_| script.to_path_buf());
    script.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// `dir` relative to `anchor` (`.` for the anchor itself) when inside it, else absolute.
pub fn location(dir: &Path, anchor: &Path) -> String {
    match dir.strip_prefix(anchor) {
        Ok(rel) if rel.as_os_str().is_empty() => ".".into(),
        Ok(rel) => rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"),
        Err(_) => dir.display().to_string(),
    }
}

/// The folders a run of `script` reads, highest precedence first. Folders
/// without a function file are left out (they change nothing), so a set is
/// the same whether or not a script's folder holds only scripts.
pub fn discover(script: &Path) -> Result<Vec<FoundDir>, DiscoverError> {
    let script = script.canonicalize().unwrap_or_else(|_| script.to_path_buf());
    let folder = script_folder(&script);
    // RunMat's call-time lookup tries the current folder before the search
    // path: run from another folder, its functions win over `RUNMAT_PATH`'s.
    let cwd = std::env::current_dir().ok().and_then(|d| d.canonicalize().ok());
    discover_from(&folder, Some(&script), FoundRole::ScriptFolder, cwd)
}

/// The folders a REPL session started in `cwd` reads: a project found from
/// `cwd` upwards, as for a script; else `cwd` itself, which RunMat's REPL only
/// searches at call time (a search-path folder: builtins come first); then
/// `RUNMAT_PATH` and `MATLABPATH`.
pub fn discover_session(cwd: &Path) -> Result<Vec<FoundDir>, DiscoverError> {
    let cwd = cwd.canonicalize().unwrap_or_else(|_| cwd.to_path_buf());
    discover_from(&cwd, None, FoundRole::SearchPath, None)
}

/// `current` is the current folder, searched before the search path (unless
/// it is one of the folders compiled with the script, or inside one).
fn discover_from(folder: &Path, script: Option<&Path>, folder_role: FoundRole, current: Option<PathBuf>) -> Result<Vec<FoundDir>, DiscoverError> {
    let folder = folder.to_path_buf();
    let mut anchor = folder.clone();
    let mut found: Vec<(PathBuf, FoundRole, Option<Naming>)> = Vec::new();
    match runmat_config::project::discover_project_manifest_from(&folder) {
        Some(manifest) => {
            let parsed = runmat_config::project::load_project_manifest(&manifest)
                .map_err(|e| DiscoverError::Manifest { path: manifest.clone(), detail: e.to_string() })?;
            let base = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
            anchor = base.canonicalize().unwrap_or_else(|_| base.clone());
            let roots = if parsed.sources.roots.is_empty() { vec![PathBuf::from(".")] } else { parsed.sources.roots.clone() };
            for root in roots {
                let dir = base.join(&root).canonicalize().map_err(|source| DiscoverError::Root { manifest: manifest.clone(), root: root.clone(), source })?;
                found.push((dir, FoundRole::ProjectRoot, None));
            }
            found.extend(dependency_roots(&manifest, &base, &parsed)?);
        }
        None => found.push((folder, folder_role, None)),
    }
    if let Some(cwd) = current.filter(|c| !found.iter().any(|(d, role, _)| d == c || (role.recursive() && c.starts_with(d)))) {
        found.push((cwd, FoundRole::SearchPath, None));
    }
    for var in SEARCH_PATH_ENV {
        let Some(value) = std::env::var_os(var).filter(|v| !v.is_empty()) else { continue };
        for entry in std::env::split_paths(&value) {
            // RunMat skips entries that are not folders; so does the set.
            if let Ok(dir) = entry.canonicalize() {
                if dir.is_dir() {
                    found.push((dir, FoundRole::SearchPath, None));
                }
            }
        }
    }
    let mut out: Vec<FoundDir> = Vec::new();
    for (dir, role, naming) in found {
        if out.iter().any(|f| f.dir == dir) || function_files(&dir, role, script).is_empty() {
            continue;
        }
        let location = naming.as_ref().and_then(|n| n.location.clone()).unwrap_or_else(|| location(&dir, &anchor));
        // Named by what stays when the project moves: a root by its path in the
        // project, the script's folder by its role, a dependency by its alias;
        // a search-path folder by its own name.
        let base = match (role, naming) {
            (_, Some(naming)) => naming.name,
            (FoundRole::ProjectRoot, None) if location == "." => "project".to_string(),
            (FoundRole::ProjectRoot, None) if !Path::new(&location).is_absolute() => format!("project.{}", clean(&location)),
            (FoundRole::ScriptFolder, None) => SCRIPT_FOLDER_LIBRARY.to_string(),
            // A dependency always has its naming; a root outside the project and
            // a search-path folder are named by their own name.
            (FoundRole::ProjectRoot | FoundRole::SearchPath | FoundRole::Dependency, None) => {
                let prefix = if role == FoundRole::ProjectRoot { "project" } else { "path" };
                format!("{prefix}.{}", dir.file_name().map(|n| clean(&n.to_string_lossy())).unwrap_or_else(|| "root".into()))
            }
        };
        let mut name = base.clone();
        let mut n = 1;
        // `#` cannot occur in a dependency alias, which [`dependency_alias`] reads back.
        let sep = if role == FoundRole::Dependency { '#' } else { '-' };
        while out.iter().any(|f| f.name == name) {
            n += 1;
            name = format!("{base}{sep}{n}");
        }
        out.push(FoundDir { name, dir, role, location });
    }
    Ok(out)
}

/// How a dependency's root is named: by its alias, and, for a tree in
/// RunMat's package cache, at a location the same on every machine.
struct Naming {
    name: String,
    location: Option<String>,
}

/// A folder name as a library name part: lowercase alphanumerics, anything else `_`.
pub(crate) fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect()
}

/// The source roots of a project's direct path dependencies, in the order of
/// their names (RunMat 0.6.2 makes their functions callable by bare name from
/// the script and the project; its own functions win; a dependency's own
/// dependencies are not visible). Registry, git and service dependencies are
/// read where `runmat.lock` pins them in RunMat's package cache ([`super::package_cache`]).
fn dependency_roots(
    manifest: &Path,
    base: &Path,
    parsed: &runmat_config::project::ProjectManifest,
) -> Result<Vec<(PathBuf, FoundRole, Option<Naming>)>, DiscoverError> {
    let mut out = Vec::new();
    // Read once, and only when a dependency needs it.
    let mut lock = None;
    for (alias, dep) in &parsed.dependencies {
        let err = |detail: String| DiscoverError::Dependency { manifest: manifest.to_path_buf(), alias: alias.clone(), detail };
        // A registry or git dependency: its tree in RunMat's package cache,
        // named in the set by its digest, which is the same on every machine.
        let (dir, tree) = match &dep.path {
            Some(path) => (base.join(path).canonicalize().map_err(|e| err(format!("{}: {e}", path.display())))?, None),
            None => {
                let read = match lock.take() {
                    Some(read) => read,
                    None => super::package_cache::Lock::read(manifest).map_err(err)?,
                };
                let tree = super::package_cache::locked_tree(&read, alias).map_err(err)?;
                lock = Some(read);
                (tree.dir.canonicalize().map_err(|e| err(format!("{}: {e}", tree.dir.display())))?, Some(tree.digest))
            }
        };
        let dep_manifest = ["runmat.toml", "runmat.json"].iter().map(|n| dir.join(n)).find(|m| m.is_file());
        let roots = match &dep_manifest {
            Some(m) => {
                let parsed = runmat_config::project::load_project_manifest(m).map_err(|e| err(format!("{}: {e}", m.display())))?;
                parsed.sources.roots
            }
            None => Vec::new(),
        };
        let roots = if roots.is_empty() { vec![PathBuf::from(".")] } else { roots };
        for root in roots {
            let root_dir = dir.join(&root).canonicalize().map_err(|e| err(format!("source root {}: {e}", root.display())))?;
            let naming = Naming {
                name: format!("{DEPENDENCY_LIBRARY}{alias}"),
                location: tree.as_ref().map(|digest| format!("runmat-package:{digest}/{}", location(&root_dir, &dir))),
            };
            out.push((root_dir, FoundRole::Dependency, Some(naming)));
        }
    }
    Ok(out)
}

/// The `.m` files of a found folder that RunMat would read (sorted), leaving
/// out `skip` (the script being run). Package folders (`+pkg`, nested
/// `+pkg/+sub`) are read in every role: their functions are called by
/// qualified name (`pkg.f`, see [`package_of`]), so they never shadow others.
///
/// Then the folder's own `private/` functions (see [`FoundRole::scopes_private`]),
/// under keys of their own ([`private_key`]); the `.m` files of its `@Class`
/// folders where RunMat compiles classes ([`class_scope`]).
pub fn function_files(dir: &Path, role: FoundRole, skip: Option<&Path>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(dir, role.recursive(), false, &mut out);
    if role.compiles_classes() {
        collect_class_folders(dir, role.recursive(), &mut out);
    }
    // Only a file of the script's name is taken for the script: the others
    // need no `realpath` (thousands of them in a large folder). A link to the
    // script under another name is read as the script file it is, and skipped
    // as scripts beside the script are.
    out.retain(|p| skip.is_none_or(|s| p.file_name() != s.file_name() || p.canonicalize().map_or(true, |c| c != s)));
    super::sort_paths(&mut out);
    let private = || {
        let mut private = Vec::new();
        collect(&dir.join(PRIVATE), false, true, &mut private);
        private.retain(|p| p.extension().is_some_and(|e| e == "m") && p.parent() == Some(&dir.join(PRIVATE)));
        super::sort_paths(&mut private);
        private
    };
    if role.scopes_private() {
        // Under keys of their own: their place in the order decides nothing.
        out.extend(private());
    }
    out
}

/// The `.m` files of `@Class` folders below `dir` (at its top, or in any
/// plain subfolder when `recursive`); never inside packages or `private/`.
fn collect_class_folders(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !path.is_dir() {
            continue;
        }
        if name.len() > 1 && name.starts_with('@') {
            let Ok(files) = std::fs::read_dir(&path) else { continue };
            out.extend(files.flatten().map(|f| f.path()).filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "m")));
        } else if recursive && !name.starts_with('+') && name != PRIVATE {
            collect_class_folders(&path, recursive, out);
        }
    }
}

fn collect(dir: &Path, recursive: bool, in_package: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if name.starts_with('+') && name.len() > 1 {
                collect(&path, false, true, out);
            } else if recursive && !in_package && !name.starts_with('@') && name != "private" {
                // `@Class` folders: see `collect_class_folders`; `private/`: `function_files`.
                collect(&path, recursive, false, out);
            }
        } else if name.ends_with(".m") {
            out.push(path);
        }
    }
}
