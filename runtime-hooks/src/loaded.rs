//! A snapshot checked for use by this runtime: opened, compatible, for the same
//! libraries; serves library functions lazily and checks each one's freshness.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rmsnap_bridge::compile::COMPILE_STAGE;
use rmsnap_bridge::library::ClassFile;
use rmsnap_bridge::unit_failure::Rejected;
use rmsnap_bridge::{FunctionSource, SourceFile, StoredFunction, UnitInfo, RUNTIME_VERSION};
use rmsnap_model::binding::CompilerBuiltins;
use rmsnap_model::{file, key, text, ListingEntry};
use rmsnap_providers::{bytecode, gc, library, toolbox, BYTECODE_SECTION, LIBRARY_SECTION};
use snapshot_core::{compat, CompatError, OpenError, OpenMode, Registry, SectionError, Snapshot};

use crate::freshness::Sources;
use crate::refresh::{refresh_file, Refreshed};
use crate::UnusableSnapshot;

/// Header meta key listing the libraries a snapshot was built from.
pub const LIBRARIES_META: &str = "libraries";

/// The GC preset a snapshot selected, by name, and whether RunMat took it.
pub type GcPresetApplied = (String, Result<(), String>);

pub struct LoadedSnapshot {
    snapshot: Snapshot,
    sources: Sources,
    pub check_time: Duration,
    /// Library files edited since the build, compiled again for this process.
    refreshed: Mutex<Refreshed>,
    /// Files added or removed since the build without a binding change the
    /// snapshot cannot follow (file ids): an added one defining a new name is
    /// compiled when a run reaches it; a removed one's functions are stale.
    added: Vec<String>,
    /// Primary functions whose files call a name now bound to another file
    /// ([`crate::refresh::rebind`]), each with why: compiled again when reached.
    callers: HashMap<String, String>,
}

impl LoadedSnapshot {
    /// Opens `path` and checks everything that does not depend on the script;
    /// the library is read from the file as the run reaches it.
    pub fn open(path: &Path, sources: Sources) -> Result<LoadedSnapshot, UnusableSnapshot> {
        LoadedSnapshot::open_with(path, sources, OpenMode::OnDemand)
    }

    /// As [`open`](Self::open); `OpenMode::Read` keeps the whole file in memory,
    /// for sessions that must keep working whatever later happens to the file.
    pub fn open_with(path: &Path, sources: Sources, mode: OpenMode) -> Result<LoadedSnapshot, UnusableSnapshot> {
        let file = std::fs::File::open(path).map_err(|source| UnusableSnapshot::Open(OpenError::Io { path: path.into(), source }))?;
        // Trust is decided on the file that was opened, not on whatever the path names later.
        sources.trust.check_opened(&file, path)?;
        let snapshot = Snapshot::open_file(file, path, mode).map_err(UnusableSnapshot::Open)?;
        LoadedSnapshot::check(snapshot, sources)
    }

    pub fn check(snapshot: Snapshot, sources: Sources) -> Result<LoadedSnapshot, UnusableSnapshot> {
        let start = Instant::now();
        check_signed_and_compatible(&snapshot, &sources)?;
        let found = snapshot.header().meta.get(LIBRARIES_META).cloned().unwrap_or_default();
        let wanted = sources.library_names().join(",");
        if found != wanted {
            return Err(UnusableSnapshot::Compat(CompatError { path: snapshot.path().into(), field: LIBRARIES_META.into(), expected: wanted, found }));
        }
        for section in [BYTECODE_SECTION, LIBRARY_SECTION] {
            if snapshot.section(section).is_none() {
                return Err(UnusableSnapshot::Other(format!("snapshot {} has no `{section}` section", snapshot.path().display())));
            }
        }
        check_toolboxes(&snapshot, &sources)?;
        let Binding { added, rebound } = check_binding(&snapshot, &sources)?;
        let mut refreshed = Refreshed::default();
        let mut callers = HashMap::new();
        if !rebound.is_empty() {
            let files =
                rebound.iter().map(|(name, id)| Ok((name.clone(), sources.read(id)?))).collect::<Result<Vec<_>, String>>().map_err(UnusableSnapshot::Stale)?;
            let next_id = bytecode::unit(&snapshot).map_err(UnusableSnapshot::Section)?.next_id;
            crate::refresh::rebind(&snapshot, &mut refreshed, &files, next_id).map_err(UnusableSnapshot::Stale)?;
            let names: HashSet<String> = rebound.iter().map(|(n, _)| n.clone()).collect();
            callers = callers_of(&snapshot, &names).map_err(UnusableSnapshot::Section)?;
            callers.retain(|owner, _| !names.contains(owner));
        }
        Ok(LoadedSnapshot { snapshot, sources, check_time: start.elapsed(), refreshed: Mutex::new(refreshed), added, callers })
    }

    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    /// The library set it was checked against.
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    /// Library files added or removed since the build without changing what
    /// any other name means (file ids).
    pub fn added(&self) -> &[String] {
        &self.added
    }
    pub fn path(&self) -> PathBuf {
        self.snapshot.path().to_path_buf()
    }

