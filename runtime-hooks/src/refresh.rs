//! Per-function freshness: a library file edited since the snapshot was built
//! is compiled again, on its own, against the snapshot's ids, and linked with
//! everything else from the snapshot. One edit never sends a run wholly to
//! source; only what the edit could change the meaning of elsewhere does
//! (see [`refresh_file`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use rmsnap_bridge::compile::library::{compile_one, Binder, FunctionOutputArity, LOCAL_BLOCK};
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
}

impl Refreshed {
    /// A function of a refreshed file: `None` if `owner`'s file was not refreshed.
    pub fn get(&self, owner: &str, key: &str) -> Option<Option<Arc<StoredFunction>>> {
        self.files.get(owner).map(|f| f.get(key).cloned())
    }

    /// Ids above the snapshot's that refreshed files use (one block each).
    pub fn ids_used(&self) -> usize {
        self.files.len() * LOCAL_BLOCK
    }
}

/// The snapshot's ids as a binder: what an edited file's calls bind to.
struct SnapshotIds<'a> {
    snapshot: &'a Snapshot,
    owner: &'a str,
    owner_id: usize,
    keys: RefCell<HashMap<usize, String>>,
}

impl Binder for SnapshotIds<'_> {
    fn bind(&self, name: &str) -> Option<(usize, FunctionOutputArity)> {
        if name == self.owner {
            return Some((self.owner_id, FunctionOutputArity::new(0, false)));
        }
        // Only primary functions are callable across files.
        if name.contains('>') || !bytecode::contains(self.snapshot, name).ok()? {
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
pub fn refresh_file(snapshot: &Snapshot, refreshed: &mut Refreshed, origin: &FunctionOrigin, file: &SourceFile, next_id: usize) -> Result<(), String> {
    let owner = origin.name.as_str();
    let stored = bytecode::function(snapshot, owner).map_err(|e| e.to_string())?;
    let binder = SnapshotIds { snapshot, owner, owner_id: stored.id, keys: RefCell::new(HashMap::new()) };
    let block = next_id + refreshed.ids_used();
    let functions = compile_one(file, &binder, block).map_err(|e| format!("`{owner}` changed since the snapshot was built and does not compile: {e}"))?;
    let primary = functions.iter().find(|f| f.name == owner).ok_or_else(|| {
        format!("{} no longer defines `{owner}` first (rebuild the snapshot)", file.path)
    })?;
    if primary.arity() != stored.arity() {
        return Err(format!("`{owner}` in {} changed its outputs since the snapshot was built (callers were compiled against the old ones)", file.path));
    }
    let by_key = functions.into_iter().map(|f| (f.name.clone(), Arc::new(f))).collect();
    refreshed.files.insert(owner.to_string(), by_key);
    refreshed.reasons.push((owner.to_string(), format!("{} changed since the snapshot was built", file.path)));
    Ok(())
}

/// Compiles `file`, added since the snapshot was built, defining `name` (a name
/// nothing in the snapshot was bound to, so nothing else changes meaning), in
/// a block of ids above the snapshot's, and records it in `refreshed`.
pub fn add_file(snapshot: &Snapshot, refreshed: &mut Refreshed, name: &str, file: &SourceFile, next_id: usize) -> Result<(), String> {
    let block = next_id + refreshed.ids_used();
    // The primary takes the block's last id; its local functions the ones below.
    let binder = SnapshotIds { snapshot, owner: name, owner_id: block + LOCAL_BLOCK - 1, keys: RefCell::new(HashMap::new()) };
    let functions = compile_one(file, &binder, block).map_err(|e| format!("{} was added since the snapshot was built and does not compile: {e}", file.path))?;
    if functions.len() >= LOCAL_BLOCK {
        return Err(format!("{} defines {} functions", file.path, functions.len()));
    }
    if !functions.iter().any(|f| f.name == name) {
        return Err(format!("{} was added since the snapshot was built and does not define `{name}` first", file.path));
    }
    let by_key = functions.into_iter().map(|f| (f.name.clone(), Arc::new(f))).collect();
    refreshed.files.insert(name.to_string(), by_key);
    refreshed.reasons.push((name.to_string(), format!("{} was added since the snapshot was built", file.path)));
    Ok(())
}
