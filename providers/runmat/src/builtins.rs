//! `runmat.builtins`: the builtin table of the RunMat binary that built the
//! snapshot, and an ABI fingerprint over it that goes into the compatibility key.
//! At load, a different fingerprint means the running binary's builtins differ;
//! [`differences`] then names the builtins that are missing or changed.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::json;
use snapshot_core::schema::{Row, SectionSchema};
use snapshot_core::{register_provider, Access, BuildContext, Digest, ProviderOutput, SectionError, SectionOutput, SectionSpec, Snapshot, SnapshotProvider};

use crate::BUILTINS_SECTION;

pub use rmsnap_bridge::builtins::BuiltinRecord;

/// Every builtin of the running binary, sorted by name.
pub fn current_records() -> &'static [BuiltinRecord] {
    static RECORDS: OnceLock<Vec<BuiltinRecord>> = OnceLock::new();
    RECORDS.get_or_init(rmsnap_bridge::builtins::records)
}

/// SHA-256 over the encoded records: equal iff every name and signature is equal.
pub fn abi_fingerprint(records: &[BuiltinRecord]) -> String {
    Digest::of(&snapshot_core::codec::encode(records).unwrap_or_default()).to_hex()
}

/// Builtins whose record differs between the snapshot and this binary:
/// (name, what is wrong), sorted by name.
pub fn differences(snapshot: &[BuiltinRecord], current: &[BuiltinRecord]) -> Vec<(String, &'static str)> {
    let now: BTreeMap<&str, &BuiltinRecord> = current.iter().map(|r| (r.name.as_str(), r)).collect();
    let then: BTreeMap<&str, &BuiltinRecord> = snapshot.iter().map(|r| (r.name.as_str(), r)).collect();
    let mut out = Vec::new();
    for (name, rec) in &then {
        match now.get(name) {
            None => out.push((name.to_string(), "missing from this binary")),
            Some(cur) if cur != rec => out.push((name.to_string(), "signature changed")),
            _ => {}
        }
    }
    for name in now.keys().filter(|n| !then.contains_key(*n)) {
        out.push((name.to_string(), "new in this binary"));
    }
    out.sort();
    out
}

/// Entry keys: the builtin's name, with `#2`, `#3`... for repeated names.
pub fn keyed(records: &[BuiltinRecord]) -> Vec<(String, &BuiltinRecord)> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    records
        .iter()
        .map(|r| {
            let n = seen.entry(r.name.as_str()).or_insert(0);
            *n += 1;
            let key = if *n == 1 { r.name.clone() } else { format!("{}#{}", r.name, n) };
            (key, r)
        })
        .collect()
}

pub const FINGERPRINT: &str = "abi";

snapshot_core::section_schema! {
    /// `runmat.builtins`' entry types.
    pub schema SCHEMA, describe describe;
    entries
    /// One entry per builtin (see [`keyed`]).
    pub RECORDS: BuiltinRecord;
}

/// The builtin table a snapshot was built with.
pub fn records(snap: &Snapshot) -> Result<Vec<BuiltinRecord>, SectionError> {
    let mut out = Vec::new();
    for key in RECORDS.keys(snap, BUILTINS_SECTION)? {
        out.push((*RECORDS.get(snap, BUILTINS_SECTION, key)?).clone());
    }
    Ok(out)
}

fn describe(snap: &Snapshot, section: &str) -> Result<Vec<Row>, SectionError> {
    let n = RECORDS.keys(snap, section)?.len();
    Ok(vec![Row { name: "builtins".into(), value: json!(n), text: format!("builtins: {n}") }])
}

pub struct BuiltinsProvider;

impl SnapshotProvider for BuiltinsProvider {
    fn id(&self) -> &'static str {
        BUILTINS_SECTION
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: BUILTINS_SECTION, access: Access::Cold }]
    }
    fn fingerprints(&self) -> BTreeMap<String, String> {
        // Checked on every snapshot open: compute the running binary's hash once.
        static ABI: OnceLock<String> = OnceLock::new();
        let abi = ABI.get_or_init(|| abi_fingerprint(current_records()));
        BTreeMap::from([(FINGERPRINT.to_string(), abi.clone())])
    }
    fn schema(&self, section: &str) -> Option<SectionSchema> {
        (section == BUILTINS_SECTION).then_some(SCHEMA)
    }
    fn explain_mismatch(&self, snap: &Snapshot, fingerprint: &str) -> Option<String> {
        // The hashes only say that something differs; name the builtins.
        if fingerprint != FINGERPRINT {
            return None;
        }
        let diffs = differences(&records(snap).ok()?, current_records());
        let names: Vec<String> = diffs.iter().take(5).map(|(n, why)| format!("{n} ({why})")).collect();
        let more = if diffs.len() > 5 { format!(" and {} more", diffs.len() - 5) } else { String::new() };
        Some(format!("builtins: {}{more}", names.join(", ")))
    }
    fn build(&self, _ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let mut section = SectionOutput::new(BUILTINS_SECTION);
        for (key, record) in keyed(current_records()) {
            RECORDS.put(&mut section, key, record)?;
        }
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(BUILTINS_PROVIDER: BuiltinsProvider = BuiltinsProvider);
