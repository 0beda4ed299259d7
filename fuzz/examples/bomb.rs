//! Writes a small snapshot whose entries declare `MAX_ENTRY_RAW_LEN`-sized
//! payloads of zeros (valid, within every limit the loader checks).
//! usage: bomb OUT [ENTRIES] [CODEC]

use snapshot_core::{encode_snapshot, codec, Codec, Header, PlannedSection, SectionOutput};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = &args[0];
    let entries: usize = args.get(1).map(|s| s.parse().unwrap()).unwrap_or(1);
    let codec_choice: Codec = args.get(2).map(|s| s.parse().unwrap()).unwrap_or(Codec::Zstd);
    let raw_len = snapshot_core::layout::MAX_ENTRY_RAW_LEN as usize;
    // A bincode Vec<u8> whose whole encoding is exactly raw_len bytes.
    let mut raw = vec![0u8; raw_len];
    raw[..8].copy_from_slice(&((raw_len - 8) as u64).to_le_bytes());
    assert_eq!(codec::decode::<Vec<u8>>(&raw).map(|v| v.len()), Ok(raw_len - 8));
    let mut s = SectionOutput::new("bomb.zeros");
    for i in 0..entries {
        s.insert_raw(format!("e{i:04}"), raw.clone()).unwrap();
    }
    drop(raw);
    let mut header = Header::default();
    header.compat.format_version = snapshot_core::FORMAT_VERSION;
    let planned = [PlannedSection { section: &s, provider: "bomb", codec: codec_choice }];
    let bytes = encode_snapshot(&header, &planned, 19).expect("encodes").0;
    std::fs::write(out, &bytes).unwrap();
    println!("{out}: {} bytes, {entries} entries of {raw_len} raw bytes", bytes.len());
}
