//! The example toolbox crate's own numeric checks, on RunMat, from the snapshot
//! and from source: same output, every check passing.

use std::path::Path;

use integration_tests::{on_big_stack, run_scripts_both_ways};
use runtime_hooks::{build_snapshot, BuildRequest};

// Linking the crate is what registers the toolbox.
use rmsnap_toolbox_signal as _;

#[test]
fn signal_scripts_pass_from_snapshot_and_source() {
    on_big_stack(|| {
        let dir = tempfile::tempdir().unwrap();
        let snap = dir.path().join("lib.rmsnap");
        build_snapshot(&BuildRequest::default(), &snap).unwrap();
        let scripts_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../providers/toolbox-signal/tests/scripts");
        let mut scripts: Vec<_> =
            std::fs::read_dir(&scripts_dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "m")).collect();
        scripts.sort();
        assert!(scripts.len() >= 5, "{scripts:?}");
        let checks = run_scripts_both_ways(&scripts, &snap);
        assert!(checks >= 100, "only {checks} checks ran");
    });
}
