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
