//! Transfers: push a snapshot as an artifact, pull one back, each blob checked
//! against its digest. A blocking API over the async client, one small
//! runtime per connection.

use std::time::Duration;

use oci_client::client::{ClientConfig, ClientProtocol};
use oci_client::errors::{OciDistributionError, OciErrorCode};
use oci_client::manifest::{OciDescriptor, OCI_IMAGE_MEDIA_TYPE};
use oci_client::secrets::RegistryAuth;
use oci_client::{Client, Reference, RegistryOperation};

use crate::artifact::{self, ArtifactConfig};
use crate::{FleetError, Target};

#[derive(Debug, Clone)]
pub struct Options {
    /// Plain HTTP instead of TLS (loopback and test registries).
    pub plain_http: bool,
    pub connect_timeout: Duration,
    /// A pulled snapshot larger than this is refused before it is downloaded.
    pub max_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options { plain_http: false, connect_timeout: Duration::from_secs(5), max_bytes: 4 << 30 }
    }
}

/// One registry repository, with its credentials.
pub struct Connection {
    target: Target,
    client: Client,
    auth: RegistryAuth,
    max_bytes: u64,
    runtime: tokio::runtime::Runtime,
}

/// One blob of a push: uploaded, or already in the registry.
#[derive(Debug, Clone)]
pub struct BlobPush {
    pub media_type: String,
    pub digest: String,
    pub bytes: u64,
    pub uploaded: bool,
}

#[derive(Debug, Clone)]
pub struct PushReport {
    pub manifest_digest: String,
    pub blobs: Vec<BlobPush>,
    /// Full references written (one per tag).
    pub references: Vec<String>,
}

impl PushReport {
    pub fn bytes_uploaded(&self) -> u64 {
        self.blobs.iter().filter(|b| b.uploaded).map(|b| b.bytes).sum()
    }
}

pub struct Pulled {
    pub reference: String,
    pub manifest_digest: String,
    pub config: ArtifactConfig,
    /// The snapshot's layers, the base first.
    pub layers: Vec<PulledLayer>,
    /// Length of the config blob as downloaded.
    config_len: u64,
}

pub struct PulledLayer {
    pub name: String,
    /// `sha256:<hex>`, checked against the bytes.
    pub digest: String,
    pub bytes: Vec<u8>,
    /// Downloaded now, rather than found in the local layer store.
    pub downloaded: bool,
}

impl Pulled {
    /// Bytes downloaded for this artifact (config and the layers not held locally).
    pub fn bytes(&self) -> u64 {
        self.config_len + self.layers.iter().filter(|l| l.downloaded).map(|l| l.bytes.len() as u64).sum::<u64>()
    }
}

impl Connection {
    /// Reads credentials and prepares a client; nothing is sent yet.
    pub fn open(target: Target, options: &Options) -> Result<Connection, FleetError> {
        let auth = crate::auth::for_registry(target.registry())?;
        let config = ClientConfig {
            protocol: if options.plain_http { ClientProtocol::Http } else { ClientProtocol::Https },
            connect_timeout: Some(options.connect_timeout),
            read_timeout: Some(Duration::from_secs(120)),
            ..ClientConfig::default()
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| FleetError::Registry { reference: target.repository(), detail: format!("async runtime: {e}") })?;
        Ok(Connection { target, client: Client::new(config), auth, max_bytes: options.max_bytes, runtime })
    }

    /// Uploads a snapshot's `layers` (name, bytes; the base first) under every
    /// tag in `tags`; blobs the repository already holds are not sent again.
    pub fn push(&self, layers: &[(&str, &[u8])], config: &ArtifactConfig, tags: &[String]) -> Result<PushReport, FleetError> {
        let first = self.target.with_tag(tags.first().map(String::as_str).unwrap_or("latest"));
        let config_json = config.to_json(&first.whole())?;
        let manifest = artifact::manifest(config, &config_json, layers);
        let manifest_json = serde_json::to_vec(&manifest)
            .map_err(|e| FleetError::Registry { reference: first.whole(), detail: format!("manifest does not serialize: {e}") })?;
        let fail = |e| classify(&first, e, None);
        self.runtime.block_on(async {
            self.client.auth(&first, &self.auth, RegistryOperation::Pull).await.map_err(fail)?;
            self.client.auth(&first, &self.auth, RegistryOperation::Push).await.map_err(fail)?;
            let mut blobs = Vec::new();
            let blobs_of = std::iter::once((config_json.as_slice(), &manifest.config)).chain(layers.iter().map(|(_, b)| *b).zip(&manifest.layers));
            for (bytes, desc) in blobs_of {
                let exists = self.blob_exists(&first, desc).await.map_err(fail)?;
                if !exists {
                    self.client.push_blob(&first, bytes, &desc.digest).await.map_err(|e| classify(&first, e, Some(&desc.digest)))?;
                }
                blobs.push(BlobPush { media_type: desc.media_type.clone(), digest: desc.digest.clone(), bytes: bytes.len() as u64, uploaded: !exists });
            }
            let mut references = Vec::new();
            for tag in tags {
                let reference = self.target.with_tag(tag);
                let content_type = http::HeaderValue::from_static(OCI_IMAGE_MEDIA_TYPE);
                self.client.push_manifest_raw(&reference, manifest_json.clone(), content_type).await.map_err(|e| classify(&reference, e, None))?;
                references.push(reference.whole());
            }
            Ok(PushReport { manifest_digest: crate::digest_of(&manifest_json), blobs, references })
        })
    }

