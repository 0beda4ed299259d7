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
}

/// The library functions a script reached, each in its own small RunMat unit.
///
/// RunMat 0.6.2 copies the caller's whole function registry into every
/// callee's frame (runmat-vm `interpreter/runner.rs`), so a call costs the size
/// of the registry it runs in. Each library function therefore runs in a
/// registry of its own — itself, and the closures and nested functions of its
/// file it refers to — and calls between units go through RunMat's call-time
/// hooks ([`crate::exec`]): a call costs its callee, not the library.
#[derive(Default)]
pub struct Units {
    by_id: HashMap<usize, Arc<FunctionRegistry>>,
    /// Shared with the name resolver RunMat calls (which must be `Send + Sync`).
    by_name: Arc<HashMap<String, usize>>,
}

impl Units {
    /// Groups `loaded` (a closed set: every key any of them calls is in it).
    pub fn group(loaded: &[Arc<StoredFunction>]) -> Units {
        let by_key: HashMap<&str, &StoredFunction> = loaded.iter().map(|f| (f.name.as_str(), f.as_ref())).collect();
        let mut units = Units::default();
        let mut by_name = HashMap::new();
        for f in loaded {
            // The function and the file-local functions (`owner>name`) it reaches.
            let mut registry = FunctionRegistry::default();
            let mut stack = vec![f.as_ref()];
            while let Some(g) = stack.pop() {
                if registry.functions.contains_key(&FunctionId(g.id)) {
                    continue;
                }
                registry.names.insert(g.name.clone(), FunctionId(g.id));
                registry.functions.insert(FunctionId(g.id), g.bytecode.clone());
                stack.extend(g.calls.iter().filter(|k| k.contains('>')).filter_map(|k| by_key.get(k.as_str()).copied()));
            }
            units.by_id.insert(f.id, Arc::new(registry));
            if !f.name.contains('>') {
                by_name.insert(f.name.clone(), f.id);
            }
        }
        units.by_name = Arc::new(by_name);
        units
    }

    pub fn names(&self) -> Arc<HashMap<String, usize>> {
        Arc::clone(&self.by_name)
    }

    /// The unit `function` runs in, if it is a library function the script reached.
    pub fn unit(&self, function: usize) -> Option<&Arc<FunctionRegistry>> {
        self.by_id.get(&function)
    }

    /// The id of a library function by name (`feval`, handles by name).
    pub fn id_of(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
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
            arities.insert(id, f.arity());
            seen.insert(f.name.clone());
            loaded.push(stored);
        }
    }
    let (mut bytecode, display) = compile_script(path, text, Vec::new(), workspace, &bound, &arities)?;

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
    Ok(Linked { bytecode, loaded, units, display })
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
