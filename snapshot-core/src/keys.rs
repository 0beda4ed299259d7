//! Ed25519 key pairs and their files. Each file is one line of text, a tag
//! naming the kind of key and 64 hex digits: the secret file holds the 32-byte
//! seed, the public file the 32-byte public key. The tag is what lets a secret
//! key passed where a public one is expected (or the reverse) be refused by name.

use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signer, SigningKey, VerifyingKey};

const SECRET_TAG: &str = "rmsnap-ed25519-secret";
const PUBLIC_TAG: &str = "rmsnap-ed25519-public";
/// A key file is one short line; anything longer is not one (and is not read whole).
const MAX_KEY_FILE: u64 = 1024;

/// A public key's short name: `ed25519:` and the first 8 bytes of its SHA-256, in hex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId([u8; 8]);

impl KeyId {
    /// The id of 32 public-key bytes, whether or not they are a valid key
    /// (a file's claimed signer is named even when it is garbage).
    pub fn of(public: &[u8; 32]) -> KeyId {
        let crate::Digest([a, b, c, d, e, f, g, h, ..]) = crate::Digest::of(public);
        KeyId([a, b, c, d, e, f, g, h])
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ed25519:")?;
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

/// A signing key. Its `Debug` shows only the key id.
#[derive(Clone)]
pub struct SecretKey(SigningKey);

impl SecretKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> std::io::Result<SecretKey> {
        let mut seed = [0u8; 32];
        getrandom::getrandom(&mut seed).map_err(|e| std::io::Error::other(format!("no randomness for a key: {e}")))?;
        Ok(SecretKey::from_seed(&seed))
    }

    /// The key whose 32-byte seed is `seed` (deterministic; tests use fixed seeds).
    pub fn from_seed(seed: &[u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(seed))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({})", self.public().id())
    }
}

/// A verifying key: the only thing signature checks trust.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// `None` unless `bytes` encode a usable Ed25519 point (not of small order).
    pub fn from_bytes(bytes: &[u8; 32]) -> Option<PublicKey> {
        VerifyingKey::from_bytes(bytes).ok().filter(|k| !k.is_weak()).map(PublicKey)
    }

    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    pub fn id(&self) -> KeyId {
        KeyId::of(self.0.as_bytes())
    }

    /// Strict verification: non-canonical signatures and small-order keys are refused.
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0.verify_strict(message, &ed25519_dalek::Signature::from_bytes(signature)).is_ok()
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.id())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Secret,
    Public,
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeyKind::Secret => "secret",
            KeyKind::Public => "public",
        })
    }
}

/// Reading or writing a key file failed. Messages name the file and never quote its content.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    #[error("key file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("secret key file {path} is accessible by group or others (mode {mode:o}); a secret key must be private: chmod 600 {path}")]
    Exposed { path: PathBuf, mode: u32 },
    #[error("key file {path} holds a {found} key, but a {expected} key is needed here ({})", match found {
        KeyKind::Secret => "verify with the .pub file `rmsnap keygen` wrote next to it",
        KeyKind::Public => "sign with the secret key file, not its .pub",
    })]
    WrongKind { path: PathBuf, found: KeyKind, expected: KeyKind },
    #[error("key file {path} is malformed: {detail}")]
    Malformed { path: PathBuf, detail: String },
    #[error("key file {path} already exists; it is not overwritten")]
    Exists { path: PathBuf },
}

/// Reads a secret key file. Like ssh with private keys, one that group or others can read is refused.
pub fn read_secret_key(path: &Path) -> Result<SecretKey, KeyFileError> {
    let (bytes, mode) = read_key_file(path, KeyKind::Secret)?;
    if mode & 0o077 != 0 {
        return Err(KeyFileError::Exposed { path: path.into(), mode: mode & 0o7777 });
    }
    Ok(SecretKey::from_seed(&bytes))
}

/// Reads a public key file (it may be readable by anyone).
pub fn read_public_key(path: &Path) -> Result<PublicKey, KeyFileError> {
    let (bytes, _) = read_key_file(path, KeyKind::Public)?;
    PublicKey::from_bytes(&bytes).ok_or_else(|| KeyFileError::Malformed { path: path.into(), detail: "not a valid Ed25519 public key".into() })
}

