//! Hostile sizes: lengths and counts that would make a reader allocate or read
//! far beyond the file are rejected from the numbers alone, before allocating,
//! even when every digest is valid (an attacker can recompute SHA-256).

mod common;

use common::snapshot_bytes;
use snapshot_core::{build, layout, BuildContext, BuildOptions, Codec, CodecChoice, ProviderOutput, Registration, Registry};
use snapshot_core::{SectionOutput, SectionSpec, Snapshot, SnapshotProvider};

/// Rewrites the table with `edit` and reseals the meta digest, as an attacker would.
fn with_table(bytes: &[u8], edit: impl FnOnce(&mut Vec<snapshot_core::SectionRecord>)) -> Vec<u8> {
    let p = layout::decode_preamble(bytes).unwrap();
    let t_start = layout::PREAMBLE_LEN + p.header_len as usize;
    let t_end = t_start + p.table_len as usize;
    let mut table = layout::decode_table(&bytes[t_start..t_end]).unwrap();
    edit(&mut table);
    let encoded = layout::encode_table(&table);
    assert_eq!(encoded.len(), p.table_len as usize, "edits keep the table's size");
    let mut out = bytes.to_vec();
    out[t_start..t_end].copy_from_slice(&encoded);
    let digest = layout::meta_digest(&out[..40], &out[layout::PREAMBLE_LEN..t_start], &out[t_start..t_end]);
    out[40..72].copy_from_slice(&digest.0);
    let footer = out.len() - layout::FOOTER_LEN;
    out[footer + 16..footer + 48].copy_from_slice(&digest.0);
    out
}

fn open_err(bytes: Vec<u8>) -> String {
    Snapshot::from_bytes(bytes, "hostile").expect_err("must be refused").to_string()
}

#[test]
fn a_decompression_bomb_is_refused_from_its_declared_sizes() {
    // 8 MiB of zeros compress to a few hundred bytes: a ratio no real entry has.
    let bytes = snapshot_bytes(&[("t.bomb", Codec::Zstd, vec![("zeros".into(), vec![0u8; 8 << 20])])]);
    let snap = Snapshot::from_bytes(bytes, "bomb").unwrap();
    let err = snap.entry_bytes("t.bomb", "zeros").err().unwrap().to_string();
    assert!(err.contains("decompression ratio above 1024:1"), "{err}");
    assert!(snap.verify_all().is_err());
}

#[test]
fn an_entry_larger_than_the_limit_is_refused() {
    let bytes = snapshot_bytes(&[("t.big", Codec::Lz4, vec![("big".into(), vec![7u8; (layout::MAX_ENTRY_RAW_LEN + 1) as usize])])]);
    let snap = Snapshot::from_bytes(bytes, "big").unwrap();
    let err = snap.keys("t.big").err().unwrap().to_string();
    assert!(err.contains("exceeds the limit"), "{err}");
}

#[test]
fn absurd_counts_and_lengths_in_the_table_are_refused_at_open() {
    let good = snapshot_bytes(&[("t.a", Codec::None, vec![("k".into(), b"value".to_vec())])]);
    // Each edit is refused naming the section and the field that is out of range.
    for (what, expect, edit) in [
        (
            "entry_count",
            "does not fit 4294967295 entries",
            Box::new(|t: &mut Vec<snapshot_core::SectionRecord>| t[0].entry_count = u32::MAX) as Box<dyn FnOnce(&mut Vec<_>)>,
        ),
        ("stored_len", "runs past the data area", Box::new(|t: &mut Vec<snapshot_core::SectionRecord>| t[0].stored_len = u64::MAX / 2)),
        ("offset", "offset is 18446744073709551607", Box::new(|t: &mut Vec<snapshot_core::SectionRecord>| t[0].offset = u64::MAX - 8)),
        ("index_len", "index_len 18446744073709551615", Box::new(|t: &mut Vec<snapshot_core::SectionRecord>| t[0].index_len = u64::MAX)),
        ("raw_len", "declares raw_len 18446744073709551615", Box::new(|t: &mut Vec<snapshot_core::SectionRecord>| t[0].raw_len = u64::MAX)),
    ] {
        let bad = with_table(&good, edit);
        let err = open_err(bad);
        assert!(err.contains("section `t.a`") && err.contains(expect), "{what}: {err}");
    }
    // The untouched file, resealed the same way, still opens: the edits are what is refused.
    Snapshot::from_bytes(with_table(&good, |_| {}), "same").unwrap();
}

