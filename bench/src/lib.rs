//! rmsnap's benchmark harness, kept out of the shipped `rmsnap`: time to first
//! result on synthetic toolboxes (in process and as fresh processes), against
//! the real `runmat` (`--runmat`: generated layouts, the external corpus,
//! generated test suites) and through a registry (`--remote`). Figures go to
//! `docs/benchmarks.md`; the generator is `integration_tests::synth`.

#![deny(clippy::unwrap_used, clippy::expect_used)]

mod bench;
mod bench_corpus;
mod bench_remote;
mod bench_runmat;
mod bench_test;

pub use bench::{main, Args};

/// `rmsnap-bench`'s command line.
#[derive(clap::Parser)]
#[command(
    name = "rmsnap-bench",
    about = "Time to first result, cold vs snapshot, on synthetic toolboxes of given sizes; or against runmat, a corpus, a registry"
)]
pub struct Cli {
    #[command(flatten)]
    pub args: Args,
}
