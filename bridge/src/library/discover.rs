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

/// What a found folder is to RunMat; decides which files count and precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FoundRole {
    /// A project source root (recursive).
    ProjectRoot,
    /// The script's own folder (its top level).
    ScriptFolder,
    /// A search-path folder (its top level). Builtins win over its functions.
    SearchPath,
    /// A source root of one of the project's direct path dependencies
    /// (recursive): compiled with the script after the project's own roots.
    Dependency,
}

impl FoundRole {
    /// Whether a function file here may shadow a RunMat builtin: files compiled
    /// with the script do (they are bound before builtins); files RunMat only
    /// searches at call time never get the chance.
    pub fn shadows_builtins(self) -> bool {
        !matches!(self, FoundRole::SearchPath)
    }
    /// Whether its `private/` functions are read, for its own functions only
    /// (and, for the script's folder, the script): the script folder's and a
    /// search-path folder's, as RunMat resolves them (see [`private_key`]).
    /// RunMat 0.6.2 (checked against the binary) resolves no project root's or
    /// dependency's.
    pub fn scopes_private(self) -> bool {
        matches!(self, FoundRole::SearchPath | FoundRole::ScriptFolder)
    }
    pub fn recursive(self) -> bool {
        matches!(self, FoundRole::ProjectRoot | FoundRole::Dependency)
    }
    /// Whether RunMat compiles its classes with the script: `classdef` files
    /// and `@Class` folders (see [`class_scope`]).
    pub fn compiles_classes(self) -> bool {
        matches!(self, FoundRole::ProjectRoot | FoundRole::ScriptFolder)
    }
}

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

/// Library names of a project's direct dependencies: `dep.<alias>`.
const DEPENDENCY_LIBRARY: &str = "dep.";

/// The alias of the dependency whose root library `library` is.
pub fn dependency_alias(library: &str) -> Option<&str> {
    library.strip_prefix(DEPENDENCY_LIBRARY).map(|rest| rest.split('#').next().unwrap_or(rest))
}

