//! Is snapshot code still what the sources say? Decided by content hash, never
//! by modification time, and only for the functions a script reaches.

use std::path::{Path, PathBuf};

use rmsnap_bridge::library::discover::FoundDir;
use rmsnap_bridge::library::stamps::Stamps;
use rmsnap_bridge::library::toolbox_library_name;
use rmsnap_bridge::{FunctionOrigin, Library, SourceFile, Toolbox};
use rmsnap_model::{file, ListingEntry};
use snapshot_core::Digest;

use crate::Trust;

/// What a run asks of a snapshot: the library sources (the ones compiled into
/// this binary — bundled toolbox, linked toolbox crates — and toolbox
/// directories) and how far the file must be trusted.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Folders found for the script (see `rmsnap_bridge::library::discover`), highest precedence first.
    found: Vec<FoundDir>,
    /// The script those folders were found for (not a library file itself).
    script: Option<PathBuf>,
    /// Where the set is anchored ([`rmsnap_bridge::library::discover::anchor`]).
    anchor: Option<PathBuf>,
    dirs: Vec<PathBuf>,
    embedded: Library,
    pub trust: Trust,
}

impl Sources {
    pub fn new(dirs: &[PathBuf]) -> Sources {
        Sources {
            found: Vec::new(),
            script: None,
            anchor: None,
            dirs: dirs.iter().map(|d| d.canonicalize().unwrap_or_else(|_| d.clone())).collect(),
            embedded: Library::bundled().with_linked_toolboxes(),
            trust: Trust::default(),
        }
    }

    /// The folders found for `script`, read before the toolbox directories.
    pub fn with_found(mut self, script: &Path, found: Vec<FoundDir>) -> Sources {
        self.script = Some(script.canonicalize().unwrap_or_else(|_| script.to_path_buf()));
        self.anchor = Some(rmsnap_bridge::library::discover::anchor(script));
        self.found = found;
        self
    }

    pub fn found(&self) -> &[FoundDir] {
        &self.found
    }

    pub fn script(&self) -> Option<&Path> {
        self.script.as_deref()
    }

    /// Where the set is anchored: its project's folder or the script's; `None` without a script.
    pub fn anchor(&self) -> Option<&Path> {
        self.anchor.as_deref()
    }

    /// A toolbox directory as the set's key names it (see [`FoundDir::location`]).
    pub fn dir_location(&self, dir: &Path) -> String {
        match &self.anchor {
            Some(anchor) => rmsnap_bridge::library::discover::location(dir, anchor),
            None => dir.display().to_string(),
        }
    }

    /// The file on disk a file id ([`SourceFile::path`]) of a folder library names.
    pub fn disk_path(&self, id: &str) -> Option<PathBuf> {
        let (library, rel) = file::split_id(id)?;
        let dir = match self.found.iter().find(|f| f.name == library) {
            Some(f) => f.dir.clone(),
            None => self.dirs.iter().find(|d| toolbox_library_name(d) == library)?.clone(),
        };
        // Ids are written by this program, but a snapshot is input: never leave the folder.
        if rel.split('/').any(|c| c == ".." || c.is_empty()) {
            return None;
        }
        Some(dir.join(rel))
    }

    /// The script's own file id, if it lies in one of the set's folders.
    pub fn script_id(&self) -> Option<String> {
        let script = self.script.as_deref()?;
        let f = self.found.iter().find(|f| script.starts_with(&f.dir))?;
        Some(file::file_id(&f.name, &f.dir, script))
    }

    /// Every library this run compiles, in order (what builds and source runs use).
    pub fn library(&self) -> std::io::Result<Library> {
        Library::for_script(&self.found, self.script.as_deref(), &self.dirs)
    }

    /// [`Sources::library`], taking the files whose stamps `known` has unread
    /// (see [`rmsnap_bridge::library::stamps`]).
    pub fn library_known(&self, known: impl FnOnce() -> Stamps) -> std::io::Result<Library> {
        Library::for_script_known(&self.found, self.script.as_deref(), &self.dirs, known)
    }

    pub fn with_trust(mut self, trust: Trust) -> Sources {
        self.trust = trust;
        self
    }

    pub fn dirs(&self) -> &[PathBuf] {
        &self.dirs
    }

