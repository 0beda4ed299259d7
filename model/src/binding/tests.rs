//! The binding rules, case by case. Each row: the libraries (in precedence
//! order, with overrides), the definitions (in library order), and what must
//! come out: the losing definitions, the skipped files, the scoped ones, the
//! aliases — or the error.

use std::collections::BTreeSet;

use super::*;
use FoundRole::*;
use LibraryOrigin::*;

struct Case {
    what: &'static str,
    libraries: &'static [(&'static str, LibraryOrigin, &'static [&'static str])],
    /// (library, path, primary name)
    defs: &'static [(&'static str, &'static str, &'static str)],
    expect: Expect,
}

enum Expect {
    Bound {
        /// (path, name) that lost.
        excluded: &'static [(&'static str, &'static str)],
        skipped: &'static [&'static str],
        scoped: &'static [(&'static str, &'static str)],
        aliases: &'static [(&'static str, &'static str)],
    },
    Error(fn(&ResolveError) -> bool),
}

const BUILTINS: &[&str] = &["mean", "disp", "startsWith"];

const fn bound(excluded: &'static [(&'static str, &'static str)], skipped: &'static [&'static str]) -> Expect {
    Expect::Bound { excluded, skipped, scoped: &[], aliases: &[] }
}

const CASES: &[Case] = &[
    Case {
        what: "the script folder shadows a toolbox directory silently",
        libraries: &[("folder", Found(ScriptFolder), &[]), ("toolbox.t", Directory, &[])],
        defs: &[("folder", "folder/f.m", "f"), ("toolbox.t", "toolbox.t/f.m", "f")],
        expect: bound(&[("toolbox.t/f.m", "f")], &[]),
    },
    Case {
        what: "a search-path file that loses stays its own folder's, under a scoped key",
        libraries: &[("folder", Found(ScriptFolder), &[]), ("path.a", Found(SearchPath), &[])],
        defs: &[("folder", "folder/f.m", "f"), ("path.a", "path.a/f.m", "f")],
        expect: Expect::Bound { excluded: &[], skipped: &[], scoped: &[("path.a/f.m", "path.a/f")], aliases: &[] },
    },
    Case {
        what: "the first search-path folder wins over a later one",
        libraries: &[("path.a", Found(SearchPath), &[]), ("path.b", Found(SearchPath), &[])],
        defs: &[("path.a", "path.a/f.m", "f"), ("path.b", "path.b/f.m", "f")],
        expect: Expect::Bound { excluded: &[], skipped: &[], scoped: &[("path.b/f.m", "path.b/f")], aliases: &[] },
    },
    Case {
        what: "a function of the script's folder shadows a builtin",
        libraries: &[("folder", Found(ScriptFolder), &[])],
        defs: &[("folder", "folder/mean.m", "mean")],
        expect: bound(&[], &[]),
    },
    Case {
        what: "a search-path function named like a builtin is its own folder's only",
        libraries: &[("path.a", Found(SearchPath), &[])],
        defs: &[("path.a", "path.a/mean.m", "mean")],
        expect: Expect::Bound { excluded: &[], skipped: &[], scoped: &[("path.a/mean.m", "path.a/mean")], aliases: &[] },
    },
    Case {
        what: "so is one named like a builtin in another letter case (RunMat's compiler folds case)",
        libraries: &[("path.a", Found(SearchPath), &[])],
        defs: &[("path.a", "path.a/startswith.m", "startswith"), ("path.a", "path.a/Disp.m", "Disp")],
        expect: Expect::Bound {
            excluded: &[],
            skipped: &[],
            scoped: &[("path.a/startswith.m", "path.a/startswith"), ("path.a/Disp.m", "path.a/Disp")],
            aliases: &[],
        },
    },
    Case {
        what: "a function of the script's folder named like a builtin in another letter case is bound",
        libraries: &[("folder", Found(ScriptFolder), &[]), ("path.a", Found(SearchPath), &[])],
        defs: &[("folder", "folder/startswith.m", "startswith"), ("path.a", "path.a/startswith.m", "startswith")],
        expect: Expect::Bound { excluded: &[], skipped: &[], scoped: &[("path.a/startswith.m", "path.a/startswith")], aliases: &[] },
    },
    Case {
        what: "in the script's folder the last declaration in path order wins",
        libraries: &[("folder", Found(ScriptFolder), &[])],
        defs: &[("folder", "folder/a.m", "f"), ("folder", "folder/f.m", "f")],
        expect: bound(&[], &["folder/a.m"]),
    },
    Case {
        what: "in a project root too",
        libraries: &[("project", Found(ProjectRoot), &[])],
        defs: &[("project", "project/a/f.m", "f"), ("project", "project/b/f.m", "f")],
        expect: bound(&[], &["project/a/f.m"]),
    },
    Case {
        what: "in a toolbox directory the first declaration wins",
        libraries: &[("toolbox.t", Directory, &[])],
        defs: &[("toolbox.t", "toolbox.t/a.m", "f"), ("toolbox.t", "toolbox.t/f.m", "f")],
        expect: bound(&[], &["toolbox.t/f.m"]),
    },
    Case {
        what: "two toolboxes defining a name clash",
        libraries: &[("bundled", Bundled, &[]), ("toolbox.t", Directory, &[])],
        defs: &[("bundled", "bundled/f.m", "f"), ("toolbox.t", "toolbox.t/f.m", "f")],
        expect: Expect::Error(|e| matches!(e, ResolveError::Clash { function, .. } if function == "f")),
    },
    Case {
        what: "an override decides a clash",
        libraries: &[("bundled", Bundled, &[]), ("toolbox.t", Directory, &["f"])],
        defs: &[("bundled", "bundled/f.m", "f"), ("toolbox.t", "toolbox.t/f.m", "f")],
        expect: bound(&[("bundled/f.m", "f")], &[]),
    },
    Case {
        what: "two overrides of one name are ambiguous",
        libraries: &[("toolbox.a", Directory, &["f"]), ("toolbox.b", Directory, &["f"])],
        defs: &[("toolbox.a", "toolbox.a/f.m", "f"), ("toolbox.b", "toolbox.b/f.m", "f")],
        expect: Expect::Error(|e| matches!(e, ResolveError::AmbiguousOverride { .. })),
    },
    Case {
        what: "a toolbox function named like a builtin needs an override",
        libraries: &[("toolbox.t", Directory, &[])],
        defs: &[("toolbox.t", "toolbox.t/disp.m", "disp")],
        expect: Expect::Error(|e| matches!(e, ResolveError::ShadowsBuiltin { path, .. } if path == "toolbox.t/disp.m")),
    },
    Case {
        what: "with one it replaces the builtin",
        libraries: &[("toolbox.t", Directory, &["disp"])],
        defs: &[("toolbox.t", "toolbox.t/disp.m", "disp")],
        expect: bound(&[], &[]),
    },
    Case {
        what: "an override of a name the library does not define is an error",
        libraries: &[("toolbox.t", Directory, &["g"])],
        defs: &[("toolbox.t", "toolbox.t/f.m", "f")],
        expect: Expect::Error(|e| matches!(e, ResolveError::OverrideNotDefined { function, .. } if function == "g")),
    },
    Case {
        what: "a dependency's function is also called by its bare name",
        libraries: &[("project", Found(ProjectRoot), &[]), ("dep.lib", Found(Dependency), &[]), ("path.a", Found(SearchPath), &[])],
        defs: &[("dep.lib", "dep.lib/q.m", "lib.q"), ("path.a", "path.a/q.m", "q")],
        expect: Expect::Bound { excluded: &[("path.a/q.m", "q")], skipped: &[], scoped: &[], aliases: &[("q", "lib.q")] },
    },
    Case {
        what: "unless the project defines it",
        libraries: &[("project", Found(ProjectRoot), &[]), ("dep.lib", Found(Dependency), &[])],
        defs: &[("project", "project/q.m", "q"), ("dep.lib", "dep.lib/q.m", "lib.q")],
        expect: bound(&[], &[]),
    },
    Case {
        what: "or two dependencies do",
        libraries: &[("dep.a", Found(Dependency), &[]), ("dep.b", Found(Dependency), &[])],
        defs: &[("dep.a", "dep.a/q.m", "a.q"), ("dep.b", "dep.b/q.m", "b.q")],
        expect: bound(&[], &[]),
    },
    Case {
        what: "package functions never clash with bare names",
        libraries: &[("folder", Found(ScriptFolder), &[]), ("toolbox.t", Directory, &[])],
        defs: &[("folder", "folder/+p/f.m", "p.f"), ("toolbox.t", "toolbox.t/f.m", "f")],
        expect: bound(&[], &[]),
    },
];

#[test]
fn binding_follows_the_rules_case_by_case() {
    let builtins: BTreeSet<String> = BUILTINS.iter().map(|b| b.to_string()).collect();
    for case in CASES {
        let overrides: Vec<Vec<String>> = case.libraries.iter().map(|(_, _, o)| o.iter().map(|s| s.to_string()).collect()).collect();
        let libraries: Vec<LibraryInfo> =
            case.libraries.iter().zip(&overrides).map(|((name, origin, _), overrides)| LibraryInfo { name, origin: *origin, overrides }).collect();
        let defs: Vec<Definition> = case.defs.iter().map(|&(library, path, name)| Definition { library, path, name }).collect();
        let got = bind(&libraries, &defs, &builtins);
        match (&case.expect, got) {
            (Expect::Bound { excluded, skipped, scoped, aliases }, Ok(b)) => {
                let pairs = |v: &[(&str, &str)]| v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<BTreeSet<_>>();
                assert_eq!(b.excluded, pairs(excluded), "{}: excluded", case.what);
                assert_eq!(b.skipped.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(), *skipped, "{}: skipped", case.what);
                assert_eq!(b.scoped.into_iter().collect::<BTreeSet<_>>(), pairs(scoped), "{}: scoped", case.what);
                assert_eq!(b.aliases.into_iter().collect::<BTreeSet<_>>(), pairs(aliases), "{}: aliases", case.what);
            }
            (Expect::Error(is), Err(e)) => assert!(is(&e), "{}: wrong error {e}", case.what),
            (_, got) => panic!("{}: got {got:?}", case.what),
        }
    }
}

#[test]
fn every_skip_and_shadowing_says_why() {
    let libraries =
        [LibraryInfo { name: "folder", origin: Found(ScriptFolder), overrides: &[] }, LibraryInfo { name: "toolbox.t", origin: Directory, overrides: &[] }];
    let defs = [
        Definition { library: "folder", path: "folder/a.m", name: "f" },
        Definition { library: "folder", path: "folder/f.m", name: "f" },
        Definition { library: "toolbox.t", path: "toolbox.t/f.m", name: "f" },
    ];
    let b = bind(&libraries, &defs, &BTreeSet::new()).unwrap();
    assert_eq!(b.skipped.len(), 1);
    assert!(b.skipped[0].1.contains("folder/f.m") && b.skipped[0].1.contains("last definition"), "{:?}", b.skipped);
    assert!(b.notes.iter().any(|n| n.contains("folder/f.m shadows the one in toolbox.t/f.m")), "{:?}", b.notes);
}

#[test]
fn the_compiler_takes_a_builtin_name_in_any_letter_case() {
    let builtins: BTreeSet<String> = BUILTINS.iter().map(|b| b.to_string()).collect();
    let compiler = CompilerBuiltins::new(&builtins);
    for name in ["startsWith", "startswith", "STARTSWITH", "mean", "MEAN", "Disp"] {
        assert!(compiler.compiles_as_builtin(name), "{name}");
    }
    for name in ["startswith2", "meanx", "p.mean", ""] {
        assert!(!compiler.compiles_as_builtin(name), "{name}");
    }
}
