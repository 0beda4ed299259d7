//! Snapshots for tests, built through the public encoder.
#![allow(dead_code)]

use snapshot_core::{encode_snapshot, Codec, CompatKey, Header, PlannedSection, SectionOutput, Snapshot};
use std::collections::BTreeMap;

/// A section to encode: (section id, codec, entries).
pub type Section<'a> = (&'a str, Codec, Vec<(String, Vec<u8>)>);

/// (section id, codec, entries) → snapshot bytes.
pub fn snapshot_bytes(sections: &[Section<'_>]) -> Vec<u8> {
    let outputs: Vec<SectionOutput> = sections
        .iter()
        .map(|(id, _, entries)| {
            let mut s = SectionOutput::new(*id);
            for (k, v) in entries {
                s.insert_raw(k.clone(), v.clone()).unwrap();
            }
            s
        })
        .collect();
    let planned: Vec<PlannedSection> =
        outputs.iter().zip(sections).map(|(section, (_, codec, _))| PlannedSection { section, provider: "test.provider", codec: *codec }).collect();
    let header = Header {
        compat: CompatKey {
            format_version: snapshot_core::FORMAT_VERSION,
            runtime_version: "test-runtime 1".into(),
            target_triple: "test-target".into(),
            pointer_width: 64,
            endianness: "little".into(),
            providers: BTreeMap::new(),
        },
        meta: BTreeMap::from([("generator".to_string(), "snapshot-core tests".to_string())]),
    };
    encode_snapshot(&header, &planned, 3).unwrap().0
}

/// A deterministic payload that compresses somewhat but not trivially.
pub fn payload(seed: u32, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(2654435761).wrapping_add(1);
    (0..len)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if i % 3 == 0 {
                (x % 7) as u8
            } else {
                b"matlab "[i % 7]
            }
        })
        .collect()
}

/// Three sections, one per codec; over 4 KiB in all.
pub fn mixed_sections() -> Vec<Section<'static>> {
    vec![
        ("test.hot", Codec::Lz4, vec![("alpha".into(), payload(1, 900)), ("beta".into(), payload(2, 40))]),
        ("test.plain", Codec::None, vec![("one".into(), payload(3, 300)), ("two".into(), vec![])]),
        ("test.cold", Codec::Zstd, vec![("x".into(), payload(4, 2000)), ("y".into(), payload(5, 700)), ("z".into(), payload(6, 1))]),
    ]
}

/// Opens `bytes` and reads every entry of every section. Returns the entries
/// that could be read, or the first error from open or from an access.
pub fn read_all(bytes: Vec<u8>) -> Result<Vec<(String, String, Vec<u8>)>, String> {
    let snap = Snapshot::from_bytes(bytes, "test.rmsnap").map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let ids: Vec<String> = snap.sections().map(|s| s.id.clone()).collect();
    for id in ids {
        let keys: Vec<String> = snap.keys(&id).map_err(|e| e.to_string())?.into_iter().map(String::from).collect();
        for k in keys {
            let v = snap.entry_bytes(&id, &k).map_err(|e| e.to_string())?.into_owned();
            out.push((id.clone(), k, v));
        }
    }
    Ok(out)
}

pub fn expected_entries(sections: &[Section<'_>]) -> Vec<(String, String, Vec<u8>)> {
    let mut all: Vec<_> = sections
        .iter()
        .flat_map(|(id, _, es)| {
            let mut es = es.clone();
            es.sort();
            es.into_iter().map(move |(k, v)| (id.to_string(), k, v))
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    all
}
