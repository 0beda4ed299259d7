//! `rmsnap test --affected`: the tests a change since their last run
//! affects, by the reach records beside the library set's snapshot
//! (`rmsnap_reach`), and the records a run leaves for the next.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rmsnap_bridge::library::stamps::Stamps;
use rmsnap_bridge::link::FunctionSource;
use rmsnap_bridge::testing::run::Ran;
use rmsnap_bridge::testing::Prepared;
use rmsnap_reach::affected::Current;
use rmsnap_reach::{Outcome, Records, Selected};
use runtime_hooks::run::RunRequest;
use runtime_hooks::serve::Served;

/// The library as it is now, as the selection asks about it.
struct Now<'a> {
    library: &'a dyn FunctionSource,
    added: BTreeSet<String>,
}

impl Current for Now<'_> {
    fn file_of(&self, key: &str) -> Option<(String, PathBuf)> {
        self.library.file_of(key).map(|s| (s.id, s.disk))
    }

    fn added(&self) -> &BTreeSet<String> {
        &self.added
    }
}

/// The names the library set's folders define now (by MATLAB's file-name
/// rule): the folders listed, files whose stamps beside the served snapshot
/// say they are unchanged left unread.
pub fn library_names(request: &RunRequest, served: &Served) -> BTreeSet<String> {
    let known = || served.snapshot.as_ref().map(|s| Stamps::read_beside(&s.path())).unwrap_or_default();
    let Ok(library) = request.sources().library_known(known) else { return BTreeSet::new() };
    library.files.iter().filter_map(|f| rmsnap_model::file::named_for(&f.path)).collect()
}

/// The records at `path`; a file that cannot be read is reported and counts as none.
pub fn read(path: &Path) -> Records {
    Records::read(path).unwrap_or_else(|e| {
        eprintln!("warning: reach records not used, every test is selected: {e}");
        Records::default()
    })
}

/// The planned tests a change affects, each with why.
pub fn select(prepared: &Prepared, records: &Records, library: &dyn FunctionSource, names_now: &BTreeSet<String>) -> Vec<Selected> {
    let now = Now { library, added: records.added(names_now) };
    rmsnap_reach::affected(records, prepared.tests(), &now)
}

/// `records` with what `ran` left: each test's outcome and, for a pass, what
/// it reached; tests of deleted files forgotten.
pub fn record(mut records: Records, prepared: &Prepared, ran: &[Ran], names_now: BTreeSet<String>) -> Records {
    let texts: std::collections::HashMap<_, _> = prepared.tests().into_iter().collect();
    for r in ran {
        let Some(text) = texts.get(&r.test) else { continue };
        let outcome = if r.passed { Outcome::Passed } else { Outcome::NotPassed };
        records.record(r.test.clone(), outcome, rmsnap_reach::sha256_hex(text), r.reached.iter().cloned());
    }
    records.retain(|t| prepared.project_root.join(&t.file).is_file());
    records.set_library(names_now);
    records
}
