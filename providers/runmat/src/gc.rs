//! `runmat.gc`: RunMat's GC presets, each with a profile measured by a short
//! calibration run on runmat-gc at build time, and the preset the runtime applies
//! at startup. The profile holds measured sizes (deterministic for a fixed
//! workload), not timings, so the snapshot stays reproducible.

use serde::{Deserialize, Serialize};
use serde_json::json;
use snapshot_core::schema::{Row, SectionSchema};
use snapshot_core::{
    register_provider, Access, BuildContext, Diagnostic, ProviderOutput, SectionError, SectionOutput, SectionSpec, Snapshot, SnapshotProvider,
};

use rmsnap_bridge::gc::GcConfig;

use crate::{inputs, GC_SECTION};

pub const DEFAULT_PRESET: &str = "default";
snapshot_core::section_schema! {
    /// `runmat.gc`'s entry types.
    pub schema SCHEMA, describe describe;
    record
    /// Name of the preset the runtime applies.
    pub SELECTED: String = "@selected";
    entries
    /// One entry per preset, by name.
    pub PRESETS: GcPreset;
}

/// The preset a snapshot selects (`None`: the snapshot has no GC section).
pub fn selected(snap: &Snapshot) -> Result<Option<(String, GcPreset)>, SectionError> {
    if snap.section(GC_SECTION).is_none() {
        return Ok(None);
    }
    let name = SELECTED.get(snap, GC_SECTION)?;
    let preset = PRESETS.get(snap, GC_SECTION, &name)?;
    Ok(Some(((*name).clone(), (*preset).clone())))
}

fn describe(snap: &Snapshot, section: &str) -> Result<Vec<Row>, SectionError> {
    let mut presets = serde_json::Map::new();
    for key in PRESETS.keys(snap, section)? {
        let p = PRESETS.get(snap, section, key)?;
        presets.insert(key.into(), json!({ "config": p.config, "profile": p.profile }));
    }
    let selected = SELECTED.get(snap, section)?;
    Ok(vec![Row { name: "gc".into(), value: json!({ "selected": *selected, "presets": presets }), text: format!("gc preset: {selected}") }])
}
/// Objects the calibration allocates under each preset.
const CALIBRATION_OBJECTS: usize = 2_000;

/// The presets, by name (see [`rmsnap_bridge::gc::presets`]).
pub fn presets() -> Vec<(&'static str, GcConfig)> {
    rmsnap_bridge::gc::presets(DEFAULT_PRESET)
}

pub use rmsnap_bridge::gc::for_this_machine;

/// What the calibration run measured under one preset. Collections are not
/// counted: RunMat skips a collection while another thread holds roots, so
/// their number depends on what else the process runs; allocation footprint
/// does not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GcProfile {
    pub objects_allocated: u64,
    pub bytes_allocated: u64,
    /// Measured bytes per allocated value.
    pub bytes_per_object: u64,
    /// Values the young generation takes before a minor collection is due
    /// (its size times the minor threshold, over the measured footprint).
    pub objects_before_minor_collection: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GcPreset {
    pub config: GcConfig,
    /// `None` when the calibration could not run under this preset.
    pub profile: Option<GcProfile>,
}

/// Allocates values in a private collector configured with `config` (not the
/// process-wide one, whose counters other threads move). The workload fits the
/// smallest preset's young generation, so no collection is needed.
fn calibrate(config: &GcConfig) -> Result<GcProfile, String> {
    let (objects, bytes) = rmsnap_bridge::gc::calibrate(config, CALIBRATION_OBJECTS)?;
    let per_object = bytes / objects.max(1);
    let young = (config.young_generation_size as f64 * config.minor_gc_threshold) as u64;
    Ok(GcProfile {
        objects_allocated: objects,
        bytes_allocated: bytes,
        bytes_per_object: per_object,
        objects_before_minor_collection: young / per_object.max(1),
    })
}

pub struct GcProvider;

impl SnapshotProvider for GcProvider {
    fn id(&self) -> &'static str {
        GC_SECTION
    }
    fn version(&self) -> &'static str {
        // 2: `max_gc_threads` stored as 0 (the running machine's count).
        "2"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: GC_SECTION, access: Access::Hot }]
    }
    fn schema(&self, section: &str) -> Option<SectionSchema> {
        (section == GC_SECTION).then_some(SCHEMA)
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let selected = inputs(ctx).gc_preset.clone();
        let all = presets();
        if !all.iter().any(|(n, _)| *n == selected) {
            let names: Vec<_> = all.iter().map(|(n, _)| *n).collect();
            return Err(format!("unknown GC preset `{selected}` (available: {})", names.join(", ")));
        }
        let mut section = SectionOutput::new(GC_SECTION);
        for (name, config) in all {
            let profile = match calibrate(&config) {
                Ok(p) => Some(p),
                Err(e) => {
                    ctx.report(Diagnostic { provider: GC_SECTION.into(), path: name.into(), line: None, message: format!("GC preset not measured: {e}") });
                    None
                }
            };
            PRESETS.put(&mut section, name, &GcPreset { config, profile })?;
        }
        SELECTED.put(&mut section, &selected)?;
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(GC_PROVIDER: GcProvider = GcProvider);
