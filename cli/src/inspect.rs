use std::path::Path;

use rmsnap_providers::gc::{GcPreset, SELECTED_KEY};
use rmsnap_providers::hints::{Hot, HOT_KEY};
use rmsnap_providers::{FunctionOrigin, BUILTINS_SECTION, BYTECODE_SECTION, GC_SECTION, HINTS_SECTION, HIR_SECTION};
use serde_json::{json, Value};
use snapshot_core::{SectionError, Snapshot};

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

fn is_record(key: &str) -> bool {
    key.starts_with('@')
}

fn describe(snap: &Snapshot) -> Result<Value, SectionError> {
    let c = snap.compat();
    let providers: serde_json::Map<String, Value> = c
        .providers
        .iter()
        .map(|(id, s)| (id.clone(), json!({ "version": s.version, "fingerprints": s.fingerprints })))
        .collect();
    let mut sections = Vec::new();
    for s in snap.sections() {
        sections.push(json!({
            "id": s.id, "provider": s.provider, "codec": s.codec.name(), "offset": s.offset,
            "stored_len": s.stored_len, "raw_len": s.raw_len, "entries": s.entry_count,
            "index_sha256": s.index_sha256.to_hex(),
        }));
    }
    let mut contents = serde_json::Map::new();
    if snap.section(BUILTINS_SECTION).is_some() {
        contents.insert("builtins".into(), json!(snap.keys(BUILTINS_SECTION)?.len()));
    }
    if snap.section(HIR_SECTION).is_some() {
        let mut functions = Vec::new();
        for key in snap.keys(HIR_SECTION)?.into_iter().filter(|k| !is_record(k)) {
            let o = snap.entry::<FunctionOrigin>(HIR_SECTION, key)?;
            functions.push(json!({ "name": o.name, "library": o.library, "path": o.path, "line": o.line, "source_sha256": o.source_sha256 }));
        }
        contents.insert("functions".into(), Value::Array(functions));
    }
    if snap.section(BYTECODE_SECTION).is_some() {
        let n = snap.keys(BYTECODE_SECTION)?.into_iter().filter(|k| !is_record(k)).count();
        contents.insert("bytecode_functions".into(), json!(n));
    }
    if snap.section(GC_SECTION).is_some() {
        let mut presets = serde_json::Map::new();
        for key in snap.keys(GC_SECTION)?.into_iter().filter(|k| !is_record(k)) {
            let p = snap.entry::<GcPreset>(GC_SECTION, key)?;
            presets.insert(key.into(), json!({ "config": p.config, "profile": p.profile }));
        }
        let selected = snap.entry::<String>(GC_SECTION, SELECTED_KEY)?;
        contents.insert("gc".into(), json!({ "selected": *selected, "presets": presets }));
    }
    if snap.section(HINTS_SECTION).is_some() {
        let hot = snap.entry::<Vec<Hot>>(HINTS_SECTION, HOT_KEY)?;
        let hot: Vec<Value> = hot.iter().map(|(n, c)| json!({ "function": n, "calls": c })).collect();
        contents.insert("hot_functions".into(), Value::Array(hot));
    }
    Ok(json!({
        "path": snap.path(),
        "file_len": snap.file_len(),
        "format_version": c.format_version,
        "meta_digest": snap.meta_digest().to_hex(),
        "compat": {
            "runtime_version": c.runtime_version, "target_triple": c.target_triple,
            "pointer_width": c.pointer_width, "endianness": c.endianness, "providers": providers,
        },
        "meta": snap.header().meta,
        "sections": sections,
        "contents": contents,
    }))
}

fn print_text(r: &Value) {
    println!("snapshot {} ({} bytes, format v{})", r["path"].as_str().unwrap_or(""), r["file_len"], r["format_version"]);
    let c = &r["compat"];
    println!("built for {} on {} ({}-bit, {} endian)", c["runtime_version"].as_str().unwrap_or(""), c["target_triple"].as_str().unwrap_or(""), c["pointer_width"], c["endianness"].as_str().unwrap_or(""));
    if let Some(p) = c["providers"].as_object() {
        for (id, v) in p {
            println!("  provider {id} v{} {}", v["version"].as_str().unwrap_or(""), v["fingerprints"]);
        }
    }
    println!("sections:");
    for s in r["sections"].as_array().into_iter().flatten() {
        println!(
            "  {:<24} {:<5} {:>6} entries {:>10} raw {:>10} stored  sha256 {}",
            s["id"].as_str().unwrap_or(""), s["codec"].as_str().unwrap_or(""), s["entries"], s["raw_len"], s["stored_len"],
            &s["index_sha256"].as_str().unwrap_or("")[..16]
        );
    }
    let k = &r["contents"];
    if let Some(f) = k["functions"].as_array() {
        let names: Vec<&str> = f.iter().filter_map(|f| f["name"].as_str()).collect();
        println!("library functions ({}): {}", names.len(), names.join(" "));
    }
    if !k["builtins"].is_null() {
        println!("builtins: {}", k["builtins"]);
    }
    if !k["gc"].is_null() {
        println!("gc preset: {}", k["gc"]["selected"].as_str().unwrap_or(""));
    }
    if let Some(h) = k["hot_functions"].as_array() {
        let top: Vec<String> = h.iter().take(8).map(|e| format!("{}×{}", e["function"].as_str().unwrap_or(""), e["calls"])).collect();
        println!("hot: {}", top.join(" "));
    }
}
