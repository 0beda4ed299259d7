//! An incremental build (from an earlier snapshot of the same library set)
//! copies what did not change and compiles the rest; its file must be byte
//! for byte the full build's, whatever the edit: a body, a signature other
//! files are lowered against, a file added, a file removed — and it compiles
//! only what the change reaches.

use std::path::{Path, PathBuf};

use integration_tests::on_big_stack;
use runtime_hooks::{build_snapshot, BuildRequest};

const PROVIDER: &str = "runmat.library";

const FILES: &[(&str, &str)] = &[
    ("ib_apply.m", "function y = ib_apply(f, x)\ny = f(x);\nend\n"),
    (
        "ib_scale.m",
        "function [y, n] = ib_scale(x, k)\nif nargin < 2\n    k = 3;\nend\ng = @(v) v * k + ib_offset(v);\ny = ib_apply(g, x);\nn = ib_count(y);\nend\n\nfunction n = ib_count(v)\nn = numel(v) + 10;\nend\n",
    ),
    ("ib_offset.m", "function o = ib_offset(v)\no = 0.5 * v;\nend\n"),
    ("ib_even.m", "function r = ib_even(n)\nif n == 0\n    r = 1;\nelse\n    r = ib_odd(n - 1);\nend\nend\n"),
    ("ib_odd.m", "function r = ib_odd(n)\nif n == 0\n    r = 0;\nelse\n    r = ib_even(n - 1);\nend\nend\n"),
    ("ib_multi.m", "function varargout = ib_multi(x)\nfor i = 1:nargout\n    varargout{i} = x * i;\nend\nend\n"),
    ("ib_handle.m", "function h = ib_handle()\nh = @ib_offset;\nend\n"),
    ("ib_user.m", "function s = ib_user(x)\n[a, b] = ib_multi(x);\ns = a + b + ib_twice(x);\nend\n\nfunction t = ib_twice(x)\nt = 2 * x;\nend\n"),
];

struct Lib {
    dir: PathBuf,
    out: PathBuf,
}

impl Lib {
    /// The library of [`FILES`] under `root`, with an output folder beside it.
    fn new(root: &Path) -> Lib {
        let lib = Lib { dir: root.join("ib"), out: root.join("out") };
        std::fs::create_dir_all(&lib.dir).unwrap();
        std::fs::create_dir_all(&lib.out).unwrap();
        for (name, text) in FILES {
            lib.write(name, text);
        }
        lib
    }

    fn build(&self, name: &str, previous: Option<&Path>) -> (PathBuf, snapshot_core::BuildReport) {
        let path = self.out.join(name);
        let request = BuildRequest { toolbox_dirs: vec![self.dir.clone()], previous: previous.map(Path::to_path_buf), ..BuildRequest::default() };
        let report = build_snapshot(&request, &path).unwrap();
        (path, report)
    }

    /// Builds incrementally from `previous` and in full; both must be the same
    /// bytes. Returns the incremental file and (files reused, files checked).
    fn both(&self, step: &str, previous: &Path) -> (PathBuf, u64, u64) {
        let (inc, report) = self.build(&format!("{step}-inc.rmsnap"), Some(previous));
        let (full, full_report) = self.build(&format!("{step}-full.rmsnap"), None);
        assert_eq!(full_report.counter(PROVIDER, "reused_files"), Some(0), "{step}: a build without a previous snapshot reuses nothing");
        assert!(std::fs::read(&inc).unwrap() == std::fs::read(&full).unwrap(), "{step}: the incremental build differs from the full build");
        let files = report.counter(PROVIDER, "library_files").unwrap();
        assert_eq!(files, full_report.counter(PROVIDER, "library_files").unwrap());
        (inc, report.counter(PROVIDER, "reused_files").unwrap(), report.counter(PROVIDER, "checked_files").unwrap())
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.dir.join(name), text).unwrap();
    }
}

