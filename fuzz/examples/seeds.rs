//! Regenerates the seed corpora from real snapshots made by today's encoder:
//!
//!     CARGO_TARGET_DIR=$HOME/.cache/rmsnap/fuzz-target cargo run --manifest-path fuzz/Cargo.toml --example seeds
//!
//! Writes `fuzz/corpus/loader/*.rmsnap` (whole files, every codec, signed and
//! unsigned, plus the golden file) and `fuzz/corpus/section_decoders/*` (headers,
//! tables, indexes, compressed payloads and bincode values cut out of those files,
//! each prefixed with its `rmsnap_fuzz::mode` byte). Deterministic; small files only.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rmsnap_fuzz::mode;
use snapshot_core::layout::{self, FOOTER_LEN, PREAMBLE_LEN, RECORD_LEN};
use snapshot_core::{codec, encode_snapshot, sign, Codec, CompatKey, Header, PlannedSection, ProviderStamp, SecretKey, SectionOutput};

const MAX_SEED: usize = 64 * 1024;

fn payload(seed: u32, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(2654435761).wrapping_add(1);
    (0..len)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if i % 3 == 0 { (x % 7) as u8 } else { b"matlab "[i % 7] }
        })
        .collect()
}

fn header(with_providers: bool) -> Header {
    let mut providers = BTreeMap::new();
    if with_providers {
        providers.insert(
            "runmat".to_string(),
            ProviderStamp {
                version: "0.6.2".into(),
                fingerprints: BTreeMap::from([("builtins.abi".to_string(), "9f2c".to_string()), ("vm".to_string(), "1".to_string())]),
            },
        );
        providers.insert("toolbox.signal".to_string(), ProviderStamp { version: "1.0.0".into(), fingerprints: BTreeMap::new() });
    }
    Header {
        compat: CompatKey {
            format_version: snapshot_core::FORMAT_VERSION,
            runtime_version: "runmat 0.6.2".into(),
            target_triple: "x86_64-unknown-linux-gnu".into(),
            pointer_width: 64,
            endianness: "little".into(),
            providers,
        },
        meta: BTreeMap::from([("generator".to_string(), "rmsnap-fuzz seeds".to_string())]),
    }
}

/// A section whose entries decode as the types the loader target asks for.
fn typed_section(id: &str, seed: u32) -> SectionOutput {
    let mut s = SectionOutput::new(id);
    s.insert("bytes", &payload(seed, 700)).unwrap();
    s.insert("name", "fib.m").unwrap();
    s.insert("names", &vec!["sin".to_string(), "cos".to_string()]).unwrap();
    s.insert_raw("raw".into(), payload(seed + 1, 300)).unwrap();
    s.insert_raw("z-empty".into(), Vec::new()).unwrap();
    s
}

fn snapshot(header: &Header, sections: &[(SectionOutput, Codec)]) -> Vec<u8> {
    let planned: Vec<PlannedSection> =
        sections.iter().map(|(section, codec)| PlannedSection { section, provider: "runmat", codec: *codec }).collect();
    encode_snapshot(header, &planned, 3).expect("encodes").0
}

struct Out {
    dir: PathBuf,
}

impl Out {
    fn write(&self, name: &str, bytes: &[u8]) {
        assert!(bytes.len() < MAX_SEED, "seed {name} is {} bytes", bytes.len());
        fs::write(self.dir.join(name), bytes).unwrap();
    }
}

fn with_mode(m: u8, parts: &[&[u8]]) -> Vec<u8> {
    let mut v = vec![m];
    for p in parts {
        v.extend_from_slice(p);
    }
    v
}

