//! RunMat providers for rmsnap. Linking this crate registers four providers in
//! snapshot-core's slice; each turns what the RunMat bridge ([`rmsnap_bridge`])
//! produces into one section and owns that section's schema (entry types, what
//! `verify` checks, what `inspect` shows, what the runtime decodes):
//!
//! | provider / section | holds |
//! |---|---|
//! | [`builtins`] `runmat.builtins` | the builtin table and its ABI fingerprint |
//! | [`library`] `runmat.library` | where each library function came from (file, source hash), files left out |
//! | [`bytecode`] `runmat.bytecode` | each library function's compiled bytecode |
//! | [`gc`] `runmat.gc` | GC presets with measured profiles, and the one to apply |
//!
//! [`register_toolbox!`] is how toolbox crates add their MATLAB sources
//! (provider `toolbox.<name>`, section `toolbox.<name>.manifest`).

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod builtins;
pub mod bytecode;
pub mod gc;
pub mod layers;
pub mod library;
pub mod previous;
pub mod toolbox;

pub use rmsnap_bridge::{Isolation, Library, RUNTIME_VERSION};

#[doc(hidden)]
pub use rmsnap_bridge;
#[doc(hidden)]
pub use snapshot_core;

pub const BUILTINS_SECTION: &str = "runmat.builtins";
pub const LIBRARY_SECTION: &str = "runmat.library";
pub const BYTECODE_SECTION: &str = "runmat.bytecode";
pub const GC_SECTION: &str = "runmat.gc";

/// What `rmsnap build` hands the RunMat providers.
#[derive(Debug, Clone)]
pub struct RunmatInputs {
    /// Every library the snapshot holds: bundled, linked toolbox crates, directories.
    pub library: Library,
    pub isolation: Isolation,
    /// GC preset the runtime applies at startup.
    pub gc_preset: String,
    /// An earlier, compatible snapshot of the same library set: files that
    /// compile to the same bytes are copied from it (an incremental build).
    pub previous: Option<std::sync::Arc<snapshot_core::Snapshot>>,
    /// What a reuse asks of `previous`, read ahead ([`previous::Prepared`]).
    pub prepared: previous::Prepared,
    /// A check worker started ahead (with [`Isolation::Worker`]): a process
    /// start takes as long as the rest of a refresh's checking.
    pub check_standby: Ahead<rmsnap_bridge::isolate::Standby>,
    /// Entries of `previous` not to copy: found damaged by an earlier attempt
    /// ([`snapshot_core::BuildError::Reused`]).
    pub refused: std::collections::BTreeSet<String>,
}

impl Default for RunmatInputs {
    fn default() -> Self {
        RunmatInputs {
            library: Library::bundled().with_linked_toolboxes(),
            isolation: Isolation::InProcess,
            gc_preset: gc::DEFAULT_PRESET.into(),
            previous: None,
            prepared: Default::default(),
            check_standby: Default::default(),
            refused: Default::default(),
        }
    }
}

/// A value made ahead of the build — on another thread, or a worker process
/// started early — for a provider to take, once.
pub struct Ahead<T>(std::sync::Arc<std::sync::Mutex<Option<T>>>);

impl<T> Ahead<T> {
    pub fn new(value: T) -> Ahead<T> {
        Ahead(std::sync::Arc::new(std::sync::Mutex::new(Some(value))))
    }

    pub fn take(&self) -> Option<T> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

impl<T> Default for Ahead<T> {
    fn default() -> Self {
        Ahead(Default::default())
    }
}

impl<T> Clone for Ahead<T> {
    fn clone(&self) -> Self {
        Ahead(self.0.clone())
    }
}

impl<T> std::fmt::Debug for Ahead<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ahead")
    }
}

pub(crate) fn inputs(ctx: &snapshot_core::BuildContext) -> std::borrow::Cow<'_, RunmatInputs> {
    match ctx.input::<RunmatInputs>() {
        Some(i) => std::borrow::Cow::Borrowed(i),
        None => std::borrow::Cow::Owned(RunmatInputs::default()),
    }
}
