//! A real OCI registry for tests: Debian's `docker-registry` (CNCF
//! distribution 2.8), installed by `scripts/setup.sh`, started on a loopback
//! port and killed when dropped.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::{s, write};

pub const REGISTRY_BIN: &str = "docker-registry";
pub const USER: &str = "fleet";
pub const PASSWORD: &str = "fleet-secret";
/// bcrypt of PASSWORD (cost 5), the only hash distribution's htpasswd accepts.
pub const PASSWORD_BCRYPT: &str = "$2b$05$1DWnhheRW9jYNrc7Rsy/CeKtSh9C5p54duz5QrPIFxcjAaW6YMMva";

/// A registry on 127.0.0.1, killed when dropped.
pub struct Registry {
    child: Child,
    pub addr: String,
    storage: PathBuf,
    _dir: tempfile::TempDir,
}

impl Registry {
    pub fn start(with_auth: bool) -> Registry {
        let dir = tempfile::tempdir().unwrap();
        let storage = dir.path().join("storage");
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let addr = format!("127.0.0.1:{port}");
        let mut config = format!(
            "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: {addr}\n  secret: rmsnap-tests\n",
            storage.display()
        );
        if with_auth {
            let htpasswd = write(&dir.path().join("htpasswd"), &format!("{USER}:{PASSWORD_BCRYPT}\n"));
            config.push_str(&format!("auth:\n  htpasswd:\n    realm: rmsnap-tests\n    path: {}\n", htpasswd.display()));
        }
        let config = write(&dir.path().join("config.yml"), &config);
        let child = Command::new(REGISTRY_BIN)
            .args(["serve", s(&config)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{REGISTRY_BIN}: {e} (Debian's docker-registry; `bash scripts/setup.sh` installs it)"));
        // Up to 20 s for it to listen.
        let listening = (0..400).any(|_| {
            TcpStream::connect(&addr).is_ok() || {
                std::thread::sleep(Duration::from_millis(50));
                false
            }
        });
        assert!(listening, "{REGISTRY_BIN} did not listen on {addr}");
        Registry { child, addr, storage, _dir: dir }
    }

    pub fn repo(&self, name: &str) -> String {
        format!("{}/{name}", self.addr)
    }

    /// The file holding a blob's bytes in the registry's storage.
    pub fn blob_file(&self, digest: &str) -> PathBuf {
        let hex = digest.strip_prefix("sha256:").unwrap();
        self.storage.join(format!("docker/registry/v2/blobs/sha256/{}/{hex}/data", &hex[..2]))
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
