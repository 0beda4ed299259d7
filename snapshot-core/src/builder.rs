//! Runs the providers and assembles their sections into snapshot bytes.

use std::any::{Any, TypeId};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::compat::stamp_key;
use crate::compress::{compress, Codec};
use crate::digest::Digest;
use crate::error::BuildError;
use crate::layout::{self, EntryRecord, Header, Preamble, SectionRecord};
use crate::provider::{Access, BuildContext, Diagnostic, Registry, SectionOutput};
use crate::write::write_atomically;

/// Under `auto`, sections smaller than this are stored uncompressed...
const AUTO_SMALL_SECTION: u64 = 4096;
/// ...and so are sections of small entries: each entry is compressed on its
/// own, and a codec's framing outweighs what it saves on a few hundred bytes.
const AUTO_SMALL_ENTRY: u64 = 512;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodecChoice {
    /// Small sections (or small entries) uncompressed, hot ones lz4, large cold ones zstd.
    Auto,
    Fixed(Codec),
}

pub struct BuildOptions {
    /// The runtime the snapshot is for, e.g. `runmat 0.6.2`; part of the compatibility key.
    pub runtime_version: String,
    pub codec: CodecChoice,
    pub zstd_level: i32,
    /// Show an indicatif progress bar on stderr.
    pub progress: bool,
    /// Extra header facts; must be deterministic (no timestamps).
    pub meta: BTreeMap<String, String>,
    /// Sign the snapshot with this HMAC-SHA-256 key (see [`crate::sign`]).
    pub sign_key: Option<Vec<u8>>,
    inputs: HashMap<TypeId, Box<dyn Any + Send + Sync>>,
}

impl BuildOptions {
    pub fn new(runtime_version: impl Into<String>) -> Self {
        BuildOptions {
            runtime_version: runtime_version.into(),
            codec: CodecChoice::Auto,
            zstd_level: 3,
            progress: false,
            meta: BTreeMap::new(),
            sign_key: None,
            inputs: HashMap::new(),
        }
    }

