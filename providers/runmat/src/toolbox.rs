//! Toolbox crates: a crate that ships MATLAB sources registers them with
//! [`register_toolbox!`](crate::register_toolbox). That adds a provider
//! `toolbox.<name>` to snapshot-core's link-time slice (its section
//! `toolbox.<name>.sources` carries the sources into the snapshot, where the HIR
//! provider compiles them with everything else) and lists the toolbox in
//! [`TOOLBOXES`], so the runtime can check freshness and compile it cold.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use snapshot_core::{BuildContext, Digest, ProviderOutput, Requirement, SectionOutput, SectionSpec, SnapshotProvider};

use crate::sources::{LibraryKind, LibrarySpec, SourceFile};

/// Entry of a toolbox sources section describing the toolbox.
pub const MANIFEST_KEY: &str = "@manifest";

/// A toolbox crate's declaration. Build it with [`register_toolbox!`](crate::register_toolbox).
pub struct Toolbox {
    /// `toolbox.<name>`: provider id and library name.
    pub id: &'static str,
    pub version: &'static str,
    /// (path relative to the toolbox root, contents), sorted by path.
    pub files: &'static [(&'static str, &'static str)],
    pub requires: &'static [Requirement],
    /// Functions this toolbox deliberately redefines (bundled ones, builtins, or
    /// another toolbox's); any other name defined twice is a build error.
    pub overrides: &'static [&'static str],
    /// `[toolbox.<name>.sources]`.
    pub sections: [SectionSpec; 1],
    /// [`Toolbox::manifest`], hashed once per process (the runtime checks it on every load).
    #[doc(hidden)]
    pub manifest_cache: OnceLock<ToolboxManifest>,
}

/// What a toolbox section says about its toolbox; checked again at load.
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
            requires: self.requires.iter().map(|r| (r.provider.into(), r.versions.into())).collect(),
            overrides: self.overrides.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn manifest(&self) -> &ToolboxManifest {
        self.manifest_cache.get_or_init(|| {
            let files = self.files.iter().map(|(p, t)| (p.to_string(), Digest::of(t.as_bytes()).to_hex())).collect();
            ToolboxManifest { spec: self.spec(), files }
        })
    }

    pub fn section_id(&self) -> &'static str {
        self.sections[0].id
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

/// The snapshot provider of one toolbox.
pub struct ToolboxProvider(pub &'static Toolbox);

impl SnapshotProvider for ToolboxProvider {
    fn id(&self) -> &'static str {
        self.0.id
    }
    fn version(&self) -> &'static str {
        self.0.version
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &self.0.sections
    }
    fn requires(&self) -> &'static [Requirement] {
        self.0.requires
    }
    fn fingerprints(&self) -> BTreeMap<String, String> {
        // A snapshot holds code compiled from these exact sources.
        let mut all = Vec::new();
        for (path, sha) in &self.0.manifest().files {
            all.extend_from_slice(path.as_bytes());
            all.push(0);
            all.extend_from_slice(sha.as_bytes());
        }
        BTreeMap::from([("sources".to_string(), Digest::of(&all).to_hex())])
    }
    fn build(&self, _: &BuildContext) -> Result<ProviderOutput, String> {
        let mut section = SectionOutput::new(self.0.section_id());
        section.insert(MANIFEST_KEY, self.0.manifest())?;
        for (path, text) in self.0.files {
            section.insert(*path, &text.to_string())?;
        }
        Ok(ProviderOutput::default().with(section))
    }
}

/// The libraries and files of every toolbox section built so far (the HIR
/// provider's view of linked toolboxes).
pub fn from_sections(ctx: &BuildContext) -> Result<Vec<(LibrarySpec, Vec<SourceFile>)>, String> {
    let mut out = Vec::new();
    for section in ctx.sections_under("toolbox") {
        let manifest: ToolboxManifest = section.decode(MANIFEST_KEY)?;
        let mut files = Vec::new();
        for (path, _) in &manifest.files {
            let text: String = section.decode(path)?;
            files.push(SourceFile { library: manifest.spec.name.clone(), path: format!("{}/{path}", manifest.spec.name), text });
        }
        out.push((manifest.spec, files));
    }
    Ok(out)
}

/// Registers a toolbox crate's MATLAB sources as a snapshot provider.
///
/// ```ignore
/// rmsnap_providers::register_toolbox! {
///     SIGNAL {
///         name: "signal",                       // provider id and library `toolbox.signal`
///         version: env!("CARGO_PKG_VERSION"),
///         files: include!(concat!(env!("OUT_DIR"), "/toolbox_files.rs")),
///         requires: [("runmat.bytecode", ">=1")],
///         overrides: [],
///     }
/// }
/// ```
#[macro_export]
macro_rules! register_toolbox {
    ($static_name:ident {
        name: $name:literal,
        version: $version:expr,
        files: $files:expr
        $(, requires: [$(($req:literal, $range:literal)),* $(,)?])?
        $(, overrides: [$($over:literal),* $(,)?])?
        $(,)?
    }) => {
        pub static $static_name: $crate::toolbox::Toolbox = $crate::toolbox::Toolbox {
            id: concat!("toolbox.", $name),
            version: $version,
            files: $files,
            requires: &[$($($crate::snapshot_core::Requirement { provider: $req, versions: $range }),*)?],
            overrides: &[$($($over),*)?],
            sections: [$crate::snapshot_core::SectionSpec {
                id: concat!("toolbox.", $name, ".sources"),
                access: $crate::snapshot_core::Access::Cold,
            }],
            manifest_cache: ::std::sync::OnceLock::new(),
        };
        const _: () = {
            #[$crate::snapshot_core::linkme::distributed_slice($crate::snapshot_core::PROVIDERS)]
            #[linkme(crate = $crate::snapshot_core::linkme)]
            static PROVIDER: $crate::snapshot_core::Registration = {
                static VALUE: $crate::toolbox::ToolboxProvider = $crate::toolbox::ToolboxProvider(&$static_name);
                $crate::snapshot_core::Registration { provider: &VALUE, origin: module_path!() }
            };
            #[$crate::snapshot_core::linkme::distributed_slice($crate::toolbox::TOOLBOXES)]
            #[linkme(crate = $crate::snapshot_core::linkme)]
            static TOOLBOX: &'static $crate::toolbox::Toolbox = &$static_name;
        };
    };
}
