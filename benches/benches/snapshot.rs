//! Criterion suite: `cargo bench -p rmsnap-benches`.
//! Targets (README): open+validate of 10 MB ≤ 2 ms, `current()` ≤ 50 ns, and the
//! cold ÷ snapshot ratio of time to first result.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use integration_tests::synth::{driver_script, write_toolbox};
use runtime_hooks::{build_snapshot, run_script, BuildRequest, RunRequest, SnapshotHandle, SnapshotPolicy, Sources};
use snapshot_core::{encode_snapshot, Codec, CompatKey, Header, PlannedSection, SectionOutput, Snapshot};

fn payload(seed: usize, len: usize) -> Vec<u8> {
    let mut x = seed as u64 * 2654435761 + 1;
    (0..len)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if i % 4 == 0 {
                (x % 251) as u8
            } else {
                b"function y = f(x) "[i % 18]
            }
        })
        .collect()
}

/// A snapshot of `entries` entries of `entry_len` bytes in one section.
fn synthetic(codec: Codec, entries: usize, entry_len: usize) -> Vec<u8> {
    let mut s = SectionOutput::new("bench.data");
    for i in 0..entries {
        s.insert_raw(format!("e{i:07}"), payload(i, entry_len)).unwrap();
    }
    let header = Header { compat: CompatKey { format_version: snapshot_core::FORMAT_VERSION, ..Default::default() }, meta: BTreeMap::new() };
    encode_snapshot(&header, &[PlannedSection { section: &s, provider: "bench", codec }], 3).expect("encodes").0
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn open_validate(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("open_validate");
    for mb in [1usize, 10, 100] {
        // 64 KiB entries: the table stays small, the file grows.
        let path = write(dir.path(), &format!("{mb}.rmsnap"), &synthetic(Codec::None, mb * 16, 64 << 10));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{mb}MB")), &path, |b, p| b.iter(|| Snapshot::open(black_box(p)).unwrap()));
    }
    g.finish();
}

fn lazy_vs_eager(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "lazy.rmsnap", &synthetic(Codec::Lz4, 10_000, 1024));
    let mut g = c.benchmark_group("decode_10k_entries");
    g.bench_function("lazy_one_entry", |b| {
        b.iter(|| {
            let s = Snapshot::open(&path).unwrap();
            black_box(s.entry_bytes("bench.data", "e0005000").unwrap().len())
        })
    });
    g.sample_size(20);
    g.bench_function("eager_all_entries", |b| {
        b.iter(|| {
            let s = Snapshot::open(&path).unwrap();
            black_box(s.verify_all().unwrap())
        })
    });
    g.finish();
}

fn decode_per_codec(c: &mut Criterion) {
    let mut g = c.benchmark_group("decode_1MB_entry");
    for codec in [Codec::None, Codec::Lz4, Codec::Zstd] {
        let snap = Snapshot::from_bytes(synthetic(codec, 1, 1 << 20), "codec.rmsnap").unwrap();
        g.bench_function(codec.name(), |b| b.iter(|| black_box(snap.entry_bytes("bench.data", "e0000000").unwrap().len())));
    }
    g.finish();
}

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).unwrap().join().unwrap()
}

fn handle_current(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bundled.rmsnap");
    let p = path.clone();
    on_big_stack(move || build_snapshot(&BuildRequest::default(), &p).unwrap());
    let handle = Arc::new(SnapshotHandle::open(&path, Sources::new(&[])).unwrap());
    let mut g = c.benchmark_group("handle_current");
    g.bench_function("no_writer", |b| b.iter(|| black_box(handle.current().version)));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (handle, stop, path) = (handle.clone(), stop.clone(), path.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                handle.reload(&path).unwrap();
            }
        })
    };
    g.bench_function("with_writer", |b| b.iter(|| black_box(handle.current().version)));
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    g.finish();
}

