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
