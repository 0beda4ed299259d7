//! The artifact layout: an OCI image manifest whose config blob describes the
//! snapshot (compatibility and library-set key) and whose layers are the
//! snapshot's layer files (`snapshot_core::layers`: the base first, then one
//! per library), each a blob of its own, so a registry holds an unchanged
//! layer once. No timestamps: the same snapshot pushes the same manifest
//! digest from any machine.

use std::collections::BTreeMap;

use oci_client::manifest::{OciDescriptor, OciImageManifest, OCI_IMAGE_MEDIA_TYPE};
use serde::{Deserialize, Serialize};

use crate::FleetError;

/// v3: the records are a layer of their own and `layer.base` digests the base's
/// entries; v2: the records were in the base; v1: one layer, the whole file.
pub const ARTIFACT_TYPE: &str = "application/vnd.rmsnap.snapshot.v3";
pub const CONFIG_MEDIA_TYPE: &str = "application/vnd.rmsnap.config.v1+json";
pub const LAYER_MEDIA_TYPE: &str = "application/vnd.rmsnap.layer.v1+rmsnap";

pub const ANNOTATION_TITLE: &str = "org.opencontainers.image.title";
pub const ANNOTATION_RUNMAT: &str = "dev.rmsnap.runmat.version";
pub const ANNOTATION_TARGET: &str = "dev.rmsnap.target";
pub const ANNOTATION_KEY: &str = "dev.rmsnap.cache-key";
pub const ANNOTATION_SIGNER: &str = "dev.rmsnap.signer";

/// The config blob: what a puller checks before it downloads the snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArtifactConfig {
    /// The cache key of the library set (the tag a run on a cache miss asks for).
    pub cache_key: String,
    /// What the key digests, one line each (binary, providers, folders): a
    /// puller whose key differs can say which line does.
    pub key_lines: Vec<String>,
    pub runmat_version: String,
    pub format_version: u32,
    pub target: String,
    /// The snapshot's signer key id, when signed (the signature is in the file).
    pub signer: Option<String>,
}

impl ArtifactConfig {
    /// The config blob for `reference`. Strings and integers always
    /// serialize; the error is only serde's signature.
    pub fn to_json(&self, reference: &str) -> Result<Vec<u8>, FleetError> {
        serde_json::to_vec(self).map_err(|e| FleetError::Config { reference: reference.into(), detail: format!("does not serialize: {e}") })
    }

    pub fn from_json(reference: &str, bytes: &[u8]) -> Result<ArtifactConfig, FleetError> {
        serde_json::from_slice(bytes).map_err(|e| FleetError::Config { reference: reference.into(), detail: e.to_string() })
    }
}

/// The manifest for a snapshot's layers, (name, bytes), the base first.
pub fn manifest(config: &ArtifactConfig, config_json: &[u8], layers: &[(&str, &[u8])]) -> OciImageManifest {
    let mut annotations = BTreeMap::new();
    annotations.insert(ANNOTATION_RUNMAT.to_string(), config.runmat_version.clone());
    annotations.insert(ANNOTATION_TARGET.to_string(), config.target.clone());
    annotations.insert(ANNOTATION_KEY.to_string(), config.cache_key.clone());
    if let Some(signer) = &config.signer {
        annotations.insert(ANNOTATION_SIGNER.to_string(), signer.clone());
    }
    let layers = layers
        .iter()
        .map(|(name, bytes)| descriptor(LAYER_MEDIA_TYPE, bytes, Some(BTreeMap::from([(ANNOTATION_TITLE.to_string(), format!("{name}.rmsnap"))]))))
        .collect();
    OciImageManifest {
        schema_version: 2,
        media_type: Some(OCI_IMAGE_MEDIA_TYPE.to_string()),
        artifact_type: Some(ARTIFACT_TYPE.to_string()),
        config: descriptor(CONFIG_MEDIA_TYPE, config_json, None),
        layers,
        subject: None,
        annotations: Some(annotations),
    }
}

