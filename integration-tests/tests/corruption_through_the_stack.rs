//! The core's corruption tests through the whole stack, on a real RunMat
//! snapshot small enough to be exhaustive: the RunMat code sections of the three
//! bundled functions a script needs. Every bit of the eagerly checked parts
//! (preamble, header, table, footer) and of every section index, one bit of
//! every payload byte, every padding byte, and truncations go through `verify`
//! (must fail); a spread sample of the same cases goes through `run` with policy
//! `auto` (same output as from source) and `require` (a clean refusal, or — when
//! the damage is in an entry the script never reaches — the same output).
//! Never a panic, never a wrong result.

use std::ops::Range;

use integration_tests::on_big_stack;
use rmsnap_providers::{Library, RunmatInputs, BYTECODE_SECTION, LIBRARY_SECTION, RUNTIME_VERSION};
use runtime_hooks::loaded::LIBRARIES_META;
use runtime_hooks::run::RunError;
use runtime_hooks::verify::verify_snapshot;
use runtime_hooks::{run_script, Mode, RunRequest, SnapshotPolicy};
use snapshot_core::{build, layout, BuildOptions, Registry, Snapshot, PROVIDERS};

/// The script's whole library closure: rm_std → rm_var → rm_mean.
const NEEDED: [&str; 3] = ["bundled/rm_mean.m", "bundled/rm_std.m", "bundled/rm_var.m"];

/// A snapshot of just the library and bytecode sections of the functions the script needs.
fn small_real_snapshot() -> Vec<u8> {
    let regs = PROVIDERS.iter().filter(|r| [LIBRARY_SECTION, BYTECODE_SECTION].contains(&r.provider.id())).collect();
    let registry = Registry::from_registrations(regs).unwrap();
    let mut library = Library::bundled();
    library.files.retain(|f| NEEDED.contains(&f.path.as_str()));
    let mut options = BuildOptions::new(RUNTIME_VERSION).with_input(RunmatInputs { library, ..RunmatInputs::default() });
    options.meta.insert(LIBRARIES_META.into(), "bundled".into());
    build(&registry, options).unwrap().0
}

const SCRIPT: &str = "fprintf('%.6f %.6f\\n', rm_mean([1, 2, 3, 10]), rm_std([2, 4, 4, 4, 5, 5, 7, 9], 1));\n";

/// One corruption: flip `bit` of `byte`, or cut the file to `byte` bytes.
#[derive(Debug, Clone, Copy)]
enum Case {
    Flip { byte: usize, bit: u8 },
    Truncate(usize),
}

impl Case {
    fn apply(self, good: &[u8]) -> Vec<u8> {
        match self {
            Case::Flip { byte, bit } => {
                let mut v = good.to_vec();
                v[byte] ^= 1 << bit;
                v
            }
            Case::Truncate(n) => good[..n].to_vec(),
        }
    }
}

fn cases(good: &[u8]) -> Vec<Case> {
    let snap = Snapshot::from_bytes(good.to_vec(), "good").unwrap();
    let preamble = layout::decode_preamble(good).unwrap();
    let data_start = layout::PREAMBLE_LEN + (preamble.header_len + preamble.table_len) as usize;
    let every_bit = |r: Range<usize>| r.flat_map(|byte| (0..8).map(move |bit| Case::Flip { byte, bit }));
    let mut out: Vec<Case> = every_bit(0..data_start).chain(every_bit(good.len() - layout::FOOTER_LEN..good.len())).collect();
    let mut cursor = data_start;
    for s in snap.sections() {
        let (start, index_end) = (s.offset as usize, (s.offset + s.index_len) as usize);
        out.extend((cursor..start).map(|byte| Case::Flip { byte, bit: (byte % 8) as u8 })); // padding
        out.extend(every_bit(start..index_end));
        let records = layout::decode_index(s, &good[start..index_end]).unwrap();
        for r in &records {
            let p = start + r.data_offset as usize;
            out.extend((p..p + r.stored_len as usize).map(|byte| Case::Flip { byte, bit: (byte % 8) as u8 }));
        }
        cursor = (s.offset + s.stored_len) as usize;
    }
    out.extend((0..data_start + 64).chain((data_start + 64..good.len()).step_by(97)).map(Case::Truncate));
    out
}

#[test]
fn every_corruption_is_refused_by_verify_and_never_changes_a_result() {
    on_big_stack(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.rmsnap");
        let good = small_real_snapshot();
        std::fs::write(&path, &good).unwrap();
        let request = |policy, no_snapshot| RunRequest {
            script_path: dir.path().join("s.m"),
            script_text: SCRIPT.into(),
            snapshot: Some(path.clone()),
            no_snapshot,
            policy,
            toolbox_dirs: Vec::new(),
            trust: Default::default(),
            ..Default::default()
        };
        let expected = run_script(&request(SnapshotPolicy::Auto, true)).unwrap().output;
        assert_eq!(expected.error, None);
        let pristine = run_script(&request(SnapshotPolicy::Require, false)).unwrap();
        assert!(matches!(pristine.mode, Mode::Snapshot { functions_linked: 3, .. }), "the small snapshot must serve the script");
        assert_eq!(pristine.output, expected);

        let all = cases(&good);
        assert!(all.len() > 10_000, "only {} cases", all.len());
        let mut undetected = Vec::new();
        for case in &all {
            let detected = match Snapshot::from_bytes(case.apply(&good), "bad") {
                Err(_) => true,
                Ok(s) => verify_snapshot(&s).is_err(),
            };
            if !detected {
                undetected.push(*case);
            }
        }
        assert!(undetected.is_empty(), "{} of {} corruptions passed verify, e.g. {:?}", undetected.len(), all.len(), &undetected[..undetected.len().min(5)]);

        // Through `run`: a spread sample of the same cases, both policies.
        let (mut refused, mut served) = (0, 0);
        for case in all.iter().step_by(all.len() / 150) {
            std::fs::write(&path, case.apply(&good)).unwrap();
            let auto = run_script(&request(SnapshotPolicy::Auto, false)).unwrap_or_else(|e| panic!("{case:?}: auto failed: {e}"));
            assert_eq!(auto.output, expected, "{case:?}: auto gave another result");
            match run_script(&request(SnapshotPolicy::Require, false)) {
                Ok(r) => {
                    // Damage outside everything this script reads: the snapshot served it, correctly.
                    assert!(matches!(r.mode, Mode::Snapshot { .. }), "{case:?}");
                    assert_eq!(r.output, expected, "{case:?}: require gave another result");
                    served += 1;
                }
                Err(RunError::SnapshotRequired(_)) => {
                    assert!(matches!(auto.mode, Mode::Cold { fallback: Some(_), .. }), "{case:?}: auto used a snapshot require refused");
                    refused += 1;
                }
                Err(e) => panic!("{case:?}: require failed with something else than a refusal: {e}"),
            }
        }
        assert!(refused > 75, "only {refused} sampled corruptions were refused at run ({served} served)");
        eprintln!("{} corruptions through verify; run sample: {refused} refused, {served} served from undamaged parts", all.len());
    });
}