struct Zeros;

impl SnapshotProvider for Zeros {
    fn id(&self) -> &'static str {
        "t.zeros"
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: "t.zeros", access: snapshot_core::Access::Cold }]
    }
    fn build(&self, _: &BuildContext) -> Result<ProviderOutput, String> {
        let mut s = SectionOutput::new("t.zeros");
        s.insert_raw("z".into(), vec![0u8; 8 << 20])?;
        Ok(ProviderOutput::default().with(s))
    }
}

#[test]
fn the_builder_never_writes_what_the_reader_would_refuse() {
    static ZEROS: Zeros = Zeros;
    let reg: &'static Registration = Box::leak(Box::new(Registration { provider: &ZEROS, origin: "test" }));
    let registry = Registry::from_registrations(vec![reg]).unwrap();
    let mut options = BuildOptions::new("rt 1");
    options.codec = CodecChoice::Fixed(Codec::Zstd);
    let err = build(&registry, options).err().unwrap().to_string();
    assert!(err.contains("t.zeros") && err.contains("decompression ratio"), "{err}");
}

/// Found by `fuzz/` (section_decoders): a compressed entry declaring a stored
/// length near `u64::MAX` overflowed the ratio check's arithmetic.
#[test]
fn a_stored_length_near_the_integer_limit_is_an_error_not_an_overflow() {
    let key = b"k";
    let index_len = (layout::directory_len(["k"].into_iter()) + layout::RECORD_LEN + key.len()) as u64;
    let record = layout::EntryRecord {
        key_offset: 0,
        key_len: key.len() as u32,
        data_offset: index_len,
        stored_len: u64::MAX - 3,
        raw_len: 1 << 20,
        sha256: snapshot_core::Digest([0; 32]),
    };
    let index = layout::encode_index(&[record], key);
    assert_eq!(index.len() as u64, index_len);
    let section = snapshot_core::SectionRecord {
        id: "t.x".into(),
        provider: "t".into(),
        codec: Codec::Zstd,
        offset: 0,
        stored_len: index_len + 16,
        raw_len: 1 << 20,
        entry_count: 1,
        index_len,
        index_sha256: snapshot_core::Digest::of(&index),
    };
    let err = layout::decode_index(&section, &index).expect_err("must be refused").to_string();
    assert!(err.contains("payload runs past the region"), "{err}");
}

/// Fewer bytes than a preamble or a footer are refused, not sliced past.
#[test]
fn too_few_bytes_for_a_preamble_or_footer_are_truncated() {
    use snapshot_core::FormatError;
    assert_eq!(
        layout::decode_preamble(&[0x89; 10]).unwrap_err(),
        FormatError::Truncated { len: 10, needed: (layout::PREAMBLE_LEN + layout::FOOTER_LEN) as u64 }
    );
    assert_eq!(layout::decode_footer(&[0; 100]).err(), Some(FormatError::Truncated { len: 100, needed: layout::FOOTER_LEN as u64 }));
    let good = snapshot_bytes(&[("t.a", Codec::None, vec![("k".into(), b"value".to_vec())])]);
    let footer = layout::decode_footer(&good).unwrap();
    assert_eq!(footer.file_len, good.len() as u64);
    assert_eq!(layout::decode_footer(&good[..good.len() - 1]).err(), Some(FormatError::MissingCompletionMarker));
}
