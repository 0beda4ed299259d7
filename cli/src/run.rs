use std::path::PathBuf;

use runtime_hooks::run::RunError;
use runtime_hooks::{run_script, Mode, RunRequest, SnapshotPolicy};

use crate::exit;

#[derive(clap::Args)]
pub struct Args {
    /// The MATLAB script to run.
    script: PathBuf,
    /// Snapshot to use [default: $RMSNAP_SNAPSHOT, else the cache location `rmsnap build` writes].
    #[arg(long, conflicts_with = "no_snapshot")]
    snapshot: Option<PathBuf>,
    /// Compile everything from source, as RunMat does without rmsnap.
    #[arg(long)]
    no_snapshot: bool,
    /// auto: fall back to source with one warning; require: fail (exit 3) if the snapshot is not usable.
    #[arg(long, default_value = "auto", value_parser = ["auto", "require"])]
    snapshot_policy: String,
    /// Add DIR (every .m file below it) to the library set, like a RUNMAT_PATH entry (repeatable).
    #[arg(long = "toolbox", value_name = "DIR")]
    toolboxes: Vec<PathBuf>,
    /// Print loading statistics to stderr: `--stats` as text, `--stats=json` as one
    /// JSON object on the last line of stderr.
    #[arg(long, value_enum, num_args = 0..=1, require_equals = true, default_missing_value = "text")]
    stats: Option<StatsFormat>,
    #[command(flatten)]
    trust: crate::trust::TrustArgs,
}

pub fn main(args: Args) -> u8 {
    let text = match std::fs::read_to_string(&args.script) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rmsnap run: cannot read {}: {e}", args.script.display());
            return exit::SCRIPT;
        }
    };
    let trust = match args.trust.resolve() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rmsnap run: {e}");
            return exit::USAGE;
        }
    };
    // The folders `runmat script.m` would read: the project's source roots or
    // the script's folder, then RUNMAT_PATH and MATLABPATH.
    let found = match rmsnap_bridge::library::discover::discover(&args.script) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("rmsnap run: {e}");
            return exit::SCRIPT;
        }
    };
    let request = RunRequest {
        found,
        script_path: args.script.clone(),
        script_text: text.clone(),
        snapshot: args.snapshot,
        no_snapshot: args.no_snapshot,
        policy: if args.snapshot_policy == "require" { SnapshotPolicy::Require } else { SnapshotPolicy::Auto },
        toolbox_dirs: args.toolboxes,
        trust,
    };
    let report = match run_script(&request) {
        Ok(r) => r,
        Err(RunError::SnapshotRequired(e)) => {
            eprintln!("rmsnap run: snapshot required but not usable: {e}");
            return exit::SNAPSHOT_REQUIRED;
        }
        Err(RunError::Compile { failure, cache_miss }) => {
            // The script itself does not compile: RunMat's report of it.
            match &failure.report {
                Some(f) => eprintln!("{}", f.render(&rmsnap_bridge::report::source_name(&args.script), &text)),
                None => eprintln!("rmsnap run: {failure}"),
            }
            // The library did compile: the next run reports this from its snapshot.
            if let Some(write) = &cache_miss {
                if let Err(e) = runtime_hooks::run::refresh_cache(&request, write) {
                    eprintln!("warning: could not write a snapshot for the next run: {e}");
                }
            }
            return exit::SCRIPT;
        }
        Err(e) => {
            eprintln!("rmsnap run: {e}");
            return exit::SCRIPT;
        }
    };
    // RMSNAP_REMOTE: on a cache miss the run layer asked the team's registry first.
    if let Some(runtime_hooks::policy::PullAttempt { remote, outcome: Err(e) }) = &report.pulled {
        eprintln!("warning: {remote}: {e}; compiling from source");
    }
    // A failed pull already said why this run compiles from source.
    let remote_failed = matches!(&report.pulled, Some(runtime_hooks::policy::PullAttempt { outcome: Err(_), .. }));
    if let Mode::Cold { fallback: Some(why), .. } = &report.mode {
        if !remote_failed {
            eprintln!("warning: not using a snapshot, compiling the library from source: {why}");
        }
    }
    if let Mode::Snapshot { gc_preset: Some(name), gc_preset_failed: Some(why), .. } = &report.mode {
        eprintln!("warning: RunMat's collector refused the snapshot's GC preset `{name}` (its defaults stay): {why}");
    }
    for s in &report.skipped {
        eprintln!("warning: library file left out: {s}");
    }
    report.output.print();
    if args.stats == Some(StatsFormat::Text) {
        print_stats(&report);
    }
    // After the result: a snapshot for this library set, for the next run.
    let mut cache_written = None;
    if let Some(write) = &report.cache_miss {
        match runtime_hooks::run::refresh_cache(&request, write) {
            Ok(built) => {
                if args.stats == Some(StatsFormat::Text) {
                    eprintln!("  cache: wrote {} ({} bytes) for the next run", write.target.display(), built.file_len);
                }
                cache_written = Some(write.target.clone());
            }
            Err(e) => eprintln!("warning: could not write a snapshot for the next run: {e}"),
        }
    }
    let code = match (&report.output.failure, &report.output.error) {
        (Some(f), _) => {
            let name = rmsnap_bridge::report::source_name(&args.script);
            eprintln!("{}", f.render(&name, &text));
            exit::SCRIPT
        }
        (None, Some(e)) => {
            eprintln!("error: {e}");
            exit::SCRIPT
        }
        (None, None) => 0,
    };
    if args.stats == Some(StatsFormat::Json) {
        eprintln!("{}", stats_json(&report, cache_written.as_deref()));
    }
    code
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum StatsFormat {
    Text,
    Json,
}

