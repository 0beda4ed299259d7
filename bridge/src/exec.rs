//! Running bytecode on RunMat's VM and collecting what it printed.

use std::rc::Rc;

use runmat_runtime::console::{take_thread_buffer, ConsoleStream};
use runmat_runtime::context::RuntimeContext;
use runmat_runtime::execution::RuntimeExecutionService;
use runmat_value::Value;
use runmat_vm::Bytecode;

/// What a run printed, and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    /// RunMat's error message if the script failed.
    pub error: Option<String>,
}

pub fn new_context() -> RuntimeContext {
    RuntimeContext::new(Rc::new(RuntimeExecutionService::new()))
}

/// Runs a script's bytecode in `rt`; returns output and the final variables.
pub fn run_in(rt: &RuntimeContext, bytecode: &Bytecode, vars: &mut Vec<Value>) -> RunOutput {
    if vars.len() < bytecode.var_count {
        vars.resize(bytecode.var_count, Value::Num(0.0));
    }
    let fut = runmat_vm::interpret_with_vars_in_context(bytecode, vars, Some("main"), rt.clone());
    let result = futures::executor::block_on(rt.scope(fut));
    let (mut stdout, mut stderr) = (String::new(), String::new());
    {
        let _active = rt.enter();
        for entry in take_thread_buffer() {
            match entry.stream {
                ConsoleStream::Stdout => stdout.push_str(&entry.text),
                ConsoleStream::Stderr => stderr.push_str(&entry.text),
                ConsoleStream::ClearScreen => {}
            }
        }
    }
    RunOutput { stdout, stderr, error: result.err().map(|e| e.message.clone()) }
}

pub fn run(bytecode: &Bytecode) -> RunOutput {
    run_in(&new_context(), bytecode, &mut Vec::new())
}
