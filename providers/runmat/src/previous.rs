//! An earlier snapshot of the same library set, read as the bridge's
//! [`PreviousBuild`]: what an incremental build may copy instead of compiling.
//! Bindings come from two small tables (origins and the `@facts` record); the
//! compiled code of a reused file is not read here at all: the writer copies
//! it from the file, verifying it as it goes (see `refused`).

use rmsnap_model::key;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use rmsnap_bridge::compile::library::{EntryFacts, FunctionOutputArity, PreviousBuild};
use snapshot_core::{SectionError, Snapshot};

use crate::bytecode::{ALIASES, FACTS};
use crate::library::ORIGINS;
use crate::{BYTECODE_SECTION, LIBRARY_SECTION};

pub struct Previous {
    snap: Arc<Snapshot>,
    /// Path → (SHA-256, primary function, line): looked up by borrowed path
    /// (twice per file in a build) without building a key.
    by_file: HashMap<String, (String, String, u32)>,
    /// Primary function → (global id, arity).
    bound: HashMap<String, (usize, FunctionOutputArity)>,
    /// Primary function → its file's entries (itself, then `primary>...`).
    facts: HashMap<String, Vec<EntryFacts>>,
    /// Entries found damaged when an earlier attempt of this build copied
    /// them: their files are compiled instead.
    refused: BTreeSet<String>,
}

impl Previous {
    /// Reads what a build can reuse from `snap` (already checked compatible).
    pub fn read(snap: Arc<Snapshot>, refused: BTreeSet<String>) -> Result<Previous, SectionError> {
        // Every origin is read below: in one read rather than one per entry,
        // each verified and decoded on rayon's threads, for this map to own.
        snap.preload(LIBRARY_SECTION)?;
        let origins = ORIGINS.take_all(&snap, LIBRARY_SECTION)?;
        let mut by_file = HashMap::with_capacity(origins.len());
        for (_, o) in origins {
            by_file.insert(o.path, (o.source_sha256, o.name, o.line));
        }
        let mut facts: HashMap<String, Vec<EntryFacts>> = HashMap::new();
        let mut bound = HashMap::new();
        for f in FACTS.take(&snap, BYTECODE_SECTION)? {
            if !key::is_local(&f.key) {
                bound.insert(f.key.clone(), (f.id, f.arity()));
            }
            match facts.get_mut(key::owner_of(&f.key)) {
                Some(list) => list.push(f),
                None => {
                    facts.insert(key::owner_of(&f.key).to_string(), vec![f]);
                }
            }
        }
        // The primary first, as a fresh compile lists it.
        for list in facts.values_mut() {
            list.sort_by_key(|f| key::is_local(&f.key));
        }
        // A bare alias bound as its dependency function was.
        for (alias, key) in ALIASES.get(&snap, BYTECODE_SECTION)?.iter() {
            if let Some(b) = bound.get(key).copied() {
                bound.insert(alias.clone(), b);
            }
        }
        Ok(Previous { snap, by_file, bound, facts, refused })
    }

    pub fn files(&self) -> usize {
        self.by_file.len()
    }
}

/// [`Previous::read`] done ahead — on another thread, while the library's
/// files are read — for the provider to take: the first attempt of a build
/// (a second one, refusing damaged entries, reads again).
pub type Prepared = crate::Ahead<Result<Previous, SectionError>>;

impl PreviousBuild for Previous {
    fn primary(&self, path: &str, sha256: &str) -> Option<(String, FunctionOutputArity, u32)> {
        let (_, name, line) = self.by_file.get(path).filter(|(sha, ..)| sha == sha256)?;
        let (_, arity) = self.bound.get(name)?;
        Some((name.clone(), *arity, *line))
    }
    fn bound(&self, name: &str) -> Option<(usize, FunctionOutputArity)> {
        self.bound.get(name).copied()
    }
    fn facts(&self, primary: &str) -> Option<Vec<EntryFacts>> {
        self.facts.get(primary).cloned()
    }
    fn entry(&self, key: &str) -> Option<snapshot_core::StoredEntry> {
        if self.refused.contains(key) {
            return None;
        }
        self.snap.stored_entry_unread(BYTECODE_SECTION, key).ok()
    }
    fn bound_names(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        Box::new(self.bound.keys().map(String::as_str))
    }
}
