//! File ids and what a file's place says about the functions it defines.
//!
//! A file id is `<library>/<path below the library's folder>` with `/`
//! separators (`folder/+pkg/f.m`, `path.tools/private/g.m`): what a snapshot
//! stores, so it stays valid when a project is moved or copied. Library names
//! say what kind of folder they are (`folder`, `project`, `project.src`,
//! `path.<name>`, `dep.<alias>`, `toolbox.<name>`, `bundled`).

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What a folder RunMat reads for a script is to RunMat; decides which files
/// count and their precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// Whether RunMat compiles its function files with the script as one unit,
    /// where a name declared twice is the later file's (files in path order).
    pub fn is_one_unit(self) -> bool {
        matches!(self, FoundRole::ProjectRoot | FoundRole::ScriptFolder)
    }
}

/// Library name of the script's folder.
pub const SCRIPT_FOLDER_LIBRARY: &str = "folder";
/// Library names of search-path folders: `path.<name>`.
pub const SEARCH_PATH_LIBRARY: &str = "path.";
/// Library names of a project's direct dependencies: `dep.<alias>`; a second
/// root of one is `dep.<alias>#2` (`#` cannot occur in an alias).
pub const DEPENDENCY_LIBRARY: &str = "dep.";
/// A folder whose functions only its parent folder sees.
pub const PRIVATE: &str = "private";

/// A file id, parsed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId {
    library: String,
    rel: String,
}

impl FileId {
    /// File `file` of library `library`, whose folder is `dir`.
    pub fn of(library: &str, dir: &Path, file: &Path) -> FileId {
        let rel = file.strip_prefix(dir).unwrap_or(file);
        let rel: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect();
        FileId { library: library.to_string(), rel: rel.join("/") }
    }

    pub fn library(&self) -> &str {
        &self.library
    }

    /// Its path below its library's folder, `/`-separated.
    pub fn rel(&self) -> &str {
        &self.rel
    }
}

