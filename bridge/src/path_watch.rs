//! Calls to search-path functions when the script changed the path.
//!
//! RunMat binds a search-path folder's function only within that folder (the
//! folder is one unit); every other call to it is looked up at call time, on
//! the path as the script has changed it (`addpath`, `rmpath`, `path`, `cd`):
//! `addpath` of a folder with its own `f` makes the next call to `f` that one
//! (and the next invocation of a handle to `f`, made before or after),
//! `rmpath` of `f`'s folder makes it undefined (checked against `runmat`
//! 0.6.2). The library binds those calls for the path the run started with,
//! so while the path and the current folder are what they were, a call is
//! served as bound; once either changed, each (path, folder, function) is
//! looked up once as RunMat looks it up, and served from the file it finds.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use runmat_runtime::builtins::common::path_search::find_file_with_extensions;
use runmat_runtime::builtins::common::path_state::current_path_string;

use crate::library::discover::{is_search_path_function, search_path_folder};
use crate::link::Units;

/// Where a call to a library function goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// To the function the library bound.
    Bound,
    /// To the file of this name found first on the path now (the call-time loader's).
    Found(String),
    /// Nowhere: no file of the name is on the path now.
    Undefined(String),
}

/// The search path and current folder the library was found for: this
/// process's first run's (rmsnap changes neither before a script does). Were
/// it another, calls would be looked up more often, never answered otherwise.
/// A lookup is kept for its (path, folder); a file added to a folder while
/// both stay the same is not seen by calls looked up before.
fn started() -> &'static (String, Option<PathBuf>) {
    static START: OnceLock<(String, Option<PathBuf>)> = OnceLock::new();
    START.get_or_init(now)
}

fn now() -> (String, Option<PathBuf>) {
    (current_path_string(), std::env::current_dir().ok())
}

/// Records the state the library's bindings hold for (call before a run).
pub fn start() {
    started();
}

type Memo = HashMap<(String, Option<PathBuf>, usize), Route>;

fn memo() -> &'static Mutex<Memo> {
    static MEMO: OnceLock<Mutex<Memo>> = OnceLock::new();
    MEMO.get_or_init(Mutex::default)
}

/// Where a call to library function `function` from the running code goes.
pub async fn route(units: &Units, function: usize) -> Route {
    let state = now();
    if state == *started() {
        return Route::Bound;
    }
    let Some(key) = units.key_of(function) else { return Route::Bound };
    let Some((file, disk)) = units.file_of(&key) else { return Route::Bound };
    if !is_search_path_function(&key, &file) {
        return Route::Bound;
    }
    // A call from the callee's own folder is bound in the folder's unit.
    let caller = runmat_runtime::user_functions::current_active_semantic_function();
    if caller.and_then(|c| folder_of(units, c)).is_some_and(|f| Some(f.as_str()) == search_path_folder(&file)) {
        return Route::Bound;
    }
    let memo_key = (state.0, state.1, function);
    if let Some(route) = memo().lock().unwrap_or_else(|e| e.into_inner()).get(&memo_key) {
        return route.clone();
    }
    let route = match find_file_with_extensions(&key, &[".m"], "function resolution").await {
        Ok(Some(found)) if same_file(&found, &disk) => Route::Bound,
        Ok(Some(_)) => Route::Found(key),
        Ok(None) => Route::Undefined(key),
        // The call-time loader runs the same search and reports it.
        Err(_) => Route::Found(key),
    };
    memo().lock().unwrap_or_else(|e| e.into_inner()).insert(memo_key, route.clone());
    route
}

/// The search-path folder of library function `id`'s file, if it is in one.
fn folder_of(units: &Units, id: usize) -> Option<String> {
    let key = units.key_of(id)?;
    let owner = key.split_once('>').map_or(key.as_str(), |(o, _)| o);
    let (file, _) = units.file_of(owner)?;
    search_path_folder(&file).map(str::to_string)
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}
