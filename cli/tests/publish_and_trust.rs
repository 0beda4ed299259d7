//! Publishing under stress and trusting what was published: a builder killed
//! mid-write, readers running while the snapshot is republished, files others
//! could have written, and signed snapshots.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

mod common;

use common::*;

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.file_name().unwrap().to_string_lossy().contains(".tmp-")).collect()
}

#[test]
fn a_builder_killed_mid_write_leaves_the_published_snapshot_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    // Published in the cache under its library set's key, so discovery is what finds it.
    ok(&rmsnap(cache, &["build"]));
    let published = cached_snapshots(cache).pop().expect("build wrote into the cache");
    let before = std::fs::read(&published).unwrap();

    let mut child = cmd(cache, &["build", "--gc-preset", "low-memory"])
        .env(snapshot_core::write::ENV_FAULT_WRITE_PAUSE_MS, "600000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the new snapshot is half written, then SIGKILL the builder.
    let deadline = Instant::now() + Duration::from_secs(600);
    let partial = loop {
        let found = temp_files(published.parent().unwrap()).into_iter().find(|p| std::fs::metadata(p).map(|m| m.len() > 0).unwrap_or(false));
        if let Some(p) = found {
            break p;
        }
        assert!(Instant::now() < deadline, "the builder never started writing");
        assert!(child.try_wait().unwrap().is_none(), "the builder exited before writing");
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().unwrap();
    child.wait().unwrap();

    let half = std::fs::metadata(&partial).unwrap().len();
    assert!(half > 0 && half < before.len() as u64 + 4096, "temp file is {half} bytes");
    assert_eq!(std::fs::read(&published).unwrap(), before, "the published snapshot changed");
    assert!(ok(&rmsnap(cache, &["verify", s(&published)])).contains("valid"));
    // Discovery ignores the partial file: the run uses the old snapshot, as required.
    let run = rmsnap(cache, &["run", s(&demo()), "--snapshot-policy", "require", "--stats"]);
    ok(&run);
    assert!(text(&run.stderr).contains("gc preset: default"), "{}", text(&run.stderr));
    // A partial file handed over explicitly is refused, never half-used.
    let err = failed(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&partial), "--snapshot-policy", "require"]), 3);
    assert!(err.contains("snapshot required but not usable"), "{err}");

    // The next publication clears the dead writer's leftover.
    ok(&rmsnap(cache, &["build", "--gc-preset", "low-memory"]));
    assert!(temp_files(published.parent().unwrap()).is_empty());
    assert_ne!(std::fs::read(&published).unwrap(), before);
}

