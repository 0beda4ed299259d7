//! RunMat's garbage collector, as the GC provider and a run need it: the
//! presets, a calibration run in a private collector, and configuring the
//! process-wide one.

pub use runmat_gc::GcConfig;

/// RunMat's presets, by name, as stored: RunMat sizes `max_gc_threads` to
/// the machine it runs on, so the file holds 0 ("the running machine's") and
/// [`for_this_machine`] fills it in where a preset is used. The snapshot is
/// then the same on any machine.
pub fn presets(default_name: &'static str) -> Vec<(&'static str, GcConfig)> {
    let portable = |c: GcConfig| GcConfig { max_gc_threads: 0, ..c };
    vec![
        (default_name, portable(GcConfig::default())),
        ("high-throughput", portable(GcConfig::high_throughput())),
        ("low-latency", portable(GcConfig::low_latency())),
        ("low-memory", portable(GcConfig::low_memory())),
    ]
}

/// A stored preset as RunMat would configure it on this machine.
pub fn for_this_machine(config: &GcConfig) -> GcConfig {
    let threads = if config.max_gc_threads == 0 { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { config.max_gc_threads };
    GcConfig { max_gc_threads: threads, ..config.clone() }
}

/// Configures RunMat's process-wide collector with a stored preset.
pub fn configure(config: &GcConfig) -> Result<(), String> {
    runmat_gc::gc_configure(for_this_machine(config)).map_err(|e| e.to_string())
}

/// The collector's process-wide configuration now.
pub fn current() -> GcConfig {
    runmat_gc::gc_get_config()
}

/// What allocating `objects` numbers in a private collector configured with
/// `config` (not the process-wide one, whose counters other threads move)
/// took: (allocations, bytes).
pub fn calibrate(config: &GcConfig, objects: usize) -> Result<(u64, u64), String> {
    use std::sync::atomic::Ordering::Relaxed;
    let gc = runmat_gc::GarbageCollector::with_config(for_this_machine(config)).map_err(|e| format!("creating a collector: {e}"))?;
    for i in 0..objects {
        gc.allocate(runmat_value::Value::Num(i as f64)).map_err(|e| format!("allocation {i}: {e}"))?;
    }
    let st = gc.stats();
    Ok((st.total_allocations.load(Relaxed) as u64, st.total_allocated_bytes.load(Relaxed)))
}
