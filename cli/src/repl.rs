//! `rmsnap repl`: MATLAB statements on RunMat with a workspace that survives
//! snapshot reloads (`:reload`, or automatically with `--watch`).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver};
use std::sync::Arc;

use runtime_hooks::handle::{live_versions, ReloadEvent};
use runtime_hooks::session::Session;
use runtime_hooks::{cache, discovery, policy};
use runtime_hooks::{SnapshotHandle, Sources};

#[derive(clap::Args)]
pub struct Args {
    /// Snapshot to use [default: $RMSNAP_SNAPSHOT, else the cache's for the current folder's library set,
    /// built beside the session when there is none yet].
    #[arg(long)]
    snapshot: Option<PathBuf>,
    /// Reload automatically when a new snapshot is renamed into place.
    #[arg(long)]
    watch: bool,
    /// Toolbox directories (must match the snapshot's).
    #[arg(long = "toolbox", value_name = "DIR")]
    toolboxes: Vec<PathBuf>,
    #[command(flatten)]
    trust: crate::trust::TrustArgs,
}

const HELP: &str = ":reload  load the snapshot again (validated; the session stays on the old one if it is bad)
:snapshot  version, path and sections of the snapshot in use
:stats  loading statistics
:quit  leave (also Ctrl-D)";

/// Where a session's statements stand in for a script: the current folder
/// (a name no `.m` file can have).
const SESSION_SCRIPT: &str = "(repl)";

pub fn main(args: Args) -> u8 {
    // A session that RunMat's compiler crashed could not be replayed: each
    // statement and library file is compiled in a worker process first.
    rmsnap_bridge::supervise::isolate_everything();
    let trust = match args.trust.resolve() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rmsnap repl: {e}");
            return crate::exit::USAGE;
        }
    };
    // The folders RunMat's REPL reads here: a project found from the current
    // folder, else the folder itself; then RUNMAT_PATH and MATLABPATH.
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let found = match rmsnap_bridge::library::discover::discover_session(&cwd) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("rmsnap repl: {e}");
            return crate::exit::SCRIPT;
        }
    };
    let script = cwd.join(SESSION_SCRIPT);
    let sources = Sources::new(&args.toolboxes).with_found(&script, found.clone()).with_trust(trust.clone());
    let key = cache::key(&sources);
    let (mut path, origin) = discovery::resolve_with_key(args.snapshot.clone(), &key, &cache::place(&sources));
    // The team's registry may have this set's snapshot (RMSNAP_REMOTE).
    if let Some(policy::PullAttempt { remote, outcome: Err(e) }) = policy::pull_on_miss(&sources, &key, &path, origin, false) {
        eprintln!("warning: {remote}: {e}; compiling from source");
    }
    let mut building = None;
    let handle = match SnapshotHandle::open(&path, sources.clone()) {
        Ok(h) => Some(Arc::new(h)),
        Err(e) => {
            eprintln!("warning: not using a snapshot, compiling the library from source: {e}");
            // As a first run does: the cache gets this set's snapshot, built
            // beside the session, which starts using it once it is ready.
            if origin == discovery::Origin::Cache {
                building = policy::BuildBeside::start(&sources, &args.toolboxes, Some(&path));
            }
            None
        }
    };
    let events = handle.as_ref().map(|h| h.subscribe());
    let _watcher = match (&handle, args.watch) {
        (Some(h), true) => match watch(h.clone(), &path) {
            Ok(w) => Some(w),
            Err(e) => {
                eprintln!("warning: --watch: {e}");
                None
            }
        },
        _ => None,
    };
    let mut session = Session::new(handle, sources);
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("rmsnap repl: {e}");
            return 1;
        }
    };
    // As RunMat's REPL: a banner for a person at a terminal, none for piped input.
    if std::io::stdin().is_terminal() {
        println!("rmsnap repl on RunMat 0.6.2 — :help for commands");
    }
    loop {
        report_events(events.as_ref());
        if let Some(built) = building.as_mut().and_then(|b| b.ready().map(|r| (r, b.target().to_path_buf()))) {
            building = None;
            if let Some(built) = attach_built(&mut session, built) {
                path = built;
            }
        }
        let prompt = match session.handle() {
            Some(h) => format!("rmsnap v{}> ", h.version()),
            None => "rmsnap (source)> ".to_string(),
        };
        let line = match editor.readline(&prompt) {
            Ok(l) => l,
            Err(_) => break,
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(line);
        match line {
            ":quit" | ":q" | "exit" | "quit" => break,
            ":help" => println!("{HELP}"),
            ":reload" => match session.handle() {
                Some(h) => match h.reload(&path) {
                    Ok(v) => println!("snapshot v{v} loaded from {}", path.display()),
                    Err(e) => println!("reload failed, still on v{}: {e}", h.version()),
                },
                None => println!("no snapshot in use; restart rmsnap repl after `rmsnap build`"),
            },
            ":snapshot" => match session.handle() {
                Some(h) => {
                    let cur = h.current();
                    println!("v{} {}", cur.version, cur.snapshot.path().display());
                    for s in cur.snapshot.snapshot().sections() {
                        println!("  {:<18} {:<5} {:>6} entries {:>10} bytes", s.id, s.codec.name(), s.entry_count, s.stored_len);
                    }
                }
                None => println!("no snapshot in use (compiling from source)"),
            },
            ":stats" => match session.handle() {
                Some(h) => {
                    let cur = h.current();
                    let st = cur.snapshot.snapshot().stats();
                    println!("v{}: open {:?}, validate {:?}, {} snapshot version(s) alive", cur.version, st.open, st.validate, live_versions());
                    for s in st.sections {
                        println!(
                            "  {:<18} {:>5}/{:<5} decoded  verify {:?}  decompress {:?}  decode {:?}",
                            s.id, s.entries_loaded, s.entries, s.verify, s.decompress, s.decode
                        );
                    }
                }
                None => println!("no snapshot in use"),
            },
            other if other.starts_with(':') => println!("unknown command {other}; :help lists them"),
            code => print_evaluation(code, &session.eval(code)),
        }
    }
    // The snapshot being built is for the next session: finish it.
    if let Some(Err(e)) = building.as_mut().and_then(|b| b.finish()) {
        eprintln!("warning: could not write a snapshot for the next session: {e}");
    }
    0
}

