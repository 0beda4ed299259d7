//! Bytes → `Snapshot::from_bytes` → walk everything: keys, every entry's bytes
//! (lazy verification + decompression), typed decodes, `verify_all`, stats and
//! signatures. Each input is tried twice: as is (exercises the integrity checks)
//! and resealed (digests recomputed, so mutations reach the structure behind them).
//! Nothing here may panic, abort or run out of memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

use snapshot_core::{codec, sign, SecretKey, Snapshot};

fn key() -> &'static SecretKey {
    static KEY: OnceLock<SecretKey> = OnceLock::new();
    KEY.get_or_init(|| SecretKey::from_seed(&[0x5a; 32]))
}

fn walk(bytes: Vec<u8>) {
    let Ok(snap) = Snapshot::from_bytes(bytes.clone(), "fuzz.rmsnap") else { return };
    let _ = (snap.header(), snap.compat(), snap.meta_digest(), snap.file_len(), snap.is_signed());
    let sections: Vec<(String, String, u64)> = snap.sections().map(|s| (s.id.clone(), s.provider.clone(), s.raw_len)).collect();
    for (id, provider, raw_len) in &sections {
        let _ = snap.provider_stamp(provider);
        assert!(snap.section(id).is_some(), "section `{id}` listed but not found");
        let keys: Vec<String> = match snap.keys(id) {
            Ok(keys) => keys.into_iter().map(String::from).collect(),
            Err(_) => continue,
        };
        let mut all_read = true;
        let mut total = 0u64;
        for key in &keys {
            assert_eq!(snap.contains(id, key).ok(), Some(true), "key `{key}` of `{id}` listed but not contained");
            match snap.entry_bytes(id, key) {
                Ok(raw) => {
                    total += raw.len() as u64;
                    let _ = codec::decode::<String>(&raw);
                    let _ = codec::decode::<Vec<String>>(&raw);
                }
                Err(_) => all_read = false,
            }
            let _ = snap.entry::<Vec<u8>>(id, key);
            // Same entry as another type: a cached error or TypeMismatch, never a panic.
            let _ = snap.entry::<String>(id, key);
            let _ = snap.entry::<Vec<u8>>(id, key);
        }
        if all_read {
            assert_eq!(total, *raw_len, "entries of `{id}` decompress to {total} bytes, table says {raw_len}");
        }
        let _ = snap.keys(id);
        let _ = snap.entry_bytes(id, "\u{10ffff} no such key");
        let _ = snap.contains(id, "");
    }
    let _ = snap.entry_bytes("no.such-section", "k");
    let _ = snap.verify_all();
    let _ = snap.stats();
    let _ = snap.signer();
    let _ = snap.check_signature(&key().public());

    // A file that opens stays openable once signed, and the signature checks out.
    let mut signed = bytes;
    sign::sign_bytes(&mut signed, key()).expect("signing a snapshot that opened");
    let resigned = Snapshot::from_bytes(signed, "fuzz-signed.rmsnap").expect("signed copy of a valid snapshot opens");
    resigned.check_signature(&key().public()).expect("signature just written verifies");
}

fuzz_target!(|data: &[u8]| {
    walk(data.to_vec());
    if let Some(fixed) = rmsnap_fuzz::reseal(data) {
        if fixed != data {
            walk(fixed);
        }
    }
});
