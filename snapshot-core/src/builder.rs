//! Runs the providers and assembles their sections into snapshot bytes.

use std::any::{Any, TypeId};
use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufWriter, Cursor, Seek, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::compat::stamp_key;
use crate::compress::Codec;
use crate::encode::{self, EncodeError, Job, Settings};
use crate::error::BuildError;
use crate::layout::{Header, SectionRecord};
use crate::provider::{Access, BuildContext, Diagnostic, Registry, SectionOutput};
use crate::write::{fault_pause, publish, Durability};

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

/// Told what a build is doing ([`BuildOptions::progress`]).
pub type ProgressFn = Box<dyn Fn(BuildProgress<'_>) + Send + Sync>;

pub struct BuildOptions {
    /// The runtime the snapshot is for, e.g. `runmat 0.6.2`; part of the compatibility key.
    pub runtime_version: String,
    pub codec: CodecChoice,
    pub zstd_level: i32,
    /// Told what the build is doing, e.g. to draw a progress bar.
    pub progress: Option<ProgressFn>,
    /// Extra header facts; must be deterministic (no timestamps).
    pub meta: BTreeMap<String, String>,
    /// Sign the snapshot with this Ed25519 key (see [`crate::sign`]).
    pub sign_key: Option<crate::keys::SecretKey>,
    /// How [`build_to_file`] publishes the file (synced unless told otherwise).
    pub durability: Durability,
    inputs: HashMap<TypeId, Box<dyn Any + Send + Sync>>,
}

impl BuildOptions {
    pub fn new(runtime_version: impl Into<String>) -> Self {
        BuildOptions {
            runtime_version: runtime_version.into(),
            codec: CodecChoice::Auto,
            zstd_level: 3,
            progress: None,
            meta: BTreeMap::new(),
            sign_key: None,
            durability: Durability::Synced,
            inputs: HashMap::new(),
        }
    }

    /// Hands a typed input to providers (they read it with `BuildContext::input`).
    pub fn with_input<T: Any + Send + Sync>(mut self, value: T) -> Self {
        self.inputs.insert(TypeId::of::<T>(), Box::new(value));
        self
    }
}

/// What the builder is doing, for a caller that shows progress.
#[derive(Debug, Clone, Copy)]
pub enum BuildProgress<'a> {
    /// Provider `id` is about to build; `done` of `total` have built.
    Provider { id: &'a str, done: usize, total: usize },
    /// Section `id` is about to be encoded and written; `done` of `total` are written.
    Section { id: &'a str, done: usize, total: usize },
}

#[derive(Debug, Clone, Serialize)]
pub struct ProviderStats {
    pub id: String,
    pub version: String,
    pub elapsed: Duration,
    pub sections: Vec<String>,
    /// The provider's [`ProviderOutput::counters`].
    pub counters: BTreeMap<String, u64>,
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

impl BuildReport {
    /// A provider's counter (see [`ProviderOutput::counters`](crate::ProviderOutput)).
    pub fn counter(&self, provider: &str, name: &str) -> Option<u64> {
        self.providers.iter().find(|p| p.id == provider)?.counters.get(name).copied()
    }
}

/// Builds a snapshot in memory.
pub fn build(registry: &Registry, mut options: BuildOptions) -> Result<(Vec<u8>, BuildReport), BuildError> {
    let built = run_providers(registry, &mut options)?;
    let mut out = Cursor::new(Vec::new());
    let report = write_built(built, options, &mut out, &mut |_| Ok(())).map_err(|e| e.into_build(Path::new("<memory>")))?;
    Ok((out.into_inner(), report))
}

/// Builds a snapshot and publishes it at `path` atomically, streaming sections
/// into the temp file as they are encoded.
pub fn build_to_file(registry: &Registry, mut options: BuildOptions, path: &Path) -> Result<BuildReport, BuildError> {
    // Providers run before the temp file exists: a failed or slow build leaves nothing beside `path`.
    let built = run_providers(registry, &mut options)?;
    publish(path, options.durability, |file| {
        let mut out = BufWriter::with_capacity(1 << 20, file);
        let report = write_built(built, options, &mut out, &mut |out: &mut BufWriter<&mut std::fs::File>| {
            out.flush()?;
            fault_pause(out.get_ref())
        })?;
        out.flush()?;
        Ok::<_, EncodeError>(report)
    })
    .map_err(|e| e.into_build(path))
}

/// What the providers produced, before anything is written.
struct Built {
    /// In id order, the order they are written in.
    sections: BTreeMap<String, SectionOutput>,
    owners: BTreeMap<String, (&'static str, Access)>,
    stamps: BTreeMap<String, (String, BTreeMap<String, String>)>,
    provider_stats: Vec<ProviderStats>,
    diagnostics: Vec<Diagnostic>,
}

/// Runs every provider in dependency order, collecting their sections.
fn run_providers(registry: &Registry, options: &mut BuildOptions) -> Result<Built, BuildError> {
    let mut ctx = BuildContext::new(std::mem::take(&mut options.inputs));
    let mut provider_stats = Vec::new();
    let mut owners: BTreeMap<String, (&'static str, Access)> = BTreeMap::new();
    let mut stamps = BTreeMap::new();
    let total = registry.providers().count();
    for (done, p) in registry.providers().enumerate() {
        if let Some(progress) = &options.progress {
            progress(BuildProgress::Provider { id: p.id(), done, total });
        }
        let start = Instant::now();
        ctx.begin(p);
        let out = p.build(&ctx).map_err(|detail| BuildError::Provider { provider: p.id().into(), detail })?;
        ctx.finish(p)?;
        let elapsed = start.elapsed();
        let mut names = Vec::new();
        let counters = out.counters;
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
        provider_stats.push(ProviderStats { id: p.id().into(), version: p.version().into(), elapsed, sections: names, counters });
    }
    // The sections move out; the rest of the context (inputs, leftover
    // artifacts) is freed before the file is written.
    let sections = std::mem::take(&mut ctx.built);
    let diagnostics = std::mem::take(&mut *ctx.diagnostics.lock().unwrap_or_else(|e| e.into_inner()));
    Ok(Built { sections, owners, stamps, provider_stats, diagnostics })
}

/// Streams the built sections into `out` (empty, at offset 0) and reports on the result.
fn write_built<W: Write + Seek>(
    built: Built,
    options: BuildOptions,
    out: &mut W,
    halfway: &mut dyn FnMut(&mut W) -> io::Result<()>,
) -> Result<BuildReport, EncodeError> {
    let Built { sections, owners, stamps, provider_stats, diagnostics } = built;
    let jobs: Vec<Job<SectionOutput>> = sections
        .into_values()
        .map(|section| {
            let (provider, access) = owners[&section.id];
            let codec = choose_codec(options.codec, access, &section);
            Job { section, provider, codec }
        })
        .collect();
    let header = Header { compat: stamp_key(&options.runtime_version, stamps), meta: options.meta };
    let settings = Settings {
        zstd_level: options.zstd_level,
        keep_stored: false,
        sign_key: options.sign_key.as_ref(),
        check_index: true,
        progress: options.progress.as_deref().map(|f| f as &dyn Fn(BuildProgress<'_>)),
    };
    let written = encode::write_snapshot(out, &header, jobs, &settings, halfway)?;
    let sections = written
        .records
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
    Ok(BuildReport { providers: provider_stats, sections, diagnostics, file_len: written.file_len, meta_digest: written.meta_digest.to_hex() })
}

/// A section ready to be encoded: its entries, owner and codec.
pub struct PlannedSection<'a> {
    pub section: &'a SectionOutput,
    pub provider: &'a str,
    pub codec: Codec,
}

/// Encodes a header and sections into snapshot bytes; sections are written in id
/// order whatever the input order. Returns the bytes and the section table.
/// Unlike a build, it does not refuse what a reader would (fuzzing writes such files).
///
/// Fails only on an entry added with [`SectionOutput::insert_stored`] whose bytes
/// cannot be read or decompressed ([`BuildError::Reused`], [`BuildError::Provider`]).
pub fn encode_snapshot(header: &Header, sections: &[PlannedSection], zstd_level: i32) -> Result<(Vec<u8>, Vec<SectionRecord>), BuildError> {
    let mut jobs: Vec<Job<&SectionOutput>> = sections.iter().map(|p| Job { section: p.section, provider: p.provider, codec: p.codec }).collect();
    jobs.sort_by(|a, b| a.section.id.cmp(&b.section.id));
    let settings = Settings { zstd_level, keep_stored: false, sign_key: None, check_index: false, progress: None };
    let mut out = Cursor::new(Vec::new());
    let written = encode::write_snapshot(&mut out, header, jobs, &settings, &mut |_| Ok(())).map_err(|e| e.into_build(Path::new("(in memory)")))?;
    Ok((out.into_inner(), written.records))
}

fn choose_codec(choice: CodecChoice, access: Access, section: &SectionOutput) -> Codec {
    match choice {
        CodecChoice::Fixed(c) => c,
        CodecChoice::Auto => {
            let raw: u64 = section.raw_lens().sum();
            let mean_entry = raw / section.len().max(1) as u64;
            match access {
                _ if raw < AUTO_SMALL_SECTION || mean_entry < AUTO_SMALL_ENTRY => Codec::None,
                Access::Hot => Codec::Lz4,
                Access::Cold => Codec::Zstd,
            }
        }
    }
}