    /// Applies the GC preset the snapshot selected to RunMat's collector:
    /// `Ok(Err(why))` when RunMat refused it (its defaults stay; the caller
    /// warns — not a reason to refuse the snapshot).
    pub fn apply_gc_preset(&self) -> Result<Option<GcPresetApplied>, SectionError> {
        let Some((name, preset)) = gc::selected(&self.snapshot)? else { return Ok(None) };
        let applied = rmsnap_bridge::gc::configure(&preset.config);
        Ok(Some((name, applied)))
    }

    /// The primary functions whose files changed since the build and were
    /// compiled again from source, each with why.
    pub fn refreshed(&self) -> Vec<(String, String)> {
        self.refreshed_state().reasons.clone()
    }

    fn refreshed_state(&self) -> MutexGuard<'_, Refreshed> {
        // Refreshing never panics halfway through an update; a poisoned lock's data is whole.
        self.refreshed.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether the file of primary function `owner` is unchanged since the
    /// build; if it changed, compiles it again (once per process).
    fn ensure_fresh(&self, owner: &str) -> Result<(), String> {
        let origin = library::origin(&self.snapshot, owner).map_err(|e| e.to_string())?;
        let (file, why) = match self.sources.changed(&origin)? {
            Some(file) => (file, None),
            // Unchanged, but compiled against a name bound elsewhere now.
            None => match self.callers.get(owner) {
                Some(called) => (self.sources.current(&origin)?, Some(format!("calls `{called}`, which binds to another file since the build"))),
                None => return Ok(()),
            },
        };
        let next_id = bytecode::unit(&self.snapshot).map_err(|e| e.to_string())?.next_id;
        refresh_file(&self.snapshot, &mut self.refreshed_state(), &origin, &file, next_id, why)?;
        // The edit may call a function whose file the build never saw.
        let identifiers = rmsnap_bridge::link::identifiers(file.text());
        for name in identifiers.into_iter().filter(|n| !bytecode::contains(&self.snapshot, n).unwrap_or(true)) {
            self.unseen(name)?;
        }
        Ok(())
    }

    /// A name the snapshot does not hold: a file added since the build is
    /// compiled now; another source file for it that the build did not see
    /// (or saw with other contents) means the snapshot is stale.
    fn unseen(&self, name: &str) -> Result<(), String> {
        match self.sources.file_for(name) {
            Some((path, _)) if self.added.contains(&path) => {
                if self.refreshed_state().get(name, name).is_some() {
                    return Ok(());
                }
                let file = self.sources.read(&path)?;
                let next_id = bytecode::unit(&self.snapshot).map_err(|e| e.to_string())?.next_id;
                crate::refresh::add_file(&self.snapshot, &mut self.refreshed_state(), name, &file, next_id)
            }
            // A script added beside the others binds no name (RunMat skips it).
            Some((path, _)) if self.sources.disk_path(&path).is_some_and(|d| !rmsnap_bridge::library::may_define_functions(&d)) => Ok(()),
            // A search-path file named like a builtin (in any letter case) is
            // its own folder's only: a call by its name elsewhere is RunMat's
            // builtin call (`rmsnap_model::binding::CompilerBuiltins`).
            Some((path, _)) if file::search_path_folder(&path).is_some() && rmsnap_bridge::library::resolve::compiler_builtins().compiles_as_builtin(name) => {
                Ok(())
            }
            // The build saw this file: left out, or compiled under the name it
            // declares. A call by its file name is RunMat's call-time loader's.
            Some((path, sha))
                if !(library::was_rejected(&self.snapshot, &path, &sha).unwrap_or(false)
                    || library::was_misnamed(&self.snapshot, &path, &sha).unwrap_or(false)) =>
            {
                Err(format!("`{name}` has a source file {path} that the snapshot does not contain (rebuild the snapshot)"))
            }
            _ => Ok(()),
        }
    }
}

