//! The records file: one entry per test, written deterministically (sorted,
//! no times) as JSON with a format number, so a person can read it and a
//! newer rmsnap can tell it is an older one's.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The layout of the records file; another number is read as "no records".
pub const FORMAT: u32 = 1;

/// The records of `snapshot`'s library set: the same name with `.reach` added.
pub fn path_beside(snapshot: &Path) -> PathBuf {
    let mut name = snapshot.as_os_str().to_owned();
    name.push(".reach");
    PathBuf::from(name)
}

/// A test named as it stays across edits: RunMat derives test ids from the
/// text of every source of the run, so an id changes with any edit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TestName {
    /// Its file, relative to the project root (RunMat's `relative_path`).
    pub file: String,
    /// RunMat's display name (a parameterized test's includes its parameters).
    pub name: String,
}

impl std::fmt::Display for TestName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.name, self.file)
    }
}

/// One library function a test could call, as it was compiled for the run.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Reached {
    /// The name it is called by (a primary function's key).
    pub key: String,
    /// The file it was compiled from (its file id).
    pub file: String,
    /// SHA-256 of the text compiled.
    pub sha256: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Passed,
    /// Failed, errored, timed out, crashed or was skipped: run again next time.
    NotPassed,
}

/// What one test's last run left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestRecord {
    pub test: TestName,
    pub outcome: Outcome,
    /// SHA-256 of its test file's text then.
    pub file_sha256: String,
    /// Sorted; empty unless it passed.
    pub reached: Vec<Reached>,
}

/// Why the records file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ReachError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: not a records file: {source}", path.display())]
    Malformed { path: PathBuf, source: serde_json::Error },
    #[error("{}: records format {found}, this rmsnap reads {FORMAT}", path.display())]
    Format { path: PathBuf, found: u32 },
}

#[derive(Deserialize)]
struct Header {
    format: u32,
}

#[derive(Serialize, Deserialize)]
struct OnDisk {
    format: u32,
    /// The names the library defined when the records were last written.
    library: Vec<String>,
    tests: Vec<TestRecord>,
}

/// Every test's last record, and the names the library defined then.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Records {
    library: BTreeSet<String>,
    tests: BTreeMap<TestName, TestRecord>,
}

impl Records {
    /// The records at `path`; none when there is no file.
    pub fn read(path: &Path) -> Result<Records, ReachError> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Records::default()),
            Err(source) => return Err(ReachError::Io { path: path.to_path_buf(), source }),
        };
        let malformed = |source| ReachError::Malformed { path: path.to_path_buf(), source };
        // The number first: another format's fields are not this one's.
        let header: Header = serde_json::from_slice(&bytes).map_err(malformed)?;
        if header.format != FORMAT {
            return Err(ReachError::Format { path: path.to_path_buf(), found: header.format });
        }
        let disk: OnDisk = serde_json::from_slice(&bytes).map_err(malformed)?;
        Ok(Records { library: disk.library.into_iter().collect(), tests: disk.tests.into_iter().map(|t| (t.test.clone(), t)).collect() })
    }

    /// Writes the records to `path` whole: a temporary file beside it, renamed.
    pub fn write(&self, path: &Path) -> Result<(), ReachError> {
        let disk = OnDisk { format: FORMAT, library: self.library.iter().cloned().collect(), tests: self.tests.values().cloned().collect() };
        let at = |source| ReachError::Io { path: path.to_path_buf(), source };
        let mut bytes = serde_json::to_vec_pretty(&disk).map_err(|e| at(std::io::Error::other(e)))?;
        bytes.push(b'\n');
        let mut temporary = path.as_os_str().to_owned();
        temporary.push(format!(".{}.tmp", std::process::id()));
        let temporary = PathBuf::from(temporary);
        std::fs::write(&temporary, &bytes).map_err(at)?;
        std::fs::rename(&temporary, path).map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            at(e)
        })
    }

    /// The names the library defined when these records were made.
    pub fn library(&self) -> &BTreeSet<String> {
        &self.library
    }

    /// Names defined now and not then (none when nothing was recorded yet).
    pub fn added(&self, now: &BTreeSet<String>) -> BTreeSet<String> {
        if self.library.is_empty() {
            return BTreeSet::new();
        }
        now.difference(&self.library).cloned().collect()
    }

    pub fn set_library(&mut self, names: BTreeSet<String>) {
        self.library = names;
    }

    pub fn get(&self, test: &TestName) -> Option<&TestRecord> {
        self.tests.get(test)
    }

    /// Records `test`'s run: what it reached when it passed, only that it did not otherwise.
    pub fn record(&mut self, test: TestName, outcome: Outcome, file_sha256: String, reached: impl IntoIterator<Item = Reached>) {
        let reached = match outcome {
            Outcome::Passed => reached.into_iter().collect::<BTreeSet<_>>().into_iter().collect(),
            Outcome::NotPassed => Vec::new(),
        };
        self.tests.insert(test.clone(), TestRecord { test, outcome, file_sha256, reached });
    }

    /// Keeps the records of the tests `keep` accepts (forgets those of deleted test files).
    pub fn retain(&mut self, keep: impl Fn(&TestName) -> bool) {
        self.tests.retain(|t, _| keep(t));
    }

    pub fn len(&self) -> usize {
        self.tests.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tests.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(file: &str, name: &str) -> TestName {
        TestName { file: file.into(), name: name.into() }
    }

    fn reached(key: &str) -> Reached {
        Reached { key: key.into(), file: format!("lib/{key}.m"), sha256: "ab".into() }
    }

    #[test]
    fn records_round_trip_sorted_and_byte_identical() {
        let dir = tempfile::tempdir().unwrap();
        let path = path_beside(&dir.path().join("set.rmsnap"));
        assert_eq!(path.file_name().unwrap(), "set.rmsnap.reach");
        let mut a = Records::default();
        a.record(name("tests/b_test.m", "two"), Outcome::Passed, "1".into(), [reached("g"), reached("f"), reached("g")]);
        a.record(name("tests/a_test.m", "one"), Outcome::NotPassed, "2".into(), [reached("f")]);
        a.write(&path).unwrap();
        let first = std::fs::read(&path).unwrap();
        let back = Records::read(&path).unwrap();
        assert_eq!(back, a);
        assert_eq!(back.get(&name("tests/b_test.m", "two")).unwrap().reached, [reached("f"), reached("g")], "sorted, once each");
        assert!(back.get(&name("tests/a_test.m", "one")).unwrap().reached.is_empty(), "a test that did not pass keeps no reach");
        back.write(&path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), first);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    fn a_missing_file_is_no_records_and_a_damaged_one_a_typed_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.reach");
        assert!(Records::read(&path).unwrap().is_empty());
        std::fs::write(&path, b"{\"format\": 1, \"tests\": [").unwrap();
        assert!(matches!(Records::read(&path), Err(ReachError::Malformed { .. })));
        std::fs::write(&path, b"{\"format\": 99, \"tests\": []}").unwrap();
        let e = Records::read(&path).unwrap_err();
        assert!(e.to_string().contains("records format 99"), "{e}");
        std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(Records::read(&path), Err(ReachError::Malformed { .. })));
    }

    #[test]
    fn records_of_test_files_gone_are_forgotten() {
        let mut r = Records::default();
        r.record(name("tests/a_test.m", "one"), Outcome::Passed, "1".into(), []);
        r.record(name("tests/gone_test.m", "one"), Outcome::Passed, "1".into(), []);
        r.retain(|t| t.file == "tests/a_test.m");
        assert_eq!(r.len(), 1);
        assert!(r.get(&name("tests/a_test.m", "one")).is_some());
    }
}
