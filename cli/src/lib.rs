//! The `rmsnap` command as a library, so binaries can choose which toolbox
//! crates they link: `src/main.rs` is `rmsnap` (toolbox crates behind cargo
//! features), `src/bin/rmsnap-without-toolboxes.rs` links none.

#![deny(clippy::unwrap_used, clippy::expect_used)]

mod affected;
mod build;
mod cache;
mod diff;
mod inspect;
mod keygen;
mod remote;
mod repl;
mod run;
mod test;
mod trust;
mod verify;

// Every binary built on this crate allocates with mimalloc. RunMat's compiler
// makes many small allocations; building a 100,000-function library, glibc's
// malloc spent ~40% of the CPU in a fragmented heap; mimalloc about halves
// the build (same bytes out; figures in the README, "Measured"). Without
// transparent huge pages (`no_thp`): with them, faulting in and compacting
// 2 MB pages took half of a 10,000-function build's time on this machine.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// Exit codes other than 0 (success) and 2 (usage, from clap).
pub mod exit {
    /// Bad command line (clap uses it too).
    pub const USAGE: u8 = 2;
    /// The script failed to compile or raised an error.
    pub const SCRIPT: u8 = 1;
    /// `--snapshot-policy require` and the snapshot is not usable.
    pub const SNAPSHOT_REQUIRED: u8 = 3;
    /// `rmsnap verify` found the snapshot invalid (or could not read it).
    pub const INVALID: u8 = 4;
    /// The build failed.
    pub const BUILD: u8 = 5;
    /// `--strict` build with library files that did not compile.
    pub const STRICT: u8 = 6;
    /// A file could not be read or written (a snapshot to push, the cache).
    pub const IO: u8 = 7;
    /// The registry could not be reached, refused the credentials or has no such artifact.
    pub const REMOTE: u8 = 8;
}

#[derive(Parser)]
#[command(name = "rmsnap", version, about = "Snapshots of RunMat's compiled library: build once, start fast")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile the bundled toolbox (plus any --toolbox directories) with every linked
    /// provider and write a snapshot atomically.
    Build(build::Args),
    /// Make an Ed25519 key pair for signing snapshots: the secret key in OUT (mode 0600),
    /// the public key in OUT.pub. Prints the key id.
    Keygen(keygen::Args),
    /// Show a snapshot's header, signer, compatibility key, sections and contents.
    Inspect {
        path: PathBuf,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Check every byte of a snapshot and decode every entry; exit 0 only if valid.
    Verify {
        path: PathBuf,
        /// Also check that the snapshot is signed by the public key in this file.
        #[arg(long, value_name = "PUBLIC_KEY_FILE")]
        key: Option<PathBuf>,
    },
    /// Run a MATLAB script as `runmat SCRIPT` would, with library calls served from the snapshot.
    ///
    /// The same program as `runmat SCRIPT`, only faster: rmsnap reads the folders RunMat
    /// reads for the script (a `runmat.toml`/`runmat.json` project found from the script's
    /// folder upwards, its `[sources] roots` and its `path` dependencies, else the script's
    /// own folder; then `RUNMAT_PATH` and `MATLABPATH`; `+pkg` folders and the script
    /// folder's `private/` included), prints what runmat prints (output, the values of unsuppressed
    /// statements, its error report) and exits as it does (1 when the script fails). No
    /// build step: the first run of a library set compiles from source, then writes a
    /// snapshot for that set into `$XDG_CACHE_HOME/rmsnap/sets`; later runs start from it,
    /// also after the project is moved or copied; an edited or newly added function is
    /// compiled alone and linked with the rest.
    /// `RMSNAP_CACHE=off|readonly`, `RMSNAP_CACHE_MAX` (default 2G); `rmsnap cache list|gc|clear`.
    #[command(verbatim_doc_comment)]
    Run(run::Args),
    /// Interactive MATLAB on RunMat, reading the current folder's library set as RunMat's REPL
    /// does; workspace kept across statements and snapshot reloads.
    Repl(repl::Args),
    /// Run MATLAB tests as `runmat test` does (same discovery, ids, selection, reports),
    /// with the library served from the snapshot.
    Test(test::Args),
    /// Upload the snapshot of a library set to an OCI registry (tagged with its cache key).
    ///
    /// `rmsnap push REGISTRY/REPO SCRIPT` pushes the cache's snapshot for SCRIPT's library
    /// set (`rmsnap build SCRIPT` makes it), as an artifact of rmsnap's own media types:
    /// a config blob (compatibility, library-set key) and the snapshot split into layers —
    /// a base (builtins, bundled library, toolbox crates) and one per folder of the set —
    /// each a blob. Blobs the registry already holds are not sent again, so an edit inside
    /// one toolbox ships that toolbox's layer. Credentials:
    /// RMSNAP_REGISTRY_USER/RMSNAP_REGISTRY_PASSWORD, else `docker login`'s.
    #[command(verbatim_doc_comment)]
    Push(remote::PushArgs),
    /// Download a library set's snapshot from an OCI registry into the cache.
    ///
    /// Layers kept from earlier pushes and pulls are not downloaded again. Every blob is
    /// checked against its digest, each layer opened as a snapshot file, and the composed
    /// snapshot checked as a local one would be
    /// (compatible with this binary, every byte through its digest, signed when --require-signed)
    /// before it is written, atomically, where `rmsnap run` looks. With
    /// RMSNAP_REMOTE=REGISTRY/REPO, a run pulls on a cache miss by itself (and runs from
    /// source, after one warning, when the registry cannot serve it).
    #[command(verbatim_doc_comment)]
    Pull(remote::PullArgs),
    /// Why two snapshots differ (files, or REGISTRY/REPOSITORY:TAG references): compatibility
    /// fields, library-set key, layers, sections and entries; for a library function whether its
    /// source, its file or only its compiled code changed. Exit 0 when the same, 1 when not.
    Diff(diff::Args),
    /// The automatic snapshot cache: one snapshot per library set, written by runs that missed.
    Cache {
        #[arg(value_enum)]
        action: cache::Action,
    },
}

/// Whether `name` is one of `rmsnap`'s commands (a binary built on this crate
/// with commands of its own, `rmsnap-bench`, hands those to [`main`]).
pub fn is_command(name: &str) -> bool {
    Cli::command().find_subcommand(name).is_some()
}

/// Runs the command line of this process.
pub fn main() -> ExitCode {
    // A build re-executes this binary to check library files in isolation.
    rmsnap_bridge::isolate::serve_if_worker();
    let cli = Cli::parse();
    // Runs of every command pull a missing snapshot from RMSNAP_REMOTE, when set.
    remote::register_from_env();
    // A run happens in a child that RunMat may crash; this process reports
    // the crash (or runs the command again with every compile in workers).
    if matches!(cli.command, Command::Run(_)) {
        if let Some(code) = rmsnap_bridge::supervise::supervise(|crash| eprintln!("rmsnap: {crash}; the run was stopped")) {
            return ExitCode::from(code);
        }
    }
    // RunMat's parser and VM recurse deeply; give them room.
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(move || match cli.command {
        Command::Build(args) => build::main(args),
        Command::Keygen(args) => keygen::main(args),
        Command::Inspect { path, json } => inspect::main(&path, json),
        Command::Verify { path, key } => verify::main(&path, key.as_deref()),
        Command::Run(args) => run::main(args),
        Command::Test(args) => test::main(args),
        Command::Repl(args) => repl::main(args),
        Command::Cache { action } => cache::main(action),
        Command::Push(args) => remote::push(args),
        Command::Pull(args) => remote::pull(args),
        Command::Diff(args) => diff::main(args),
    });
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}