    /// Whether the repository holds a blob: its first byte, asked for by range
    /// (this client has no HEAD request for blobs).
    async fn blob_exists(&self, reference: &Reference, desc: &OciDescriptor) -> Result<bool, OciDistributionError> {
        match self.client.pull_blob_stream_partial(reference, desc, 0, Some(1)).await {
            Ok(_) => Ok(true),
            Err(OciDistributionError::ServerError { code: 404, .. }) => Ok(false),
            Err(OciDistributionError::RegistryError { envelope, .. })
                if envelope.errors.iter().any(|e| matches!(e.code, OciErrorCode::BlobUnknown | OciErrorCode::NotFound)) =>
            {
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    /// Downloads the artifact tagged `tag`, refusing one that is not an rmsnap
    /// snapshot, is larger than the limit, or whose bytes do not match a
    /// digest. A layer `have` returns (by digest) is not downloaded; its bytes
    /// are checked against the digest all the same.
    pub fn pull(&self, tag: &str, have: &dyn Fn(&str) -> Option<Vec<u8>>) -> Result<Pulled, FleetError> {
        let reference = self.target.with_tag(tag);
        let name = reference.whole();
        let fail = |e| classify(&reference, e, None);
        self.runtime.block_on(async {
            self.client.auth(&reference, &self.auth, RegistryOperation::Pull).await.map_err(fail)?;
            let (manifest, manifest_digest, config_text) = self.client.pull_manifest_and_config(&reference, &self.auth).await.map_err(fail)?;
            let descriptors = artifact::snapshot_layers(&name, &manifest)?;
            let config = ArtifactConfig::from_json(&name, config_text.as_bytes())?;
            // Sizes come from the registry: refused before anything is allocated
            // when negative, or together more than the limit (or than a u64 holds).
            let total = descriptors.iter().try_fold(0u64, |sum, l| u64::try_from(l.size).ok().and_then(|size| sum.checked_add(size)));
            if total.is_none_or(|t| t > self.max_bytes) {
                let sizes: Vec<i64> = descriptors.iter().map(|l| l.size).collect();
                let digest = descriptors.first().map(|l| l.digest.clone()).unwrap_or_default();
                return Err(FleetError::Blob {
                    reference: name.clone(),
                    digest,
                    detail: format!("layer sizes {sizes:?}: more than the {} bytes allowed", self.max_bytes),
                });
            }
            let mut layers = Vec::with_capacity(descriptors.len());
            for layer in descriptors {
                let blob_error = |detail: String| FleetError::Blob { reference: name.clone(), digest: layer.digest.clone(), detail };
                // Whatever is kept is checked against the digest once: a stored
                // layer that no longer matches is downloaded instead.
                let fits = |b: &Vec<u8>| b.len() as i64 == layer.size && crate::digest_of(b) == layer.digest;
                let (bytes, downloaded) = match have(&layer.digest).filter(fits) {
                    Some(bytes) => (bytes, false),
                    None => {
                        let mut bytes = Vec::with_capacity(layer.size as usize);
                        self.client.pull_blob(&reference, layer, &mut bytes).await.map_err(|e| classify(&reference, e, Some(&layer.digest)))?;
                        // The client checks digests as it reads; check again what we keep.
                        if !fits(&bytes) {
                            let found = crate::digest_of(&bytes);
                            return Err(blob_error(format!("received {} bytes with digest {found}, expected {} bytes", bytes.len(), layer.size)));
                        }
                        (bytes, true)
                    }
                };
                layers.push(PulledLayer { name: artifact::layer_name(layer), digest: layer.digest.clone(), bytes, downloaded });
            }
            Ok(Pulled { reference: name.clone(), manifest_digest, config, layers, config_len: config_text.len() as u64 })
        })
    }
}

/// The registry's or the transport's error, as what it means to a user.
fn classify(reference: &Reference, error: OciDistributionError, blob: Option<&str>) -> FleetError {
    let name = reference.whole();
    let registry = reference.registry().to_string();
    let detail = error.to_string();
    match &error {
        OciDistributionError::RequestError(e) if e.is_connect() || e.is_timeout() => {
            let mut cause: Option<&dyn std::error::Error> = Some(e);
            let mut text = String::new();
            while let Some(c) = cause {
                text = c.to_string();
                cause = c.source();
            }
            // rustls reading an HTTP answer to its TLS hello.
            if text.contains("InvalidContentType") {
                text.push_str(" (a plain-HTTP registry? use --plain-http or RMSNAP_REMOTE_PLAIN_HTTP=1)");
            }
            FleetError::Unreachable { registry, detail: text }
        }
        OciDistributionError::AuthenticationFailure(_) | OciDistributionError::UnauthorizedError { .. } => FleetError::Auth { registry, detail },
        OciDistributionError::ImageManifestNotFoundError(_) => FleetError::NotFound { reference: name },
        OciDistributionError::ServerError { code: 404, .. } => FleetError::NotFound { reference: name },
        OciDistributionError::ServerError { code: 401 | 403, .. } => FleetError::Auth { registry, detail },
        OciDistributionError::RegistryError { envelope, .. } => {
            let codes: Vec<&OciErrorCode> = envelope.errors.iter().map(|e| &e.code).collect();
            if codes.iter().any(|c| matches!(c, OciErrorCode::ManifestUnknown | OciErrorCode::NameUnknown | OciErrorCode::NotFound)) {
                FleetError::NotFound { reference: name }
            } else if codes.iter().any(|c| matches!(c, OciErrorCode::Unauthorized | OciErrorCode::Denied)) {
                FleetError::Auth { registry, detail }
            } else {
                FleetError::Registry { reference: name, detail }
            }
        }
        OciDistributionError::DigestError(_) => match blob {
            Some(digest) => FleetError::Blob { reference: name, digest: digest.to_string(), detail },
            None => FleetError::Registry { reference: name, detail },
        },
        _ => FleetError::Registry { reference: name, detail },
    }
}
