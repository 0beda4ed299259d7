//! A signal-processing toolbox for RunMat, shipped as a crate. Linking it (for
//! example `use rmsnap_toolbox_signal as _;` in a binary) is all it takes: its
//! sources are compiled into every snapshot the binary builds (and recorded in
//! section `toolbox.signal.manifest`), its functions are callable from scripts,
//! and nothing else is edited.
//!
//! Functions are prefixed `sig_`; several call the bundled toolbox (`rm_*`), so
//! the crate requires the RunMat providers that compile it.

#![deny(clippy::unwrap_used, clippy::expect_used)]

rmsnap_providers::register_toolbox! {
    SIGNAL {
        name: "signal",
        version: env!("CARGO_PKG_VERSION"),
        files: include!(concat!(env!("OUT_DIR"), "/toolbox_files.rs")),
        requires: [("runmat.library", ">=1, <5"), ("runmat.bytecode", ">=2, <5")],
        overrides: [],
    }
}
