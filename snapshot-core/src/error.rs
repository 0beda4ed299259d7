//! Typed errors, one per operation. Each message names the file and what is wrong.

use std::io;
use std::path::PathBuf;

/// Something in the bytes is not a valid snapshot. Carried inside [`OpenError`].
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FormatError {
    #[error("file is {len} bytes, at least {needed} are needed (truncated?)")]
    Truncated { len: u64, needed: u64 },
    #[error("not a snapshot: magic bytes are {found:02x?}")]
    BadMagic { found: [u8; 8] },
    #[error("format version {found} is not supported (this build reads version {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("preamble declares {declared} bytes but the file has {actual} (truncated or appended to)")]
    LengthMismatch { declared: u64, actual: u64 },
    #[error("completion marker missing: the file was not completely written")]
    MissingCompletionMarker,
    #[error("footer does not match the preamble ({field} differs)")]
    FooterMismatch { field: &'static str },
    #[error("header/table digest mismatch: expected {expected}, computed {found}")]
    MetaDigestMismatch { expected: String, found: String },
    #[error("non-zero padding byte at offset {offset}")]
    NonZeroPadding { offset: u64 },
    #[error("malformed {part}: {detail}")]
    Malformed { part: &'static str, detail: String },
    #[error("section `{id}`: {detail}")]
    BadSection { id: String, detail: String },
}

/// Opening a snapshot failed: I/O or format.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot read snapshot {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("invalid snapshot {path}: {source}")]
    Format {
        path: PathBuf,
        #[source]
        source: FormatError,
    },
}

impl OpenError {
    pub fn format_error(&self) -> Option<&FormatError> {
        match self {
            OpenError::Format { source, .. } => Some(source),
            OpenError::Io { .. } => None,
        }
    }
}

/// A snapshot is valid but was built for something else than the running program.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("snapshot {path} is incompatible: {field} is `{found}` in the snapshot, this runtime expects `{expected}`")]
pub struct CompatError {
    pub path: PathBuf,
    pub field: String,
    pub expected: String,
    pub found: String,
}

/// Reading one section (or one entry of it) failed.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("snapshot {path}, section `{section}` (provider `{provider}`){}: {kind}", entry.as_ref().map(|e| format!(", entry `{e}`")).unwrap_or_default())]
pub struct SectionError {
    pub path: PathBuf,
    pub section: String,
    pub provider: String,
    pub entry: Option<String>,
    pub kind: SectionErrorKind,
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum SectionErrorKind {
    #[error("no such section")]
    NotFound,
    #[error("no such entry")]
    EntryNotFound,
    #[error("index digest mismatch (section is corrupt)")]
    IndexDigest,
    #[error("payload digest mismatch (entry is corrupt)")]
    PayloadDigest,
    #[error("bad layout: {0}")]
    Layout(String),
    /// The file could not be read where the table says the bytes are: it was
    /// truncated or replaced in place after it was opened.
    #[error("cannot read it from the file ({0}); was the file truncated or rewritten while in use?")]
    Read(String),
    #[error("decompression failed: {0}")]
    Decompress(String),
    #[error("decoding failed: {0}")]
    Decode(String),
    #[error("entry was already decoded as another type than `{0}`")]
    TypeMismatch(&'static str),
    #[error("entry is not declared by its provider's schema")]
    Undeclared,
}

/// Building a snapshot failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("provider id `{id}` is registered twice: by {first} and by {second}")]
    DuplicateProvider { id: String, first: String, second: String },
    #[error("section `{section}` is emitted by two providers: `{first}` and `{second}`")]
    DuplicateSection { section: String, first: String, second: String },
    #[error("provider `{provider}` depends on section `{section}`, which no linked provider emits")]
    MissingDependency { provider: String, section: String },
    #[error("provider dependency cycle: {}", cycle.join(" -> "))]
    DependencyCycle { cycle: Vec<String> },
    #[error("provider `{provider}`: {detail}")]
    Provider { provider: String, detail: String },
    #[error("provider `{provider}` requires provider `{requires}` at version {versions}, but {}", found.as_ref().map(|v| format!("version {v} is linked")).unwrap_or_else(|| "it is not linked".into()))]
    UnmetRequirement { provider: String, requires: String, versions: String, found: Option<String> },
    #[error("provider `{provider}` has an invalid version requirement `{versions}` on `{requires}`: {why}")]
    InvalidRequirement { provider: String, requires: String, versions: String, why: String },
    #[error("provider `{provider}`: artifact `{artifact}` {why}")]
    Artifact { provider: String, artifact: String, why: String },
    #[error("invalid section id `{id}` from provider `{provider}`: {why}")]
    InvalidSectionId { provider: String, id: String, why: String },
    #[error("cannot write snapshot {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// An entry copied from an earlier snapshot ([`crate::Snapshot::stored_entry_unread`])
    /// was damaged or unreadable when the writer came to it.
    #[error("section `{section}`, entry `{key}` copied from an earlier snapshot: {detail}")]
    Reused { section: String, key: String, detail: String },
    /// An input the build reads (toolbox sources, a profile script) is missing or unreadable.
    #[error("cannot read {what}: {source}")]
    Input {
        what: String,
        #[source]
        source: io::Error,
    },
}
