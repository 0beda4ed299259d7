//! Every toolbox script gives the same output from the snapshot as from source,
//! and its own numeric checks pass on RunMat.

use integration_tests::{on_big_stack, run_scripts_both_ways, toolbox_scripts};
use runtime_hooks::{build_snapshot, BuildRequest};

#[test]
fn snapshot_and_source_give_identical_output_for_every_script() {
    on_big_stack(|| {
        let dir = tempfile::tempdir().unwrap();
        let snap = dir.path().join("lib.rmsnap");
        build_snapshot(&BuildRequest::default(), &snap).unwrap();
        let scripts = toolbox_scripts();
        assert!(scripts.len() >= 20, "expected at least 20 scripts, found {}", scripts.len());
        let checks = run_scripts_both_ways(&scripts, &snap);
        assert!(checks >= 200, "only {checks} numeric checks ran");
    });
}
