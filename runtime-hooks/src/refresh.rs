//! Per-function freshness: a library file edited since the snapshot was built
//! is compiled again, on its own, against the snapshot's ids, and linked with
//! everything else from the snapshot. One edit never sends a run wholly to
//! source; only what the edit could change the meaning of elsewhere does
//! (see [`refresh_file`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use rmsnap_bridge::compile::library::{compile_one, is_sibling_key, primary_arity, Binder, FunctionOutputArity, LOCAL_BLOCK};
use rmsnap_bridge::{FunctionOrigin, SourceFile, StoredFunction};
use rmsnap_providers::bytecode;
use snapshot_core::Snapshot;

/// Files compiled again for this run, by their primary function.
#[derive(Default)]
pub struct Refreshed {
    /// Primary function → every function of its file, by key.
    files: HashMap<String, HashMap<String, Arc<StoredFunction>>>,
    /// (primary function, why) in the order they were compiled.
    pub reasons: Vec<(String, String)>,
    /// Names bound to another file since the build ([`rebind`]): their new
    /// id and outputs, for every file compiled again in this process.
    overrides: HashMap<String, (usize, FunctionOutputArity)>,
    /// Primary function → (file id, SHA-256) of the text compiled again.
    sources: HashMap<String, (String, String)>,
    /// Ids above the snapshot's taken so far: a block per file compiled
    /// again, and the ids of every script linked in this process.
    used: usize,
}

impl Refreshed {
    /// A function of a refreshed file: `None` if `owner`'s file was not refreshed.
    pub fn get(&self, owner: &str, key: &str) -> Option<Option<Arc<StoredFunction>>> {
        self.files.get(owner).map(|f| f.get(key).cloned())
    }

    /// The file (id, SHA-256) `owner` was compiled from again, if it was.
    pub fn source_of(&self, owner: &str) -> Option<(String, String)> {
        self.sources.get(owner).cloned()
    }

    /// Ids above the snapshot's taken so far (see [`Refreshed::reserve`]).
    pub fn ids_used(&self) -> usize {
        self.used
    }

    /// Takes `n` ids above the snapshot's and those taken before; returns the
    /// first, relative to the snapshot's `next_id`. A script linked against the
    /// snapshot takes its own functions' ids this way, so that a file compiled
    /// later in the run (reached through a computed name) never reuses them.
    pub fn reserve(&mut self, n: usize) -> usize {
        let first = self.used;
        self.used += n;
        first
    }
}

/// The snapshot's ids as a binder: what an edited file's calls bind to.
struct SnapshotIds<'a> {
    snapshot: &'a Snapshot,
    owner: &'a str,
    owner_id: usize,
    overrides: &'a HashMap<String, (usize, FunctionOutputArity)>,
    keys: RefCell<HashMap<usize, String>>,
}

impl<'a> SnapshotIds<'a> {
    fn new(snapshot: &'a Snapshot, refreshed: &'a Refreshed, owner: &'a str, owner_id: usize) -> SnapshotIds<'a> {
        SnapshotIds { snapshot, owner, owner_id, overrides: &refreshed.overrides, keys: RefCell::new(HashMap::new()) }
    }
}

impl Binder for SnapshotIds<'_> {
    fn bind(&self, name: &str) -> Option<(usize, FunctionOutputArity)> {
        if name == self.owner {
            return Some((self.owner_id, FunctionOutputArity::new(0, false)));
        }
        if let Some(&(id, arity)) = self.overrides.get(name) {
            self.keys.borrow_mut().insert(id, name.to_string());
            return Some((id, arity));
        }
        // Only primary functions are callable across files.
        if rmsnap_model::key::is_local(name) || !bytecode::contains(self.snapshot, name).ok()? {
            return None;
        }
        let f = bytecode::function(self.snapshot, name).ok()?;
        self.keys.borrow_mut().insert(f.id, f.name.clone());
        Some((f.id, f.arity()))
    }
    fn key_of(&self, id: usize) -> Option<String> {
        if id == self.owner_id {
            return Some(self.owner.to_string());
        }
        self.keys.borrow().get(&id).cloned()
    }
}

