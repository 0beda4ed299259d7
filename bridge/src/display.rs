//! What `runmat` shows for unsuppressed statements. RunMat 0.6.2's compiler
//! emits no display instructions: its session decides after the run, from the
//! entry function's top-level statements, which variables to show (with their
//! final values) and which value to hand back as the result (runmat-core
//! `workspace/emit.rs` and `session/run.rs`, both crate-private). The rule is
//! restated here over the same HIR and bytecode; the text is RunMat's own
//! (`console::record_value_output`, `Display for Value`).

use std::collections::HashMap;

use runmat_hir::{HirAssembly, HirCallableRef, HirExpr, HirExprKind, HirPlace, HirStmtKind, OutputTarget};
use runmat_lexer::{tokenize_detailed, Token};
use runmat_value::Value;
use runmat_vm::{Bytecode, Instr};

/// Decided at compile time; applied by [`Display::show`] after the run.
#[derive(Debug, Clone, Default)]
pub struct Display {
    /// The input's last token (comments and newlines aside) is `;`: nothing shown.
    semicolon: bool,
    /// The bytecode ended with `Pop` of an expression that would display: the
    /// value is kept in this slot instead (RunMat's rewrite, to show it as `ans`).
    result_slot: Option<usize>,
    /// The bytecode ended with `Pop`: the final statement is an expression
    /// (one that shows nothing, like `disp(x)`, when `result_slot` is `None`).
    popped: bool,
    /// Slots of unsuppressed assignments and bare-variable statements, in order.
    shown: Vec<usize>,
    single_assign: Option<usize>,
    single_non_assign: bool,
    last_assign: Option<usize>,
    /// The last `StoreVar`/`StoreLocal` of the bytecode.
    last_store: Option<usize>,
    /// The final statement is an unsuppressed expression that shows a value.
    final_inline: bool,
    names: HashMap<usize, String>,
}

/// Whether an unsuppressed expression statement shows its value.
fn shows(expr: &HirExpr) -> bool {
    match &expr.kind {
        HirExprKind::Call(call) => {
            call.requested_outputs.fixed_count() != 0
                && !matches!(&call.callee, HirCallableRef::Builtin(b) if runmat_builtins::suppresses_auto_output(b.0.as_str()))
        }
        HirExprKind::CommandCall(_) => false,
        _ => true,
    }
}

fn ends_with_semicolon(text: &str) -> bool {
    tokenize_detailed(text)
        .into_iter()
        .rev()
        .map(|t| t.token)
        .find(|t| !matches!(t, Token::Newline | Token::LineComment | Token::BlockComment | Token::Section))
        .is_some_and(|t| matches!(t, Token::Semicolon))
}

