//! Which definition of a function name wins, across libraries.
//!
//! Precedence, highest first: the user's script (its own functions shadow
//! everything, as in MATLAB), toolboxes (linked crates and directories), the
//! bundled toolbox, RunMat's builtins. Precedence never applies silently: a name
//! defined by two libraries, or a library function named like a builtin, is an
//! error unless exactly one of the libraries lists it under `overrides`. Silent
//! shadowing is how a toolbox update changes what `mean` means without anyone
//! noticing; an explicit override keeps that decision in the toolbox's manifest.

use std::collections::{BTreeMap, BTreeSet};

use snapshot_core::provider::satisfies;

use crate::compile::{parse_library, CompileFailure};

use super::discover::FoundRole;
use super::{ClassFile, Library, LibraryKind, SourceFile, BUNDLED_LIBRARY};

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

/// The outcome for a set of library files that passed the per-file check.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// (file path, function) definitions that lost to an override.
    pub excluded: BTreeSet<(String, String)>,
    /// Files left out because their library already defines one of their functions: (path, reason).
    pub skipped: Vec<(String, String)>,
    /// Declarations that had no effect, worth telling the author.
    pub notes: Vec<String>,
    /// Bare names that call a dependency's function (`q` → `alias.q`).
    pub aliases: BTreeMap<String, String>,
    /// Files of a search-path folder whose function lost to an earlier folder's:
    /// path → the key it is compiled under (`discover::sibling_key`), for its own
    /// folder's functions, which RunMat compiles with it as one unit.
    pub scoped: BTreeMap<String, String>,
}

