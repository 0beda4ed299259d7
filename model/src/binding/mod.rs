//! Which definition of a function name wins: the one binding engine. A build
//! and a first run from source bind with [`bind`]; the run-time check and the
//! call-time routing ask the same rules of the file ids ([`crate::file`]).
//!
//! Precedence, highest first: the folders RunMat reads for the script (in
//! their order; RunMat's own precedence, silently, with a note), toolboxes
//! (linked crates and directories), the bundled toolbox, RunMat's builtins.
//! Between libraries that RunMat does not read, precedence never applies
//! silently: a name defined by two of them, or one named like a builtin, is an
//! error unless exactly one lists it under `overrides`. Silent shadowing is
//! how a toolbox update changes what `mean` means without anyone noticing; an
//! explicit override keeps that decision in the toolbox's manifest.
//!
//! Within one library, a name declared twice: in a folder RunMat compiles with
//! the script as one unit (script folder, project roots) the later file in
//! path order wins, as in RunMat 0.6.2; elsewhere the first, and the other is
//! left out with why.

use std::collections::{BTreeMap, BTreeSet};

use crate::file::{dependency_alias, sibling_key, FoundRole};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("function `{function}` is defined by both `{first}` ({first_path}) and `{second}` ({second_path}); list it under `overrides` of the library that should win")]
    Clash { function: String, first: String, first_path: String, second: String, second_path: String },
    #[error("function `{function}` is overridden by both `{first}` and `{second}`; only one library may override a name")]
    AmbiguousOverride { function: String, first: String, second: String },
    #[error("function `{function}` of `{library}` ({path}) has the name of a RunMat builtin; list it under the library's `overrides` to replace the builtin")]
    ShadowsBuiltin { function: String, library: String, path: String },
    #[error("`{library}` lists `{function}` under `overrides` but defines no function of that name")]
    OverrideNotDefined { library: String, function: String },
    #[error("the bundled toolbox cannot override `{function}`")]
    BundledOverride { function: String },
    #[error("two libraries are named `{name}` ({first} and {second}); rename the toolbox directory")]
    DuplicateLibrary { name: String, first: String, second: String },
    #[error("`{library}` requires `{requires}` at version {versions}, but {}", found.as_ref().map(|v| format!("version {v} is present")).unwrap_or_else(|| "it is not present".into()))]
    UnmetRequirement { library: String, requires: String, versions: String, found: Option<String> },
    #[error("`{library}` has an invalid version requirement `{versions}` on `{requires}`: {why}")]
    InvalidRequirement { library: String, requires: String, versions: String, why: String },
}

/// Where a library comes from, as far as binding is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryOrigin {
    Bundled,
    /// A toolbox crate linked into the binary.
    Linked,
    /// A toolbox directory given on the command line.
    Directory,
    /// A folder RunMat itself reads for the script.
    Found(FoundRole),
}

/// A library of the set, in precedence order.
#[derive(Debug, Clone, Copy)]
pub struct LibraryInfo<'a> {
    pub name: &'a str,
    pub origin: LibraryOrigin,
    /// Names it deliberately redefines (its manifest's `overrides`).
    pub overrides: &'a [String],
}

/// A file that passed the per-file check, with the name of its primary
/// function (only that one is visible outside the file; its local functions
/// are file-scoped, as in MATLAB, and never conflict).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Definition<'a> {
    pub library: &'a str,
    pub path: &'a str,
    pub name: &'a str,
}

/// What binding decided, for a set of definitions in library order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Binding {
    /// (file path, function) definitions that lost: compiled for no name.
    pub excluded: BTreeSet<(String, String)>,
    /// Files left out because their library defines one of their functions
    /// in another file that wins: (path, why).
    pub skipped: Vec<(String, String)>,
    /// Decisions worth telling the author (shadowing, overrides without effect).
    pub notes: Vec<String>,
    /// Bare names that call a dependency's function (`q` → `alias.q`).
    pub aliases: BTreeMap<String, String>,
    /// Files of a search-path folder whose function lost to an earlier
    /// folder's, or is named like a builtin ([`CompilerBuiltins`]): path → the
    /// key it is compiled under ([`sibling_key`]), for its own folder's
    /// functions, which RunMat compiles with it as one unit.
    pub scoped: BTreeMap<String, String>,
}

