//! Calls to search-path functions as the script changes the path and the
//! files on it.
//!
//! RunMat binds a search-path folder's function only within that folder (the
//! folder is one unit); every other call to it is looked up at call time, on
//! the path as the script has changed it (`addpath`, `rmpath`, `path`, `cd`),
//! and its file is read then: `addpath` of a folder with its own `f` makes the
//! next call to `f` that one (and the next invocation of a handle to `f`, made
//! before or after), `rmpath` of `f`'s folder makes it undefined, a file the
//! script writes into a folder ahead on the path wins from the next call, and
//! a file it rewrites runs as it is now (each checked against `runmat` 0.6.2).
//! The library binds those calls for the path and the files the run started
//! with, so a call is served as bound while the path, the current folder and
//! the folders searched are as they were (adding or removing a file changes
//! its folder's modification time) and the callee's file holds the text its
//! code was compiled from; otherwise it is looked up as RunMat looks it up and
//! served from the file it finds.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use runmat_runtime::builtins::common::path_search::find_file_with_extensions;
use runmat_runtime::builtins::common::path_state::current_path_string;

use crate::library::discover::{is_search_path_function, search_path_folder};
use crate::link::{SourceOf, Units};

/// Where a call to a library function goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// To the function the library bound.
    Bound,
    /// To the file of this name found first on the path now (the call-time loader's).
    Found(String),
    /// Nowhere: no file of the name is on the path now.
    Undefined(String),
    /// To the function the library bound, in search-path folder `folder`,
    /// whose unit RunMat's compiler rejects: the call fails as loading it
    /// does in RunMat ([`crate::unit_failure`]).
    Rejected(String),
}

/// What a search-path lookup depends on: the path, the current folder, and
/// the folders searched (the current one, then the path's) as they stand.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Searched {
    path: String,
    cwd: Option<PathBuf>,
    folders: Vec<Option<Stamp>>,
}

/// What changes when a file or folder does: modification and change times,
/// size and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Stamp {
    modified: Option<SystemTime>,
    changed: (i64, i64),
    len: u64,
    inode: u64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let (changed, inode) = {
        use std::os::unix::fs::MetadataExt;
        ((m.ctime(), m.ctime_nsec()), m.ino())
    };
    #[cfg(not(unix))]
    let (changed, inode) = ((0, 0), 0);
    Some(Stamp { modified: m.modified().ok(), changed, len: m.len(), inode })
}

fn searched() -> Searched {
    let (path, cwd) = (current_path_string(), std::env::current_dir().ok());
    let folders = cwd.iter().cloned().chain(std::env::split_paths(&path)).map(|f| stamp(&f)).collect();
    Searched { path, cwd, folders }
}

/// What the library's bindings hold for: this process's first run's (rmsnap
/// changes nothing of it before a script does). Were it another, calls would
/// be looked up more often, never answered otherwise.
fn started() -> &'static Searched {
    static START: OnceLock<Searched> = OnceLock::new();
    START.get_or_init(searched)
}

/// Records the state the library's bindings hold for (call before a run).
pub fn start() {
    started();
}

fn lookups() -> &'static Mutex<HashMap<(Searched, usize), Route>> {
    static MEMO: OnceLock<Mutex<HashMap<(Searched, usize), Route>>> = OnceLock::new();
    MEMO.get_or_init(Mutex::default)
}

/// What routing needs of a loaded library function (found once per [`Units`]).
pub(crate) struct Callee {
    key: String,
    /// Its file, if it is a search-path folder's function (whose calls are looked up).
    searched: Option<SourceOf>,
    /// The search-path folder of its file, if it is in one.
    folder: Option<String>,
}

fn callee(units: &Units, id: usize) -> Option<std::sync::Arc<Callee>> {
    units.callee(id, || {
        let key = units.key_of(id)?;
        let owner = rmsnap_model::key::owner_of(&key);
        let folder = units.file_of(owner).and_then(|of| search_path_folder(&of.id).map(str::to_string));
        let searched = units.file_of(&key).filter(|of| is_search_path_function(&key, &of.id));
        Some(Callee { key, searched, folder })
    })
}

