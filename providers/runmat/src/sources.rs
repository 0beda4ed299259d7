//! MATLAB library sources: the bundled toolbox (embedded at compile time) and
//! toolbox directories given on the command line.

use std::io;
use std::path::{Path, PathBuf};

use snapshot_core::Digest;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// Library name of the bundled toolbox.
pub const BUNDLED_LIBRARY: &str = "bundled";

/// One `.m` file of a library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Which library it belongs to: `bundled`, or `toolbox.<dir name>`.
    pub library: String,
    /// How errors and reports name the file.
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn sha256(&self) -> String {
        Digest::of(self.text.as_bytes()).to_hex()
    }
}

/// The library sources a build or a cold run compiles, in a deterministic order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    pub files: Vec<SourceFile>,
    /// Toolbox directories the files came from (`bundled` has none).
    pub dirs: Vec<PathBuf>,
}

impl Library {
    /// The toolbox shipped inside this binary.
    pub fn bundled() -> Library {
        let files = embedded::BUNDLED
            .iter()
            .map(|(name, text)| SourceFile {
                library: BUNDLED_LIBRARY.into(),
                path: format!("{BUNDLED_LIBRARY}/{name}"),
                text: (*text).into(),
            })
            .collect();
        Library { files, dirs: Vec::new() }
    }

    /// Adds every `.m` file below `dir` (recursively, sorted by path).
    pub fn add_dir(&mut self, dir: &Path) -> io::Result<()> {
        // Absolute paths, so freshness checks work from any working directory.
        let dir = &dir.canonicalize().map_err(|e| io::Error::new(e.kind(), format!("toolbox directory {}: {e}", dir.display())))?;
        let library = toolbox_library_name(dir);
        let mut paths = Vec::new();
        collect_m_files(dir, &mut paths).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
            self.files.push(SourceFile { library: library.clone(), path: p.display().to_string(), text });
        }
        self.dirs.push(dir.to_path_buf());
        Ok(())
    }

    pub fn with_dirs(mut self, dirs: &[PathBuf]) -> io::Result<Library> {
        for d in dirs {
            self.add_dir(d)?;
        }
        Ok(self)
    }
}

/// Names of the libraries a run over `dirs` uses, in order: the bundled one first.
pub fn library_names(dirs: &[PathBuf]) -> Vec<String> {
    std::iter::once(BUNDLED_LIBRARY.to_string()).chain(dirs.iter().map(|d| toolbox_library_name(d))).collect()
}

/// `toolbox.<name>` from the directory's last component, lowercased, other characters as `_`.
pub fn toolbox_library_name(dir: &Path) -> String {
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let base = canonical.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "root".into());
    let clean: String =
        base.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    format!("toolbox.{clean}")
}

fn collect_m_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_m_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "m") {
            out.push(path);
        }
    }
    Ok(())
}
