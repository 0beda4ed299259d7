//! `runmat.library`: the library as the bridge resolved and compiled it — for
//! each named function, where it came from ([`FunctionOrigin`]: library, file,
//! line, SHA-256 of the source), and the files the build saw but left out. The
//! runtime uses it to refuse stale code. The compiled functions themselves go
//! to the bytecode provider as the [`COMPILED`] artifact.

use rmsnap_model::ListingEntry;
use std::sync::Arc;

use rmsnap_bridge::compile::library::{is_sibling_key, PreviousBuild};
use rmsnap_bridge::isolate::{check_files, Isolation, Standby};
use rmsnap_bridge::library::assemble::assemble;
use rmsnap_bridge::library::ClassFile;
use rmsnap_bridge::{CompiledLibrary, FunctionOrigin, SourceFile};
use serde_json::json;
use snapshot_core::schema::{Row, SectionSchema};
use snapshot_core::{
    register_provider, Access, Artifact, ArtifactDecl, BuildContext, Diagnostic, ProviderOutput, SectionError, SectionOutput, SectionSpec, Snapshot,
    SnapshotProvider,
};

use crate::previous::Previous;
use crate::{inputs, LIBRARY_SECTION};

/// The compiled library, for the bytecode provider.
pub const COMPILED: Artifact<CompiledLibrary> = Artifact::new("runmat.library/compiled");

snapshot_core::section_schema! {
    /// `runmat.library`'s entry types.
    pub schema SCHEMA, describe describe;
    record
    /// (path, SHA-256, why) of each library file the build saw and did not use:
    /// one RunMat does not compile or crashes on, a script, a function that loses
    /// to another definition or to a builtin. A run takes a call that would read
    /// such a file as the build took it, never as a sign the snapshot is stale.
    pub REJECTED: Vec<(String, String, String)> = "@rejected";
    record
    /// (path, SHA-256, declared name) of each compiled file whose `function` line
    /// names another function than its file name: a call by the file's name is
    /// not the snapshot's to serve (RunMat's call-time loader reads the file and
    /// reports that it does not define the name).
    pub MISNAMED: Vec<(String, String, String)> = "@misnamed";
    record
    /// The library's [`listing`](rmsnap_bridge::library::listing) at build time:
    /// what decided each name's binding.
    pub LISTING: Vec<ListingEntry> = "@listing";
    record
    /// The class files compiled with the script (`classdef` files and `@Class`
    /// method files, in library order): a run reads each again and compiles it with the script.
    pub CLASSES: Vec<ClassFile> = "@classes";
    entries
    /// One entry per named library function.
    pub ORIGINS: FunctionOrigin;
}

pub fn origin(snap: &Snapshot, name: &str) -> Result<Arc<FunctionOrigin>, SectionError> {
    ORIGINS.get(snap, LIBRARY_SECTION, name)
}

/// The listing the snapshot was built from.
pub fn listing(snap: &Snapshot) -> Result<Arc<Vec<ListingEntry>>, SectionError> {
    LISTING.get(snap, LIBRARY_SECTION)
}

/// The class files the snapshot's runs compile with the script.
pub fn classes(snap: &Snapshot) -> Result<Arc<Vec<ClassFile>>, SectionError> {
    CLASSES.get(snap, LIBRARY_SECTION)
}

/// Whether the build saw this exact file (path and contents) and left it out.
pub fn was_rejected(snap: &Snapshot, path: &str, sha256: &str) -> Result<bool, SectionError> {
    Ok(REJECTED.get(snap, LIBRARY_SECTION)?.iter().any(|(p, s, _)| p == path && s == sha256))
}

/// Why a file was left out, as [`REJECTED`] records it: the stage it failed
/// at and what was reported.
fn rejected_why(stage: &str, message: &str) -> String {
    format!("{stage}: {message}")
}

/// (path, SHA-256, message) of each file the build left out at `stage`
/// ([`rmsnap_bridge::CompileFailure::stage`]), in path order.
pub fn rejected_at(snap: &Snapshot, stage: &str) -> Result<Vec<(String, String, String)>, SectionError> {
    let prefix = rejected_why(stage, "");
    Ok(REJECTED.get(snap, LIBRARY_SECTION)?.iter().filter_map(|(p, s, why)| Some((p.clone(), s.clone(), why.strip_prefix(&prefix)?.to_string()))).collect())
}

/// Whether the build saw this exact file and compiled it under its declared
/// name, not its file name ([`MISNAMED`]).
pub fn was_misnamed(snap: &Snapshot, path: &str, sha256: &str) -> Result<bool, SectionError> {
    Ok(MISNAMED.get(snap, LIBRARY_SECTION)?.iter().any(|(p, s, _)| p == path && s == sha256))
}