/// Resolves `defs` — each good file with the functions it defines (primary
/// first), in library order. A definition that loses excludes its whole file.
pub fn resolve(library: &Library, defs: &[(&SourceFile, Vec<String>)], builtins: &BTreeSet<String>) -> Result<Resolution, ResolveError> {
    check_libraries(library)?;
    let mut out = Resolution::default();
    // name → [(library, path)], one per library; first file of a library wins within it.
    let mut definers: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    let mut defined_in: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    // RunMat 0.6.2 compiles these folders with the script as one unit, where a
    // name declared twice is the later file's (files in path order).
    let last_wins =
        |lib: &str| matches!(library.spec(lib).map(|s| &s.kind), Some(LibraryKind::Found { role: FoundRole::ScriptFolder | FoundRole::ProjectRoot, .. }));
    for (file, names) in defs {
        // Only a file's primary (first) function is visible outside it; its
        // local functions are file-scoped, as in MATLAB, and never conflict.
        let Some(name) = names.first() else { continue };
        let key = (file.library.as_str(), name.as_str());
        if let Some(first) = defined_in.get(&key).copied() {
            if !last_wins(&file.library) {
                out.skipped.push((file.path.clone(), format!("function `{name}` is already defined by {first} in the same library; file skipped")));
                continue;
            }
            out.skipped.push((
                first.to_string(),
                format!("function `{name}` is defined again by {}, which wins (the last definition, as in RunMat); file skipped", file.path),
            ));
            if let Some(d) = definers.get_mut(name.as_str()) {
                d.retain(|(_, p)| *p != first);
            }
        }
        defined_in.insert(key, file.path.as_str());
        definers.entry(name.as_str()).or_default().push((file.library.as_str(), file.path.as_str()));
    }
    for spec in &library.libraries {
        for o in &spec.overrides {
            if !defined_in.contains_key(&(spec.name.as_str(), o.as_str())) {
                return Err(ResolveError::OverrideNotDefined { library: spec.name.clone(), function: o.clone() });
            }
        }
    }
    let overrides = |lib: &str, name: &str| library.spec(lib).is_some_and(|s| s.overrides.iter().any(|o| o == name));
    let order: BTreeMap<&str, usize> = library.libraries.iter().enumerate().map(|(i, l)| (l.name.as_str(), i)).collect();
    let found_role = |lib: &str| match library.spec(lib).map(|s| &s.kind) {
        Some(LibraryKind::Found { role, .. }) => Some(*role),
        _ => None,
    };
    for (name, defs) in &definers {
        // Folders RunMat reads for the script follow RunMat: the first one
        // defining a name wins over everything, silently (a note says so).
        let first_found = defs.iter().filter(|(lib, _)| found_role(lib).is_some()).min_by_key(|(lib, _)| order.get(lib).copied().unwrap_or(usize::MAX));
        if let Some(&(lib, path)) = first_found {
            for (other_lib, other) in defs.iter().filter(|d| **d != (lib, path)) {
                // RunMat loads a search-path file with its folder's function
                // files as one unit: their calls still reach this one.
                match found_role(other_lib).filter(|r| *r == super::discover::FoundRole::SearchPath).and_then(|_| super::discover::sibling_key(other, name)) {
                    Some(key) => {
                        out.scoped.insert(other.to_string(), key);
                    }
                    None => {
                        out.excluded.insert((other.to_string(), name.to_string()));
                    }
                }
                out.notes.push(format!("`{name}` in {path} shadows the one in {other} ({other_lib})"));
            }
            if builtins.contains(*name) {
                if found_role(lib).is_some_and(|r| r.shadows_builtins()) {
                    out.notes.push(format!("`{name}` in {path} shadows the RunMat builtin"));
                } else {
                    // On the search path a builtin of the same name is found first.
                    out.excluded.insert((path.to_string(), name.to_string()));
                    out.notes.push(format!("`{name}` in {path} is never called: RunMat's builtin `{name}` comes first"));
                }
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

/// A direct dependency's function is `alias.q`; the bare `q` calls it too when
/// exactly one dependency defines `q` and the project does not (RunMat 0.6.2's
/// `source_symbols_from_frozen`). It then wins over every other library's `q`
/// (search path, toolboxes, builtins), as a function compiled with the script does.
fn dependency_aliases<'a>(
    definers: &BTreeMap<&'a str, Vec<(&'a str, &'a str)>>,
    found_role: &dyn Fn(&str) -> Option<super::discover::FoundRole>,
    builtins: &BTreeSet<String>,
    out: &mut Resolution,
) {
    use super::discover::{dependency_alias, FoundRole};
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
        let project = others.iter().find(|(lib, _)| matches!(found_role(lib), Some(FoundRole::ProjectRoot | FoundRole::ScriptFolder)));
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

fn check_libraries(library: &Library) -> Result<(), ResolveError> {
    let describe = |k: &LibraryKind| match k {
        LibraryKind::Bundled => "the bundled toolbox".to_string(),
        LibraryKind::Linked => "a linked toolbox crate".to_string(),
        LibraryKind::Directory(d) => format!("directory {}", d.display()),
        LibraryKind::Found { dir, .. } => format!("folder {}", dir.display()),
    };
    for (i, a) in library.libraries.iter().enumerate() {
        if let Some(b) = library.libraries[..i].iter().find(|b| b.name == a.name) {
            return Err(ResolveError::DuplicateLibrary { name: a.name.clone(), first: describe(&b.kind), second: describe(&a.kind) });
        }
        if a.name == BUNDLED_LIBRARY {
            if let Some(o) = a.overrides.first() {
                return Err(ResolveError::BundledOverride { function: o.clone() });
            }
        }
        // Linked toolboxes' requirements are on providers, checked by snapshot-core's registry.
        if a.kind == LibraryKind::Linked {
            continue;
        }
        for (requires, versions) in &a.requires {
            let found = library.spec(requires).map(|s| s.version.clone());
            let met = satisfies(versions, found.as_deref()).map_err(|why| ResolveError::InvalidRequirement {
                library: a.name.clone(),
                requires: requires.clone(),
                versions: versions.clone(),
                why,
            })?;
            if !met {
                return Err(ResolveError::UnmetRequirement { library: a.name.clone(), requires: requires.clone(), versions: versions.clone(), found });
            }
        }
    }
    Ok(())
}

/// Names of RunMat's builtins in the running binary.
pub fn builtin_names() -> BTreeSet<String> {
    runmat_builtins::builtin_functions().into_iter().map(|b| b.name.to_string()).collect()
}

/// The cold path's library: resolved as a build resolves it, each file
/// compiled on its own in this process, held in memory. A script links
/// against it exactly as against a snapshot, so local functions are
/// file-scoped from source as from the snapshot (one flat unit would let a
/// local `helper` of one file answer another file's calls). Files left out
/// come back as failures.
pub fn cold_library(library: &Library) -> Result<(crate::link::InMemory, Vec<CompileFailure>), ResolveError> {
    // After RunMat crashed this run once (`supervise`), all of its work on
    // library files runs in workers: a file it crashes on is left out.
    let isolation = if crate::supervise::isolated() { crate::Isolation::current_exe() } else { crate::Isolation::InProcess };
    let mut crashed = Vec::new();
    if let crate::Isolation::Worker(_) = &isolation {
        let all: Vec<&SourceFile> = library.files.iter().collect();
        crashed = crate::isolate::check_files(&all, &isolation, None).into_iter().filter_map(Result::err).filter(|f| f.stage == "crash").collect();
    }
    let parseable: Vec<SourceFile>;
    let files: &[SourceFile] = if crashed.is_empty() {
        &library.files
    } else {
        parseable = library.files.iter().filter(|f| !crashed.iter().any(|c: &CompileFailure| c.path == f.path)).cloned().collect();
        &parseable
    };
    let (mut parsed, mut failures) = parse_library(files);
    failures.extend(crashed);
    let mut classes: Vec<ClassFile> =
        failures.iter().filter_map(|f| library.class_file(library.files.iter().find(|s| s.path == f.path)?, &Err::<(), _>(f.clone()))).collect();
    // Method files of `@Class` folders are compiled with the script, not as library functions.
    parsed.retain(|(f, _, _)| match library.class_file(f, &Ok::<(), CompileFailure>(())) {
        Some(c) => {
            classes.push(c);
            false
        }
        None => true,
    });
    // In library order, as the build records them: the order they are composed in.
    let position: std::collections::HashMap<&str, usize> = library.files.iter().enumerate().map(|(i, f)| (f.path.as_str(), i)).collect();
    classes.sort_by_key(|c| position.get(c.path.as_str()).copied());
    // Scripts and classes beside the script are not library files; RunMat
    // skips them silently (and compiles the classes with the script).
    let found = |f: &CompileFailure| library.files.iter().any(|s| s.path == f.path && library.is_found(&s.library));
    failures.retain(|f| !([crate::compile::SCRIPT_STAGE, crate::compile::CLASS_STAGE].contains(&f.stage.as_str()) && found(f)));
    let defs: Vec<(&SourceFile, Vec<String>)> = parsed.iter().map(|(f, _, names)| (*f, names.clone())).collect();
    drop(parsed);
    let resolution = resolve(library, &defs, &builtin_names())?;
    for (path, why) in &resolution.skipped {
        failures.push(CompileFailure { path: path.clone(), line: None, stage: "library".into(), message: why.clone(), report: None });
    }
    let good: Vec<&SourceFile> = defs.iter().map(|(f, _)| *f).filter(|f| !resolution.skipped.iter().any(|(p, _)| *p == f.path)).collect();
    let (compiled, more) = crate::compile::library::compile_library(&good, &resolution.excluded, &resolution.scoped, &resolution.aliases, &isolation);
    failures.extend(more);
    let mut functions = std::collections::HashMap::new();
    for file in compiled.files {
        for (key, bytes) in file.entries {
            // Encoded and checked to decode by the compile itself.
            if let Ok(f) = snapshot_core::codec::decode::<crate::link::LibraryFunction>(&bytes) {
                functions.insert(key, std::sync::Arc::new(f));
            }
        }
    }
    let unit = crate::link::UnitInfo { next_id: crate::compile::blocks::NEXT_ID, functions: functions.len() };
    for (alias, key) in &compiled.aliases {
        if let Some(f) = functions.get(key).cloned() {
            functions.insert(alias.clone(), f);
        }
    }
    let classes = classes.into_iter().filter_map(|c| Some((library.files.iter().find(|f| f.path == c.path)?.clone(), c))).collect();
    let disk: std::collections::HashMap<&str, &std::path::Path> = library.files.iter().filter_map(|f| Some((f.path.as_str(), f.disk.as_deref()?))).collect();
    let source_of = |o: &crate::compile::FunctionOrigin| {
        Some(crate::link::SourceOf { id: o.path.clone(), disk: disk.get(o.path.as_str())?.to_path_buf(), sha256: o.source_sha256.clone() })
    };
    let files = compiled.origins.iter().filter_map(|(key, o)| Some((key.clone(), source_of(o)?))).collect();
    Ok((crate::link::InMemory { functions, unit, classes, files }, failures))
}
