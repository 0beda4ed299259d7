//! `rmsnap repl` driven through a pipe, as a person would type: a variable, a
//! toolbox call, a rebuilt snapshot picked up by `:reload`, then a corrupt one.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

fn build(cache: &Path, toolbox: &Path, out: &Path) {
    let st = Command::new(env!("CARGO_BIN_EXE_rmsnap"))
        .args(["build", "--toolbox", toolbox.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .env("XDG_CACHE_HOME", cache)
        .output()
        .unwrap();
    assert!(st.status.success(), "{}", String::from_utf8_lossy(&st.stderr));
}

fn write_fn(dir: &Path, factor: u32) {
    std::fs::write(dir.join("tb_scale.m"), format!("function y = tb_scale(x)\n%TB_SCALE Scales x.\ny = {factor} * x;\nend\n")).unwrap();
}

/// `rmsnap repl` in `dir` with its cache under `cache`, every stream piped.
fn repl(dir: &Path, cache: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rmsnap"));
    c.arg("repl").env("XDG_CACHE_HOME", cache).current_dir(dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    c
}

/// A session of `c` fed `input` through a pipe, to its end.
fn fed(mut c: Command, input: &str) -> std::process::Output {
    let mut child = c.spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// A session in `dir` fed `input` through a pipe, to its end.
fn piped(dir: &Path, cache: &Path, input: &str) -> std::process::Output {
    fed(repl(dir, cache), input)
}

/// Waits for a line of output containing `want`; returns everything read.
fn expect(lines: &Receiver<String>, want: &str) -> String {
    let mut seen = String::new();
    loop {
        match lines.recv_timeout(Duration::from_secs(120)) {
            Ok(l) => {
                seen.push_str(&l);
                seen.push('\n');
                if l.contains(want) {
                    return seen;
                }
            }
            Err(_) => panic!("no line containing {want:?}; output so far:\n{seen}"),
        }
    }
}

#[test]
fn repl_keeps_variables_across_a_reload_and_survives_a_corrupt_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let tb = tmp.path().join("tb");
    std::fs::create_dir(&tb).unwrap();
    write_fn(&tb, 2);
    let snap = tmp.path().join("s.rmsnap");
    build(tmp.path(), &tb, &snap);

    let mut child = Command::new(env!("CARGO_BIN_EXE_rmsnap"))
        .args(["repl", "--snapshot", snap.to_str().unwrap(), "--toolbox", tb.to_str().unwrap()])
        .current_dir(tmp.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (tx, lines) = channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for l in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(l);
        }
    });
    let mut say = |s: &str| writeln!(stdin, "{s}").and_then(|_| stdin.flush()).unwrap();

    say("x = 21;");
    say("fprintf('first %d\\n', tb_scale(x));");
    expect(&lines, "first 42");

    // The author edits the function and rebuilds; the session picks it up.
    write_fn(&tb, 3);
    build(tmp.path(), &tb, &snap);
    say(":reload");
    expect(&lines, "snapshot v2 loaded");
    say("fprintf('second %d\\n', tb_scale(x));");
    expect(&lines, "second 63");

    // A corrupt file in its place is refused; the session keeps serving v2.
    let mut bytes = std::fs::read(&snap).unwrap();
    let n = bytes.len();
    bytes[n - 60] ^= 0xff;
    std::fs::write(&snap, &bytes).unwrap();
    say(":reload");
    let refused = expect(&lines, "reload failed");
    assert!(refused.contains("still on v2") && refused.contains("s.rmsnap"), "{refused}");
    say("fprintf('third %d, x is still %d\\n', tb_scale(x), x);");
    expect(&lines, "third 63, x is still 21");
    say(":snapshot");
    expect(&lines, "runmat.bytecode");
    say(":quit");
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

/// Values are shown after each input as `runmat repl` 0.6.2 shows them
/// (recorded from the real binary): unsuppressed assignments, bare variables,
/// expressions as `ans` (kept for later inputs); a value shown by one input is
/// not mistaken for the next's.
#[test]
fn repl_shows_values_after_each_input_as_runmat_does() {
    let tmp = tempfile::tempdir().unwrap();
    let out = piped(tmp.path(), &tmp.path().join("cache"), "x = 5\ny = [1 2 3];\ny\n3+4\nz = ans * 2\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.ends_with("x = 5\ny =\n\n  1  2  3\nans = 7\nz = 14\n"), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
}

/// Errors and warnings as `runmat repl` 0.6.2 reports them (recorded from the
/// real binary; `against_runmat` compares a longer session with it): a
/// statement that does not compile gets RunMat's frontend report, a runtime
/// error and each warning one `code: message` line, all on stderr; a failed
/// call shows no value; piped input gets no banner.
#[test]
fn repl_reports_errors_and_warnings_as_runmat_does() {
    let tmp = tempfile::tempdir().unwrap();
    let out = piped(tmp.path(), &tmp.path().join("cache"), "1+\nnofn(3)\nerror(\"my:id\", \"boom %d\", 3)\nwarning(\"careful\")\nx = 2\n");
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout, "x = 2\n", "{stderr}");
    let reports: String = stderr.lines().filter(|l| !l.starts_with("warning:") && !l.starts_with('[')).map(|l| format!("{l}\n")).collect();
    assert_eq!(
        reports,
        "error: unexpected end of input\nid: RunMat:SyntaxError\n--> <repl>:1:3\n1 | 1+\n  |   ^\n\
         RunMat:UndefinedFunction: Undefined function: nofn\nRunMat:id: boom 3\nWarning: careful\nRunMat:warning: careful\n"
    );
    assert!(out.status.success());
}

/// Started in a folder, the REPL reads what RunMat's REPL reads there (the
/// folder's functions, RUNMAT_PATH): from source while the session's first
/// snapshot is built beside it, then from that snapshot, without losing the
/// workspace; the next session starts from it.
#[test]
fn repl_in_a_folder_builds_and_then_uses_that_folder_s_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir) = (tmp.path().join("cache"), tmp.path().join("work"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("rp_twice.m"), "function y = rp_twice(x)\ny = 2 * x;\nend\n").unwrap();
    let start = || {
        let mut c = repl(&dir, &cache);
        c.env_remove("RUNMAT_PATH").env_remove("MATLABPATH");
        let mut child = c.spawn().unwrap();
        let (tx, lines) = channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for l in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(l);
            }
        });
        (child, lines)
    };
    let (mut child, lines) = start();
    let mut stdin = child.stdin.take().unwrap();
    let mut say = |s: &str| writeln!(stdin, "{s}").and_then(|_| stdin.flush()).unwrap();
    say("x = 4;");
    say("fprintf('source %d\\n', rp_twice(x));");
    expect(&lines, "source 8");
    // Once built, the next input attaches it.
    let mut attached = false;
    for _ in 0..240 {
        say(":snapshot");
        let line = lines.recv_timeout(Duration::from_secs(120)).unwrap();
        if line.starts_with("v1 ") {
            attached = true;
            break;
        }
        assert!(line.contains("no snapshot in use"), "{line}");
        std::thread::sleep(Duration::from_millis(500));
    }
    assert!(attached, "the session never started using its snapshot");
    say("fprintf('snapshot %d\\n', rp_twice(x + 1));");
    expect(&lines, "snapshot 10");
    say(":quit");
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("[snapshot built for this session's library set"), "{err}");

    // The next session in this folder starts from it.
    let (mut child, lines) = start();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, ":snapshot\nfprintf('next %d\\n', rp_twice(1));\n:quit").unwrap();
    drop(stdin);
    let seen = expect(&lines, "next 2");
    assert!(seen.lines().any(|l| l.starts_with("v1 ")), "{seen}");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("warning"), "{err}");
}

