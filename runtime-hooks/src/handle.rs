//! A hot-reloadable snapshot for long-lived sessions (REPL, embedders).
//!
//! Readers take one guard per evaluation with [`SnapshotHandle::current`] (a
//! lock-free `arc-swap` load) and keep it for that evaluation only, so an
//! evaluation that started on version N finishes on version N. [`reload`]
//! opens and fully validates a new file off the reader path and swaps only on
//! success; the old snapshot and its bytes are freed when the last guard or
//! `Arc` holding it goes away. Each version is held in memory, read and
//! verified whole: whatever happens to the file later (truncated, rewritten in
//! place), the session keeps serving the version it verified.
//!
//! [`reload`]: SnapshotHandle::reload

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

use arc_swap::{ArcSwap, Guard};

use crate::verify::verify_snapshot;
use crate::{LoadedSnapshot, Sources, UnusableSnapshot};

static LIVE: AtomicUsize = AtomicUsize::new(0);

/// A loaded snapshot and the version number the handle gave it.
pub struct Versioned {
    pub version: u64,
    pub snapshot: LoadedSnapshot,
}

impl Versioned {
    fn new(version: u64, snapshot: LoadedSnapshot) -> Arc<Versioned> {
        LIVE.fetch_add(1, Ordering::SeqCst);
        Arc::new(Versioned { version, snapshot })
    }
}

impl Drop for Versioned {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
    }
}

impl rmsnap_bridge::FunctionSource for Versioned {
    fn function(&self, name: &str) -> Result<Option<Arc<rmsnap_bridge::StoredFunction>>, String> {
        self.snapshot.function(name)
    }
    fn unit(&self) -> Result<rmsnap_bridge::UnitInfo, String> {
        self.snapshot.unit()
    }
    fn file_of(&self, key: &str) -> Option<rmsnap_bridge::link::SourceOf> {
        rmsnap_bridge::FunctionSource::file_of(&self.snapshot, key)
    }
}

/// Snapshots alive in this process (for tests and `:stats`).
pub fn live_versions() -> usize {
    LIVE.load(Ordering::SeqCst)
}

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReloadEvent {
    Swapped { version: u64, path: PathBuf },
    Rejected { path: PathBuf, error: String },
}

pub struct SnapshotHandle {
    current: ArcSwap<Versioned>,
    next_version: AtomicU64,
    sources: Sources,
    watchers: Mutex<Vec<Sender<ReloadEvent>>>,
    /// Serializes reloads; readers never take it.
    reloading: Mutex<()>,
}

impl SnapshotHandle {
    pub fn new(snapshot: LoadedSnapshot, sources: Sources) -> SnapshotHandle {
        SnapshotHandle {
            current: ArcSwap::new(Versioned::new(1, snapshot)),
            next_version: AtomicU64::new(2),
            sources,
            watchers: Mutex::new(Vec::new()),
            reloading: Mutex::new(()),
        }
    }

    /// Opens, checks and fully validates `path`, then starts a handle on it.
    pub fn open(path: &Path, sources: Sources) -> Result<SnapshotHandle, UnusableSnapshot> {
        let loaded = load_validated(path, sources.clone())?;
        Ok(SnapshotHandle::new(loaded, sources))
    }

    /// The snapshot to use for one evaluation. Do not store the guard.
    #[inline]
    pub fn current(&self) -> Guard<Arc<Versioned>> {
        self.current.load()
    }

    /// An owned reference, for work that outlives a guard (e.g. across an await).
    pub fn current_arc(&self) -> Arc<Versioned> {
        self.current.load_full()
    }

    pub fn version(&self) -> u64 {
        self.current.load().version
    }

    /// Validates `path` completely and, only if it is usable, makes it current.
    pub fn reload(&self, path: &Path) -> Result<u64, UnusableSnapshot> {
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        match load_validated(path, self.sources.clone()) {
            Ok(loaded) => {
                let version = self.next_version.fetch_add(1, Ordering::SeqCst);
                self.current.store(Versioned::new(version, loaded));
                self.notify(ReloadEvent::Swapped { version, path: path.into() });
                Ok(version)
            }
            Err(e) => {
                self.notify(ReloadEvent::Rejected { path: path.into(), error: e.to_string() });
                Err(e)
            }
        }
    }

    /// Receives an event for every reload attempt from now on.
    pub fn subscribe(&self) -> Receiver<ReloadEvent> {
        let (tx, rx) = channel();
        self.watchers.lock().unwrap_or_else(|e| e.into_inner()).push(tx);
        rx
    }

    fn notify(&self, event: ReloadEvent) {
        self.watchers.lock().unwrap_or_else(|e| e.into_inner()).retain(|w| w.send(event.clone()).is_ok());
    }
}

/// A session's snapshot is read whole and verified whole: the session then
/// never reads the file again, so nothing done to the file can break it.
fn load_validated(path: &Path, sources: Sources) -> Result<LoadedSnapshot, UnusableSnapshot> {
    let loaded = LoadedSnapshot::open_with(path, sources, snapshot_core::OpenMode::Read)?;
    verify_snapshot(loaded.snapshot()).map_err(|e| match e {
        crate::verify::VerifyError::Section(s) => UnusableSnapshot::Section(s),
        other => UnusableSnapshot::Other(other.to_string()),
    })?;
    Ok(loaded)
}