/// Compiles `file` (the changed source of `origin`) against `snapshot`'s ids
/// and records its functions in `refreshed`. Refused — the caller then runs
/// from source — when the edit changes what other files were compiled against:
/// the primary function's name or its declared outputs.
/// `why` says why an unchanged file is compiled again (see [`rebind`]).
pub fn refresh_file(
    snapshot: &Snapshot,
    refreshed: &mut Refreshed,
    origin: &FunctionOrigin,
    file: &SourceFile,
    next_id: usize,
    why: Option<String>,
) -> Result<(), String> {
    let owner = origin.name.as_str();
    let stored = bytecode::function(snapshot, owner).map_err(|e| e.to_string())?;
    let block = next_id + refreshed.reserve(LOCAL_BLOCK);
    let binder = SnapshotIds::new(snapshot, refreshed, owner, stored.id);
    // A shadowed search-path function keeps the key it was compiled under.
    let key = is_sibling_key(file, owner).then_some(owner);
    let functions =
        compile_one(file, key, owner, &binder, block).map_err(|e| format!("`{owner}` changed since the snapshot was built and does not compile: {e}"))?;
    let primary =
        functions.iter().find(|f| f.name == owner).ok_or_else(|| format!("{} no longer defines `{owner}` first (rebuild the snapshot)", file.path))?;
    if primary.arity() != stored.arity() {
        return Err(format!("`{owner}` in {} changed its outputs since the snapshot was built (callers were compiled against the old ones)", file.path));
    }
    let by_key = functions.into_iter().map(|f| (f.name.clone(), Arc::new(f))).collect();
    refreshed.files.insert(owner.to_string(), by_key);
    refreshed.sources.insert(owner.to_string(), (file.path.clone(), file.sha256()));
    refreshed.reasons.push((owner.to_string(), why.unwrap_or_else(|| format!("{} changed since the snapshot was built", file.path))));
    Ok(())
}

/// Names whose binding moved to another file since the build — a file added
/// that wins over the one the snapshot bound, or the winner removed so that a
/// file it shadowed wins — each with the file that defines it now. Each file
/// is compiled in a block of ids above the snapshot's, and from then on every
/// file compiled again in this process binds the name to it; the caller
/// compiles again the files whose functions call the old one.
pub fn rebind(snapshot: &Snapshot, refreshed: &mut Refreshed, files: &[(String, SourceFile)], next_id: usize) -> Result<(), String> {
    // Every new id and arity first, so the files may call each other.
    let mut blocks = Vec::with_capacity(files.len());
    for (name, file) in files {
        let outputs = primary_arity(file).map_err(|e| format!("{} now defines `{name}` and does not compile: {e}", file.path))?;
        let block = next_id + refreshed.reserve(LOCAL_BLOCK);
        refreshed.overrides.insert(name.clone(), (block + LOCAL_BLOCK - 1, outputs));
        blocks.push(block);
    }
    for ((name, file), block) in files.iter().zip(blocks) {
        let binder = SnapshotIds::new(snapshot, refreshed, name, block + LOCAL_BLOCK - 1);
        let functions = compile_one(file, None, name, &binder, block).map_err(|e| format!("{} now defines `{name}` and does not compile: {e}", file.path))?;
        if functions.len() >= LOCAL_BLOCK || !functions.iter().any(|f| f.name == *name) {
            return Err(format!("{} now defines `{name}` but not as its first of fewer than {LOCAL_BLOCK} functions", file.path));
        }
        let by_key = functions.into_iter().map(|f| (f.name.clone(), Arc::new(f))).collect();
        refreshed.files.insert(name.clone(), by_key);
        refreshed.sources.insert(name.clone(), (file.path.clone(), file.sha256()));
        refreshed.reasons.push((name.clone(), format!("`{name}` is now defined by {}", file.path)));
    }
    Ok(())
}

/// Compiles `file`, added since the snapshot was built, defining `name` (a name
/// nothing in the snapshot was bound to, so nothing else changes meaning), in
/// a block of ids above the snapshot's, and records it in `refreshed`.
pub fn add_file(snapshot: &Snapshot, refreshed: &mut Refreshed, name: &str, file: &SourceFile, next_id: usize) -> Result<(), String> {
    let block = next_id + refreshed.reserve(LOCAL_BLOCK);
    // The primary takes the block's last id; its local functions the ones below.
    let binder = SnapshotIds::new(snapshot, refreshed, name, block + LOCAL_BLOCK - 1);
    let functions =
        compile_one(file, None, name, &binder, block).map_err(|e| format!("{} was added since the snapshot was built and does not compile: {e}", file.path))?;
    if functions.len() >= LOCAL_BLOCK {
        return Err(format!("{} defines {} functions", file.path, functions.len()));
    }
    if !functions.iter().any(|f| f.name == name) {
        return Err(format!("{} was added since the snapshot was built and does not define `{name}` first", file.path));
    }
    let by_key = functions.into_iter().map(|f| (f.name.clone(), Arc::new(f))).collect();
    refreshed.files.insert(name.to_string(), by_key);
    refreshed.sources.insert(name.to_string(), (file.path.clone(), file.sha256()));
    refreshed.reasons.push((name.to_string(), format!("{} was added since the snapshot was built", file.path)));
    Ok(())
}
