//! `runtests`, `testsuite` and `TestRunner.run` inside a running script, as
//! RunMat's core serves them on every run: the targets resolved by RunMat's
//! own `runtests` argument parser, frozen, discovered and run in this process
//! one test after another (no JIT, no deadline), in the compatibility mode a
//! script runs in (RunMat's default, `runmat`), the results as RunMat's
//! `matlab.unittest.TestResult` objects. The tests' library is the script's.

use std::collections::BTreeMap;
use std::path::Path;

use runmat_runtime::testing::{RunSuiteFuture, RuntimeTestServices};
use runmat_runtime::{BuiltinResult, RuntimeError};
use runmat_test::descriptor::{SourceDescriptor, TestSelector};
use runmat_test::discovery::{FrozenTestRunSnapshot, SavedRunSource, TestDiscovery};
use runmat_test::result::merge_attempts;
use runmat_value::{CellArray, Value};

use super::execute::{FileSession, Library};

/// The services a script's run installs, its tests linked against `library`.
pub fn services(library: Library) -> RuntimeTestServices {
    let for_suite = library.clone();
    let for_tests = library;
    RuntimeTestServices::new(
        move |suite, _plugins| {
            let library = for_suite.clone();
            Box::pin(async move { run(library, suite_targets(suite)).await }) as RunSuiteFuture
        },
        move |args| {
            let library = for_tests.clone();
            Box::pin(async move { run(library, args).await }) as RunSuiteFuture
        },
        |args| Box::pin(async move { suite(args).await }) as RunSuiteFuture,
    )
}

async fn run(library: Library, args: Vec<Value>) -> BuiltinResult<Value> {
    let (snapshot, names) = frozen(args).await?;
    let plan = discover(&snapshot)?.select(&TestSelector { names, ..TestSelector::default() }).into_plan("runmat-core").map_err(domain)?;
    let mut session = FileSession::new(library);
    let mut values = Vec::new();
    'tests: for test in plan.tests() {
        let (attempt, _) = session.attempt(&snapshot, &plan, Path::new(""), &test.id, 1).await.map_err(|e| error("RunMat:Testing:Domain", e))?;
        let abort = attempt.abort_run;
        if let Some(result) = merge_attempts(test.id.clone(), vec![attempt]) {
            let mut value = runmat_runtime::testing::test_result_object(&test.display_name, &result);
            if let Value::Object(object) = &mut value {
                object.properties.insert("TestFile".into(), Value::String(source_path(&test.procedure.source)));
                object.properties.insert("Duration".into(), Value::Num(0.0));
                let details = result.attempts.last().and_then(|a| a.diagnostics.first()).map(|d| d.message.clone()).unwrap_or_default();
                object.properties.insert("Details".into(), Value::String(details));
            }
            values.push(value);
        }
        if abort {
            break 'tests;
        }
    }
    runmat_runtime::testing::object_array_or_scalar(runmat_runtime::testing::TEST_RESULT_CLASS, values).map_err(|e| error("RunMat:Testing:ResultProjection", e))
}

/// `testsuite(...)`: the selected tests as RunMat's suite objects.
async fn suite(args: Vec<Value>) -> BuiltinResult<Value> {
    let (snapshot, names) = frozen(args).await?;
    let discovery = discover(&snapshot)?.select(&TestSelector { names, ..TestSelector::default() });
    let values = discovery
        .suites
        .into_iter()
        .flat_map(|s| s.tests)
        .map(|test| {
            let mut value = runmat_runtime::testing::test_suite_object(&test);
            if let Value::Object(object) = &mut value {
                object.properties.insert("TestFile".into(), Value::String(source_path(&test.procedure.source)));
            }
            value
        })
        .collect();
    runmat_runtime::testing::object_array_or_scalar(runmat_runtime::testing::TEST_SUITE_CLASS, values).map_err(|e| error("RunMat:Testing:SuiteProjection", e))
}

/// The targets `runtests` names, frozen as RunMat's core freezes them (each
/// file owned by its folder; a live revision), and the test names selected.
async fn frozen(args: Vec<Value>) -> BuiltinResult<(FrozenTestRunSnapshot, Vec<String>)> {
    let resolved = runmat_runtime::builtins::diagnostics::runtests::resolve_runtests_targets(args).await?;
    let mut sources = BTreeMap::new();
    let mut names = Vec::new();
    for case in resolved.targets {
        names.push(case.name);
        let content =
            std::fs::read_to_string(&case.source_path).map_err(|e| error("RunMat:runtests:FileReadFailed", format!("{} ({e})", case.source_path.display())))?;
        let file = case
            .source_path
            .file_name()
            .and_then(|f| f.to_str())
            .ok_or_else(|| error("RunMat:runtests:InvalidSourcePath", format!("invalid test source path '{}'", case.source_path.display())))?
            .to_owned();
        let owner = case.source_path.parent().map(|p| format!("path:{}", p.to_string_lossy())).unwrap_or_else(|| "path:runtime".into());
        sources.insert((owner.clone(), file.clone()), SavedRunSource { owner_identity: owner, relative_path: file, content });
    }
    let snapshot = FrozenTestRunSnapshot::freeze(
        runmat_execution::Digest::sha256(b"runtime-live").to_string(),
        "runtime-live",
        super::discover::environment("runmat"),
        runmat_execution::Digest::sha256(b"runtime-default").to_string(),
        sources.into_values().collect(),
        Vec::new(),
    )
    .map_err(domain)?;
    Ok((snapshot, names))
}

fn discover(snapshot: &FrozenTestRunSnapshot) -> BuiltinResult<TestDiscovery> {
    runmat_runtime::builtins::wasm_registry::register_all();
    snapshot.validate().map_err(domain)?;
    Ok(runmat_static_analysis::testing::discover_frozen_tests(snapshot, runmat_parser::CompatMode::RunMat))
}

/// A suite object array back to `runtests` arguments: its files and test names.
fn suite_targets(suite: Value) -> Vec<Value> {
    let objects = match suite {
        Value::Object(object) => vec![Value::Object(object)],
        Value::ObjectArray(array) => array.data().to_vec(),
        value => return vec![value],
    };
    let (mut files, mut procedures) = (Vec::new(), Vec::new());
    for value in objects {
        let Value::Object(object) = value else { continue };
        files.extend(object.properties.get("TestFile").cloned());
        procedures.extend(object.properties.get("ProcedureName").cloned());
    }
    let mut args = vec![row(files)];
    if !procedures.is_empty() {
        args.push(Value::String("Name".into()));
        args.push(row(procedures));
    }
    args
}

fn row(values: Vec<Value>) -> Value {
    let n = values.len();
    // A 1-by-n row always has valid dimensions.
    CellArray::new(values, 1, n).map_or_else(|_| Value::String(String::new()), Value::Cell)
}

/// Where a test's file is, as RunMat shows it (`TestFile`).
pub(crate) fn source_path(source: &SourceDescriptor) -> String {
    match source.owner_identity.strip_prefix("path:") {
        Some(folder) if folder != "workspace" => Path::new(folder).join(&source.relative_path).to_string_lossy().into_owned(),
        _ => source.relative_path.clone(),
    }
}

fn domain(e: runmat_test::TestDomainError) -> RuntimeError {
    error("RunMat:Testing:Domain", e.to_string())
}

fn error(identifier: &'static str, message: impl Into<String>) -> RuntimeError {
    runmat_runtime::build_runtime_error(message).with_identifier(identifier).build()
}
