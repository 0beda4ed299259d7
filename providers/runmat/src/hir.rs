//! `runmat.hir`: the library parsed, lowered and compiled by RunMat file by file
//! (`unit.rs`; the compiled unit goes to the bytecode provider), plus one
//! entry per function with the SHA-256 of the source it came from (the runtime
//! uses these to refuse stale code).

use snapshot_core::{register_provider, Access, BuildContext, Diagnostic, ProviderOutput, SectionOutput, SectionSpec, SnapshotProvider};

use crate::unit::compile_library;
use crate::resolve::{builtin_names, resolve};
use crate::sources::{Library, LibraryKind, LibrarySpec, SourceFile};
use crate::toolbox;
use crate::worker::check_files;
use crate::{inputs, HIR_SECTION};

/// Build-time artifact: the compiled [`crate::LibraryUnit`] (see `BuildContext::share`).
pub const UNIT_ARTIFACT: &str = "runmat.hir/unit";

/// Entry listing (path, SHA-256) of library files the build could not compile.
pub const REJECTED_KEY: &str = "@rejected";

pub struct HirProvider;

impl SnapshotProvider for HirProvider {
    fn id(&self) -> &'static str {
        HIR_SECTION
    }
    fn version(&self) -> &'static str {
        // 2: entries are plain codec values (the lowered unit is a build artifact).
        "2"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: HIR_SECTION, access: Access::Cold }]
    }
    fn depends_on(&self) -> &'static [&'static str] {
        // Every linked toolbox's sources section (none is fine).
        &["toolbox.*"]
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let inputs = inputs(ctx);
        let library = with_linked(&inputs.library, toolbox::from_sections(ctx)?);
        let files: Vec<_> = library.files.iter().collect();
        let checks = check_files(&files, &inputs.isolation);
        let mut defs = Vec::new();
        let mut rejected: Vec<(String, String)> = Vec::new();
        // A file left out is listed (so the runtime knows the build saw it) and reported.
        let mut reject = |file: &SourceFile, line: Option<u32>, message: String| {
            rejected.push((file.path.clone(), file.sha256()));
            ctx.report(Diagnostic { provider: HIR_SECTION.into(), path: file.path.clone(), line, message });
        };
        for (file, check) in files.iter().zip(checks) {
            match check {
                Ok(names) => defs.push((*file, names)),
                Err(failure) => reject(file, failure.line, format!("{}: {}", failure.stage, failure.message)),
            }
        }
        let resolution = resolve(&library, &defs, &builtin_names()).map_err(|e| e.to_string())?;
        for (path, why) in &resolution.skipped {
            let file = defs.iter().find(|(f, _)| &f.path == path).map(|(f, _)| *f).ok_or("skipped file vanished")?;
            reject(file, None, format!("library: {why}"));
        }
        for note in &resolution.notes {
            ctx.report(Diagnostic { provider: HIR_SECTION.into(), path: "(libraries)".into(), line: None, message: note.clone() });
        }
        let good: Vec<_> = defs.iter().map(|(f, _)| *f).filter(|f| !resolution.skipped.iter().any(|(p, _)| p == &f.path)).collect();
        let (unit, failures) = compile_library(&good, &resolution.excluded);
        for failure in failures {
            let file = good.iter().find(|f| f.path == failure.path).ok_or("failed file vanished")?;
            reject(file, failure.line, format!("{}: {}", failure.stage, failure.message));
        }
        rejected.sort();
        let mut section = SectionOutput::new(HIR_SECTION);
        for (name, origin) in &unit.origins {
            section.insert(name.as_str(), origin)?;
        }
        // The unit feeds the bytecode provider; the runtime never reads it, so it stays out of the file.
        ctx.share(UNIT_ARTIFACT, unit);
        section.insert(REJECTED_KEY, &rejected)?;
        Ok(ProviderOutput::default().with(section))
    }
}

/// `base` (bundled and directories) with linked toolboxes placed after the
/// bundled toolbox and before directories, the order a cold run uses.
fn with_linked(base: &Library, linked: Vec<(LibrarySpec, Vec<SourceFile>)>) -> Library {
    let (dirs, others): (Vec<_>, Vec<_>) = base.libraries.iter().cloned().partition(|l| matches!(l.kind, LibraryKind::Directory(_)));
    let mut out = Library::default();
    let mut files: Vec<SourceFile> = linked.iter().flat_map(|(_, f)| f.iter().cloned()).collect();
    files.extend(base.files.iter().cloned());
    for spec in others.into_iter().chain(linked.into_iter().map(|(s, _)| s)).chain(dirs) {
        out.files.extend(files.iter().filter(|f| f.library == spec.name).cloned());
        out.libraries.push(spec);
    }
    out
}

register_provider!(HIR_PROVIDER: HirProvider = HirProvider);
