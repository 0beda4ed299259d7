//! The library compiled file by file, in one global id space.
//!
//! RunMat 0.6.2 compiles a unit in time and memory quadratic in its function
//! count: every function's compiler gets its own copy of the whole unit's VM
//! layout (`compile_semantic_functions`). One unit for a 3,000-function library
//! takes two minutes and 6.8 GB. So each library file is its own unit: calls to
//! other files' functions are bound by name to global ids, the way RunMat's REPL
//! lowers a cell against functions defined earlier (`with_bound_functions`), and
//! each unit's own ids are renumbered into the global space afterwards (each
//! file's ids in a block placed by its key, see [`super::blocks`]). Only
//! names a file mentions are bound, so lowering a file costs the file, not the
//! library. The cold path still compiles script and library as one RunMat unit;
//! identical output on both paths is what the integration tests check.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use runmat_hir::FunctionId;
pub use runmat_hir::FunctionOutputArity;
use runmat_parser::{Program, Stmt};
use runmat_vm::FunctionBytecode;
use serde::{Deserialize, Serialize};

use super::blocks::{self, primary_id};
use super::ids;
use super::{line_of, lowering_context, parse_checked, CompileFailure, FunctionOrigin};
use crate::isolate::Isolation;
use crate::library::SourceFile;
use crate::link::{identifiers, LibraryFunction};
use crate::pool::{par_map, par_map_owned};

/// Ids of one file: its primary function, local functions, closures and
/// nested functions. Fixed blocks let each file be numbered, encoded and
/// dropped as soon as it is compiled, without waiting for the files before it.
pub use super::blocks::LOCAL_BLOCK;

/// One library file, compiled on its own and already encoded.
#[derive(Debug, Serialize, Deserialize)]
pub struct CompiledFile {
    pub path: String,
    /// `runmat.bytecode` entries: (key, encoded [`LibraryFunction`]).
    pub entries: Vec<(String, Vec<u8>)>,
    /// Entries copied from an earlier build as it stored them (compressed).
    #[serde(skip)]
    pub stored: Vec<(String, snapshot_core::StoredEntry)>,
    /// What a later build needs to know of each entry without decoding it.
    pub facts: Vec<EntryFacts>,
}

/// An entry's key, id and declared outputs: what an incremental build checks
/// bindings against (stored beside the entries, so the earlier build's
/// functions need not be decoded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryFacts {
    pub key: String,
    pub id: usize,
    pub outputs: usize,
    pub varargout: bool,
}

impl EntryFacts {
    pub fn of(f: &LibraryFunction) -> EntryFacts {
        let a = f.arity();
        EntryFacts { key: f.name.clone(), id: f.id, outputs: a.fixed_outputs, varargout: a.has_varargout }
    }
    pub fn arity(&self) -> FunctionOutputArity {
        FunctionOutputArity::new(self.outputs, self.varargout)
    }
}

/// The compiled library: one unit per file, and the global ids that bind them.
pub struct CompiledLibrary {
    pub files: Vec<CompiledFile>,
    /// Named functions, by name.
    pub origins: BTreeMap<String, FunctionOrigin>,
    /// Global id of every named function: the last of its file's block, placed
    /// by its key, so a function keeps its id whatever else is added or removed.
    pub ids: BTreeMap<String, usize>,
    /// Files whose entries were copied from an earlier build, not compiled.
    pub reused: usize,
    /// Bare names that call a dependency's function (`q` → `alias.q`), each
    /// to a function compiled here.
    pub aliases: BTreeMap<String, String>,
}

struct Parsed<'a> {
    file: &'a SourceFile,
    program: Program,
    /// (name, declared output arity, line) of each definition; the first is
    /// the file's primary function, the others are local to the file.
    defs: Vec<(String, FunctionOutputArity, u32)>,
}

