use std::path::Path;

use snapshot_core::Snapshot;

use crate::exit;

pub fn main(path: &Path) -> u8 {
    let snap = match Snapshot::open(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rmsnap verify: {e}");
            return exit::INVALID;
        }
    };
    match runtime_hooks::verify::verify_snapshot(&snap) {
        Ok(s) => {
            println!("{}: valid ({} sections, {} entries checked, {} decoded)", path.display(), snap.sections().count(), s.entries_checked, s.entries_decoded);
            0
        }
        Err(e) => {
            eprintln!("rmsnap verify: {e}");
            exit::INVALID
        }
    }
}