fn clean(s: &str) -> String {
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
    out.retain(|p| skip.map_or(true, |s| p.file_name() != s.file_name() || p.canonicalize().map_or(true, |c| c != s)));
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

/// Library names of search-path folders (see [`FoundRole::scopes_private`]).
const SEARCH_PATH_LIBRARY: &str = "path.";

/// Whether library function `key`, compiled from file `id`, is a search-path
/// folder's function that RunMat finds at call time (not a `private/`, package
/// or shadowed one, which are bound in their folder).
pub fn is_search_path_function(key: &str, id: &str) -> bool {
    id.starts_with(SEARCH_PATH_LIBRARY) && !key.contains(['.', '/', '>']) && own_folder(id).is_some() && !is_scoped_private(id)
}

/// The folder of a search-path file `id`: whose functions call each other
/// whatever the path says (see [`sibling_key`]).
pub fn search_path_folder(id: &str) -> Option<&str> {
    id.starts_with(SEARCH_PATH_LIBRARY).then(|| own_folder(id)).flatten()
}

/// Library name of the script's folder.
pub const SCRIPT_FOLDER_LIBRARY: &str = "folder";

/// Whether file `id` is in a library whose `private/` functions are scoped.
fn scopes_private(id: &str) -> bool {
    id.starts_with(SEARCH_PATH_LIBRARY) || id.split('/').next() == Some(SCRIPT_FOLDER_LIBRARY)
}

/// Whether file `id` is the script folder's or a search-path folder's
/// `private/` function, bound under its own key ([`private_key`]) rather than its bare name.
pub fn is_scoped_private(id: &str) -> bool {
    scopes_private(id) && id.rsplit('/').nth(1) == Some(PRIVATE)
}

/// The key under which the script finds its folder's private function
/// `name`, before any other function of that name ([`private_key`]).
pub fn script_private_key(name: &str) -> Option<String> {
    (!name.contains(['.', '/'])).then(|| format!("{SCRIPT_FOLDER_LIBRARY}/{PRIVATE}/{name}"))
}

/// The key under which code in file `caller` finds its folder's private
/// function `name` (`<folder>/private/<name>`, the file's id without `.m`):
/// only that folder's own functions, its private functions themselves and
/// (for the script's folder) the script see it; a function of another folder
/// calling `name` gets the public one, as in RunMat. No MATLAB name contains
/// `/`, so no call can name it.
pub fn private_key(caller: &str, name: &str) -> Option<String> {
    if !scopes_private(caller) || name.contains(['.', '/']) {
        return None;
    }
    own_folder(caller).map(|folder| format!("{folder}/{PRIVATE}/{name}"))
}

/// The folder whose own functions file `caller` is one of (a `private/`
/// file's is its parent); `None` in a package, whose functions are not the
/// folder's own.
fn own_folder(caller: &str) -> Option<&str> {
    let dir = caller.rsplit_once('/')?.0;
    let folder = dir.strip_suffix(&format!("/{PRIVATE}")).unwrap_or(dir);
    (!folder.rsplit('/').next().is_some_and(|last| last.starts_with('+'))).then_some(folder)
}

/// The key under which code in file `caller` of a search-path folder finds
/// that folder's own function `name` when an earlier folder's `name` wins
/// (`<folder>/<name>`, that file's id without `.m`): RunMat compiles a file it
/// finds on the path together with its folder's function files, so they call
/// each other whatever the path's order says. `None` outside search-path
/// folders, in packages, and for qualified names.
pub fn sibling_key(caller: &str, name: &str) -> Option<String> {
    if !caller.starts_with(SEARCH_PATH_LIBRARY) || name.contains(['.', '/']) {
        return None;
    }
    own_folder(caller).map(|folder| format!("{folder}/{name}"))
}

/// [`crate::Library::class_scope`] for file `id` of a folder with `role`;
/// `is_class`: the file is a `classdef` (else a function file, which counts
/// only in an `@Class` folder, as the class's method `Class.f`).
pub fn class_scope(role: FoundRole, id: &str, is_class: bool) -> Option<Option<String>> {
    let rel = id.split_once('/')?.1;
    let (file, folders) = rel.split('/').collect::<Vec<_>>().split_last().map(|(f, d)| (*f, d.to_vec()))?;
    let stem = file.strip_suffix(".m")?;
    if let Some(class) = class_folder(id) {
        // `@C/C.m` defines class `C`; `@C/f.m` its method `C.f` (runmat-config's source index).
        let top = folders.len() == 1;
        return (role == FoundRole::ScriptFolder && top || role == FoundRole::ProjectRoot && !folders.iter().any(|f| *f == PRIVATE || f.starts_with('+')))
            .then(|| Some(if is_class { class.to_string() } else { format!("{class}.{stem}") }));
    }
    if !is_class {
        return None;
    }
    match role {
        FoundRole::ScriptFolder if folders.is_empty() => Some(None),
        FoundRole::ProjectRoot if !folders.contains(&PRIVATE) => Some(package_of(id).map(|package| format!("{package}.{stem}"))),
        _ => None,
    }
}

/// The class whose `@Class` folder holds file `id` directly.
pub fn class_folder(id: &str) -> Option<&str> {
    id.rsplit('/').nth(1)?.strip_prefix('@').filter(|c| !c.is_empty())
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

/// A folder whose functions only its parent folder sees.
pub const PRIVATE: &str = "private";

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

/// The package a library file belongs to, from its file id
/// (`folder/+pkg/+sub/f.m` → `pkg.sub`): its function is `pkg.sub.f`.
pub fn package_of(id: &str) -> Option<String> {
    let mut parts: Vec<&str> = id.split('/').collect();
    parts.pop();
    let packages: Vec<&str> = parts.iter().rev().map_while(|p| p.strip_prefix('+')).collect();
    (!packages.is_empty()).then(|| packages.into_iter().rev().collect::<Vec<_>>().join("."))
}
