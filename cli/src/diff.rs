//! `rmsnap diff A B`: why two snapshots (files, or registry references) differ —
//! the question a user asks when a pull does not hit. Compatibility fields,
//! library-set key lines (references carry them), sections, and per entry;
//! library functions say whether their source, their file or only their
//! compiled code changed.

use std::collections::BTreeSet;
use std::path::PathBuf;

use rmsnap_fleet::{Connection, Target};
use rmsnap_providers::library;
use rmsnap_providers::LIBRARY_SECTION;
use snapshot_core::Snapshot;

use crate::exit;

#[derive(clap::Args)]
pub struct Args {
    /// A snapshot file, or REGISTRY/REPOSITORY:TAG.
    a: String,
    /// A snapshot file, or REGISTRY/REPOSITORY:TAG.
    b: String,
    /// Talk plain HTTP to registries (loopback, tests) [env: RMSNAP_REMOTE_PLAIN_HTTP=1].
    #[arg(long)]
    plain_http: bool,
}

/// One side: the snapshot and, for a reference, the key lines of its config.
struct Side {
    snap: Snapshot,
    key_lines: Option<Vec<String>>,
}

fn open(what: &str, plain_http: bool) -> Result<Side, (u8, String)> {
    if PathBuf::from(what).is_file() {
        let snap = Snapshot::open(what).map_err(|e| (exit::INVALID, e.to_string()))?;
        return Ok(Side { snap, key_lines: None });
    }
    let target = Target::parse(what).map_err(|e| (exit::USAGE, format!("{what}: neither a file nor a reference: {e}")))?;
    let Some(tag) = target.reference.tag().filter(|_| target.explicit_tag).map(str::to_string) else {
        return Err((exit::USAGE, format!("{what}: name a tag (a cache key, or the tag it was pushed under)")));
    };
    let pulled = Connection::open(target, &crate::remote::options(plain_http))
        .and_then(|c| crate::remote::pull_layers(&c, &tag))
        .map_err(|e| (exit::REMOTE, e.to_string()))?;
    let whole = crate::remote::composed(&pulled).map_err(|e| (exit::INVALID, e.to_string()))?;
    let snap = Snapshot::from_bytes(whole, what).map_err(|e| (exit::INVALID, e.to_string()))?;
    Ok(Side { snap, key_lines: Some(pulled.config.key_lines) })
}

pub fn main(args: Args) -> u8 {
    let sides = open(&args.a, args.plain_http).and_then(|a| Ok((a, open(&args.b, args.plain_http)?)));
    let (a, b) = match sides {
        Ok(x) => x,
        Err((code, e)) => {
            eprintln!("rmsnap diff: {e}");
            return code;
        }
    };
    match differences(&a, &b) {
        Ok(lines) if lines.is_empty() => {
            println!("same: {} and {}", args.a, args.b);
            0
        }
        Ok(lines) => {
            for l in lines {
                println!("{l}");
            }
            exit::SCRIPT
        }
        Err(e) => {
            eprintln!("rmsnap diff: {e}");
            exit::INVALID
        }
    }
}

