//! RunMat's own pipeline (parse → HIR → MIR → bytecode), wrapped so that every
//! failure names the file, the line and RunMat's message.

use crate::display::Display;
use crate::report::Failure;
use std::collections::{HashMap, HashSet};

use runmat_hir::{FunctionId, LoweringContext};
use runmat_parser::{CompatMode, ParserOptions, Program, Stmt};
use runmat_vm::Bytecode;
use serde::{Deserialize, Serialize};

use crate::library::SourceFile;

pub mod blocks;
pub mod ids;
pub mod library;

/// A file (or script) RunMat could not compile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{path}{}: {stage}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct CompileFailure {
    pub path: String,
    pub line: Option<u32>,
    pub stage: String,
    pub message: String,
    /// For a script: what `runmat` reports of the same error (RunMat's message,
    /// identifier and span), printed by `rmsnap run` instead of the line above.
    #[serde(skip)]
    pub report: Option<Failure>,
}

impl CompileFailure {
    pub fn new(path: &str, text: &str, offset: Option<usize>, stage: &str, message: impl Into<String>) -> Self {
        CompileFailure { path: path.into(), line: offset.map(|o| line_of(text, o)), stage: stage.into(), message: message.into(), report: None }
    }

    /// RunMat's frontend report: `identifier` unless the error has its own, and
    /// the span (at least one byte) at `offset`.
    fn reported(mut self, message: String, identifier: Option<String>, fallback: &str, offset: Option<usize>, len: usize) -> Self {
        self.report = Some(Failure {
            message,
            identifier: Some(identifier.unwrap_or_else(|| fallback.to_string())),
            span: offset.map(|o| (o, len.max(1))),
            frames: Vec::new(),
            frames_elided: 0,
            source_id: None,
        });
        self
    }
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() as u32
}

pub fn parse(path: &str, text: &str) -> Result<Program, CompileFailure> {
    let _noted = crate::supervise::enter(path, "parse");
    runmat_parser::parse_with_options(text, ParserOptions::new(CompatMode::Matlab)).map_err(|e| {
        // Errors raised inside blocks come back with position 0 and the real
        // offset only in the message ("Syntax error at position N: ...").
        let mut offset = e.position;
        let mut message = e.message.clone();
        while let Some(rest) = message.strip_prefix("Syntax error at position ") {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if offset == 0 {
                offset = digits.parse().unwrap_or(0);
            }
            message = rest[digits.len()..].trim_start_matches(':').trim().to_string();
        }
        if let Some(found) = &e.found_token {
            message.push_str(&format!(" (found `{found}`)"));
        }
        // RunMat reports the parser's own message and position.
        let mut theirs = e.message.clone();
        if let Some(expected) = &e.expected {
            theirs.push_str(&format!(" (expected {expected})"));
        }
        if let Some(found) = &e.found_token {
            theirs.push_str(&format!(" (found '{found}')"));
        }
        CompileFailure::new(path, text, Some(offset), "parse", message).reported(theirs, None, "RunMat:SyntaxError", Some(e.position), 1)
    })
}

/// Stage of a [`CompileFailure`] raised by RunMat's bytecode compiler
/// (runmat-vm) on a file that parsed and lowered. RunMat compiles a library
/// file with others as one unit, and such an error fails the whole unit
/// ([`crate::unit_failure`]).
pub const COMPILE_STAGE: &str = "compile";

/// Stage of a [`CompileFailure`] for a script file among library files: in a
/// folder RunMat reads for a script, these are skipped without a word, as
/// RunMat skips them.
pub const SCRIPT_STAGE: &str = "script";

/// Stage of a [`CompileFailure`] for a class definition file: not a library
/// function file, but compiled with the script where RunMat does that (see
/// [`crate::library::Library::class_files`]).
pub const CLASS_STAGE: &str = "class";

