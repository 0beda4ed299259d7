//! runtime-hooks: RunMat starts from an rmsnap snapshot when one is usable, and
//! compiles from source — saying why — when it is not.
//!
//! [`discovery`] finds the snapshot, [`loaded`] checks it (compatibility key,
//! libraries, freshness of each function reached), [`run`] links a script
//! against it or compiles cold, [`serve`] serves a test run's library,
//! [`session`] a REPL's, [`policy`] decides what a miss does for all of them
//! (pull, build after, build beside), and [`build`] produces snapshots.

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod build;
pub mod cache;
pub mod discovery;
pub mod freshness;
pub mod handle;
pub mod loaded;
pub mod lookup;
pub mod memory;
pub mod policy;
pub mod refresh;
pub mod run;
pub mod serve;
pub mod session;
pub mod trust;
pub mod verify;

pub use build::{build_snapshot, BuildRequest};
pub use freshness::Sources;
pub use handle::{ReloadEvent, SnapshotHandle};
pub use loaded::LoadedSnapshot;
pub use run::{run_script, Mode, RunReport, RunRequest, SnapshotPolicy};
pub use trust::Trust;

use snapshot_core::{CompatError, OpenError, SectionError, SignatureError};

/// Why a snapshot cannot be used for this run.
#[derive(Debug, thiserror::Error)]
pub enum UnusableSnapshot {
    #[error("no snapshot found (looked at {0})")]
    NotFound(String),
    #[error(transparent)]
    Open(OpenError),
    #[error(transparent)]
    Compat(CompatError),
    #[error(transparent)]
    Section(SectionError),
    #[error("untrusted snapshot {0}")]
    Untrusted(String),
    #[error(transparent)]
    Signature(SignatureError),
    #[error("stale snapshot: {0}")]
    Stale(String),
    #[error("{0}")]
    Other(String),
}
