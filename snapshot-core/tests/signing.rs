//! Signed snapshots: the right key verifies, a wrong key or no signature is
//! named, and no byte of a signed file can change without detection.

mod common;

use common::{payload, snapshot_bytes};
use snapshot_core::sign::{sign_bytes, SignatureError};
use snapshot_core::{Codec, Snapshot};

const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";
const OTHER: &[u8] = b"fedcba9876543210fedcba9876543210";

fn unsigned() -> Vec<u8> {
    snapshot_bytes(&[
        ("t.a", Codec::Zstd, (0..6).map(|i| (format!("k{i}"), payload(i, 300))).collect()),
        ("t.b", Codec::None, vec![("only".into(), payload(9, 40))]),
    ])
}

fn signed() -> Vec<u8> {
    let mut bytes = unsigned();
    sign_bytes(&mut bytes, KEY).unwrap();
    bytes
}

#[test]
fn the_right_key_verifies_and_signing_is_deterministic() {
    let snap = Snapshot::from_bytes(signed(), "s.rmsnap").unwrap();
    assert!(snap.is_signed());
    snap.check_signature(KEY).unwrap();
    snap.verify_all().unwrap();
    assert_eq!(signed(), signed());
}

#[test]
fn a_wrong_key_and_a_missing_signature_are_told_apart() {
    let snap = Snapshot::from_bytes(signed(), "s.rmsnap").unwrap();
    assert_eq!(snap.check_signature(OTHER), Err(SignatureError::Mismatch("s.rmsnap".into())));
    let plain = Snapshot::from_bytes(unsigned(), "u.rmsnap").unwrap();
    assert!(!plain.is_signed());
    assert_eq!(plain.check_signature(KEY), Err(SignatureError::Unsigned("u.rmsnap".into())));
}

/// Every single-bit change is caught by opening, verifying every entry, or the signature.
#[test]
fn every_bit_flip_of_a_signed_file_is_detected() {
    let good = signed();
    let mut undetected = Vec::new();
    for byte in 0..good.len() {
        for bit in 0..8 {
            let mut bad = good.clone();
            bad[byte] ^= 1 << bit;
            let caught = match Snapshot::from_bytes(bad, "flip.rmsnap") {
                Err(_) => true,
                Ok(s) => s.verify_all().is_err() || s.check_signature(KEY).is_err(),
            };
            if !caught {
                undetected.push((byte, bit));
            }
        }
    }
    assert!(undetected.is_empty(), "undetected flips: {:?}", &undetected[..undetected.len().min(10)]);
}

#[test]
fn clearing_the_signed_flag_is_detected_without_the_key() {
    // The flag is in the sealed preamble: a file claiming to be unsigned no longer opens.
    let mut stripped = signed();
    stripped[12] &= !1;
    assert!(Snapshot::from_bytes(stripped, "x").is_err());
    // The same bytes never signed open fine: the refusal is the edit, not the layout.
    assert!(Snapshot::from_bytes(unsigned(), "u").is_ok());
}

#[test]
fn a_zeroed_signature_opens_but_fails_the_key_check() {
    // An HMAC cannot be checked without the key: the file opens, the key refuses it.
    let mut zeroed = signed();
    let n = zeroed.len();
    zeroed[n - 32..].fill(0);
    let snap = Snapshot::from_bytes(zeroed, "z").unwrap();
    assert!(snap.is_signed());
    assert_eq!(snap.check_signature(KEY), Err(SignatureError::Mismatch("z".into())));
}
