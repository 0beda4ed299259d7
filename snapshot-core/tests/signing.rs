//! Signed snapshots: the signer's public key verifies, another key or no
//! signature is named, no byte of a signed file can change without detection,
//! the key the file names as its signer is never what verifies it, and key
//! files are refused by name when exposed, of the wrong kind or malformed.

mod common;

use std::path::Path;

use common::{payload, snapshot_bytes};
use snapshot_core::keys::{public_path, read_public_key, read_secret_key, write_key_pair, KeyKind};
use snapshot_core::layout::{self, Seal};
use snapshot_core::sign::{sign_bytes, SignatureError};
use snapshot_core::{Codec, KeyFileError, SecretKey, Snapshot};

fn key() -> SecretKey {
    SecretKey::from_seed(&[1; 32])
}

fn other() -> SecretKey {
    SecretKey::from_seed(&[2; 32])
}

fn unsigned_with(last: Vec<u8>) -> Vec<u8> {
    snapshot_bytes(&[("t.a", Codec::Zstd, (0..6).map(|i| (format!("k{i}"), payload(i, 300))).collect()), ("t.b", Codec::None, vec![("only".into(), last)])])
}

fn unsigned() -> Vec<u8> {
    unsigned_with(payload(9, 40))
}

fn signed() -> Vec<u8> {
    let mut bytes = unsigned();
    sign_bytes(&mut bytes, &key()).unwrap();
    bytes
}

fn seal_of(bytes: &[u8]) -> Seal {
    layout::decode_footer(bytes).unwrap().seal
}

/// `bytes` flagged as signed with `seal`, digests recomputed as anyone can.
fn with_seal(mut bytes: Vec<u8>, seal: Seal) -> Snapshot {
    layout::seal_signed(&mut bytes, |_| seal).unwrap();
    let snap = Snapshot::from_bytes(bytes, "forged.rmsnap").expect("a resealed file opens");
    snap.verify_all().expect("and is self-consistent: only the signature can refuse it");
    snap
}

fn replace_once(bytes: &mut [u8], from: &[u8], to: &[u8]) {
    let at = bytes.windows(from.len()).position(|w| w == from).unwrap();
    assert!(bytes[at + 1..].windows(from.len()).all(|w| w != from), "{from:?} occurs once");
    bytes[at..at + to.len()].copy_from_slice(to);
}

#[test]
fn the_signers_public_key_verifies_and_signing_is_deterministic() {
    let snap = Snapshot::from_bytes(signed(), "s.rmsnap").unwrap();
    assert!(snap.is_signed());
    assert_eq!(snap.signer(), Some(key().public().id()));
    snap.check_signature(&key().public()).unwrap();
    snap.verify_all().unwrap();
    assert_eq!(signed(), signed());
    assert_eq!(seal_of(&signed()).signer, key().public().to_bytes());
}

#[test]
fn another_key_and_a_missing_signature_are_told_apart() {
    let snap = Snapshot::from_bytes(signed(), "s.rmsnap").unwrap();
    let err = snap.check_signature(&other().public()).unwrap_err();
    assert_eq!(err, SignatureError::WrongSigner { path: "s.rmsnap".into(), expected: other().public().id(), signer: key().public().id() });
    let text = err.to_string();
    assert!(text.contains(&other().public().id().to_string()) && text.contains(&key().public().id().to_string()), "{text}");
    let plain = Snapshot::from_bytes(unsigned(), "u.rmsnap").unwrap();
    assert!(!plain.is_signed());
    assert_eq!(plain.signer(), None);
    assert_eq!(plain.check_signature(&key().public()), Err(SignatureError::Unsigned { path: "u.rmsnap".into() }));
}

#[test]
fn key_ids_are_the_first_8_bytes_of_the_public_keys_sha256() {
    use sha2::Digest as _;
    let public = key().public().to_bytes();
    let hex: String = sha2::Sha256::digest(public)[..8].iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(key().public().id().to_string(), format!("ed25519:{hex}"));
    assert_ne!(key().public().id(), other().public().id());
}

/// Content changed after signing, every digest recomputed, the old seal kept:
/// the file opens and checks out, and only the signature refuses it.
#[test]
fn changed_header_table_or_entries_with_the_old_signature_are_refused() {
    let original = seal_of(&signed());
    let mismatch = |snap: &Snapshot| {
        assert_eq!(
            snap.check_signature(&key().public()),
            Err(SignatureError::Mismatch { path: "forged.rmsnap".into(), expected: key().public().id(), signer: key().public().id() })
        );
    };
    // Unchanged bytes with the old seal verify: the refusals below are the edits.
    with_seal(unsigned(), original).check_signature(&key().public()).unwrap();

    let mut header = unsigned();
    replace_once(&mut header, b"test-runtime 1", b"test-runtime 2");
    mismatch(&with_seal(header, original));

    let mut table = unsigned();
    replace_once(&mut table, b"t.b", b"t.c");
    let snap = with_seal(table, original);
    assert!(snap.section("t.c").is_some());
    mismatch(&snap);

    // Another payload: other entry digest, page digest and index digest.
    mismatch(&with_seal(unsigned_with(payload(10, 40)), original));
}