/// Whether a file is a class definition as RunMat 0.6.2 reads one (runmat-core
/// `is_class_source_body`): a `classdef`, with only functions beside it.
pub fn is_class_source(program: &Program) -> bool {
    program.body.iter().any(|s| matches!(s, Stmt::ClassDef { .. })) && program.body.iter().all(|s| matches!(s, Stmt::ClassDef { .. } | Stmt::Function { .. }))
}

/// Names a class file as RunMat does (runmat-core `qualify_companion_classdefs`
/// and `qualify_companion_functions`): its `classdef` (a package class `+pkg/C.m`
/// is `pkg.C`) or, in an `@Class` method file, every function, `Class.f`;
/// names already dotted stay.
pub fn qualify_class_file(program: &mut Program, qualified: &str) {
    let is_class = is_class_source(program);
    for stmt in &mut program.body {
        let name = match stmt {
            Stmt::ClassDef { name, .. } if is_class => name,
            Stmt::Function { name, .. } if !is_class => name,
            _ => continue,
        };
        if !name.contains('.') {
            *name = qualified.to_string();
        }
    }
}

/// Names of the functions a library file defines, in source order; a file with
/// statements outside functions is not a library file.
pub fn function_names(path: &str, text: &str, program: &Program) -> Result<Vec<String>, CompileFailure> {
    if is_class_source(program) {
        return Err(CompileFailure::new(path, text, None, CLASS_STAGE, "defines a class (classdef), not functions"));
    }
    let mut names = Vec::new();
    for stmt in &program.body {
        match stmt {
            Stmt::Function { name, .. } => names.push(name.clone()),
            _ => return Err(CompileFailure::new(path, text, None, SCRIPT_STAGE, "has statements outside functions (a script, not a function file)")),
        }
    }
    if names.is_empty() {
        return Err(CompileFailure::new(path, text, None, "library", "defines no function"));
    }
    Ok(names)
}

pub(crate) fn lowering_context<'a>(
    workspace: &'a HashMap<String, usize>,
    bound: &'a HashMap<String, FunctionId>,
    arities: &'a HashMap<FunctionId, runmat_hir::FunctionOutputArity>,
) -> LoweringContext<'a> {
    // Plain MATLAB semantics, as a RunMat user running a .m file gets them.
    LoweringContext::new(workspace).with_bound_functions(bound).with_function_output_arities(arities).with_runmat_extensions_enabled(false)
}

/// The per-file check that runs in a worker process: parsing, the step that can
/// abort the process. Lowering and compiling happen in the build process on
/// files that passed (`unit.rs`), behind the same nesting limit as the cold
/// path, and a failure there rejects just that file.
pub fn check_file(file: &SourceFile) -> Result<Vec<String>, CompileFailure> {
    let program = parse_checked(file)?;
    function_names(&file.path, file.text(), &program)
}

/// [`parse`], refusing files nested deeper than [`MAX_NESTING`] first; a
/// package file's primary function comes back under its qualified name.
pub fn parse_checked(file: &SourceFile) -> Result<Program, CompileFailure> {
    let mut program = parse_guarded(&file.path, file.text())?;
    qualify(file, &mut program);
    Ok(program)
}

/// [`parse`], refusing text nested deeper than [`MAX_NESTING`] first; names as declared.
pub fn parse_guarded(path: &str, text: &str) -> Result<Program, CompileFailure> {
    let depth = nesting_depth(text);
    if depth > MAX_NESTING {
        return Err(CompileFailure::new(
            path,
            text,
            None,
            "parse",
            format!("brackets nest {depth} deep (limit {MAX_NESTING}); RunMat 0.6.2's parser would overflow its stack"),
        ));
    }
    parse(path, text)
}