#[test]
fn incremental_builds_are_byte_identical_to_full_builds() {
    on_big_stack(|| {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Lib::new(tmp.path());
        let (first, report) = lib.build("first.rmsnap", None);
        let all = report.counter(PROVIDER, "library_files").unwrap();
        assert!(all >= FILES.len() as u64, "the bundled library counts too: {all}");

        // Nothing changed: everything is copied, nothing is even parsed.
        let (same, reused, checked) = lib.both("same", &first);
        assert_eq!((reused, checked), (all, 0));
        assert!(std::fs::read(&same).unwrap() == std::fs::read(&first).unwrap());

        // A body edit: only that file is compiled.
        lib.write("ib_offset.m", "function o = ib_offset(v)\no = 0.25 * v;\nend\n");
        let (body, reused, checked) = lib.both("body", &same);
        assert_eq!((reused, checked), (all - 1, 1));

        // A signature other files are lowered against: its callers compile again too
        // (ib_scale, whose closure calls it, and ib_handle, which takes a handle to it).
        lib.write("ib_offset.m", "function [o, p] = ib_offset(v)\no = 0.25 * v;\np = v;\nend\n");
        let (arity, reused, _) = lib.both("arity", &body);
        assert_eq!(reused, all - 3);

        // A varargout function turned fixed: its caller with two outputs compiles again.
        lib.write("ib_multi.m", "function [a, b] = ib_multi(x)\na = x;\nb = 2 * x;\nend\n");
        let (multi, reused, _) = lib.both("multi", &arity);
        assert_eq!(reused, all - 2);

        // A new file: ids are placed by key, so every other file keeps its
        // bytes and only the new one is compiled (were ids numbered in name
        // order, one sorting first would move every id and recompile every caller).
        lib.write("ib_aaa.m", "function y = ib_aaa(x)\ny = ib_apply(@ib_offset, x);\nend\n");
        let (added, reused, checked) = lib.both("added", &multi);
        assert_eq!((reused, checked), (all, 1));

        // A file removed: its caller (ib_odd) binds the name no more and is
        // compiled again; every other file is copied.
        std::fs::remove_file(lib.dir.join("ib_even.m")).unwrap();
        let (_, reused, checked) = lib.both("removed", &added);
        assert_eq!((reused, checked), (all - 1, 0));
    });
}

/// A cache entry's build keeps the stamps of the files it read beside it; the
/// next refresh takes every file whose stamp is unchanged unread, reads the
/// one edited (to the same length, within a second), and gives the full
/// build's bytes. A file edited just before a build is not stamped by it, so
/// the refresh after reads it again; a file added, or a damaged stamp table,
/// means every file is read.
#[test]
fn a_refresh_reads_only_the_files_changed_since_their_stamps() {
    use rmsnap_bridge::library::stamps::{Stamps, MARGIN};
    on_big_stack(|| {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Lib::new(tmp.path());
        // Written before its build, as a library is: only what has settled is stamped.
        std::thread::sleep(MARGIN + std::time::Duration::from_millis(200));
        let stamped = |name: &str, previous: Option<&Path>| {
            let path = lib.out.join(name);
            let request =
                BuildRequest { toolbox_dirs: vec![lib.dir.clone()], previous: previous.map(Path::to_path_buf), stamps: true, ..BuildRequest::default() };
            let report = build_snapshot(&request, &path).unwrap();
            let count = |name| report.counter(PROVIDER, name).unwrap();
            (path, count("unread_files"), count("reused_files"), count("checked_files"), count("library_files"))
        };
        let (first, unread, ..) = stamped("first.rmsnap", None);
        assert_eq!(unread, 0, "a build from nothing reads every file");
        assert!(Stamps::path_beside(&first).is_file(), "the stamp table is kept beside the snapshot");
        let others = FILES.len() as u64 - 1;

        lib.write("ib_offset.m", "function o = ib_offset(v)\no = 0.7 * v;\nend\n");
        let (second, unread, reused, checked, all) = stamped("second.rmsnap", Some(&first));
        assert_eq!((unread, reused, checked), (others, all - 1, 1), "only the edited file is read and compiled");
        let (full, _) = lib.build("second-full.rmsnap", None);
        assert!(std::fs::read(&second).unwrap() == std::fs::read(&full).unwrap(), "the refresh differs from the full build");

        let (third, unread, reused, checked, all) = stamped("third.rmsnap", Some(&second));
        assert_eq!((unread, reused, checked), (others, all, 0), "the file edited just before the last build is read again");
        assert!(std::fs::read(&third).unwrap() == std::fs::read(&full).unwrap());

        // A file added: what any file binds to may change, and checking it
        // needs every file's text; all are read at once.
        lib.write("ib_new.m", "function y = ib_new(x)\ny = ib_offset(x);\nend\n");
        let (added, unread, reused, checked, all) = stamped("added.rmsnap", Some(&third));
        assert_eq!((unread, reused, checked), (0, all - 1, 1));
        let (added_full, _) = lib.build("added-full.rmsnap", None);
        assert!(std::fs::read(&added).unwrap() == std::fs::read(&added_full).unwrap());
        std::fs::remove_file(lib.dir.join("ib_new.m")).unwrap();

        std::fs::write(Stamps::path_beside(&third), b"damaged").unwrap();
        let (fourth, unread, reused, _, all) = stamped("fourth.rmsnap", Some(&third));
        assert_eq!((unread, reused), (0, all), "a damaged table: every file read, and all of it reused by content");
        assert!(std::fs::read(&fourth).unwrap() == std::fs::read(&full).unwrap());
    });
}

