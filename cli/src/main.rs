//! `rmsnap`: build, inspect, verify and run RunMat snapshots.

// Linking a toolbox crate is what adds it: its provider registers at link time.
#[cfg(feature = "toolbox-signal")]
use rmsnap_toolbox_signal as _;

fn main() -> std::process::ExitCode {
    rmsnap_cli::main()
}
