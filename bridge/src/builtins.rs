//! RunMat's builtin table in the running binary, as rmsnap records it.

use serde::{Deserialize, Serialize};

/// The signature of one builtin, as the VM dispatches it by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuiltinRecord {
    pub name: String,
    pub category: String,
    /// RunMat `Type`s, as JSON.
    pub param_types: Vec<String>,
    pub return_type: String,
    pub accel_tags: Vec<String>,
    pub is_sink: bool,
    pub suppress_auto_output: bool,
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Every builtin of the running binary, sorted by name.
pub fn records() -> Vec<BuiltinRecord> {
    let mut v: Vec<BuiltinRecord> = runmat_builtins::builtin_functions()
        .into_iter()
        .map(|b| BuiltinRecord {
            name: b.name.to_string(),
            category: b.category.to_string(),
            param_types: b.param_types.iter().map(json).collect(),
            return_type: json(&b.return_type),
            accel_tags: b.accel_tags.iter().map(|t| format!("{t:?}")).collect(),
            is_sink: b.is_sink,
            suppress_auto_output: b.suppress_auto_output,
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// The names RunMat's compiler takes for builtins' in the running binary, as
/// runmat-hir's `is_builtin` (`lowering/ctx.rs`) decides: `nargin`, `nargout`,
/// the builtin functions and the builtin catalog's entries (`abs`, `feval`,
/// `full`, ... are catalog entries only). The compiler matches them in any
/// letter case ([`rmsnap_model::binding::CompilerBuiltins`]).
pub fn names() -> std::collections::BTreeSet<String> {
    let functions = runmat_builtins::builtin_functions().into_iter().map(|b| b.name);
    let catalog = runmat_builtins::builtin_catalog_entries().iter().map(|e| e.identity.name);
    ["nargin", "nargout"].into_iter().chain(catalog).chain(functions).map(str::to_string).collect()
}
