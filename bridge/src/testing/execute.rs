//! Running one planned test as RunMat's core runs it: RunMat's lifecycle
//! engine (`runmat-test`) decides fixtures, phases, outcomes and events; this
//! executor compiles each test file (or script section) once per run against
//! the library rmsnap serves, and invokes its procedures with RunMat's test
//! context installed, so `verify*`/`assert*` record what they record under
//! `runmat test`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use runmat_runtime::context::RuntimeContext;
use runmat_runtime::testing::{install_test_context_in, ActiveTestContext, RuntimeTeardownInvocation};
use runmat_runtime::RuntimeError;
use runmat_test::context::{TestCommand, TestExecutionContext};
use runmat_test::descriptor::{ParameterDescriptor, ProcedureDescriptor, ProcedureKind};
use runmat_test::discovery::FrozenTestRunSnapshot;
use runmat_test::event::{RedactionPolicy, SequencedEventSink, TestEvent};
use runmat_test::executor::{ExecutionFailure, ExecutionFault, ExecutionFuture, ExecutionRequest, ExecutionResponse, TestExecutor};
use runmat_test::identity::TestId;
use runmat_test::lifecycle::{CancellationProbe, FixtureScopeKey, LifecycleCase, LifecycleEngine, LifecycleStep};
use runmat_test::plan::TestPlan;
use runmat_test::protocol::ProtocolLimits;
use runmat_test::result::AttemptResult;
use runmat_value::{ObjectInstance, Value};

use crate::link::{link_script, FunctionSource, LinkError, Linked};

/// The library tests are linked against: a snapshot, or the cold path's.
pub type Library = Arc<dyn FunctionSource + Send + Sync>;

/// One test file's compiled units and the context its procedures run in,
/// kept for every test of the file (RunMat's worker session).
pub struct FileSession {
    library: Library,
    rt: RuntimeContext,
    /// Compiled files and sections, by source (and span).
    units: BTreeMap<String, Rc<Linked>>,
    /// `addTeardown` callbacks registered by the current test, by semantic path.
    teardowns: HashMap<String, (Rc<Linked>, RuntimeTeardownInvocation)>,
}

impl FileSession {
    pub fn new(library: Library) -> FileSession {
        FileSession { library, rt: crate::exec::new_context_without_search(), units: BTreeMap::new(), teardowns: HashMap::new() }
    }

    /// What the tests run since the last call could call, each function as
    /// compiled: the library functions the file's link pulled in (the call
    /// lists from its references), and those names computed at run time
    /// resolved to, with everything they call. A test's reach for `--affected`.
    pub fn reached(&self) -> Vec<rmsnap_reach::Reached> {
        let mut keys = std::collections::BTreeSet::new();
        for unit in self.units.values() {
            keys.extend(unit.loaded.iter().map(|f| rmsnap_model::key::owner_of(&f.name).to_string()));
            keys.extend(unit.units.reach_of(unit.units.take_resolved()).iter().map(|k| rmsnap_model::key::owner_of(k).to_string()));
        }
        keys.into_iter()
            .filter_map(|key| {
                let source = self.library.file_of(&key)?;
                Some(rmsnap_reach::Reached { key, file: source.id, sha256: source.sha256 })
            })
            .collect()
    }

    /// Runs attempt `attempt` of `test_id` of `plan`.
    pub async fn attempt(
        &mut self,
        snapshot: &FrozenTestRunSnapshot,
        plan: &TestPlan,
        project_root: &Path,
        test_id: &TestId,
        attempt: u32,
    ) -> Result<(AttemptResult, Vec<TestEvent>), String> {
        let (group, test) = plan
            .suites
            .iter()
            .flat_map(|s| s.fixture_groups.iter())
            .find_map(|g| g.tests.iter().find(|t| t.id == *test_id).map(|t| (g, t)))
            .ok_or_else(|| format!("test '{}' is not present in the plan", test_id.as_str()))?;
        let parameters: BTreeMap<TestId, Vec<ParameterDescriptor>> = plan.tests().map(|t| (t.id.clone(), t.parameters.clone())).collect();
        let step = |fixture: &runmat_test::descriptor::FixtureDescriptor, procedure: &Option<ProcedureDescriptor>| {
            procedure
                .clone()
                .map(|procedure| LifecycleStep { scope: FixtureScopeKey { scope: fixture.scope, identity: fixture.id.as_str().to_owned() }, procedure })
        };
        let case = LifecycleCase {
            context: TestExecutionContext { run_id: plan.run_id.clone(), test_id: test.id.clone(), attempt, random_seed: 0 },
            setups: group.fixtures.iter().filter_map(|f| step(f, &f.setup)).collect(),
            body: test.procedure.clone(),
            declared_teardowns: group.fixtures.iter().filter_map(|f| step(f, &f.teardown)).collect(),
        };
        let engine = LifecycleEngine::new(RedactionPolicy::new(Vec::<String>::new(), ProtocolLimits::default().max_output_bytes_per_attempt as usize));
        let mut executor = Executor { session: self, snapshot, project_root, parameters };
        let mut events = Vec::new();
        let mut sink = SequencedEventSink::new(plan.run_id.clone(), &mut events);
        let outcome = engine.execute(&case, &mut executor, &NotCancelled, &mut sink).await;
        drop(sink);
        Ok((outcome.attempt, events))
    }
}

