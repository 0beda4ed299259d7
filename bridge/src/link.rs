//! Linking a script against precompiled library functions, the way RunMat's REPL
//! lowers a cell against functions defined earlier: library names are bound to
//! their snapshot ids, the script's own functions are renumbered above the
//! library's ids, and only the functions the script reaches are loaded.

use rmsnap_model::key::is_local;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use runmat_hir::{FunctionId, FunctionOutputArity};
use runmat_vm::{Bytecode, FunctionBytecode, FunctionRegistry};
use serde::{Deserialize, Serialize};

use crate::compile::ids;
use crate::compile::{compile_script, CompileFailure};
use crate::library::{ClassFile, SourceFile};

/// How a library function is stored and cached (deterministic encoding, see `stored`).
pub type StoredFunction = LibraryFunction;

/// One precompiled library function as stored in `runmat.bytecode`.
#[derive(Debug, Clone, Deserialize)]
pub struct LibraryFunction {
    /// Its id in the library unit (what bound calls to it carry).
    pub id: usize,
    pub name: String,
    pub bytecode: FunctionBytecode,
    /// Keys of the library functions it references (calls, closures, handles).
    pub calls: Vec<String>,
}

impl LibraryFunction {
    /// Its declared outputs: what callers compiled elsewhere are lowered against.
    pub fn arity(&self) -> FunctionOutputArity {
        FunctionOutputArity::new(self.bytecode.output_slots.len(), self.bytecode.varargout_slot.is_some())
    }
}

/// Facts about the whole library unit, stored once.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct UnitInfo {
    /// First id free above every library function id.
    pub next_id: usize,
    pub functions: usize,
}