impl FunctionSource for LoadedSnapshot {
    fn function(&self, name: &str) -> Result<Option<Arc<StoredFunction>>, String> {
        // A bare name of a dependency's function is that function (`alias.q`).
        let name = &bytecode::canonical(&self.snapshot, name).map_err(|e| e.to_string())?;
        // A local function, closure or nested function (`owner>name`) is as
        // fresh as its file's primary function.
        let owner = key::owner_of(name);
        if let Some(refreshed) = self.refreshed_state().get(owner, name) {
            return Ok(refreshed);
        }
        if !bytecode::contains(&self.snapshot, name).map_err(|e| e.to_string())? {
            // A private function's key (`folder/private/f`): the snapshot has
            // every one (a `private/` file added is a binding change).
            if name.contains('/') {
                return Ok(None);
            }
            self.unseen(name)?;
            return Ok(self.refreshed_state().get(owner, name).flatten());
        }
        self.ensure_fresh(owner)?;
        if let Some(refreshed) = self.refreshed_state().get(owner, name) {
            return Ok(refreshed);
        }
        bytecode::function_at(&self.snapshot, name).map(Some).map_err(|e| e.to_string())
    }

    /// Read from disk on every run: a class is compiled with the script, so an
    /// edit is seen at once (one that vanished, or changed kind, makes the
    /// snapshot stale: see `link::class_programs`).
    fn classes(&self) -> Result<Vec<(SourceFile, ClassFile)>, String> {
        let classes = library::classes(&self.snapshot).map_err(|e| e.to_string())?;
        classes.iter().map(|class| Ok((self.sources.read(&class.path)?, class.clone()))).collect()
    }

    /// The build's record, for the files unchanged since (an edited one is
    /// compiled again when reached, and judged then).
    fn unit_failures(&self) -> Result<Vec<Rejected>, String> {
        let rejected = library::rejected_at(&self.snapshot, COMPILE_STAGE).map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        for (path, sha256, message) in rejected {
            let library = file::split_id(&path).map_or("", |(l, _)| l);
            let Some(role) = self.sources.found().iter().find(|f| f.name == library).map(|f| f.role) else { continue };
            let Ok(file) = self.sources.read(&path) else { continue };
            if file.sha256() == sha256 {
                out.push(Rejected { file, role, message });
            }
        }
        Ok(out)
    }

    fn file_of(&self, key: &str) -> Option<rmsnap_bridge::link::SourceOf> {
        // A file compiled again in this run: the text it was compiled from now.
        let (id, sha256) = match self.refreshed_state().source_of(key) {
            Some(again) => again,
            None => {
                let origin = library::origin(&self.snapshot, key).ok()?;
                (origin.path.clone(), origin.source_sha256.clone())
            }
        };
        Some(rmsnap_bridge::link::SourceOf { disk: self.sources.disk_path(&id)?, id, sha256 })
    }

    fn reserve_ids(&self, n: usize) -> Result<usize, String> {
        let next_id = bytecode::unit(&self.snapshot).map_err(|e| e.to_string())?.next_id;
        Ok(next_id + self.refreshed_state().reserve(n))
    }

    fn unit(&self) -> Result<UnitInfo, String> {
        let mut unit = bytecode::unit(&self.snapshot).map(|u| (*u).clone()).map_err(|e| e.to_string())?;
        // Refreshed files took blocks of ids above the library's.
        unit.next_id += self.refreshed_state().ids_used();
        Ok(unit)
    }
}

/// Each linked toolbox's section must hold this binary's toolbox: read its
/// manifest (a damaged section is reported with the toolbox's provider id).
fn check_toolboxes(snapshot: &Snapshot, sources: &Sources) -> Result<(), UnusableSnapshot> {
    for linked in sources.linked_toolboxes() {
        let manifest = toolbox::manifest(snapshot, linked).map_err(UnusableSnapshot::Section)?;
        if *manifest != *linked.manifest() {
            return Err(UnusableSnapshot::Stale(format!("toolbox `{}` in the snapshot differs from the one linked into this binary", linked.id)));
        }
    }
    Ok(())
}

