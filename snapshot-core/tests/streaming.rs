//! The builder streams sections into its output: in memory and to a file it
//! writes the same bytes, signed or not, whatever rayon's thread count.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::payload;
use snapshot_core::sign::sign_bytes;
use snapshot_core::write::ENV_FAULT_WRITE_PAUSE_MS;
use snapshot_core::SecretKey;
use snapshot_core::{
    build, build_to_file, layout, Access, BuildContext, BuildOptions, BuildProgress, Codec, CodecChoice, ProviderOutput, Registration, Registry, SectionOutput,
    SectionSpec, Snapshot, SnapshotProvider,
};

fn key() -> SecretKey {
    SecretKey::from_seed(&[7; 32])
}

/// Sections of every kind: large (compressed in parallel), hot, tiny and empty.
struct Mixed;

impl SnapshotProvider for Mixed {
    fn id(&self) -> &'static str {
        "mix"
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[
            SectionSpec { id: "mix.cold", access: Access::Cold },
            SectionSpec { id: "mix.hot", access: Access::Hot },
            SectionSpec { id: "mix.tiny", access: Access::Hot },
            SectionSpec { id: "mix.empty", access: Access::Cold },
        ]
    }
    fn build(&self, _: &BuildContext) -> Result<ProviderOutput, String> {
        let mut cold = SectionOutput::new("mix.cold");
        for i in 0..600 {
            cold.insert_raw(format!("c{i:04}"), payload(i, 1000 + i as usize % 500))?;
        }
        let mut hot = SectionOutput::new("mix.hot");
        for i in 0..200 {
            hot.insert_raw(format!("h{i:04}"), payload(i + 1000, 800))?;
        }
        let mut tiny = SectionOutput::new("mix.tiny");
        tiny.insert_raw("only".into(), payload(7, 10))?;
        Ok(ProviderOutput::default().with(cold).with(hot).with(tiny).with(SectionOutput::new("mix.empty")))
    }
}

fn registry() -> Registry<'static> {
    static MIXED: Mixed = Mixed;
    static REG: Registration = Registration { provider: &MIXED, origin: "streaming test" };
    Registry::from_registrations(vec![&REG]).unwrap()
}

fn options(sign: bool) -> BuildOptions {
    let mut o = BuildOptions::new("rt 1");
    o.sign_key = sign.then(key);
    o
}

#[test]
fn memory_and_file_builds_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    for sign in [false, true] {
        let (memory, mem_report) = build(&registry(), options(sign)).unwrap();
        let path = dir.path().join(format!("s{sign}.rmsnap"));
        let file_report = build_to_file(&registry(), options(sign), &path).unwrap();
        let on_disk = std::fs::read(&path).unwrap();
        assert!(memory == on_disk, "signed={sign}: file differs from memory");
        assert_eq!((mem_report.file_len, &mem_report.meta_digest), (file_report.file_len, &file_report.meta_digest));
        assert_eq!(file_report.file_len, on_disk.len() as u64);
    }
    let mut names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, ["sfalse.rmsnap", "strue.rmsnap"], "no temp file may remain");
}

#[test]
fn a_signed_snapshot_built_to_file_verifies_with_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("signed.rmsnap");
    let report = build_to_file(&registry(), options(true), &path).unwrap();
    let snap = Snapshot::open(&path).unwrap();
    assert!(snap.is_signed());
    snap.check_signature(&key().public()).unwrap();
    snap.verify_all().unwrap();
    assert_eq!(snap.meta_digest().to_hex(), report.meta_digest);
    // Signing while streaming equals signing the finished file.
    let (mut unsigned, _) = build(&registry(), options(false)).unwrap();
    sign_bytes(&mut unsigned, &key()).unwrap();
    assert!(unsigned == std::fs::read(&path).unwrap());
}

#[test]
fn the_thread_count_does_not_change_the_bytes() {
    let with_threads = |n| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().unwrap();
        let mut o = options(false);
        o.codec = CodecChoice::Fixed(Codec::Zstd);
        pool.install(|| build(&registry(), o).unwrap().0)
    };
    assert!(with_threads(1) == with_threads(4));
}

