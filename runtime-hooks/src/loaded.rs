//! A snapshot checked for use by this runtime: opened, compatible, for the same
//! libraries; serves library functions lazily and checks each one's freshness.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rmsnap_providers::builtins::{self, BuiltinRecord};
use rmsnap_providers::gc::{GcPreset, SELECTED_KEY};
use rmsnap_providers::hints::{Hot, HOT_KEY};
use rmsnap_providers::link::{StoredFunction, UnitInfo};
use rmsnap_providers::hir::REJECTED_KEY;
use rmsnap_providers::toolbox::{ToolboxManifest, MANIFEST_KEY};
use rmsnap_providers::{FunctionOrigin, FunctionSource, BUILTINS_SECTION, BYTECODE_SECTION, GC_SECTION, HINTS_SECTION, HIR_SECTION, RUNTIME_VERSION, UNIT_KEY};
use snapshot_core::{compat, CompatError, Registry, SectionError, Snapshot};

use crate::freshness::Sources;
use crate::UnusableSnapshot;

/// Header meta key listing the libraries a snapshot was built from.
pub const LIBRARIES_META: &str = "libraries";

/// How many hinted functions are decoded eagerly at startup.
pub const EAGER_HOT_FUNCTIONS: usize = 16;

pub struct LoadedSnapshot {
    snapshot: Snapshot,
    sources: Sources,
    pub check_time: Duration,
}

impl LoadedSnapshot {
    /// Opens `path` and checks everything that does not depend on the script.
    pub fn open(path: &Path, sources: Sources) -> Result<LoadedSnapshot, UnusableSnapshot> {
        sources.trust.check_file(path)?;
        let snapshot = Snapshot::open(path).map_err(UnusableSnapshot::Open)?;
        LoadedSnapshot::check(snapshot, sources)
    }