/// Cuts a snapshot into the pieces the section_decoders target takes.
fn pieces(out: &Out, name: &str, file: &[u8]) {
    let p = layout::decode_preamble(file).expect("seed snapshot opens");
    let t_start = PREAMBLE_LEN + p.header_len as usize;
    let data_start = t_start + p.table_len as usize;
    let footer_start = file.len() - FOOTER_LEN;
    out.write(&format!("{name}-header"), &with_mode(mode::HEADER, &[&file[PREAMBLE_LEN..t_start]]));
    let table = &file[t_start..data_start];
    out.write(
        &format!("{name}-table"),
        &with_mode(mode::TABLE, &[&(data_start as u64).to_le_bytes(), &(footer_start as u64).to_le_bytes(), table]),
    );
    out.write(&format!("{name}-preamble"), &with_mode(mode::PREAMBLE, &[file]));
    for rec in layout::decode_table(table).unwrap() {
        let region = &file[rec.offset as usize..(rec.offset + rec.stored_len) as usize];
        let index = &region[..rec.index_len as usize];
        let extra = (rec.stored_len - rec.index_len) as u32;
        out.write(
            &format!("{name}-index-{}", rec.id),
            &with_mode(
                mode::INDEX,
                &[&[rec.codec as u8], &rec.raw_len.to_le_bytes(), &rec.entry_count.to_le_bytes(), &extra.to_le_bytes(), index],
            ),
        );
        let entries = layout::decode_index(&rec, index).unwrap();
        // One compressed payload per section (the largest) is plenty.
        if let Some(e) = entries.iter().max_by_key(|e| e.stored_len) {
            let stored = &region[e.data_offset as usize..(e.data_offset + e.stored_len) as usize];
            out.write(
                &format!("{name}-payload-{}", rec.codec),
                &with_mode(mode::DECOMPRESS, &[&(e.raw_len as u32).to_le_bytes(), stored]),
            );
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loader = Out { dir: root.join("corpus/loader") };
    let decoders = Out { dir: root.join("corpus/section_decoders") };
    for out in [&loader, &decoders] {
        fs::create_dir_all(&out.dir).unwrap();
        for f in fs::read_dir(&out.dir).unwrap() {
            fs::remove_file(f.unwrap().path()).unwrap();
        }
    }

    let h = header(true);
    let mixed = snapshot(
        &h,
        &[
            (typed_section("runmat.hot", 1), Codec::Lz4),
            (typed_section("runmat.plain", 2), Codec::None),
            (typed_section("runmat.cold", 3), Codec::Zstd),
        ],
    );
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("mixed", mixed.clone()),
        ("none", snapshot(&header(false), &[(typed_section("test.none", 4), Codec::None)])),
        ("lz4", snapshot(&header(false), &[(typed_section("test.lz4", 5), Codec::Lz4)])),
        ("zstd", snapshot(&header(false), &[(typed_section("test.zstd", 6), Codec::Zstd)])),
        ("empty", snapshot(&header(false), &[])),
        ("signed", {
            let mut b = mixed;
            sign::sign_bytes(&mut b, &SecretKey::from_seed(&[0x5a; 32])).unwrap();
            b
        }),
    ];
    for (name, bytes) in &files {
        loader.write(&format!("{name}.rmsnap"), bytes);
        if *name == "signed" {
            // Same header, indexes and payloads as `mixed`; only the preamble differs.
            decoders.write("signed-preamble", &with_mode(mode::PREAMBLE, &[bytes]));
        } else {
            pieces(&decoders, name, bytes);
        }
    }

    // The checked-in golden file, whatever version it currently is.
    let golden_name = format!("format-v{}.rmsnap", snapshot_core::FORMAT_VERSION);
    let golden = root.join("../snapshot-core/tests/golden").join(&golden_name);
    match fs::read(&golden) {
        Ok(bytes) => loader.write(&format!("golden-{golden_name}"), &bytes),
        Err(e) => eprintln!("note: no golden file at {}: {e}", golden.display()),
    }

    // bincode values of the types the codec mode decodes into.
    let strings = vec!["alpha".to_string(), String::new(), "γ".to_string()];
    let map: BTreeMap<String, Vec<u8>> = BTreeMap::from([("a".into(), vec![1, 2, 3]), ("bc".into(), vec![])]);
    let tuple = (42u64, "fib".to_string(), vec![1u32, 2, 3]);
    decoders.write("codec-vec-string", &with_mode(mode::CODEC, &[&codec::encode(&strings).unwrap()]));
    decoders.write("codec-map", &with_mode(mode::CODEC, &[&codec::encode(&map).unwrap()]));
    decoders.write("codec-tuple", &with_mode(mode::CODEC, &[&codec::encode(&tuple).unwrap()]));

    // A few hand-made index records: an index region with zero entries and
    // RECORD_LEN-sized garbage, so the decoder's early errors are in the corpus too.
    decoders.write("index-empty", &with_mode(mode::INDEX, &[&[0], &0u64.to_le_bytes(), &0u32.to_le_bytes(), &0u32.to_le_bytes()]));
    decoders.write(
        "index-one-garbage",
        &with_mode(mode::INDEX, &[&[1], &5u64.to_le_bytes(), &1u32.to_le_bytes(), &5u32.to_le_bytes(), &[0xa5; RECORD_LEN]]),
    );

    for out in [&loader, &decoders] {
        println!("{}: {} seeds", out.dir.display(), fs::read_dir(&out.dir).unwrap().count());
    }
}