    /// Hands a typed input to providers (they read it with `BuildContext::input`).
    pub fn with_input<T: Any + Send + Sync>(mut self, value: T) -> Self {
        self.inputs.insert(TypeId::of::<T>(), Box::new(value));
        self
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProviderStats {
    pub id: String,
    pub version: String,
    pub elapsed: Duration,
    pub sections: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionStats {
    pub id: String,
    pub provider: String,
    pub codec: String,
    pub entries: u32,
    pub raw_len: u64,
    pub stored_len: u64,
}

impl SectionStats {
    /// raw ÷ stored (higher is better compression).
    pub fn ratio(&self) -> f64 {
        self.raw_len as f64 / self.stored_len.max(1) as f64
    }
}

/// What a build did, for the caller to print or serialize.
#[derive(Debug, Clone, Serialize)]
pub struct BuildReport {
    pub providers: Vec<ProviderStats>,
    pub sections: Vec<SectionStats>,
    pub diagnostics: Vec<Diagnostic>,
    pub file_len: u64,
    pub meta_digest: String,
}

/// Builds a snapshot in memory.
pub fn build(registry: &Registry, options: BuildOptions) -> Result<(Vec<u8>, BuildReport), BuildError> {
    let mut ctx = BuildContext::new(options.inputs);
    let mut provider_stats = Vec::new();
    let mut owners: BTreeMap<String, (&'static str, Access)> = BTreeMap::new();
    let mut stamps = BTreeMap::new();
    let count = registry.providers().count() as u64;
    let bar = if options.progress {
        indicatif::ProgressBar::new(count).with_message("building snapshot")
    } else {
        indicatif::ProgressBar::hidden()
    };
    for p in registry.providers() {
        bar.set_message(p.id());
        let start = Instant::now();
        let out = p.build(&ctx).map_err(|detail| BuildError::Provider { provider: p.id().into(), detail })?;
        let elapsed = start.elapsed();
        let mut names = Vec::new();
        for section in out.sections {
            let spec = p.sections().iter().find(|s| s.id == section.id).ok_or_else(|| BuildError::Provider {
                provider: p.id().into(),
                detail: format!("emitted section `{}`, which it does not declare", section.id),
            })?;
            if ctx.built.contains_key(&section.id) {
                return Err(BuildError::Provider { provider: p.id().into(), detail: format!("emitted section `{}` twice", section.id) });
            }
            owners.insert(section.id.clone(), (p.id(), spec.access));
            names.push(section.id.clone());
            ctx.built.insert(section.id.clone(), section);
        }
        stamps.insert(p.id().to_string(), (p.version().to_string(), p.fingerprints()));
        provider_stats.push(ProviderStats { id: p.id().into(), version: p.version().into(), elapsed, sections: names });
        bar.inc(1);
    }
    bar.finish_and_clear();

    let planned: Vec<PlannedSection> = ctx
        .built
        .values()
        .map(|section| {
            let (provider, access) = owners[&section.id];
            PlannedSection { section, provider, codec: choose_codec(options.codec, access, section) }
        })
        .collect();
    let header = Header { compat: stamp_key(&options.runtime_version, stamps), meta: options.meta };
    let (mut bytes, records) = encode_snapshot(&header, &planned, options.zstd_level);
    // Whatever is written must pass the reader's index checks (size and ratio limits).
    for r in &records {
        let index = &bytes[r.offset as usize..(r.offset + r.index_len) as usize];
        layout::decode_index(r, index).map_err(|e| BuildError::Provider { provider: r.provider.clone(), detail: e.to_string() })?;
    }
    if let Some(key) = &options.sign_key {
        crate::sign::sign_bytes(&mut bytes, key).map_err(|e| BuildError::Provider { provider: "(signing)".into(), detail: e.to_string() })?;
    }
    let meta_digest = layout::decode_preamble(&bytes).map(|p| p.meta_digest.to_hex()).unwrap_or_default();
    let sections = records
        .iter()
        .map(|r| SectionStats {
            id: r.id.clone(),
            provider: r.provider.clone(),
            codec: r.codec.name().into(),
            entries: r.entry_count,
            raw_len: r.raw_len,
            stored_len: r.stored_len,
        })
        .collect();
    let diagnostics = ctx.diagnostics.into_inner().unwrap_or_else(|e| e.into_inner());
    let report = BuildReport { providers: provider_stats, sections, diagnostics, file_len: bytes.len() as u64, meta_digest };
    Ok((bytes, report))
}

/// A section ready to be encoded: its entries, owner and codec.
pub struct PlannedSection<'a> {
    pub section: &'a SectionOutput,
    pub provider: &'a str,
    pub codec: Codec,
}

/// Encodes a header and sections into snapshot bytes; sections are written in id
/// order whatever the input order. Returns the bytes and the section table.
pub fn encode_snapshot(header: &Header, sections: &[PlannedSection], zstd_level: i32) -> (Vec<u8>, Vec<SectionRecord>) {
    let mut sorted: Vec<&PlannedSection> = sections.iter().collect();
    sorted.sort_by(|a, b| a.section.id.cmp(&b.section.id));
    // Sections compress and hash independently: one thread each.
    let (regions, mut records): (Vec<_>, Vec<_>) = std::thread::scope(|scope| {
        let jobs: Vec<_> = sorted.iter().map(|p| scope.spawn(move || encode_section(p.section, p.provider, p.codec, zstd_level))).collect();
        jobs.into_iter().map(|j| j.join().expect("section encoding panicked")).unzip()
    });
    let bytes = assemble(header, &mut records, &regions);
    (bytes, records)
}

/// Builds a snapshot and publishes it at `path` atomically.
pub fn build_to_file(registry: &Registry, options: BuildOptions, path: &Path) -> Result<BuildReport, BuildError> {
    let (bytes, report) = build(registry, options)?;
    write_atomically(path, &bytes).map_err(|source| BuildError::Io { path: path.into(), source })?;
    Ok(report)
}

fn choose_codec(choice: CodecChoice, access: Access, section: &SectionOutput) -> Codec {
    match choice {
        CodecChoice::Fixed(c) => c,
        CodecChoice::Auto => {
            let raw: u64 = section.entries.values().map(|v| v.len() as u64).sum();
            let mean_entry = raw / section.entries.len().max(1) as u64;
            match access {
                _ if raw < AUTO_SMALL_SECTION || mean_entry < AUTO_SMALL_ENTRY => Codec::None,
                Access::Hot => Codec::Lz4,
                Access::Cold => Codec::Zstd,
            }
        }
    }
}

/// Encodes one section region: page directory, records, keys, then each entry compressed on its own
/// so that one entry can be verified and decoded without touching the others.
fn encode_section(section: &SectionOutput, provider: &str, codec: Codec, zstd_level: i32) -> (Vec<u8>, SectionRecord) {
    let n = section.entries.len();
    let keys_len: usize = section.entries.keys().map(String::len).sum();
    let directory_len = layout::directory_len(section.entries.keys().map(String::as_str));
    let index_len = (directory_len + n * layout::RECORD_LEN + keys_len) as u64;
    let mut keys = Vec::with_capacity(keys_len);
    let mut records = Vec::with_capacity(n);
    let mut raw_len = 0u64;
    let entries: Vec<(&String, &Vec<u8>)> = section.entries.iter().collect();
    let compressed = compress_all(&entries, codec, zstd_level);
    let mut data_offset = index_len;
    for ((key, raw), (stored, sha256)) in entries.iter().zip(&compressed) {
        records.push(EntryRecord {
            key_offset: keys.len() as u32,
            key_len: key.len() as u32,
            data_offset,
            stored_len: stored.len() as u64,
            raw_len: raw.len() as u64,
            sha256: *sha256,
        });
        keys.extend_from_slice(key.as_bytes());
        data_offset += stored.len() as u64;
        raw_len += raw.len() as u64;
    }
    let mut region = layout::encode_index(&records, &keys);
    let index_sha256 = Digest::of(&region[..directory_len]);
    // Entries go straight after the index: a large library's run to hundreds of MB.
    region.reserve_exact((data_offset - index_len) as usize);
    for (stored, _) in compressed {
        region.extend_from_slice(&stored);
    }
    let record = SectionRecord {
        id: section.id.clone(),
        provider: provider.into(),
        codec,
        offset: 0, // placed by `assemble`
        stored_len: region.len() as u64,
        raw_len,
        entry_count: n as u32,
        index_len,
        index_sha256,
    };
    (region, record)
}

/// Each entry compressed and hashed, in order; large sections spread over the
/// cores (a big library's bytecode section is most of a build's output).
fn compress_all(entries: &[(&String, &Vec<u8>)], codec: Codec, zstd_level: i32) -> Vec<(Vec<u8>, Digest)> {
    let one = |(_, raw): &(&String, &Vec<u8>)| {
        let stored = compress(codec, raw, zstd_level);
        let digest = Digest::of(&stored);
        (stored, digest)
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if entries.len() < 256 || cores == 1 {
        return entries.iter().map(one).collect();
    }
    let chunk = entries.len().div_ceil(cores);
    std::thread::scope(|s| {
        let handles: Vec<_> = entries.chunks(chunk).map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>())).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))).collect()
    })
}

