//! Is snapshot code still what the sources say? Decided by content hash, never
//! by modification time, and only for the functions a script reaches.

use std::path::PathBuf;

use rmsnap_providers::sources::{library_names, BUNDLED_LIBRARY};
use rmsnap_providers::{FunctionOrigin, Library};
use snapshot_core::Digest;

/// The library sources a run asks for: the bundled toolbox and toolbox directories.
#[derive(Debug, Clone)]
pub struct Sources {
    dirs: Vec<PathBuf>,
    bundled: Library,
}

impl Sources {
    pub fn new(dirs: &[PathBuf]) -> Sources {
        Sources { dirs: dirs.iter().map(|d| d.canonicalize().unwrap_or_else(|_| d.clone())).collect(), bundled: Library::bundled() }
    }

    pub fn dirs(&self) -> &[PathBuf] {
        &self.dirs
    }

    pub fn library_names(&self) -> Vec<String> {
        library_names(&self.dirs)
    }

    fn current_text(&self, origin: &FunctionOrigin) -> Option<String> {
        if origin.library == BUNDLED_LIBRARY {
            self.bundled.files.iter().find(|f| f.path == origin.path).map(|f| f.text.clone())
        } else {
            std::fs::read_to_string(&origin.path).ok()
        }
    }

    /// `Ok` if the source `origin` was compiled from is unchanged.
    pub fn check(&self, origin: &FunctionOrigin) -> Result<(), String> {
        if origin.library != BUNDLED_LIBRARY && !self.dirs.iter().any(|d| std::path::Path::new(&origin.path).starts_with(d)) {
            return Err(format!("`{}` came from {}, outside this run's toolbox directories", origin.name, origin.path));
        }
        match self.current_text(origin) {
            None => Err(format!("`{}` came from {}, which no longer exists", origin.name, origin.path)),
            Some(text) if Digest::of(text.as_bytes()).to_hex() != origin.source_sha256 => {
                Err(format!("`{}` in {} changed since the snapshot was built", origin.name, origin.path))
            }
            Some(_) => Ok(()),
        }
    }

    /// A source file that would define `name` by MATLAB's file-name rule, with its hash.
    pub fn file_for(&self, name: &str) -> Option<(String, String)> {
        let bundled = format!("{BUNDLED_LIBRARY}/{name}.m");
        if let Some(f) = self.bundled.files.iter().find(|f| f.path == bundled) {
            return Some((f.path.clone(), f.sha256()));
        }
        self.dirs.iter().map(|d| d.join(format!("{name}.m"))).find(|p| p.is_file()).map(|p| {
            let text = std::fs::read(&p).unwrap_or_default();
            (p.display().to_string(), Digest::of(&text).to_hex())
        })
    }
}