/// `file` parsed; its primary function named `key` when it is compiled under a
/// key of its own (a search-path function shadowed by an earlier folder's,
/// see `Resolution::scoped`).
fn parse_file<'a>(file: &'a SourceFile, key: Option<&str>) -> Result<Parsed<'a>, CompileFailure> {
    let mut program = parse_checked(file)?;
    if let (Some(key), Some(Stmt::Function { name, .. })) = (key, program.body.first_mut()) {
        *name = key.to_string();
    }
    let defs = program
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::Function { name, outputs, span, .. } => {
                Some((name.clone(), FunctionOutputArity::from_declared_outputs(outputs), line_of(file.text(), span.start)))
            }
            _ => None,
        })
        .collect();
    Ok(Parsed { file, program, defs })
}

/// How one file's compile sees the rest of the library: the global ids of the
/// functions other files may call. At build time the whole library's
/// ([`GlobalIds`]); at run time a snapshot's, when one changed file is
/// compiled again and linked with everything else from the snapshot.
pub trait Binder {
    /// Global id and declared output arity of the library function `name`.
    fn bind(&self, name: &str) -> Option<(usize, FunctionOutputArity)>;
    /// Key of the library function with global id `id`.
    fn key_of(&self, id: usize) -> Option<String>;
}

/// The build's binder: every primary function of the library, by its block.
struct GlobalIds<'a> {
    ids: &'a BTreeMap<String, usize>,
    names: &'a HashMap<usize, &'a str>,
    arity_of: &'a HashMap<&'a str, FunctionOutputArity>,
    aliases: &'a BTreeMap<String, String>,
}

impl Binder for GlobalIds<'_> {
    fn bind(&self, name: &str) -> Option<(usize, FunctionOutputArity)> {
        let key = if self.ids.contains_key(name) { name } else { self.aliases.get(name)?.as_str() };
        Some((*self.ids.get(key)?, *self.arity_of.get(key)?))
    }
    fn key_of(&self, id: usize) -> Option<String> {
        self.names.get(&id).map(|n| n.to_string())
    }
}

/// Compiles one library file on its own, with its primary function under the
/// id `binder` gives it (named `key` when it has one, see `Resolution::scoped`)
/// and its other functions numbered from `block`.
/// Once the script runs (or after a crash, see `supervise`), a supervised
/// process compiles in a worker: a crash then costs the file, not the run.
/// `primary` is the name its primary function is bound under (for the binder).
pub fn compile_one(file: &SourceFile, key: Option<&str>, primary: &str, binder: &dyn Binder, block: usize) -> Result<Vec<LibraryFunction>, CompileFailure> {
    if crate::supervise::compile_elsewhere() {
        if let Isolation::Worker(exe) = Isolation::current_exe() {
            let job = CompileJob { file: file.clone(), block, table: BinderTable::for_file(file, Some(primary), binder), key: key.map(str::to_string) };
            let compiled = crate::isolate::compile_in_workers(&exe, std::slice::from_ref(&job), None).pop().unwrap_or_else(|| {
                Err(CompileFailure { path: file.path.clone(), line: None, stage: "crash".into(), message: "no result from the worker".into(), report: None })
            })?;
            return compiled
                .entries
                .iter()
                .map(|(_, bytes)| {
                    snapshot_core::codec::decode::<LibraryFunction>(bytes).map_err(|e| CompileFailure {
                        path: file.path.clone(),
                        line: None,
                        stage: "encode".into(),
                        message: e.to_string(),
                        report: None,
                    })
                })
                .collect();
        }
    }
    compile_unit(parse_file(file, key)?, binder, block)
}

/// The declared outputs of a file's primary function (what callers compile against).
pub fn primary_arity(file: &SourceFile) -> Result<FunctionOutputArity, CompileFailure> {
    let parsed = parse_file(file, None)?;
    parsed.defs.first().map(|(_, arity, _)| *arity).ok_or_else(|| CompileFailure::new(&file.path, file.text(), None, "library", "defines no function"))
}