/// Where a call to library function `function` from the running code goes.
pub async fn route(units: &Units, function: usize) -> Route {
    let Some(callee) = callee(units, function) else { return Route::Bound };
    let Some(of) = &callee.searched else { return Route::Bound };
    let key = &callee.key;
    // A call from the callee's own folder is bound in the folder's unit.
    let caller = runmat_runtime::user_functions::current_active_semantic_function();
    if caller.and_then(|c| callee_folder(units, c)).is_some_and(|f| Some(f.as_str()) == search_path_folder(&of.id)) {
        return Route::Bound;
    }
    let now = searched();
    if now != *started() {
        let memo_key = (now, function);
        let memoized = lookups().lock().unwrap_or_else(|e| e.into_inner()).get(&memo_key).cloned();
        let route = match memoized {
            Some(route) => route,
            None => {
                let route = match find_file_with_extensions(key, &[".m"], "function resolution").await {
                    Ok(Some(found)) if same_file(&found, &of.disk) => Route::Bound,
                    Ok(Some(_)) => Route::Found(key.clone()),
                    Ok(None) => Route::Undefined(key.clone()),
                    // The call-time loader runs the same search and reports it.
                    Err(_) => Route::Found(key.clone()),
                };
                lookups().lock().unwrap_or_else(|e| e.into_inner()).insert(memo_key, route.clone());
                route
            }
        };
        if route != Route::Bound {
            return route;
        }
    }
    // The file the call goes to: as compiled, or read and compiled now.
    match holds_compiled_text(of) {
        true => match callee.folder.as_deref().filter(|folder| units.folder_rejected(folder)) {
            Some(folder) => Route::Rejected(folder.to_string()),
            None => Route::Bound,
        },
        false => Route::Found(key.clone()),
    }
}

/// How recently a file may have changed for its stamp not to stand for its
/// text: a rewrite within one tick of the file system's clock can keep it.
const RACY: Duration = Duration::from_millis(50);

/// Whether `of`'s file still holds the text its code was compiled from:
/// hashed when its stamp is not one it was hashed at before.
fn holds_compiled_text(of: &SourceOf) -> bool {
    type Verified = HashMap<PathBuf, (Stamp, String, bool)>;
    static VERIFIED: OnceLock<Mutex<Verified>> = OnceLock::new();
    let verified = VERIFIED.get_or_init(Mutex::default);
    let Some(now) = stamp(&of.disk) else { return false };
    if let Some((at, sha, same)) = verified.lock().unwrap_or_else(|e| e.into_inner()).get(&of.disk) {
        if *at == now && *sha == of.sha256 {
            return *same;
        }
    }
    let same = std::fs::read(&of.disk).is_ok_and(|text| snapshot_core::Digest::of(&text).to_hex() == of.sha256);
    let changed = u64::try_from(now.changed.0).ok().map(|secs| SystemTime::UNIX_EPOCH + Duration::new(secs, now.changed.1.clamp(0, 999_999_999) as u32));
    let age = |t: Option<SystemTime>| t.and_then(|t| SystemTime::now().duration_since(t).ok());
    // (Without a change time, as off Unix, the modification time alone.)
    let settled = age(now.modified).is_some_and(|a| a > RACY) && (cfg!(not(unix)) || age(changed).is_some_and(|a| a > RACY));
    if settled {
        verified.lock().unwrap_or_else(|e| e.into_inner()).insert(of.disk.clone(), (now, of.sha256.clone(), same));
    }
    same
}

/// The search-path folder of library function `id`'s file, if it is in one.
fn callee_folder(units: &Units, id: usize) -> Option<String> {
    callee(units, id)?.folder.clone()
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}