/// An in-process attempt runs to its end (a deadline needs a worker process).
struct NotCancelled;

impl CancellationProbe for NotCancelled {
    fn is_cancelled(&self) -> bool {
        false
    }
}

struct Executor<'a> {
    session: &'a mut FileSession,
    snapshot: &'a FrozenTestRunSnapshot,
    project_root: &'a Path,
    parameters: BTreeMap<TestId, Vec<ParameterDescriptor>>,
}

impl TestExecutor for Executor<'_> {
    fn execute<'a>(&'a mut self, request: &'a ExecutionRequest) -> ExecutionFuture<'a> {
        Box::pin(self.run(request))
    }
}

impl Executor<'_> {
    async fn run(&mut self, request: &ExecutionRequest) -> Result<ExecutionResponse, ExecutionFailure> {
        if let Some((unit, teardown)) = self.session.teardowns.remove(&request.procedure.semantic_path) {
            return self.runtime_teardown(request, unit, teardown).await;
        }
        let unit = self.unit_for(&request.procedure)?;
        match request.procedure.kind {
            ProcedureKind::ScriptSection => {
                let name = request.procedure.source.relative_path.clone();
                self.invoke(request, &unit, Call::Section(name)).await
            }
            _ => {
                let function = function_name(&request.procedure).map_err(uncaught)?;
                let registry = &unit.bytecode.function_registry;
                let id = registry.names.get(&function).copied().ok_or_else(|| uncaught(format!("compiled procedure '{function}' is unavailable")))?;
                let inputs = registry.functions.get(&id).map_or(0, |f| f.input_slots.len());
                let parameters = self.parameters.get(&request.context.test_id).map(Vec::as_slice).unwrap_or_default();
                let mut args = Vec::new();
                if inputs > parameters.len() {
                    // Registered in the session's context, where the call dispatches `verify*` on it.
                    let _active = self.session.rt.enter();
                    runmat_runtime::testing::ensure_testing_classes();
                    let mut test_case = ObjectInstance::new("matlab.unittest.FunctionTestCase".into());
                    test_case.properties.insert("Name".into(), Value::String(request.procedure.display_name.clone()));
                    args.push(Value::Object(test_case));
                }
                for p in parameters {
                    args.push(super::value::from_json(&p.value).map_err(uncaught)?);
                }
                self.invoke(request, &unit, Call::Function(id.0, args)).await
            }
        }
    }

    /// The file (or, for a script section, the section's text) compiled
    /// against the library, once per run.
    fn unit_for(&mut self, procedure: &ProcedureDescriptor) -> Result<Rc<Linked>, ExecutionFailure> {
        let source = &procedure.source;
        let section = procedure.kind == ProcedureKind::ScriptSection;
        let key = if section {
            format!("{}:{}:{}-{}", source.owner_identity, source.relative_path, source.span.start_byte, source.span.end_byte)
        } else {
            format!("{}:{}", source.owner_identity, source.relative_path)
        };
        if let Some(unit) = self.session.units.get(&key) {
            return Ok(unit.clone());
        }
        let file = self
            .snapshot
            .sources
            .iter()
            .find(|s| s.owner_identity == source.owner_identity && s.relative_path == source.relative_path)
            .ok_or_else(|| uncaught(format!("test source {} is not in the run's snapshot", source.relative_path)))?;
        let text = if section {
            file.content
                .get(source.span.start_byte as usize..source.span.end_byte as usize)
                .ok_or_else(|| uncaught("script section span is outside its source".into()))?
        } else {
            file.content.as_str()
        };
        let path = match source.owner_identity.as_str() {
            "path:workspace" => self.project_root.join(&source.relative_path).display().to_string(),
            _ => super::runtests::source_path(source),
        };
        // A function file has no code of its own to run; a statement before
        // its functions makes it a unit with an entry point, its functions
        // then called by name (line numbers move by one; RunMat reports none).
        let text = if section { text.to_string() } else { format!("0;\n{text}") };
        let linked = link_script(&path, &text, self.session.library.as_ref()).map_err(|e| match e {
            LinkError::Compile(c) => uncaught(c.message),
            LinkError::Source(why) => uncaught(why),
        })?;
        linked.units.serve_from(self.session.library.clone());
        let unit = Rc::new(linked);
        self.session.units.insert(key, unit.clone());
        Ok(unit)
    }

    /// Runs `call` with RunMat's test context installed and the console
    /// captured; turns what it recorded into the protocol's response.
    async fn invoke(&mut self, request: &ExecutionRequest, unit: &Rc<Linked>, call: Call) -> Result<ExecutionResponse, ExecutionFailure> {
        let rt = self.session.rt.clone();
        let guard = install_test_context_in(
            &rt,
            ActiveTestContext { execution: request.context.clone(), phase: request.phase, scope: request.scope.clone() },
            ProtocolLimits::default(),
        );
        let handle = guard.handle();
        reset_console(&rt);
        let result = match call {
            Call::Section(name) => crate::exec::execute_in(&rt, &unit.bytecode, &unit.units, &name).await,
            Call::Function(id, args) => crate::exec::call_in(&rt, &unit.units, &unit.bytecode.function_registry, id, &args, 0).await.map(|_| ()),
        };
        let commands = handle.take_commands();
        for teardown in handle.take_runtime_teardowns() {
            self.session.teardowns.insert(teardown.semantic_path.clone(), (unit.clone(), teardown));
        }
        drop(guard);
        let response = ExecutionResponse { commands, output: take_console(&rt) };
        match result {
            Ok(()) => Ok(response),
            // A failed qualification that aborts raises an error the context already recorded.
            Err(e)
                if e.identifier().is_some_and(|id| id.starts_with("RunMat:Test:"))
                    && response.commands.iter().any(|c| matches!(c, TestCommand::Qualify { .. })) =>
            {
                Ok(response)
            }
            Err(e) => Err(ExecutionFailure { fault: fault_of(&e), partial: response }),
        }
    }

    /// A callback `addTeardown` registered: a function of the test's file, else a builtin.
    async fn runtime_teardown(
        &mut self,
        request: &ExecutionRequest,
        unit: Rc<Linked>,
        teardown: RuntimeTeardownInvocation,
    ) -> Result<ExecutionResponse, ExecutionFailure> {
        let name = callback_name(&teardown.callback).ok_or_else(|| uncaught("runtime teardown callback is not callable".into()))?;
        if let Some(id) = unit.bytecode.function_registry.names.get(&name).copied() {
            let args = teardown.arguments.clone();
            return self.invoke(request, &unit, Call::Function(id.0, args)).await;
        }
        let rt = self.session.rt.clone();
        reset_console(&rt);
        let result = {
            let _active = rt.enter();
            rt.scope(runmat_runtime::call_builtin_async(&name, &teardown.arguments)).await
        };
        let output = take_console(&rt);
        match result {
            Ok(_) => Ok(ExecutionResponse { commands: Vec::new(), output }),
            Err(e) => Err(ExecutionFailure { fault: ExecutionFault::Uncaught(e.to_string()), partial: ExecutionResponse { commands: Vec::new(), output } }),
        }
    }
}

