//! `--allow-untrusted` and `--require-signed`, on top of their environment variables.

use std::path::PathBuf;

use runtime_hooks::Trust;

#[derive(clap::Args, Debug, Clone)]
pub struct TrustArgs {
    /// Use a snapshot even if others could have written it (wrong owner, group/other-writable file or directory)
    /// [env: RMSNAP_ALLOW_UNTRUSTED=1].
    #[arg(long)]
    allow_untrusted: bool,
    /// Refuse snapshots not signed by the key in this public key file (KEY.pub from `rmsnap keygen`)
    /// [env: RMSNAP_REQUIRE_SIGNED=PUBLIC_KEY_FILE].
    #[arg(long, value_name = "PUBLIC_KEY_FILE")]
    require_signed: Option<PathBuf>,
}

impl TrustArgs {
    /// The flags again, for a process this one starts.
    pub fn as_args(&self) -> Vec<std::ffi::OsString> {
        let mut out = Vec::new();
        if self.allow_untrusted {
            out.push("--allow-untrusted".into());
        }
        if let Some(path) = &self.require_signed {
            out.push("--require-signed".into());
            out.push(path.clone().into_os_string());
        }
        out
    }

    pub fn resolve(&self) -> Result<Trust, String> {
        let mut trust = Trust::from_env().map_err(|e| format!("{}: {e}", runtime_hooks::trust::ENV_REQUIRE_SIGNED))?;
        trust.allow_untrusted |= self.allow_untrusted;
        if let Some(path) = &self.require_signed {
            trust.key = Some(snapshot_core::keys::read_public_key(path).map_err(|e| format!("--require-signed: {e}"))?);
        }
        Ok(trust)
    }
}
