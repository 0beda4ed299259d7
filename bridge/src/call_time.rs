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
use runmat_vm::{FunctionBytecode, FunctionRegistry};

use crate::compile::{lowering_context, parse_guarded, CompileFailure};

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
        return Some(Err(build_runtime_error(format!("Function source '{}' does not define '{name}'.", path.display()))
            .with_identifier("RunMat:FunctionNameMismatch")
            .build()));
    };
    Some(runmat_vm::invoke_semantic_function_value(function.0, &args, outputs, &registry).await)
}

/// `path` compiled (or taken from the cache), its functions by name. A file
/// that is not a function file compiles to no callable name.
fn load(path: &Path) -> Result<Arc<FunctionRegistry>, RuntimeError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        build_runtime_error(format!("Could not read function source '{}': {e}", path.display())).with_identifier("RunMat:FunctionSourceRead").build()
    })?;
    if let Some(hit) = cache().lock().unwrap_or_else(|e| e.into_inner()).get(path).filter(|c| c.text == text) {
        return Ok(Arc::clone(&hit.registry));
    }
    let registry = Arc::new(compile(path, &text)?);
    cache().lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_path_buf(), Compiled { text, registry: Arc::clone(&registry) });
    Ok(registry)
}

/// One file as its own unit: its calls to other files are left to call time
/// (the library first, then this loader), as RunMat leaves them. In a
/// supervised run the script is running, so RunMat's work on the file happens
/// in a worker process: a file it crashes on fails this call, not the run.
fn compile(path: &Path, text: &str) -> Result<FunctionRegistry, RuntimeError> {
    let shown = path.display().to_string();
    let compiled = if crate::supervise::compile_elsewhere() { crate::isolate::compile_call_time(&shown, text) } else { compile_here(&shown, text) };
    let fail = |stage: &str, message: String| build_runtime_error(format!("Could not {stage} function source '{shown}': {message}"));
    match compiled {
        Ok(functions) => Ok(FunctionRegistry::new(functions.into_iter().map(|f| (f.function, f)).collect())),
        Err(e) => Err(match e.stage.as_str() {
            "parse" => fail("parse", e.message).with_identifier("RunMat:FunctionParseError").build(),
            "lower" | "mir" => fail("lower", e.message).with_identifier("RunMat:FunctionLoweringError").build(),
            // RunMat's loader returns its bytecode compiler's error as it is
            // (compiled again here: it failed cleanly, a worker's too).
            stage if stage == crate::compile::COMPILE_STAGE => crate::unit_failure::loader_error(crate::unit_failure::file_error(&shown, text, &e.message)),
            // A worker RunMat killed: what it said goes to no script (thread ids, addresses).
            _ => fail("compile", e.message.split("; the worker's stderr").next().unwrap_or_default().to_string())
                .with_identifier("RunMat:FunctionCompileError")
                .build(),
        }),
    }
}

/// [`compile`] in this process: the file's functions, none for a script or a
/// class definition (no function of the name).
pub fn compile_here(shown: &str, text: &str) -> Result<Vec<FunctionBytecode>, CompileFailure> {
    // Named as declared: RunMat's loader looks the called name up among them.
    let program = parse_guarded(shown, text)?;
    if !program.body.iter().all(|s| matches!(s, runmat_parser::Stmt::Function { .. })) {
        return Ok(Vec::new());
    }
    let (workspace, bound, arities) = (HashMap::new(), HashMap::new(), HashMap::new());
    let at = |span: Option<runmat_hir::Span>| span.map(|s| s.start);
    let noted = crate::supervise::enter(shown, "lower");
    let lowered = runmat_hir::lower(&program, &lowering_context(&workspace, &bound, &arities))
        .map_err(|e| CompileFailure::new(shown, text, at(e.span), "lower", e.message))?;
    noted.stage("mir");
    let mir = runmat_mir::lowering::lower_assembly(&lowered.assembly).map_err(|e| CompileFailure::new(shown, text, at(e.span), "mir", e.message))?;
    noted.stage("compile");
    let functions = runmat_vm::compile_semantic_function_registry(&lowered.assembly, &mir)
        .map_err(|e| CompileFailure::new(shown, text, at(e.span), "compile", e.message))?;
    let mut functions: Vec<FunctionBytecode> = functions.into_values().collect();
    functions.sort_by_key(|f| f.function);
    Ok(functions)
}
