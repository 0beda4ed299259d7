//! Toolbox crates linked into this binary: each registers a [`Toolbox`] in
//! [`TOOLBOXES`] (through `rmsnap_providers::register_toolbox!`, which also
//! registers its snapshot provider). The bridge reads them as libraries; the
//! snapshot records each one's [`ToolboxManifest`].

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use snapshot_core::Digest;

use super::{LibraryKind, LibrarySpec};

/// A toolbox crate's MATLAB sources and declarations.
pub struct Toolbox {
    /// `toolbox.<name>`: provider id and library name.
    pub id: &'static str,
    pub version: &'static str,
    /// (path relative to the toolbox root, contents), sorted by path.
    pub files: &'static [(&'static str, &'static str)],
    /// (library or provider id, semver requirement).
    pub requires: &'static [(&'static str, &'static str)],
    /// Functions this toolbox deliberately redefines (bundled ones, builtins, or
    /// another toolbox's); any other name defined twice is a build error.
    pub overrides: &'static [&'static str],
    /// [`Toolbox::manifest`], hashed once per process (the runtime checks it on every load).
    #[doc(hidden)]
    pub manifest_cache: OnceLock<ToolboxManifest>,
}

/// What a snapshot says about a linked toolbox; compared with the binary's at load.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolboxManifest {
    pub spec: LibrarySpec,
    /// (path, SHA-256 of contents), in file order.
    pub files: Vec<(String, String)>,
}

impl Toolbox {
    pub fn spec(&self) -> LibrarySpec {
        LibrarySpec {
            name: self.id.into(),
            kind: LibraryKind::Linked,
            version: self.version.into(),
            requires: self.requires.iter().map(|(p, v)| (p.to_string(), v.to_string())).collect(),
            overrides: self.overrides.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn manifest(&self) -> &ToolboxManifest {
        self.manifest_cache.get_or_init(|| {
            let files = self.files.iter().map(|(p, t)| (p.to_string(), Digest::of(t.as_bytes()).to_hex())).collect();
            ToolboxManifest { spec: self.spec(), files }
        })
    }

    /// One digest over every (path, source hash): equal iff the sources are.
    pub fn sources_fingerprint(&self) -> String {
        let mut all = Vec::new();
        for (path, sha) in &self.manifest().files {
            all.extend_from_slice(path.as_bytes());
            all.push(0);
            all.extend_from_slice(sha.as_bytes());
        }
        Digest::of(&all).to_hex()
    }
}

#[linkme::distributed_slice]
pub static TOOLBOXES: [&'static Toolbox];

/// Linked toolboxes by id.
pub fn linked() -> Vec<&'static Toolbox> {
    let mut all: Vec<&'static Toolbox> = TOOLBOXES.iter().copied().collect();
    all.sort_by_key(|t| t.id);
    all
}