fn cold_vs_snapshot(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("time_to_first_result");
    g.sample_size(10);
    // RMSNAP_BENCH_SIZES=100,1000 for a shorter run. RunMat 0.6.2 needs ~2.3 MB
    // per function to compile a library from source, so the cold path is only
    // measured up to 5,000 functions (10,000 would not fit in 24 GiB).
    let sizes: Vec<usize> = std::env::var("RMSNAP_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1000, 10_000]);
    for n in sizes {
        let tb = dir.path().join(format!("tb{n}"));
        write_toolbox(&tb, n, 42).unwrap();
        let script = dir.path().join(format!("driver{n}.m"));
        std::fs::write(&script, driver_script(n, 3)).unwrap();
        let snap = dir.path().join(format!("s{n}.rmsnap"));
        let (tb2, snap2) = (tb.clone(), snap.clone());
        on_big_stack(move || build_snapshot(&BuildRequest { toolbox_dirs: vec![tb2], ..Default::default() }, &snap2).unwrap());
        let request = move |no_snapshot| RunRequest {
            script_path: script.clone(),
            script_text: std::fs::read_to_string(&script).unwrap(),
            snapshot: Some(snap.clone()),
            no_snapshot,
            policy: SnapshotPolicy::Require,
            toolbox_dirs: vec![tb.clone()],
            trust: Default::default(),
            ..Default::default()
        };
        let (warm, cold) = (request(false), request(true));
        g.bench_function(BenchmarkId::new("snapshot", n), |b| b.iter(|| black_box(run_script(&warm).unwrap().output)));
        if n <= 5000 {
            g.bench_function(BenchmarkId::new("cold", n), |b| b.iter(|| black_box(run_script(&cold).unwrap().output)));
        }
    }
    g.finish();
}

/// A toolbox of `n` one-line functions and a script that links all of them
/// (one mention each, in a branch never taken) and then makes 500 calls to one.
fn call_toolbox(root: &std::path::Path, n: usize) -> (std::path::PathBuf, std::path::PathBuf) {
    let tb = root.join(format!("calls{n}"));
    std::fs::create_dir_all(&tb).unwrap();
    let mut mentions = String::new();
    for i in 0..n {
        std::fs::write(tb.join(format!("f{i}.m")), format!("function y = f{i}(x)\ny = x + {i};\nend\n")).unwrap();
        mentions.push_str(&format!("  y = f{i}(y);\n"));
    }
    let script = root.join(format!("calls{n}.m"));
    std::fs::write(&script, format!("y = 0;\nif y > 1\n{mentions}end\nfor k = 1:500\n  y = f0(y) + 1;\nend\nfprintf('%d\\n', y);\n")).unwrap();
    (tb, script)
}

/// What one library call costs as the registry the script runs against grows:
/// RunMat 0.6.2 copies the caller's registry into every callee, so without
/// per-function units this grows with the number of functions linked.
fn call_overhead(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("call_overhead_500_calls");
    g.sample_size(10);
    for n in [10usize, 100, 1000] {
        let (tb, script) = call_toolbox(dir.path(), n);
        let snap = dir.path().join(format!("calls{n}.rmsnap"));
        let (tb2, snap2) = (tb.clone(), snap.clone());
        on_big_stack(move || build_snapshot(&BuildRequest { toolbox_dirs: vec![tb2], ..Default::default() }, &snap2).unwrap());
        let request = |no_snapshot| RunRequest {
            script_path: script.clone(),
            script_text: std::fs::read_to_string(&script).unwrap(),
            snapshot: Some(snap.clone()),
            no_snapshot,
            policy: SnapshotPolicy::Require,
            toolbox_dirs: vec![tb.clone()],
            trust: Default::default(),
            ..Default::default()
        };
        let warm = request(false);
        assert_eq!(run_script(&warm).unwrap().output.stdout(), "500\n");
        // Only the run phase is timed: load, compile and link are measured elsewhere.
        let run_phase = |req: &RunRequest, iters: u64| (0..iters).map(|_| run_script(req).unwrap().timings.run).sum();
        g.bench_function(BenchmarkId::new("snapshot_run_phase", n), |b| b.iter_custom(|iters| run_phase(&warm, iters)));
        if n <= 100 {
            let cold = request(true);
            g.bench_function(BenchmarkId::new("source_run_phase", n), |b| b.iter_custom(|iters| run_phase(&cold, iters)));
        }
    }
    g.finish();
}

criterion_group!(benches, open_validate, lazy_vs_eager, decode_per_codec, handle_current, cold_vs_snapshot, call_overhead);
criterion_main!(benches);
