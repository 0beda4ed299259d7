//! Which tests a change since their last run affects, and why each is selected.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use crate::records::{Outcome, Records, TestName, TestRecord};

/// Why a test runs under `--affected` (the first reason found).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// No run of it is recorded (a new test, a renamed one, or no records).
    NoRecord,
    /// Its last run did not pass.
    NotPassed,
    /// Its own file's text differs.
    TestFileChanged,
    /// A function it reached was compiled from another text than now.
    Changed { key: String, file: String },
    /// A function it reached now comes from another file.
    Rebound { key: String, was: String, now: String },
    /// A function it reached is no longer defined.
    Gone { key: String },
    /// A function was added whose name its file or a function it reached
    /// mentions (it may now call that instead of a builtin).
    Added { key: String },
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Why::NoRecord => f.write_str("no earlier run recorded"),
            Why::NotPassed => f.write_str("did not pass last time"),
            Why::TestFileChanged => f.write_str("its test file changed"),
            Why::Changed { key, file } => write!(f, "`{key}` changed ({file})"),
            Why::Rebound { key, was, now } => write!(f, "`{key}` now comes from {now} (was {was})"),
            Why::Gone { key } => write!(f, "`{key}` is no longer defined"),
            Why::Added { key } => write!(f, "`{key}` was added to the library"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selected {
    pub test: TestName,
    pub why: Why,
}

/// The library as it is now, for [`affected`].
pub trait Current {
    /// The file function `key` comes from now (file id, and where it is on disk).
    fn file_of(&self, key: &str) -> Option<(String, PathBuf)>;
    /// Names the library defines now that the records' library did not.
    fn added(&self) -> &BTreeSet<String>;
}

/// Of `tests` (each with its file's text now), those a change since their
/// recorded run affects, in the order given, each with why.
pub fn affected<'t>(records: &Records, tests: impl IntoIterator<Item = (TestName, &'t str)>, current: &dyn Current) -> Vec<Selected> {
    let mut texts = Texts::default();
    tests
        .into_iter()
        .filter_map(|(test, text)| {
            let why = why(records.get(&test), text, current, &mut texts)?;
            Some(Selected { test, why })
        })
        .collect()
}

fn why(record: Option<&TestRecord>, test_text: &str, current: &dyn Current, texts: &mut Texts) -> Option<Why> {
    let Some(record) = record else { return Some(Why::NoRecord) };
    if record.outcome != Outcome::Passed {
        return Some(Why::NotPassed);
    }
    if record.file_sha256 != crate::sha256_hex(test_text) {
        return Some(Why::TestFileChanged);
    }
    let mut mentioned = Vec::new();
    for r in &record.reached {
        let Some((file, disk)) = current.file_of(&r.key) else { return Some(Why::Gone { key: r.key.clone() }) };
        if file != r.file {
            return Some(Why::Rebound { key: r.key.clone(), was: r.file.clone(), now: file });
        }
        match texts.of(disk) {
            Some(text) if text.sha256 == r.sha256 => mentioned.push(text),
            _ => return Some(Why::Changed { key: r.key.clone(), file }),
        }
    }
    // The test file's own text is among what it runs; it is the one place a
    // call to an added function can be without a reached function changing.
    let added = current.added();
    if added.is_empty() {
        return None;
    }
    let test_identifiers = identifiers(test_text);
    added
        .iter()
        .find(|name| {
            let last = name.rsplit('.').next().unwrap_or(name);
            test_identifiers.contains(last) || mentioned.iter().any(|t| t.identifiers.contains(last))
        })
        .map(|name| Why::Added { key: name.clone() })
}

/// Files read once per selection.
#[derive(Default)]
struct Texts {
    by_path: HashMap<PathBuf, Option<std::rc::Rc<Text>>>,
}

struct Text {
    sha256: String,
    identifiers: BTreeSet<String>,
}

impl Texts {
    fn of(&mut self, path: PathBuf) -> Option<std::rc::Rc<Text>> {
        self.by_path
            .entry(path)
            .or_insert_with_key(|p| {
                // As the library reads a file: text, or nothing when it cannot be read as text.
                let text = std::fs::read_to_string(p).ok()?;
                Some(std::rc::Rc::new(Text { sha256: crate::sha256_hex(&text), identifiers: identifiers(&text) }))
            })
            .clone()
    }
}

/// Every identifier-like word of `text` (names in strings too: `feval('f')`).
fn identifiers(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic())).map(str::to_string).collect()
}

#[cfg(test)]
mod tests;
