//! #16: a snapshot run never differs from a source run. A generator writes a
//! small library over three places — the script's folder, a `RUNMAT_PATH`
//! folder, and a subfolder of it that is not on the path — with calls by name,
//! by handle and by computed name (`feval`, `str2func`), nested calls and
//! shadowing; then edits it step by step (edit, add, delete, move, shadow).
//! After every step `rmsnap run` through the automatic cache (a snapshot once
//! one is written) must print exactly what `rmsnap run --no-snapshot` prints,
//! with the same error and exit status. Failing cases proptest finds are kept
//! in `differential.proptest-regressions` and replayed first.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use proptest::prelude::*;

/// Function names; each calls only names after it (no recursion).
const NAMES: [&str; 4] = ["fa", "fb", "fc", "fd"];

#[derive(Debug, Clone, Copy)]
enum Place {
    ScriptFolder,
    SearchPath,
    /// Below the search-path folder: RunMat does not look there.
    Subfolder,
}

#[derive(Debug, Clone)]
enum Body {
    Constant(u8),
    Call(usize, u8),
    Computed(usize, u8),
    Handle(usize, u8),
}

#[derive(Debug, Clone)]
enum Step {
    Write { name: usize, place: Place, body: Body },
    Delete { name: usize, place: Place },
}

fn place() -> impl Strategy<Value = Place> {
    prop_oneof![Just(Place::ScriptFolder), Just(Place::SearchPath), Just(Place::Subfolder)]
}

fn body(name: usize) -> BoxedStrategy<Body> {
    let k = 1u8..9;
    if name + 1 == NAMES.len() {
        return k.prop_map(Body::Constant).boxed();
    }
    let callee = (name + 1)..NAMES.len();
    prop_oneof![
        k.clone().prop_map(Body::Constant),
        (callee.clone(), k.clone()).prop_map(|(c, k)| Body::Call(c, k)),
        (callee.clone(), k.clone()).prop_map(|(c, k)| Body::Computed(c, k)),
        (callee, k).prop_map(|(c, k)| Body::Handle(c, k)),
    ]
    .boxed()
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..NAMES.len(), place()).prop_flat_map(|(name, place)| body(name).prop_map(move |body| Step::Write { name, place, body })),
        1 => (0..NAMES.len(), place()).prop_map(|(name, place)| Step::Delete { name, place }),
    ]
}

/// A script calling some names directly, by computed name and by handle.
fn script() -> impl Strategy<Value = String> {
    let line = (0..NAMES.len(), 0u8..3, 1u8..5).prop_map(|(n, how, k)| {
        let name = NAMES[n];
        match how {
            0 => format!("fprintf('%d\\n', {name}({k}));"),
            1 => format!("fprintf('%d\\n', feval(['f' '{}'], {k}));", &name[1..]),
            _ => format!("h = str2func(sprintf('f%s', '{}')); fprintf('%d\\n', h({k}));", &name[1..]),
        }
    });
    prop::collection::vec(line, 1..4).prop_map(|lines| lines.join("\n") + "\n")
}

struct World {
    _tmp: tempfile::TempDir,
    cache: PathBuf,
    script: PathBuf,
    path_dir: PathBuf,
}

impl World {
    fn new(script_text: &str) -> World {
        let tmp = tempfile::tempdir().unwrap();
        let (cache, proj, path_dir) = (tmp.path().join("cache"), tmp.path().join("proj"), tmp.path().join("pathdir"));
        std::fs::create_dir_all(path_dir.join("sub")).unwrap();
        let script = write(&proj.join("main.m"), script_text);
        World { _tmp: tmp, cache, script, path_dir }
    }

    fn dir(&self, place: Place) -> PathBuf {
        match place {
            Place::ScriptFolder => self.script.parent().unwrap().to_path_buf(),
            Place::SearchPath => self.path_dir.clone(),
            Place::Subfolder => self.path_dir.join("sub"),
        }
    }

    fn apply(&self, step: &Step) {
        match step {
            Step::Write { name, place, body } => {
                let me = NAMES[*name];
                let code = match body {
                    Body::Constant(k) => format!("y = x + {k};"),
                    Body::Call(c, k) => format!("y = {}(x) + {k};", NAMES[*c]),
                    Body::Computed(c, k) => format!("y = feval(['f' '{}'], x) * 2 + {k};", &NAMES[*c][1..]),
                    Body::Handle(c, k) => format!("g = @{}; y = g(x) * 3 + {k};", NAMES[*c]),
                };
                write(&self.dir(*place).join(format!("{me}.m")), &format!("function y = {me}(x)\n{code}\nend\n"));
            }
            Step::Delete { name, place } => {
                let _ = std::fs::remove_file(self.dir(*place).join(format!("{}.m", NAMES[*name])));
            }
        }
    }

    /// (stdout, stderr without warnings, exit code) of one run, and its `--stats=json` mode.
    fn run(&self, from_source: bool) -> ((String, String, Option<i32>), String) {
        let mut args = vec!["run", s(&self.script), "--stats=json"];
        if from_source {
            args.push("--no-snapshot");
        }
        let out = cmd(&self.cache, &args).env("RUNMAT_PATH", &self.path_dir).current_dir(self.script.parent().unwrap()).output().unwrap();
        let stderr = text(&out.stderr);
        let mut lines: Vec<&str> = stderr.lines().collect();
        let stats: serde_json::Value = lines.pop().and_then(|l| serde_json::from_str(l).ok()).unwrap_or_default();
        let err: String = lines.iter().filter(|l| !l.starts_with("warning:")).map(|l| format!("{l}\n")).collect();
        ((text(&out.stdout), err, out.status.code()), stats["mode"].as_str().unwrap_or("?").to_string())
    }
}

fn check(world: &World, what: &str) -> Result<(), TestCaseError> {
    let (source, _) = world.run(true);
    if std::env::var_os("DIFF_DEBUG").is_some() {
        eprintln!("{what}: {source:?}");
    }
    let (cached, _) = world.run(false);
    prop_assert_eq!(&cached, &source, "{}: automatic cache vs source", what);
    // The first run left a snapshot of this library for the second to use.
    let (again, mode) = world.run(false);
    prop_assert_eq!(&again, &source, "{}: second run vs source", what);
    prop_assert_eq!(mode, "snapshot", "{}: the second run was not served from the snapshot", what);
    Ok(())
}

fn library_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()).unwrap_or_default();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig {
        // `DIFF_CASES=200` for a longer search than CI's.
        cases: std::env::var("DIFF_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10),
        max_shrink_iters: 24,
        // Next to this file (the default location is not found for a workspace member's tests).
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct("tests/differential.proptest-regressions"))),
        ..ProptestConfig::default()
    })]
    #[test]
    fn snapshot_runs_match_source_runs_through_library_edits(
        script in script(),
        initial in (0..NAMES.len()).map(|n| (prop_oneof![Just(Place::ScriptFolder), Just(Place::SearchPath)], body(n)).prop_map(move |(place, body)| Step::Write { name: n, place, body })).collect::<Vec<_>>(),
        extra in prop::collection::vec(step(), 0..3),
        edits in prop::collection::vec(step(), 1..4),
    ) {
        let world = World::new(&script);
        for s in initial.iter().chain(&extra) {
            world.apply(s);
        }
        check(&world, "initial library")?;
        for (i, s) in edits.iter().enumerate() {
            world.apply(s);
            let what = format!("after edit {i} ({s:?}); script folder {:?}, path {:?}", library_files(&world.dir(Place::ScriptFolder)), library_files(&world.path_dir));
            check(&world, &what)?;
        }
    }
}
