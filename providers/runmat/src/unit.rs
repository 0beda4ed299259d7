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

use crate::compile::{line_of, lowering_context, parse_checked, CompileFailure, FunctionOrigin};
use crate::ids;
use crate::link::{identifiers, LibraryFunction, UnitInfo};
use crate::parallel::{par_map, par_map_owned};
use crate::sources::SourceFile;

/// One library file, compiled on its own.
pub struct CompiledFile {
    pub path: String,
    /// Named functions the file contributes (its definitions minus those that lost to an override).
    pub names: Vec<String>,
    /// RunMat's output, under the unit's own ids.
    pub functions: HashMap<FunctionId, FunctionBytecode>,
}

/// The compiled library: one unit per file, and the global ids that bind them.
pub struct LibraryUnit {
    pub files: Vec<CompiledFile>,
    /// Named functions, by name.
    pub origins: BTreeMap<String, FunctionOrigin>,
    /// Global id of every named function: its position in name order, so the
    /// same library always gets the same ids.
    pub ids: BTreeMap<String, usize>,
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
fn compile_file(p: Parsed, ids: &BTreeMap<String, usize>, arity_of: &HashMap<&str, FunctionOutputArity>) -> Result<CompiledFile, CompileFailure> {
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
    Ok(CompiledFile { path: path.clone(), names: p.defs.into_iter().map(|(n, _, _)| n).collect(), functions })
}

/// Compiles `files` (which passed the per-file check, possibly in a worker
/// process), one unit each. Definitions in `excluded` ((path, function) that
/// lost to an override) are left out, and calls to those names go to the
/// winning definition. A file RunMat rejects is left out and returned as a
/// failure; the library is then compiled again without it, so nothing is
/// bound to a function the snapshot does not hold (as on the cold path, a call
/// to it is an undefined function at run time).
pub fn compile_library(files: &[&SourceFile], excluded: &BTreeSet<(String, String)>) -> (LibraryUnit, Vec<CompileFailure>) {
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
        // Each parsed file is consumed by its compile: ASTs do not pile up.
        let compiled = par_map_owned(parsed, |p| compile_file(p, &ids, &arity_of));
        let mut files_out = Vec::with_capacity(compiled.len());
        for c in compiled {
            match c {
                Ok(c) => files_out.push(c),
                Err(e) => failed.push(e),
            }
        }
        if failed.is_empty() {
            return (LibraryUnit { files: files_out, origins, ids }, failures);
        }
        failures.extend(failed);
    }
}

/// Renumbers every file's functions into the global id space: named functions
/// get their id from [`LibraryUnit::ids`], the rest (closures and nested
/// functions) the next free ids, file by file. Returned in key order.
pub fn library_functions(unit: LibraryUnit) -> (Vec<LibraryFunction>, UnitInfo) {
    let mut next_id = unit.ids.len();
    // Global id → key, for turning references into names.
    let mut keys: HashMap<usize, String> = unit.ids.iter().map(|(n, id)| (*id, n.clone())).collect();
    let mut units = Vec::with_capacity(unit.files.len());
    for file in unit.files {
        let owner = file.names.first().cloned().unwrap_or_default();
        let mut local: Vec<FunctionId> = file.functions.keys().copied().collect();
        local.sort();
        let mut remap = HashMap::new();
        for old in local {
            let name = &file.functions[&old].display_name;
            let id = match unit.ids.get(name).filter(|_| file.names.contains(name)) {
                Some(&id) => id,
                None => {
                    // Not a name other files can call: keyed under the file's
                    // primary function; `>` cannot occur in a MATLAB identifier.
                    keys.insert(next_id, format!("{owner}>{name}"));
                    next_id += 1;
                    next_id - 1
                }
            };
            remap.insert(old, FunctionId(id));
        }
        units.push((file.functions, remap));
    }

    let mut out = Vec::with_capacity(keys.len());
    for (functions, remap) in units {
        for (old, mut bytecode) in functions {
            let id = remap[&old];
            bytecode.function = id;
            ids::remap_local(&mut bytecode.instructions, &remap);
            let mut calls: Vec<String> = ids::references(&bytecode).into_iter().filter(|(r, _)| *r != id).filter_map(|(r, _)| keys.get(&r.0).cloned()).collect();
            calls.sort();
            calls.dedup();
            out.push(LibraryFunction { id: id.0, name: keys[&id.0].clone(), bytecode, calls });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    let info = UnitInfo { next_id, functions: out.len() };
    (out, info)
}
