//! Layers: one snapshot split into smaller snapshot files that compose back
//! into it, byte for byte. The base holds every section and the entries no
//! layer claims; the records layer ([`RECORDS`]) every record (`@…`), which
//! describe the whole; each named layer the entries a caller assigns to it.
//! Every layer is a valid snapshot with the whole's compatibility key, so it is
//! checked like any snapshot, and an entry that did not change keeps its
//! layer's bytes — and digest — the same: a store or a registry holds an
//! unchanged layer once. Records change when entries come or go, so they are a
//! small layer of their own: adding a file to one library changes that
//! library's layer and the records, not the base or another library's layer.
//!
//! Every other layer records the digest of the base's entries (`layer.base`):
//! they were compiled against it (for RunMat's bytecode, the builtins and the
//! bundled library), so a layer is composed only with the base it was split
//! from, and refused naming that field otherwise.

use std::collections::BTreeMap;

use crate::compat;
use crate::digest::Digest;
use crate::encode::{self, Job, Settings};
use crate::error::{BuildError, CompatError};

use crate::keys::{parse_hex, to_hex};
use crate::layout::{self, Header, Seal};
use crate::loader::Snapshot;
use crate::provider::SectionOutput;
use crate::schema::is_record_key;

/// Meta field naming a layer (`base` for the base).
pub const META_LAYER: &str = "layer";
/// Meta field of a non-base layer: the digest of the base's entries.
pub const META_BASE: &str = "layer.base";
/// Meta fields of the records layer of a signed whole: its footer's signer and signature.
pub const META_SIGNER: &str = "layer.signer";
pub const META_SIGNATURE: &str = "layer.signature";
/// The base's name.
pub const BASE: &str = "base";
/// The records layer's name (`@` begins no name an assignment gives).
pub const RECORDS: &str = "@records";

