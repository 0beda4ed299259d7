//! Round trips through encoder and loader, over random section sets and codecs.

mod common;

use common::{expected_entries, read_all, snapshot_bytes, Section};
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
        type Owned = (String, Codec, Vec<(String, Vec<u8>)>);
        let owned: Vec<Owned> =
            sections.into_iter().map(|(id, (c, e))| (id, c, e)).collect();
        let input: Vec<Section<'_>> =
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

/// Encodes one section `id` with `codec`, each entry raw or (where `stored`
/// says) as `from` stores it.
fn encode_mixed(id: &str, codec: Codec, entries: &[(String, Vec<u8>)], from: &Snapshot, stored: &[bool]) -> Vec<u8> {
    let mut section = snapshot_core::SectionOutput::new(id);
    for (i, ((k, v), s)) in entries.iter().zip(stored).enumerate() {
        // Every other one left in the file until the writer copies it.
        let entry = |k: &str| if i % 2 == 0 { from.stored_entry(id, k) } else { from.stored_entry_unread(id, k) };
        match s {
            true => section.insert_stored(k.clone(), entry(k).unwrap()).unwrap(),
            false => section.insert_raw(k.clone(), v.clone()).unwrap(),
        }
    }
    let planned = [snapshot_core::PlannedSection { section: &section, provider: "test.provider", codec }];
    let header = Snapshot::from_bytes(common::snapshot_bytes(&[]), "h.rmsnap").unwrap().header().clone();
    snapshot_core::encode_snapshot(&header, &planned, 3).unwrap().0
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// An incremental build copies unchanged entries as the earlier file
    /// stored them: with the same codec the file is byte for byte the one
    /// raw entries give; with another codec (or zstd) they are compressed
    /// again and read back the same.
    #[test]
    fn stored_entries_copied_from_an_earlier_file_give_the_same_file(
        (codec, entries) in section(),
        other in codec(),
        mask in vec(any::<bool>(), 12),
    ) {
        let id = "test.stored";
        let earlier = Snapshot::from_bytes(snapshot_bytes(&[(id, codec, entries.clone())]), "earlier.rmsnap").unwrap();
        let raw = encode_mixed(id, codec, &entries, &earlier, &vec![false; entries.len()]);
        let mixed = encode_mixed(id, codec, &entries, &earlier, &mask[..entries.len()]);
        prop_assert_eq!(&mixed, &raw);
        let recoded = encode_mixed(id, other, &entries, &earlier, &mask[..entries.len()]);
        prop_assert_eq!(read_all(recoded).unwrap(), expected_entries(&[(id, other, entries.clone())]));
    }
}

/// Hands the stored entry it is given (as the build's input) to the writer.
struct CopiesStored;

impl snapshot_core::SnapshotProvider for CopiesStored {
    fn id(&self) -> &'static str {
        "test.copies"
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [snapshot_core::SectionSpec] {
        &[snapshot_core::SectionSpec { id: "test.copies", access: snapshot_core::Access::Cold }]
    }
    fn build(&self, ctx: &snapshot_core::BuildContext) -> Result<snapshot_core::ProviderOutput, String> {
        let entry = ctx.input::<snapshot_core::StoredEntry>().ok_or("no input")?.clone();
        let mut section = snapshot_core::SectionOutput::new("test.copies");
        section.insert_stored("bad".into(), entry)?;
        Ok(snapshot_core::ProviderOutput::default().with(section))
    }
}

#[test]
fn a_stored_entry_that_does_not_decompress_fails_the_build_naming_it() {
    let earlier = Snapshot::from_bytes(snapshot_bytes(&[("e", Codec::Lz4, vec![("bad".into(), common::payload(8, 900))])]), "e.rmsnap").unwrap();
    let bad = snapshot_core::StoredEntry::from_bytes(Codec::Lz4, earlier.stored_entry("e", "bad").unwrap().raw_len, vec![0xff; 16]);
    let registration: &'static snapshot_core::Registration = Box::leak(Box::new(snapshot_core::Registration { provider: &CopiesStored, origin: "test" }));
    let registry = snapshot_core::Registry::from_registrations(vec![registration]).unwrap();
    // zstd: the bytes must be decompressed to be compressed again, and cannot be.
    let mut options = snapshot_core::BuildOptions::new("test 1").with_input(bad);
    options.codec = snapshot_core::CodecChoice::Fixed(Codec::Zstd);
    let err = snapshot_core::build(&registry, options).expect_err("the build must fail").to_string();
    assert!(err.contains("test.copies") && err.contains("`bad`") && err.contains("decompress"), "{err}");
}

