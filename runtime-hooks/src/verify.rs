//! Full validation: every byte through its digest, and every entry of the
//! RunMat sections decoded as its real type.

use rmsnap_providers::builtins::BuiltinRecord;
use rmsnap_providers::gc::{GcPreset, SELECTED_KEY};
use rmsnap_providers::hints::{Hot, HOT_KEY};
use rmsnap_providers::hir::REJECTED_KEY;
use rmsnap_providers::link::{StoredFunction, UnitInfo};
use rmsnap_providers::{FunctionOrigin, BUILTINS_SECTION, BYTECODE_SECTION, GC_SECTION, HINTS_SECTION, HIR_SECTION, UNIT_KEY};
use snapshot_core::{SectionError, Snapshot};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifySummary {
    /// Entries whose digest and decompression were checked.
    pub entries_checked: u64,
    /// Entries also decoded as their RunMat type.
    pub entries_decoded: u64,
}

pub fn verify_snapshot(snap: &Snapshot) -> Result<VerifySummary, SectionError> {
    let entries_checked = snap.verify_all()?;
    let mut decoded = 0;
    let ids: Vec<String> = snap.sections().map(|s| s.id.clone()).collect();
    for id in ids {
        for key in snap.keys(&id)? {
            let known = match (id.as_str(), key) {
                (BUILTINS_SECTION, _) => snap.entry::<BuiltinRecord>(&id, key).map(drop),
                (HIR_SECTION, REJECTED_KEY) => snap.entry::<Vec<(String, String)>>(&id, key).map(drop),
                (HIR_SECTION, _) => snap.entry::<FunctionOrigin>(&id, key).map(drop),
                (BYTECODE_SECTION, UNIT_KEY) => snap.entry::<UnitInfo>(&id, key).map(drop),
                (BYTECODE_SECTION, _) => snap.entry::<StoredFunction>(&id, key).map(drop),
                (GC_SECTION, SELECTED_KEY) => snap.entry::<String>(&id, key).map(drop),
                (GC_SECTION, _) => snap.entry::<GcPreset>(&id, key).map(drop),
                (HINTS_SECTION, HOT_KEY) => snap.entry::<Vec<Hot>>(&id, key).map(drop),
                (HINTS_SECTION, _) => snap.entry::<String>(&id, key).map(drop),
                _ => continue,
            };
            known?;
            decoded += 1;
        }
    }
    Ok(VerifySummary { entries_checked, entries_decoded: decoded })
}
