//! Building a snapshot of the bundled toolbox plus toolbox directories with every
//! linked provider.

use std::path::{Path, PathBuf};

use rmsnap_providers::{Isolation, Library, RunmatInputs, RUNTIME_VERSION};
use snapshot_core::{build_to_file, BuildError, BuildOptions, BuildReport, CodecChoice, Registry};

use crate::loaded::LIBRARIES_META;
use crate::Sources;

#[derive(Debug, Clone)]
pub struct BuildRequest {
    pub toolbox_dirs: Vec<PathBuf>,
    pub profile: Option<PathBuf>,
    pub gc_preset: String,
    pub codec: CodecChoice,
    pub zstd_level: i32,
    pub isolation: Isolation,
    pub progress: bool,
    /// HMAC-SHA-256 key to sign the snapshot with.
    pub sign_key: Option<Vec<u8>>,
}

impl Default for BuildRequest {
    fn default() -> Self {
        BuildRequest {
            toolbox_dirs: Vec::new(),
            profile: None,
            gc_preset: rmsnap_providers::gc::DEFAULT_PRESET.into(),
            codec: CodecChoice::Auto,
            zstd_level: 3,
            isolation: Isolation::InProcess,
            progress: false,
            sign_key: None,
        }
    }
}

pub fn build_snapshot(request: &BuildRequest, out: &Path) -> Result<BuildReport, BuildError> {
    let input = |what: String, source: std::io::Error| BuildError::Input { what, source };
    // Linked toolbox crates reach the HIR provider through their own sections.
    let library = Library::bundled().with_dirs(&request.toolbox_dirs).map_err(|e| input("toolbox sources".into(), e))?;
    let profile = match &request.profile {
        Some(p) => Some((p.display().to_string(), std::fs::read_to_string(p).map_err(|e| input(format!("profile script {}", p.display()), e))?)),
        None => None,
    };
    let inputs = RunmatInputs { library, isolation: request.isolation.clone(), profile, gc_preset: request.gc_preset.clone() };
    let mut options = BuildOptions::new(RUNTIME_VERSION).with_input(inputs);
    options.codec = request.codec;
    options.zstd_level = request.zstd_level;
    options.progress = request.progress;
    options.sign_key = request.sign_key.clone();
    options.meta.insert("generator".into(), format!("rmsnap {}", env!("CARGO_PKG_VERSION")));
    options.meta.insert(LIBRARIES_META.into(), Sources::new(&request.toolbox_dirs).library_names().join(","));
    let registry = Registry::linked()?;
    build_to_file(&registry, options, out)
}
