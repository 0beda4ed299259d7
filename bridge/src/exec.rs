//! Running bytecode on RunMat's VM and collecting what it printed.
//!
//! A linked script runs with RunMat's call-time hooks pointed at its
//! [`Units`]: calls into the library (bound ids, closures and handles from
//! other units, names looked up at run time) are served by running the callee
//! in its own small registry.

use std::rc::Rc;
use std::sync::Arc;

use runmat_runtime::console::{take_thread_buffer, ConsoleStream};
use runmat_runtime::context::RuntimeContext;
use runmat_runtime::execution::RuntimeExecutionService;
use runmat_runtime::user_functions::{self as hooks, ExternalFunctionCall, UserFunctionFuture};
use runmat_runtime::RuntimeError;
use runmat_value::Value;
use runmat_vm::Bytecode;

use crate::display::Display;
use crate::link::Units;
use crate::report::Failure;

/// What a run printed, and how it ended.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunOutput {
    /// What the run wrote to stdout and stderr, in order: what [`RunOutput::print`] replays.
    pub streams: Vec<(Stream, String)>,
    /// RunMat's error message if the script failed.
    pub error: Option<String>,
    /// What RunMat reports of that error ([`crate::report`]).
    pub failure: Option<Failure>,
    /// Warnings the run raised (identifier, message), which RunMat's REPL
    /// reports after each input; their text is already in the streams.
    pub warnings: Vec<(String, String)>,
}

/// Which of the process's output streams a piece of output goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl RunOutput {
    /// Nothing printed, with `error` (a statement that did not run).
    pub fn failed(error: String, failure: Option<Failure>) -> RunOutput {
        RunOutput { error: Some(error), failure, ..RunOutput::default() }
    }

    /// Everything written to `stream`.
    pub fn text(&self, stream: Stream) -> String {
        self.streams.iter().filter(|(s, _)| *s == stream).map(|(_, t)| t.as_str()).collect()
    }
    pub fn stdout(&self) -> String {
        self.text(Stream::Stdout)
    }
    pub fn stderr(&self) -> String {
        self.text(Stream::Stderr)
    }

    /// Output that comes before everything the run wrote (a warning about the run).
    pub fn insert_first(&mut self, stream: Stream, text: &str) {
        self.streams.insert(0, (stream, text.to_string()));
    }

    fn push(&mut self, stream: Stream, text: &str) {
        self.streams.push((stream, text.to_string()));
    }

    /// Writes the output to this process's stdout and stderr in the order the
    /// run wrote it, as RunMat replays its console (a terminal showing both
    /// sees what `runmat` shows).
    pub fn print(&self) {
        use std::io::Write;
        let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
        for (stream, text) in &self.streams {
            let _ = match stream {
                Stream::Stdout => out.write_all(text.as_bytes()).and_then(|_| out.flush()),
                Stream::Stderr => err.write_all(text.as_bytes()).and_then(|_| err.flush()),
            };
        }
    }
}

pub fn new_context() -> RuntimeContext {
    let rt = RuntimeContext::new(Rc::new(RuntimeExecutionService::new()));
    rt.set_dynamic_function_loader(Some(Arc::new(|name: String, args: Vec<Value>, outputs: usize| {
        Box::pin(crate::call_time::call(name, args, outputs)) as hooks::DynamicFunctionLoadFuture
    })));
    rt
}

/// A context whose code finds no function by searching folders at call time:
/// RunMat's test session, which sees only the run's catalog (linked), does not.
pub fn new_context_without_search() -> RuntimeContext {
    RuntimeContext::new(Rc::new(RuntimeExecutionService::new()))
}

