//! Order-preserving parallel map over the machine's cores, on threads with
//! stacks deep enough for RunMat's recursive lowering of nested code.

/// Stack per worker thread: RunMat recurses once per nesting level.
const STACK: usize = 64 << 20;

/// `f` over `items`, one contiguous chunk per core; results keep item order.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    par_map_owned(items.iter().collect(), f)
}

/// [`par_map`] that hands each item to `f` by value, so what `f` is done with
/// (a parsed file, once compiled) is freed as the work goes, not at the end.
pub fn par_map_owned<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(16);
    let chunk = items.len().div_ceil(cores).max(1);
    let mut chunks: Vec<Vec<T>> = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        chunks.push(items.by_ref().take(chunk).collect());
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|part| {
                let f = &f;
                std::thread::Builder::new().stack_size(STACK).spawn_scoped(s, move || part.into_iter().map(f).collect::<Vec<R>>()).expect("spawn")
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))).collect()
    })
}