/// Binds `defs` (in library order) over `libraries` (in precedence order).
/// A definition that loses excludes its whole file.
pub fn bind(libraries: &[LibraryInfo<'_>], defs: &[Definition<'_>], builtins: &BTreeSet<String>) -> Result<Binding, ResolveError> {
    let info = |lib: &str| libraries.iter().find(|l| l.name == lib);
    let found_role = |lib: &str| match info(lib).map(|l| l.origin) {
        Some(LibraryOrigin::Found(role)) => Some(role),
        _ => None,
    };
    let overrides = |lib: &str, name: &str| info(lib).is_some_and(|l| l.overrides.iter().any(|o| o == name));
    let order: BTreeMap<&str, usize> = libraries.iter().enumerate().map(|(i, l)| (l.name, i)).collect();

    let compiler_builtins = CompilerBuiltins::new(builtins);
    let mut out = Binding::default();
    // name → [(library, path)], one per library.
    let mut definers: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    let mut defined_in: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    for def in defs {
        let key = (def.library, def.name);
        if let Some(first) = defined_in.get(&key).copied() {
            if !found_role(def.library).is_some_and(FoundRole::is_one_unit) {
                out.skipped.push((def.path.to_string(), format!("function `{}` is already defined by {first} in the same library; file skipped", def.name)));
                continue;
            }
            out.skipped.push((
                first.to_string(),
                format!("function `{}` is defined again by {}, which wins (the last definition, as in RunMat); file skipped", def.name, def.path),
            ));
            if let Some(d) = definers.get_mut(def.name) {
                d.retain(|(_, p)| *p != first);
            }
        }
        defined_in.insert(key, def.path);
        definers.entry(def.name).or_default().push((def.library, def.path));
    }
    for lib in libraries {
        if let Some(o) = lib.overrides.iter().find(|o| !defined_in.contains_key(&(lib.name, o.as_str()))) {
            return Err(ResolveError::OverrideNotDefined { library: lib.name.to_string(), function: o.clone() });
        }
    }
    for (name, defs) in &definers {
        // Folders RunMat reads for the script follow RunMat: the first one
        // defining a name wins over everything, silently (a note says so).
        let first_found = defs.iter().filter(|(lib, _)| found_role(lib).is_some()).min_by_key(|(lib, _)| order.get(lib).copied().unwrap_or(usize::MAX));
        if let Some(&(lib, path)) = first_found {
            for (other_lib, other) in defs.iter().filter(|d| **d != (lib, path)) {
                // RunMat loads a search-path file with its folder's function
                // files as one unit: their calls still reach this one.
                match found_role(other_lib).filter(|r| *r == FoundRole::SearchPath).and_then(|_| sibling_key(other, name)) {
                    Some(key) => drop(out.scoped.insert(other.to_string(), key)),
                    None => drop(out.excluded.insert((other.to_string(), name.to_string()))),
                }
                out.notes.push(format!("`{name}` in {path} shadows the one in {other} ({other_lib})"));
            }
            if found_role(lib).is_some_and(FoundRole::shadows_builtins) {
                if builtins.contains(*name) {
                    out.notes.push(format!("`{name}` in {path} shadows the RunMat builtin"));
                }
            } else if compiler_builtins.compiles_as_builtin(name) {
                // On the search path a builtin of the same name, in any
                // letter case, is found first; the file's own folder, which
                // RunMat compiles with it as one unit, still calls it.
                match sibling_key(path, name) {
                    Some(key) => drop(out.scoped.insert(path.to_string(), key)),
                    None => drop(out.excluded.insert((path.to_string(), name.to_string()))),
                }
                out.notes.push(format!("`{name}` in {path} is never called from outside its folder: RunMat compiles a call of `{name}` as a builtin call"));
            }
            continue;
        }
        let winners: Vec<&(&str, &str)> = defs.iter().filter(|(lib, _)| overrides(lib, name)).collect();
        if defs.len() > 1 {
            match winners.as_slice() {
                [winner] => {
                    for (_, path) in defs.iter().filter(|d| *d != *winner) {
                        out.excluded.insert((path.to_string(), name.to_string()));
                    }
                }
                [a, b, ..] => return Err(ResolveError::AmbiguousOverride { function: name.to_string(), first: a.0.into(), second: b.0.into() }),
                [] => {
                    let ((first, first_path), (second, second_path)) = (defs[0], defs[1]);
                    return Err(ResolveError::Clash {
                        function: name.to_string(),
                        first: first.into(),
                        first_path: first_path.into(),
                        second: second.into(),
                        second_path: second_path.into(),
                    });
                }
            }
        }
        let (lib, path) = winners.first().map(|w| **w).unwrap_or(defs[0]);
        if builtins.contains(*name) {
            if !overrides(lib, name) {
                return Err(ResolveError::ShadowsBuiltin { function: name.to_string(), library: lib.into(), path: path.into() });
            }
        } else if defs.len() == 1 && overrides(lib, name) {
            out.notes.push(format!("`{lib}` overrides `{name}`, but no other library or builtin defines it"));
        }
    }
    dependency_aliases(&definers, &found_role, builtins, &mut out);
    Ok(out)
}