/// What RunMat's REPL prints for one input: the output streams, then on
/// stderr the frontend's report of a statement that did not compile, or one
/// `code: message` line for a runtime error and for each warning.
fn print_evaluation(code: &str, eval: &runtime_hooks::session::Evaluation) {
    let out = &eval.output;
    out.print();
    match (&out.failure, &out.error) {
        (Some(f), _) if eval.not_compiled => eprintln!("{}", f.render("<repl>", code)),
        (Some(f), _) => eprintln!("{}", f.compact()),
        (None, Some(e)) => eprintln!("error: {e}"),
        (None, None) => {}
    }
    for (identifier, message) in &out.warnings {
        eprintln!("{identifier}: {message}");
    }
}

/// Starts serving the session from the snapshot built beside it (on stderr:
/// stdout stays what RunMat's REPL prints).
fn attach_built(session: &mut Session, (built, path): (Result<Arc<SnapshotHandle>, String>, PathBuf)) -> Option<PathBuf> {
    match built {
        Ok(handle) => {
            eprintln!("[snapshot built for this session's library set: {}; used from the next input on]", path.display());
            session.attach(handle);
            Some(path)
        }
        Err(e) => {
            eprintln!("warning: could not write a snapshot for this session's library set: {e}");
            None
        }
    }
}

fn report_events(events: Option<&Receiver<ReloadEvent>>) {
    for event in events.into_iter().flat_map(|rx| rx.try_iter()) {
        match event {
            ReloadEvent::Swapped { version, path } => println!("[snapshot v{version} loaded from {}]", path.display()),
            ReloadEvent::Rejected { path, error } => println!("[new snapshot at {} rejected: {error}]", path.display()),
        }
    }
}

/// Watches the snapshot's directory; a file renamed or written to the snapshot's
/// name triggers a validated reload.
fn watch(handle: Arc<SnapshotHandle>, path: &Path) -> notify::Result<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    let target = path.file_name().map(|n| n.to_os_string());
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        for event in rx.into_iter().flatten() {
            let relevant = matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_))
                && event.paths.iter().any(|p| p.file_name().map(|n| n.to_os_string()) == target);
            if relevant {
                // The event is also reported to the REPL through the handle's subscription.
                let _ = handle.reload(&path);
            }
        }
    });
    Ok(watcher)
}