impl Display {
    /// Plans the display of `text` compiled to `bytecode` (from `assembly`), and
    /// makes the rewrite RunMat makes: a final shown expression is stored, not popped.
    pub fn plan(text: &str, assembly: &HirAssembly, bytecode: &mut Bytecode) -> Display {
        let mut d = Display { semicolon: ends_with_semicolon(text), ..Display::default() };
        let entry = assembly.entrypoints.first().and_then(|e| assembly.functions.iter().find(|f| f.id == e.target));
        let layout = entry.and_then(|f| bytecode.layout.as_ref()?.functions.get(&f.id));
        if let Some(layout) = bytecode.layout.as_ref() {
            for e in layout.entrypoints.values() {
                d.names.extend(e.exports.iter().map(|x| (x.slot.0, x.name.clone())));
            }
        }
        if d.names.is_empty() {
            d.names = bytecode.var_names.clone();
        }
        let (Some(entry), Some(layout)) = (entry, layout) else { return d };
        let slot = |place: &HirPlace| match place {
            HirPlace::Binding(b) => layout.binding_slots.get(b).map(|s| s.0),
            _ => None,
        };
        let statements = &entry.body.statements;
        if let [only] = statements.as_slice() {
            match &only.kind {
                HirStmtKind::Assign(place, _, _) => d.single_assign = slot(place),
                _ => d.single_non_assign = true,
            }
        }
        // The final expression statement, unless an assignment comes after it.
        let mut final_inline = false;
        for stmt in statements.iter().rev() {
            match &stmt.kind {
                HirStmtKind::ExprStmt(expr, suppressed) => {
                    final_inline = !suppressed && shows(expr);
                    d.final_inline = final_inline;
                    break;
                }
                HirStmtKind::Assign(..) | HirStmtKind::MultiAssign(..) => break,
                _ => {}
            }
        }
        for stmt in statements.iter().rev() {
            match &stmt.kind {
                HirStmtKind::Assign(place, _, suppressed) => {
                    d.last_assign = if *suppressed { None } else { slot(place) };
                    break;
                }
                HirStmtKind::ExprStmt(..) | HirStmtKind::MultiAssign(..) => break,
                _ => {}
            }
        }
        for stmt in statements {
            match &stmt.kind {
                HirStmtKind::Assign(place, _, false) => d.shown.extend(slot(place)),
                HirStmtKind::ExprStmt(expr, false) => {
                    if let HirExprKind::Binding(b) = &expr.kind {
                        d.shown.extend(layout.binding_slots.get(b).map(|s| s.0));
                    }
                }
                HirStmtKind::MultiAssign(targets, _, false) => d.shown.extend(targets.targets.iter().filter_map(|t| match t {
                    OutputTarget::Place(place) => slot(place),
                    _ => None,
                })),
                _ => {}
            }
        }
        d.last_store = bytecode.instructions.iter().rev().find_map(|i| match i {
            Instr::StoreVar(s) | Instr::StoreLocal(s) => Some(*s),
            _ => None,
        });
        let popped = matches!(bytecode.instructions.last(), Some(Instr::Pop));
        d.popped = popped;
        if popped && final_inline {
            let max_named = d.names.keys().copied().max().unwrap_or(0);
            let temp = bytecode.var_count.max(max_named + 1);
            bytecode.instructions.pop();
            bytecode.instructions.push(Instr::StoreVar(temp));
            bytecode.var_count = temp + 1;
            d.result_slot = Some(temp);
        }
        d
    }

    /// The value a shown expression leaves in `ans` (RunMat's session sets it
    /// only when the input does not end with `;`).
    pub fn ans(&self, vars: &[Value]) -> Option<Value> {
        self.result_slot.filter(|_| !self.semicolon).and_then(|s| vars.get(s).cloned())
    }

    /// Records what RunMat shows into the console buffer (call before draining
    /// it, inside the run's context) and returns the result value, which
    /// `runmat script.m` prints last (only when the run did not fail).
    /// `failed`: the run ended in an error, so, as in RunMat's session, the
    /// values it would have taken from a completed run are not there.
    pub fn show(&self, vars: &[Value], failed: bool) -> Option<Value> {
        if self.semicolon {
            return None;
        }
        let var = |slot: usize| vars.get(slot).cloned();
        let mut result = None;
        if !failed {
            result = self.result_slot.and_then(var);
            if result.is_none() && self.single_assign.is_some() && !self.single_non_assign {
                result = self.single_assign.and_then(var);
            }
        }
        // No value from the run: RunMat falls back to the last variable stored
        // (of the bytecode before its rewrite), then the last assigned.
        if result.is_none() && (!self.shown.is_empty() || self.final_inline) {
            result = self.last_store.or(self.last_assign).and_then(var);
        }
        if !self.popped && self.last_assign.is_some() && !self.single_non_assign && !self.shown.is_empty() {
            if let Some(v) = self.last_store.and_then(var) {
                result = Some(v);
            }
        }
        let wants = !self.shown.is_empty() || self.single_assign.is_some() || self.result_slot.is_some();
        if wants && runmat_runtime::console::take_last_value_output().is_none() {
            if self.shown.is_empty() {
                let label = match self.single_assign {
                    Some(slot) => self.names.get(&slot).cloned(),
                    None if self.popped || self.single_non_assign => Some("ans".to_string()),
                    None => None,
                };
                if let Some(v) = &result {
                    runmat_runtime::console::record_value_output(label.as_deref(), v);
                }
            } else {
                for &slot in &self.shown {
                    if let (Some(name), Some(v)) = (self.names.get(&slot), vars.get(slot)) {
                        runmat_runtime::console::record_value_output(Some(name), v);
                    }
                }
            }
        }
        if self.popped && self.result_slot.is_none() {
            return None;
        }
        result
    }
}
