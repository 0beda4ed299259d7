//! `runmat.bytecode`: every library function compiled by RunMat's own compiler,
//! one entry per function so the runtime decodes only what a script reaches.
//! The bridge compiles and encodes the library file by file
//! (`rmsnap_bridge::compile::library`); this provider files the entries under
//! their keys.

use std::sync::Arc;

use rmsnap_bridge::{EntryFacts, StoredFunction, UnitInfo};
use serde_json::json;
use snapshot_core::schema::{Row, SectionSchema};
use snapshot_core::{
    register_provider, Access, ArtifactDecl, BuildContext, ProviderOutput, SectionError, SectionOutput, SectionSpec, Snapshot, SnapshotProvider,
};

use crate::library::COMPILED;
use crate::BYTECODE_SECTION;

snapshot_core::section_schema! {
    /// `runmat.bytecode`'s entry types.
    pub schema SCHEMA, describe describe;
    record
    /// Facts about the whole library unit (the first free id above the library's).
    pub UNIT: UnitInfo = "@unit";
    record
    /// Key, id and declared outputs of every entry, sorted by key: what an
    /// incremental build checks bindings against without decoding functions.
    pub FACTS: Vec<EntryFacts> = "@facts";
    record
    /// Bare names that call a dependency's function: `q` → key `alias.q`.
    pub ALIASES: std::collections::BTreeMap<String, String> = "@aliases";
    entries
    /// One entry per function, closure and nested function (`owner>name`).
    pub FUNCTIONS: StoredFunction;
}

/// The key `name` calls: itself, or the dependency function it is an alias of.
pub fn canonical(snap: &Snapshot, name: &str) -> Result<String, SectionError> {
    if snap.contains(BYTECODE_SECTION, name)? {
        return Ok(name.to_string());
    }
    Ok(alias_of(snap, name)?.unwrap_or_else(|| name.to_string()))
}
fn alias_of(snap: &Snapshot, name: &str) -> Result<Option<String>, SectionError> {
    // Local functions and closures (`owner>name`) are never aliased. The record
    // is decoded once and cached by the snapshot.
    if rmsnap_model::key::is_local(name) {
        return Ok(None);
    }
    Ok(ALIASES.get(snap, BYTECODE_SECTION)?.get(name).cloned())
}
pub fn contains(snap: &Snapshot, name: &str) -> Result<bool, SectionError> {
    Ok(snap.contains(BYTECODE_SECTION, name)? || alias_of(snap, name)?.is_some())
}
pub fn function(snap: &Snapshot, name: &str) -> Result<Arc<StoredFunction>, SectionError> {
    FUNCTIONS.get(snap, BYTECODE_SECTION, &canonical(snap, name)?)
}
/// The function stored under `key` (no alias resolution: a key from `calls` or `keys`).
pub fn function_at(snap: &Snapshot, key: &str) -> Result<Arc<StoredFunction>, SectionError> {
    FUNCTIONS.get(snap, BYTECODE_SECTION, key)
}
pub fn unit(snap: &Snapshot) -> Result<Arc<UnitInfo>, SectionError> {
    UNIT.get(snap, BYTECODE_SECTION)
}

fn describe(snap: &Snapshot, section: &str) -> Result<Vec<Row>, SectionError> {
    let n = FUNCTIONS.keys(snap, section)?.len();
    Ok(vec![Row { name: "bytecode_functions".into(), value: json!(n), text: format!("compiled functions: {n}") }])
}

pub struct BytecodeProvider;

impl SnapshotProvider for BytecodeProvider {
    fn id(&self) -> &'static str {
        BYTECODE_SECTION
    }
    fn version(&self) -> &'static str {
        // Follows RunMat's bytecode schema: a new schema means old entries are
        // unusable. 2: entries were CBOR. 3: bincode with sorted maps; one RunMat
        // unit per file, global ids by name order, closures keyed `owner>name`.
        // 4: local functions are file-scoped, keyed `owner>name` like closures.
        // 4.1: adds the `@facts` record (ids and arities for incremental
        // builds); entries unchanged, so toolboxes requiring `<5` still link.
        // 4.2: adds `@aliases` (bare names of dependency functions `alias.q`).
        // 4.3: ids by key (`compile::blocks`), not by position in name order;
        // `@unit`'s `next_id` is fixed. Entries decode as before.
        "4.3+vm-schema-3"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: BYTECODE_SECTION, access: Access::Hot }]
    }
    fn consumes(&self) -> &'static [ArtifactDecl] {
        const IN: &[ArtifactDecl] = &[COMPILED.decl()];
        IN
    }
    fn schema(&self, section: &str) -> Option<SectionSchema> {
        (section == BYTECODE_SECTION).then_some(SCHEMA)
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        // Taken, not borrowed: the encoded library is the build's largest value.
        let compiled = ctx.take(&COMPILED)?;
        let mut section = SectionOutput::new(BYTECODE_SECTION);
        let mut functions = 0;
        let mut facts = Vec::new();
        for file in compiled.files {
            for (key, bytes) in file.entries {
                section.insert_raw(key, bytes)?;
                functions += 1;
            }
            for (key, stored) in file.stored {
                section.insert_stored(key, stored)?;
                functions += 1;
            }
            facts.extend(file.facts);
        }
        facts.sort_by(|a, b| a.key.cmp(&b.key));
        UNIT.put(&mut section, &UnitInfo { next_id: rmsnap_bridge::compile::blocks::NEXT_ID, functions })?;
        FACTS.put(&mut section, &facts)?;
        ALIASES.put(&mut section, &compiled.aliases)?;
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(BYTECODE_PROVIDER: BytecodeProvider = BytecodeProvider);