/// `--stats=json`: how the run was served and its phases, in one object.
fn stats_json(report: &runtime_hooks::RunReport, cache_written: Option<&std::path::Path>) -> serde_json::Value {
    let t = &report.timings;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    let (mode, path, from_snapshot, from_source, fallback) = match &report.mode {
        Mode::Snapshot { path, functions_linked, functions_refreshed, .. } => {
            ("snapshot", Some(path.display().to_string()), functions_linked - functions_refreshed, *functions_refreshed, None)
        }
        Mode::Cold { fallback, library_files } => ("source", None, 0, *library_files, fallback.clone()),
    };
    serde_json::json!({
        "mode": mode,
        "snapshot_path": path,
        "functions_from_snapshot": from_snapshot,
        "functions_from_source": from_source,
        "class_files": report.class_files,
        "fallback": fallback,
        "cache_key": report.cache_key,
        "cache_written": cache_written.map(|p| p.display().to_string()),
        "remote": report.pulled.as_ref().map(|r| match &r.outcome {
            Ok(f) => serde_json::json!({ "pulled": f.reference, "bytes": f.bytes, "ms": ms(f.elapsed) }),
            Err(e) => serde_json::json!({ "error": e.to_string() }),
        }),
        "timings_ms": { "load_check": ms(t.snapshot_load), "compile_link": ms(t.compile), "run": ms(t.run), "first_result": ms(t.total) },
    })
}

fn ms(d: std::time::Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn print_stats(report: &runtime_hooks::RunReport) {
    let t = &report.timings;
    match &report.mode {
        Mode::Snapshot { path, functions_linked, functions_refreshed, gc_preset, from_source, .. } => {
            eprintln!("snapshot: {} (used)", path.display());
            eprintln!("  library functions linked: {functions_linked}, gc preset: {}", gc_preset.as_deref().unwrap_or("(none)"));
            if !from_source.is_empty() {
                eprintln!("  compiled from source ({functions_refreshed} functions), the rest from the snapshot:");
                for (name, why) in from_source {
                    eprintln!("    `{name}`: {why}");
                }
            }
        }
        Mode::Cold { library_files, .. } => eprintln!("snapshot: not used; compiled {library_files} library files from source"),
    }
    if report.class_files > 0 {
        eprintln!("  class files compiled with the script: {}", report.class_files);
    }
    eprintln!("  load+check: {}  compile+link: {}  run: {}  first result: {}", ms(t.snapshot_load), ms(t.compile), ms(t.run), ms(t.total));
    if !report.cache_key.is_empty() {
        eprintln!("  library set: {}", report.cache_key);
    }
    if let Some(kib) = peak_rss_kib() {
        eprintln!("  peak RSS: {kib} KiB");
    }
    if let Some(private) = runtime_hooks::memory::process_private_kib() {
        eprintln!("  private memory: {private} KiB");
    }
    if let Some(l) = &report.loading {
        eprintln!("  open: {}  validate: {}  file: {} bytes", ms(l.open), ms(l.validate), l.file_len);
        eprintln!("  snapshot bytes read: {} of {} ({})", l.bytes_read, l.file_len, l.reads);
        for s in &l.sections {
            eprintln!(
                "  {:<24} {:>5}/{:<5} entries decoded  verify {}  decompress {}  decode {}",
                s.id,
                s.entries_loaded,
                s.entries,
                ms(s.verify),
                ms(s.decompress),
                ms(s.decode)
            );
        }
    }
}

/// High-water resident set size of this process (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
