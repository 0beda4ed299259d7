//! The GC preset a snapshot selects is what RunMat's collector runs with, in
//! `run` and in the REPL, and the file does not depend on the build machine.

use std::sync::Arc;

use integration_tests::on_big_stack;
use rmsnap_providers::gc;
use runmat_gc::{gc_get_config, GcConfig};
use runtime_hooks::session::Session;
use runtime_hooks::{build_snapshot, run_script, BuildRequest, RunRequest, SnapshotHandle, SnapshotPolicy, Sources};

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The fields the presets differ in, and the thread count RunMat would use here.
fn shape(c: &GcConfig) -> (usize, u64, u64, usize, usize) {
    (c.young_generation_size, c.minor_gc_threshold.to_bits(), c.major_gc_threshold.to_bits(), c.promotion_threshold, c.max_gc_threads)
}

#[test]
fn the_selected_preset_configures_the_collector_in_run_and_repl() {
    on_big_stack(|| {
        let dir = tempfile::tempdir().unwrap();
        let build = |preset: &str| {
            let path = dir.path().join(format!("{preset}.rmsnap"));
            build_snapshot(&BuildRequest { gc_preset: preset.into(), ..BuildRequest::default() }, &path).unwrap();
            path
        };
        let (low_memory, high_throughput) = (build("low-memory"), build("high-throughput"));

        // Stored without the build machine's thread count.
        let snap = snapshot_core::Snapshot::open(&low_memory).unwrap();
        let (name, stored) = gc::selected(&snap).unwrap().unwrap();
        assert_eq!(name, "low-memory");
        assert_eq!(stored.config.max_gc_threads, 0);

        let script = dir.path().join("main.m");
        std::fs::write(&script, "x = 1;\n").unwrap();
        let request = RunRequest {
            script_path: script.clone(),
            script_text: "x = 1;\n".into(),
            snapshot: Some(low_memory.clone()),
            policy: SnapshotPolicy::Require,
            ..Default::default()
        };
        let report = run_script(&request).unwrap();
        assert_eq!(report.output.error, None);
        let expected = GcConfig { max_gc_threads: threads(), ..GcConfig::low_memory() };
        assert_eq!(shape(&gc_get_config()), shape(&expected), "run: the collector is not configured as low-memory");

        // The REPL applies the preset of the version it uses.
        let handle = Arc::new(SnapshotHandle::open(&high_throughput, Sources::new(&[])).unwrap());
        let mut session = Session::new(Some(handle), Sources::new(&[]));
        let out = session.eval("y = 2;");
        assert_eq!(out.output.error, None, "{:?}", out.output);
        let expected = GcConfig { max_gc_threads: threads(), ..GcConfig::high_throughput() };
        assert_eq!(shape(&gc_get_config()), shape(&expected), "repl: the collector is not configured as high-throughput");
    });
}
