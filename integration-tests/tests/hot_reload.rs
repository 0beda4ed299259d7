//! SnapshotHandle under load: readers calling snapshot functions on RunMat while
//! a writer swaps between two snapshots whose functions return different values.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use integration_tests::on_big_stack;
use rmsnap_bridge::exec;
use rmsnap_bridge::link::{link_script, FunctionSource, StoredFunction, UnitInfo};
use rmsnap_providers::bytecode;
use runtime_hooks::handle::live_versions;
use runtime_hooks::{build_snapshot, BuildRequest, SnapshotHandle, Sources};
use snapshot_core::Snapshot;

/// Reads functions straight from one snapshot version. (The two versions here come
/// from two source trees, so the per-run freshness check is not what is tested.)
struct Version<'a>(&'a Snapshot);

impl FunctionSource for Version<'_> {
    fn function(&self, name: &str) -> Result<Option<Arc<StoredFunction>>, String> {
        if !bytecode::contains(self.0, name).map_err(|e| e.to_string())? {
            return Ok(None);
        }
        bytecode::function(self.0, name).map(Some).map_err(|e| e.to_string())
    }
    fn unit(&self) -> Result<UnitInfo, String> {
        bytecode::unit(self.0).map(|u| (*u).clone()).map_err(|e| e.to_string())
    }
}

/// `live_versions` is process-wide: these tests must not overlap.
static SERIAL: Mutex<()> = Mutex::new(());

fn toolbox(root: &Path, version: u32) -> PathBuf {
    // One directory, rewritten: both versions have the same files (the same
    // binding), only contents differ — what a rebuild after an edit sees.
    let dir = root.join("tb");
    std::fs::create_dir_all(&dir).unwrap();
    let src = format!("function y = tb_value(x)\n%TB_VALUE Version {version} of this toolbox.\ny = {version} * 1000 + tb_helper(x);\nend\n");
    std::fs::write(dir.join("tb_value.m"), src).unwrap();
    std::fs::write(dir.join("tb_helper.m"), "function y = tb_helper(x)\n%TB_HELPER Shared helper.\ny = x + 1;\nend\n").unwrap();
    dir
}

#[test]
fn readers_never_mix_versions_while_a_writer_swaps_1000_times() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    on_big_stack(|| {
        let root = tempfile::tempdir().unwrap();
        let (a, b) = (root.path().join("a.rmsnap"), root.path().join("b.rmsnap"));
        let v1 = toolbox(root.path(), 1);
        build_snapshot(&BuildRequest { toolbox_dirs: vec![v1.clone()], ..Default::default() }, &a).unwrap();
        let v2 = toolbox(root.path(), 2);
        build_snapshot(&BuildRequest { toolbox_dirs: vec![v2], ..Default::default() }, &b).unwrap();

        let handle = Arc::new(SnapshotHandle::open(&a, Sources::new(&[v1])).unwrap());
        // Which toolbox version each snapshot version holds.
        let holds: Arc<Mutex<HashMap<u64, u32>>> = Arc::new(Mutex::new(HashMap::from([(1, 1)])));
        let stop = Arc::new(AtomicBool::new(false));
        let (calls, max_live) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));

        let readers: Vec<_> = (0..8)
            .map(|r| {
                let (handle, holds, stop, calls, max_live) = (handle.clone(), holds.clone(), stop.clone(), calls.clone(), max_live.clone());
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn(move || {
                        let script = format!("fprintf('%d\\n', tb_value({r}));\n");
                        while !stop.load(Ordering::Relaxed) {
                            let current = handle.current_arc();
                            let linked = link_script("reader.m", &script, &Version(current.snapshot.snapshot())).unwrap();
                            let out = exec::run_linked("main.m", &linked);
                            let expected_version = loop {
                                if let Some(v) = holds.lock().unwrap().get(&current.version) {
                                    break *v;
                                }
                                std::thread::yield_now();
                            };
                            assert_eq!(out.stdout(), format!("{}\n", expected_version * 1000 + r + 1), "snapshot v{} gave a mixed result", current.version);
                            max_live.fetch_max(live_versions(), Ordering::Relaxed);
                            calls.fetch_add(1, Ordering::Relaxed);
                        }
                    })
                    .unwrap()
            })
            .collect();

        for swap in 0..1000u32 {
            let (path, holds_version) = if swap % 2 == 0 { (&b, 2) } else { (&a, 1) };
            // Record what the next version will hold before readers can see it.
            let next = handle.version() + 1;
            holds.lock().unwrap().insert(next, holds_version);
            assert_eq!(handle.reload(path).unwrap(), next);
        }
        stop.store(true, Ordering::Relaxed);
        for r in readers {
            r.join().expect("a reader panicked");
        }
        assert_eq!(handle.version(), 1001);
        assert!(calls.load(Ordering::Relaxed) >= 8, "readers made too few calls");
        // Each reader holds at most one version; plus the current one, one being
        // swapped in, and one a concurrent `load()` may still pin for a moment.
        assert!(max_live.load(Ordering::Relaxed) <= 8 + 3, "{} versions alive at once", max_live.load(Ordering::Relaxed));
        assert_eq!(live_versions(), 1, "old snapshots were not freed");
    });
}

#[test]
fn a_bad_snapshot_leaves_the_handle_on_the_old_one() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    on_big_stack(|| {
        let root = tempfile::tempdir().unwrap();
        let v1 = toolbox(root.path(), 1);
        let a = root.path().join("a.rmsnap");
        build_snapshot(&BuildRequest { toolbox_dirs: vec![v1.clone()], ..Default::default() }, &a).unwrap();
        let handle = SnapshotHandle::open(&a, Sources::new(&[v1])).unwrap();
        let events = handle.subscribe();
        let mut bytes = std::fs::read(&a).unwrap();
        // A byte inside the payloads of the largest section: opening checks only
        // what is small (header, table, footer), so only full validation sees it.
        let biggest = snapshot_core::Snapshot::open(&a).unwrap().sections().max_by_key(|r| r.stored_len - r.index_len).cloned().unwrap();
        let payload = (biggest.offset + biggest.index_len) as usize;
        bytes[payload + (biggest.stored_len - biggest.index_len) as usize / 2] ^= 1;
        let bad = root.path().join("bad.rmsnap");
        std::fs::write(&bad, &bytes).unwrap();
        let opened = snapshot_core::Snapshot::open(&bad).expect("a payload byte is not checked at open");
        assert!(opened.verify_all().is_err(), "full validation must see the flipped payload byte");
        let err = handle.reload(&bad).unwrap_err();
        assert!(err.to_string().contains("bad.rmsnap"), "{err}");
        assert_eq!(handle.version(), 1);
        assert!(matches!(events.try_recv().unwrap(), runtime_hooks::ReloadEvent::Rejected { .. }));
        assert_eq!(handle.reload(&a).unwrap(), 2);
        assert_eq!(events.try_recv().unwrap(), runtime_hooks::ReloadEvent::Swapped { version: 2, path: a.clone() });
    });
}