    pub fn check(snapshot: Snapshot, sources: Sources) -> Result<LoadedSnapshot, UnusableSnapshot> {
        let start = Instant::now();
        sources.trust.check_signature(&snapshot)?;
        let registry = Registry::linked().map_err(|e| UnusableSnapshot::Other(e.to_string()))?;
        let expected = compat::current_key(RUNTIME_VERSION, &registry);
        if let Err(e) = compat::check(&expected, snapshot.compat(), snapshot.path()) {
            return Err(UnusableSnapshot::Compat(name_changed_builtins(&snapshot, e)));
        }
        let found = snapshot.header().meta.get(LIBRARIES_META).cloned().unwrap_or_default();
        let wanted = sources.library_names().join(",");
        if found != wanted {
            return Err(UnusableSnapshot::Compat(CompatError { path: snapshot.path().into(), field: LIBRARIES_META.into(), expected: wanted, found }));
        }
        for section in [BYTECODE_SECTION, HIR_SECTION] {
            if snapshot.section(section).is_none() {
                return Err(UnusableSnapshot::Other(format!("snapshot {} has no `{section}` section", snapshot.path().display())));
            }
        }
        check_toolboxes(&snapshot, &sources)?;
        Ok(LoadedSnapshot { snapshot, sources, check_time: start.elapsed() })
    }

    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }
    pub fn path(&self) -> PathBuf {
        self.snapshot.path().to_path_buf()
    }

    /// Applies the GC preset the snapshot selected.
    pub fn apply_gc_preset(&self) -> Result<Option<String>, SectionError> {
        if self.snapshot.section(GC_SECTION).is_none() {
            return Ok(None);
        }
        let name = self.snapshot.entry::<String>(GC_SECTION, SELECTED_KEY)?;
        let preset = self.snapshot.entry::<GcPreset>(GC_SECTION, &name)?;
        // Failing to reconfigure leaves RunMat's defaults in place; not a reason to refuse.
        let _ = runmat_gc::gc_configure(preset.config.clone());
        Ok(Some((*name).clone()))
    }

    /// Decodes the hottest functions now so their first call costs nothing.
    pub fn prefetch_hot(&self) -> Result<usize, UnusableSnapshot> {
        if self.snapshot.section(HINTS_SECTION).is_none() {
            return Ok(0);
        }
        let hot = self.snapshot.entry::<Vec<Hot>>(HINTS_SECTION, HOT_KEY).map_err(UnusableSnapshot::Section)?;
        let mut n = 0;
        for (name, _) in hot.iter().take(EAGER_HOT_FUNCTIONS) {
            if self.function(name).map_err(UnusableSnapshot::Other)?.is_some() {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Whether the build saw this exact file and could not compile it.
    fn was_rejected(&self, path: &str, sha: &str) -> bool {
        self.snapshot
            .entry::<Vec<(String, String)>>(HIR_SECTION, REJECTED_KEY)
            .map(|r| r.iter().any(|(p, s)| p == path && s == sha))
            .unwrap_or(false)
    }

    /// Where a snapshot function came from, and whether that source is unchanged.
    fn check_fresh(&self, name: &str) -> Result<(), String> {
        let origin = self.snapshot.entry::<FunctionOrigin>(HIR_SECTION, name).map_err(|e| e.to_string())?;
        self.sources.check(&origin)
    }
}

impl FunctionSource for LoadedSnapshot {
    fn function(&self, name: &str) -> Result<Option<Arc<StoredFunction>>, String> {
        if !self.snapshot.contains(BYTECODE_SECTION, name).map_err(|e| e.to_string())? {
            // Not in the snapshot: a source file for it that the build did not
            // see (or saw with other contents) means the snapshot is stale.
            return match self.sources.file_for(name) {
                Some((path, sha)) if !self.was_rejected(&path, &sha) => {
                    Err(format!("`{name}` has a source file {path} that the snapshot does not contain (rebuild the snapshot)"))
                }
                _ => Ok(None),
            };
        }
        // A closure or nested function (`owner>name`) is as fresh as its file's primary function.
        self.check_fresh(name.split_once('>').map_or(name, |(owner, _)| owner))?;
        self.snapshot.entry::<StoredFunction>(BYTECODE_SECTION, name).map(Some).map_err(|e| e.to_string())
    }

    fn unit(&self) -> Result<UnitInfo, String> {
        self.snapshot.entry::<UnitInfo>(BYTECODE_SECTION, UNIT_KEY).map(|u| (*u).clone()).map_err(|e| e.to_string())
    }
}

/// Each linked toolbox's section must hold this binary's toolbox: read its
/// manifest (a damaged section is reported with the toolbox's provider id).
fn check_toolboxes(snapshot: &Snapshot, sources: &Sources) -> Result<(), UnusableSnapshot> {
    for toolbox in sources.linked_toolboxes() {
        let manifest = snapshot.entry::<ToolboxManifest>(toolbox.section_id(), MANIFEST_KEY).map_err(UnusableSnapshot::Section)?;
        if *manifest != *toolbox.manifest() {
            return Err(UnusableSnapshot::Stale(format!("toolbox `{}` in the snapshot differs from the one linked into this binary", toolbox.id)));
        }
    }
    Ok(())
}

/// A builtin ABI mismatch says only that the hashes differ; name the builtins.
fn name_changed_builtins(snapshot: &Snapshot, e: CompatError) -> CompatError {
    if !e.field.ends_with(&format!("{BUILTINS_SECTION}.fingerprints.{}", builtins::FINGERPRINT)) {
        return e;
    }
    let Ok(keys) = snapshot.keys(BUILTINS_SECTION) else { return e };
    let mut records = Vec::new();
    for key in keys {
        match snapshot.entry::<BuiltinRecord>(BUILTINS_SECTION, key) {
            Ok(r) => records.push((*r).clone()),
            Err(_) => return e,
        }
    }
    let diffs = builtins::differences(&records, builtins::current_records());
    let listed: BTreeMap<_, _> = diffs.iter().take(5).cloned().collect();
    let names: Vec<String> = listed.iter().map(|(n, why)| format!("{n} ({why})")).collect();
    CompatError { field: format!("builtins: {}{}", names.join(", "), if diffs.len() > 5 { format!(" and {} more", diffs.len() - 5) } else { String::new() }), ..e }
}
