use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::*;
use crate::records::Reached;
use crate::sha256_hex;

/// A library on disk: file id → (text); keys bind to `lib/<key>.m` unless rebound.
struct Lib {
    dir: tempfile::TempDir,
    bound: BTreeMap<String, String>,
    added: BTreeSet<String>,
}

impl Lib {
    fn new(files: &[(&str, &str)]) -> Lib {
        let lib = Lib { dir: tempfile::tempdir().unwrap(), bound: BTreeMap::new(), added: BTreeSet::new() };
        let mut lib = lib;
        for (key, text) in files {
            lib.write(key, text);
            lib.bound.insert(key.to_string(), format!("lib/{key}.m"));
        }
        lib
    }

    fn disk(&self, id: &str) -> PathBuf {
        self.dir.path().join(id)
    }

    fn write(&self, key: &str, text: &str) {
        let p = self.disk(&format!("lib/{key}.m"));
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn reached(&self, key: &str) -> Reached {
        let id = &self.bound[key];
        Reached { key: key.into(), file: id.clone(), sha256: sha256_hex(&std::fs::read_to_string(self.disk(id)).unwrap()) }
    }
}

impl Current for Lib {
    fn file_of(&self, key: &str) -> Option<(String, PathBuf)> {
        let id = self.bound.get(key)?;
        Some((id.clone(), self.disk(id)))
    }
    fn added(&self) -> &BTreeSet<String> {
        &self.added
    }
}

fn name(n: &str) -> TestName {
    TestName { file: "tests/t_test.m".into(), name: n.into() }
}

const TEST_FILE: &str = "function tests = t_test\n  tests = functiontests(localfunctions);\nend\nfunction testA(tc)\n  verifyEqual(tc, f(1), 2);\nend\n";

/// Records made with `lib` as it is: test `a` passed reaching f and g; `b` passed reaching h; `c` failed.
fn recorded(lib: &Lib) -> Records {
    let mut r = Records::default();
    r.record(name("a"), Outcome::Passed, sha256_hex(TEST_FILE), [lib.reached("f"), lib.reached("g")]);
    r.record(name("b"), Outcome::Passed, sha256_hex(TEST_FILE), [lib.reached("h")]);
    r.record(name("c"), Outcome::NotPassed, sha256_hex(TEST_FILE), []);
    r.set_library(["f", "g", "h"].map(String::from).into());
    r
}

fn select(records: &Records, lib: &Lib, test_text: &str) -> Vec<(String, String)> {
    let tests = ["a", "b", "c", "d"].map(|n| (name(n), test_text));
    affected(records, tests, lib).into_iter().map(|s| (s.test.name, s.why.to_string())).collect()
}

fn lib() -> Lib {
    Lib::new(&[("f", "function y = f(x)\n  y = g(x);\nend\n"), ("g", "function y = g(x)\n  y = 2*x;\nend\n"), ("h", "function y = h(x)\n  y = x;\nend\n")])
}

#[test]
fn nothing_changed_selects_the_tests_without_a_green_record() {
    let lib = lib();
    let r = recorded(&lib);
    assert_eq!(select(&r, &lib, TEST_FILE), [("c".into(), "did not pass last time".into()), ("d".into(), "no earlier run recorded".into())]);
}

#[test]
fn an_edit_selects_exactly_the_tests_that_reached_it() {
    let lib = lib();
    let r = recorded(&lib);
    lib.write("g", "function y = g(x)\n  y = 3*x;\nend\n");
    let got = select(&r, &lib, TEST_FILE);
    assert_eq!(got[0], ("a".into(), "`g` changed (lib/g.m)".into()));
    assert!(!got.iter().any(|(n, _)| n == "b"), "{got:?}");
}

#[test]
fn an_edit_of_the_test_file_selects_its_tests() {
    let lib = lib();
    let r = recorded(&lib);
    let edited = TEST_FILE.replace("f(1), 2", "f(1), 3");
    let got = select(&r, &lib, &edited);
    assert_eq!(got.iter().filter(|(_, why)| why == "its test file changed").count(), 2, "{got:?}");
}

#[test]
fn a_function_bound_elsewhere_or_gone_selects_its_tests() {
    let mut lib = lib();
    let r = recorded(&lib);
    lib.bound.insert("h".into(), "shadow/h.m".into());
    std::fs::create_dir_all(lib.disk("shadow")).unwrap();
    std::fs::write(lib.disk("shadow/h.m"), "function y = h(x)\n  y = -x;\nend\n").unwrap();
    lib.bound.remove("g");
    let got = select(&r, &lib, TEST_FILE);
    assert_eq!(got[0], ("a".into(), "`g` is no longer defined".into()));
    assert_eq!(got[1], ("b".into(), "`h` now comes from shadow/h.m (was lib/h.m)".into()));
}

#[test]
fn an_added_function_selects_tests_that_mention_its_name() {
    let mut lib = lib();
    let r = recorded(&lib);
    // `verifyEqual` is a builtin the test file calls; a library file now defines it.
    lib.added = r.added(&["f", "g", "h", "verifyEqual", "unused"].map(String::from).into());
    assert_eq!(lib.added, ["unused", "verifyEqual"].map(String::from).into());
    let got = select(&r, &lib, TEST_FILE);
    assert!(got.contains(&("a".into(), "`verifyEqual` was added to the library".into())), "{got:?}");
    // A name only a reached function mentions counts too (f's text has `x`); one nobody mentions does not.
    lib.added = ["x".to_string()].into();
    let got = select(&r, &lib, TEST_FILE);
    assert!(got.contains(&("a".into(), "`x` was added to the library".into())), "f's text mentions x: {got:?}");
    lib.added = ["unused".to_string()].into();
    assert_eq!(select(&r, &lib, TEST_FILE).len(), 2, "only c and d");
}

#[test]
fn an_unreadable_function_file_counts_as_changed() {
    let lib = lib();
    let r = recorded(&lib);
    std::fs::write(lib.disk("lib/h.m"), [0xff, 0xfe]).unwrap();
    let got = select(&r, &lib, TEST_FILE);
    assert!(got.contains(&("b".into(), "`h` changed (lib/h.m)".into())), "{got:?}");
}
