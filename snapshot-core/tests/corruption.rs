//! Every bit of a snapshot is checked: flipping any one, or truncating the file
//! anywhere, gives an error from open or from section access — never a panic,
//! never different data.

mod common;

use common::{expected_entries, mixed_sections, read_all, snapshot_bytes};

#[test]
fn pristine_snapshot_reads_back_exactly() {
    let sections = mixed_sections();
    let bytes = snapshot_bytes(&sections);
    assert!(bytes.len() >= 4096, "test snapshot must be at least 4 KiB, is {}", bytes.len());
    assert_eq!(read_all(bytes).unwrap(), expected_entries(&sections));
}

#[test]
fn every_single_bit_flip_is_detected() {
    let bytes = snapshot_bytes(&mixed_sections());
    let mut undetected = Vec::new();
    for bit in 0..bytes.len() * 8 {
        let mut bad = bytes.clone();
        bad[bit / 8] ^= 1 << (bit % 8);
        if read_all(bad).is_ok() {
            undetected.push(bit);
        }
    }
    assert!(undetected.is_empty(), "{} of {} bit flips went undetected, first at byte {}", undetected.len(), bytes.len() * 8, undetected[0] / 8);
}

#[test]
fn every_truncation_is_detected() {
    let bytes = snapshot_bytes(&mixed_sections());
    for len in 0..bytes.len() {
        let err = read_all(bytes[..len].to_vec()).expect_err(&format!("truncation to {len} bytes was accepted"));
        assert!(err.contains("test.rmsnap"), "error does not name the file: {err}");
    }
}

#[test]
fn appended_bytes_are_detected() {
    let mut bytes = snapshot_bytes(&mixed_sections());
    bytes.extend_from_slice(&[0; 64]);
    let err = read_all(bytes).unwrap_err();
    assert!(err.contains("declares"), "{err}");
}

/// A file read region by region, with every section read whole first
/// (`Snapshot::preload`, as an incremental build reads its previous file):
/// every entry is still checked against its digest, so a flipped byte in a
/// preloaded region is an error, never different data.
#[test]
fn a_preloaded_section_is_checked_entry_by_entry() {
    use snapshot_core::{OpenMode, Snapshot};
    let sections = mixed_sections();
    let bytes = snapshot_bytes(&sections);
    let dir = tempfile::tempdir().unwrap();
    let read = |bytes: &[u8]| -> Result<Vec<(String, String, Vec<u8>)>, String> {
        let path = dir.path().join("test.rmsnap");
        std::fs::write(&path, bytes).unwrap();
        let snap = Snapshot::open_with(&path, OpenMode::OnDemand).map_err(|e| e.to_string())?;
        let ids: Vec<String> = snap.sections().map(|s| s.id.clone()).collect();
        let mut out = Vec::new();
        for id in &ids {
            snap.preload(id).map_err(|e| e.to_string())?;
        }
        for id in ids {
            for k in snap.keys(&id).map_err(|e| e.to_string())?.into_iter().map(String::from).collect::<Vec<_>>() {
                out.push((id.clone(), k.clone(), snap.entry_bytes(&id, &k).map_err(|e| e.to_string())?.into_owned()));
            }
        }
        Ok(out)
    };
    assert_eq!(read(&bytes).unwrap(), expected_entries(&sections));
    let mut undetected = Vec::new();
    for at in 0..bytes.len() {
        let mut bad = bytes.clone();
        bad[at] ^= 0x10;
        if read(&bad).is_ok() {
            undetected.push(at);
        }
    }
    assert!(undetected.is_empty(), "{} of {} byte flips went undetected after preload, first at {}", undetected.len(), bytes.len(), undetected[0]);
}