/// The signer key in the footer is not trusted: whoever re-signs a file can
/// name any key there.
#[test]
fn a_file_re_signed_by_another_key_fails_whatever_signer_it_names() {
    let mut content = unsigned();
    replace_once(&mut content, b"test-runtime 1", b"test-runtime 2");
    // Re-signed honestly by the attacker: it verifies with the attacker's key only.
    let mut resigned = content.clone();
    sign_bytes(&mut resigned, &other()).unwrap();
    let snap = Snapshot::from_bytes(resigned, "forged.rmsnap").unwrap();
    snap.check_signature(&other().public()).unwrap();
    assert_eq!(
        snap.check_signature(&key().public()),
        Err(SignatureError::WrongSigner { path: "forged.rmsnap".into(), expected: key().public().id(), signer: other().public().id() })
    );
    // Signed by the attacker, naming the expected key as signer.
    let mut named = content;
    layout::seal_signed(&mut named, |d| Seal { signer: key().public().to_bytes(), ..snapshot_core::sign::seal(&other(), d) }).unwrap();
    let snap = Snapshot::from_bytes(named, "forged.rmsnap").unwrap();
    assert_eq!(snap.signer(), Some(key().public().id()), "the file claims the expected signer");
    assert_eq!(
        snap.check_signature(&key().public()),
        Err(SignatureError::Mismatch { path: "forged.rmsnap".into(), expected: key().public().id(), signer: key().public().id() })
    );
}

/// Every single-bit change is caught by opening, verifying every entry, or the signature.
#[test]
fn every_bit_flip_of_a_signed_file_is_detected() {
    let good = signed();
    let public = key().public();
    let mut undetected = Vec::new();
    for byte in 0..good.len() {
        for bit in 0..8 {
            let mut bad = good.clone();
            bad[byte] ^= 1 << bit;
            let caught = match Snapshot::from_bytes(bad, "flip.rmsnap") {
                Err(_) => true,
                Ok(s) => s.verify_all().is_err() || s.check_signature(&public).is_err(),
            };
            if !caught {
                undetected.push((byte, bit));
            }
        }
    }
    assert!(undetected.is_empty(), "undetected flips: {:?}", &undetected[..undetected.len().min(10)]);
}

#[test]
fn clearing_the_signed_flag_is_detected_without_the_key() {
    // The flag is in the sealed preamble: a file claiming to be unsigned no longer opens.
    let mut stripped = signed();
    stripped[12] &= !1;
    assert!(Snapshot::from_bytes(stripped, "x").is_err());
    // The same bytes never signed open fine: the refusal is the edit, not the layout.
    assert!(Snapshot::from_bytes(unsigned(), "u").is_ok());
    // An unsigned file must not carry a signer or signature.
    let mut smuggled = unsigned();
    let n = smuggled.len();
    smuggled[n - 64..].copy_from_slice(&seal_of(&signed()).signature);
    assert!(Snapshot::from_bytes(smuggled, "x").unwrap_err().to_string().contains("not flagged as signed"));
}

#[test]
fn a_zeroed_signature_opens_but_fails_the_key_check() {
    let mut zeroed = signed();
    let n = zeroed.len();
    zeroed[n - 64..].fill(0);
    let snap = Snapshot::from_bytes(zeroed, "z").unwrap();
    assert!(snap.is_signed());
    assert_eq!(
        snap.check_signature(&key().public()),
        Err(SignatureError::Mismatch { path: "z".into(), expected: key().public().id(), signer: key().public().id() })
    );
}

// ---------------------------------------------------------------- key files

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
fn a_written_key_pair_reads_back_and_signs_what_its_public_key_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team");
    let generated = SecretKey::generate().unwrap();
    assert_ne!(generated.public(), SecretKey::generate().unwrap().public(), "keys are random");
    let public_file = write_key_pair(&generated, &path, false).unwrap();
    assert_eq!(public_file, dir.path().join("team.pub"));
    assert_eq!(public_path(&path), public_file);
    #[cfg(unix)]
    assert_eq!((mode(&path), mode(&public_file)), (0o600, 0o644));
    let text = std::fs::read_to_string(&public_file).unwrap();
    assert!(text.starts_with("rmsnap-ed25519-public ") && text.ends_with('\n') && text.len() == 22 + 64 + 1, "{text:?}");

    let (secret, public) = (read_secret_key(&path).unwrap(), read_public_key(&public_file).unwrap());
    assert_eq!(public, generated.public());
    assert_eq!(secret.public(), generated.public());
    let mut bytes = unsigned();
    sign_bytes(&mut bytes, &secret).unwrap();
    Snapshot::from_bytes(bytes, "k").unwrap().check_signature(&public).unwrap();
}

