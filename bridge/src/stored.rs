//! How a library function is written to `runmat.bytecode`: deterministically.
//!
//! RunMat's `FunctionBytecode` holds a `HashMap` (`var_names`) and a `HashSet`
//! (`initially_unassigned_slots`); serde walks them in hash order, which differs
//! per process. [`LibraryFunction`]'s `Serialize` writes the same fields in the
//! same order through a view with that map and set sorted. The snapshot codec
//! (bincode) encodes a sorted map or set exactly as it encodes a hash map or set,
//! so entries decode with the derived `Deserialize` and no second format exists.

use std::collections::BTreeMap;

use runmat_vm::FunctionBytecode;
use serde::{Serialize, Serializer};

use crate::link::LibraryFunction;

#[derive(Serialize)]
struct StoredView<'a, V, P> {
    id: usize,
    name: &'a str,
    bytecode: BytecodeView<'a, V, P>,
    calls: &'a [String],
}

/// `FunctionBytecode`'s fields in declaration order (RunMat 0.6.2, pinned).
/// `V` and `P` are types RunMat does not export (argument validations, program
/// points); inference names them.
#[derive(Serialize)]
struct BytecodeView<'a, V, P> {
    function: &'a runmat_hir::FunctionId,
    display_name: &'a str,
    private_owner_scope: &'a str,
    source_id: &'a Option<runmat_hir::SourceId>,
    instructions: &'a Vec<runmat_vm::Instr>,
    instr_spans: &'a Vec<runmat_hir::Span>,
    call_arg_spans: &'a Vec<Option<Vec<runmat_hir::Span>>>,
    coverage_sites: &'a Vec<Vec<u64>>,
    var_count: usize,
    input_slots: &'a [usize],
    varargin_slot: Option<usize>,
    implicit_nargin_slot: Option<usize>,
    output_slots: &'a [usize],
    varargout_slot: Option<usize>,
    implicit_nargout_slot: Option<usize>,
    capture_slots: &'a [usize],
    var_names: BTreeMap<usize, &'a str>,
    initially_unassigned_slots: Vec<usize>,
    argument_validations: &'a V,
    /// RunMat writes this `BTreeMap` as a sequence of pairs (`resume_point_map_serde`).
    resume_points: Vec<(&'a P, usize)>,
    regions: &'a Vec<runmat_vm::BytecodeRegion>,
}

fn view(f: &FunctionBytecode) -> BytecodeView<'_, impl Serialize + '_, impl Serialize + '_> {
    // Destructured so a new RunMat field is a compile error here, not a silent loss.
    let FunctionBytecode {
        function,
        display_name,
        private_owner_scope,
        source_id,
        instructions,
        instr_spans,
        call_arg_spans,
        coverage_sites,
        var_count,
        input_slots,
        varargin_slot,
        implicit_nargin_slot,
        output_slots,
        varargout_slot,
        implicit_nargout_slot,
        capture_slots,
        var_names,
        initially_unassigned_slots,
        argument_validations,
        resume_points,
        regions,
    } = f;
    let mut unassigned: Vec<usize> = initially_unassigned_slots.iter().copied().collect();
    unassigned.sort_unstable();
    BytecodeView {
        function,
        display_name,
        private_owner_scope,
        source_id,
        instructions,
        instr_spans,
        call_arg_spans,
        coverage_sites,
        var_count: *var_count,
        input_slots,
        varargin_slot: *varargin_slot,
        implicit_nargin_slot: *implicit_nargin_slot,
        output_slots,
        varargout_slot: *varargout_slot,
        implicit_nargout_slot: *implicit_nargout_slot,
        capture_slots,
        var_names: var_names.iter().map(|(k, v)| (*k, v.as_str())).collect(),
        initially_unassigned_slots: unassigned,
        argument_validations,
        resume_points: resume_points.iter().map(|(p, pc)| (p, *pc)).collect(),
        regions,
    }
}

impl Serialize for LibraryFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        StoredView { id: self.id, name: &self.name, bytecode: view(&self.bytecode), calls: &self.calls }.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use super::*;

    fn function(order: impl Fn(Vec<usize>) -> Vec<usize>) -> LibraryFunction {
        let slots = order((0..64).collect());
        let bytecode = FunctionBytecode {
            display_name: "f".into(),
            var_count: 64,
            // Fresh hash containers: each gets its own random hash order.
            var_names: slots.iter().map(|&i| (i, format!("v{i}"))).collect::<HashMap<_, _>>(),
            initially_unassigned_slots: slots.iter().copied().collect::<HashSet<_>>(),
            ..FunctionBytecode::default()
        };
        LibraryFunction { id: 7, name: "f".into(), bytecode, calls: vec!["g".into()] }
    }

    #[test]
    fn hash_order_does_not_reach_the_bytes_and_entries_decode_as_runmat_types() {
        let a = snapshot_core::codec::encode(&function(|v| v)).unwrap();
        for _ in 0..8 {
            let b = snapshot_core::codec::encode(&function(|mut v| {
                v.reverse();
                v
            }))
            .unwrap();
            assert_eq!(a, b);
        }
        let back: LibraryFunction = snapshot_core::codec::decode(&a).unwrap();
        assert_eq!(back.bytecode.var_names.len(), 64);
        assert_eq!(back.bytecode.var_names[&5], "v5");
        assert_eq!(back.bytecode.initially_unassigned_slots.len(), 64);
        assert_eq!((back.id, back.calls.as_slice()), (7, ["g".to_string()].as_slice()));
        assert_eq!(snapshot_core::codec::encode(&back).unwrap(), a);
    }
}