/// An earlier snapshot for an incremental build to copy from: trusted, signed
/// and compatible exactly as a run requires, read region by region. Its
/// binding may differ from now; the build checks each file it reuses.
pub fn open_for_reuse(path: &Path, sources: &Sources) -> Result<Snapshot, UnusableSnapshot> {
    let file = std::fs::File::open(path).map_err(|source| UnusableSnapshot::Open(OpenError::Io { path: path.into(), source }))?;
    sources.trust.check_opened(&file, path)?;
    // Read as a run reads it, region by region: each copied entry is checked
    // against its digest when it is read, and one that no longer matches
    // (the file rewritten under the build) is compiled instead.
    let snapshot = Snapshot::open_file(file, path, OpenMode::OnDemand).map_err(UnusableSnapshot::Open)?;
    check_signed_and_compatible(&snapshot, sources)?;
    Ok(snapshot)
}

fn check_signed_and_compatible(snapshot: &Snapshot, sources: &Sources) -> Result<(), UnusableSnapshot> {
    sources.trust.check_signature(snapshot)?;
    let registry = Registry::linked().map_err(|e| UnusableSnapshot::Other(e.to_string()))?;
    let expected = compat::current_key(RUNTIME_VERSION, &registry);
    compat::check(&expected, snapshot.compat(), snapshot.path()).map_err(|e| UnusableSnapshot::Compat(explain(snapshot, &registry, e)))
}

/// How the library files present differ from the build's, where the
/// snapshot can follow: see [`check_binding`].
struct Binding {
    /// Files added or removed (file ids); the cache is rewritten after the run.
    added: Vec<String>,
    /// (name, file id): names whose binding moved to another file.
    rebound: Vec<(String, String)>,
}

/// Which file a name binds to is decided by the files present, not only their
/// contents: a file added, removed or moved since the build (or an edited
/// `toolbox.json`) can change what any name means. The snapshot follows what
/// it can — a file with a new name is compiled when reached, a removed one
/// nothing calls is dropped, a name that moved to another file (one added
/// that wins, or the winner removed) is compiled from that file and its
/// callers again — and otherwise the run goes to source (and the cache is
/// rebuilt for the next one).
fn check_binding(snapshot: &Snapshot, sources: &Sources) -> Result<Binding, UnusableSnapshot> {
    let mut built = (*library::listing(snapshot).map_err(UnusableSnapshot::Section)?).clone();
    // The script being run is never a library file of its own run, whichever
    // script the snapshot was built for.
    if let Some(script) = sources.script_id() {
        built.retain(|entry| entry.id() != Some(script.as_str()));
    }
    let mut now = sources.listing().map_err(|e| UnusableSnapshot::Other(format!("cannot list the library folders: {e}")))?;
    // A script added beside the script binds no name (RunMat skips it); only a
    // file that cannot define a function is taken for one.
    let known: HashSet<&ListingEntry> = built.iter().collect();
    let defines = |id: &str| sources.disk_path(id).is_none_or(|disk| rmsnap_bridge::library::may_define_functions(&disk));
    // A class file where RunMat compiles classes with the script counts too.
    let is_class = |id: &str| {
        sources.class_scope(id, true).is_some()
            && sources.disk_path(id).and_then(|d| std::fs::read_to_string(d).ok()).is_some_and(|t| text::starts_with_classdef(&t))
    };
    now.retain(|entry| known.contains(entry) || entry.id().is_none_or(|id| !id.ends_with(".m") || defines(id) || is_class(id)));
    if *built == now {
        return Ok(Binding { added: Vec::new(), rebound: Vec::new() });
    }
    let current: HashSet<&ListingEntry> = now.iter().collect();
    let removed: Vec<&ListingEntry> = built.iter().filter(|l| !current.contains(l)).collect();
    let added: Vec<&ListingEntry> = now.iter().filter(|l| !known.contains(l)).collect();
    let kept_now = now.iter().filter(|l| known.contains(l));
    let kept_then = built.iter().filter(|l| current.contains(l));
    let names_now: HashSet<String> = now.iter().filter_map(named_for).collect();
    // A class added or removed registers a class or stops registering one: a binding change.
    let classes = library::classes(snapshot).map_err(UnusableSnapshot::Section)?;
    let class_line = |l: &&ListingEntry| l.id().is_some_and(|id| classes.iter().any(|c| c.path == id) || is_class(id));
    let mut followed = !added.iter().chain(&removed).any(class_line) && kept_now.eq(kept_then);
    let mut removed_names = HashSet::new();
    let mut rebound = std::collections::BTreeMap::new();
    // A name RunMat compiles as a builtin call (in any letter case) is the build's to decide.
    let builtins = rmsnap_bridge::library::resolve::compiler_builtins();
    for (line, was_removed) in added.iter().map(|l| (l, false)).chain(removed.iter().map(|l| (l, true))) {
        let name = named_for(line);
        // A file added whose `function` line declares another name than its
        // file's may take that name over (RunMat binds declared names): the
        // build decides it.
        if !was_removed && (declares_another_name(sources, line, name.as_deref()) || declared_elsewhere_in_unit(snapshot, sources, line, name.as_deref())) {
            followed = false;
            continue;
        }
        if !was_removed && adds_a_new_name(snapshot, line, builtins) {
            // Compiled when a run reaches it.
            continue;
        }
        if was_removed && name.as_ref().is_some_and(|n| !names_now.contains(n)) {
            // Its functions are gone, and nothing else means something else.
            removed_names.extend(name);
            continue;
        }
        // A search-path file of a name another file wins, added or removed,
        // changes what its own folder's functions call (RunMat compiles them
        // with it as one unit) — if one of them calls it.
        let id = line.id().unwrap_or("");
        let sibling = |name: &str| file::sibling_key(id, name);
        let losing = |name: &str| {
            let winner = if was_removed { library::origin(snapshot, name).ok().map(|o| o.path.clone()) } else { sources.file_for(name).map(|(w, _)| w) };
            sibling(name).is_some() && winner.as_deref() != Some(id)
        };
        if let Some(name) = name.as_deref().filter(|n| losing(n)) {
            if folder_calls(snapshot, id, name, was_removed) {
                followed = false;
            }
            continue;
        }
        match name.and_then(|name| rebinding(snapshot, sources, &name, builtins).map(|to| (name, to))) {
            Some((name, Some(to))) => drop(rebound.insert(name, to)),
            Some((_, None)) => {}
            None => followed = false,
        }
    }
    if followed && nothing_calls(snapshot, &removed_names) {
        let changed = added.iter().chain(&removed).filter_map(|l| l.id()).map(str::to_string).collect();
        return Ok(Binding { added: changed, rebound: rebound.into_iter().collect() });
    }
    let change = match (now.iter().find(|l| !known.contains(l)), built.iter().find(|l| !current.contains(l))) {
        (Some(a @ ListingEntry::Manifest { .. }), _) => format!("the {} of `{}` changed", a.shown(), a.library()),
        (Some(a), _) => format!("{} was added", a.shown()),
        (None, Some(r)) => format!("{} was removed", r.shown()),
        (None, None) => "the order of library files changed".to_string(),
    };
    Err(UnusableSnapshot::Stale(format!("library files changed since the build ({change}), so names may bind differently")))
}

