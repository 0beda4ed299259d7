//! The snapshot compiles each library file as its own RunMat unit and binds
//! calls between files by global id; the cold path compiles everything as one
//! unit. Closures, handles to other files' functions, subfunctions, mutual
//! recursion across files and `varargout` must behave the same both ways.

use integration_tests::on_big_stack;
use rmsnap_bridge::link::link_script;
use runtime_hooks::{build_snapshot, run_script, BuildRequest, LoadedSnapshot, Mode, RunRequest, SnapshotPolicy, Sources};

const FILES: &[(&str, &str)] = &[
    ("xf_apply.m", "function y = xf_apply(f, x)\ny = f(x);\nend\n"),
    (
        "xf_scale.m",
        "function [y, n] = xf_scale(x, k)\nif nargin < 2\n    k = 3;\nend\ng = @(v) v * k + xf_offset(v);\ny = xf_apply(g, x);\nn = xf_count(y);\nend\n\nfunction n = xf_count(v)\nn = numel(v) + 10;\nend\n",
    ),
    ("xf_offset.m", "function o = xf_offset(v)\no = 0.5 * v;\nend\n"),
    ("xf_even.m", "function r = xf_even(n)\nif n == 0\n    r = 1;\nelse\n    r = xf_odd(n - 1);\nend\nend\n"),
    ("xf_odd.m", "function r = xf_odd(n)\nif n == 0\n    r = 0;\nelse\n    r = xf_even(n - 1);\nend\nend\n"),
    ("xf_multi.m", "function varargout = xf_multi(x)\nfor i = 1:nargout\n    varargout{i} = x * i;\nend\nend\n"),
    ("xf_handle.m", "function h = xf_handle()\nh = @xf_offset;\nend\n"),
];

const SCRIPT: &str = "[y, n] = xf_scale(2);\nfprintf('%d %d\\n', y, n);\nfprintf('%d %d\\n', xf_even(7), xf_odd(7));\n[a, b, c] = xf_multi(2);\nfprintf('%d %d %d\\n', a, b, c);\nh = xf_handle();\nfprintf('%d\\n', h(4));\nfprintf('%d\\n', xf_apply(@xf_offset, 10));\nfprintf('%d\\n', xf_scale(4, 1));\nfprintf('%d\\n', feval('xf_offset', 8));\nfprintf('%d %d\\n', cellfun(@xf_offset, {2, 4}));\n";

#[test]
fn calls_between_separately_compiled_files_match_one_unit() {
    on_big_stack(|| {
        let dir = tempfile::tempdir().unwrap();
        let tb = dir.path().join("xf");
        std::fs::create_dir(&tb).unwrap();
        for (name, text) in FILES {
            std::fs::write(tb.join(name), text).unwrap();
        }
        let script = dir.path().join("main.m");
        std::fs::write(&script, SCRIPT).unwrap();
        let snap = dir.path().join("lib.rmsnap");
        build_snapshot(&BuildRequest { toolbox_dirs: vec![tb.clone()], ..BuildRequest::default() }, &snap).unwrap();
        let request = |no_snapshot| RunRequest {
            script_path: script.clone(),
            script_text: SCRIPT.into(),
            snapshot: Some(snap.clone()),
            no_snapshot,
            policy: SnapshotPolicy::Require,
            toolbox_dirs: vec![tb.clone()],
            trust: Default::default(),
            ..Default::default()
        };
        let warm = run_script(&request(false)).unwrap();
        let cold = run_script(&request(true)).unwrap();
        assert_eq!(cold.output.error, None, "{:?}", cold.output);
        assert_eq!(cold.output.stdout(), "7 11\n0 1\n2 4 6\n2\n5\n6\n4\n1 2\n");
        assert_eq!(warm.output, cold.output);
        let Mode::Snapshot { functions_linked, .. } = warm.mode else { panic!("snapshot not used: {:?}", warm.mode) };
        // Seven named functions, the subfunction and the closure.
        assert_eq!(functions_linked, 9);

        // Each library function runs in a registry of its own file's functions,
        // never in one holding the whole library (RunMat copies the caller's
        // registry into every call); the script's holds only the script.
        let loaded = LoadedSnapshot::open(&snap, Sources::new(std::slice::from_ref(&tb))).unwrap();
        let linked = link_script("main.m", SCRIPT, &loaded).unwrap();
        assert!(linked.bytecode.function_registry.functions.is_empty(), "the script defines no function");
        assert_eq!(linked.units.len(), 9);
        for f in &linked.loaded {
            let unit = linked.units.unit(f.id).unwrap();
            let names: Vec<&str> = unit.names.keys().map(String::as_str).collect();
            // xf_scale's unit: itself, its local function and its closure.
            let expected = if f.name == "xf_scale" { 3 } else { 1 };
            assert_eq!(unit.functions.len(), expected, "{}: {names:?}", f.name);
        }
        let scale = linked.loaded.iter().find(|f| f.name == "xf_scale").unwrap();
        let unit = linked.units.unit(scale.id).unwrap();
        let names: Vec<&str> = unit.names.keys().map(String::as_str).collect();
        assert!(names.contains(&"xf_scale") && names.iter().any(|n| n.starts_with("xf_scale>")), "the closure runs with its file: {names:?}");
    });
}
