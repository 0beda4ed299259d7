//! The bridge between rmsnap and RunMat 0.6.2: everything that calls RunMat's
//! compiler, VM and runtime lives here, so providers (at build) and
//! runtime-hooks (at run) share one pipeline and neither knows RunMat's APIs.
//!
//! Along the data path (see `docs/architecture.md`):
//! - [`library`]: which `.m` files exist (bundled, linked toolbox crates,
//!   directories) and which definition of a name wins ([`library::resolve`]);
//! - [`isolate`]: per-file parsing in worker processes (RunMat's parser can abort);
//! - [`compile`]: RunMat's parse → HIR → MIR → bytecode, for a script and, file
//!   by file in one global id space, for a library ([`compile::library`]);
//! - [`stored`]: the deterministic encoding of one compiled library function;
//! - [`link`]: a script bound against precompiled functions;
//! - [`exec`]: running bytecode on RunMat's VM;
//! - [`pool`]: the rayon pool, with the stack RunMat's recursive passes need;
//! - [`supervise`]: the run in a child process, retried with every compile in
//!   workers when RunMat crashes before the script starts.

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod builtins;
pub mod call_time;
pub mod compile;
pub mod display;
pub mod exec;
pub mod gc;
pub mod isolate;
pub mod library;
pub mod link;
pub mod path_watch;
pub mod pool;
pub mod report;
pub mod stored;
pub mod supervise;
pub mod testing;
pub mod unit_failure;
pub mod workspace;

pub use compile::library::{CompiledFile, CompiledLibrary, EntryFacts};
pub use compile::{CompileFailure, FunctionOrigin};
pub use isolate::Isolation;
pub use library::linked::{Toolbox, ToolboxManifest};
pub use library::{Library, LibraryKind, LibrarySpec, SourceFile};
pub use link::{FunctionSource, LibraryFunction, StoredFunction, UnitInfo};

/// The runtime every snapshot built through this bridge is for.
pub const RUNTIME_VERSION: &str = "runmat 0.6.2";