impl fmt::Display for FileId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.library, self.rel)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a file id: {1}")]
pub struct FileIdError(String, &'static str);

impl FromStr for FileId {
    type Err = FileIdError;

    fn from_str(s: &str) -> Result<FileId, FileIdError> {
        let bad = |why| Err(FileIdError(s.to_string(), why));
        match s.split_once('/') {
            None | Some(("", _)) | Some((_, "")) => bad("expected `library/path`"),
            // A snapshot is input: an id never leaves its library's folder.
            Some((_, rel)) if rel.split('/').any(|c| c == ".." || c == "." || c.is_empty()) => bad("a path component is empty, `.` or `..`"),
            Some((library, rel)) => Ok(FileId { library: library.to_string(), rel: rel.to_string() }),
        }
    }
}

/// [`FileId::of`] as its string.
pub fn file_id(library: &str, dir: &Path, file: &Path) -> String {
    FileId::of(library, dir, file).to_string()
}

/// The library part of a file id, and the rest: `("project.src", "sub/f.m")`.
pub fn split_id(id: &str) -> Option<(&str, &str)> {
    id.split_once('/')
}

/// The alias of the dependency whose root library `library` is.
pub fn dependency_alias(library: &str) -> Option<&str> {
    library.strip_prefix(DEPENDENCY_LIBRARY).map(|rest| rest.split('#').next().unwrap_or(rest))
}

/// Whether library function `key`, compiled from file `id`, is a search-path
/// folder's function that RunMat finds at call time (not a `private/`, package
/// or shadowed one, which are bound in their folder).
pub fn is_search_path_function(key: &str, id: &str) -> bool {
    id.starts_with(SEARCH_PATH_LIBRARY) && crate::key::is_bare(key) && own_folder(id).is_some() && !is_scoped_private(id)
}

/// The folder of a search-path file `id`: whose functions call each other
/// whatever the path says (see [`sibling_key`]).
pub fn search_path_folder(id: &str) -> Option<&str> {
    id.starts_with(SEARCH_PATH_LIBRARY).then(|| own_folder(id)).flatten()
}

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

/// The name file `id` is registered under when RunMat compiles it with the
/// script (`is_class`: a `classdef` file, else a function file) in a folder
/// with `role`: `Some(None)` its declared name, `Some(Some(q))` a package
/// class `pkg.C`, an `@C` folder's class `C` or its method `C.f`. `None`
/// where RunMat compiles no class: the search path, dependencies, `private/`,
/// the script folder's packages (RunMat 0.6.2 registers only its top-level
/// classes and `@` folders there; each case checked against the binary), and
/// a function file outside an `@` folder.
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

/// The package a library file belongs to, from its file id
/// (`folder/+pkg/+sub/f.m` → `pkg.sub`): its function is `pkg.sub.f`.
pub fn package_of(id: &str) -> Option<String> {
    let mut parts: Vec<&str> = id.split('/').collect();
    parts.pop();
    let packages: Vec<&str> = parts.iter().rev().map_while(|p| p.strip_prefix('+')).collect();
    (!packages.is_empty()).then(|| packages.into_iter().rev().collect::<Vec<_>>().join("."))
}

/// The name file `id` is named for by MATLAB's file-name rule (`pkg.f` in a
/// package); `None` where a change to the file is a binding change the name
/// alone cannot follow: not a `.m` file, a scoped `private/` function (bound
/// under a key of its own), an `@Class` folder's file (a method or the class,
/// compiled with the script), a dependency's file (it may make a bare alias
/// appear or go).
pub fn named_for(id: &str) -> Option<String> {
    let stem = id.rsplit('/').next()?.strip_suffix(".m")?;
    if is_scoped_private(id) || class_folder(id).is_some() || id.split('/').next().and_then(dependency_alias).is_some() {
        return None;
    }
    Some(match package_of(id) {
        Some(package) => format!("{package}.{stem}"),
        None => stem.to_string(),
    })
}

/// The path below a folder of the file MATLAB's file-name rule looks for to
/// define `name` (`pkg.sub.f` → `+pkg/+sub/f.m`).
pub fn rel_path_for(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((package, leaf)) => format!("+{}/{leaf}.m", package.replace('.', "/+")),
        None => format!("{name}.m"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_ids_round_trip_and_stay_inside_their_folder() {
        let id: FileId = "project.src/+pkg/f.m".parse().unwrap();
        assert_eq!((id.library(), id.rel()), ("project.src", "+pkg/f.m"));
        assert_eq!(id.to_string(), "project.src/+pkg/f.m");
        assert_eq!(FileId::of("folder", Path::new("/a/b"), Path::new("/a/b/sub/g.m")).to_string(), "folder/sub/g.m");
        for bad in ["folder", "/f.m", "folder/", "folder/../x.m", "folder//x.m", "folder/./x.m"] {
            assert!(bad.parse::<FileId>().unwrap_err().to_string().contains(bad), "{bad}");
        }
    }

    /// What a file's place says, case by case (the rules RunMat 0.6.2 follows).
    #[test]
    fn a_files_place_decides_its_name_and_scope() {
        /// (id, named_for, package, scoped private, class folder)
        type Row = (&'static str, Option<&'static str>, Option<&'static str>, bool, Option<&'static str>);
        let table: &[Row] = &[
            ("folder/f.m", Some("f"), None, false, None),
            ("folder/+pkg/+sub/f.m", Some("pkg.sub.f"), Some("pkg.sub"), false, None),
            ("folder/private/g.m", None, None, true, None),
            ("path.tools/private/g.m", None, None, true, None),
            // A project's private/ is not scoped by RunMat 0.6.2: bound by name.
            ("project/private/g.m", Some("g"), None, false, None),
            ("folder/@Point/norm.m", None, None, false, Some("Point")),
            ("dep.lib/f.m", None, None, false, None),
            ("toolbox.x/notes.txt", None, None, false, None),
        ];
        for &(id, named, package, private, class) in table {
            assert_eq!(named_for(id).as_deref(), named, "named_for {id}");
            assert_eq!(package_of(id).as_deref(), package, "package_of {id}");
            assert_eq!(is_scoped_private(id), private, "is_scoped_private {id}");
            assert_eq!(class_folder(id), class, "class_folder {id}");
        }
    }

    #[test]
    fn scoped_keys_are_only_for_their_folders() {
        assert_eq!(private_key("folder/f.m", "g").as_deref(), Some("folder/private/g"));
        assert_eq!(private_key("folder/private/h.m", "g").as_deref(), Some("folder/private/g"));
        assert_eq!(private_key("project/f.m", "g"), None);
        assert_eq!(private_key("folder/+pkg/f.m", "g"), None);
        assert_eq!(private_key("folder/f.m", "pkg.g"), None);
        assert_eq!(sibling_key("path.a/f.m", "g").as_deref(), Some("path.a/g"));
        assert_eq!(sibling_key("folder/f.m", "g"), None);
        assert_eq!(search_path_folder("path.a/private/f.m"), Some("path.a"));
        assert!(is_search_path_function("f", "path.a/f.m"));
        assert!(!is_search_path_function("f>g", "path.a/f.m"));
        assert!(!is_search_path_function("f", "path.a/private/f.m"));
        assert_eq!(dependency_alias("dep.lib#2"), Some("lib"));
        assert_eq!(rel_path_for("pkg.sub.f"), "+pkg/+sub/f.m");
        assert_eq!(rel_path_for("f"), "f.m");
    }

    #[test]
    fn classes_register_where_runmat_compiles_them() {
        use FoundRole::*;
        let table: &[(FoundRole, &str, bool, Option<Option<&str>>)] = &[
            (ScriptFolder, "folder/Point.m", true, Some(None)),
            (ScriptFolder, "folder/+pkg/Point.m", true, None),
            (ScriptFolder, "folder/@Point/Point.m", true, Some(Some("Point"))),
            (ScriptFolder, "folder/@Point/norm.m", false, Some(Some("Point.norm"))),
            (ProjectRoot, "project/+geo/Point.m", true, Some(Some("geo.Point"))),
            (ProjectRoot, "project/private/Point.m", true, None),
            (SearchPath, "path.a/Point.m", true, None),
            (ScriptFolder, "folder/f.m", false, None),
        ];
        for &(role, id, is_class, expected) in table {
            assert_eq!(class_scope(role, id, is_class), expected.map(|q| q.map(str::to_string)), "{role:?} {id}");
        }
    }
}
