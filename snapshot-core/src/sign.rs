//! Optional signing. A signed snapshot carries HMAC-SHA-256(key, context ‖ meta
//! digest) in its footer. The meta digest seals the preamble (including the
//! "signed" flag), header and section table; the table seals each section's
//! index digest and each index every entry's digest, so a valid signature
//! vouches for every byte a loader will ever use. The key is shared: whoever
//! can verify can also sign, which fits one team publishing snapshots to its
//! own machines.

use std::path::PathBuf;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::digest::Digest;
use crate::error::FormatError;
use crate::layout;
use crate::loader::Snapshot;

/// Domain separation, so the MAC of a snapshot is never the MAC of anything else.
const CONTEXT: &[u8] = b"rmsnap snapshot signature v1\0";

/// Shortest key accepted (bytes); HMAC keys shorter than the hash are weak.
pub const MIN_KEY_LEN: usize = 32;

fn mac(key: &[u8]) -> Hmac<Sha256> {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
    m.update(CONTEXT);
    m
}

pub fn signature(key: &[u8], meta: &Digest) -> [u8; 32] {
    let mut m = mac(key);
    m.update(&meta.0);
    m.finalize().into_bytes().into()
}

/// Signs a complete unsigned snapshot in place.
pub fn sign_bytes(bytes: &mut [u8], key: &[u8]) -> Result<(), FormatError> {
    layout::seal_signed(bytes, |digest| signature(key, digest))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("snapshot {0} is not signed, and a signed snapshot is required")]
    Unsigned(PathBuf),
    #[error("snapshot {0} has a signature that does not match the key (signed with another key, or altered)")]
    Mismatch(PathBuf),
}

impl Snapshot {
    /// The footer's signature, if the file is flagged as signed.
    pub fn signature(&self) -> Option<[u8; 32]> {
        self.is_signed().then(|| self.footer_signature())
    }

    /// Checks the signature against `key`, in constant time.
    pub fn check_signature(&self, key: &[u8]) -> Result<(), SignatureError> {
        let sig = self.signature().ok_or_else(|| SignatureError::Unsigned(self.path().into()))?;
        let mut m = mac(key);
        m.update(&self.meta_digest().0);
        m.verify_slice(&sig).map_err(|_| SignatureError::Mismatch(self.path().into()))
    }
}

/// Reads a key file: its raw bytes, at least [`MIN_KEY_LEN`] of them.
/// Like ssh with private keys, a key file that group or others can read is refused.
pub fn read_key(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let named = |e: std::io::Error| std::io::Error::new(e.kind(), format!("key file {}: {e}", path.display()));
    let mut file = std::fs::File::open(path).map_err(named)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mode = file.metadata().map_err(named)?.mode();
        if mode & 0o077 != 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!("key file {} is accessible by group or others (mode {:o}); a secret key must be private: chmod 600 {}", path.display(), mode & 0o7777, path.display()),
            ));
        }
    }
    let mut key = Vec::new();
    std::io::Read::read_to_end(&mut file, &mut key).map_err(named)?;
    if key.len() < MIN_KEY_LEN {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("key file {} holds {} bytes; a signing key needs at least {MIN_KEY_LEN} (e.g. `head -c 32 /dev/urandom > key`)", path.display(), key.len()),
        ));
    }
    Ok(key)
}
