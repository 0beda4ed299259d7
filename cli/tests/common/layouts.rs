//! The layouts under `cli/tests/layouts/`: each case is a folder tree with
//! one `main.m` (beside its classes, in a project, or with a `path-lib/` put on
//! `RUNMAT_PATH`) and `<case>.expected`, what `runmat main.m` 0.6.2 printed
//! for it (the case's folder written `$CASE`).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{repo, text};

pub struct Case {
    pub name: String,
    /// The case copied into a fresh folder.
    pub root: PathBuf,
    pub script: PathBuf,
    pub expected: String,
}

pub fn cases(work: &Path) -> Vec<Case> {
    let dir = repo().join("cli/tests/layouts");
    let mut names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().flatten().filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let root = work.join(&name);
            copy_tree(&dir.join(&name), &root);
            let script = find_main(&root).unwrap_or_else(|| panic!("case {name} has no main.m"));
            let expected = std::fs::read_to_string(dir.join(format!("{name}.expected"))).unwrap();
            Case { name, root, script, expected }
        })
        .collect()
}

impl Case {
    /// The script as given on the command line: `main.m`, or its path from
    /// `cwd/` when the case runs there.
    pub fn script_arg(&self) -> String {
        if !self.root.join("cwd").is_dir() {
            return "main.m".into();
        }
        format!("../{}", self.script.strip_prefix(&self.root).unwrap().to_str().unwrap())
    }

    /// `c` run as the case says (in the script's folder, or in its `cwd/` when
    /// it has one; `RUNMAT_PATH` set to its `path-lib/`, then `path-lib2/`, when
    /// it has them), its output in the form of `<case>.expected`.
    pub fn run(&self, mut c: Command) -> String {
        let cwd = self.root.join("cwd");
        c.current_dir(if cwd.is_dir() { cwd } else { self.script.parent().unwrap().to_path_buf() });
        let libs: Vec<PathBuf> = ["path-lib", "path-lib2"].iter().map(|l| self.root.join(l)).filter(|l| l.is_dir()).collect();
        if !libs.is_empty() {
            c.env("RUNMAT_PATH", std::env::join_paths(&libs).unwrap());
        }
        let out = c.output().expect("spawn");
        // Not compared: runmat's log lines, rmsnap's warnings about its snapshot, its stats.
        let report: String =
            text(&out.stderr).lines().filter(|l| !l.starts_with('[') && !l.starts_with("warning:") && !l.starts_with('{')).map(|l| format!("{l}\n")).collect();
        let all = format!("{}--- stderr\n{report}--- exit {}\n", text(&out.stdout), out.status.code().map_or("signal".into(), |c| c.to_string()));
        all.replace(self.root.to_str().unwrap(), "$CASE")
    }
}

/// The cases of `cli/tests/unit-rejected/`: a script beside (`folder`) or in
/// a project with (`project`) a function file RunMat's bytecode compiler
/// rejects, which the script never calls. RunMat compiles them as one unit,
/// so the script does not compile (`<case>.expected`, recorded from runmat
/// 0.6.2). Not among [`cases`]: a script that does not compile writes no
/// snapshot, so its snapshot is built (`rmsnap build`).
pub fn unit_rejected_cases(work: &Path) -> Vec<Case> {
    let dir = repo().join("cli/tests/unit-rejected");
    ["folder", "project"]
        .into_iter()
        .map(|name| {
            let root = work.join(name);
            copy_tree(&dir.join(name), &root);
            let expected = std::fs::read_to_string(dir.join(format!("{name}.expected"))).unwrap();
            Case { name: name.into(), script: root.join("main.m"), root, expected }
        })
        .collect()
}

fn find_main(dir: &Path) -> Option<PathBuf> {
    for e in std::fs::read_dir(dir).ok()?.flatten() {
        let p = e.path();
        if p.file_name().is_some_and(|n| n == "main.m") {
            return Some(p);
        }
        if p.is_dir() {
            if let Some(found) = find_main(&p) {
                return Some(found);
            }
        }
    }
    None
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}
