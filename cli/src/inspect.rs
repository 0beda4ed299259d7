//! `rmsnap inspect`: the file's own facts (header, compatibility key, section
//! table) and, per section, what its provider's schema says about it.

use std::path::Path;

use serde_json::{json, Value};
use snapshot_core::schema::describe_sections;
use snapshot_core::{Registry, SectionError, Snapshot};

use crate::exit;

pub fn main(path: &Path, as_json: bool) -> u8 {
    let snap = match Snapshot::open(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rmsnap inspect: {e}");
            return exit::INVALID;
        }
    };
    let report = match describe(&snap) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rmsnap inspect: {e}");
            return exit::INVALID;
        }
    };
    if as_json {
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
    } else {
        print_text(&report);
    }
    0
}

fn describe(snap: &Snapshot) -> Result<Value, SectionError> {
    let c = snap.compat();
    let providers: serde_json::Map<String, Value> =
        c.providers.iter().map(|(id, s)| (id.clone(), json!({ "version": s.version, "fingerprints": s.fingerprints }))).collect();
    let mut sections = Vec::new();
    for s in snap.sections() {
        sections.push(json!({
            "id": s.id, "provider": s.provider, "codec": s.codec.name(), "offset": s.offset,
            "stored_len": s.stored_len, "raw_len": s.raw_len, "entries": s.entry_count,
            "index_sha256": s.index_sha256.to_hex(),
        }));
    }
    // Sections of providers this binary does not link are listed but not described.
    let described = match Registry::linked() {
        Ok(registry) => describe_sections(snap, &registry)?,
        Err(_) => Vec::new(),
    };
    let mut contents = serde_json::Map::new();
    let mut lines = Vec::new();
    for (_, rows) in described {
        for row in rows {
            lines.push(Value::String(row.text));
            contents.insert(row.name, row.value);
        }
    }
    Ok(json!({
        "path": snap.path(),
        "file_len": snap.file_len(),
        "format_version": c.format_version,
        "meta_digest": snap.meta_digest().to_hex(),
        // Who the file names as signer; only `rmsnap verify --key` checks it.
        "signer": snap.signer().map(|id| id.to_string()),
        "compat": {
            "runtime_version": c.runtime_version, "target_triple": c.target_triple,
            "pointer_width": c.pointer_width, "endianness": c.endianness, "providers": providers,
        },
        "meta": snap.header().meta,
        "sections": sections,
        "contents": contents,
        "summary": lines,
    }))
}

fn print_text(r: &Value) {
    println!("snapshot {} ({} bytes, format v{})", r["path"].as_str().unwrap_or(""), r["file_len"], r["format_version"]);
    match r["signer"].as_str() {
        Some(id) => println!("signed by {id} (unverified; `rmsnap verify --key PUBLIC_KEY_FILE` checks it)"),
        None => println!("unsigned"),
    }
    let c = &r["compat"];
    println!(
        "built for {} on {} ({}-bit, {} endian)",
        c["runtime_version"].as_str().unwrap_or(""),
        c["target_triple"].as_str().unwrap_or(""),
        c["pointer_width"],
        c["endianness"].as_str().unwrap_or("")
    );
    if let Some(p) = c["providers"].as_object() {
        for (id, v) in p {
            println!("  provider {id} v{} {}", v["version"].as_str().unwrap_or(""), v["fingerprints"]);
        }
    }
    println!("sections:");
    for s in r["sections"].as_array().into_iter().flatten() {
        println!(
            "  {:<24} {:<5} {:>6} entries {:>10} raw {:>10} stored  sha256 {}",
            s["id"].as_str().unwrap_or(""),
            s["codec"].as_str().unwrap_or(""),
            s["entries"],
            s["raw_len"],
            s["stored_len"],
            &s["index_sha256"].as_str().unwrap_or("")[..16]
        );
    }
    for line in r["summary"].as_array().into_iter().flatten() {
        println!("{}", line.as_str().unwrap_or(""));
    }
}