/// The names RunMat's compiler takes for builtins' when no function compiled
/// with the script answers them: a builtin's name in any ASCII letter case
/// (runmat-hir's `is_builtin` asks runmat-builtins' `builtin_name_is_known`,
/// which folds case). Its run-time dispatch matches names exactly, so
/// `startswith(...)` (builtin `startsWith`) compiles to a builtin call that
/// fails with `Undefined function: startswith`, and a search-path
/// `startswith.m` is never reached from the script; the file's own folder,
/// compiled with it as one unit, calls it.
#[derive(Debug, Clone, Default)]
pub struct CompilerBuiltins(BTreeSet<String>);

impl CompilerBuiltins {
    /// From the builtins' names as RunMat spells them.
    pub fn new(builtins: &BTreeSet<String>) -> CompilerBuiltins {
        CompilerBuiltins(builtins.iter().map(|b| b.to_ascii_lowercase()).collect())
    }

    /// Whether a call of `name` compiles to a builtin call.
    pub fn compiles_as_builtin(&self, name: &str) -> bool {
        self.0.contains(&name.to_ascii_lowercase())
    }
}

/// A direct dependency's function is `alias.q`; the bare `q` calls it too when
/// exactly one dependency defines `q` and the project does not (RunMat 0.6.2's
/// `source_symbols_from_frozen`). It then wins over every other library's `q`
/// (search path, toolboxes, builtins), as a function compiled with the script does.
fn dependency_aliases(
    definers: &BTreeMap<&str, Vec<(&str, &str)>>,
    found_role: &dyn Fn(&str) -> Option<FoundRole>,
    builtins: &BTreeSet<String>,
    out: &mut Binding,
) {
    let mut bare: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, defs) in definers {
        for (lib, _) in defs {
            if let Some(q) = dependency_alias(lib).and_then(|alias| name.strip_prefix(alias)).and_then(|rest| rest.strip_prefix('.')) {
                bare.entry(q).or_default().push(name);
            }
        }
    }
    for (q, keys) in bare {
        let others = definers.get(q).map(Vec::as_slice).unwrap_or_default();
        let project = others.iter().find(|(lib, _)| found_role(lib).is_some_and(FoundRole::is_one_unit));
        match (keys.as_slice(), project) {
            ([key], None) => {
                out.aliases.insert(q.to_string(), key.to_string());
                for (lib, path) in others {
                    out.excluded.insert((path.to_string(), q.to_string()));
                    out.notes.push(format!("`{q}` of dependency `{key}` shadows the one in {path} ({lib})"));
                }
                if builtins.contains(q) {
                    out.notes.push(format!("`{q}` of dependency `{key}` shadows the RunMat builtin"));
                }
            }
            ([key], Some((_, path))) => out.notes.push(format!("`{q}` is the project's own ({path}); the dependency's is called as `{key}`")),
            (keys, _) => out.notes.push(format!("`{q}` is defined by several dependencies, so no bare `{q}` calls them: call `{}`", keys.join("`, `"))),
        }
    }
}

#[cfg(test)]
mod tests;