/// A damaged previous snapshot costs the reuse of what is damaged, never the
/// build: a flipped byte in one compiled function costs its file (found as the
/// writer copies it; the build starts again without it), in two, all reuse; in
/// the origins table, a cut-short or missing file, all reuse; where the reuse
/// never reads (the builtins table), nothing, because only verified entries
/// are copied.
#[test]
fn an_unusable_previous_snapshot_means_a_full_build() {
    on_big_stack(|| {
        let tmp = tempfile::tempdir().unwrap();
        let lib = Lib::new(tmp.path());
        let (full, report) = lib.build("full.rmsnap", None);
        let all = report.counter(PROVIDER, "library_files").unwrap();
        let bytes = std::fs::read(&full).unwrap();
        let snap = snapshot_core::Snapshot::open(&full).unwrap();
        let within = |section: &str, fraction: f64| {
            let s = snap.section(section).unwrap();
            (s.offset + s.index_len + ((s.stored_len - s.index_len) as f64 * fraction) as u64) as usize
        };
        let middle_of = |section: &str| within(section, 0.5);
        let flipped = |at: &[usize]| {
            let mut b = bytes.clone();
            for &at in at {
                b[at] ^= 0xff;
            }
            b
        };
        let cases: Vec<(&str, Option<Vec<u8>>, u64)> = vec![
            ("code-flipped", Some(flipped(&[middle_of("runmat.bytecode")])), all - 1),
            ("code-flipped-twice", Some(flipped(&[within("runmat.bytecode", 0.25), within("runmat.bytecode", 0.75)])), 0),
            ("origins-flipped", Some(flipped(&[middle_of("runmat.library")])), 0),
            ("cut-short", Some(bytes[..bytes.len() / 2].to_vec()), 0),
            ("missing", None, 0),
            ("builtins-flipped", Some(flipped(&[middle_of("runmat.builtins")])), all),
        ];
        drop(snap);
        for (name, contents, expect) in cases {
            let previous = lib.out.join(format!("{name}.rmsnap"));
            if let Some(c) = contents {
                std::fs::write(&previous, c).unwrap();
            }
            let (built, report) = lib.build(&format!("again-{name}.rmsnap"), Some(&previous));
            assert_eq!(report.counter(PROVIDER, "reused_files"), Some(expect), "{name}");
            let told = report.diagnostics.iter().filter(|d| d.message.contains("` not reused: ")).count();
            assert_eq!(told, if name.starts_with("code-flipped") { name.matches("twice").count() + 1 } else { 0 }, "{name}: {:?}", report.diagnostics);
            assert!(std::fs::read(&built).unwrap() == bytes, "{name}: the build differs from the full build");
        }
    });
}