fn descriptor(media_type: &str, bytes: &[u8], annotations: Option<BTreeMap<String, String>>) -> OciDescriptor {
    OciDescriptor {
        media_type: media_type.to_string(),
        digest: crate::digest_of(bytes),
        size: bytes.len() as i64,
        urls: None,
        annotations: annotations.map(|a| a.into_iter().collect()),
    }
}

/// The snapshot layers of a pulled manifest (the base first), refusing
/// anything that is not ours.
pub fn snapshot_layers<'m>(reference: &str, manifest: &'m OciImageManifest) -> Result<&'m [OciDescriptor], FleetError> {
    let not_ours = |detail: String| FleetError::NotOurs { reference: reference.into(), detail };
    if manifest.config.media_type != CONFIG_MEDIA_TYPE {
        return Err(not_ours(format!("config media type {}, expected {CONFIG_MEDIA_TYPE}", manifest.config.media_type)));
    }
    if manifest.artifact_type.as_deref() != Some(ARTIFACT_TYPE) {
        let found = manifest.artifact_type.as_deref().unwrap_or("none");
        return Err(not_ours(format!("artifact type {found}, expected {ARTIFACT_TYPE} (pushed by another rmsnap version: push it again)")));
    }
    if manifest.layers.is_empty() {
        return Err(not_ours("0 layers, expected at least the base".into()));
    }
    if let Some(layer) = manifest.layers.iter().find(|l| l.media_type != LAYER_MEDIA_TYPE) {
        return Err(not_ours(format!("layer media type {}, expected {LAYER_MEDIA_TYPE}", layer.media_type)));
    }
    Ok(&manifest.layers)
}

/// A layer's name, from its title annotation (`<name>.rmsnap`).
pub fn layer_name(desc: &OciDescriptor) -> String {
    let title = desc.annotations.as_ref().and_then(|a| a.get(ANNOTATION_TITLE)).map(String::as_str).unwrap_or("layer");
    title.strip_suffix(".rmsnap").unwrap_or(title).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ArtifactConfig {
        ArtifactConfig {
            cache_key: "k".into(),
            key_lines: vec!["found lib Folder /p".into()],
            runmat_version: "0.6.2".into(),
            format_version: 4,
            target: "x86_64-unknown-linux-gnu".into(),
            signer: None,
        }
    }

    #[test]
    fn the_same_snapshot_makes_the_same_manifest() {
        let c = config();
        let layers: [(&str, &[u8]); 2] = [("base", b"snap"), ("folder", b"lib")];
        let a = serde_json::to_vec(&manifest(&c, &c.to_json("r").unwrap(), &layers)).unwrap();
        let b = serde_json::to_vec(&manifest(&c, &c.to_json("r").unwrap(), &layers)).unwrap();
        assert_eq!(a, b);
        let m = manifest(&c, &c.to_json("r").unwrap(), &layers);
        let got = snapshot_layers("r", &m).unwrap();
        assert_eq!((got[0].digest.as_str(), layer_name(&got[1]).as_str()), (crate::digest_of(b"snap").as_str(), "folder"));
        assert_eq!(ArtifactConfig::from_json("r", &c.to_json("r").unwrap()).unwrap(), c);
    }

    #[test]
    fn foreign_manifests_are_refused_naming_what_differs() {
        let c = config();
        let mut m = manifest(&c, &c.to_json("r").unwrap(), &[("base", b"snap")]);
        m.layers[0].media_type = "application/vnd.oci.image.layer.v1.tar".into();
        let e = snapshot_layers("r", &m).unwrap_err().to_string();
        assert!(e.contains("layer media type application/vnd.oci.image.layer.v1.tar"), "{e}");
        m.layers.clear();
        assert!(snapshot_layers("r", &m).unwrap_err().to_string().contains("0 layers"));
        m.artifact_type = Some("application/vnd.rmsnap.snapshot.v2".into());
        assert!(snapshot_layers("r", &m).unwrap_err().to_string().contains("artifact type application/vnd.rmsnap.snapshot.v2"));
        m.config.media_type = "application/vnd.oci.image.config.v1+json".into();
        assert!(snapshot_layers("r", &m).unwrap_err().to_string().contains("config media type"));
        assert!(ArtifactConfig::from_json("r", b"{\"cache_key\":1}").is_err());
    }
}
