//! `rmsnap-bench [OPTIONS]`: rmsnap's benchmarks. The binary is also `rmsnap`
//! (`rmsnap-bench run script.m`, and build workers): what the benchmarks time
//! as fresh processes re-executes this binary with rmsnap's command line.

use std::process::ExitCode;

// The toolbox crates `rmsnap` links (its default features), so snapshots and
// runs here are `rmsnap`'s: a toolbox crate is added by linking it.
use rmsnap_toolbox_signal as _;

use clap::Parser;

fn main() -> ExitCode {
    // A build re-executes this binary to check library files in isolation.
    rmsnap_bridge::isolate::serve_if_worker();
    if std::env::args().nth(1).is_some_and(|first| rmsnap_cli::is_command(&first)) {
        return rmsnap_cli::main();
    }
    let cli = rmsnap_bench::Cli::parse();
    // RunMat's parser and VM recurse deeply; give them room.
    match std::thread::Builder::new().stack_size(256 << 20).spawn(move || rmsnap_bench::main(cli.args)).map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}
