//! Registry credentials: `RMSNAP_REGISTRY_USER`/`RMSNAP_REGISTRY_PASSWORD`,
//! else what `docker login` stored (`$DOCKER_CONFIG/config.json` or
//! `~/.docker/config.json`, credential helpers included), else anonymous.

use std::path::{Path, PathBuf};

use docker_credential::{CredentialRetrievalError, DockerCredential};
use oci_client::secrets::RegistryAuth;

use crate::FleetError;

pub const ENV_USER: &str = "RMSNAP_REGISTRY_USER";
pub const ENV_PASSWORD: &str = "RMSNAP_REGISTRY_PASSWORD";

pub fn for_registry(registry: &str) -> Result<RegistryAuth, FleetError> {
    let user = std::env::var(ENV_USER).ok().filter(|v| !v.is_empty());
    let password = std::env::var(ENV_PASSWORD).ok().filter(|v| !v.is_empty());
    match (user, password) {
        (Some(u), Some(p)) => return Ok(RegistryAuth::Basic(u, p)),
        (Some(_), None) => return Err(FleetError::Credentials(format!("{ENV_USER} is set but {ENV_PASSWORD} is not"))),
        (None, Some(_)) => return Err(FleetError::Credentials(format!("{ENV_PASSWORD} is set but {ENV_USER} is not"))),
        (None, None) => {}
    }
    let config = std::env::var_os("DOCKER_CONFIG")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".docker")))
        .map(|d| d.join("config.json"));
    if !config.as_deref().is_some_and(Path::exists) {
        return Ok(RegistryAuth::Anonymous);
    }
    let shown = config.as_deref().map(Path::display).map(|d| d.to_string()).unwrap_or_default();
    match docker_credential::get_credential(registry) {
        Ok(DockerCredential::UsernamePassword(u, p)) => Ok(RegistryAuth::Basic(u, p)),
        Ok(DockerCredential::IdentityToken(_)) => {
            Err(FleetError::Credentials(format!("{shown}: {registry} has an identity token, which rmsnap cannot exchange; set {ENV_USER}/{ENV_PASSWORD}")))
        }
        Err(CredentialRetrievalError::NoCredentialConfigured) => Ok(RegistryAuth::Anonymous),
        Err(e) => Err(FleetError::Credentials(format!("{shown}: {registry}: {e}"))),
    }
}
