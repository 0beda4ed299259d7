//! Layers: one snapshot split into smaller snapshot files that compose back
//! into it, byte for byte. The base holds every section (with its records and
//! the entries no layer claims); each named layer holds the entries a caller
//! assigns to it. Every layer is a valid snapshot with the whole's
//! compatibility key, so it is checked like any snapshot, and an entry that did
//! not change keeps its layer's bytes — and digest — the same: a store or a
//! registry holds an unchanged layer once.
//!
//! A layer records the digest of the base's records (`layer.base`): records
//! are what ties entries of different layers together (for RunMat's bytecode,
//! the ids every function was compiled against), so a layer is composed only
//! with the base it was split from, and refused naming that field otherwise.

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
/// Meta field of a non-base layer: the digest of the base's records.
pub const META_BASE: &str = "layer.base";
/// Meta fields of the base of a signed whole: its footer's signer and signature.
pub const META_SIGNER: &str = "layer.signer";
pub const META_SIGNATURE: &str = "layer.signature";
/// The base's name.
pub const BASE: &str = "base";

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

/// Splits `whole` into its base and the layers `assign` names (entries it
/// assigns `None`, and every record, stay in the base). Layers come back in
/// name order, the base first; a layer with no entry is not made.
pub fn split(whole: &Snapshot, assign: &dyn Fn(&str, &str) -> Option<String>) -> Result<Vec<Layer>, LayerError> {
    let mut parts: BTreeMap<String, BTreeMap<String, SectionOutput>> = BTreeMap::new();
    let mut base: BTreeMap<String, SectionOutput> = BTreeMap::new();
    for record in whole.sections() {
        let mut own = SectionOutput::new(&record.id);
        for key in whole.keys(&record.id)? {
            let entry = whole.stored_entry(&record.id, key)?;
            let layer = if is_record_key(key) { None } else { assign(&record.id, key) };
            let name = layer.filter(|n| n != BASE).unwrap_or_else(|| BASE.to_string());
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
    if whole.is_signed() {
        let seal = whole.footer_seal();
        base_meta.insert(META_SIGNER.into(), to_hex(&seal.signer));
        base_meta.insert(META_SIGNATURE.into(), to_hex(&seal.signature));
    }
    let records = records_digest(whole)?;
    let mut out = vec![Layer { name: BASE.into(), bytes: write(BASE, whole, &Header { compat: header.compat.clone(), meta: base_meta }, base.into_values())? }];
    for (name, sections) in parts {
        let mut meta = header.meta.clone();
        meta.insert(META_LAYER.into(), name.clone());
        meta.insert(META_BASE.into(), records.to_hex());
        let bytes = write(&name, whole, &Header { compat: header.compat.clone(), meta }, sections.into_values())?;
        out.push(Layer { name, bytes });
    }
    Ok(out)
}

/// Composes the base and its layers (opened, so already checked as snapshot
/// files) into the whole they were split from. Refused, naming the field, when
/// a layer has another compatibility key or was split from another base.
pub fn compose(base: &Snapshot, layers: &[Snapshot]) -> Result<Vec<u8>, LayerError> {
    let name = |s: &Snapshot| s.header().meta.get(META_LAYER).cloned().unwrap_or_default();
    if name(base) != BASE {
        return Err(LayerError::Invalid { layer: name(base), detail: format!("is not a base (meta `{META_LAYER}` is `{}`)", name(base)) });
    }
    let records = records_digest(base)?.to_hex();
    let mut sections: BTreeMap<String, SectionOutput> = BTreeMap::new();
    for record in base.sections() {
        let mut own = SectionOutput::new(&record.id);
        for key in base.keys(&record.id)? {
            own.insert_stored(key.to_string(), base.stored_entry(&record.id, key)?).map_err(|detail| LayerError::Invalid { layer: BASE.into(), detail })?;
        }
        sections.insert(record.id.clone(), own);
    }
    for layer in layers {
        let layer_name = name(layer);
        let invalid = |detail: String| LayerError::Invalid { layer: layer_name.clone(), detail };
        compat::check(base.compat(), layer.compat(), layer.path()).map_err(|error| LayerError::Incompatible { layer: layer_name.clone(), error })?;
        let theirs = layer.header().meta.get(META_BASE).cloned().unwrap_or_default();
        if theirs != records {
            let error = CompatError { field: format!("meta.{META_BASE}"), expected: records.clone(), found: theirs, path: layer.path().to_path_buf() };
            return Err(LayerError::Incompatible { layer: layer_name, error });
        }
        for record in layer.sections() {
            let target = sections.get_mut(&record.id).ok_or_else(|| invalid(format!("has section `{}`, which the base does not", record.id)))?;
            for key in layer.keys(&record.id)? {
                if is_record_key(key) {
                    return Err(invalid(format!("holds record `{key}` of `{}`; records belong to the base", record.id)));
                }
                target.insert_stored(key.to_string(), layer.stored_entry(&record.id, key)?).map_err(|detail| invalid(format!("{detail} (also in another layer)")))?;
            }
        }
    }
    let mut meta = base.header().meta.clone();
    meta.remove(META_LAYER);
    let seal = match (meta.remove(META_SIGNER), meta.remove(META_SIGNATURE)) {
        (Some(signer), Some(signature)) => Some((signer, signature)),
        _ => None,
    };
    let mut bytes = write("the composed snapshot", base, &Header { compat: base.compat().clone(), meta }, sections.into_values())?;
    if let Some((signer, signature)) = seal {
        let bad = || LayerError::Invalid { layer: BASE.into(), detail: "carries a malformed signature".into() };
        let seal = Seal { signer: parse_hex(&signer).ok_or_else(bad)?, signature: parse_hex(&signature).ok_or_else(bad)? };
        layout::seal_signed(&mut bytes, |_| seal).map_err(|e| LayerError::Invalid { layer: BASE.into(), detail: e.to_string() })?;
    }
    Ok(bytes)
}

/// Digest of every record (section, key, entry digest) of `snap`, in order.
fn records_digest(snap: &Snapshot) -> Result<Digest, LayerError> {
    let mut text = String::new();
    for record in snap.sections() {
        for key in snap.keys(&record.id)?.into_iter().filter(|k| is_record_key(k)) {
            let entry = snap.stored_entry(&record.id, key)?;
            text.push_str(&format!("{}\t{key}\t{}\n", record.id, Digest::of(&entry.raw().map_err(|detail| LayerError::Invalid { layer: BASE.into(), detail })?).to_hex()));
        }
    }
    Ok(Digest::of(text.as_bytes()))
}

/// Writes layer `name`'s `sections` with the codecs and owners `like` gives them.
fn write(name: &str, like: &Snapshot, header: &Header, sections: impl IntoIterator<Item = SectionOutput>) -> Result<Vec<u8>, LayerError> {
    let mut jobs = Vec::new();
    let records: BTreeMap<&str, _> = like.sections().map(|r| (r.id.as_str(), r)).collect();
    let sections: Vec<SectionOutput> = sections.into_iter().collect();
    for section in &sections {
        let record = records.get(section.id.as_str()).ok_or_else(|| LayerError::Invalid { layer: name.into(), detail: format!("section `{}` has no owner", section.id) })?;
        jobs.push(Job { section, provider: record.provider.as_str(), codec: record.codec });
    }
    jobs.sort_by(|a, b| a.section.id.cmp(&b.section.id));
    // Entries are copied as stored (their codec is the section's): the same
    // bytes, whatever level the whole was built at.
    let settings = Settings { zstd_level: 0, keep_stored: true, sign_key: None, check_index: true, progress: None };
    let mut out = std::io::Cursor::new(Vec::new());
    encode::write_snapshot(&mut out, header, jobs, &settings, &mut |_| Ok(())).map_err(|e| LayerError::Build(e.into_build(std::path::Path::new(&format!("<layer {name}>")))))?;
    Ok(out.into_inner())
}