/// What a procedure runs: a script section's code, or a function with its arguments.
enum Call {
    Section(String),
    Function(usize, Vec<Value>),
}

/// The function a procedure names (as RunMat's core reads its semantic path).
fn function_name(procedure: &ProcedureDescriptor) -> Result<String, String> {
    let item = procedure.semantic_path.rsplit_once("::").map_or(procedure.semantic_path.as_str(), |(_, item)| item);
    let segments: Vec<&str> = item.split('/').collect();
    match procedure.kind {
        ProcedureKind::Function | ProcedureKind::SuiteFactory => segments.last().map(|s| s.to_string()).ok_or_else(|| "function semantic path is empty".into()),
        ProcedureKind::Method if segments.len() >= 2 => Ok(format!("{}.{}", segments[segments.len() - 2], segments[segments.len() - 1])),
        ProcedureKind::Method => Err("method semantic path has no class owner".into()),
        ProcedureKind::Fixture | ProcedureKind::Teardown => {
            let class = segments.first().ok_or("fixture semantic path has no class owner")?;
            Ok(format!("{class}.{}", procedure.display_name))
        }
        ProcedureKind::ScriptSection => Err("script sections use the executable entrypoint".into()),
    }
}

fn callback_name(value: &Value) -> Option<String> {
    match value {
        Value::FunctionHandle(name) | Value::ExternalFunctionHandle(name) | Value::MethodFunctionHandle(name) => Some(name.clone()),
        Value::BoundFunctionHandle { name, .. } => Some(name.clone()),
        Value::Closure(closure) => Some(closure.function_name.clone()),
        _ => None,
    }
}

fn reset_console(rt: &RuntimeContext) {
    let _active = rt.enter();
    runmat_runtime::console::reset_thread_buffer();
}

fn take_console(rt: &RuntimeContext) -> String {
    let _active = rt.enter();
    runmat_runtime::console::take_thread_buffer()
        .into_iter()
        .filter(|e| e.stream != runmat_runtime::console::ConsoleStream::ClearScreen)
        .map(|e| e.text)
        .collect()
}

fn uncaught(message: String) -> ExecutionFailure {
    ExecutionFault::Uncaught(message).into()
}

/// As RunMat's core classifies a runtime error.
fn fault_of(e: &RuntimeError) -> ExecutionFault {
    match e.identifier() {
        Some(id) if id.contains("Cancelled") || id.contains("Interrupt") => ExecutionFault::Cancelled(e.to_string()),
        Some(id) if id.contains("Deadline") || id.contains("Timeout") => ExecutionFault::TimedOut(e.to_string()),
        _ => ExecutionFault::Uncaught(e.to_string()),
    }
}
