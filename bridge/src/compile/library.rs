//! The library compiled file by file, in one global id space.
//!
//! RunMat 0.6.2 compiles a unit in time and memory quadratic in its function
//! count: every function's compiler gets its own copy of the whole unit's VM
//! layout (`compile_semantic_functions`). One unit for a 3,000-function library
//! takes two minutes and 6.8 GB. So each library file is its own unit: calls to
//! other files' functions are bound by name to global ids, the way RunMat's REPL
//! lowers a cell against functions defined earlier (`with_bound_functions`), and
//! each unit's own ids are renumbered into the global space afterwards. Only
//! names a file mentions are bound, so lowering a file costs the file, not the
//! library. The cold path still compiles script and library as one RunMat unit;
//! identical output on both paths is what the integration tests check.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use runmat_hir::{FunctionId, FunctionOutputArity};
use runmat_parser::{Program, Stmt};
use runmat_vm::FunctionBytecode;

use super::{line_of, lowering_context, parse_checked, CompileFailure, FunctionOrigin};
use super::ids;
use crate::link::{identifiers, LibraryFunction};
use crate::pool::{par_map, par_map_owned};
use crate::library::SourceFile;

/// Ids of a file's closures and nested functions: `named + file index × this +
/// position`. Fixed blocks let each file be numbered, encoded and dropped as
/// soon as it is compiled, without waiting for the files before it.
pub const LOCAL_BLOCK: usize = 1 << 12;

/// One library file, compiled on its own and already encoded.
pub struct CompiledFile {
    pub path: String,
    /// `runmat.bytecode` entries: (key, encoded [`LibraryFunction`]).
    pub entries: Vec<(String, Vec<u8>)>,
}

/// The compiled library: one unit per file, and the global ids that bind them.
pub struct CompiledLibrary {
    pub files: Vec<CompiledFile>,
    /// Named functions, by name.
    pub origins: BTreeMap<String, FunctionOrigin>,
    /// Global id of every named function: its position in name order, so the
    /// same library always gets the same ids.
    pub ids: BTreeMap<String, usize>,
    /// First id above every library function's.
    pub next_id: usize,
}

struct Parsed<'a> {
    file: &'a SourceFile,
    program: Program,
    /// (name, declared output arity, line) of each kept definition.
    defs: Vec<(String, FunctionOutputArity, u32)>,
}

fn parse_file<'a>(file: &'a SourceFile, excluded: &BTreeSet<(String, String)>) -> Result<Parsed<'a>, CompileFailure> {
    let mut program = parse_checked(file)?;
    program.body.retain(|s| !matches!(s, Stmt::Function { name, .. } if excluded.contains(&(file.path.clone(), name.clone()))));
    let defs = program
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::Function { name, outputs, span, .. } => Some((name.clone(), FunctionOutputArity::from_declared_outputs(outputs), line_of(&file.text, span.start))),
            _ => None,
        })
        .collect();
    Ok(Parsed { file, program, defs })
}

/// Lowers and compiles one file, binding the library names it mentions.
fn compile_file(index: usize, p: Parsed, ids: &BTreeMap<String, usize>, names: &[&str], arity_of: &HashMap<&str, FunctionOutputArity>) -> Result<CompiledFile, CompileFailure> {
    let (path, text) = (&p.file.path, &p.file.text);
    let own: BTreeSet<&str> = p.defs.iter().map(|(n, _, _)| n.as_str()).collect();
    let mut bound = HashMap::new();
    let mut arities = HashMap::new();
    for name in identifiers(text).into_iter().filter(|n| !own.contains(n)) {
        if let (Some(&id), Some(&arity)) = (ids.get(name), arity_of.get(name)) {
            bound.insert(name.to_string(), FunctionId(id));
            arities.insert(FunctionId(id), arity);
        }
    }
    let at = |span: Option<runmat_hir::Span>| span.map(|s| s.start);
    let workspace = HashMap::new();
    let lowered = runmat_hir::lower(&p.program, &lowering_context(&workspace, &bound, &arities))
        .map_err(|e| CompileFailure::new(path, text, at(e.span), "lower", e.message))?;
    let mir = runmat_mir::lowering::lower_assembly(&lowered.assembly).map_err(|e| CompileFailure::new(path, text, at(e.span), "mir", e.message))?;
    let functions = runmat_vm::compile_semantic_function_registry(&lowered.assembly, &mir)
        .map_err(|e| CompileFailure::new(path, text, at(e.span), "compile", e.message))?;
    drop((lowered, mir));
    let own: Vec<String> = p.defs.into_iter().map(|(n, _, _)| n).collect();
    let entries = number_and_encode(index, &own, functions, ids, names).map_err(|message| CompileFailure { path: path.clone(), line: None, stage: "encode".into(), message })?;
    Ok(CompiledFile { path: path.clone(), entries })
}

