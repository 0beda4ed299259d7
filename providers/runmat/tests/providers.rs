//! Each RunMat provider against the real RunMat 0.6.2 crates.

use std::collections::BTreeSet;
use std::path::Path;

use rmsnap_providers::builtins::{abi_fingerprint, current_records, BuiltinRecord};
use rmsnap_providers::gc::{GcPreset, SELECTED_KEY};
use rmsnap_providers::hints::{Hot, HOT_KEY};
use rmsnap_providers::hir::REJECTED_KEY;
use rmsnap_providers::link::{StoredFunction, UnitInfo};
use rmsnap_providers::*;
use snapshot_core::{build, BuildOptions, BuildReport, Registry, Snapshot};

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).unwrap().join().unwrap()
}

fn build_with(inputs: RunmatInputs) -> (Vec<u8>, BuildReport) {
    on_big_stack(move || build(&Registry::linked().unwrap(), BuildOptions::new(RUNTIME_VERSION).with_input(inputs)).unwrap())
}

fn bundled_snapshot() -> (Snapshot, BuildReport) {
    let (bytes, report) = build_with(RunmatInputs::default());
    (Snapshot::from_bytes(bytes, "bundled.rmsnap").unwrap(), report)
}

#[test]
fn the_five_sections_are_present_with_their_providers() {
    let (snap, report) = bundled_snapshot();
    let ids: Vec<(&str, &str)> = snap.sections().map(|s| (s.id.as_str(), s.provider.as_str())).collect();
    assert_eq!(
        ids,
        [(BUILTINS_SECTION, BUILTINS_SECTION), (BYTECODE_SECTION, BYTECODE_SECTION), (GC_SECTION, GC_SECTION), (HINTS_SECTION, HINTS_SECTION), (HIR_SECTION, HIR_SECTION)]
    );
    assert!(report.diagnostics.is_empty(), "bundled toolbox must compile cleanly: {:?}", report.diagnostics);
}

#[test]
fn builtins_section_holds_every_builtin_of_the_binary_and_its_abi_hash() {
    let (snap, _) = bundled_snapshot();
    let n = runmat_builtins::builtin_functions().len();
    assert_eq!(n, 1335, "RunMat 0.6.2 registers 1,335 builtins");
    let keys = snap.keys(BUILTINS_SECTION).unwrap();
    assert_eq!(keys.len(), n);
    let decoded: Vec<BuiltinRecord> = keys.iter().map(|k| (*snap.entry::<BuiltinRecord>(BUILTINS_SECTION, k).unwrap()).clone()).collect();
    let mut sorted = decoded.clone();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    assert_eq!(sorted, current_records());
    let sum = decoded.iter().find(|r| r.name == "sum").expect("sum is a builtin");
    assert!(!sum.param_types.is_empty() || !sum.return_type.is_empty());
    let stamp = snap.provider_stamp(BUILTINS_SECTION).unwrap();
    assert_eq!(stamp.fingerprints["abi"], abi_fingerprint(current_records()));
}

#[test]
fn hir_section_names_every_library_function_with_its_source_hash() {
    let (snap, _) = bundled_snapshot();
    let library = Library::bundled();
    assert!(library.files.len() >= 40, "bundled toolbox has {} files", library.files.len());
    let expected: BTreeSet<String> =
        library.files.iter().map(|f| Path::new(&f.path).file_stem().unwrap().to_string_lossy().into_owned()).collect();
    let names: BTreeSet<String> = snap.keys(HIR_SECTION).unwrap().into_iter().filter(|k| !k.starts_with('@')).map(String::from).collect();
    assert_eq!(names, expected);
    for f in &library.files {
        let name = Path::new(&f.path).file_stem().unwrap().to_string_lossy().into_owned();
        let origin = snap.entry::<FunctionOrigin>(HIR_SECTION, &name).unwrap();
        assert_eq!(origin.source_sha256, f.sha256(), "{name}");
        assert_eq!(origin.path, f.path);
    }
    assert!(snap.entry::<Vec<(String, String)>>(HIR_SECTION, REJECTED_KEY).unwrap().is_empty());
    // The lowered unit is a build-time artifact, not part of the file.
    assert!(!snap.contains(HIR_SECTION, "@unit").unwrap());
}

