//! The lower-level decoders on their own, without the digests in front of them.
//! The first input byte picks one (see `rmsnap_fuzz::mode`); what a decoder
//! accepts must re-encode to the same bytes (the format is canonical).
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use rmsnap_fuzz::mode;
use snapshot_core::compress::{compress, decompress, Codec};
use snapshot_core::layout::{self, SectionRecord, RECORD_LEN};
use snapshot_core::{codec, Digest};

/// Largest raw length handed to `decompress` (it allocates that much up front).
const MAX_RAW: u32 = 1 << 20;

struct Input<'a>(&'a [u8]);

impl<'a> Input<'a> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        let n = N.min(self.0.len());
        out[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        out
    }
    fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }
    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }
    fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.take())
    }
}

fn header(bytes: &[u8]) {
    if let Ok(h) = layout::decode_header(bytes) {
        assert_eq!(layout::encode_header(&h), bytes, "header does not re-encode canonically");
    }
}

fn table(mut input: Input) {
    let (data_start, footer_start) = (input.u64(), input.u64());
    if let Ok(records) = layout::decode_table(input.0) {
        assert_eq!(layout::encode_table(&records), input.0, "table does not re-encode canonically");
        let _ = layout::check_placement(&records, data_start, footer_start);
    }
}

/// A record as `check_placement` would have let through: the index is exactly
/// `index_len` bytes, holds `entry_count` records and fits in `stored_len`.
fn index(mut input: Input) {
    let codec = Codec::from_byte(input.u8() % 3).unwrap();
    let raw_len = input.u64();
    let declared = input.u32();
    let extra = input.u32() as u64;
    let index = input.0;
    let entry_count = declared.min((index.len() / RECORD_LEN) as u32);
    let index_len = index.len() as u64;
    let section = SectionRecord {
        id: "fuzz.section".into(),
        provider: "fuzz".into(),
        codec,
        offset: 4096,
        stored_len: index_len + extra,
        raw_len,
        entry_count,
        index_len,
        index_sha256: Digest::of(index),
    };
    if let Ok(records) = layout::decode_index(&section, index) {
        assert_eq!(records.len(), entry_count as usize);
        let keys = &index[layout::decode_directory(&section, index).expect("decoded once").keys_at(&section)..];
        assert_eq!(layout::encode_index(&records, keys), index, "index does not re-encode canonically");
        let mut end = index_len;
        for r in &records {
            assert_eq!(r.data_offset, end);
            end += r.stored_len;
        }
        assert_eq!(end, section.stored_len);
        assert_eq!(records.iter().map(|r| r.raw_len).sum::<u64>(), raw_len);
    }
}

fn decompress_all(mut input: Input) {
    let raw_len = (input.u32() % (MAX_RAW + 1)) as usize;
    let stored = input.0;
    for codec in [Codec::None, Codec::Lz4, Codec::Zstd] {
        if let Ok(raw) = decompress(codec, stored, raw_len) {
            assert_eq!(raw.len(), raw_len, "{codec} returned {} bytes, asked for {raw_len}", raw.len());
            // What decompresses must survive a round trip through our own compressor.
            let again = compress(codec, &raw, 1).expect("compresses");
            assert_eq!(decompress(codec, &again, raw_len).as_deref(), Ok(&raw[..]), "{codec} round trip");
        }
    }
}

/// Payloads use variable-width integers, which bincode also accepts in a wider
/// form than needed: what decodes must round-trip as a value, and the encoder's
/// bytes (always the shortest form) be no longer than what was decoded.
fn codecs(bytes: &[u8]) {
    if let Ok(v) = codec::decode::<Vec<String>>(bytes) {
        let again = codec::encode(&v).unwrap();
        assert!(again.len() <= bytes.len(), "the encoder wrote a longer form than it decoded");
        assert_eq!(codec::decode::<Vec<String>>(&again).as_ref(), Ok(&v));
    }
    if let Ok(v) = codec::decode::<BTreeMap<String, Vec<u8>>>(bytes) {
        let again = codec::encode(&v).unwrap();
        assert_eq!(codec::decode::<BTreeMap<String, Vec<u8>>>(&again).as_ref(), Ok(&v));
    }
    if let Ok(v) = codec::decode::<(u64, String, Vec<u32>)>(bytes) {
        let again = codec::encode(&v).unwrap();
        assert!(again.len() <= bytes.len(), "the encoder wrote a longer form than it decoded");
        assert_eq!(codec::decode::<(u64, String, Vec<u32>)>(&again).as_ref(), Ok(&v));
    }
    let _ = codec::decode::<Vec<u8>>(bytes);
    let _ = codec::decode::<String>(bytes);
    let _ = codec::decode::<Option<(u32, Vec<Vec<u8>>)>>(bytes);
}

fn preamble(bytes: &[u8]) {
    // decode_footer assumes what decode_preamble checks (at least preamble + footer bytes).
    if layout::decode_preamble(bytes).is_ok() {
        let _ = layout::decode_footer(bytes);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    match selector % mode::COUNT {
        mode::HEADER => header(rest),
        mode::TABLE => table(Input(rest)),
        mode::INDEX => index(Input(rest)),
        mode::DECOMPRESS => decompress_all(Input(rest)),
        mode::CODEC => codecs(rest),
        mode::PREAMBLE => preamble(rest),
        _ => unreachable!(),
    }
});
