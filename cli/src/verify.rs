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
    let key = match key.map(snapshot_core::keys::read_public_key).transpose() {
        Ok(k) => k,
        Err(e) => {
            eprintln!("rmsnap verify: --key: {e}");
            return exit::USAGE;
        }
    };
    if let Err(e) = key.as_ref().map_or(Ok(()), |k| snap.check_signature(k)) {
        eprintln!("rmsnap verify: {e}");
        return exit::INVALID;
    }
    match runtime_hooks::verify::verify_snapshot(&snap) {
        Ok(s) => {
            if !s.unknown_sections.is_empty() {
                eprintln!("note: sections without a schema in this binary (digests checked, entries not decoded): {}", s.unknown_sections.join(", "));
            }
            println!(
                "{}: valid ({} sections, {} entries checked, {} decoded{})",
                path.display(),
                snap.sections().count(),
                s.entries_checked,
                s.entries_decoded,
                match (key, snap.signer()) {
                    (Some(k), _) => format!(", signature by {} valid", k.id()),
                    (None, Some(id)) => format!(", signed by {id} (not checked: pass --key PUBLIC_KEY_FILE)"),
                    (None, None) => ", unsigned".into(),
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
