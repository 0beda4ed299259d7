//! Toolbox crates: a crate that ships MATLAB sources registers them with
//! [`register_toolbox!`](crate::register_toolbox). That lists the toolbox in
//! the bridge's [`TOOLBOXES`] (so builds and source runs compile it, and the
//! runtime checks its freshness) and registers its provider `toolbox.<name>`,
//! whose section `toolbox.<name>.manifest` records which toolbox, at which
//! version, with which file hashes, the snapshot's code was compiled from.

use std::collections::BTreeMap;

use rmsnap_bridge::{Toolbox, ToolboxManifest};
use serde_json::json;
use snapshot_core::schema::{Row, SectionSchema};
use snapshot_core::{BuildContext, ProviderOutput, Requirement, SectionError, SectionOutput, SectionSpec, Snapshot, SnapshotProvider};

snapshot_core::section_schema! {
    /// A toolbox section's entry types.
    pub schema SCHEMA, describe describe;
    record
    /// The manifest entry of a toolbox section.
    pub MANIFEST: ToolboxManifest = "@manifest";
}

/// The manifest of `toolbox` as a snapshot recorded it.
pub fn manifest(snap: &Snapshot, toolbox: &Toolbox) -> Result<std::sync::Arc<ToolboxManifest>, SectionError> {
    MANIFEST.get(snap, &section_id(toolbox))
}

/// `toolbox.<name>.manifest`.
pub fn section_id(toolbox: &Toolbox) -> String {
    format!("{}.manifest", toolbox.id)
}

fn describe(snap: &Snapshot, section: &str) -> Result<Vec<Row>, SectionError> {
    let m = MANIFEST.get(snap, section)?;
    let name = m.spec.name.clone();
    Ok(vec![Row {
        name: name.clone(),
        value: json!({ "version": m.spec.version, "files": m.files.len(), "overrides": m.spec.overrides }),
        text: format!("{name} {}: {} files", m.spec.version, m.files.len()),
    }])
}

/// The snapshot provider of one toolbox.
pub struct ToolboxProvider {
    pub toolbox: &'static Toolbox,
    /// `[toolbox.<name>.manifest]`.
    pub sections: &'static [SectionSpec; 1],
    /// The toolbox's requirements, as the registry checks them.
    pub requires: &'static [Requirement],
}

impl SnapshotProvider for ToolboxProvider {
    fn id(&self) -> &'static str {
        self.toolbox.id
    }
    fn version(&self) -> &'static str {
        self.toolbox.version
    }
    fn sections(&self) -> &'static [SectionSpec] {
        self.sections
    }
    fn requires(&self) -> &'static [Requirement] {
        self.requires
    }
    fn fingerprints(&self) -> BTreeMap<String, String> {
        // A snapshot holds code compiled from these exact sources.
        BTreeMap::from([("sources".to_string(), self.toolbox.sources_fingerprint())])
    }
    fn schema(&self, section: &str) -> Option<SectionSchema> {
        (section == self.sections[0].id).then_some(SCHEMA)
    }
    fn build(&self, _: &BuildContext) -> Result<ProviderOutput, String> {
        let mut section = SectionOutput::new(self.sections[0].id);
        MANIFEST.put(&mut section, self.toolbox.manifest())?;
        Ok(ProviderOutput::default().with(section))
    }
}

/// Registers a toolbox crate's MATLAB sources: a [`Toolbox`] in the bridge's
/// `TOOLBOXES` and its [`ToolboxProvider`] in snapshot-core's `PROVIDERS`.
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
        pub static $static_name: $crate::rmsnap_bridge::Toolbox = $crate::rmsnap_bridge::Toolbox {
            id: concat!("toolbox.", $name),
            version: $version,
            files: $files,
            requires: &[$($(($req, $range)),*)?],
            overrides: &[$($($over),*)?],
            manifest_cache: ::std::sync::OnceLock::new(),
        };
        const _: () = {
            #[$crate::snapshot_core::linkme::distributed_slice($crate::snapshot_core::PROVIDERS)]
            #[linkme(crate = $crate::snapshot_core::linkme)]
            static PROVIDER: $crate::snapshot_core::Registration = {
                static VALUE: $crate::toolbox::ToolboxProvider = $crate::toolbox::ToolboxProvider {
                    toolbox: &$static_name,
                    sections: &[$crate::snapshot_core::SectionSpec {
                        id: concat!("toolbox.", $name, ".manifest"),
                        access: $crate::snapshot_core::Access::Cold,
                    }],
                    requires: &[$($($crate::snapshot_core::Requirement { provider: $req, versions: $range }),*)?],
                };
                $crate::snapshot_core::Registration { provider: &VALUE, origin: module_path!() }
            };
            #[$crate::snapshot_core::linkme::distributed_slice($crate::rmsnap_bridge::library::linked::TOOLBOXES)]
            #[linkme(crate = $crate::snapshot_core::linkme)]
            static TOOLBOX: &'static $crate::rmsnap_bridge::Toolbox = &$static_name;
        };
    };
}
