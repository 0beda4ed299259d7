//! Helpers shared by the end-to-end tests, and [`synth`], the generator of
//! synthetic toolboxes the benchmarks and tests use.

pub mod synth;

use std::path::{Path, PathBuf};

use runtime_hooks::{run_script, Mode, RunRequest, SnapshotPolicy};

/// The self-checking MATLAB scripts that exercise the bundled toolbox.
pub fn toolbox_scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(&dir).expect("integration-tests/scripts").map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "m")).collect();
    v.sort();
    v
}

pub fn bad_toolbox() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("bad-toolbox")
}

/// RunMat's parser and VM recurse deeply; test threads get 2 MiB by default.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).unwrap().join().unwrap()
}

/// Runs each self-checking script from `snapshot` (required) and from source:
/// outputs must be identical, error-free and free of FAIL lines. Returns the
/// number of `ok` checks printed.
pub fn run_scripts_both_ways(scripts: &[PathBuf], snapshot: &Path) -> usize {
    let mut checks = 0;
    for script in scripts {
        let text = std::fs::read_to_string(script).unwrap();
        let request = |no_snapshot| RunRequest {
            script_path: script.clone(),
            script_text: text.clone(),
            snapshot: Some(snapshot.to_path_buf()),
            no_snapshot,
            policy: SnapshotPolicy::Require,
            toolbox_dirs: Vec::new(),
            trust: Default::default(),
            ..Default::default()
        };
        let name = script.file_name().unwrap().to_string_lossy().into_owned();
        let warm = run_script(&request(false)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let cold = run_script(&request(true)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(matches!(warm.mode, Mode::Snapshot { .. }), "{name}: snapshot not used");
        assert!(matches!(cold.mode, Mode::Cold { .. }));
        assert_eq!(warm.output, cold.output, "{name}: outputs differ between snapshot and source");
        assert_eq!(cold.output.error, None, "{name} raised an error on RunMat");
        let out = &cold.output.stdout();
        assert!(!out.contains("FAIL"), "{name} has failing checks:\n{out}");
        let ok = out.lines().filter(|l| l.starts_with("ok ")).count();
        assert!(ok > 0, "{name} printed no checks:\n{out}");
        checks += ok;
    }
    checks
}
