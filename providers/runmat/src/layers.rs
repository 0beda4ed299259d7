//! Which layer each entry of a RunMat snapshot belongs to
//! (`snapshot_core::layers`): a library function — its bytecode, closures and
//! local functions (`owner>name`), and its origin — belongs to its library's
//! layer when the library is a folder RunMat reads for the script or a toolbox
//! directory; the bundled library, linked toolbox crates, builtins, GC presets
//! and every record stay in the base.

use std::collections::HashMap;

use snapshot_core::{SectionError, Snapshot};

use crate::library::ORIGINS;
use crate::{BYTECODE_SECTION, LIBRARY_SECTION};

/// The assignment for `snap`: (section, key) → layer name, `None` for the base.
pub fn assignment(snap: &Snapshot) -> Result<impl Fn(&str, &str) -> Option<String>, SectionError> {
    let mut library_of: HashMap<String, String> = HashMap::new();
    // A linked toolbox crate has a manifest section of its own.
    let mut layered: HashMap<String, bool> = HashMap::new();
    for name in ORIGINS.keys(snap, LIBRARY_SECTION)? {
        let origin = ORIGINS.get(snap, LIBRARY_SECTION, name)?;
        let own = *layered
            .entry(origin.library.clone())
            .or_insert_with(|| origin.library != rmsnap_bridge::library::BUNDLED_LIBRARY && snap.section(&format!("{}.manifest", origin.library)).is_none());
        if own {
            library_of.insert(name.to_string(), origin.library.clone());
        }
    }
    Ok(move |section: &str, key: &str| match section {
        BYTECODE_SECTION => library_of.get(rmsnap_model::key::owner_of(key)).cloned(),
        LIBRARY_SECTION => library_of.get(key).cloned(),
        _ => None,
    })
}