#[test]
fn progress_names_each_provider_then_each_section_in_order() {
    let seen = std::sync::Arc::new(Mutex::new(Vec::new()));
    let mut o = options(false);
    let sink = seen.clone();
    o.progress = Some(Box::new(move |p: BuildProgress<'_>| {
        let line = match p {
            BuildProgress::Provider { id, done, total } => format!("provider {id} {done}/{total}"),
            BuildProgress::Section { id, done, total } => format!("section {id} {done}/{total}"),
        };
        sink.lock().unwrap().push(line);
    }));
    build(&registry(), o).unwrap();
    assert_eq!(*seen.lock().unwrap(), ["provider mix 0/1", "section mix.cold 0/4", "section mix.empty 1/4", "section mix.hot 2/4", "section mix.tiny 3/4"]);
}

/// Refused mid-stream (the reader's ratio limit): nothing is published and no temp file is left.
#[test]
fn a_build_refused_while_streaming_leaves_nothing_behind() {
    struct Zeros;
    impl SnapshotProvider for Zeros {
        fn id(&self) -> &'static str {
            "t"
        }
        fn version(&self) -> &'static str {
            "1"
        }
        fn sections(&self) -> &'static [SectionSpec] {
            &[SectionSpec { id: "t.a", access: Access::Cold }, SectionSpec { id: "t.zeros", access: Access::Cold }]
        }
        fn build(&self, _: &BuildContext) -> Result<ProviderOutput, String> {
            let mut a = SectionOutput::new("t.a");
            a.insert_raw("k".into(), payload(1, 5000))?;
            let mut z = SectionOutput::new("t.zeros");
            z.insert_raw("z".into(), vec![0u8; 8 << 20])?;
            Ok(ProviderOutput::default().with(a).with(z))
        }
    }
    static ZEROS: Zeros = Zeros;
    static REG: Registration = Registration { provider: &ZEROS, origin: "streaming test" };
    let registry = Registry::from_registrations(vec![&REG]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("z.rmsnap");
    let mut o = options(false);
    o.codec = CodecChoice::Fixed(Codec::Zstd);
    let err = build_to_file(&registry, o, &path).unwrap_err().to_string();
    assert!(err.contains("t.zeros") && err.contains("decompression ratio"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing may be left in the directory");
}

const CHILD_OUT: &str = "STREAMING_TEST_OUT";

/// Run by the test below in a child process, which it kills mid-write.
#[test]
#[ignore]
fn child_builds_to_file() {
    if let Some(path) = std::env::var_os(CHILD_OUT) {
        build_to_file(&registry(), options(false), Path::new(&path)).unwrap();
    }
}

/// The crash tests' pause: half of the sections are in the temp file and
/// synced, the preamble is still zero (no reader takes it for a snapshot), and
/// nothing is published.
#[test]
fn the_write_pause_leaves_a_partial_temp_file_with_no_magic() {
    let (full, _) = build(&registry(), options(false)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.rmsnap");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_builds_to_file", "--ignored"])
        .env(CHILD_OUT, &path)
        .env(ENV_FAULT_WRITE_PAUSE_MS, "600000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let (temp, mut last) = (dir.path().to_path_buf(), 0u64);
    let partial = loop {
        assert!(Instant::now() < deadline, "the child never paused");
        assert!(child.try_wait().unwrap().is_none(), "the child finished without pausing");
        std::thread::sleep(Duration::from_millis(100));
        let found = std::fs::read_dir(&temp).unwrap().map(|e| e.unwrap().path()).find(|p| p.to_string_lossy().contains(".tmp-"));
        let len = found.as_ref().and_then(|p| std::fs::metadata(p).ok()).map_or(0, |m| m.len());
        // Paused once the length is non-zero and stays put.
        if len > 0 && len == last {
            break std::fs::read(found.unwrap()).unwrap();
        }
        last = len;
    };
    child.kill().unwrap();
    child.wait().unwrap();
    let p = layout::decode_preamble(&full).unwrap();
    let prefix = layout::PREAMBLE_LEN + (p.header_len + p.table_len) as usize;
    assert!(partial.len() > prefix && partial.len() < full.len(), "temp file is {} of {} bytes", partial.len(), full.len());
    assert!(partial[..prefix].iter().all(|&b| b == 0), "preamble, header and table are written last");
    assert!(partial[prefix..] == full[prefix..partial.len()], "the regions written so far are final");
    assert!(!path.exists(), "nothing may be published");
}
