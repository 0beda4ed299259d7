//! A function file RunMat's bytecode compiler rejects fails the whole unit
//! RunMat compiles it in.
//!
//! RunMat 0.6.2 compiles the script with every function file of its folder (or
//! project) as one unit (runmat-core `session/compile.rs`, `compile_input`:
//! the companion files are appended to the script's program), and a call that
//! loads a search-path function compiles that file with its folder's function
//! files (`session/run.rs`, `load_dynamic_function`). Its bytecode compiler
//! (runmat-vm `bytecode/compile.rs`: the entry code first, then every function
//! of the unit in order) stops at the first function it rejects — e.g.
//! `[varargout{1:nargout}] = g(varargin{:})`, a call to a non-builtin with an
//! expanded argument and an output count known only at run time ("dynamic
//! output count is not supported for expanded static calls",
//! `compiler/core.rs`). So one such file anywhere in the unit means: the
//! script does not compile (`RunMat:CompileError`, nothing runs), or every call
//! that loads the folder fails with that error (`RunMat:RuntimeError`, as
//! `load_dynamic_function` returns `compile_failure.into()`). Either way the
//! error's span is the rejected file's, shown against the script's text.
//!
//! rmsnap compiles each library file on its own and leaves such a file out
//! ([`COMPILE_STAGE`]); here the unit's failure is reproduced with RunMat's own
//! compiler: the script's unit files it rejects are compiled with the script
//! ([`with_script`]), and a search-path folder's first one is compiled again
//! when a call loads the folder ([`Folders`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use rmsnap_model::file::{search_path_folder, FoundRole};
use runmat_parser::Program;
use runmat_runtime::RuntimeError;
use runmat_vm::CompileError;

use crate::compile::{lowering_context, parse_checked, parse_guarded, CompileFailure, COMPILE_STAGE};
use crate::library::{Library, LibraryKind, SourceFile};

/// A library file the build left out because RunMat's bytecode compiler
/// rejects it, in a folder RunMat compiles as one unit.
#[derive(Debug, Clone)]
pub struct Rejected {
    pub file: SourceFile,
    /// The role of its folder.
    pub role: FoundRole,
    /// What the build's compile reported.
    pub message: String,
}

/// Whether a file left out at `stage` fails the unit RunMat compiles it in.
/// Earlier stages fail RunMat's unit too, but rmsnap's compile of a file on
/// its own does not decide them as the unit does (a local function of another
/// file is visible there).
pub fn rejects_unit(stage: &str) -> bool {
    stage == COMPILE_STAGE
}

/// The files `failures` left out that fail their unit, in library order.
pub fn of_failures(library: &Library, failures: &[CompileFailure]) -> Vec<Rejected> {
    library
        .files
        .iter()
        .filter_map(|file| {
            let failure = failures.iter().find(|f| f.path == file.path && rejects_unit(&f.stage))?;
            let LibraryKind::Found { role, .. } = library.spec(&file.library)?.kind else { return None };
            Some(Rejected { file: file.clone(), role, message: failure.message.clone() })
        })
        .collect()
}

/// The files of the script's own unit (its folder, a project's roots) among
/// `rejected`, parsed and named as RunMat composes them, to be compiled with
/// the script: RunMat's compiler then rejects the script as `runmat` does.
pub fn with_script(rejected: &[Rejected]) -> Vec<(&SourceFile, Program)> {
    rejected.iter().filter(|r| r.role.is_one_unit()).filter_map(|r| Some((&r.file, parse_checked(&r.file).ok()?))).collect()
}

/// The error RunMat's bytecode compiler reports for `text` compiled as a unit
/// of its own (no library names bound, as RunMat's call-time loader compiles);
/// `None` if an earlier stage fails or it compiles.
fn bytecode_error(path: &str, text: &str) -> Option<CompileError> {
    let program = parse_guarded(path, text).ok()?;
    let (workspace, bound, arities) = (HashMap::new(), HashMap::new(), HashMap::new());
    let lowered = runmat_hir::lower(&program, &lowering_context(&workspace, &bound, &arities)).ok()?;
    let mir = runmat_mir::lowering::lower_assembly(&lowered.assembly).ok()?;
    runmat_vm::compile_semantic_function_registry(&lowered.assembly, &mir).err()
}

/// What RunMat's call-time loader reports when the unit it compiles holds a
/// function file its bytecode compiler rejects (`load_dynamic_function`:
/// `Err(error.into())`).
pub fn loader_error(error: CompileError) -> RuntimeError {
    error.into()
}

/// [`bytecode_error`] of a file the build left out at [`COMPILE_STAGE`], as
/// RunMat's call-time loader reports it: RunMat's compiler gives the same
/// error again (else, as a fallback, the message the build recorded).
pub fn file_error(path: &str, text: &str, message: &str) -> CompileError {
    bytecode_error(path, text).unwrap_or_else(|| CompileError::new(message))
}

/// Search-path folders holding a function file RunMat's bytecode compiler
/// rejects, each with the error every call that loads the folder gets: its
/// first such file's in library order (the called file itself, compiled
/// first, is never one: it would not be bound). Found once per run.
#[derive(Default)]
pub struct Folders(OnceLock<HashMap<String, CompileError>>);

impl Folders {
    /// The error a call loading search-path `folder` fails with, if any;
    /// `rejected` lists the library's rejected files (asked once).
    pub fn error(&self, folder: &str, rejected: impl FnOnce() -> Vec<Rejected>) -> Option<&CompileError> {
        let folders = self.0.get_or_init(|| {
            let mut out = HashMap::new();
            for r in rejected().into_iter().filter(|r| r.role == FoundRole::SearchPath) {
                if let Some(folder) = search_path_folder(&r.file.path) {
                    if !out.contains_key(folder) {
                        // The build compiled this file without crashing: it is safe here.
                        out.insert(folder.to_string(), file_error(&r.file.path, r.file.text(), &r.message));
                    }
                }
            }
            out
        });
        folders.get(folder)
    }
}