/// The name a file's name calls (`+pkg/f.m` → `f`), to compare with the last
/// part of the name its function declares.
fn misnamed(origin: &FunctionOrigin) -> bool {
    let stem = origin.path.rsplit('/').next().and_then(|f| f.strip_suffix(".m"));
    let leaf = origin.name.rsplit(['.', '/']).next();
    stem.is_some() && stem != leaf
}

fn describe(snap: &Snapshot, section: &str) -> Result<Vec<Row>, SectionError> {
    let mut functions = Vec::new();
    let mut names = Vec::new();
    for key in ORIGINS.keys(snap, section)? {
        let o = ORIGINS.get(snap, section, key)?;
        functions.push(json!({ "name": o.name, "library": o.library, "path": o.path, "line": o.line, "source_sha256": o.source_sha256 }));
        names.push(o.name.clone());
    }
    let rejected = REJECTED.get(snap, section)?;
    let rejected_paths: Vec<&str> = rejected.iter().map(|(p, ..)| p.as_str()).collect();
    let mut rows = vec![Row { name: "functions".into(), value: json!(functions), text: format!("library functions ({}): {}", names.len(), names.join(" ")) }];
    if !rejected.is_empty() {
        rows.push(Row {
            name: "rejected_files".into(),
            value: json!(rejected_paths),
            text: format!("library files left out ({}): {}", rejected.len(), rejected_paths.join(" ")),
        });
    }
    let misnamed = MISNAMED.get(snap, section)?;
    if !misnamed.is_empty() {
        let files: Vec<String> = misnamed.iter().map(|(p, _, n)| format!("{p} ({n})")).collect();
        rows.push(Row {
            name: "misnamed_files".into(),
            value: json!(files),
            text: format!("files declaring another name than their own ({}): {}", files.len(), files.join(" ")),
        });
    }
    let classes = CLASSES.get(snap, section)?;
    if !classes.is_empty() {
        let paths: Vec<&str> = classes.iter().map(|c| c.path.as_str()).collect();
        rows.push(Row {
            name: "class_files".into(),
            value: json!(paths),
            text: format!("class files compiled with the script on each run ({}): {}", paths.len(), paths.join(" ")),
        });
    }
    Ok(rows)
}

pub struct LibraryProvider;