/// Lowers and compiles one parsed file, binding the library names it mentions.
fn compile_unit(p: Parsed, binder: &dyn Binder, block: usize) -> Result<Vec<LibraryFunction>, CompileFailure> {
    let (path, text) = (&p.file.path, p.file.text());
    let own: BTreeSet<&str> = p.defs.iter().map(|(n, _, _)| n.as_str()).collect();
    let mut bound = HashMap::new();
    let mut arities = HashMap::new();
    for name in identifiers(text).into_iter().filter(|n| !own.contains(n)) {
        if let Some((id, arity)) = bind_in(&p.file.path, name, |n| binder.bind(n)) {
            bound.insert(name.to_string(), FunctionId(id));
            arities.insert(FunctionId(id), arity);
        }
    }
    let at = |span: Option<runmat_hir::Span>| span.map(|s| s.start);
    let workspace = HashMap::new();
    let noted = crate::supervise::enter(path, "lower");
    let lowered = runmat_hir::lower(&p.program, &lowering_context(&workspace, &bound, &arities))
        .map_err(|e| CompileFailure::new(path, text, at(e.span), "lower", e.message))?;
    noted.stage("mir");
    let mir = runmat_mir::lowering::lower_assembly(&lowered.assembly).map_err(|e| CompileFailure::new(path, text, at(e.span), "mir", e.message))?;
    noted.stage("compile");
    let functions = runmat_vm::compile_semantic_function_registry(&lowered.assembly, &mir)
        .map_err(|e| CompileFailure::new(path, text, at(e.span), super::COMPILE_STAGE, e.message))?;
    drop((lowered, mir));
    let primary = p.defs.first().map(|(n, _, _)| n.as_str()).unwrap_or("?");
    number(primary, functions, binder, block).map_err(|message| CompileFailure {
        path: path.clone(),
        line: None,
        stage: "number".into(),
        message,
        report: None,
    })
}

/// The earlier build's entries for `file`, if compiling it now would give
/// the same bytes: every name it mentions binds as it did then (same id, same
/// arity), and its local functions keep their ids (the file's block is where
/// it was; it moves only when its key collides with a new one's).
fn reuse(file: &SourceFile, primary: &str, block: usize, binder: &dyn Binder, previous: &dyn PreviousBuild, rebound: &[&str]) -> Option<CompiledFile> {
    // Its own name too: a package function's is not in its text.
    let names = || identifiers(file.text()).into_iter().chain([primary]);
    let path = file.path.as_str();
    // A name can bind differently here only if the file mentions it.
    let mentions = |tail: &&str| file.text().contains(*tail) || primary.contains(*tail);
    if rebound.iter().any(mentions) && names().any(|name| bind_in(path, name, |n| binds(n, binder)) != bind_in(path, name, |n| binds_then(n, previous))) {
        return None;
    }
    let facts = previous.facts(primary)?;
    // An id inside this block was numbered from this block.
    if facts.iter().any(|f| rmsnap_model::key::is_local(&f.key) && !(block..primary_id(block)).contains(&f.id)) {
        return None;
    }
    let stored = facts.iter().map(|f| Some((f.key.clone(), previous.entry(&f.key)?))).collect::<Option<Vec<_>>>()?;
    Some(CompiledFile { path: file.path.clone(), entries: Vec::new(), stored, facts })
}

/// How `name` binds for code in file `path`: its folder's private function
/// first (a search-path folder's, under its key), then a search-path folder's
/// own `name` that an earlier folder shadows (`discover::sibling_key`), else
/// the library's `name`. A dependency's files bind bare names as the
/// project's do (RunMat 0.6.2, checked against the binary).
fn bind_in<T>(path: &str, name: &str, bind: impl Fn(&str) -> Option<T>) -> Option<T> {
    use crate::library::discover::{private_key, sibling_key};
    private_key(path, name).and_then(|key| bind(&key)).or_else(|| sibling_key(path, name).and_then(|key| bind(&key))).or_else(|| bind(name))
}

/// Whether `name`, the primary function an earlier build compiled from `f`,
/// is a shadowed search-path function's key rather than a callable name.
pub fn is_sibling_key(f: &SourceFile, name: &str) -> bool {
    !crate::library::discover::is_scoped_private(&f.path) && f.path.strip_suffix(".m") == Some(name)
}

type Binding = Option<(usize, usize, bool)>;

fn binds(name: &str, binder: &dyn Binder) -> Binding {
    binder.bind(name).map(|(id, a)| (id, a.fixed_outputs, a.has_varargout))
}

fn binds_then(name: &str, previous: &dyn PreviousBuild) -> Binding {
    previous.bound(name).map(|(id, a)| (id, a.fixed_outputs, a.has_varargout))
}