/// Where linked functions come from (a snapshot, or a library compiled in memory).
pub trait FunctionSource {
    /// The function stored under `name`, if the library has one.
    fn function(&self, name: &str) -> Result<Option<Arc<StoredFunction>>, String>;
    fn unit(&self) -> Result<UnitInfo, String>;
    /// The first of `n` ids for a script's own functions (and class methods),
    /// above every library id, never handed out again in this process.
    fn reserve_ids(&self, n: usize) -> Result<usize, String> {
        let _ = n;
        self.unit().map(|u| u.next_id)
    }
    /// The class files compiled with the script (`classdef` files and `@Class`
    /// method files, see [`crate::library::Library::class_file`]), as they are now.
    fn classes(&self) -> Result<Vec<(SourceFile, ClassFile)>, String> {
        Ok(Vec::new())
    }
    /// The library files left out because RunMat's bytecode compiler rejects
    /// them, in folders RunMat compiles as one unit ([`crate::unit_failure`]):
    /// as they are now, in library order.
    fn unit_failures(&self) -> Result<Vec<crate::unit_failure::Rejected>, String> {
        Ok(Vec::new())
    }
    /// Where library function `key` (a primary function) was compiled from:
    /// what [`crate::path_watch`] needs to look a call to a search-path
    /// folder's function up, and see its file change, as RunMat does.
    fn file_of(&self, key: &str) -> Option<SourceOf> {
        let _ = key;
        None
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Compile(#[from] CompileFailure),
    #[error("{0}")]
    Source(String),
}

/// A script ready to run, and the library functions it pulled in.
pub struct Linked {
    /// The script and its own functions (library calls go through [`Units`]).
    pub bytecode: Bytecode,
    pub loaded: Vec<Arc<StoredFunction>>,
    pub units: Arc<Units>,
    /// What RunMat shows after the run.
    pub display: crate::display::Display,
    /// Class files compiled with the script ([`FunctionSource::classes`]).
    pub classes: usize,
}

/// The library functions a script reached, each in its own small RunMat unit.
///
/// RunMat 0.6.2 copies the caller's whole function registry into every
/// callee's frame (runmat-vm `interpreter/runner.rs`), so a call costs the size
/// of the registry it runs in. Each library function therefore runs in a
/// registry of its own — itself, and the closures and nested functions of its
/// file it refers to — and calls between units go through RunMat's call-time
/// hooks ([`crate::exec`]): a call costs its callee, not the library.
///
/// Names bound only at run time (`feval` of a computed name, `str2func`,
/// `cellfun` with a name) reach [`Units::resolve`] through RunMat's name
/// resolver; with a source attached ([`Units::serve_from`]) they are loaded
/// then, with everything they reach, as a run from source would find them.
#[derive(Default)]
pub struct Units {
    grouped: RwLock<Grouped>,
    lazy: OnceLock<Arc<dyn FunctionSource + Send + Sync>>,
    /// Names a lazy load failed for, with why (reported after the run).
    failures: Mutex<Vec<String>>,
    /// What routing a call needs of each loaded function, found once ([`crate::path_watch`]).
    callees: Mutex<HashMap<usize, Arc<crate::path_watch::Callee>>>,
    /// Ids names computed at run time resolved to, since [`Units::take_resolved`].
    resolved: Mutex<BTreeSet<usize>>,
    /// Search-path folders whose unit RunMat rejects ([`crate::unit_failure`]).
    rejected_folders: crate::unit_failure::Folders,
}

#[derive(Default)]
struct Grouped {
    by_id: HashMap<usize, Arc<FunctionRegistry>>,
    by_name: HashMap<String, usize>,
    by_key: HashMap<String, Arc<StoredFunction>>,
    /// Key of every loaded function, closure and local function, by id.
    key_of: HashMap<usize, String>,
    /// Names the source does not have (asked once; `feval('sin', x)` in a loop).
    misses: std::collections::HashSet<String>,
}

impl Grouped {
    /// Adds `loaded`; together with what is here, every key they call is present.
    fn add(&mut self, loaded: &[Arc<StoredFunction>]) {
        for f in loaded {
            self.by_key.insert(f.name.clone(), Arc::clone(f));
            self.key_of.insert(f.id, f.name.clone());
        }
        for f in loaded {
            // The function and the file-local functions (`owner>name`) it reaches.
            let mut registry = FunctionRegistry::default();
            let mut stack = vec![Arc::clone(f)];
            while let Some(g) = stack.pop() {
                if registry.functions.contains_key(&FunctionId(g.id)) {
                    continue;
                }
                registry.names.insert(g.name.clone(), FunctionId(g.id));
                registry.functions.insert(FunctionId(g.id), g.bytecode.clone());
                stack.extend(g.calls.iter().filter(|k| is_local(k)).filter_map(|k| self.by_key.get(k.as_str()).cloned()));
            }
            self.by_id.insert(f.id, Arc::new(registry));
            if !is_local(&f.name) {
                self.by_name.insert(f.name.clone(), f.id);
            }
        }
    }
}

impl Units {
    /// Groups `loaded` (a closed set: every key any of them calls is in it).
    pub fn group(loaded: &[Arc<StoredFunction>]) -> Units {
        let units = Units::default();
        units.write().add(loaded);
        units
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Grouped> {
        // Adding never panics halfway; a poisoned lock's data is whole.
        self.grouped.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Grouped> {
        self.grouped.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Serves names the script did not bind from `source`, when first called.
    pub fn serve_from(&self, source: Arc<dyn FunctionSource + Send + Sync>) {
        let _ = self.lazy.set(source);
    }

    /// The library that serves names computed at run time ([`Units::serve_from`]).
    pub fn library(&self) -> Option<Arc<dyn FunctionSource + Send + Sync>> {
        self.lazy.get().cloned()
    }

    /// The id `name` calls: a function loaded already, or one the attached
    /// source has (loaded now with what it reaches). `None`: not a library
    /// function, and RunMat goes on to its builtins.
    pub fn resolve(&self, name: &str) -> Option<usize> {
        // The script folder's private function first, as for the script's own calls.
        let id = crate::library::discover::script_private_key(name).and_then(|key| self.resolve_key(&key)).or_else(|| self.resolve_key(name))?;
        self.resolved.lock().unwrap_or_else(|e| e.into_inner()).insert(id);
        Some(id)
    }

    /// The ids names computed at run time resolved to since the last call.
    pub fn take_resolved(&self) -> BTreeSet<usize> {
        std::mem::take(&mut *self.resolved.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The keys of the loaded functions `ids` are, and of every function they call (by the call lists).
    pub fn reach_of(&self, ids: impl IntoIterator<Item = usize>) -> BTreeSet<String> {
        let grouped = self.read();
        let mut reach = BTreeSet::new();
        let mut stack: Vec<String> = ids.into_iter().filter_map(|id| grouped.key_of.get(&id).cloned()).collect();
        while let Some(key) = stack.pop() {
            if let Some(f) = grouped.by_key.get(&key) {
                stack.extend(f.calls.iter().filter(|k| !reach.contains(*k)).cloned());
            }
            reach.insert(key);
        }
        reach
    }

    fn resolve_key(&self, name: &str) -> Option<usize> {
        {
            let grouped = self.read();
            if let Some(id) = grouped.by_name.get(name) {
                return Some(*id);
            }
            if grouped.misses.contains(name) {
                return None;
            }
        }
        let source = self.lazy.get().filter(|_| !is_local(name))?;
        let loaded = self.load(source.as_ref(), name);
        if !matches!(loaded, Ok(Some(_))) {
            self.write().misses.insert(name.to_string());
        }
        match loaded {
            Ok(id) => id,
            Err(why) => {
                self.failures.lock().unwrap_or_else(|e| e.into_inner()).push(format!("`{name}`: {why}"));
                None
            }
        }
    }

    fn load(&self, source: &dyn FunctionSource, name: &str) -> Result<Option<usize>, String> {
        let Some(first) = source.function(name)? else { return Ok(None) };
        let id = first.id;
        let mut loaded = vec![first];
        let mut next = 0;
        while next < loaded.len() {
            let calls = loaded[next].calls.clone();
            next += 1;
            for callee in calls {
                if self.read().by_key.contains_key(&callee) || loaded.iter().any(|f| f.name == callee) {
                    continue;
                }
                let f = source.function(&callee)?.ok_or_else(|| format!("library function `{callee}` is referenced but missing"))?;
                loaded.push(f);
            }
        }
        self.write().add(&loaded);
        Ok(Some(id))
    }

    /// Takes on what `earlier` (a previous REPL input's) loaded and this does
    /// not hold, so a handle made then still calls its function now.
    pub fn adopt(&self, earlier: &Units) {
        if std::ptr::eq(self, earlier) {
            return;
        }
        let old = earlier.read();
        let mut new = self.write();
        for (id, registry) in &old.by_id {
            new.by_id.entry(*id).or_insert_with(|| Arc::clone(registry));
        }
        for (key, f) in &old.by_key {
            new.by_key.entry(key.clone()).or_insert_with(|| Arc::clone(f));
        }
        for (id, key) in &old.key_of {
            new.key_of.entry(*id).or_insert_with(|| key.clone());
        }
        for (name, id) in &old.by_name {
            new.by_name.entry(name.clone()).or_insert(*id);
        }
    }

    /// Why names called at run time could not be loaded (empty when all were).
    pub fn failures(&self) -> Vec<String> {
        self.failures.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The error a call that loads search-path `folder` fails with, as in
    /// RunMat, when a function file there is one its compiler rejects.
    pub fn folder_error(&self, folder: &str) -> Option<runmat_runtime::RuntimeError> {
        self.folder_compile_error(folder).cloned().map(crate::unit_failure::loader_error)
    }

    /// Whether a call that loads search-path `folder` fails ([`Units::folder_error`]).
    pub fn folder_rejected(&self, folder: &str) -> bool {
        self.folder_compile_error(folder).is_some()
    }

    fn folder_compile_error(&self, folder: &str) -> Option<&runmat_vm::CompileError> {
        let source = self.lazy.get();
        self.rejected_folders.error(folder, || source.and_then(|s| s.unit_failures().ok()).unwrap_or_default())
    }

    /// The unit `function` runs in, if it is a library function loaded for the script.
    pub fn unit(&self, function: usize) -> Option<Arc<FunctionRegistry>> {
        self.read().by_id.get(&function).cloned()
    }

    /// `id`'s routing facts, made by `make` the first time (`None`: not loaded).
    pub(crate) fn callee(&self, id: usize, make: impl FnOnce() -> Option<crate::path_watch::Callee>) -> Option<Arc<crate::path_watch::Callee>> {
        if let Some(c) = self.callees.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
            return Some(Arc::clone(c));
        }
        let made = Arc::new(make()?);
        self.callees.lock().unwrap_or_else(|e| e.into_inner()).insert(id, Arc::clone(&made));
        Some(made)
    }

    /// The key of loaded library function `id` (`owner>name` for a file's other functions).
    pub fn key_of(&self, id: usize) -> Option<String> {
        self.read().key_of.get(&id).cloned()
    }

    /// Where the attached source's library function `key` comes from ([`FunctionSource::file_of`]).
    pub fn file_of(&self, key: &str) -> Option<SourceOf> {
        self.lazy.get()?.file_of(key)
    }

    /// The id of a library function loaded by name.
    pub fn id_of(&self, name: &str) -> Option<usize> {
        self.read().by_name.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.read().by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Identifiers in a script's text, a superset of the names it can call:
/// each identifier, and each dotted chain's prefixes (`pkg.sub.f` gives
/// `pkg.sub` and `pkg.sub.f`), which is how package functions are called.
pub fn identifiers(text: &str) -> BTreeSet<&str> {
    let bytes = text.as_bytes();
    let word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphabetic());
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < bytes.len() {
        // Not the tail of a number (`1.e`) or of a chain already taken.
        if word(i) && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) {
            let chain = i;
            loop {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                out.insert(&text[start..i]);
                if start != chain {
                    out.insert(&text[chain..i]);
                }
                if bytes.get(i) == Some(&b'.') && word(i + 1) {
                    i += 1;
                } else {
                    break;
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

pub fn link_script(path: &str, text: &str, source: &dyn FunctionSource) -> Result<Linked, LinkError> {
    // Files of the script's unit that RunMat's compiler rejects are compiled
    // with the script, which fails as RunMat's one unit does.
    let rejected = source.unit_failures().map_err(LinkError::Source)?;
    link_unit(path, text, source, &HashMap::new(), crate::unit_failure::with_script(&rejected))
}

/// [`link_script`] for code that reads variables defined earlier (a REPL
/// statement: RunMat composes no folder with it).
pub fn link_with_workspace(path: &str, text: &str, source: &dyn FunctionSource, workspace: &HashMap<String, usize>) -> Result<Linked, LinkError> {
    link_unit(path, text, source, workspace, Vec::new())
}

/// Links `text`, compiled with the class files and the `rejected` files of its unit.
fn link_unit(
    path: &str,
    text: &str,
    source: &dyn FunctionSource,
    workspace: &HashMap<String, usize>,
    rejected: Vec<(&SourceFile, runmat_parser::Program)>,
) -> Result<Linked, LinkError> {
    let mut bound = HashMap::new();
    let mut arities = HashMap::new();
    let mut loaded: Vec<Arc<StoredFunction>> = Vec::new();
    let mut seen = BTreeSet::new();
    let classes = source.classes().map_err(LinkError::Source)?;
    let mut programs = class_programs(&classes).map_err(LinkError::Source)?;
    let class_count = programs.len();
    // Class methods (and rejected files) are compiled with the script: their calls are bound as its own.
    let mut names = identifiers(text);
    for file in classes.iter().map(|(file, _)| file).chain(rejected.iter().map(|(file, _)| *file)) {
        names.extend(identifiers(file.text()));
    }
    programs.extend(rejected.into_iter().map(|(_, program)| program));
    for name in names.into_iter().filter(|n| !workspace.contains_key(*n)) {
        if let Some(stored) = function_for_script(source, name).map_err(LinkError::Source)? {
            let f = &*stored;
            let id = FunctionId(f.id);
            bound.insert(name.to_string(), id);
            arities.insert(id, f.arity());
            // Two names of one function (a dependency's `alias.q` and `q`): loaded once.
            if seen.insert(f.name.clone()) {
                loaded.push(stored);
            }
        }
    }
    if crate::supervise::isolated() {
        crate::isolate::trial_script(path, text, workspace, &bound, &arities)?;
    }
    let (mut bytecode, display) = compile_script(path, text, programs, workspace, &bound, &arities)?;

    // Everything the bound functions reach, transitively.
    let mut next = 0;
    while next < loaded.len() {
        let calls = loaded[next].calls.clone();
        next += 1;
        for callee in calls {
            if seen.insert(callee.clone()) {
                let f = source
                    .function(&callee)
                    .map_err(LinkError::Source)?
                    .ok_or_else(|| LinkError::Source(format!("library function `{callee}` is referenced but missing")))?;
                loaded.push(f);
            }
        }
    }

    let script_functions = std::mem::take(&mut bytecode.function_registry).functions;
    let script_functions = if script_functions.is_empty() { std::mem::take(&mut bytecode.bound_functions) } else { script_functions };
    let mut old_ids: Vec<FunctionId> = script_functions.keys().copied().collect();
    old_ids.sort();
    let first = source.reserve_ids(old_ids.len()).map_err(LinkError::Source)?;
    let remap: HashMap<FunctionId, FunctionId> = old_ids.iter().enumerate().map(|(i, old)| (*old, FunctionId(first + i))).collect();
    ids::remap_local(&mut bytecode.instructions, &remap);

    // The script's registry holds only its own functions; library calls are
    // bound to ids that [`Units`] serves.
    let mut registry = FunctionRegistry::default();
    for (old, mut f) in script_functions {
        f.function = remap[&old];
        ids::remap_local(&mut f.instructions, &remap);
        registry.names.insert(f.display_name.clone(), f.function);
        registry.functions.insert(f.function, f);
    }
    bytecode.bound_functions = registry.functions.clone();
    bytecode.function_registry = registry;
    let units = Arc::new(Units::group(&loaded));
    Ok(Linked { bytecode, loaded, units, display, classes: class_count })
}

/// What `name` calls from the script (or a name it computes): its folder's
/// private function first, as in RunMat, else the library's function.
fn function_for_script(source: &dyn FunctionSource, name: &str) -> Result<Option<Arc<StoredFunction>>, String> {
    if let Some(key) = crate::library::discover::script_private_key(name) {
        if let Some(f) = source.function(&key)? {
            return Ok(Some(f));
        }
    }
    source.function(name)
}

/// The class files as RunMat composes them with the script (runmat-core
/// `compose_loose_project_async`): each `classdef` under the name RunMat
/// registers, each `@Class` method file's functions as `Class.f`. A file that
/// does not parse is skipped, as RunMat skips a companion file that does not
/// parse; one that changed kind (a class file now a function file, or the
/// reverse) changes what names mean: refused.
fn class_programs(classes: &[(SourceFile, ClassFile)]) -> Result<Vec<runmat_parser::Program>, String> {
    let mut out = Vec::new();
    for (file, class) in classes {
        let Ok(mut program) = crate::compile::parse_checked(file) else { continue };
        if crate::compile::is_class_source(&program) != class.is_class {
            let was = if class.is_class { "a class definition" } else { "a method file" };
            return Err(format!("{} is no longer {was}", class.path));
        }
        if let Some(q) = &class.qualified {
            crate::compile::qualify_class_file(&mut program, q);
        }
        out.push(program);
    }
    Ok(out)
}

/// A library held in memory (used at build time, and by tests).
pub struct InMemory {
    pub functions: HashMap<String, Arc<StoredFunction>>,
    pub unit: UnitInfo,
    pub classes: Vec<(SourceFile, ClassFile)>,
    /// Primary functions' files, by key.
    pub files: HashMap<String, SourceOf>,
    /// Files RunMat's compiler rejects in a unit ([`FunctionSource::unit_failures`]).
    pub unit_failures: Vec<crate::unit_failure::Rejected>,
}

/// The file a library function's code was compiled from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOf {
    /// Its file id ([`SourceFile::path`]).
    pub id: String,
    pub disk: std::path::PathBuf,
    /// SHA-256 of the text compiled.
    pub sha256: String,
}

impl FunctionSource for InMemory {
    fn function(&self, name: &str) -> Result<Option<Arc<StoredFunction>>, String> {
        Ok(self.functions.get(name).cloned())
    }
    fn unit(&self) -> Result<UnitInfo, String> {
        Ok(self.unit.clone())
    }
    fn classes(&self) -> Result<Vec<(SourceFile, ClassFile)>, String> {
        Ok(self.classes.clone())
    }
    fn unit_failures(&self) -> Result<Vec<crate::unit_failure::Rejected>, String> {
        Ok(self.unit_failures.clone())
    }
    fn file_of(&self, key: &str) -> Option<SourceOf> {
        self.files.get(key).cloned()
    }
}