/// A function file in a package folder (`+pkg/f.m`) defines `pkg.f`, the name
/// callers use and RunMat binds; its local functions keep their own names.
/// A private function of the script's folder or a search-path folder is bound
/// under its own key, which only that folder's functions (and, for the script's
/// folder, the script) use (`discover::private_key`).
/// A dependency's function is `alias.f` (`alias.pkg.f`), as RunMat names it;
/// a bare `f` reaches it only through the resolution's aliases.
fn qualify(file: &SourceFile, program: &mut Program) {
    use crate::library::discover::{dependency_alias, is_scoped_private, package_of};
    // A function is named as its `function` line declares it, as RunMat 0.6.2
    // names it (the file name decides only which file a call-time lookup reads).
    let Some(Stmt::Function { name, .. }) = program.body.first_mut() else { return };
    if is_scoped_private(&file.path) {
        *name = file.path.strip_suffix(".m").unwrap_or(&file.path).to_string();
        return;
    }
    if let Some(package) = package_of(&file.path) {
        if !name.contains('.') {
            *name = format!("{package}.{name}");
        }
    }
    if let Some(alias) = dependency_alias(&file.library) {
        *name = format!("{alias}.{name}");
    }
}

/// Where a library function came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunctionOrigin {
    pub name: String,
    pub library: String,
    pub path: String,
    pub source_sha256: String,
    pub line: u32,
}

/// Deepest bracket nesting in `text` (comments skipped). RunMat 0.6.2's parser
/// recurses once per level without a limit; the cold path refuses files past
/// [`MAX_NESTING`] instead of letting the process abort.
pub fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for line in text.lines() {
        for b in line.bytes() {
            match b {
                b'%' => break,
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    max = max.max(depth);
                }
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    max
}

pub const MAX_NESTING: usize = 256;

/// Compiles a script, with what RunMat shows of it after the run ([`Display`]). Calls to names in `bound` go to functions compiled
/// elsewhere (the snapshot path); `library` programs are compiled together with
/// the script (the cold path); `workspace` names variables that already exist
/// (a REPL's earlier statements).
pub fn compile_script(
    path: &str,
    text: &str,
    library: Vec<Program>,
    workspace: &HashMap<String, usize>,
    bound: &HashMap<String, FunctionId>,
    arities: &HashMap<FunctionId, runmat_hir::FunctionOutputArity>,
) -> Result<(Bytecode, Display), CompileFailure> {
    let script = parse(path, text)?;
    let own: HashSet<String> = script
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::Function { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    let mut body = script.body;
    for program in library {
        // A script's own function shadows a library function of the same name.
        body.extend(program.body.into_iter().filter(|s| !matches!(s, Stmt::Function { name, .. } if own.contains(name))));
    }
    let program = Program { body, sections: script.sections };
    let at = |e: Option<runmat_hir::Span>| e.map(|s| s.start);
    let len = |e: Option<runmat_hir::Span>| e.map_or(1, |s| s.end.saturating_sub(s.start));
    let noted = crate::supervise::enter(path, "lower");
    let lowered = runmat_hir::lower(&program, &lowering_context(workspace, bound, arities)).map_err(|e| {
        CompileFailure::new(path, text, at(e.span), "lower", e.message.clone()).reported(e.message, e.identifier, "RunMat:HirError", at(e.span), len(e.span))
    })?;
    // RunMat reports these (`break` outside a loop, ...) as HIR errors.
    noted.stage("mir");
    let mir = runmat_mir::lowering::lower_assembly(&lowered.assembly).map_err(|e| {
        CompileFailure::new(path, text, at(e.span), "mir", e.message.clone()).reported(e.message, None, "RunMat:HirError", at(e.span), len(e.span))
    })?;
    let entry = lowered.assembly.entrypoints.first().ok_or_else(|| CompileFailure::new(path, text, None, "compile", "script has no statements to run"))?.id;
    noted.stage("compile");
    let mut bytecode = runmat_vm::compile(&lowered.assembly, &mir, entry).map_err(|e| {
        CompileFailure::new(path, text, at(e.span), "compile", e.message.clone()).reported(
            e.message,
            e.identifier,
            "RunMat:CompileError",
            at(e.span),
            len(e.span),
        )
    })?;
    let display = Display::plan(text, &lowered.assembly, &mut bytecode);
    Ok((bytecode, display))
}
