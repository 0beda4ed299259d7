//! What the run layer does about a library set without a usable snapshot,
//! the same for a script ([`crate::run`]), a test run ([`crate::serve`]), a
//! REPL session ([`crate::session`]) and any embedder of this crate:
//!
//! - **pull on miss**: before looking, a set the cache has no file for is
//!   fetched from the team's registry, when a [`Remote`] is registered
//!   ([`set_remote`]; `rmsnap` registers one for `RMSNAP_REMOTE`);
//! - **build after the run**: a run that could not use the cache's file as
//!   it is says so ([`crate::run::CacheWrite`]) and [`crate::run::refresh_cache`]
//!   writes it once the results are out;
//! - **build beside a session**: a session with no snapshot builds its set's
//!   beside it and switches to it when ready ([`BuildBeside`]).

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::cache::{self, CacheMode};
use crate::discovery::Origin;
use crate::{build_snapshot, BuildRequest, SnapshotHandle, Sources};

/// Where a set's snapshot can be fetched from when this machine has none.
pub trait Remote: Send + Sync {
    /// How messages name it (e.g. `RMSNAP_REMOTE=registry.example.com/team/lib`).
    fn reference(&self) -> String;
    /// Fetches the snapshot of `sources`'s set (cache key `key`), checked as a
    /// local file would be, into the cache where a run of the set finds it.
    fn pull(&self, sources: &Sources, key: &str) -> Result<Pulled, String>;
}

/// A snapshot a [`Remote`] brought into the cache.
#[derive(Debug, Clone)]
pub struct Pulled {
    /// What was pulled (`registry/repo@digest`).
    pub reference: String,
    /// Bytes downloaded (layers kept from earlier pulls are not).
    pub bytes: u64,
    pub elapsed: Duration,
}

/// What pull on miss did for one run.
#[derive(Debug)]
pub struct PullAttempt {
    /// The remote's [`Remote::reference`].
    pub remote: String,
    pub outcome: Result<Pulled, String>,
}

static REMOTE: OnceLock<Box<dyn Remote>> = OnceLock::new();

/// Registers the remote every run of this process pulls from on a miss
/// (once; a second registration is refused and returns `false`).
pub fn set_remote(remote: Box<dyn Remote>) -> bool {
    REMOTE.set(remote).is_ok()
}

/// Pull on miss: when a remote is registered, the file the run would read is
/// the cache's for `sources`'s set (key `key`, `origin` [`Origin::Cache`]:
/// the run names no snapshot of its own) and is missing, the run wants a
/// snapshot (`!no_snapshot`) and may write the cache, the remote's is fetched
/// into `path` first. `None`: nothing was tried.
pub fn pull_on_miss(sources: &Sources, key: &str, path: &Path, origin: Origin, no_snapshot: bool) -> Option<PullAttempt> {
    let remote = REMOTE.get()?;
    if origin != Origin::Cache || no_snapshot || path.exists() || cache::mode().ok()? != CacheMode::ReadWrite {
        return None;
    }
    Some(PullAttempt { remote: remote.reference(), outcome: remote.pull(sources, key) })
}

/// A set's snapshot being built beside a session that started without one.
pub struct BuildBeside {
    target: PathBuf,
    thread: Option<std::thread::JoinHandle<Result<Arc<SnapshotHandle>, String>>>,
}

impl BuildBeside {
    /// Starts building `sources`'s snapshot into the cache (from `previous`,
    /// another place's or an unusable file, where what did not change is
    /// copied from), when the cache may be written; `None` otherwise.
    pub fn start(sources: &Sources, toolbox_dirs: &[PathBuf], previous: Option<&Path>) -> Option<BuildBeside> {
        if cache::mode().ok()? != CacheMode::ReadWrite {
            return None;
        }
        let target = cache::path_for(&cache::key(sources), &cache::place(sources));
        let request = BuildRequest {
            toolbox_dirs: toolbox_dirs.to_vec(),
            found: sources.found().to_vec(),
            script: sources.script().map(Path::to_path_buf),
            isolation: rmsnap_bridge::Isolation::current_exe(),
            previous: previous.filter(|p| p.is_file()).map(Path::to_path_buf),
            trust: sources.trust.clone(),
            durability: snapshot_core::write::Durability::Cached,
            stamps: true,
            ..BuildRequest::default()
        };
        let (for_thread, for_handle) = (target.clone(), sources.clone());
        let thread = std::thread::spawn(move || {
            build_snapshot(&request, &for_thread).map_err(|e| e.to_string())?;
            SnapshotHandle::open(&for_thread, for_handle).map(Arc::new).map_err(|e| e.to_string())
        });
        Some(BuildBeside { target, thread: Some(thread) })
    }

    /// Where the snapshot is written.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The built snapshot, opened, once the build finished (`None` while it runs).
    pub fn ready(&mut self) -> Option<Result<Arc<SnapshotHandle>, String>> {
        if !self.thread.as_ref()?.is_finished() {
            return None;
        }
        self.finish()
    }

    /// Waits for the build (a session ending: the snapshot is for the next one).
    pub fn finish(&mut self) -> Option<Result<Arc<SnapshotHandle>, String>> {
        let thread = self.thread.take()?;
        Some(thread.join().unwrap_or_else(|_| Err("the build panicked".to_string())))
    }
}
