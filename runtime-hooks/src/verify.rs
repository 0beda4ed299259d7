//! Full validation: every byte through its digest, and every entry decoded as
//! the type its provider's schema declares (snapshot-core's `schema`).

use snapshot_core::schema::verify_entries;
use snapshot_core::{Registry, SectionError, Snapshot};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifySummary {
    /// Entries whose digest and decompression were checked.
    pub entries_checked: u64,
    /// Entries also decoded as their declared type.
    pub entries_decoded: u64,
    /// Sections of providers this binary does not link (digest-checked only).
    pub unknown_sections: Vec<String>,
}

pub fn verify_snapshot(snap: &Snapshot) -> Result<VerifySummary, VerifyError> {
    let entries_checked = snap.verify_all()?;
    let registry = Registry::linked().map_err(|e| VerifyError::Registry(e.to_string()))?;
    let decoded = verify_entries(snap, &registry)?;
    Ok(VerifySummary { entries_checked, entries_decoded: decoded.decoded, unknown_sections: decoded.unknown_sections })
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Section(#[from] SectionError),
    #[error("the providers linked into this binary are inconsistent: {0}")]
    Registry(String),
}
