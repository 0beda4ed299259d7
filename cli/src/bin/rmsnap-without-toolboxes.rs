//! `rmsnap` exactly as `cargo build --no-default-features` makes it: no toolbox
//! crate linked. Built beside `rmsnap` so tests compare the two in one cargo
//! invocation (cargo cannot build one package under two feature sets at once).

fn main() -> std::process::ExitCode {
    rmsnap_cli::main()
}
