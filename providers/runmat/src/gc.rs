//! `runmat.gc`: RunMat's GC presets, each with a profile measured by a short
//! calibration run on runmat-gc at build time, and the preset the runtime applies
//! at startup. The profile holds counts (deterministic for a fixed workload), not
//! timings, so the snapshot stays reproducible.

use serde::{Deserialize, Serialize};
use snapshot_core::{register_provider, Access, BuildContext, ProviderOutput, SectionOutput, SectionSpec, SnapshotProvider};

use runmat_gc::GcConfig;

use crate::{inputs, GC_SECTION};

pub const DEFAULT_PRESET: &str = "default";
pub const SELECTED_KEY: &str = "@selected";
/// Objects the calibration allocates under each preset.
const CALIBRATION_OBJECTS: usize = 5_000;

pub fn presets() -> Vec<(&'static str, GcConfig)> {
    vec![
        (DEFAULT_PRESET, GcConfig::default()),
        ("high-throughput", GcConfig::high_throughput()),
        ("low-latency", GcConfig::low_latency()),
        ("low-memory", GcConfig::low_memory()),
    ]
}

/// What the calibration run observed under one preset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GcProfile {
    pub objects_allocated: u64,
    pub bytes_allocated: u64,
    pub minor_collections: u64,
    pub major_collections: u64,
    pub objects_collected: u64,
    pub objects_promoted: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GcPreset {
    pub config: GcConfig,
    /// `None` when the calibration could not run under this preset.
    pub profile: Option<GcProfile>,
}

/// RunMat's collector and its counters are process-global: one calibration at a time.
static CALIBRATING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Allocates unrooted values under `config` and reports the counter deltas.
fn calibrate(config: &GcConfig) -> Option<GcProfile> {
    use std::sync::atomic::Ordering::Relaxed;
    runmat_gc::gc_collect_major().ok()?;
    runmat_gc::gc_configure(config.clone()).ok()?;
    let before = runmat_gc::gc_stats();
    for i in 0..CALIBRATION_OBJECTS {
        let v = runmat_value::Value::Num(i as f64);
        runmat_gc::gc_allocate(v).ok()?;
    }
    runmat_gc::gc_collect_major().ok()?;
    let after = runmat_gc::gc_stats();
    let d = |a: u64, b: u64| a.saturating_sub(b);
    Some(GcProfile {
        objects_allocated: d(after.total_allocations.load(Relaxed) as u64, before.total_allocations.load(Relaxed) as u64),
        bytes_allocated: d(after.total_allocated_bytes.load(Relaxed), before.total_allocated_bytes.load(Relaxed)),
        minor_collections: d(after.minor_collections.load(Relaxed) as u64, before.minor_collections.load(Relaxed) as u64),
        major_collections: d(after.major_collections.load(Relaxed) as u64, before.major_collections.load(Relaxed) as u64),
        objects_collected: d(
            (after.minor_objects_collected.load(Relaxed) + after.major_objects_collected.load(Relaxed)) as u64,
            (before.minor_objects_collected.load(Relaxed) + before.major_objects_collected.load(Relaxed)) as u64,
        ),
        objects_promoted: d(after.objects_promoted.load(Relaxed) as u64, before.objects_promoted.load(Relaxed) as u64),
    })
}

pub struct GcProvider;

impl SnapshotProvider for GcProvider {
    fn id(&self) -> &'static str {
        GC_SECTION
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: GC_SECTION, access: Access::Hot }]
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let selected = inputs(ctx).gc_preset.clone();
        let all = presets();
        if !all.iter().any(|(n, _)| *n == selected) {
            let names: Vec<_> = all.iter().map(|(n, _)| *n).collect();
            return Err(format!("unknown GC preset `{selected}` (available: {})", names.join(", ")));
        }
        let _one_at_a_time = CALIBRATING.lock().unwrap_or_else(|e| e.into_inner());
        let original = runmat_gc::gc_get_config();
        let mut section = SectionOutput::new(GC_SECTION);
        for (name, config) in all {
            let profile = calibrate(&config);
            section.insert(name, &GcPreset { config, profile })?;
        }
        let _ = runmat_gc::gc_collect_major();
        let _ = runmat_gc::gc_configure(original);
        section.insert(SELECTED_KEY, &selected)?;
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(GC_PROVIDER: GcProvider = GcProvider);