/// Runs a script's bytecode in `rt` (with `units` serving its library calls);
/// returns output and leaves the final variables in `vars`.
/// `display` adds what RunMat shows after the run; `print_result` its final
/// value line, which `runmat script.m` prints and its REPL does not.
/// `name` names the script's frame in call stacks (RunMat uses its source name).
pub fn run_in(
    rt: &RuntimeContext,
    name: &str,
    bytecode: &Bytecode,
    units: Option<&Arc<Units>>,
    vars: &mut Vec<Value>,
    display: Option<&Display>,
    print_result: bool,
) -> RunOutput {
    if vars.len() < bytecode.var_count {
        vars.resize(bytecode.var_count, Value::Num(0.0));
    }
    let result = {
        let _active = rt.enter();
        // As RunMat's session does: each run starts with an empty console, so a
        // value shown by an earlier run (a REPL input) is not taken as this one's.
        runmat_runtime::console::reset_thread_buffer();
        let _hooks = units.map(Hooks::install);
        // `runtests` and `testsuite` in the script, as RunMat's core serves them on every run.
        let _tests = units.and_then(|u| u.library()).map(|l| runmat_runtime::testing::install_test_services(crate::testing::runtests::services(l)));
        let fut = runmat_vm::interpret_with_vars_in_context(bytecode, vars, Some(name), rt.clone());
        futures::executor::block_on(rt.scope(fut))
    };
    let failure = result.as_ref().err().map(|e| Failure::of(e, bytecode.source_id.map(|s| s.0)));
    let mut output = RunOutput { failure, error: result.as_ref().err().map(|e| e.message.clone()), ..RunOutput::default() };
    let shown = {
        let _active = rt.enter();
        let shown = display.and_then(|d| d.show(vars, result.is_err()));
        output.warnings = runmat_runtime::warning_store::take_all().into_iter().map(|w| (w.identifier, w.message)).collect();
        for entry in take_thread_buffer() {
            match entry.stream {
                ConsoleStream::Stdout => output.push(Stream::Stdout, &entry.text),
                ConsoleStream::Stderr => output.push(Stream::Stderr, &entry.text),
                ConsoleStream::ClearScreen => {}
            }
        }
        shown
    };
    if let (Some(value), true, Ok(_)) = (shown, print_result, &result) {
        output.push(Stream::Stdout, &format!("{value}\n"));
    }
    // A name called at run time that the snapshot could not serve is never silent.
    for why in units.map(|u| u.failures()).unwrap_or_default() {
        output.push(Stream::Stderr, &format!("warning: a function called by name could not be loaded: {why}\n"));
    }
    output
}

/// Runs bytecode that calls no library function (a cold, single-unit compile).
pub fn run(name: &str, bytecode: &Bytecode, display: &Display) -> RunOutput {
    run_in(&new_context(), name, bytecode, None, &mut Vec::new(), Some(display), true)
}

/// Runs a linked script in a fresh context.
pub fn run_linked(name: &str, linked: &crate::link::Linked) -> RunOutput {
    // From here a crash cannot be retried without repeating what the script did.
    crate::supervise::executing();
    run_in(&new_context(), name, &linked.bytecode, Some(&linked.units), &mut Vec::new(), Some(&linked.display), true)
}

/// Runs a linked unit's entry code in `rt` (a test's script section): what
/// it printed stays in the console buffer, its error comes back as RunMat's.
pub async fn execute_in(rt: &RuntimeContext, bytecode: &Bytecode, units: &Arc<Units>, name: &str) -> Result<(), RuntimeError> {
    let mut vars = vec![Value::Num(0.0); bytecode.var_count];
    let _active = rt.enter();
    let _hooks = Hooks::install(units);
    let fut = runmat_vm::interpret_with_vars_in_context(bytecode, &mut vars, Some(name), rt.clone());
    rt.scope(fut).await.map(|_| ())
}

/// Calls function `function` of a linked unit's own `registry` (a test
/// function) with `args` in `rt`, `units` serving its library calls.
pub async fn call_in(
    rt: &RuntimeContext,
    units: &Arc<Units>,
    registry: &runmat_vm::FunctionRegistry,
    function: usize,
    args: &[Value],
    outputs: usize,
) -> Result<Value, RuntimeError> {
    let _active = rt.enter();
    let _hooks = Hooks::install(units);
    let fut = runmat_vm::invoke_semantic_function_value_in_context(function, args, outputs, registry, rt.clone());
    rt.scope(fut).await
}

