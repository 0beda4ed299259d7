//! Order-preserving parallel map over the machine's cores, on threads with
//! stacks deep enough for RunMat's recursive lowering of nested code.

/// Stack per worker thread: RunMat recurses once per nesting level.
const STACK: usize = 64 << 20;

/// `f` over `items`, one contiguous chunk per core; results keep item order.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(16);
    if cores == 1 || items.len() < 2 {
        // Still on a big stack: the caller's may be a default 2 MiB one.
        return std::thread::scope(|s| {
            std::thread::Builder::new().stack_size(STACK).spawn_scoped(s, || items.iter().map(&f).collect()).expect("spawn").join().expect("worker panicked")
        });
    }
    let chunk = items.len().div_ceil(cores);
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let f = &f;
                std::thread::Builder::new().stack_size(STACK).spawn_scoped(s, move || part.iter().map(f).collect::<Vec<R>>()).expect("spawn")
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))).collect()
    })
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