/// Where `name` binds now that a file defining it was added or removed:
/// `Some(Some(file))` when that moved it to another file of the script's
/// folders (compiled from it), `Some(None)` when it still binds where the
/// snapshot bound it, `None` when the snapshot cannot say: a builtin's name, a
/// name the bundled library, a linked toolbox or a toolbox directory defines,
/// or a set with a project (its roots are read recursively and its
/// dependencies give bare aliases: the resolution's precedence, not the
/// file-name rule [`Sources::file_for`] follows for the script's folder and
/// search-path folders).
fn rebinding(snapshot: &Snapshot, sources: &Sources, name: &str, builtins: &CompilerBuiltins) -> Option<Option<String>> {
    if sources.found().iter().any(|f| f.role.recursive()) {
        return None;
    }
    if builtins.compiles_as_builtin(name) || !bytecode::contains(snapshot, name).ok()? {
        return None;
    }
    let origin = library::origin(snapshot, name).ok()?;
    let found = |library: &str| sources.found().iter().any(|f| f.name == library);
    let (winner, _) = sources.file_for(name)?;
    let winner_library = file::split_id(&winner)?.0;
    if !found(&origin.library) || !found(winner_library) {
        return None;
    }
    // A search-path function shadowed now is still what its own folder's
    // functions call (RunMat compiles them as one unit): the snapshot compiled
    // them against it by name, so that name cannot simply move.
    let shadowed_on_path =
        origin.path != winner && file::sibling_key(&origin.path, name).is_some() && sources.disk_path(&origin.path).is_some_and(|p| p.is_file());
    if shadowed_on_path {
        return None;
    }
    Some((winner != origin.path).then_some(winner))
}

/// Whether a function of `id`'s search-path folder calls `name` as that
/// folder's own: by its folder key when `id` (a losing file) was removed, by
/// the bare name when it was added. Decodes every function, but only in a run
/// that found such a file.
fn folder_calls(snapshot: &Snapshot, id: &str, name: &str, was_removed: bool) -> bool {
    let Some(key) = file::sibling_key(id, name) else { return false };
    let called = if was_removed { key.clone() } else { name.to_string() };
    let Ok(callers) = callers_of(snapshot, &HashSet::from([called])) else { return true };
    callers.keys().any(|owner| library::origin(snapshot, owner).map_or(true, |o| file::sibling_key(&o.path, name).as_deref() == Some(key.as_str())))
}