/// The hooks installed for one run; dropping them restores RunMat's.
struct Hooks {
    _external: hooks::ExternalFunctionInvokerGuard,
    _semantic: hooks::FunctionInvokerGuard,
    _resolver: hooks::FunctionResolverGuard,
}

impl Hooks {
    /// Must run inside the run's context (`rt.enter()`), whose state holds them.
    fn install(units: &Arc<Units>) -> Hooks {
        crate::path_watch::start();
        let for_external = Arc::clone(units);
        let external = hooks::install_external_function_invoker(Some(Arc::new(move |call: ExternalFunctionCall| {
            call_routed(Arc::clone(&for_external), call.function, call.arguments, call.requested_outputs)
        })));
        // Ids no running unit holds (a closure or handle made in another unit)
        // reach the outermost semantic invoker: this one.
        let previous = hooks::current_semantic_function_invoker();
        let for_semantic = Arc::clone(units);
        // RunMat's hook type is an `Arc` of a closure that is not `Send`: it runs on this thread only.
        #[allow(clippy::arc_with_non_send_sync)]
        let semantic = hooks::install_semantic_function_invoker(Some(Arc::new(move |function: usize, args: &[Value], outputs: usize| {
            if for_semantic.unit(function).is_none() {
                if let Some(previous) = &previous {
                    return previous(function, args, outputs);
                }
            }
            // A handle, `feval` or `str2func` of a search-path function is
            // looked up when invoked, as a call is.
            call_routed(Arc::clone(&for_semantic), function, args.to_vec(), outputs)
        })));
        let for_names = Arc::clone(units);
        let previous = hooks::current_semantic_function_resolver();
        let resolver = hooks::install_semantic_function_resolver(Some(Arc::new(move |name: &str| {
            for_names.resolve(name).or_else(|| previous.as_ref().and_then(|p| p(name)))
        })));
        Hooks { _external: external, _semantic: semantic, _resolver: resolver }
    }
}

/// Calls library function `function` where the search path sends it now
/// ([`crate::path_watch`]): its own unit, unless the script changed the path.
fn call_routed(units: Arc<Units>, function: usize, args: Vec<Value>, outputs: usize) -> UserFunctionFuture {
    Box::pin(async move {
        use crate::path_watch::Route;
        match crate::path_watch::route(&units, function).await {
            Route::Bound => call_unit(units, function, args, outputs).await,
            Route::Found(name) => crate::call_time::call(name.clone(), args, outputs).await.unwrap_or_else(|| Err(undefined_name(&name))),
            Route::Undefined(name) => Err(undefined_name(&name)),
            Route::Rejected(folder) => match units.folder_error(&folder) {
                Some(error) => Err(error),
                None => call_unit(units, function, args, outputs).await,
            },
        }
    })
}

/// Runs library function `function` in its own unit.
fn call_unit(units: Arc<Units>, function: usize, args: Vec<Value>, outputs: usize) -> UserFunctionFuture {
    Box::pin(async move {
        let Some(registry) = units.unit(function) else {
            return Err(undefined(function));
        };
        runmat_vm::invoke_semantic_function_value(function, &args, outputs, &registry).await
    })
}

/// As RunMat reports a name no file on the path defines.
fn undefined_name(name: &str) -> RuntimeError {
    runmat_runtime::build_runtime_error(format!("Undefined function: {name}")).with_identifier("RunMat:UndefinedFunction").build()
}

fn undefined(function: usize) -> RuntimeError {
    runmat_runtime::build_runtime_error(format!("Undefined function: no library function has id {function}"))
        .with_identifier("RunMat:UndefinedFunction")
        .build()
}
