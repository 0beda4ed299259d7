use std::path::Path;

use snapshot_core::Snapshot;

use crate::exit;

pub fn main(path: &Path, key: Option<&Path>) -> u8 {
    let snap = match Snapshot::open(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rmsnap verify: {e}");
            return exit::INVALID;
        }
    };
    if let Some(key) = key {
        let checked = snapshot_core::sign::read_key(key).map_err(|e| e.to_string()).and_then(|k| snap.check_signature(&k).map_err(|e| e.to_string()));
        if let Err(e) = checked {
            eprintln!("rmsnap verify: {e}");
            return exit::INVALID;
        }
    }
    match runtime_hooks::verify::verify_snapshot(&snap) {
        Ok(s) => {
            if !s.unknown_sections.is_empty() {
                eprintln!("note: sections without a schema in this binary (digests checked, entries not decoded): {}", s.unknown_sections.join(", "));
            }
            println!("{}: valid ({} sections, {} entries checked, {} decoded{})",
                path.display(),
                snap.sections().count(),
                s.entries_checked,
                s.entries_decoded,
                match (key, snap.is_signed()) {
                    (Some(_), _) => ", signature valid",
                    (None, true) => ", signed (pass --key to check the signature)",
                    (None, false) => ", unsigned",
                }
            );
            0
        }
        Err(e) => {
            eprintln!("rmsnap verify: {e}");
            exit::INVALID
        }
    }
}