/// The library names (and aliases) that bind now otherwise than in the earlier
/// build — added, removed, or another id or arity —, each as the text a file
/// must contain to call it: the name, or the last part of a folder-scoped key
/// (`dir/private/f`, `dir/f`: a call to `f`). Empty when nothing moved, as
/// after an edit: then no file's bindings changed, and none need checking.
fn rebound<'a>(
    ids: &'a BTreeMap<String, usize>,
    arity_of: &HashMap<&str, FunctionOutputArity>,
    aliases: &'a BTreeMap<String, String>,
    binder: &dyn Binder,
    previous: &'a dyn PreviousBuild,
) -> Vec<&'a str> {
    // A primary function binds to its own id (what the binder would look up).
    let primary = |n: &str, id: usize| arity_of.get(n).map(|a| (id, a.fixed_outputs, a.has_varargout));
    let primaries = ids.iter().filter(|(n, id)| primary(n, **id) != binds_then(n, previous)).map(|(n, _)| n.as_str());
    let now: Vec<&str> = primaries.chain(aliases.keys().map(String::as_str).filter(|n| binds(n, binder) != binds_then(n, previous))).collect();
    // A name bound then and not now is unbound (no need to ask the binder).
    // When every name now binds as then, they were all bound then: only a
    // count above theirs leaves names gone.
    let current = ids.len() + aliases.keys().filter(|a| !ids.contains_key(*a)).count();
    let gone: Vec<&str> = match now.is_empty() && previous.bound_names().count() == current {
        true => Vec::new(),
        false => previous.bound_names().filter(|n| !ids.contains_key(*n) && !aliases.contains_key(*n)).collect(),
    };
    let mut tails: Vec<&str> = now.into_iter().chain(gone).map(|n| n.rsplit('/').next().unwrap_or(n)).collect();
    tails.sort_unstable();
    tails.dedup();
    tails
}

/// What one file's compile needs of the library's binder — the names its text
/// mentions — as data, so the compile can run in a worker process.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BinderTable {
    /// (name, global id, declared outputs, varargout).
    names: Vec<(String, usize, usize, bool)>,
}

impl BinderTable {
    /// The names `file` mentions, and its own primary function `primary`
    /// (a package function's qualified name is not in its text).
    pub fn for_file(file: &SourceFile, primary: Option<&str>, binder: &dyn Binder) -> BinderTable {
        use crate::library::discover::{private_key, sibling_key};
        let scoped = |n: &str| private_key(&file.path, n).into_iter().chain(sibling_key(&file.path, n));
        let names = identifiers(file.text())
            .into_iter()
            .chain(primary)
            .flat_map(|n| scoped(n).chain([n.to_string()]))
            .filter_map(|n| binder.bind(&n).map(|(id, a)| (n, id, a.fixed_outputs, a.has_varargout)))
            .collect();
        BinderTable { names }
    }
}

impl Binder for BinderTable {
    fn bind(&self, name: &str) -> Option<(usize, FunctionOutputArity)> {
        self.names.iter().find(|(n, ..)| n == name).map(|(_, id, k, v)| (*id, FunctionOutputArity::new(*k, *v)))
    }
    fn key_of(&self, id: usize) -> Option<String> {
        self.names.iter().find(|(_, i, ..)| *i == id).map(|(n, ..)| n.clone())
    }
}

/// One file's build compile, as a worker process receives it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CompileJob {
    pub file: SourceFile,
    /// The first id of its block.
    pub block: usize,
    pub table: BinderTable,
    /// The key its primary function is compiled under, if not its name.
    pub key: Option<String>,
}

impl CompileJob {
    /// Parses, lowers, compiles and encodes the file: all of RunMat's work on it.
    pub fn run(&self) -> Result<CompiledFile, CompileFailure> {
        compile_file(self.block, parse_file(&self.file, self.key.as_deref())?, &self.table)
    }
}