/// An entry left in its file is verified as the writer copies it: bytes
/// changed in the file since it was opened fail the build naming the entry
/// (an incremental build then compiles that file instead).
#[test]
fn an_unread_entry_damaged_in_its_file_fails_the_build_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.rmsnap");
    std::fs::write(&path, snapshot_bytes(&[("e", Codec::Lz4, vec![("bad".into(), common::payload(8, 900))])])).unwrap();
    let earlier = Snapshot::open(&path).unwrap();
    let unread = earlier.stored_entry_unread("e", "bad").unwrap();
    let registration: &'static snapshot_core::Registration = Box::leak(Box::new(snapshot_core::Registration { provider: &CopiesStored, origin: "test" }));
    let registry = snapshot_core::Registry::from_registrations(vec![registration]).unwrap();
    let build = |entry: snapshot_core::StoredEntry| {
        let mut options = snapshot_core::BuildOptions::new("test 1").with_input(entry);
        options.codec = snapshot_core::CodecChoice::Fixed(Codec::Lz4);
        snapshot_core::build(&registry, options)
    };
    let (bytes, _) = build(unread.clone()).expect("an intact entry is copied");
    let copied = Snapshot::from_bytes(bytes, "copy.rmsnap").unwrap();
    assert_eq!(copied.entry_bytes("test.copies", "bad").unwrap(), earlier.entry_bytes("e", "bad").unwrap());
    // One byte of its payload changed in place (the last byte before the footer's region is padding-free payload).
    let s = earlier.section("e").unwrap();
    let at = s.offset + s.stored_len - 1;
    let mut file = std::fs::read(&path).unwrap();
    file[at as usize] ^= 0xff;
    std::fs::write(&path, file).unwrap();
    match build(unread) {
        Err(snapshot_core::BuildError::Reused { section, key, detail }) => {
            assert_eq!((section.as_str(), key.as_str()), ("test.copies", "bad"));
            assert!(detail.contains("SHA-256"), "{detail}");
        }
        other => panic!("expected a damaged reused entry, got {:?}", other.map(|r| r.1.file_len)),
    }
}

/// The uncached bulk decode gives each kept entry, in key order, as the cached
/// one does, leaves the cache alone, and names the entry whose bytes are damaged.
#[test]
fn entries_decode_in_bulk_uncached() {
    let mut sec = snapshot_core::SectionOutput::new("test.typed");
    for (key, n) in [("b", 2u32), ("a", 1), ("@record", 9), ("c", 3)] {
        sec.insert(key, &(n, format!("n{n}"))).unwrap();
    }
    let bytes = snapshot_bytes(&[("test.typed", Codec::None, sec.entries.clone().into_iter().collect())]);
    let snap = Snapshot::from_bytes(bytes.clone(), "bulk.rmsnap").unwrap();
    let all = snap.decode_entries::<(u32, String)>("test.typed", |k| !k.starts_with('@')).unwrap();
    assert_eq!(all, vec![("a", (1, "n1".to_string())), ("b", (2, "n2".to_string())), ("c", (3, "n3".to_string()))]);
    assert_eq!(snap.decode_entry::<(u32, String)>("test.typed", "@record").unwrap(), (9, "n9".to_string()));
    assert_eq!(snap.stats().sections[0].entries_loaded, 0, "nothing was cached");
    // A flipped byte in entry `b`'s payload.
    let s = snap.section("test.typed").unwrap();
    let at = bytes.windows(2).enumerate().skip(s.offset as usize).find(|(_, w)| w == b"n2").unwrap().0;
    let mut damaged = bytes.clone();
    damaged[at] ^= 0x01;
    let snap = Snapshot::from_bytes(damaged, "bulk.rmsnap").unwrap();
    let err = snap.decode_entries::<(u32, String)>("test.typed", |_| true).unwrap_err();
    assert_eq!(err.entry.as_deref(), Some("b"), "{err}");
    assert_eq!(err.kind, snapshot_core::SectionErrorKind::PayloadDigest);
}

/// Encoding into memory reports a stored entry that does not decompress,
/// naming the section and entry, instead of panicking.
#[test]
fn encode_snapshot_reports_a_stored_entry_that_does_not_decompress() {
    let mut section = snapshot_core::SectionOutput::new("t.stored");
    section.insert_stored("bad".into(), snapshot_core::StoredEntry::from_bytes(Codec::Lz4, 900, vec![0xff; 16])).unwrap();
    let planned = [snapshot_core::PlannedSection { section: &section, provider: "test.provider", codec: Codec::Zstd }];
    let err = snapshot_core::encode_snapshot(&snapshot_core::Header::default(), &planned, 3).expect_err("must fail").to_string();
    assert!(err.contains("t.stored") && err.contains("`bad`") && err.contains("decompress"), "{err}");
}