/// The 32 key bytes of a file of kind `expected`, and the file's mode (0 where there are none).
fn read_key_file(path: &Path, expected: KeyKind) -> Result<([u8; 32], u32), KeyFileError> {
    let io = |source| KeyFileError::Io { path: path.into(), source };
    let malformed = |detail: String| KeyFileError::Malformed { path: path.into(), detail };
    let file = std::fs::File::open(path).map_err(io)?;
    #[cfg(unix)]
    let mode = std::os::unix::fs::MetadataExt::mode(&file.metadata().map_err(io)?);
    #[cfg(not(unix))]
    let mode = 0;
    let mut raw = Vec::new();
    file.take(MAX_KEY_FILE + 1).read_to_end(&mut raw).map_err(io)?;
    let not_ours = || {
        malformed(format!(
            "it is not a key written by `rmsnap keygen` (`{SECRET_TAG} <hex>` or `{PUBLIC_TAG} <hex>`); make a key pair with `rmsnap keygen --out FILE`"
        ))
    };
    if raw.len() as u64 > MAX_KEY_FILE {
        return Err(not_ours());
    }
    let text = std::str::from_utf8(&raw).map_err(|_| not_ours())?;
    let (tag, hex) = text.trim_end().split_once(' ').ok_or_else(not_ours)?;
    let found = match tag {
        SECRET_TAG => KeyKind::Secret,
        PUBLIC_TAG => KeyKind::Public,
        _ => return Err(not_ours()),
    };
    if found != expected {
        return Err(KeyFileError::WrongKind { path: path.into(), found, expected });
    }
    let bytes =
        parse_hex32(hex).ok_or_else(|| malformed(format!("after `{tag}` it needs exactly 64 hex digits, it has {} characters", hex.chars().count())))?;
    Ok((bytes, mode))
}

fn parse_hex32(hex: &str) -> Option<[u8; 32]> {
    parse_hex(hex)
}

/// `N` bytes from exactly `2 × N` hex digits.
pub(crate) fn parse_hex<const N: usize>(hex: &str) -> Option<[u8; N]> {
    let digits = hex.as_bytes();
    if digits.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (byte, pair) in out.iter_mut().zip(digits.chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where the public half of the secret key file `secret` goes: `secret` + `.pub`.
pub fn public_path(secret: &Path) -> PathBuf {
    let mut name = secret.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

/// Writes `key` to `path` (mode 0600) and its public key to [`public_path`] (mode 0644).
/// Existing files are refused unless `force`. Returns the public key's path.
pub fn write_key_pair(key: &SecretKey, path: &Path, force: bool) -> Result<PathBuf, KeyFileError> {
    let public = public_path(path);
    // Both checked before either is written, so a refusal leaves nothing half done.
    if !force {
        if let Some(p) = [path, public.as_path()].into_iter().find(|p| p.symlink_metadata().is_ok()) {
            return Err(KeyFileError::Exists { path: p.into() });
        }
    }
    write_key_file(path, &format!("{SECRET_TAG} {}\n", to_hex(&key.0.to_bytes())), 0o600, force)?;
    write_key_file(&public, &format!("{PUBLIC_TAG} {}\n", to_hex(&key.public().to_bytes())), 0o644, force)?;
    Ok(public)
}

fn write_key_file(path: &Path, text: &str, mode: u32, force: bool) -> Result<(), KeyFileError> {
    let io = |source| KeyFileError::Io { path: path.into(), source };
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        // Not `create`: a file appearing since the check above is still not overwritten.
        options.create_new(true);
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => KeyFileError::Exists { path: path.into() },
        _ => io(e),
    })?;
    // The mode above applies only to a file created now; a replaced one keeps its
    // old mode, so set it before any key byte is written.
    #[cfg(unix)]
    file.set_permissions(<std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(mode)).map_err(io)?;
    #[cfg(not(unix))]
    let _ = mode;
    file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(io)
}