fn differences(a: &Side, b: &Side) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let (ca, cb) = (a.snap.compat(), b.snap.compat());
    let fields = [
        ("format_version", ca.format_version.to_string(), cb.format_version.to_string()),
        ("runtime_version", ca.runtime_version.clone(), cb.runtime_version.clone()),
        ("target_triple", ca.target_triple.clone(), cb.target_triple.clone()),
        ("pointer_width", ca.pointer_width.to_string(), cb.pointer_width.to_string()),
        ("endianness", ca.endianness.clone(), cb.endianness.clone()),
    ];
    for (field, x, y) in fields {
        if x != y {
            out.push(format!("compat {field}: {x} | {y}"));
        }
    }
    let providers: BTreeSet<&String> = ca.providers.keys().chain(cb.providers.keys()).collect();
    for id in providers {
        match (ca.providers.get(id), cb.providers.get(id)) {
            (Some(x), Some(y)) if x.version != y.version => out.push(format!("compat provider {id}: version {} | {}", x.version, y.version)),
            (Some(x), Some(y)) if x.fingerprints != y.fingerprints => {
                out.push(format!("compat provider {id}: fingerprints {:?} | {:?}", x.fingerprints, y.fingerprints))
            }
            (Some(_), None) => out.push(format!("compat provider {id}: only in the first")),
            (None, Some(_)) => out.push(format!("compat provider {id}: only in the second")),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (&a.key_lines, &b.key_lines) {
        out.extend(x.iter().filter(|l| !y.contains(l)).map(|l| format!("library set: only in the first: {l}")));
        out.extend(y.iter().filter(|l| !x.contains(l)).map(|l| format!("library set: only in the second: {l}")));
    }
    out.extend(layers(a, b)?);
    let ids: BTreeSet<String> = a.snap.sections().chain(b.snap.sections()).map(|s| s.id.clone()).collect();
    for id in &ids {
        let (x, y) = (a.snap.section(id), b.snap.section(id));
        match (x, y) {
            (Some(_), None) => out.push(format!("section {id}: only in the first")),
            (None, Some(_)) => out.push(format!("section {id}: only in the second")),
            (Some(x), Some(y)) if x.index_sha256 != y.index_sha256 => out.extend(entries(a, b, id)?),
            _ => {}
        }
    }
    Ok(out)
}

/// The layers (as a push splits the snapshots) whose bytes differ: what a
/// push of one after the other uploads.
fn layers(a: &Side, b: &Side) -> Result<Vec<String>, String> {
    let digests = |side: &Side| -> Result<std::collections::BTreeMap<String, String>, String> {
        let assign = rmsnap_providers::layers::assignment(&side.snap).map_err(|e| e.to_string())?;
        let layers = snapshot_core::layers::split(&side.snap, &assign).map_err(|e| e.to_string())?;
        Ok(layers.into_iter().map(|l| (l.name, rmsnap_fleet::digest_of(&l.bytes))).collect())
    };
    let (x, y) = (digests(a)?, digests(b)?);
    let names: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
    Ok(names
        .into_iter()
        .filter_map(|n| match (x.get(n), y.get(n)) {
            (Some(p), Some(q)) if p != q => Some(format!("layer {n}: differs ({p} | {q})")),
            (Some(_), None) => Some(format!("layer {n}: only in the first")),
            (None, Some(_)) => Some(format!("layer {n}: only in the second")),
            _ => None,
        })
        .collect())
}

/// The entries of section `id` that differ, with the reason for library functions.
fn entries(a: &Side, b: &Side, id: &str) -> Result<Vec<String>, String> {
    let err = |e: snapshot_core::SectionError| e.to_string();
    let ka: BTreeSet<&str> = a.snap.keys(id).map_err(err)?.into_iter().collect();
    let kb: BTreeSet<&str> = b.snap.keys(id).map_err(err)?.into_iter().collect();
    let mut out = Vec::new();
    let mut changed = 0usize;
    for key in ka.union(&kb) {
        let line = match (ka.contains(key), kb.contains(key)) {
            (true, false) => format!("section {id}: `{key}` only in the first"),
            (false, true) => format!("section {id}: `{key}` only in the second"),
            _ if a.snap.entry_bytes(id, key).map_err(err)? == b.snap.entry_bytes(id, key).map_err(err)? => continue,
            _ if id == LIBRARY_SECTION && !key.starts_with('@') => why_function(a, b, key).map_err(err)?,
            _ => format!("section {id}: `{key}` differs"),
        };
        changed += 1;
        out.push(line);
    }
    if changed == 0 {
        out.push(format!("section {id}: same entries, index differs (codec or layout)"));
    }
    Ok(out)
}

fn why_function(a: &Side, b: &Side, name: &str) -> Result<String, snapshot_core::SectionError> {
    let (x, y) = (library::origin(&a.snap, name)?, library::origin(&b.snap, name)?);
    Ok(if x.source_sha256 != y.source_sha256 {
        format!("function `{name}`: source changed ({} sha256 {} | {} sha256 {})", x.path, &x.source_sha256[..12], y.path, &y.source_sha256[..12])
    } else if x.path != y.path || x.library != y.library {
        format!("function `{name}`: same source, other file ({} in {} | {} in {})", x.path, x.library, y.path, y.library)
    } else {
        format!("function `{name}`: same source and file, line {} | {}", x.line, y.line)
    })
}
