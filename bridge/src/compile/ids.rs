//! Function ids inside RunMat bytecode. Ids are local to a compilation unit, so
//! linking a script against snapshot functions renumbers the script's own
//! functions; the library's calls are collected to load only what is reached.

use std::collections::HashMap;

use runmat_hir::{CallableIdentity, FunctionId};
use runmat_runtime::indexing::EndExpr;
use runmat_vm::Instr;

/// How an id is referenced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdRef {
    /// A function of the same unit (call, closure, handle, future).
    Local,
    /// A function bound from outside the unit (`with_bound_functions`).
    External,
}

fn visit_identity(identity: &mut CallableIdentity, f: &mut dyn FnMut(&mut FunctionId, IdRef)) {
    match identity {
        CallableIdentity::BoundFunction(id) | CallableIdentity::AnonymousFunction(id) => f(id, IdRef::Local),
        CallableIdentity::ExternalFunction { function, .. } => f(function, IdRef::External),
        _ => {}
    }
}

fn visit_end(expr: &mut EndExpr, f: &mut dyn FnMut(&mut FunctionId, IdRef)) {
    match expr {
        EndExpr::ResolvedCall { identity, args, .. } => {
            visit_identity(identity, f);
            for a in args {
                visit_end(a, f);
            }
        }
        EndExpr::Add(a, b) | EndExpr::Sub(a, b) | EndExpr::Mul(a, b) | EndExpr::Div(a, b) | EndExpr::LeftDiv(a, b) | EndExpr::Pow(a, b) => {
            visit_end(a, f);
            visit_end(b, f);
        }
        EndExpr::Neg(a) | EndExpr::Pos(a) | EndExpr::Floor(a) | EndExpr::Ceil(a) | EndExpr::Round(a) | EndExpr::Fix(a) => visit_end(a, f),
        EndExpr::End | EndExpr::Const(_) | EndExpr::Var(_) => {}
    }
}

fn visit_slices(
    starts: &mut [Option<EndExpr>],
    steps: &mut [Option<EndExpr>],
    ends: &mut [EndExpr],
    numeric: &mut [(usize, EndExpr)],
    f: &mut dyn FnMut(&mut FunctionId, IdRef),
) {
    for e in starts.iter_mut().chain(steps.iter_mut()).flatten() {
        visit_end(e, f);
    }
    for e in ends.iter_mut().chain(numeric.iter_mut().map(|(_, e)| e)) {
        visit_end(e, f);
    }
}

/// Calls `f` on every function id an instruction references.
pub fn visit_instr(instr: &mut Instr, f: &mut dyn FnMut(&mut FunctionId, IdRef)) {
    use Instr::*;
    match instr {
        IndexSliceExpr { range_start_exprs, range_step_exprs, range_end_exprs, end_numeric_exprs, .. }
        | StoreSliceExpr { range_start_exprs, range_step_exprs, range_end_exprs, end_numeric_exprs, .. }
        | StoreSliceExprDelete { range_start_exprs, range_step_exprs, range_end_exprs, end_numeric_exprs, .. } => {
            visit_slices(range_start_exprs, range_step_exprs, range_end_exprs, end_numeric_exprs, f)
        }
        IndexCell { end_exprs, .. }
        | IndexCellExpand { end_exprs, .. }
        | IndexCellList { end_exprs, .. }
        | StoreIndexCell { end_exprs, .. }
        | StoreIndexCellDelete { end_exprs, .. } => {
            for (_, e) in end_exprs {
                visit_end(e, f);
            }
        }
        CallMethodOrMemberIndexMulti { identity, .. }
        | CallMethodOrMemberIndexExpandMultiOutput { identity, .. }
        | CallFunctionMulti { identity, .. }
        | CallFunctionMultiUsingOutputSlot { identity, .. }
        | CallWorkspaceFirstMulti { identity, .. }
        | CallWorkspaceFirstMultiUsingOutputSlot { identity, .. }
        | CallFunctionExpandMultiOutput { identity, .. }
        | CallWorkspaceFirstExpandMultiOutput { identity, .. }
        | CallWorkspaceFirstExpandMultiOutputUsingOutputSlot { identity, .. } => visit_identity(identity, f),
        CreateBoundFunctionHandle(id, _)
        | CreateSemanticClosure(id, _, _)
        | CreateSemanticFuture(id, _, _)
        | CreateSemanticFutureExpandMultiOutput(id, _, _)
        | CallSemanticFunctionMulti(id, _, _)
        | CallSemanticFunctionMultiUsingOutputSlot(id, _, _)
        | CallSemanticFunctionExpandMultiOutput(id, _, _)
        | CallSemanticNestedFunctionMulti { function: id, .. }
        | CallSemanticNestedFunctionMultiUsingOutputSlot { function: id, .. }
        | CallSemanticNestedFunctionExpandMultiOutput { function: id, .. } => f(id, IdRef::Local),
        CreateExternalBoundFunctionHandle(id, _) => f(id, IdRef::External),
        _ => {}
    }
}

/// Renumbers a unit's own (local) ids with `map` (external ids are left alone)
/// and returns every id the instructions reference afterwards, sorted and
/// deduplicated: one pass, no copies.
pub fn remap_and_collect(instructions: &mut [Instr], map: &HashMap<FunctionId, FunctionId>) -> Vec<FunctionId> {
    let mut ids = Vec::new();
    for instr in instructions {
        visit_instr(instr, &mut |id, r| {
            if r == IdRef::Local {
                if let Some(new) = map.get(id) {
                    *id = *new;
                }
            }
            ids.push(*id);
        });
    }
    ids.sort();
    ids.dedup();
    ids
}

/// Renumbers a unit's own (local) ids; external ids are left alone.
pub fn remap_local(instructions: &mut [Instr], map: &HashMap<FunctionId, FunctionId>) {
    remap_and_collect(instructions, map);
}