    /// Libraries in the order a build or a cold run takes them.
    pub fn library_names(&self) -> Vec<String> {
        let found = self.found.iter().map(|f| f.name.clone());
        self.embedded.names().into_iter().chain(found).chain(self.dirs.iter().map(|d| toolbox_library_name(d))).collect()
    }

    fn is_embedded(&self, library: &str) -> bool {
        self.embedded.spec(library).is_some()
    }

    /// `Ok(None)` if the source `origin` was compiled from is unchanged,
    /// `Ok(Some(file))` with its current contents if it changed; `Err` if it
    /// is gone or outside this run's libraries.
    pub fn changed(&self, origin: &FunctionOrigin) -> Result<Option<SourceFile>, String> {
        let file = self.current(origin)?;
        Ok((file.sha256() != origin.source_sha256).then_some(file))
    }

    /// The source `origin` was compiled from, as it is now.
    pub fn current(&self, origin: &FunctionOrigin) -> Result<SourceFile, String> {
        let text = if self.is_embedded(&origin.library) {
            self.embedded.files.iter().find(|f| f.path == origin.path).map(|f| (f.text().to_string(), None))
        } else {
            let Some(disk) = self.disk_path(&origin.path) else {
                return Err(format!("`{}` came from {}, outside this run's library folders", origin.name, origin.path));
            };
            std::fs::read_to_string(&disk).ok().map(|text| (text, Some(disk)))
        };
        let (text, disk) = text.ok_or_else(|| format!("`{}` came from {}, which no longer exists", origin.name, origin.path))?;
        Ok(SourceFile::new(origin.library.clone(), origin.path.clone(), text, disk))
    }

    /// Library file `id` as it is now on disk.
    pub fn read(&self, id: &str) -> Result<SourceFile, String> {
        let disk = self.disk_path(id).ok_or_else(|| format!("{id}: outside this run's library folders"))?;
        let text = std::fs::read_to_string(&disk).map_err(|e| format!("{}: {e}", disk.display()))?;
        let library = file::split_id(id).map_or("", |(l, _)| l).to_string();
        Ok(SourceFile::new(library, id.to_string(), text, Some(disk)))
    }

    /// Whether file `id` would be compiled with the script if it is a class
    /// definition ([`file::class_scope`]).
    pub fn class_scope(&self, id: &str, is_class: bool) -> Option<Option<String>> {
        let (library, _) = file::split_id(id)?;
        let found = self.found.iter().find(|f| f.name == library)?;
        file::class_scope(found.role, id, is_class)
    }

    /// A source file that would define `name` by MATLAB's file-name rule, with its hash.
    pub fn file_for(&self, name: &str) -> Option<(String, String)> {
        // `pkg.sub.f` is defined by `+pkg/+sub/f.m`.
        let rel = file::rel_path_for(name);
        // A dependency's files define `alias.f` only (bare names are the
        // snapshot's aliases); other folders' files define what `rel` says.
        let rel_in = |f: &FoundDir| match file::dependency_alias(&f.name) {
            Some(alias) => name.strip_prefix(alias).and_then(|r| r.strip_prefix('.')).map(file::rel_path_for),
            None => Some(rel.clone()),
        };
        let file = format!("/{rel}");
        if let Some(f) = self.embedded.files.iter().find(|f| f.path.ends_with(&file)) {
            return Some((f.path.clone(), f.sha256()));
        }
        // `private/` functions are bound under keys of their own, never by bare name.
        let found = self.found.iter().flat_map(|f| rel_in(f).map(|rel| (f.name.clone(), f.dir.join(rel), f.dir.clone())));
        let dirs = self.dirs.iter().map(|d| (toolbox_library_name(d), d.join(&rel), d.clone()));
        let script = self.script.as_deref();
        found.chain(dirs).find(|(_, p, _)| p.is_file() && Some(p.as_path()) != script).map(|(lib, p, d)| {
            let text = std::fs::read(&p).unwrap_or_default();
            (file::file_id(&lib, &d, &p), Digest::of(&text).to_hex())
        })
    }

    /// What decides binding now ([`rmsnap_bridge::library::listing`]).
    pub fn listing(&self) -> std::io::Result<Vec<ListingEntry>> {
        rmsnap_bridge::library::listing(&self.found, self.script.as_deref(), &self.dirs)
    }

    /// The toolbox crates linked into this binary.
    pub fn linked_toolboxes(&self) -> Vec<&'static Toolbox> {
        rmsnap_bridge::library::linked::linked()
    }
}