#[test]
fn concurrent_runs_see_a_whole_old_or_whole_new_snapshot_while_it_is_republished() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let (a, b, live) = (tmp.path().join("a.rmsnap"), tmp.path().join("b.rmsnap"), tmp.path().join("live.rmsnap"));
    ok(&rmsnap(cache, &["build", "--out", s(&a), "--gc-preset", "default"]));
    ok(&rmsnap(cache, &["build", "--out", s(&b), "--gc-preset", "low-memory"]));
    let (a_bytes, b_bytes) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    snapshot_core::write::write_atomically(&live, &a_bytes).unwrap();
    let expected = ok(&rmsnap(cache, &["run", s(&demo()), "--no-snapshot"]));

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let publisher = {
        let (stop, live, a_bytes, b_bytes) = (stop.clone(), live.clone(), a_bytes.clone(), b_bytes.clone());
        std::thread::spawn(move || {
            let mut n = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let bytes = if n.is_multiple_of(2) { &b_bytes } else { &a_bytes };
                snapshot_core::write::write_atomically(&live, bytes).unwrap();
                n += 1;
            }
            n
        })
    };
    let mut seen = std::collections::BTreeSet::new();
    for _round in 0..4 {
        let children: Vec<_> = (0..4)
            .map(|_| {
                cmd(cache, &["run", s(&demo()), "--snapshot", s(&live), "--snapshot-policy", "require", "--stats"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert_eq!(ok(&out), expected);
            let stats = text(&out.stderr);
            let preset = ["gc preset: default", "gc preset: low-memory"].into_iter().find(|p| stats.contains(p));
            seen.insert(preset.unwrap_or_else(|| panic!("no snapshot preset in:\n{stats}")));
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let publications = publisher.join().unwrap();
    assert!(publications > 16, "only {publications} republications happened during the runs");
    // Publications alternate far faster than a run starts, so 16 runs that all
    // saw one version (odds 2^-15) would mean the race was not exercised.
    assert_eq!(seen.len(), 2, "runs saw only {seen:?} over {publications} republications");
    // Once the publisher is done, a run uses exactly the version published last.
    for (bytes, preset) in [(&a_bytes, "gc preset: default"), (&b_bytes, "gc preset: low-memory")] {
        snapshot_core::write::write_atomically(&live, bytes).unwrap();
        let out = rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&live), "--snapshot-policy", "require", "--stats"]);
        assert_eq!(ok(&out), expected);
        assert!(text(&out.stderr).contains(preset), "expected {preset}:\n{}", text(&out.stderr));
    }
}

#[cfg(unix)]
#[test]
fn a_snapshot_others_could_write_is_refused_unless_allowed() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let snap = tmp.path().join("lib.rmsnap");
    ok(&rmsnap(cache, &["build", "--out", s(&snap)]));
    assert_eq!(std::fs::metadata(&snap).unwrap().permissions().mode() & 0o777, 0o644, "published mode");
    let expected = ok(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&snap), "--snapshot-policy", "require"]));

    std::fs::set_permissions(&snap, std::fs::Permissions::from_mode(0o666)).unwrap();
    let err = failed(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&snap), "--snapshot-policy", "require"]), 3);
    assert!(err.contains("writable by group or others (mode 666)"), "{err}");
    // auto: falls back with one warning, same output.
    let out = rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&snap)]);
    assert_eq!(ok(&out), expected);
    assert!(text(&out.stderr).contains("untrusted snapshot"), "{}", text(&out.stderr));
    // Explicitly allowed, by flag or environment.
    ok(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&snap), "--snapshot-policy", "require", "--allow-untrusted"]));
    ok(&cmd(cache, &["run", s(&demo()), "--snapshot", s(&snap), "--snapshot-policy", "require"]).env("RMSNAP_ALLOW_UNTRUSTED", "1").output().unwrap());

    // A world-writable directory without the sticky bit is as bad.
    std::fs::set_permissions(&snap, std::fs::Permissions::from_mode(0o644)).unwrap();
    let open_dir = tmp.path().join("open");
    std::fs::create_dir(&open_dir).unwrap();
    let inside = open_dir.join("lib.rmsnap");
    std::fs::copy(&snap, &inside).unwrap();
    std::fs::set_permissions(&inside, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&open_dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let err = failed(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&inside), "--snapshot-policy", "require"]), 3);
    assert!(err.contains(&format!("directory {} is writable by group or others (mode 777) without the sticky bit", open_dir.display())), "{err}");
    std::fs::set_permissions(&open_dir, std::fs::Permissions::from_mode(0o1777)).unwrap();
    ok(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&inside), "--snapshot-policy", "require"]));
    // Group-writable counts as writable, and so does any directory further up the chain.
    std::fs::set_permissions(&open_dir, std::fs::Permissions::from_mode(0o775)).unwrap();
    let err = failed(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&inside), "--snapshot-policy", "require"]), 3);
    assert!(err.contains("(mode 775) without the sticky bit"), "{err}");
    let nested = open_dir.join("deeper");
    std::fs::create_dir(&nested).unwrap();
    std::fs::copy(&snap, nested.join("lib.rmsnap")).unwrap();
    std::fs::set_permissions(nested.join("lib.rmsnap"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = failed(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&nested.join("lib.rmsnap")), "--snapshot-policy", "require"]), 3);
    assert!(err.contains(&format!("directory {} is writable", open_dir.display())), "the grandparent must be checked: {err}");
    std::fs::set_permissions(&open_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    ok(&rmsnap(cache, &["run", s(&demo()), "--snapshot", s(&nested.join("lib.rmsnap")), "--snapshot-policy", "require"]));
}

