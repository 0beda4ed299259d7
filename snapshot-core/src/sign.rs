//! Optional Ed25519 signatures. A signed snapshot's footer holds the signer's
//! public key and its signature over (context ‖ meta digest). The meta digest
//! seals the preamble (including the "signed" flag), header and section table;
//! the table seals each section's index digest and each index every entry's
//! digest, so a valid signature vouches for every byte a loader will ever use.
//!
//! Only the public key the caller supplies is trusted. The key in the footer
//! names the signer (for `inspect` and error messages): anyone can put any key
//! there and sign with it, so it must never be what a check verifies with.

use std::path::PathBuf;

use crate::digest::Digest;
use crate::error::FormatError;
use crate::keys::{KeyId, PublicKey, SecretKey};
use crate::layout::{self, Seal};
use crate::loader::Snapshot;

/// Domain separation, so a snapshot signature is never a signature of anything else.
/// v1 was the HMAC of format 3.
const CONTEXT: &[u8] = b"rmsnap snapshot signature v2\0";

fn message(meta: &Digest) -> Vec<u8> {
    [CONTEXT, &meta.0].concat()
}

/// The footer fields of a file with meta digest `meta`, signed with `key`.
pub fn seal(key: &SecretKey, meta: &Digest) -> Seal {
    Seal { signer: key.public().to_bytes(), signature: key.sign(&message(meta)) }
}

/// Signs a complete unsigned snapshot in place.
pub fn sign_bytes(bytes: &mut [u8], key: &SecretKey) -> Result<(), FormatError> {
    layout::seal_signed(bytes, |digest| seal(key, digest))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("snapshot {path} is not signed, and a signed snapshot is required")]
    Unsigned { path: PathBuf },
    #[error("snapshot {path} is signed by {signer}, not by the required key {expected}")]
    WrongSigner { path: PathBuf, expected: KeyId, signer: KeyId },
    #[error("snapshot {path} has a signature that does not verify with the required key {expected} (the file names {signer} as its signer): it was altered after signing, or forged")]
    Mismatch { path: PathBuf, expected: KeyId, signer: KeyId },
}

impl Snapshot {
    /// Who the file says signed it, if it is flagged as signed. Unverified:
    /// only [`Snapshot::check_signature`] with a trusted key says it is true.
    pub fn signer(&self) -> Option<KeyId> {
        self.is_signed().then(|| KeyId::of(&self.footer_seal().signer))
    }

    /// Checks the signature with `expected`, and only with it.
    pub fn check_signature(&self, expected: &PublicKey) -> Result<(), SignatureError> {
        let path = || self.path().to_path_buf();
        let signer = self.signer().ok_or_else(|| SignatureError::Unsigned { path: path() })?;
        let seal = self.footer_seal();
        // Says more than "does not verify", and leaves no footer byte unchecked.
        if seal.signer != expected.to_bytes() {
            return Err(SignatureError::WrongSigner { path: path(), expected: expected.id(), signer });
        }
        if !expected.verifies(&message(&self.meta_digest()), &seal.signature) {
            return Err(SignatureError::Mismatch { path: path(), expected: expected.id(), signer });
        }
        Ok(())
    }
}
