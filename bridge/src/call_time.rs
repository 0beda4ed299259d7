//! RunMat's call-time loader (runmat-core `session/run.rs`) for names no
//! library function answers: the first `.m` file of that name on the search
//! path *as the script has changed it* (`addpath`, `rmpath`, `path`) is
//! compiled and called, one file per unit. Unlike RunMat, the file is compiled
//! alone: its folder's `private/` functions and classes are not composed with it.
//! Folders known before the run are in the library set (and the snapshot);
//! this serves the folders a script adds while it runs. A file found that
//! defines no function of that name (a class definition, a script) is
//! reported as RunMat reports it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use runmat_runtime::builtins::common::path_search::find_file_with_extensions;
use runmat_runtime::{build_runtime_error, RuntimeError};
use runmat_value::Value;
use runmat_vm::FunctionRegistry;

use crate::compile::{lowering_context, parse_checked};
use crate::library::SourceFile;

/// A file compiled at call time, kept for the process while its text is the same.
struct Compiled {
    text: String,
    registry: Arc<FunctionRegistry>,
}

fn cache() -> &'static Mutex<HashMap<PathBuf, Compiled>> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Compiled>>> = OnceLock::new();
    CACHE.get_or_init(Mutex::default)
}

/// Calls `name` from the search path; `None` when no file of that name is on it
/// (RunMat then reports the undefined function).
pub async fn call(name: String, args: Vec<Value>, outputs: usize) -> Option<Result<Value, RuntimeError>> {
    let path = match find_file_with_extensions(&name, &[".m"], "function resolution").await {
        Ok(Some(path)) => path,
        Ok(None) => return None,
        Err(error) => return Some(Err(build_runtime_error(error).with_identifier("RunMat:FunctionResolution").build())),
    };
    let registry = match load(&path) {
        Ok(registry) => registry,
        Err(error) => return Some(Err(error)),
    };
    let leaf = name.rsplit('.').next().unwrap_or(&name);
    let Some(function) = registry.names.get(&name).or_else(|| registry.names.get(leaf)).copied() else {
        return Some(Err(build_runtime_error(format!("Function source '{}' does not define '{name}'.", path.display())).with_identifier("RunMat:FunctionNameMismatch").build()));
    };
    Some(runmat_vm::invoke_semantic_function_value(function.0, &args, outputs, &registry).await)
}

/// `path` compiled (or taken from the cache), its functions by name. A file
/// that is not a function file compiles to no callable name.
fn load(path: &Path) -> Result<Arc<FunctionRegistry>, RuntimeError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| build_runtime_error(format!("Could not read function source '{}': {e}", path.display())).with_identifier("RunMat:FunctionSourceRead").build())?;
    if let Some(hit) = cache().lock().unwrap_or_else(|e| e.into_inner()).get(path).filter(|c| c.text == text) {
        return Ok(Arc::clone(&hit.registry));
    }
    let registry = Arc::new(compile(path, &text)?);
    cache().lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_path_buf(), Compiled { text, registry: Arc::clone(&registry) });
    Ok(registry)
}

/// One file as its own unit: its calls to other files are left to call time
/// (the library first, then this loader), as RunMat leaves them.
fn compile(path: &Path, text: &str) -> Result<FunctionRegistry, RuntimeError> {
    let shown = path.display().to_string();
    let fail = |stage: &str, message: String| build_runtime_error(format!("Could not {stage} function source '{shown}': {message}"));
    let file = SourceFile::new(String::new(), shown.clone(), text.to_string(), Some(path.to_path_buf()));
    let program = parse_checked(&file).map_err(|e| fail("parse", e.message).with_identifier("RunMat:FunctionParseError").build())?;
    if !program.body.iter().all(|s| matches!(s, runmat_parser::Stmt::Function { .. })) {
        // A script or a class definition: no function of the name.
        return Ok(FunctionRegistry::default());
    }
    let (workspace, bound, arities) = (HashMap::new(), HashMap::new(), HashMap::new());
    let lowered = runmat_hir::lower(&program, &lowering_context(&workspace, &bound, &arities))
        .map_err(|e| fail("lower", e.message).with_identifier("RunMat:FunctionLoweringError").build())?;
    let mir = runmat_mir::lowering::lower_assembly(&lowered.assembly).map_err(|e| fail("lower", e.message).with_identifier("RunMat:FunctionLoweringError").build())?;
    let functions = runmat_vm::compile_semantic_function_registry(&lowered.assembly, &mir)
        .map_err(|e| fail("compile", e.message).with_identifier("RunMat:FunctionCompileError").build())?;
    Ok(FunctionRegistry::new(functions))
}
