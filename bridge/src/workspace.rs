//! A REPL's workspace: variables kept between statements, each statement run
//! on one RunMat context with them in its slots, as RunMat's own session does.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use runmat_runtime::context::RuntimeContext;
use runmat_value::Value;
use runmat_vm::Bytecode;

use crate::display::Display;
use crate::exec::{new_context, run_in, RunOutput};
use crate::link::Units;

pub struct Workspace {
    rt: RuntimeContext,
    vars: BTreeMap<String, Value>,
    /// What the statements so far loaded: a handle made in one statement calls
    /// its function in a later one.
    loaded: Option<Arc<Units>>,
}

impl Default for Workspace {
    fn default() -> Workspace {
        Workspace { rt: new_context(), vars: BTreeMap::new(), loaded: None }
    }
}

impl Workspace {
    /// The variables' names, numbered, for linking a statement against them.
    pub fn names(&self) -> HashMap<String, usize> {
        self.vars.keys().enumerate().map(|(i, n)| (n.clone(), i)).collect()
    }

    /// Runs one linked statement with the workspace in its slots; what it
    /// assigns is kept if it succeeds.
    pub fn run(&mut self, mut bytecode: Bytecode, display: &Display, units: Option<Arc<Units>>) -> RunOutput {
        let slots: HashMap<String, usize> = bytecode
            .layout
            .as_ref()
            .map(|l| l.entrypoints.values().flat_map(|e| e.exports.iter().map(|x| (x.name.clone(), x.slot.0))).collect())
            .unwrap_or_default();
        let assigned: HashSet<String> = slots.keys().filter(|n| self.vars.contains_key(*n)).cloned().collect();
        let len = bytecode.var_count.max(slots.values().max().map_or(0, |m| m + 1));
        let mut vars = vec![Value::Num(0.0); len];
        for (name, slot) in &slots {
            if let Some(v) = self.vars.get(name) {
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
                self.vars = state
                    .assigned
                    .iter()
                    .filter_map(|n| state.names.get(n).and_then(|s| state.vars.get(*s).or_else(|| vars.get(*s))).map(|v| (n.clone(), v.clone())))
                    .collect();
            } else {
                for (name, slot) in &slots {
                    if let Some(v) = vars.get(*slot) {
                        self.vars.insert(name.clone(), v.clone());
                    }
                }
            }
            // A shown expression's value becomes `ans`, as in RunMat's session.
            if let Some(v) = display.ans(&vars) {
                self.vars.insert("ans".into(), v);
            }
        }
        output
    }
}
