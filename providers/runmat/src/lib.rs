//! RunMat providers for rmsnap. Linking this crate registers five providers
//! (builtins, HIR, bytecode, GC presets, hints) in snapshot-core's slice; the
//! modules below are the RunMat plumbing they and the runtime hooks share, and
//! [`register_toolbox!`] is how toolbox crates add their MATLAB sources.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod exec;
pub mod gc;
pub mod hints;
pub mod hir;
pub mod ids;
pub mod link;
pub mod parallel;
pub mod resolve;
pub mod sources;
pub mod stored;
pub mod toolbox;
pub mod unit;
pub mod worker;

pub use compile::{CompileFailure, FunctionOrigin};
pub use unit::LibraryUnit;
pub use link::{FunctionSource, LibraryFunction, UnitInfo};
pub use sources::{Library, LibraryKind, LibrarySpec, SourceFile};
pub use toolbox::Toolbox;

#[doc(hidden)]
pub use snapshot_core;
pub use worker::Isolation;

/// The runtime every snapshot from these providers is for.
pub const RUNTIME_VERSION: &str = "runmat 0.6.2";

pub const BUILTINS_SECTION: &str = "runmat.builtins";
pub const HIR_SECTION: &str = "runmat.hir";
pub const BYTECODE_SECTION: &str = "runmat.bytecode";
pub const GC_SECTION: &str = "runmat.gc";
pub const HINTS_SECTION: &str = "runmat.hints";

/// Key of whole-section records (cannot clash with a MATLAB identifier).
pub const UNIT_KEY: &str = "@unit";

/// What `rmsnap build` hands the RunMat providers.
#[derive(Debug, Clone)]
pub struct RunmatInputs {
    pub library: Library,
    pub isolation: Isolation,
    /// Script whose run ranks hot functions: (path, text). `None`: the bundled demo.
    pub profile: Option<(String, String)>,
    /// GC preset the runtime applies at startup.
    pub gc_preset: String,
}

impl Default for RunmatInputs {
    fn default() -> Self {
        RunmatInputs { library: Library::bundled(), isolation: Isolation::InProcess, profile: None, gc_preset: gc::DEFAULT_PRESET.into() }
    }
}

/// The demo workload shipped with the bundled toolbox.
pub const DEMO_SCRIPT: (&str, &str) = ("bundled/demo.m", include_str!("../demo.m"));

pub(crate) fn inputs(ctx: &snapshot_core::BuildContext) -> std::borrow::Cow<'_, RunmatInputs> {
    match ctx.input::<RunmatInputs>() {
        Some(i) => std::borrow::Cow::Borrowed(i),
        None => std::borrow::Cow::Owned(RunmatInputs::default()),
    }
}