/// Lays out preamble, header, table, aligned regions and footer.
fn assemble(header: &Header, records: &mut [SectionRecord], regions: &[Vec<u8>]) -> Vec<u8> {
    let header_bytes = layout::encode_header(header);
    // Offsets are fixed-width, so the table's length does not depend on their values.
    let table_len = layout::encode_table(records).len() as u64;
    let mut cursor = (layout::PREAMBLE_LEN as u64) + header_bytes.len() as u64 + table_len;
    for r in records.iter_mut() {
        r.offset = layout::align_up(cursor, layout::align_for(r.codec)).expect("snapshot offsets fit in u64");
        cursor = r.offset + r.stored_len;
    }
    let table = layout::encode_table(records);
    let file_len = cursor + layout::FOOTER_LEN as u64;
    let mut preamble = Preamble {
        format_version: layout::FORMAT_VERSION,
        flags: 0,
        header_len: header_bytes.len() as u64,
        table_len,
        file_len,
        meta_digest: Digest::default(),
    };
    let prefix = layout::encode_preamble(&preamble);
    preamble.meta_digest = layout::meta_digest(&prefix[..40], &header_bytes, &table);

    let mut out = Vec::with_capacity(file_len as usize);
    out.extend_from_slice(&layout::encode_preamble(&preamble));
    out.extend_from_slice(&header_bytes);
    out.extend_from_slice(&table);
    for (r, region) in records.iter().zip(regions) {
        out.resize(r.offset as usize, 0);
        out.extend_from_slice(region);
    }
    out.extend_from_slice(&layout::encode_footer(file_len, &preamble.meta_digest, &[0; 32]));
    debug_assert_eq!(out.len() as u64, file_len);
    out
}
