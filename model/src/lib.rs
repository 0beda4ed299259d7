//! The model of a MATLAB library as RunMat 0.6.2 sees it, with nothing of
//! RunMat in it: every string convention rmsnap stores or compares lives here
//! and nowhere else.
//!
//! - [`key`]: the key a compiled function is stored under (`f`, `owner>local`,
//!   `folder/private/f`, `pkg.f`).
//! - [`file`]: file ids (`library/path/below/its/folder.m`), the roles of the
//!   folders RunMat reads, and what a file's place says about it (package,
//!   `private/`, `@Class`, search-path folder, dependency).
//! - [`listing`]: what decides binding, read without opening a function file.
//! - [`text`]: what a file's first lines say (declared name, script, `classdef`).
//! - [`binding`]: the one binding engine — which file each name binds to, at
//!   build time, in the run-time check and at call time.

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod binding;
pub mod file;
pub mod key;
pub mod listing;
pub mod text;

pub use binding::{bind, Binding, Definition, LibraryInfo, LibraryOrigin, ResolveError};
pub use file::{FileId, FoundRole};
pub use key::FunctionKey;
pub use listing::ListingEntry;
