//! snapshot-core: the sectioned snapshot file of rmsnap, runtime-agnostic.
//!
//! Layers, bottom up: [`layout`] (the bytes, see `FORMAT.md`), [`codec`] and
//! [`compress`] (entry encoding), [`provider`] (link-time registry), [`builder`],
//! `encode` and [`write`] (producing a file), [`loader`] (consuming one), [`compat`],
//! [`sign`] and [`keys`] (optional Ed25519 signatures).

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod builder;
pub mod codec;
pub mod compat;
pub mod compress;
pub mod digest;
mod encode;
pub mod error;
pub mod keys;
pub mod layers;
pub mod layout;
pub mod loader;
pub mod provider;
pub mod schema;
pub mod sign;
pub mod write;

pub use builder::{build, build_to_file, encode_snapshot, BuildOptions, BuildProgress, BuildReport, CodecChoice, PlannedSection, ProviderStats, SectionStats};
pub use compress::{Codec, StoredEntry};
pub use digest::Digest;
pub use error::{BuildError, CompatError, FormatError, OpenError, SectionError, SectionErrorKind};
pub use keys::{KeyFileError, KeyId, PublicKey, SecretKey};
pub use layout::{CompatKey, Header, ProviderStamp, SectionRecord, FORMAT_VERSION};
pub use loader::{LoadingStats, OpenMode, SectionLoadStats, Snapshot};
pub use provider::{
    Access, Artifact, ArtifactDecl, BuildContext, Diagnostic, ProviderOutput, Registration, Registry, Requirement, SectionOutput, SectionSpec,
    SnapshotProvider, PROVIDERS,
};
pub use sign::SignatureError;

#[doc(hidden)]
pub use linkme;
pub use semver;