impl SnapshotProvider for LibraryProvider {
    fn id(&self) -> &'static str {
        LIBRARY_SECTION
    }
    fn version(&self) -> &'static str {
        // 1: was `runmat.hir` v2 (same entries; linked toolboxes read from the binary).
        // 2: `@listing`, so binding changes (files added, removed, moved) are seen.
        // 3: files named `<library>/<path below its folder>`, not by absolute path (relocatable).
        // 4: `@classes`, the class definition files compiled with the script.
        // 4.1: a search-path function shadowed by an earlier folder's is kept
        // under `<folder>/<name>` for its own folder's functions (older
        // snapshots bound those to the winner).
        // 4.2: `@misnamed`; a name declared twice in a folder compiled with the
        // script is the later file's, as in RunMat (was: the first); scripts
        // that may define functions stay in `@listing`.
        // 4.3: a search-path function named like a builtin in any letter
        // case is kept under `<folder>/<name>` for its own folder's functions
        // (older snapshots bound a case variant by its name and left one
        // named exactly like a builtin out).
        "4.3"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: LIBRARY_SECTION, access: Access::Cold }]
    }
    fn produces(&self) -> &'static [ArtifactDecl] {
        const OUT: &[ArtifactDecl] = &[COMPILED.decl()];
        OUT
    }
    fn schema(&self, section: &str) -> Option<SectionSchema> {
        (section == LIBRARY_SECTION).then_some(SCHEMA)
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let inputs = inputs(ctx);
        let library = &inputs.library;
        let files: Vec<_> = library.files.iter().collect();
        // A worker for the files to check, started before the library was read
        // where the build could (in a refresh, usually one file; dropped unused).
        let standby = match &inputs.isolation {
            Isolation::Worker(exe) => Some(inputs.check_standby.take().unwrap_or_else(|| Standby::check(exe))),
            Isolation::InProcess => None,
        };
        // An earlier build's record of a file with the same path and contents
        // stands for its check; only the other files are parsed.
        let read = |snap: &Arc<Snapshot>| match inputs.prepared.take() {
            Some(prepared) if inputs.refused.is_empty() => prepared,
            _ => Previous::read(snap.clone(), inputs.refused.clone()),
        };
        let previous = inputs.previous.as_ref().and_then(|snap| match read(snap) {
            Ok(p) => Some(p),
            Err(e) => {
                ctx.report(Diagnostic {
                    provider: LIBRARY_SECTION.into(),
                    path: snap.path().display().to_string(),
                    line: None,
                    message: format!("not reused (full build): {e}"),
                });
                None
            }
        });
        // Hashing every file is most of a reusing build's own work: spread it.
        // A shadowed search-path function was compiled under its folder's key:
        // the file defines its bare name, which the resolution decides on again.
        let defined = |f: &SourceFile, name: String| if is_sibling_key(f, &name) { name.rsplit('/').next().unwrap_or(&name).to_string() } else { name };
        let known: Vec<Option<String>> =
            rmsnap_bridge::pool::par_map(&files, |f| previous.as_ref().and_then(|p| p.primary(&f.path, &f.sha256())).map(|(name, ..)| defined(f, name)));
        let unknown: Vec<_> = files.iter().zip(&known).filter(|(_, k)| k.is_none()).map(|(f, _)| *f).collect();
        let mut unknown_checks = check_files(&unknown, &inputs.isolation, standby).into_iter();
        // `check_files` answers once per file it is given, in order.
        let mut checks = Vec::with_capacity(files.len());
        for (f, k) in files.iter().zip(known) {
            checks.push(match k {
                Some(name) => Ok(vec![name]),
                None => unknown_checks.next().ok_or_else(|| format!("{}: the check returned no result for this file", f.shown()))?,
            });
        }
        let assembled = assemble(library, checks, &inputs.isolation, previous.as_ref().map(|p| p as &dyn PreviousBuild)).map_err(|e| e.to_string())?;
        for note in &assembled.resolution.notes {
            ctx.report(Diagnostic { provider: LIBRARY_SECTION.into(), path: "(libraries)".into(), line: None, message: note.clone() });
        }
        let file_of = |path: &str| files.iter().find(|f| f.path == path).copied();
        // A file left out is listed (so the runtime knows the build saw it) and reported.
        let mut rejected: Vec<(String, String, String)> = Vec::new();
        for failure in &assembled.rejected {
            let file = file_of(&failure.path).ok_or("a file left out vanished")?;
            let message = rejected_why(&failure.stage, &failure.message);
            rejected.push((file.path.clone(), file.sha256(), message.clone()));
            ctx.report(Diagnostic { provider: LIBRARY_SECTION.into(), path: file.shown(), line: failure.line, message });
        }
        let compiled = assembled.compiled;
        let counts = [("library_files", assembled.good.len() as u64), ("reused_files", compiled.reused as u64), ("checked_files", unknown.len() as u64)];
        rejected.extend(assembled.beside.iter().map(|f| (f.path.clone(), f.sha256(), "a script or class beside the script (RunMat skips it)".to_string())));
        // A file whose function loses to another definition or a builtin: seen, not used.
        for (path, name) in &assembled.resolution.excluded {
            if let Some(file) = assembled.good.iter().find(|f| &f.path == path) {
                rejected.push((path.clone(), file.sha256(), format!("`{name}` loses to another definition or a builtin")));
            }
        }
        rejected.sort();
        rejected.dedup_by(|a, b| a.0 == b.0);
        let mut section = SectionOutput::new(LIBRARY_SECTION);
        for (name, origin) in &compiled.origins {
            ORIGINS.put(&mut section, name.as_str(), origin)?;
        }
        REJECTED.put(&mut section, &rejected)?;
        let misnamed: Vec<(String, String, String)> =
            compiled.origins.values().filter(|o| misnamed(o)).map(|o| (o.path.clone(), o.source_sha256.clone(), o.name.clone())).collect();
        MISNAMED.put(&mut section, &misnamed)?;
        CLASSES.put(&mut section, &assembled.classes)?;
        // Scripts beside the script define no name: they are not part of the
        // binding. One with `function` lines stays listed: the run's check
        // counts every file that may define functions (the same rule).
        let plain: Vec<&str> =
            assembled.beside.iter().filter(|f| !rmsnap_bridge::library::text_may_define_functions(f.text())).map(|f| f.path.as_str()).collect();
        let mut listing = library.listing().map_err(|e| e.to_string())?;
        listing.retain(|entry| !plain.iter().any(|path| entry.id() == Some(*path)));
        LISTING.put(&mut section, &listing)?;
        ctx.put(&COMPILED, compiled)?;
        // Files taken by their stamps whose text nothing needed (see `rmsnap_bridge::library::stamps`).
        let unread = ("unread_files", files.iter().filter(|f| f.is_unread()).count() as u64);
        Ok(counts.into_iter().chain([unread]).fold(ProviderOutput::default().with(section), |out, (name, n)| out.with_counter(name, n)))
    }
}

register_provider!(LIBRARY_PROVIDER: LibraryProvider = LibraryProvider);
