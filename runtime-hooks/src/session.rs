//! A REPL session: statements evaluated one at a time on RunMat, workspace
//! variables kept between them (and across snapshot reloads), each statement
//! linked against the snapshot version current when it started.

use std::sync::Arc;

use rmsnap_bridge::exec::RunOutput;
use rmsnap_bridge::library::resolve::cold_library;
use rmsnap_bridge::link::{link_with_workspace, LinkError};
use rmsnap_bridge::workspace::Workspace;

use crate::{SnapshotHandle, Sources};

pub struct Session {
    handle: Option<Arc<SnapshotHandle>>,
    sources: Sources,
    workspace: Workspace,
    /// The snapshot version whose GC preset was last applied.
    gc_applied: Option<u64>,
    /// The library compiled from source, while no snapshot serves the session.
    cold: Option<Arc<rmsnap_bridge::link::InMemory>>,
}

/// What one statement did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub output: RunOutput,
    /// Snapshot version the statement ran against (`None`: compiled from source).
    pub version: Option<u64>,
    /// The statement did not compile (nothing ran); `output.failure` holds
    /// RunMat's report of it when RunMat's frontend raised it.
    pub not_compiled: bool,
}

impl Session {
    /// `handle: None` compiles library functions from source for every statement.
    pub fn new(handle: Option<Arc<SnapshotHandle>>, sources: Sources) -> Session {
        Session { handle, sources, workspace: Workspace::default(), gc_applied: None, cold: None }
    }

    pub fn handle(&self) -> Option<&Arc<SnapshotHandle>> {
        self.handle.as_ref()
    }

    /// Starts serving library calls from `handle` (a snapshot built while the
    /// session ran from source); the workspace stays.
    pub fn attach(&mut self, handle: Arc<SnapshotHandle>) {
        self.handle = Some(handle);
    }

    pub fn eval(&mut self, text: &str) -> Evaluation {
        let names = self.workspace.names();
        let failed = |e: LinkError, version| {
            let failure = match &e {
                LinkError::Compile(c) => c.report.clone(),
                LinkError::Source(_) => None,
            };
            let message = match (&e, version) {
                (LinkError::Source(why), Some(v)) => format!("snapshot v{v}: {why}"),
                _ => e.to_string(),
            };
            Evaluation { output: RunOutput::failed(message, failure), version, not_compiled: true }
        };
        let mut gc_warning = None;
        let (bytecode, display, units, version) = match &self.handle {
            Some(handle) => {
                // One guard for the whole evaluation: it never mixes two versions.
                let current = handle.current_arc();
                // Each version's GC preset, as `run` applies it, once it is first used.
                if self.gc_applied != Some(current.version) {
                    self.gc_applied = Some(current.version);
                    gc_warning = match current.snapshot.apply_gc_preset() {
                        Ok(Some((name, Err(why)))) => {
                            Some(format!("warning: RunMat's collector refused the snapshot's GC preset `{name}` (its defaults stay): {why}\n"))
                        }
                        Err(e) => Some(format!("warning: snapshot v{}: GC preset not readable: {e}\n", current.version)),
                        Ok(_) => None,
                    };
                }
                match link_with_workspace("<repl>", text, &current.snapshot, &names) {
                    Ok(linked) => {
                        // Names computed at run time are served by the same version.
                        linked.units.serve_from(current.clone());
                        (linked.bytecode, linked.display, Some(linked.units), Some(current.version))
                    }
                    Err(e) => return failed(e, Some(current.version)),
                }
            }
            None => {
                // The library compiled from source, as `run` does without a snapshot (once per session).
                let source = match &self.cold {
                    Some(s) => s.clone(),
                    None => match self.sources.library().map_err(|e| e.to_string()).and_then(|l| cold_library(&l).map_err(|e| e.to_string())) {
                        Ok((s, _)) => self.cold.insert(Arc::new(s)).clone(),
                        Err(e) => return failed(LinkError::Source(e), None),
                    },
                };
                match link_with_workspace("<repl>", text, source.as_ref(), &names) {
                    Ok(linked) => {
                        linked.units.serve_from(source.clone());
                        (linked.bytecode, linked.display, Some(linked.units), None)
                    }
                    Err(e) => return failed(e, None),
                }
            }
        };
        let mut output = self.workspace.run(bytecode, &display, units);
        if let Some(w) = gc_warning {
            output.insert_first(rmsnap_bridge::exec::Stream::Stderr, &w);
        }
        Evaluation { output, version, not_compiled: false }
    }
}