#[test]
fn existing_key_files_are_not_overwritten_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k");
    write_key_pair(&key(), &path, false).unwrap();
    let err = write_key_pair(&other(), &path, false).unwrap_err();
    assert!(matches!(&err, KeyFileError::Exists { path: p } if p == &path), "{err}");
    assert_eq!(read_public_key(&public_path(&path)).unwrap(), key().public(), "nothing was replaced");
    // Only the .pub existing is refused as well, and leaves no secret behind.
    let lone = dir.path().join("lone");
    std::fs::write(public_path(&lone), "x").unwrap();
    assert!(matches!(write_key_pair(&key(), &lone, false), Err(KeyFileError::Exists { .. })));
    assert!(!lone.exists());

    #[cfg(unix)]
    chmod(&path, 0o644);
    write_key_pair(&other(), &path, true).unwrap();
    assert_eq!(read_public_key(&public_path(&path)).unwrap(), other().public());
    assert_eq!(read_secret_key(&path).unwrap().public(), other().public());
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600, "a replaced secret key is made private again");
}

#[cfg(unix)]
#[test]
fn a_secret_key_others_can_read_is_refused_a_public_one_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k");
    let public = write_key_pair(&key(), &path, false).unwrap();
    for m in [0o640, 0o604, 0o644] {
        chmod(&path, m);
        let err = read_secret_key(&path).unwrap_err();
        assert!(matches!(err, KeyFileError::Exposed { mode, .. } if mode == m), "{err}");
        assert!(err.to_string().contains(&format!("chmod 600 {}", path.display())), "{err}");
    }
    chmod(&public, 0o644);
    read_public_key(&public).unwrap();
}

#[test]
fn a_key_of_the_other_kind_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k");
    let public = write_key_pair(&key(), &path, false).unwrap();
    let err = read_public_key(&path).unwrap_err();
    assert!(matches!(err, KeyFileError::WrongKind { found: KeyKind::Secret, expected: KeyKind::Public, .. }), "{err}");
    assert!(err.to_string().contains(&path.display().to_string()), "{err}");
    let err = read_secret_key(&public).unwrap_err();
    assert!(matches!(err, KeyFileError::WrongKind { found: KeyKind::Public, expected: KeyKind::Secret, .. }), "{err}");
}

#[test]
fn malformed_key_files_are_named_without_quoting_them() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, Vec<u8>, &str); 6] = [
        ("hmac", vec![7u8; 32], "not a key written by `rmsnap keygen`"),
        ("empty", Vec::new(), "not a key written by `rmsnap keygen`"),
        ("tag", b"ssh-ed25519 AAAA\n".to_vec(), "not a key written by `rmsnap keygen`"),
        ("short", b"rmsnap-ed25519-public 0123\n".to_vec(), "exactly 64 hex digits, it has 4 characters"),
        ("nothex", format!("rmsnap-ed25519-public {}\n", "zz".repeat(32)).into_bytes(), "exactly 64 hex digits"),
        // y = 2 is not the y of any curve point.
        ("offcurve", format!("rmsnap-ed25519-public 02{}\n", "00".repeat(31)).into_bytes(), "not a valid Ed25519 public key"),
    ];
    for (name, content, why) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let err = read_public_key(&path).unwrap_err();
        assert!(matches!(err, KeyFileError::Malformed { .. }), "{name}: {err}");
        let text = err.to_string();
        assert!(text.contains(why) && text.contains(&path.display().to_string()), "{name}: {text}");
        let rest = text.replace(&path.display().to_string(), "");
        assert!(!rest.contains("zz") && !rest.contains("0123"), "{name}: content quoted: {text}");
    }
    // A small-order point is a valid encoding but no key: the identity (y = 1).
    let path = dir.path().join("weak");
    std::fs::write(&path, format!("rmsnap-ed25519-public 01{}\n", "00".repeat(31))).unwrap();
    assert!(matches!(read_public_key(&path), Err(KeyFileError::Malformed { .. })));
    let err = read_public_key(&dir.path().join("missing")).unwrap_err();
    assert!(matches!(err, KeyFileError::Io { .. }) && err.to_string().contains("missing"), "{err}");
}