#[test]
fn bytecode_entries_are_runmat_functions_with_their_call_graph() {
    let (snap, _) = bundled_snapshot();
    let unit = snap.entry::<UnitInfo>(BYTECODE_SECTION, UNIT_KEY).unwrap();
    let mut max_id = 0;
    for key in snap.keys(BYTECODE_SECTION).unwrap().into_iter().filter(|k| !k.starts_with('@')) {
        let f = snap.entry::<StoredFunction>(BYTECODE_SECTION, key).unwrap();
        assert_eq!(f.name, key);
        assert_eq!(f.bytecode.display_name, key);
        assert!(!f.bytecode.instructions.is_empty(), "{key} has no instructions");
        max_id = max_id.max(f.id);
    }
    assert!(unit.next_id > max_id);
    // Multi-level call graph: rm_zscore -> rm_std -> rm_var -> rm_mean.
    let calls = |name: &str| snap.entry::<StoredFunction>(BYTECODE_SECTION, name).unwrap().calls.clone();
    assert!(calls("rm_zscore").contains(&"rm_std".to_string()), "{:?}", calls("rm_zscore"));
    assert_eq!(calls("rm_std"), ["rm_var"]);
    assert_eq!(calls("rm_var"), ["rm_mean"]);
    assert!(calls("rm_mean").is_empty());
}

#[test]
fn gc_presets_carry_measured_profiles_and_a_selection() {
    let (snap, _) = bundled_snapshot();
    assert_eq!(*snap.entry::<String>(GC_SECTION, SELECTED_KEY).unwrap(), gc::DEFAULT_PRESET);
    let names: Vec<&str> = snap.keys(GC_SECTION).unwrap().into_iter().filter(|k| !k.starts_with('@')).collect();
    assert_eq!(names, ["default", "high-throughput", "low-latency", "low-memory"]);
    for name in names {
        let preset = snap.entry::<GcPreset>(GC_SECTION, name).unwrap();
        let profile = preset.profile.as_ref().unwrap_or_else(|| panic!("{name} was not measured"));
        assert!(profile.objects_allocated > 0, "{name}: {profile:?}");
        assert_eq!(profile.bytes_per_object, profile.bytes_allocated / profile.objects_allocated, "{name}");
        assert!(profile.objects_before_minor_collection > 0, "{name}: {profile:?}");
    }
    // A 64 MiB young generation takes more values than a 512 KiB one.
    let big = snap.entry::<GcPreset>(GC_SECTION, "high-throughput").unwrap();
    let small = snap.entry::<GcPreset>(GC_SECTION, "low-memory").unwrap();
    assert!(big.profile.as_ref().unwrap().objects_before_minor_collection > small.profile.as_ref().unwrap().objects_before_minor_collection);
    let low_memory = snap.entry::<GcPreset>(GC_SECTION, "low-memory").unwrap();
    assert_eq!(low_memory.config.num_generations, runmat_gc::GcConfig::low_memory().num_generations);
}

#[test]
fn hints_rank_functions_by_calls_in_the_profiling_run() {
    let (snap, _) = bundled_snapshot();
    let hot = snap.entry::<Vec<Hot>>(HINTS_SECTION, HOT_KEY).unwrap();
    assert!(!hot.is_empty());
    assert!(hot.windows(2).all(|w| w[0].1 >= w[1].1), "not sorted by calls: {hot:?}");
    let names: BTreeSet<&str> = hot.iter().map(|(n, _)| n.as_str()).collect();
    // The demo calls rm_mean directly and through rm_std/rm_var.
    assert!(names.contains("rm_mean") && names.contains("rm_var"), "{hot:?}");
    assert!(hot.iter().all(|(n, c)| *c > 0 && snap.contains(BYTECODE_SECTION, n).unwrap()));
}

#[test]
fn builds_are_byte_identical() {
    let (a, _) = build_with(RunmatInputs::default());
    let (b, _) = build_with(RunmatInputs::default());
    assert!(a == b, "two builds of the same inputs differ");
}

#[test]
fn files_runmat_cannot_compile_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../integration-tests/bad-toolbox");
    // rm_deep.m aborts the process; it is covered with worker isolation in the CLI tests.
    for f in ["rm_noend.m", "rm_octave.m", "rm_fine.m"] {
        std::fs::copy(bad.join(f), dir.path().join(f)).unwrap();
    }
    let mut inputs = RunmatInputs::default();
    inputs.library.add_dir(dir.path()).unwrap();
    let (bytes, report) = build_with(inputs);
    let failed: BTreeSet<String> = report.diagnostics.iter().map(|d| Path::new(&d.path).file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(failed, BTreeSet::from(["rm_noend.m".to_string(), "rm_octave.m".to_string()]));
    for d in &report.diagnostics {
        assert!(d.line.is_some(), "no line for {d:?}");
        assert!(d.message.starts_with("parse: "), "{d:?}");
    }
    let snap = Snapshot::from_bytes(bytes, "bad.rmsnap").unwrap();
    assert!(snap.contains(HIR_SECTION, "rm_fine").unwrap());
    assert!(!snap.contains(BYTECODE_SECTION, "rm_noend").unwrap());
    assert_eq!(snap.entry::<Vec<(String, String)>>(HIR_SECTION, REJECTED_KEY).unwrap().len(), 2);
}
