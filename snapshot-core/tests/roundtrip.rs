//! Round trips through encoder and loader, over random section sets and codecs.

mod common;

use common::{expected_entries, read_all, snapshot_bytes};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use snapshot_core::{Codec, Snapshot};

fn codec() -> impl Strategy<Value = Codec> {
    prop_oneof![Just(Codec::None), Just(Codec::Lz4), Just(Codec::Zstd)]
}

fn section() -> impl Strategy<Value = (Codec, Vec<(String, Vec<u8>)>)> {
    let entries = btree_map("[a-zA-Z0-9_./]{0,24}", vec(any::<u8>(), 0..600), 0..12);
    (codec(), entries).prop_map(|(c, m)| (c, m.into_iter().collect()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn random_sections_round_trip(sections in btree_map("[a-z]{1,8}\\.[a-z0-9_]{1,8}", section(), 0..6)) {
        let owned: Vec<(String, Codec, Vec<(String, Vec<u8>)>)> =
            sections.into_iter().map(|(id, (c, e))| (id, c, e)).collect();
        let input: Vec<(&str, Codec, Vec<(String, Vec<u8>)>)> =
            owned.iter().map(|(id, c, e)| (id.as_str(), *c, e.clone())).collect();
        let bytes = snapshot_bytes(&input);
        prop_assert_eq!(read_all(bytes.clone()).unwrap(), expected_entries(&input));
        // Deterministic: the same input encodes to the same bytes.
        prop_assert_eq!(&bytes, &snapshot_bytes(&input));
        // Every section is where its codec says it may be.
        let snap = Snapshot::from_bytes(bytes, "prop.rmsnap").unwrap();
        for s in snap.sections() {
            let align = if s.codec == Codec::None { 4096 } else { 64 };
            prop_assert_eq!(s.offset % align, 0);
        }
        prop_assert_eq!(snap.verify_all().unwrap() as usize, input.iter().map(|s| s.2.len()).sum::<usize>());
    }
}

#[test]
fn typed_entries_decode_once_and_are_cached() {
    let mut sec = snapshot_core::SectionOutput::new("test.typed");
    sec.insert("answer", &(42u32, "forty-two".to_string())).unwrap();
    let bytes = snapshot_bytes(&[("test.typed", Codec::Zstd, sec.entries.clone().into_iter().collect())]);
    let snap = Snapshot::from_bytes(bytes, "typed.rmsnap").unwrap();
    let a = snap.entry::<(u32, String)>("test.typed", "answer").unwrap();
    let b = snap.entry::<(u32, String)>("test.typed", "answer").unwrap();
    assert_eq!(*a, (42, "forty-two".to_string()));
    assert!(std::sync::Arc::ptr_eq(&a, &b), "second access must reuse the cached value");
    let stats = snap.stats();
    assert_eq!(stats.sections[0].entries_loaded, 1);
    let err = snap.entry::<u64>("test.typed", "answer").unwrap_err();
    assert!(matches!(err.kind, snapshot_core::SectionErrorKind::TypeMismatch(_)), "{err}");
    let missing = snap.entry::<u32>("test.typed", "nope").unwrap_err();
    assert_eq!(missing.to_string(), "snapshot typed.rmsnap, section `test.typed` (provider `test.provider`), entry `nope`: no such entry");
    let no_section = snap.keys("test.absent").unwrap_err();
    assert_eq!(no_section.kind, snapshot_core::SectionErrorKind::NotFound);
}

#[test]
fn a_value_of_the_wrong_shape_is_a_decode_error_not_a_panic() {
    let bytes = snapshot_bytes(&[("test.raw", Codec::None, vec![("k".into(), vec![255; 16])])]);
    let snap = Snapshot::from_bytes(bytes, "shape.rmsnap").unwrap();
    let err = snap.entry::<Vec<String>>("test.raw", "k").unwrap_err();
    assert!(matches!(err.kind, snapshot_core::SectionErrorKind::Decode(_)), "{err}");
}

#[test]
fn opening_from_a_file_reads_on_demand_or_whole_and_reports_stats() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.rmsnap");
    let sections = common::mixed_sections();
    snapshot_core::write::write_atomically(&path, &snapshot_bytes(&sections)).unwrap();
    let file_len = std::fs::metadata(&path).unwrap().len();
    for mode in [snapshot_core::OpenMode::OnDemand, snapshot_core::OpenMode::Read] {
        let snap = Snapshot::open_with(&path, mode).unwrap();
        let at_open = snap.stats().bytes_read;
        assert_eq!(snap.entry_bytes("test.cold", "x").unwrap().as_ref(), &sections[2].2[0].1[..]);
        let st = snap.stats();
        if mode == snapshot_core::OpenMode::OnDemand {
            assert_eq!(st.reads, "on demand");
            // Opening reads the head, table, padding and footer; an entry adds its index and payload.
            assert!(at_open < st.bytes_read && st.bytes_read < file_len, "{at_open} then {} of {file_len}", st.bytes_read);
        } else {
            assert_eq!((st.reads, at_open, st.bytes_read), ("in memory", file_len, file_len));
        }
        let cold = st.sections.iter().find(|s| s.id == "test.cold").unwrap();
        assert!(cold.compression_ratio > 1.0, "zstd should shrink the payload: {cold:?}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("s.rmsnap")], "no temp file may remain");
    let err = Snapshot::open(dir.path().join("missing.rmsnap")).unwrap_err();
    assert!(err.to_string().contains("missing.rmsnap"), "{err}");
}
