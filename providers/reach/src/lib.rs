//! The hint provider: what each test reached the last time it ran, kept
//! beside the snapshot of its library set, and which tests a change affects.
//!
//! A snapshot is written once and read by many processes; recording into it
//! would rewrite it after every run. The records therefore live in a file of
//! their own beside it (`<snapshot>.reach`, [`records::path_beside`]), written
//! whole and renamed into place, never read by a run that does not ask for
//! them. Losing the file (or a race between two runs writing it) loses only
//! records, and a test without a record is always selected: the records can
//! make a run select more tests than needed, never fewer.
//!
//! What a test reached is what it could call: the library functions its
//! file's link pulled in (the call lists the snapshot holds, followed from the
//! file's own references) and the names its run computed (`feval`,
//! `str2func`, `cellfun` with a name), each with the function's file and the
//! SHA-256 of the text compiled. [`affected`] compares those with the library
//! as it is now.

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod affected;
pub mod records;

pub use affected::{affected, Selected, Why};
pub use records::{path_beside, Outcome, ReachError, Reached, Records, TestName, TestRecord};

/// SHA-256 of `text`, lower-case hex: how rmsnap names the text a function was compiled from.
pub fn sha256_hex(text: &str) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}
