//! `rmsnap-bench` end to end: each benchmark mode runs on a small workload
//! and reports every figure `docs/benchmarks.md` is made from. No timing is
//! asserted beyond being measured. The binary is rmsnap too, so the CLI
//! tests' helpers run it.

#[path = "../../cli/tests/common/mod.rs"]
mod common;

use common::registry::*;
use common::*;

/// `rmsnap-bench --json` on a small synthetic toolbox: both paths run and agree
/// (the command fails if their outputs differ), and every figure the README
/// table is made from is there. No timing is asserted beyond being measured.
#[test]
fn bench_reports_ratio_startup_and_memory_per_size() {
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path().join("work");
    let out = ok(&rmsnap(tmp.path(), &["--functions", "40", "--rounds", "1", "--json", "--workdir", s(&work)]));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let size = &report["sizes"][0];
    assert_eq!(size["functions"], 40);
    // Three clusters of 16 requested; 40 functions hold clusters 0, 1 and 2 (the last partial: 8).
    assert_eq!(size["functions_linked"], 16 + 16 + 8, "{size}");
    for field in
        ["ratio", "cold_ms", "snapshot_ms", "cold_run_ms", "snapshot_run_ms", "snapshot_startup_ms", "process_startup_ms", "build_ms", "open_ms", "validate_ms"]
    {
        assert!(size[field].as_f64().is_some_and(|v| v > 0.0), "{field} missing or not positive: {size}");
    }
    // A run reads what it reaches (and the eager head), never more than the file.
    let read = size["snapshot_bytes_read"].as_u64().expect("snapshot_bytes_read");
    assert!(0 < read && read <= size["snapshot_bytes"].as_u64().unwrap(), "{size}");
    assert_eq!(std::fs::read_dir(work.join("n40/synth")).unwrap().count(), 40);
}

/// `rmsnap-bench --remote`: a project of ten source roots pushed, pulled by
/// fresh machines (served from the snapshot, same output as from source), then
/// one file edited: the update ships one layer, not the snapshot.
#[test]
fn the_remote_bench_ships_one_layer_for_a_one_file_update() {
    let reg = Registry::start(false);
    let tmp = tempfile::tempdir().unwrap();
    let repo = reg.repo("team/lib");
    let work = tmp.path().join("bench");
    let out = cmd(&tmp.path().join("cache"), &["--remote", &repo, "--plain-http", "--functions", "40", "--rounds", "1", "--json", "--workdir", s(&work)])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_str(&ok(&out)).unwrap();
    let size = &report["sizes"][0];
    let (full, update) = (size["full_push_bytes"].as_u64().unwrap(), size["update_push_bytes"].as_u64().unwrap());
    // The base (builtins, the bundled library) is most of the bytes and stays.
    assert!(update > 0 && update * 10 < full, "update {update} of a full {full}: {report}");
    // A file added ships its folder's layer and the records: more than the edit, far less than the whole.
    let added = size["added_push_bytes"].as_u64().unwrap();
    assert!(added > update && added * 5 < full, "added {added}, update {update}, full {full}: {report}");
    // A machine with an empty cache downloads every blob the first push sent.
    assert_eq!(size["pull_bytes"].as_u64(), Some(full), "{report}");
}

#[test]
#[ignore = "needs the real runmat: RUNMAT_BIN=$(bash scripts/install-runmat.sh)"]
fn bench_against_runmat_reports_every_layout_with_identical_output() {
    let runmat = std::env::var_os("RUNMAT_BIN").filter(|v| !v.is_empty()).expect("RUNMAT_BIN names the runmat 0.6.2 binary");
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path().join("bench");
    let out = rmsnap(&tmp.path().join("cache"), &["--runmat", runmat.to_str().unwrap(), "--functions", "20", "--rounds", "1", "--json", "--workdir", s(&work)]);
    let report: serde_json::Value = serde_json::from_str(&ok(&out)).unwrap();
    let layouts = report["layouts"].as_array().unwrap();
    let names: Vec<&str> = layouts.iter().map(|l| l["layout"].as_str().unwrap()).collect();
    assert_eq!(names, ["script-folder", "project", "search-path"]);
    for l in layouts {
        // Either runmat ran (and printed what rmsnap printed: the bench fails
        // otherwise) and there is a ratio, or it failed and says why.
        assert_eq!(l["ratio"].is_number(), l["runmat_error"].is_null(), "{l}");
        assert!(l["rmsnap_ms"].as_f64().unwrap() > 0.0 && l["rmsnap_run_ms"].is_number(), "{l}");
        assert_eq!(l["edited_functions_from_source"], 1, "{l}");
        assert!(l["output"].as_str().unwrap().ends_with('\n'), "{l}");
    }
    assert!(layouts[0]["ratio"].is_number(), "runmat runs the script-folder layout: {}", layouts[0]);
}
