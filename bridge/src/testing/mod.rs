//! RunMat's test runner as `rmsnap test` drives it: the same discovery,
//! selection and identities as `runmat test` 0.6.2 (RunMat's own crates do the
//! work: `runmat-static-analysis` discovers, `runmat-test` plans), with the
//! library served by rmsnap.

pub mod discover;

pub use discover::{prepare, Prepared, TestError, TestRequest};
pub mod execute;
pub mod run;
pub mod runtests;
pub mod value;
pub mod worker;
