//! rmsnap-fleet: snapshots through an OCI registry (CNCF distribution, Harbor,
//! GHCR, ECR ...), as ORAS-style artifacts of rmsnap's own media types.
//!
//! This crate moves bytes and checks them against their digests; it knows
//! nothing about RunMat. The caller validates a pulled snapshot as it would a
//! local file (checksums, schema, compatibility, signature) before using it.
//!
//! [`artifact`] owns the artifact layout (media types, config, annotations),
//! [`reference`] what a user types, [`auth`] where credentials come from, and
//! [`registry`] the transfers.

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod artifact;
pub mod auth;
pub mod reference;
pub mod registry;

pub use artifact::ArtifactConfig;
pub use reference::Target;
pub use registry::{Connection, Options, Pulled, PushReport};

/// What went wrong talking to a registry, naming the reference or blob.
#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    #[error("{reference}: not a registry reference ({detail}); expected REGISTRY/REPOSITORY[:TAG], e.g. localhost:5000/team/lib")]
    Reference { reference: String, detail: String },
    #[error("{registry}: cannot reach the registry: {detail}")]
    Unreachable { registry: String, detail: String },
    #[error("{registry}: not authorized ({detail}); set RMSNAP_REGISTRY_USER/RMSNAP_REGISTRY_PASSWORD or log in with `docker login {registry}`")]
    Auth { registry: String, detail: String },
    #[error("{reference}: no such artifact in the registry")]
    NotFound { reference: String },
    #[error("{reference}: not an rmsnap snapshot ({detail})")]
    NotOurs { reference: String, detail: String },
    #[error("{reference}: blob {digest}: {detail}")]
    Blob { reference: String, digest: String, detail: String },
    #[error("{reference}: config blob: {detail}")]
    Config { reference: String, detail: String },
    #[error("{reference}: {detail}")]
    Registry { reference: String, detail: String },
    #[error("credentials: {0}")]
    Credentials(String),
}

/// `sha256:<hex>` of `bytes`, as OCI names blobs.
pub fn digest_of(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let hash = Sha256::digest(bytes);
    let mut out = String::with_capacity(71);
    out.push_str("sha256:");
    for b in hash {
        out.push_str(&format!("{b:02x}"));
    }
    out
}
