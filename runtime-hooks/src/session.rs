//! A REPL session: statements evaluated one at a time on RunMat, workspace
//! variables kept between them (and across snapshot reloads), each statement
//! linked against the snapshot version current when it started.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use rmsnap_bridge::display::Display;
use rmsnap_bridge::exec::{new_context, run_in, RunOutput};
use rmsnap_bridge::library::resolve::cold_library;
use rmsnap_bridge::link::{link_with_workspace, LinkError, Units};
use runmat_runtime::context::RuntimeContext;
use runmat_value::Value;
use runmat_vm::Bytecode;

use crate::{SnapshotHandle, Sources};

pub struct Session {
    handle: Option<Arc<SnapshotHandle>>,
    sources: Sources,
    rt: RuntimeContext,
    workspace: BTreeMap<String, Value>,
    /// The snapshot version whose GC preset was last applied.
    gc_applied: Option<u64>,
    /// The library compiled from source, while no snapshot serves the session.
    cold: Option<Arc<rmsnap_bridge::link::InMemory>>,
    /// What the inputs so far loaded: a handle made in one input calls its
    /// function in a later one.
    loaded: Option<Arc<Units>>,
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
        Session { handle, sources, rt: new_context(), workspace: BTreeMap::new(), gc_applied: None, cold: None, loaded: None }
    }

    pub fn handle(&self) -> Option<&Arc<SnapshotHandle>> {
        self.handle.as_ref()
    }

    /// Starts serving library calls from `handle` (a snapshot built while the
    /// session ran from source); the workspace stays.
    pub fn attach(&mut self, handle: Arc<SnapshotHandle>) {
        self.handle = Some(handle);
    }

    pub fn variables(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.workspace.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn eval(&mut self, text: &str) -> Evaluation {
        let names: HashMap<String, usize> = self.workspace.keys().enumerate().map(|(i, n)| (n.clone(), i)).collect();
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
        let mut output = self.run(bytecode, &display, units);
        if let Some(w) = gc_warning {
            output.insert_first(rmsnap_bridge::exec::Stream::Stderr, &w);
        }
        Evaluation { output, version, not_compiled: false }
    }

    fn run(&mut self, mut bytecode: Bytecode, display: &Display, units: Option<Arc<Units>>) -> RunOutput {
        let slots: HashMap<String, usize> = bytecode
            .layout
            .as_ref()
            .map(|l| l.entrypoints.values().flat_map(|e| e.exports.iter().map(|x| (x.name.clone(), x.slot.0))).collect())
            .unwrap_or_default();
        let assigned: HashSet<String> = slots.keys().filter(|n| self.workspace.contains_key(*n)).cloned().collect();
        let len = bytecode.var_count.max(slots.values().max().map_or(0, |m| m + 1));
        let mut vars = vec![Value::Num(0.0); len];
        for (name, slot) in &slots {
            if let Some(v) = self.workspace.get(name) {
                vars[*slot] = v.clone();
            }
        }
        bytecode.var_names = slots.iter().map(|(n, s)| (*s, n.clone())).collect();
        if let (Some(units), Some(earlier)) = (&units, &self.loaded) {
            units.adopt(earlier);
        }
        if units.is_some() {
            self.loaded = units.clone();
        }
        let output = {
            let _pending = runmat_vm::push_pending_workspace(slots.clone(), assigned);
            run_in(&self.rt, "<repl>", &bytecode, units.as_ref(), &mut vars, Some(display), false)
        };
        let updated = runmat_vm::take_updated_workspace_state();
        if output.error.is_none() {
            if let Some(state) = updated {
                self.workspace = state
                    .assigned
                    .iter()
                    .filter_map(|n| state.names.get(n).and_then(|s| state.vars.get(*s).or_else(|| vars.get(*s))).map(|v| (n.clone(), v.clone())))
                    .collect();
            } else {
                for (name, slot) in &slots {
                    if let Some(v) = vars.get(*slot) {
                        self.workspace.insert(name.clone(), v.clone());
                    }
                }
            }
            // A shown expression's value becomes `ans`, as in RunMat's session.
            if let Some(v) = display.ans(&vars) {
                self.workspace.insert("ans".into(), v);
            }
        }
        output
    }
}