/// Renumbers one file's functions into the global id space (named functions
/// from `ids`, the rest from the file's block), resolves what each references
/// to keys, and encodes them as `runmat.bytecode` entries.
fn number_and_encode(
    index: usize,
    own: &[String],
    functions: HashMap<FunctionId, FunctionBytecode>,
    ids: &BTreeMap<String, usize>,
    names: &[&str],
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let owner = own.first().map(String::as_str).unwrap_or("?");
    let mut local: Vec<FunctionId> = functions.keys().copied().collect();
    local.sort();
    if local.len() > LOCAL_BLOCK {
        return Err(format!("defines {} functions, closures and nested functions; at most {LOCAL_BLOCK} per file", local.len()));
    }
    let block = ids.len() + index * LOCAL_BLOCK;
    let mut remap = HashMap::new();
    // Keys of this file's unnamed functions, by global id.
    let mut local_keys: HashMap<usize, String> = HashMap::new();
    for (k, old) in local.iter().enumerate() {
        let name = &functions[old].display_name;
        let id = match ids.get(name).filter(|_| own.contains(name)) {
            Some(&id) => id,
            None => {
                // Not a name other files can call: keyed under the file's
                // primary function; `>` cannot occur in a MATLAB identifier.
                local_keys.insert(block + k, format!("{owner}>{name}"));
                block + k
            }
        };
        remap.insert(*old, FunctionId(id));
    }
    let key_of = |id: usize| names.get(id).map(|n| n.to_string()).or_else(|| local_keys.get(&id).cloned());
    let mut out = Vec::with_capacity(functions.len());
    for (old, mut bytecode) in functions {
        let id = remap[&old];
        bytecode.function = id;
        let referenced = ids::remap_and_collect(&mut bytecode.instructions, &remap);
        let mut calls: Vec<String> = referenced.into_iter().filter(|r| *r != id).filter_map(|r| key_of(r.0)).collect();
        calls.sort();
        calls.dedup();
        let name = key_of(id.0).ok_or("function without a key")?;
        let f = LibraryFunction { id: id.0, name, bytecode, calls };
        let bytes = snapshot_core::codec::encode(&f).map_err(|e| format!("encoding `{}`: {e}", f.name))?;
        // What the runtime could not decode must fail the build, not a run.
        snapshot_core::codec::decode::<LibraryFunction>(&bytes).map_err(|e| format!("`{}` does not decode: {e}", f.name))?;
        out.push((f.name, bytes));
    }
    Ok(out)
}

/// Compiles `files` (which passed the per-file check, possibly in a worker
/// process), one unit each. Definitions in `excluded` ((path, function) that
/// lost to an override) are left out, and calls to those names go to the
/// winning definition. A file RunMat rejects is left out and returned as a
/// failure; the library is then compiled again without it, so nothing is
/// bound to a function the snapshot does not hold (as on the cold path, a call
/// to it is an undefined function at run time).
pub fn compile_library(files: &[&SourceFile], excluded: &BTreeSet<(String, String)>) -> (CompiledLibrary, Vec<CompileFailure>) {
    let mut failures: Vec<CompileFailure> = Vec::new();
    loop {
        let left_out: BTreeSet<&str> = failures.iter().map(|f| f.path.as_str()).collect();
        let live: Vec<&SourceFile> = files.iter().copied().filter(|f| !left_out.contains(f.path.as_str())).collect();
        let mut parsed = Vec::with_capacity(live.len());
        let mut failed = Vec::new();
        for p in par_map(&live, |f| parse_file(f, excluded)) {
            match p {
                Ok(p) => parsed.push(p),
                Err(e) => failed.push(e),
            }
        }
        let mut origins = BTreeMap::new();
        for p in &parsed {
            let sha = p.file.sha256();
            for (name, _, line) in &p.defs {
                let origin = FunctionOrigin { name: name.clone(), library: p.file.library.clone(), path: p.file.path.clone(), source_sha256: sha.clone(), line: *line };
                origins.insert(name.clone(), origin);
            }
        }
        let arities: Vec<(String, FunctionOutputArity)> = parsed.iter().flat_map(|p| p.defs.iter().map(|(n, a, _)| (n.clone(), *a))).collect();
        let arity_of: HashMap<&str, FunctionOutputArity> = arities.iter().map(|(n, a)| (n.as_str(), *a)).collect();
        let ids: BTreeMap<String, usize> = origins.keys().enumerate().map(|(i, n)| (n.clone(), i)).collect();
        let names: Vec<&str> = origins.keys().map(String::as_str).collect();
        let next_id = ids.len() + parsed.len() * LOCAL_BLOCK;
        // Each parsed file is consumed by its compile and its compiled code by
        // its encoding: neither ASTs nor RunMat bytecode pile up.
        let compiled = par_map_owned(parsed.into_iter().enumerate().collect(), |(i, p)| compile_file(i, p, &ids, &names, &arity_of));
        let mut files_out = Vec::with_capacity(compiled.len());
        for c in compiled {
            match c {
                Ok(c) => files_out.push(c),
                Err(e) => failed.push(e),
            }
        }
        if failed.is_empty() {
            return (CompiledLibrary { files: files_out, origins, ids, next_id }, failures);
        }
        failures.extend(failed);
    }
}