/// `addpath` in one input changes what a search-path function's name calls in
/// the next, and a handle made in an earlier input still calls by name when
/// invoked — as `runmat`'s REPL prints (`ans = 1`, then `ans = 2` twice; checked
/// against the binary) — from source and from the snapshot.
#[test]
fn repl_follows_addpath_across_inputs_and_keeps_handles_of_earlier_inputs() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, dir, lib, extra) = (tmp.path().join("cache"), tmp.path().join("work"), tmp.path().join("lib"), tmp.path().join("extra"));
    for d in [&dir, &lib, &extra] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(lib.join("rpa_f.m"), "function y = rpa_f()\ny = 1;\nend\n").unwrap();
    std::fs::write(extra.join("rpa_f.m"), "function y = rpa_f()\ny = 2;\nend\n").unwrap();
    let input = format!(":snapshot\nh = @rpa_f;\nh()\naddpath('{}');\nrpa_f()\nh()\n:quit\n", extra.display());
    let session = || {
        let mut c = repl(&dir, &cache);
        c.env("RUNMAT_PATH", &lib).env_remove("MATLABPATH");
        let out = fed(c, &input);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let values = |out: &str| out.lines().filter(|l| l.starts_with("ans")).map(str::to_string).collect::<Vec<_>>();
    let first = session();
    assert_eq!(values(&first), ["ans = 1", "ans = 2", "ans = 2"], "from source: {first}");
    let second = session();
    assert!(second.lines().any(|l| l.starts_with("v1 ")), "the second session uses the snapshot: {second}");
    assert_eq!(values(&second), ["ans = 1", "ans = 2", "ans = 2"], "from the snapshot: {second}");
}
