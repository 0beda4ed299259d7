//! Where each library file's ids lie: a block of [`LOCAL_BLOCK`] ids placed by
//! a hash of its primary function's key, so a function keeps its id whatever
//! else the library holds. Dense ids (names in order) moved every id after an
//! added file: the incremental build then compiled again nearly every file
//! that calls anything, and every layer of a split snapshot changed.
//!
//! The primary function takes its block's last id, its local functions,
//! closures and nested functions the ones from the block's first. Two keys
//! hashing to the same block are placed in key order, the later one in the
//! next free block, so placement depends on other keys only then.
//! Every id fits RunMat's portable `u32` function identity, and ids from
//! [`NEXT_ID`] up are the runtime's (scripts, files compiled again in a run).

use std::collections::{BTreeMap, HashSet};

use snapshot_core::Digest;

/// Ids of one file: at most this many functions, closures and nested functions.
pub const LOCAL_BLOCK: usize = 1 << 12;
/// The first library id; ids below stay unit-local (RunMat numbers a unit from 0).
pub const FIRST_ID: usize = 1 << 24;
/// The first id above every library id.
pub const NEXT_ID: usize = 1 << 31;
/// How many files a library can hold.
pub const BLOCKS: usize = (NEXT_ID - FIRST_ID) / LOCAL_BLOCK;

/// The block a key hashes to (its index among [`BLOCKS`]).
fn home(key: &str) -> usize {
    let digest = Digest::of(key.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest.0[..8]);
    (u64::from_le_bytes(first) % BLOCKS as u64) as usize
}

/// The first id of each key's block, for the primary functions `keys`
/// (distinct, in any order).
pub fn place<'a>(keys: impl IntoIterator<Item = &'a str>) -> Result<BTreeMap<String, usize>, String> {
    let mut keys: Vec<&str> = keys.into_iter().collect();
    keys.sort_unstable();
    keys.dedup();
    if keys.len() > BLOCKS {
        return Err(format!("{} library files; at most {BLOCKS} fit RunMat's function ids", keys.len()));
    }
    // Each key's home is a SHA-256 of its own: computed on the pool's threads,
    // then claimed in key order.
    let homes = crate::pool::par_map(&keys, |k| home(k));
    let mut taken = HashSet::with_capacity(keys.len());
    let mut out = Vec::with_capacity(keys.len());
    for (key, home) in keys.into_iter().zip(homes) {
        let mut block = home;
        while !taken.insert(block) {
            block = (block + 1) % BLOCKS;
        }
        out.push((key.to_string(), FIRST_ID + block * LOCAL_BLOCK));
    }
    // In key order already: built in one pass.
    Ok(out.into_iter().collect())
}

/// The id of the primary function of the file whose block starts at `block`.
pub fn primary_id(block: usize) -> usize {
    block + LOCAL_BLOCK - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_keeps_its_block_when_others_come_and_go() {
        let names: Vec<String> = (0..2000).map(|i| format!("f{i}")).collect();
        let all = place(names.iter().map(String::as_str)).unwrap();
        let fewer = place(names.iter().skip(1).map(String::as_str)).unwrap();
        let moved = fewer.iter().filter(|(k, b)| all[*k] != **b).count();
        assert_eq!(moved, 0, "removing one key moved others");
        let blocks: HashSet<usize> = all.values().copied().collect();
        assert_eq!(blocks.len(), names.len(), "two keys share a block");
        for b in all.values() {
            assert!((FIRST_ID..NEXT_ID).contains(b) && (b - FIRST_ID).is_multiple_of(LOCAL_BLOCK));
            assert!(primary_id(*b) < NEXT_ID && u32::try_from(primary_id(*b)).is_ok());
        }
    }

    #[test]
    fn keys_that_collide_are_placed_in_key_order() {
        // Find two keys with the same home block.
        let mut seen = std::collections::HashMap::new();
        let (a, b) = (0..).map(|i| format!("k{i}")).find_map(|k| seen.insert(home(&k), k.clone()).map(|other| (other, k))).unwrap();
        let (first, second) = if a < b { (a, b) } else { (b, a) };
        let placed = place([second.as_str(), first.as_str()]).unwrap();
        let at = FIRST_ID + home(&first) * LOCAL_BLOCK;
        assert_eq!(placed[&first], at);
        assert_eq!(placed[&second], FIRST_ID + ((home(&first) + 1) % BLOCKS) * LOCAL_BLOCK);
    }
}