/// [`compile_unit`] in the build: the file's entries, encoded.
fn compile_file(block: usize, p: Parsed, binder: &dyn Binder) -> Result<CompiledFile, CompileFailure> {
    let path = p.file.path.clone();
    let (mut entries, mut facts) = (Vec::new(), Vec::new());
    let compiled = compile_unit(p, binder, block)?;
    let _noted = crate::supervise::enter(&path, "encode");
    for f in compiled {
        let encoded = snapshot_core::codec::encode(&f)
            .map_err(|e| format!("encoding `{}`: {e}", f.name))
            // What the runtime could not decode must fail the build, not a run.
            .and_then(|bytes| snapshot_core::codec::decode::<LibraryFunction>(&bytes).map(|_| bytes).map_err(|e| format!("`{}` does not decode: {e}", f.name)));
        let bytes = encoded.map_err(|message| CompileFailure { path: path.clone(), line: None, stage: "encode".into(), message, report: None })?;
        facts.push(EntryFacts::of(&f));
        entries.push((f.name, bytes));
    }
    Ok(CompiledFile { path, entries, stored: Vec::new(), facts })
}

/// Renumbers one file's functions into the global id space (its primary
/// function from `binder`; local functions, closures and nested functions from
/// `block`) and resolves what each references to keys.
fn number(owner: &str, functions: HashMap<FunctionId, FunctionBytecode>, binder: &dyn Binder, block: usize) -> Result<Vec<LibraryFunction>, String> {
    let mut local: Vec<FunctionId> = functions.keys().copied().collect();
    local.sort();
    // The block's last id is the primary function's.
    if local.len() >= LOCAL_BLOCK {
        return Err(format!("defines {} functions, closures and nested functions; at most {} per file", local.len(), LOCAL_BLOCK - 1));
    }
    let mut remap = HashMap::new();
    // Keys of this file's own functions, by global id.
    let mut keys: HashMap<usize, String> = HashMap::new();
    for (k, old) in local.iter().enumerate() {
        let name = &functions[old].display_name;
        let (id, key) = match binder.bind(name).filter(|_| name == owner) {
            Some((id, _)) => (id, name.clone()),
            // Not a name other files can call (a local function, closure or
            // nested function): keyed under the file's primary function; `>`
            // cannot occur in a MATLAB identifier.
            None => (block + k, rmsnap_model::key::local_key(owner, name)),
        };
        keys.insert(id, key);
        remap.insert(*old, FunctionId(id));
    }
    let key_of = |id: usize| keys.get(&id).cloned().or_else(|| binder.key_of(id));
    let mut out = Vec::with_capacity(functions.len());
    for (old, mut bytecode) in functions {
        let id = remap[&old];
        bytecode.function = id;
        let referenced = ids::remap_and_collect(&mut bytecode.instructions, &remap);
        let mut calls: Vec<String> = referenced.into_iter().filter(|r| *r != id).filter_map(|r| key_of(r.0)).collect();
        calls.sort();
        calls.dedup();
        let name = key_of(id.0).ok_or("function without a key")?;
        out.push(LibraryFunction { id: id.0, name, bytecode, calls });
    }
    Ok(out)
}

/// Compiles `files` (which passed the per-file check, possibly in a worker
/// process), one unit each — in worker processes too with
/// [`Isolation::Worker`], so a RunMat crash, abort or hang in lowering or
/// compiling one file rejects that file and nothing else. Files whose primary function is in `excluded`
/// ((path, function) that lost to another definition) are left out, and calls
/// to those names go to the winning definition. A file RunMat rejects is left out and returned as a
/// failure; the library is then compiled again without it, so nothing is
/// bound to a function the snapshot does not hold (as on the cold path, a call
/// to it is an undefined function at run time).
pub fn compile_library(
    files: &[&SourceFile],
    excluded: &BTreeSet<(String, String)>,
    scoped: &BTreeMap<String, String>,
    aliases: &BTreeMap<String, String>,
    isolation: &Isolation,
) -> (CompiledLibrary, Vec<CompileFailure>) {
    compile_library_reusing(files, excluded, scoped, aliases, isolation, None)
}

