//! Linking a script against precompiled library functions, the way RunMat's REPL
//! lowers a cell against functions defined earlier: library names are bound to
//! their snapshot ids, the script's own functions are renumbered above the
//! library's ids, and only the functions the script reaches are loaded.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use runmat_hir::{FunctionId, FunctionOutputArity};
use runmat_vm::{Bytecode, FunctionBytecode, FunctionRegistry};
use serde::{Deserialize, Serialize};

use crate::compile::{compile_script, CompileFailure};
use crate::compile::ids;

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
    pub bytecode: Bytecode,
    pub loaded: Vec<Arc<StoredFunction>>,
}

/// Identifiers in a script's text, a superset of the names it can call.
pub fn identifiers(text: &str) -> BTreeSet<&str> {
    let bytes = text.as_bytes();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.insert(&text[start..i]);
        } else {
            i += 1;
        }
    }
    out
}

pub fn link_script(path: &str, text: &str, source: &dyn FunctionSource) -> Result<Linked, LinkError> {
    link_with_workspace(path, text, source, &HashMap::new())
}

/// [`link_script`] for code that reads variables defined earlier (a REPL statement).
pub fn link_with_workspace(path: &str, text: &str, source: &dyn FunctionSource, workspace: &HashMap<String, usize>) -> Result<Linked, LinkError> {
    let mut bound = HashMap::new();
    let mut arities = HashMap::new();
    let mut loaded: Vec<Arc<StoredFunction>> = Vec::new();
    let mut seen = BTreeSet::new();
    for name in identifiers(text).into_iter().filter(|n| !workspace.contains_key(*n)) {
        if let Some(stored) = source.function(name).map_err(LinkError::Source)? {
            let f = &*stored;
            let id = FunctionId(f.id);
            bound.insert(name.to_string(), id);
            arities.insert(id, FunctionOutputArity::new(f.bytecode.output_slots.len(), f.bytecode.varargout_slot.is_some()));
            seen.insert(f.name.clone());
            loaded.push(stored);
        }
    }
    let mut bytecode = compile_script(path, text, Vec::new(), workspace, &bound, &arities)?;

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

    let unit = source.unit().map_err(LinkError::Source)?;
    let script_functions = std::mem::take(&mut bytecode.function_registry).functions;
    let script_functions = if script_functions.is_empty() { std::mem::take(&mut bytecode.bound_functions) } else { script_functions };
    let mut old_ids: Vec<FunctionId> = script_functions.keys().copied().collect();
    old_ids.sort();
    let remap: HashMap<FunctionId, FunctionId> =
        old_ids.iter().enumerate().map(|(i, old)| (*old, FunctionId(unit.next_id + i))).collect();
    ids::remap_local(&mut bytecode.instructions, &remap);

    let mut registry = FunctionRegistry::default();
    for f in loaded.iter().map(Arc::as_ref) {
        registry.names.entry(f.name.clone()).or_insert(FunctionId(f.id));
        registry.functions.insert(FunctionId(f.id), f.bytecode.clone());
    }
    for (old, mut f) in script_functions {
        f.function = remap[&old];
        ids::remap_local(&mut f.instructions, &remap);
        // A script's own function shadows a library one of the same name.
        registry.names.insert(f.display_name.clone(), f.function);
        registry.functions.insert(f.function, f);
    }
    bytecode.bound_functions = registry.functions.clone();
    bytecode.function_registry = registry;
    Ok(Linked { bytecode, loaded })
}

/// A library held in memory (used at build time, and by tests).
pub struct InMemory {
    pub functions: HashMap<String, Arc<StoredFunction>>,
    pub unit: UnitInfo,
}

impl FunctionSource for InMemory {
    fn function(&self, name: &str) -> Result<Option<Arc<StoredFunction>>, String> {
        Ok(self.functions.get(name).cloned())
    }
    fn unit(&self) -> Result<UnitInfo, String> {
        Ok(self.unit.clone())
    }
}