/// `rmsnap keygen --out PATH`: the key id it prints (`ed25519:` + 16 hex digits).
fn keygen(cache: &Path, path: &Path) -> String {
    let out = ok(&rmsnap(cache, &["keygen", "--out", s(path)]));
    let id = out.lines().find_map(|l| l.strip_prefix("key id ")).unwrap_or_else(|| panic!("no key id in:\n{out}"));
    assert!(id.len() == 24 && id.starts_with("ed25519:") && id[8..].bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
    id.to_string()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn signed_snapshots_verify_and_unsigned_or_wrongly_signed_ones_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path();
    let (key, other) = (tmp.path().join("key"), tmp.path().join("other"));
    let (key_pub, other_pub) = (tmp.path().join("key.pub"), tmp.path().join("other.pub"));
    let (key_id, other_id) = (keygen(cache, &key), keygen(cache, &other));
    assert_ne!(key_id, other_id);
    let err = failed(&rmsnap(cache, &["keygen", "--out", s(&key)]), 2);
    assert!(err.contains(&format!("key file {} already exists", key.display())) && err.contains("--force"), "{err}");
    #[cfg(unix)]
    {
        assert_eq!((mode(&key), mode(&key_pub)), (0o600, 0o644), "secret private, public readable");
        // A secret key others can read is refused, as ssh refuses one.
        chmod(&key, 0o640);
        let err = failed(&rmsnap(cache, &["build", "--out", s(&tmp.path().join("x.rmsnap")), "--sign-key", s(&key)]), 2);
        assert!(err.contains("accessible by group or others (mode 640)") && err.contains(s(&key)), "{err}");
        chmod(&key, 0o600);
    }
    // Each kind of key file only where it belongs.
    let err = failed(&rmsnap(cache, &["build", "--out", s(&tmp.path().join("x.rmsnap")), "--sign-key", s(&key_pub)]), 2);
    assert!(err.contains(s(&key_pub)) && err.contains("holds a public key, but a secret key is needed"), "{err}");
    let (signed, plain) = (tmp.path().join("signed.rmsnap"), tmp.path().join("plain.rmsnap"));
    ok(&rmsnap(cache, &["build", "--out", s(&signed), "--sign-key", s(&key)]));
    ok(&rmsnap(cache, &["build", "--out", s(&plain)]));
    let err = failed(&rmsnap(cache, &["verify", s(&signed), "--key", s(&key)]), 2);
    assert!(err.contains(s(&key)) && err.contains("holds a secret key, but a public key is needed"), "{err}");
    std::fs::write(tmp.path().join("hmac"), [7u8; 32]).unwrap();
    let err = failed(&rmsnap(cache, &["verify", s(&signed), "--key", s(&tmp.path().join("hmac"))]), 2);
    assert!(err.contains("is malformed") && err.contains("rmsnap keygen"), "{err}");

    // inspect names the signer keygen printed, without any key.
    assert!(ok(&rmsnap(cache, &["inspect", s(&signed)])).contains(&format!("signed by {key_id}")));
    assert!(ok(&rmsnap(cache, &["inspect", s(&plain)])).lines().any(|l| l == "unsigned"));
    let json: serde_json::Value = serde_json::from_str(&ok(&rmsnap(cache, &["inspect", s(&signed), "--json"]))).unwrap();
    assert_eq!(json["signer"], serde_json::json!(key_id));

    assert!(ok(&rmsnap(cache, &["verify", s(&signed), "--key", s(&key_pub)])).contains(&format!("signature by {key_id} valid")));
    let err = failed(&rmsnap(cache, &["verify", s(&signed), "--key", s(&other_pub)]), 4);
    assert!(err.contains(&format!("is signed by {key_id}, not by the required key {other_id}")), "{err}");
    let err = failed(&rmsnap(cache, &["verify", s(&plain), "--key", s(&key_pub)]), 4);
    assert!(err.contains("is not signed"), "{err}");

    let run = |snap: &Path, key: &Path| rmsnap(cache, &["run", s(&demo()), "--snapshot", s(snap), "--snapshot-policy", "require", "--require-signed", s(key)]);
    let expected = ok(&run(&signed, &key_pub));
    let err = failed(&run(&signed, &other_pub), 3);
    assert!(err.contains(s(&signed)) && err.contains(&format!("not by the required key {other_id}")), "{err}");
    let err = failed(&run(&plain, &key_pub), 3);
    assert!(err.contains(s(&plain)) && err.contains("is not signed"), "{err}");
    let err = failed(&run(&signed, &key), 2);
    assert!(err.contains("--require-signed") && err.contains("holds a secret key"), "{err}");
    // The environment variable works like the flag; auto falls back with the same output.
    let out = cmd(cache, &["run", s(&demo()), "--snapshot", s(&plain)]).env("RMSNAP_REQUIRE_SIGNED", &key_pub).output().unwrap();
    assert_eq!(ok(&out), expected);
    assert!(text(&out.stderr).contains("is not signed"), "{}", text(&out.stderr));
    let out =
        cmd(cache, &["run", s(&demo()), "--snapshot", s(&signed), "--snapshot-policy", "require"]).env("RMSNAP_REQUIRE_SIGNED", &key_pub).output().unwrap();
    assert_eq!(ok(&out), expected);
    let out = cmd(cache, &["run", s(&demo()), "--snapshot", s(&signed)]).env("RMSNAP_REQUIRE_SIGNED", &key).output().unwrap();
    let err = failed(&out, 2);
    assert!(err.contains("RMSNAP_REQUIRE_SIGNED") && err.contains("holds a secret key"), "{err}");

    // A replaced key pair no longer verifies what the old one signed.
    let out = ok(&rmsnap(cache, &["keygen", "--out", s(&key), "--force"]));
    assert!(!out.contains(&key_id), "{out}");
    let err = failed(&rmsnap(cache, &["verify", s(&signed), "--key", s(&key_pub)]), 4);
    assert!(err.contains(&format!("is signed by {key_id}, not by the required key")), "{err}");
}
