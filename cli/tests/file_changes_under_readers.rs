//! #16: nothing done to a snapshot file while it is in use may crash a reader or
//! make it use bytes it did not verify. A writer truncates it in place, rewrites
//! it in place (as `cp` does), scribbles over it, replaces it by rename, deletes
//! and recreates it — continuously — while a REPL (with `--watch`) and several
//! `rmsnap run` processes use it. Every run must print the right answer (from
//! the snapshot, or from source after saying why) and exit normally; `require`
//! runs may refuse, naming the file; the REPL keeps its workspace and answers.

mod common;

use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::channel;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;

const FUNCTIONS: usize = 24;

fn toolbox(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("tb_base.m"), "function y = tb_base(x)\ny = 2 * x;\nend\n").unwrap();
    for k in 1..=FUNCTIONS {
        std::fs::write(dir.join(format!("tb_f{k}.m")), format!("function y = tb_f{k}(x)\ny = tb_base(x) + {k};\nend\n")).unwrap();
    }
}

/// The writer's moves, in turn, each leaving the file bad for a while.
fn torment(path: &Path, good: &[u8], stop: &AtomicBool) -> usize {
    let mut rounds = 0;
    let mut seed = 0x9e37_79b9_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let pause = |ms: u64| std::thread::sleep(Duration::from_millis(ms));
    let restore_in_place = || {
        // `cp good live`: truncate, then write, in place.
        let mut f = std::fs::OpenOptions::new().write(true).truncate(true).open(path).unwrap();
        f.write_all(&good[..good.len() / 2]).unwrap();
        pause(5);
        f.write_all(&good[good.len() / 2..]).unwrap();
    };
    while !stop.load(Ordering::Relaxed) {
        match rounds % 5 {
            0 => {
                let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
                f.set_len(next() % good.len() as u64).unwrap();
                pause(40);
                restore_in_place();
            }
            1 => {
                let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
                for _ in 0..8 {
                    f.seek(SeekFrom::Start(next() % good.len() as u64)).unwrap();
                    f.write_all(&next().to_le_bytes()).unwrap();
                }
                drop(f);
                pause(40);
                restore_in_place();
            }
            2 => {
                let tmp = path.with_extension("tmp");
                std::fs::write(&tmp, good).unwrap();
                std::fs::rename(&tmp, path).unwrap();
            }
            3 => {
                std::fs::remove_file(path).unwrap();
                pause(20);
                restore_in_place_new(path, good);
            }
            _ => {
                let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
                f.set_len(0).unwrap();
                pause(20);
                restore_in_place();
            }
        }
        pause(40);
        rounds += 1;
    }
    rounds
}

fn restore_in_place_new(path: &Path, good: &[u8]) {
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).open(path).unwrap();
    f.write_all(good).unwrap();
}

#[test]
fn truncating_rewriting_and_replacing_a_snapshot_in_use_never_crashes_a_reader() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().to_path_buf();
    let tb = tmp.path().join("tb");
    toolbox(&tb);
    let calls: Vec<String> = (1..=FUNCTIONS).map(|k| format!("tb_f{k}({k})")).collect();
    let script = write(&tmp.path().join("script.m"), &format!("total = {};\nfprintf('%d\\n', total + tb_f3(1) + tb_f17(2));\n", calls.join(" + ")));
    let snap = tmp.path().join("live.rmsnap");
    ok(&rmsnap(&cache, &["build", "--toolbox", s(&tb), "--out", s(&snap)]));
    let good = std::fs::read(&snap).unwrap();
    let expected = ok(&rmsnap(&cache, &["run", s(&script), "--toolbox", s(&tb), "--no-snapshot"]));
    assert_eq!(expected, format!("{}\n", (1..=FUNCTIONS).map(|k| 3 * k).sum::<usize>() + 5 + 21));

    let mut repl = cmd(&cache, &["repl", "--snapshot", s(&snap), "--toolbox", s(&tb), "--watch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut repl_in = repl.stdin.take().unwrap();
    let (tx, lines) = channel::<String>();
    let repl_out = repl.stdout.take().unwrap();
    std::thread::spawn(move || BufReader::new(repl_out).lines().map_while(Result::ok).for_each(|l| drop(tx.send(l))));
    writeln!(repl_in, "acc = 0;").unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (snap, good, stop) = (snap.clone(), good.clone(), stop.clone());
        std::thread::spawn(move || torment(&snap, &good, &stop))
    };
    let (from_snapshot, fell_back, refused) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let deadline = Instant::now() + Duration::from_secs(25);
    let runners: Vec<_> = (0..3)
        .map(|i| {
            let (cache, tb, script, snap, expected) = (cache.clone(), tb.clone(), script.clone(), snap.clone(), expected.clone());
            let (from_snapshot, fell_back, refused) = (from_snapshot.clone(), fell_back.clone(), refused.clone());
            std::thread::spawn(move || {
                while Instant::now() < deadline {
                    let policy = if i == 0 { "require" } else { "auto" };
                    let out = rmsnap(&cache, &["run", s(&script), "--toolbox", s(&tb), "--snapshot", s(&snap), "--snapshot-policy", policy, "--stats=json"]);
                    let err = text(&out.stderr);
                    match out.status.code() {
                        Some(0) => {
                            assert_eq!(text(&out.stdout), expected, "a run gave another answer while the file changed:\n{err}");
                            let stats: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
                            if stats["mode"] == "snapshot" {
                                from_snapshot.fetch_add(1, Ordering::Relaxed);
                            } else {
                                assert!(err.contains(s(&snap)), "a fallback must name the file:\n{err}");
                                fell_back.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        Some(3) if policy == "require" => {
                            assert!(err.contains(s(&snap)), "a refusal must name the file:\n{err}");
                            refused.fetch_add(1, Ordering::Relaxed);
                        }
                        other => panic!("run ended with {other:?} (a signal is a crash):\nstdout:\n{}\nstderr:\n{err}", text(&out.stdout)),
                    }
                }
            })
        })
        .collect();

    // The REPL, meanwhile, keeps answering and keeps its workspace.
    let mut sum = 0;
    let mut k = 0;
    while Instant::now() < deadline {
        k = k % FUNCTIONS + 1;
        sum += 3 * k;
        writeln!(repl_in, "acc = acc + tb_f{k}({k}); fprintf('acc %d\\n', acc);").unwrap();
        let want = format!("acc {sum}");
        let mut seen = Vec::new();
        loop {
            let line = lines.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| panic!("REPL stopped answering; it printed:\n{}", seen.join("\n")));
            // Prompts (no newline on a pipe) may precede an answer.
            let answer = line.rsplit("> ").next().unwrap_or(&line);
            if answer == want {
                break;
            }
            assert!(!answer.starts_with("acc ") && !answer.starts_with("error"), "REPL answered {line:?}, expected {want:?}");
            seen.push(line);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    for r in runners {
        r.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let rounds = writer.join().unwrap();
    writeln!(repl_in, ":quit").unwrap();
    drop(repl_in);
    let status = repl.wait().unwrap();
    assert!(status.success(), "REPL ended with {status:?}");

    let (a, b, c) = (from_snapshot.load(Ordering::Relaxed), fell_back.load(Ordering::Relaxed), refused.load(Ordering::Relaxed));
    eprintln!("{rounds} torment rounds; runs: {a} from the snapshot, {b} fell back to source, {c} refused (require)");
    assert!(rounds >= 20, "the writer only managed {rounds} rounds");
    // The file really was bad under some readers, and good under others.
    assert!(a > 0 && b + c > 0, "runs: {a} from the snapshot, {b} fell back, {c} refused");
    let _: PathBuf = snap;
}