/// One layer file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum LayerError {
    #[error("{0}")]
    Read(#[from] crate::error::SectionError),
    #[error("layer `{layer}`: {detail}")]
    Invalid { layer: String, detail: String },
    #[error("layer `{layer}` does not fit the base: {error}")]
    Incompatible { layer: String, error: CompatError },
    #[error("layers: {0}")]
    Build(#[from] BuildError),
}

/// Splits `whole` into its base, its records layer and the layers `assign`
/// names (entries it assigns `None` stay in the base). Layers come back the
/// base first, then in name order; a layer with no entry is not made.
pub fn split(whole: &Snapshot, assign: &dyn Fn(&str, &str) -> Option<String>) -> Result<Vec<Layer>, LayerError> {
    let mut parts: BTreeMap<String, BTreeMap<String, SectionOutput>> = BTreeMap::new();
    let mut base: BTreeMap<String, SectionOutput> = BTreeMap::new();
    let mut base_lines = String::new();
    for record in whole.sections() {
        let mut own = SectionOutput::new(&record.id);
        for key in whole.keys(&record.id)? {
            let entry = whole.stored_entry(&record.id, key)?;
            let name = if is_record_key(key) {
                RECORDS.to_string()
            } else {
                match assign(&record.id, key) {
                    Some(n) if n.starts_with('@') => return Err(LayerError::Invalid { layer: n, detail: "a layer's name cannot begin with `@`".into() }),
                    Some(n) if n != BASE => n,
                    _ => BASE.to_string(),
                }
            };
            if name == BASE {
                base_lines.push_str(&entry_line(&record.id, key, &entry.sha256));
            }
            let target = match name.as_str() {
                BASE => &mut own,
                _ => parts.entry(name.clone()).or_default().entry(record.id.clone()).or_insert_with(|| SectionOutput::new(&record.id)),
            };
            target.insert_stored(key.to_string(), entry).map_err(|detail| LayerError::Invalid { layer: name, detail })?;
        }
        base.insert(record.id.clone(), own);
    }
    let header = whole.header();
    let mut base_meta = header.meta.clone();
    base_meta.insert(META_LAYER.into(), BASE.into());
    let base_digest = Digest::of(base_lines.as_bytes()).to_hex();
    let mut out = vec![Layer { name: BASE.into(), bytes: write(BASE, whole, &Header { compat: header.compat.clone(), meta: base_meta }, base.into_values())? }];
    for (name, sections) in parts {
        let mut meta = header.meta.clone();
        meta.insert(META_LAYER.into(), name.clone());
        meta.insert(META_BASE.into(), base_digest.clone());
        if name == RECORDS && whole.is_signed() {
            // The seal changes with any entry: it travels with the records,
            // which are small, rather than with the base.
            let seal = whole.footer_seal();
            meta.insert(META_SIGNER.into(), to_hex(&seal.signer));
            meta.insert(META_SIGNATURE.into(), to_hex(&seal.signature));
        }
        let bytes = write(&name, whole, &Header { compat: header.compat.clone(), meta }, sections.into_values())?;
        out.push(Layer { name, bytes });
    }
    Ok(out)
}

/// One line of the base's digest: an entry by its stored bytes' SHA-256.
fn entry_line(section: &str, key: &str, sha256: &Digest) -> String {
    format!("{section}\t{key}\t{}\n", sha256.to_hex())
}

/// Composes the base and its layers (opened, so already checked as snapshot
/// files) into the whole they were split from. Refused, naming the field, when
/// a layer has another compatibility key or was split from another base.
pub fn compose(base: &Snapshot, layers: &[Snapshot]) -> Result<Vec<u8>, LayerError> {
    let name = |s: &Snapshot| s.header().meta.get(META_LAYER).cloned().unwrap_or_default();
    if name(base) != BASE {
        return Err(LayerError::Invalid { layer: name(base), detail: format!("is not a base (meta `{META_LAYER}` is `{}`)", name(base)) });
    }
    let mut base_lines = String::new();
    let mut sections: BTreeMap<String, SectionOutput> = BTreeMap::new();
    for record in base.sections() {
        let mut own = SectionOutput::new(&record.id);
        for key in base.keys(&record.id)? {
            if is_record_key(key) {
                return Err(LayerError::Invalid {
                    layer: BASE.into(),
                    detail: format!("holds record `{key}` of `{}`; records belong to the records layer", record.id),
                });
            }
            let entry = base.stored_entry(&record.id, key)?;
            base_lines.push_str(&entry_line(&record.id, key, &entry.sha256));
            own.insert_stored(key.to_string(), entry).map_err(|detail| LayerError::Invalid { layer: BASE.into(), detail })?;
        }
        sections.insert(record.id.clone(), own);
    }
    let base_digest = Digest::of(base_lines.as_bytes()).to_hex();
    let mut seal = None;
    for layer in layers {
        let layer_name = name(layer);
        let invalid = |detail: String| LayerError::Invalid { layer: layer_name.clone(), detail };
        compat::check(base.compat(), layer.compat(), layer.path()).map_err(|error| LayerError::Incompatible { layer: layer_name.clone(), error })?;
        let theirs = layer.header().meta.get(META_BASE).cloned().unwrap_or_default();
        if theirs != base_digest {
            let error = CompatError { field: format!("meta.{META_BASE}"), expected: base_digest.clone(), found: theirs, path: layer.path().to_path_buf() };
            return Err(LayerError::Incompatible { layer: layer_name, error });
        }
        let is_records = layer_name == RECORDS;
        if is_records {
            let meta = &layer.header().meta;
            if let (Some(signer), Some(signature)) = (meta.get(META_SIGNER), meta.get(META_SIGNATURE)) {
                seal = Some((signer.clone(), signature.clone()));
            }
        }
        for record in layer.sections() {
            let target = sections.get_mut(&record.id).ok_or_else(|| invalid(format!("has section `{}`, which the base does not", record.id)))?;
            for key in layer.keys(&record.id)? {
                if is_record_key(key) != is_records {
                    let whose = if is_records { "only records" } else { "records belong to the records layer" };
                    return Err(invalid(format!("holds `{key}` of `{}`; {whose}", record.id)));
                }
                target
                    .insert_stored(key.to_string(), layer.stored_entry(&record.id, key)?)
                    .map_err(|detail| invalid(format!("{detail} (also in another layer)")))?;
            }
        }
    }
    let mut meta = base.header().meta.clone();
    meta.remove(META_LAYER);
    let mut bytes = write("the composed snapshot", base, &Header { compat: base.compat().clone(), meta }, sections.into_values())?;
    if let Some((signer, signature)) = seal {
        let bad = || LayerError::Invalid { layer: RECORDS.into(), detail: "carries a malformed signature".into() };
        let seal = Seal { signer: parse_hex(&signer).ok_or_else(bad)?, signature: parse_hex(&signature).ok_or_else(bad)? };
        layout::seal_signed(&mut bytes, |_| seal).map_err(|e| LayerError::Invalid { layer: RECORDS.into(), detail: e.to_string() })?;
    }
    Ok(bytes)
}

/// Writes layer `name`'s `sections` with the codecs and owners `like` gives them.
fn write(name: &str, like: &Snapshot, header: &Header, sections: impl IntoIterator<Item = SectionOutput>) -> Result<Vec<u8>, LayerError> {
    let mut jobs = Vec::new();
    let records: BTreeMap<&str, _> = like.sections().map(|r| (r.id.as_str(), r)).collect();
    let sections: Vec<SectionOutput> = sections.into_iter().collect();
    for section in &sections {
        let record = records
            .get(section.id.as_str())
            .ok_or_else(|| LayerError::Invalid { layer: name.into(), detail: format!("section `{}` has no owner", section.id) })?;
        jobs.push(Job { section, provider: record.provider.as_str(), codec: record.codec });
    }
    jobs.sort_by(|a, b| a.section.id.cmp(&b.section.id));
    // Entries are copied as stored (their codec is the section's): the same
    // bytes, whatever level the whole was built at.
    let settings = Settings { zstd_level: 0, keep_stored: true, sign_key: None, check_index: true, progress: None };
    let mut out = std::io::Cursor::new(Vec::new());
    encode::write_snapshot(&mut out, header, jobs, &settings, &mut |_| Ok(()))
        .map_err(|e| LayerError::Build(e.into_build(std::path::Path::new(&format!("<layer {name}>")))))?;
    Ok(out.into_inner())
}
