//! Each RunMat provider against the real RunMat 0.6.2 crates.

use std::collections::BTreeSet;
use std::path::Path;

use rmsnap_bridge::{FunctionOrigin, StoredFunction, UnitInfo};
use rmsnap_providers::builtins::{abi_fingerprint, current_records, BuiltinRecord};
use rmsnap_providers::gc::GcPreset;
use rmsnap_providers::*;
use snapshot_core::schema::{describe_sections, verify_entries};
use snapshot_core::{build, BuildOptions, BuildReport, Registry, Snapshot};

const REJECTED_KEY: &str = "@rejected";
const UNIT_KEY: &str = "@unit";
const SELECTED_KEY: &str = "@selected";

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
fn the_four_sections_are_present_with_their_providers() {
    let (snap, report) = bundled_snapshot();
    let ids: Vec<(&str, &str)> = snap.sections().map(|s| (s.id.as_str(), s.provider.as_str())).collect();
    assert_eq!(ids, [(BUILTINS_SECTION, BUILTINS_SECTION), (BYTECODE_SECTION, BYTECODE_SECTION), (GC_SECTION, GC_SECTION), (LIBRARY_SECTION, LIBRARY_SECTION)]);
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
fn library_section_names_every_library_function_with_its_source_hash() {
    let (snap, _) = bundled_snapshot();
    let library = Library::bundled();
    assert!(library.files.len() >= 40, "bundled toolbox has {} files", library.files.len());
    let expected: BTreeSet<String> = library.files.iter().map(|f| Path::new(&f.path).file_stem().unwrap().to_string_lossy().into_owned()).collect();
    let names: BTreeSet<String> = snap.keys(LIBRARY_SECTION).unwrap().into_iter().filter(|k| !k.starts_with('@')).map(String::from).collect();
    assert_eq!(names, expected);
    for f in &library.files {
        let name = Path::new(&f.path).file_stem().unwrap().to_string_lossy().into_owned();
        let origin = snap.entry::<FunctionOrigin>(LIBRARY_SECTION, &name).unwrap();
        assert_eq!(origin.source_sha256, f.sha256(), "{name}");
        assert_eq!(origin.path, f.path);
    }
    assert!(snap.entry::<Vec<(String, String, String)>>(LIBRARY_SECTION, REJECTED_KEY).unwrap().is_empty());
    // No folder or directory library: nothing whose files decide binding at run time.
    assert!(snap.entry::<Vec<String>>(LIBRARY_SECTION, "@listing").unwrap().is_empty());
    // No class is compiled with a script the bundled library serves.
    assert!(snap.entry::<Vec<rmsnap_bridge::library::ClassFile>>(LIBRARY_SECTION, "@classes").unwrap().is_empty());
    // The compiled library is a build-time artifact, not part of this section.
    assert_eq!(snap.keys(LIBRARY_SECTION).unwrap().len(), expected.len() + 4);
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
fn every_section_is_declared_by_its_provider_and_every_entry_decodes_as_declared() {
    let (snap, _) = bundled_snapshot();
    let registry = Registry::linked().unwrap();
    let check = verify_entries(&snap, &registry).unwrap();
    let entries: usize = snap.sections().map(|s| s.entry_count as usize).sum();
    assert_eq!(check.decoded as usize, entries, "every entry decoded through a schema");
    assert!(check.unknown_sections.is_empty(), "{:?}", check.unknown_sections);
    // And inspect has something to say about each.
    let described = describe_sections(&snap, &registry).unwrap();
    assert_eq!(described.len(), 4);
    assert!(described.iter().all(|(_, rows)| !rows.is_empty()), "{:?}", described.iter().map(|(id, r)| (id, r.len())).collect::<Vec<_>>());
}

#[test]
fn an_entry_of_the_wrong_type_fails_verification() {
    use snapshot_core::{encode_snapshot, Codec, Header, PlannedSection, SectionErrorKind, SectionOutput};
    let (snap, _) = bundled_snapshot();
    // A gc section whose `@selected` record holds numbers, not a name (with
    // variable-width integers small ones would read as a short string).
    let mut gc = SectionOutput::new(GC_SECTION);
    gc.insert("@selected", &vec![u64::MAX, 2]).unwrap();
    let header = Header { compat: snap.compat().clone(), meta: Default::default() };
    let (bytes, _) = encode_snapshot(&header, &[PlannedSection { section: &gc, provider: GC_SECTION, codec: Codec::None }], 3).unwrap();
    let bad = Snapshot::from_bytes(bytes, "bad-gc.rmsnap").unwrap();
    let registry = Registry::linked().unwrap();
    let err = verify_entries(&bad, &registry).unwrap_err();
    assert_eq!(err.section, GC_SECTION);
    assert!(matches!(err.kind, SectionErrorKind::Decode(_)), "{err}");
    // A key no declaration covers.
    let mut gc = SectionOutput::new(GC_SECTION);
    gc.insert("@surprise", &"x".to_string()).unwrap();
    let (bytes, _) = encode_snapshot(&header, &[PlannedSection { section: &gc, provider: GC_SECTION, codec: Codec::None }], 3).unwrap();
    let bad = Snapshot::from_bytes(bytes, "undeclared.rmsnap").unwrap();
    let err = verify_entries(&bad, &registry).unwrap_err();
    assert_eq!((err.entry.as_deref(), &err.kind), (Some("@surprise"), &SectionErrorKind::Undeclared));
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
    assert!(snap.contains(LIBRARY_SECTION, "rm_fine").unwrap());
    assert!(!snap.contains(BYTECODE_SECTION, "rm_noend").unwrap());
    assert_eq!(snap.entry::<Vec<(String, String, String)>>(LIBRARY_SECTION, REJECTED_KEY).unwrap().len(), 2);
}
