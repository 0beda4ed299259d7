//! An earlier snapshot of the same library set, read as the bridge's
//! [`PreviousBuild`]: what an incremental build may copy instead of compiling.
//! Everything is read (and verified) up front, so the build never goes back to
//! the file.

use std::collections::HashMap;
use rmsnap_bridge::compile::library::{FunctionOutputArity, PreviousBuild};
use rmsnap_bridge::pool::par_map;
use rmsnap_bridge::LibraryFunction;
use snapshot_core::{SectionError, Snapshot};

use crate::library::ORIGINS;
use crate::{BYTECODE_SECTION, LIBRARY_SECTION};

pub struct Previous {
    /// (path, SHA-256) → (primary function, line).
    by_file: HashMap<(String, String), (String, u32)>,
    /// Primary function → (global id, arity).
    bound: HashMap<String, (usize, FunctionOutputArity)>,
    /// Primary function → its file's entries (itself, then `primary>...`).
    entries: HashMap<String, Vec<(String, Vec<u8>)>>,
}

impl Previous {
    /// Reads what a build can reuse from `snap` (already checked compatible).
    pub fn read(snap: &Snapshot) -> Result<Previous, SectionError> {
        let mut by_file = HashMap::new();
        for name in ORIGINS.keys(snap, LIBRARY_SECTION)? {
            let o = ORIGINS.get(snap, LIBRARY_SECTION, name)?;
            by_file.insert((o.path.clone(), o.source_sha256.clone()), (o.name.clone(), o.line));
        }
        let mut entries: HashMap<String, Vec<(String, Vec<u8>)>> = HashMap::new();
        for key in snap.keys(BYTECODE_SECTION)?.into_iter().filter(|k| !snapshot_core::schema::is_record_key(k)) {
            let owner = key.split_once('>').map_or(key, |(o, _)| o);
            entries.entry(owner.to_string()).or_default().push((key.to_string(), snap.entry_bytes(BYTECODE_SECTION, key)?.into_owned()));
        }
        let primaries: Vec<(&String, &[u8])> =
            entries.iter().filter_map(|(owner, list)| list.iter().find(|(k, _)| k == owner).map(|(_, bytes)| (owner, bytes.as_slice()))).collect();
        let decoded = par_map(&primaries, |(owner, bytes)| {
            let f: LibraryFunction = snapshot_core::codec::decode(bytes).ok()?;
            Some(((*owner).clone(), (f.id, f.arity())))
        });
        let bound = decoded.into_iter().flatten().collect();
        Ok(Previous { by_file, bound, entries })
    }

    pub fn files(&self) -> usize {
        self.by_file.len()
    }
}

impl PreviousBuild for Previous {
    fn primary(&self, path: &str, sha256: &str) -> Option<(String, FunctionOutputArity, u32)> {
        let (name, line) = self.by_file.get(&(path.to_string(), sha256.to_string()))?;
        let (_, arity) = self.bound.get(name)?;
        Some((name.clone(), *arity, *line))
    }
    fn bound(&self, name: &str) -> Option<(usize, FunctionOutputArity)> {
        self.bound.get(name).copied()
    }
    fn entries(&self, primary: &str) -> Option<Vec<(String, Vec<u8>)>> {
        self.entries.get(primary).cloned()
    }
    fn named(&self) -> usize {
        self.by_file.len()
    }
}
