//! Whether a snapshot file may be trusted at all. A snapshot is code the runtime
//! will execute, so, like ssh with key files, refuse one that someone else could
//! have written: owned by another user, writable by group or others, or in a
//! directory others can write (without the sticky bit). `--allow-untrusted`
//! (or `RMSNAP_ALLOW_UNTRUSTED=1`) turns this off. Optionally, require a valid
//! Ed25519 signature by one public key (`--require-signed PUBLIC_KEY_FILE` or
//! `RMSNAP_REQUIRE_SIGNED=PUBLIC_KEY_FILE`).

use std::path::Path;

use snapshot_core::{KeyFileError, PublicKey, Snapshot};

use crate::UnusableSnapshot;

pub const ENV_ALLOW_UNTRUSTED: &str = "RMSNAP_ALLOW_UNTRUSTED";
pub const ENV_REQUIRE_SIGNED: &str = "RMSNAP_REQUIRE_SIGNED";

#[derive(Debug, Clone, Default)]
pub struct Trust {
    /// Skip the ownership and permission checks.
    pub allow_untrusted: bool,
    /// Refuse snapshots not signed by this key.
    pub key: Option<PublicKey>,
}

impl Trust {
    /// The environment's settings (flags of the CLI add to these).
    pub fn from_env() -> Result<Trust, KeyFileError> {
        let allow_untrusted = std::env::var(ENV_ALLOW_UNTRUSTED).is_ok_and(|v| v == "1");
        let key = match std::env::var_os(ENV_REQUIRE_SIGNED) {
            Some(path) if !path.is_empty() => Some(snapshot_core::keys::read_public_key(Path::new(&path))?),
            _ => None,
        };
        Ok(Trust { allow_untrusted, key })
    }

    /// Checks the file that was opened (its own metadata, so a file swapped in
    /// under the same path afterwards is never the one checked), then every
    /// directory from its parent up to the root, as ssh's StrictModes does.
    /// Fails closed: metadata that cannot be read refuses the file.
    pub fn check_opened(&self, file: &std::fs::File, path: &Path) -> Result<(), UnusableSnapshot> {
        if self.allow_untrusted {
            return Ok(());
        }
        untrusted_because(file, path)
            .map_or(Ok(()), |why| Err(UnusableSnapshot::Untrusted(format!("{}: {why} (fix it, or pass --allow-untrusted)", path.display()))))
    }

    /// Checks the signature of an opened snapshot, if one is required.
    pub fn check_signature(&self, snapshot: &Snapshot) -> Result<(), UnusableSnapshot> {
        match &self.key {
            Some(key) => snapshot.check_signature(key).map_err(UnusableSnapshot::Signature),
            None => Ok(()),
        }
    }
}

#[cfg(unix)]
fn untrusted_because(file: &std::fs::File, path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    let ok_owner = |uid: u32| uid == me || uid == 0;
    let meta = match file.metadata() {
        Ok(m) => m,
        Err(e) => return Some(format!("its metadata cannot be read ({e})")),
    };
    if !ok_owner(meta.uid()) {
        return Some(format!("owned by uid {}, not by you (uid {me}) or root", meta.uid()));
    }
    if meta.mode() & 0o022 != 0 {
        return Some(format!("writable by group or others (mode {:o})", meta.mode() & 0o7777));
    }
    let dir = match path.canonicalize() {
        Ok(p) => p.parent().map(Path::to_path_buf),
        Err(e) => return Some(format!("its directory cannot be resolved ({e})")),
    };
    // Whoever can replace a directory entry on the way can replace the file.
    for d in dir.iter().flat_map(|d| d.ancestors()) {
        let m = match std::fs::metadata(d) {
            Ok(m) => m,
            Err(e) => return Some(format!("directory {} cannot be checked ({e})", d.display())),
        };
        // A sticky directory (like /tmp) lets only an entry's owner (or the
        // directory's) rename or remove it.
        let sticky = m.mode() & 0o1000 != 0;
        if !ok_owner(m.uid()) {
            return Some(format!("directory {} is owned by uid {}, not by you (uid {me}) or root", d.display(), m.uid()));
        }
        if m.mode() & 0o022 != 0 && !sticky {
            return Some(format!("directory {} is writable by group or others (mode {:o}) without the sticky bit", d.display(), m.mode() & 0o7777));
        }
    }
    None
}

#[cfg(not(unix))]
fn untrusted_because(_: &std::fs::File, _: &Path) -> Option<String> {
    None
}