/// The primary functions (owners) whose functions call one of `names`, each
/// with a name it calls. Decodes every function, but only in a run that found
/// a name bound to another file (its cache entry is rewritten after it).
fn callers_of(snapshot: &Snapshot, names: &HashSet<String>) -> Result<HashMap<String, String>, SectionError> {
    let mut out = HashMap::new();
    for k in bytecode::FUNCTIONS.keys(snapshot, BYTECODE_SECTION)? {
        let f = bytecode::function_at(snapshot, k)?;
        if let Some(called) = f.calls.iter().find(|c| names.contains(*c)) {
            out.insert(key::owner_of(k).to_string(), called.clone());
        }
    }
    Ok(out)
}

/// Whether no function left in the snapshot calls one of `names` (whose files
/// were removed). One that does may reach it — also through a name computed at
/// run time, too late to go to source — so the run must start from source to
/// fail exactly as the source fails. Decodes every function, but only in a run
/// that found a file removed (its cache entry is rewritten after it).
fn nothing_calls(snapshot: &Snapshot, names: &HashSet<String>) -> bool {
    if names.is_empty() {
        return true;
    }
    let Ok(keys) = bytecode::FUNCTIONS.keys(snapshot, BYTECODE_SECTION) else { return false };
    keys.into_iter()
        .filter(|k| !names.contains(key::owner_of(k)))
        .all(|k| bytecode::function_at(snapshot, k).is_ok_and(|f| !f.calls.iter().any(|c| names.contains(c))))
}

/// Whether a listing line added since the build is a function file whose name
/// nothing in the snapshot binds: not a manifest, not a name the snapshot
/// defines or a builtin's.
fn adds_a_new_name(snapshot: &Snapshot, line: &ListingEntry, builtins: &CompilerBuiltins) -> bool {
    let Some(name) = named_for(line) else { return false };
    !bytecode::contains(snapshot, &name).unwrap_or(true) && !builtins.compiles_as_builtin(&name)
}

/// Whether the file of listing entry `line` declares a function named
/// otherwise than its file ([`named_for`]; an unreadable file counts as one).
fn declares_another_name(sources: &Sources, line: &ListingEntry, name: Option<&str>) -> bool {
    let Some(name) = name else { return false };
    let Some(disk) = line.id().and_then(|id| sources.disk_path(id)) else { return false };
    let Ok(text) = std::fs::read_to_string(&disk) else { return true };
    if !text::may_define_functions(&text) || text::starts_with_classdef(&text) {
        return false;
    }
    let leaf = name.rsplit('.').next().unwrap_or(name);
    text::declared_name(&text).is_some_and(|d| d != leaf)
}

/// Whether `name`, which the file of listing `line` is named for, was compiled
/// from another file of the same folder that RunMat compiles with the script
/// as one unit: there the last declaration in path order wins, which the build
/// decides (a file named for a name need not take it over).
fn declared_elsewhere_in_unit(snapshot: &Snapshot, sources: &Sources, line: &ListingEntry, name: Option<&str>) -> bool {
    let (Some(name), Some(id), lib) = (name, line.id(), line.library()) else { return false };
    let unit = sources.found().iter().any(|f| f.name == lib && f.role.is_one_unit());
    unit && library::origin(snapshot, name).is_ok_and(|o| o.library == lib && o.path != id)
}

/// The name the file of listing entry `line` is named for ([`file::named_for`]);
/// `None` where any change is a binding change the snapshot does not follow
/// (a manifest, a `private/` file, a class, a dependency's file).
fn named_for(line: &ListingEntry) -> Option<String> {
    line.id().and_then(file::named_for)
}

/// A fingerprint mismatch says only that hashes differ; the provider that
/// stamped it may say what differs (e.g. which builtins changed).
fn explain(snapshot: &Snapshot, registry: &Registry, e: CompatError) -> CompatError {
    let Some(rest) = e.field.strip_prefix("providers.") else { return e };
    let Some((id, fingerprint)) = rest.split_once(".fingerprints.") else { return e };
    match registry.get(id).and_then(|p| p.explain_mismatch(snapshot, fingerprint)) {
        Some(field) => CompatError { field, ..e },
        None => e,
    }
}
