//! The library set bound by the model's binding engine
//! ([`rmsnap_model::binding`], where the precedence rules live), after the
//! checks only a whole set can fail (duplicate names, unmet requirements),
//! and the cold path's library built from it.

use std::collections::BTreeSet;

use rmsnap_model::binding::{bind, CompilerBuiltins, Definition, LibraryInfo, LibraryOrigin};
pub use rmsnap_model::binding::{Binding as Resolution, ResolveError};
use snapshot_core::provider::satisfies;

use crate::compile::CompileFailure;

use super::{Library, LibraryKind, SourceFile, BUNDLED_LIBRARY};

/// Resolves `defs` — each good file with the functions it defines (primary
/// first), in library order. A definition that loses excludes its whole file.
pub fn resolve(library: &Library, defs: &[(&SourceFile, Vec<String>)], builtins: &BTreeSet<String>) -> Result<Resolution, ResolveError> {
    check_libraries(library)?;
    let libraries: Vec<LibraryInfo> = library
        .libraries
        .iter()
        .map(|spec| LibraryInfo {
            name: &spec.name,
            origin: match &spec.kind {
                LibraryKind::Bundled => LibraryOrigin::Bundled,
                LibraryKind::Linked => LibraryOrigin::Linked,
                LibraryKind::Directory(_) => LibraryOrigin::Directory,
                LibraryKind::Found { role, .. } => LibraryOrigin::Found(*role),
            },
            overrides: &spec.overrides,
        })
        .collect();
    // Only a file's primary (first) function is visible outside it.
    let defs: Vec<Definition> =
        defs.iter().filter_map(|(file, names)| Some(Definition { library: &file.library, path: &file.path, name: names.first()? })).collect();
    bind(&libraries, &defs, builtins)
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
    crate::builtins::names()
}

/// The names RunMat's compiler takes for builtins' in the running binary (any
/// letter case): the rule [`bind`] applies, for the run-time check.
pub fn compiler_builtins() -> &'static CompilerBuiltins {
    static BUILTINS: std::sync::OnceLock<CompilerBuiltins> = std::sync::OnceLock::new();
    BUILTINS.get_or_init(|| CompilerBuiltins::new(&builtin_names()))
}

/// The cold path's library: the build's pipeline ([`super::assemble`]), each
/// file compiled on its own, held in memory. A script links against it
/// exactly as against a snapshot, so local functions are file-scoped from
/// source as from the snapshot (one flat unit would let a local `helper` of
/// one file answer another file's calls). Files left out come back as failures.
pub fn cold_library(library: &Library) -> Result<(crate::link::InMemory, Vec<CompileFailure>), ResolveError> {
    // After RunMat crashed this run once (`supervise`), all of its work on
    // library files runs in workers: a file it crashes on is left out.
    let isolation = if crate::supervise::isolated() { crate::Isolation::current_exe() } else { crate::Isolation::InProcess };
    let files: Vec<&SourceFile> = library.files.iter().collect();
    let checks = crate::isolate::check_files(&files, &isolation, None);
    let super::assemble::Assembled { compiled, classes, rejected: failures, .. } = super::assemble::assemble(library, checks, &isolation, None)?;
    // The compile's entries are encoded (a worker's come as bytes): decoded
    // once here, and checked to decode by the compile itself.
    let mut functions = std::collections::HashMap::new();
    for file in compiled.files {
        for (key, bytes) in file.entries {
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
    let unit_failures = crate::unit_failure::of_failures(library, &failures);
    Ok((crate::link::InMemory { functions, unit, classes, files, unit_failures }, failures))
}