/// An earlier build of the same library set, whose work an incremental build
/// reuses: a file with the same path and contents, whose names bind to the
/// same ids and arities as then, compiles to the same bytes, so they are
/// copied instead of compiled (and the file is not even parsed).
pub trait PreviousBuild: Sync {
    /// The primary function (name, declared outputs, line) the earlier build
    /// compiled from exactly this file.
    fn primary(&self, path: &str, sha256: &str) -> Option<(String, FunctionOutputArity, u32)>;
    /// Global id and arity of a primary function in the earlier build.
    fn bound(&self, name: &str) -> Option<(usize, FunctionOutputArity)>;
    /// What the earlier build stored of `primary`'s file: each entry's facts
    /// (the primary first, then `primary>...`).
    fn facts(&self, primary: &str) -> Option<Vec<EntryFacts>>;
    /// One entry as the earlier file stores it (an encoded function,
    /// compressed), left in the file: the writer verifies it as it copies it.
    fn entry(&self, key: &str) -> Option<snapshot_core::StoredEntry>;
    /// Every name the earlier build bound (primary functions and aliases).
    fn bound_names(&self) -> Box<dyn Iterator<Item = &str> + '_>;
}

/// A live file: parsed now, or known (same path and contents) from the earlier build.
struct Unit<'a> {
    file: &'a SourceFile,
    /// (name, arity, line) of the primary function.
    primary: Option<(String, FunctionOutputArity, u32)>,
    parsed: Option<Parsed<'a>>,
}

