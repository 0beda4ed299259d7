//! The compatibility key: what a snapshot was built for, and the check that the
//! running program is the same thing. Each mismatch names the field and both values.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::CompatError;
use crate::layout::{CompatKey, ProviderStamp, FORMAT_VERSION};
use crate::provider::Registry;

pub const TARGET_TRIPLE: &str = env!("RMSNAP_TARGET");

fn endianness() -> &'static str {
    if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    }
}

pub(crate) fn stamp_key(runtime_version: &str, stamps: BTreeMap<String, (String, BTreeMap<String, String>)>) -> CompatKey {
    CompatKey {
        format_version: FORMAT_VERSION,
        runtime_version: runtime_version.into(),
        target_triple: TARGET_TRIPLE.into(),
        pointer_width: usize::BITS,
        endianness: endianness().into(),
        providers: stamps.into_iter().map(|(id, (version, fingerprints))| (id, ProviderStamp { version, fingerprints })).collect(),
    }
}

/// The key of the running program: its runtime version and every linked provider.
pub fn current_key(runtime_version: &str, registry: &Registry) -> CompatKey {
    let stamps = registry.providers().map(|p| (p.id().to_string(), (p.version().to_string(), p.fingerprints()))).collect();
    stamp_key(runtime_version, stamps)
}

/// Checks a snapshot's key (`found`) against the running program's (`expected`).
/// Providers in the snapshot must be linked with the same version and fingerprints;
/// linked providers the snapshot lacks are not an error here (their sections are
/// simply absent, which the caller sees through `Snapshot::provider_stamp`).
pub fn check(expected: &CompatKey, found: &CompatKey, path: &Path) -> Result<(), CompatError> {
    let err = |field: String, e: &dyn ToString, f: &dyn ToString| CompatError { path: path.into(), field, expected: e.to_string(), found: f.to_string() };
    if expected.format_version != found.format_version {
        return Err(err("format_version".into(), &expected.format_version, &found.format_version));
    }
    if expected.runtime_version != found.runtime_version {
        return Err(err("runtime_version".into(), &expected.runtime_version, &found.runtime_version));
    }
    if expected.target_triple != found.target_triple {
        return Err(err("target_triple".into(), &expected.target_triple, &found.target_triple));
    }
    if expected.pointer_width != found.pointer_width {
        return Err(err("pointer_width".into(), &expected.pointer_width, &found.pointer_width));
    }
    if expected.endianness != found.endianness {
        return Err(err("endianness".into(), &expected.endianness, &found.endianness));
    }
    for (id, stamp) in &found.providers {
        let Some(mine) = expected.providers.get(id) else {
            return Err(err(format!("providers.{id}"), &"(provider not linked)", &format!("version {}", stamp.version)));
        };
        if mine.version != stamp.version {
            return Err(err(format!("providers.{id}.version"), &mine.version, &stamp.version));
        }
        for (name, value) in &stamp.fingerprints {
            let e = mine.fingerprints.get(name).map(String::as_str).unwrap_or("(none)");
            if e != value {
                return Err(err(format!("providers.{id}.fingerprints.{name}"), &e, value));
            }
        }
        if let Some(name) = mine.fingerprints.keys().find(|n| !stamp.fingerprints.contains_key(*n)) {
            return Err(err(format!("providers.{id}.fingerprints.{name}"), &mine.fingerprints[name], &"(none)"));
        }
    }
    Ok(())
}
