//! One rayon pool for RunMat's compile passes, on threads with stacks deep
//! enough for RunMat's recursive lowering of nested code (the default 2 MiB
//! overflows on legitimately nested library files).

use std::sync::OnceLock;

use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};

/// Stack per worker thread: RunMat recurses once per nesting level.
pub const STACK: usize = 64 << 20;

/// The pool, or `None` if its threads could not be spawned (then work runs here).
fn pool() -> Option<&'static ThreadPool> {
    static POOL: OnceLock<Option<ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| ThreadPoolBuilder::new().stack_size(STACK).thread_name(|i| format!("rmsnap-runmat-{i}")).build().ok()).as_ref()
}

/// `f` over `items` on the pool; results keep item order.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    match pool() {
        Some(p) => p.install(|| items.par_iter().map(f).collect()),
        None => items.iter().map(f).collect(),
    }
}

/// [`par_map`] that hands each item to `f` by value, so what `f` is done with
/// (a parsed file, once compiled) is freed as the work goes, not at the end.
pub fn par_map_owned<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    match pool() {
        Some(p) => p.install(|| items.into_par_iter().map(f).collect()),
        None => items.into_iter().map(f).collect(),
    }
}

/// Runs `f` on a pool thread (a deep stack), waiting for it.
pub fn on_big_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    match pool() {
        Some(p) => p.install(f),
        None => f(),
    }
}
