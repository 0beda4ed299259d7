//! The library pipeline, once, for a build's provider and a first run from
//! source alike: each file's check → classes, scripts beside the script and
//! definitions → bound by the model's engine → compiled (reusing an earlier
//! build's work where one is given).

use crate::compile::library::{compile_library_reusing, PreviousBuild};
use crate::compile::{CompileFailure, CLASS_STAGE, SCRIPT_STAGE};
use crate::isolate::Isolation;
use crate::CompiledLibrary;

use super::resolve::{builtin_names, resolve, Resolution, ResolveError};
use super::{ClassFile, Library, SourceFile};

/// What the pipeline made of a library.
pub struct Assembled<'a> {
    pub compiled: CompiledLibrary,
    /// Files RunMat compiles with the script (classes, `@Class` methods), in library order.
    pub classes: Vec<ClassFile>,
    /// Files left out, with why, in the order found: the check's failures,
    /// then files losing to another declaration in their library (stage
    /// `library`), then the compile's failures.
    pub rejected: Vec<CompileFailure>,
    /// Scripts and classes beside the script, which RunMat skips without a word.
    pub beside: Vec<&'a SourceFile>,
    pub resolution: Resolution,
    /// The files compiled (or reused).
    pub good: Vec<&'a SourceFile>,
}

/// Runs the pipeline over `library`, given each file's check (the names it
/// defines, primary first, or why it was left out; one per file, in order).
pub fn assemble<'a>(
    library: &'a Library,
    checks: Vec<Result<Vec<String>, CompileFailure>>,
    isolation: &Isolation,
    previous: Option<&dyn PreviousBuild>,
) -> Result<Assembled<'a>, ResolveError> {
    let mut defs = Vec::new();
    let mut rejected = Vec::new();
    let mut beside = Vec::new();
    let mut classes = Vec::new();
    for (file, check) in library.files.iter().zip(checks) {
        // Classes (and `@Class` methods) RunMat compiles with the script: so will each run.
        if let Some(class) = library.class_file(file, &check) {
            classes.push(class);
            continue;
        }
        match check {
            Ok(names) => defs.push((file, names)),
            // Scripts and classes beside the script: RunMat skips them as it skips scripts.
            Err(failure) if [SCRIPT_STAGE, CLASS_STAGE].contains(&failure.stage.as_str()) && library.is_found(&file.library) => beside.push(file),
            Err(failure) => rejected.push(failure),
        }
    }
    let resolution = resolve(library, &defs, &builtin_names())?;
    for (path, why) in &resolution.skipped {
        rejected.push(CompileFailure { path: path.clone(), line: None, stage: "library".into(), message: why.clone(), report: None });
    }
    let good: Vec<&SourceFile> = defs.iter().map(|(f, _)| *f).filter(|f| !resolution.skipped.iter().any(|(p, _)| *p == f.path)).collect();
    let (compiled, failures) = compile_library_reusing(&good, &resolution.excluded, &resolution.scoped, &resolution.aliases, isolation, previous);
    rejected.extend(failures);
    Ok(Assembled { compiled, classes, rejected, beside, resolution, good })
}
