//! Every toolbox script gives the same output from the snapshot as from source,
//! and its own numeric checks pass on RunMat.

use integration_tests::{on_big_stack, toolbox_scripts};
use runtime_hooks::{build_snapshot, run_script, BuildRequest, Mode, RunRequest, SnapshotPolicy};

#[test]
fn snapshot_and_source_give_identical_output_for_every_script() {
    on_big_stack(|| {
        let dir = tempfile::tempdir().unwrap();
        let snap = dir.path().join("lib.rmsnap");
        build_snapshot(&BuildRequest::default(), &snap).unwrap();
        let scripts = toolbox_scripts();
        assert!(scripts.len() >= 20, "expected at least 20 scripts, found {}", scripts.len());
        let mut checks = 0;
        for script in scripts {
            let text = std::fs::read_to_string(&script).unwrap();
            let request = |no_snapshot| RunRequest {
                script_path: script.clone(),
                script_text: text.clone(),
                snapshot: Some(snap.clone()),
                no_snapshot,
                policy: SnapshotPolicy::Require,
                toolbox_dirs: Vec::new(),
            };
            let cold = run_script(&request(true)).unwrap();
            let warm = run_script(&request(false)).unwrap();
            let name = script.file_name().unwrap().to_string_lossy();
            assert!(matches!(warm.mode, Mode::Snapshot { .. }), "{name}: snapshot not used");
            assert!(matches!(cold.mode, Mode::Cold { .. }));
            assert_eq!(warm.output, cold.output, "{name}: outputs differ between snapshot and source");
            assert_eq!(cold.output.error, None, "{name} raised an error on RunMat");
            let out = &cold.output.stdout;
            assert!(!out.contains("FAIL"), "{name} has failing checks:\n{out}");
            let ok = out.lines().filter(|l| l.starts_with("ok ")).count();
            assert!(ok > 0, "{name} printed no checks:\n{out}");
            checks += ok;
        }
        assert!(checks >= 200, "only {checks} numeric checks ran");
    });
}