/// [`compile_library`], reusing what `previous` compiled where nothing it
/// depended on changed. The result is byte for byte what a full build gives.
pub fn compile_library_reusing(
    files: &[&SourceFile],
    excluded: &BTreeSet<(String, String)>,
    scoped: &BTreeMap<String, String>,
    aliases: &BTreeMap<String, String>,
    isolation: &Isolation,
    previous: Option<&dyn PreviousBuild>,
) -> (CompiledLibrary, Vec<CompileFailure>) {
    let mut failures: Vec<CompileFailure> = Vec::new();
    loop {
        let left_out: BTreeSet<&str> = failures.iter().map(|f| f.path.as_str()).collect();
        let live: Vec<&SourceFile> =
            files.iter().copied().filter(|f| !left_out.contains(f.path.as_str()) && !excluded.iter().any(|(p, _)| *p == f.path)).collect();
        let mut parsed = Vec::with_capacity(live.len());
        let mut failed = Vec::new();
        let key_of = |f: &SourceFile| scoped.get(&f.path).map(String::as_str);
        // Known only under the name it has now: a file shadowed since (or no
        // longer) is compiled under its new key.
        let known = |f: &SourceFile| {
            previous
                .and_then(|p| p.primary(&f.path, &f.sha256()))
                .filter(|(name, ..)| key_of(f).is_none_or(|k| k == name) && (key_of(f).is_some() || !is_sibling_key(f, name)))
        };
        for u in par_map(&live, |f| match known(f) {
            Some(primary) => Ok(Unit { file: f, primary: Some(primary), parsed: None }),
            None => parse_file(f, key_of(f)).map(|p| Unit { file: f, primary: p.defs.first().cloned(), parsed: Some(p) }),
        }) {
            match u {
                Ok(u) => parsed.push(u),
                Err(e) => failed.push(e),
            }
        }
        // What is new or changed is compiled after the rest is copied: its worker starts now.
        let standby = match isolation {
            Isolation::Worker(exe) if parsed.iter().any(|u| u.parsed.is_some()) => Some(crate::isolate::Standby::compile(exe)),
            _ => None,
        };
        let mut origins = BTreeMap::new();
        for p in &parsed {
            let sha = p.file.sha256();
            // Only primary functions are callable from other files.
            if let Some((name, _, line)) = &p.primary {
                let origin =
                    FunctionOrigin { name: name.clone(), library: p.file.library.clone(), path: p.file.path.clone(), source_sha256: sha.clone(), line: *line };
                origins.insert(name.clone(), origin);
            }
        }
        let arities: Vec<(String, FunctionOutputArity)> = parsed.iter().filter_map(|p| p.primary.as_ref().map(|(n, a, _)| (n.clone(), *a))).collect();
        let arity_of: HashMap<&str, FunctionOutputArity> = arities.iter().map(|(n, a)| (n.as_str(), *a)).collect();
        // A file's block by its primary function's key (a file defining no
        // function, which fails to compile, by its path: `:` is in no name).
        let block_key = |u: &Unit| u.primary.as_ref().map_or_else(|| format!(":{}", u.file.path), |(n, ..)| n.clone());
        let block_keys: Vec<String> = parsed.iter().map(block_key).collect();
        let placed = match blocks::place(block_keys.iter().map(String::as_str)) {
            Ok(p) => p,
            Err(message) => {
                let failure =
                    |u: &Unit| CompileFailure { path: u.file.path.clone(), line: None, stage: "number".into(), message: message.clone(), report: None };
                return (
                    CompiledLibrary { files: Vec::new(), origins: BTreeMap::new(), ids: BTreeMap::new(), reused: 0, aliases: BTreeMap::new() },
                    parsed.iter().map(failure).collect(),
                );
            }
        };
        let block_of: Vec<usize> = block_keys.iter().map(|k| placed[k]).collect();
        drop(block_keys);
        let ids: BTreeMap<String, usize> = origins.keys().map(|n| (n.clone(), primary_id(placed[n]))).collect();
        let names: HashMap<usize, &str> = ids.iter().map(|(n, id)| (*id, n.as_str())).collect();
        // Each parsed file is consumed by its compile and its compiled code by
        // its encoding: neither ASTs nor RunMat bytecode pile up.
        // An alias whose function was left out calls nothing (as from source).
        let aliases: BTreeMap<String, String> = aliases.iter().filter(|(_, key)| ids.contains_key(*key)).map(|(a, k)| (a.clone(), k.clone())).collect();
        let binder = GlobalIds { ids: &ids, names: &names, arity_of: &arity_of, aliases: &aliases };
        let rebound = previous.map(|p| rebound(&ids, &arity_of, &aliases, &binder, p)).unwrap_or_default();
        // What the earlier build compiled identically is copied; the rest is compiled.
        let indexed: Vec<(usize, &Unit)> = parsed.iter().enumerate().collect();
        let mut compiled: Vec<Option<Result<CompiledFile, CompileFailure>>> = par_map(&indexed, |(index, u)| {
            // A parsed file is new or changed since the earlier build: compile it.
            if u.parsed.is_some() {
                return None;
            }
            let (prev, (name, ..)) = (previous?, u.primary.as_ref()?);
            reuse(u.file, name, block_of[*index], &binder, prev, &rebound).map(Ok)
        });
        drop(indexed);
        let reused = compiled.iter().filter(|c| c.is_some()).count();
        let todo: Vec<(usize, Unit)> = parsed.into_iter().enumerate().filter(|(i, _)| compiled[*i].is_none()).collect();
        let done = match isolation {
            Isolation::InProcess => par_map_owned(todo, |(i, u)| {
                let p = match u.parsed {
                    Some(p) => Ok(p),
                    None => parse_file(u.file, key_of(u.file)),
                };
                (i, p.and_then(|p| compile_file(block_of[i], p, &binder)))
            }),
            Isolation::Worker(exe) => {
                let jobs: Vec<CompileJob> = todo
                    .iter()
                    .map(|(index, u)| CompileJob {
                        file: u.file.clone(),
                        block: block_of[*index],
                        table: BinderTable::for_file(u.file, u.primary.as_ref().map(|(n, ..)| n.as_str()), &binder),
                        key: key_of(u.file).map(str::to_string),
                    })
                    .collect();
                let at: Vec<usize> = todo.iter().map(|(i, _)| *i).collect();
                drop(todo);
                at.into_iter().zip(crate::isolate::compile_in_workers(exe, &jobs, standby)).collect()
            }
        };
        for (i, c) in done {
            compiled[i] = Some(c);
        }
        let compiled: Vec<Result<CompiledFile, CompileFailure>> = compiled.into_iter().flatten().collect();
        let mut files_out = Vec::with_capacity(compiled.len());
        for c in compiled {
            match c {
                Ok(c) => files_out.push(c),
                Err(e) => failed.push(e),
            }
        }
        if failed.is_empty() {
            return (CompiledLibrary { files: files_out, origins, ids, reused, aliases }, failures);
        }
        failures.extend(failed);
    }
}
