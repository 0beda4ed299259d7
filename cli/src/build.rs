use std::path::{Path, PathBuf};
use std::sync::Arc;

use rmsnap_bridge::library::discover::FoundDir;
use runtime_hooks::{build_snapshot, discovery, BuildRequest, Sources};
use snapshot_core::{BuildProgress, Codec, CodecChoice};

use crate::exit;

#[derive(clap::Args)]
pub struct Args {
    /// Build the library set `rmsnap run SCRIPT` reads (its project's source roots
    /// or its folder, then RUNMAT_PATH and MATLABPATH) into the cache entry that run
    /// looks at: what a first run would write, ahead of time (CI, large libraries).
    #[arg(value_name = "SCRIPT")]
    script: Option<PathBuf>,
    /// Where to write the snapshot [default: $RMSNAP_SNAPSHOT, else the cache location `rmsnap run` looks at].
    #[arg(long, short)]
    out: Option<PathBuf>,
    /// Add every .m file below DIR as a toolbox (repeatable).
    #[arg(long = "toolbox", value_name = "DIR")]
    toolboxes: Vec<PathBuf>,
    /// GC preset the runtime applies at startup: default, high-throughput, low-latency, low-memory.
    #[arg(long, default_value = "default")]
    gc_preset: String,
    /// Compression of every section (auto: small sections none, hot ones lz4, cold ones zstd).
    #[arg(long, value_enum, default_value_t = CodecArg::Auto)]
    codec: CodecArg,
    #[arg(long, default_value_t = 3)]
    zstd_level: i32,
    /// Exit non-zero if any library file failed to compile.
    #[arg(long)]
    strict: bool,
    /// Print the build report as JSON.
    #[arg(long)]
    json: bool,
    /// Show a progress bar.
    #[arg(long)]
    progress: bool,
    /// Sign the snapshot (Ed25519) with this secret key file, made by `rmsnap keygen`.
    #[arg(long, value_name = "SECRET_KEY_FILE")]
    sign_key: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CodecArg {
    Auto,
    None,
    Lz4,
    Zstd,
}

impl From<CodecArg> for CodecChoice {
    fn from(c: CodecArg) -> Self {
        match c {
            CodecArg::Auto => CodecChoice::Auto,
            CodecArg::None => CodecChoice::Fixed(Codec::None),
            CodecArg::Lz4 => CodecChoice::Fixed(Codec::Lz4),
            CodecArg::Zstd => CodecChoice::Fixed(Codec::Zstd),
        }
    }
}

/// A progress bar on stderr: one step per provider, then one per section written.
fn progress_bar() -> Arc<dyn Fn(BuildProgress<'_>) + Send + Sync> {
    let bar = indicatif::ProgressBar::new(0);
    Arc::new(move |p| {
        let (stage, id, done, total) = match p {
            BuildProgress::Provider { id, done, total } => ("building", id, done, total),
            BuildProgress::Section { id, done, total } => ("writing", id, done, total),
        };
        bar.set_length(total as u64);
        bar.set_position(done as u64);
        bar.set_message(format!("{stage} {id}"));
        if done + 1 >= total && stage == "writing" {
            bar.finish_and_clear();
        }
    })
}

/// The library set `rmsnap run SCRIPT --toolbox DIR...` reads: the folders
/// RunMat reads for the script, then the toolbox directories.
pub(crate) fn library_set(script: Option<&Path>, toolboxes: &[PathBuf]) -> Result<(Vec<FoundDir>, Sources), String> {
    let Some(script) = script else { return Ok((Vec::new(), Sources::new(toolboxes))) };
    if !script.is_file() {
        return Err(format!("{}: not a script file", script.display()));
    }
    let found = rmsnap_bridge::library::discover::discover(script).map_err(|e| e.to_string())?;
    Ok((found.clone(), Sources::new(toolboxes).with_found(script, found)))
}

pub fn main(args: Args) -> u8 {
    let codec = CodecChoice::from(args.codec);
    let sign_key = match args.sign_key.as_deref().map(snapshot_core::keys::read_secret_key).transpose() {
        Ok(k) => k,
        Err(e) => {
            eprintln!("rmsnap build: --sign-key: {e}");
            return exit::USAGE;
        }
    };
    let (found, sources) = match library_set(args.script.as_deref(), &args.toolboxes) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("rmsnap build: {e}");
            return exit::SCRIPT;
        }
    };
    let explicit = args.out.is_some();
    let out = discovery::build_target(args.out, &sources);
    // Reuse what the file being replaced already holds, or (a set new at this
    // place) another place's file of the same set: same bytes as a full build.
    let previous = match explicit || out.is_file() {
        true => out.is_file().then(|| out.clone()),
        false => Some(runtime_hooks::cache::lookup(&runtime_hooks::cache::key(&sources), &runtime_hooks::cache::place(&sources))).filter(|p| p.is_file()),
    };
    let request = BuildRequest {
        toolbox_dirs: args.toolboxes,
        found,
        script: args.script,
        gc_preset: args.gc_preset,
        codec,
        zstd_level: args.zstd_level,
        isolation: rmsnap_bridge::Isolation::current_exe(),
        progress: args.progress.then(progress_bar),
        sign_key,
        previous,
        // A cache entry keeps its stamp table, as the cache's own writes do; a file named by `--out` none.
        stamps: !explicit,
        ..BuildRequest::default()
    };
    let report = match build_snapshot(&request, &out) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rmsnap build: {e}");
            return exit::BUILD;
        }
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
    } else {
        println!("wrote {} ({} bytes)", out.display(), report.file_len);
        for s in &report.sections {
            println!("  {:<24} {:>6} entries  {:>10} raw  {:>10} stored  {:<4}  x{:.2}", s.id, s.entries, s.raw_len, s.stored_len, s.codec, s.ratio());
        }
        for p in &report.providers {
            println!("  provider {:<18} {:>9.1} ms", p.id, p.elapsed.as_secs_f64() * 1e3);
        }
    }
    for d in &report.diagnostics {
        let line = d.line.map(|l| format!(":{l}")).unwrap_or_default();
        eprintln!("warning: {}{line}: {} [{}]", d.path, d.message, d.provider);
    }
    if args.strict && !report.diagnostics.is_empty() {
        eprintln!("rmsnap build: --strict: {} library file(s) did not compile", report.diagnostics.len());
        return exit::STRICT;
    }
    0
}
