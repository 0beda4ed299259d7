//! `rmsnap push`, `rmsnap pull` and `RMSNAP_REMOTE`: snapshots through an OCI
//! registry. rmsnap-fleet moves and digest-checks the bytes; here a pulled
//! snapshot goes through the same checks as a local file (compatibility with
//! this binary, every byte through its digest, the signature when one is required)
//! before it is published into the cache, atomically, under its key.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rmsnap_bridge::RUNTIME_VERSION;
use rmsnap_fleet::{ArtifactConfig, Connection, FleetError, Options, Target};
use runtime_hooks::{cache, Sources};
use snapshot_core::layers::{compose, split};
use snapshot_core::{compat, PublicKey, Registry, Snapshot};

use crate::exit;

pub const ENV_REMOTE: &str = "RMSNAP_REMOTE";
pub const ENV_PLAIN_HTTP: &str = "RMSNAP_REMOTE_PLAIN_HTTP";

#[derive(clap::Args)]
pub struct Common {
    /// REGISTRY/REPOSITORY[:TAG], e.g. registry.example.com/team/matlab-lib. Without a
    /// tag: the library set's cache key (the tag an `RMSNAP_REMOTE` run asks for).
    reference: String,
    /// The script whose library set is meant, as for `rmsnap build SCRIPT` (its project's
    /// source roots or its folder, then RUNMAT_PATH and MATLABPATH).
    #[arg(value_name = "SCRIPT")]
    script: Option<PathBuf>,
    /// Add every .m file below DIR to the library set (repeatable).
    #[arg(long = "toolbox", value_name = "DIR")]
    toolboxes: Vec<PathBuf>,
    /// Talk plain HTTP instead of TLS (a loopback or test registry) [env: RMSNAP_REMOTE_PLAIN_HTTP=1].
    #[arg(long)]
    plain_http: bool,
    /// Print the result as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct PushArgs {
    #[command(flatten)]
    common: Common,
    /// Push this snapshot file instead of the cache's for the library set.
    #[arg(long)]
    snapshot: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct PullArgs {
    #[command(flatten)]
    common: Common,
    /// Refuse a snapshot not signed by the key in this public key file.
    #[arg(long, value_name = "PUBLIC_KEY_FILE")]
    require_signed: Option<PathBuf>,
}

/// The library set named on the command line, its cache key lines, and
/// where it is (its cache file's place).
pub struct LibrarySet {
    lines: Vec<String>,
    key: String,
    place: String,
}

impl LibrarySet {
    fn of(script: Option<&Path>, toolboxes: &[PathBuf]) -> Result<LibrarySet, String> {
        let sources = crate::build::library_set(script, toolboxes)?.1;
        Ok(LibrarySet::from_sources(&sources))
    }

    fn from_sources(sources: &Sources) -> LibrarySet {
        let lines = cache::key_lines(sources);
        LibrarySet { key: cache::key_of(&lines), lines, place: cache::place(sources) }
    }
}

pub fn options(plain_http: bool) -> Options {
    let env = std::env::var(ENV_PLAIN_HTTP).is_ok_and(|v| v == "1" || v == "true");
    Options { plain_http: plain_http || env, max_bytes: cache::max_bytes().unwrap_or(cache::DEFAULT_MAX_BYTES), ..Options::default() }
}

/// A snapshot as this binary would use it: compatible, every byte through its
/// digest, signed by `key` when one is given. Entries are decoded when a run
/// reaches them, as for a local file (`rmsnap verify` decodes all of them; on
/// a 10,000-function library that costs more than the transfer).
fn validate(snap: &Snapshot, key: Option<&PublicKey>) -> Result<(), String> {
    let registry = Registry::linked().map_err(|e| e.to_string())?;
    compat::check(&compat::current_key(RUNTIME_VERSION, &registry), snap.compat(), snap.path()).map_err(|e| e.to_string())?;
    snap.verify_all().map_err(|e| format!("{}: {e}", snap.path().display()))?;
    if let Some(k) = key {
        snap.check_signature(k).map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub fn push(args: PushArgs) -> u8 {
    let c = &args.common;
    let (target, set) = match Target::parse(&c.reference).map_err(|e| e.to_string()).and_then(|t| Ok((t, LibrarySet::of(c.script.as_deref(), &c.toolboxes)?))) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("rmsnap push: {e}");
            return exit::USAGE;
        }
    };
    let path = args.snapshot.clone().unwrap_or_else(|| cache::lookup(&set.key, &set.place));
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && args.snapshot.is_none() => {
            let build = c.script.as_deref().map(|s| format!(" {}", s.display())).unwrap_or_default();
            eprintln!("rmsnap push: the cache has no snapshot for this library set ({}); run `rmsnap build{build}` first", path.display());
            return exit::IO;
        }
        Err(e) => {
            eprintln!("rmsnap push: {}: {e}", path.display());
            return exit::IO;
        }
    };
    let snap = match Snapshot::from_bytes(bytes, &path).map_err(|e| e.to_string()).and_then(|s| validate(&s, None).map(|()| s)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rmsnap push: not pushing an unusable snapshot: {e}");
            return exit::INVALID;
        }
    };
    // One blob per layer: an unchanged library is a blob the registry holds.
    let layers =
        match rmsnap_providers::layers::assignment(&snap).map_err(|e| e.to_string()).and_then(|assign| split(&snap, &assign).map_err(|e| e.to_string())) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("rmsnap push: {}: cannot split into layers: {e}", path.display());
                return exit::INVALID;
            }
        };
    for layer in &layers {
        store_layer(&layer.bytes);
    }
    cache::evict(cache::max_bytes().unwrap_or(cache::DEFAULT_MAX_BYTES), Some(&path));
    let config = ArtifactConfig {
        cache_key: set.key.clone(),
        key_lines: set.lines,
        runmat_version: snap.compat().runtime_version.clone(),
        format_version: snap.compat().format_version,
        target: snap.compat().target_triple.clone(),
        signer: snap.signer().map(|id| id.to_string()),
    };
    let mut tags = vec![set.key.clone()];
    if target.explicit_tag {
        tags.extend(target.reference.tag().map(str::to_string).filter(|t| *t != set.key));
    }
    let named: Vec<(&str, &[u8])> = layers.iter().map(|l| (l.name.as_str(), l.bytes.as_slice())).collect();
    let report = match Connection::open(target, &options(c.plain_http)).and_then(|conn| conn.push(&named, &config, &tags)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rmsnap push: {e}");
            return exit_for(&e);
        }
    };
    if c.json {
        let blobs: Vec<_> = report
            .blobs
            .iter()
            .map(|b| serde_json::json!({ "media_type": b.media_type, "digest": b.digest, "bytes": b.bytes, "uploaded": b.uploaded }))
            .collect();
        let out = serde_json::json!({
            "references": report.references, "manifest_digest": report.manifest_digest, "cache_key": set.key,
            "blobs": blobs, "bytes_uploaded": report.bytes_uploaded(),
        });
        println!("{out}");
    } else {
        for r in &report.references {
            println!("pushed {r}");
        }
        println!("  manifest {}", report.manifest_digest);
        for b in &report.blobs {
            println!("  {} {} ({} bytes, {})", b.media_type, b.digest, b.bytes, if b.uploaded { "uploaded" } else { "already in the registry" });
        }
        println!("  {} bytes uploaded", report.bytes_uploaded());
    }
    0
}

/// A snapshot pulled into the cache.
pub struct Fetched {
    pub reference: String,
    pub path: PathBuf,
    pub cache_key: String,
    pub bytes: u64,
    pub elapsed: Duration,
}

/// Pulls `tag` of `target`, checks it as a local snapshot would be checked,
/// and publishes it into the cache under its key. With `expect`, the
/// artifact must be for that library set (a differing line is named).
pub fn fetch(target: Target, tag: &str, plain_http: bool, expect: Option<&LibrarySet>, key: Option<&PublicKey>) -> Result<Fetched, FetchError> {
    let start = Instant::now();
    let conn = Connection::open(target, &options(plain_http))?;
    let pulled = pull_layers(&conn, tag)?;
    let name = pulled.reference.clone();
    let config = &pulled.config;
    if !cache::is_key(&config.cache_key) {
        return Err(FetchError::Check(format!("{name}: config names `{}`, which is not a cache key", config.cache_key)));
    }
    if let Some(set) = expect.filter(|s| s.key != config.cache_key) {
        let theirs: Vec<&String> = config.key_lines.iter().filter(|l| !set.lines.contains(l)).collect();
        let ours: Vec<&String> = set.lines.iter().filter(|l| !config.key_lines.contains(l)).collect();
        return Err(FetchError::Check(format!(
            "{name} is for another library set (key {}, this one is {}): it has {:?} where this one has {:?}",
            config.cache_key, set.key, theirs, ours
        )));
    }
    let bytes = pulled.bytes();
    let whole = composed(&pulled)?;
    let snap = Snapshot::from_bytes(whole.clone(), &name).map_err(|e| FetchError::Check(e.to_string()))?;
    validate(&snap, key).map_err(FetchError::Check)?;
    for layer in pulled.layers.iter().filter(|l| l.downloaded) {
        store_layer(&layer.bytes);
    }
    // Under this set's place when pulled for it; else where any place of the key finds it.
    let place = expect.filter(|s| s.key == config.cache_key).map_or(cache::PULLED_PLACE, |s| s.place.as_str());
    let path = cache::path_for(&config.cache_key, place);
    std::fs::create_dir_all(cache::dir()).map_err(|e| FetchError::Io(format!("{}: {e}", cache::dir().display())))?;
    // Atomic: a concurrent pull or run sees the old file or this one, never part of one.
    snapshot_core::write::write_atomically(&path, &whole).map_err(|e| FetchError::Io(format!("{}: {e}", path.display())))?;
    cache::evict(cache::max_bytes().unwrap_or(cache::DEFAULT_MAX_BYTES), Some(&path));
    Ok(Fetched { reference: name, path, cache_key: config.cache_key.clone(), bytes, elapsed: start.elapsed() })
}

/// The snapshot a pull's layers compose into. Each layer is a snapshot file,
/// checked as one (the whole is then checked as a local file would be).
pub fn composed(pulled: &rmsnap_fleet::Pulled) -> Result<Vec<u8>, FetchError> {
    let name = &pulled.reference;
    let mut opened = Vec::with_capacity(pulled.layers.len());
    for layer in &pulled.layers {
        let label = format!("{name} (layer {})", layer.name);
        opened.push(Snapshot::from_bytes(layer.bytes.clone(), label).map_err(|e| FetchError::Check(e.to_string()))?);
    }
    let (base, rest) = opened.split_first().ok_or_else(|| FetchError::Check(format!("{name}: no layers")))?;
    compose(base, rest).map_err(|e| FetchError::Check(format!("{name}: {e}")))
}

/// Pulls `tag` (layers this machine keeps are not downloaded again).
pub fn pull_layers(conn: &Connection, tag: &str) -> Result<rmsnap_fleet::Pulled, FleetError> {
    conn.pull(tag, &stored_layer)
}

/// The layer store's file for blob `digest` (`sha256:<hex>`).
fn layer_path(digest: &str) -> Option<PathBuf> {
    let hex = digest.strip_prefix("sha256:")?;
    (hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(|| cache::layers_dir().join(format!("{hex}.rmsnap")))
}

/// A layer pushed or pulled before (the caller checks it against the digest).
fn stored_layer(digest: &str) -> Option<Vec<u8>> {
    let path = layer_path(digest)?;
    let bytes = std::fs::read(&path).ok()?;
    cache::touch(&path);
    Some(bytes)
}

/// Keeps a layer for later pulls; best effort (a pull without it downloads it).
fn store_layer(bytes: &[u8]) {
    let Some(path) = layer_path(&rmsnap_fleet::digest_of(bytes)) else { return };
    if !path.exists() && std::fs::create_dir_all(cache::layers_dir()).is_ok() {
        let _ = snapshot_core::write::write_atomically(&path, bytes);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error(transparent)]
    Fleet(#[from] FleetError),
    #[error("refused: {0}")]
    Check(String),
    #[error("{0}")]
    Io(String),
}

fn exit_for(e: &FleetError) -> u8 {
    match e {
        FleetError::Reference { .. } | FleetError::Credentials(_) => exit::USAGE,
        FleetError::Blob { .. } | FleetError::NotOurs { .. } | FleetError::Config { .. } => exit::INVALID,
        _ => exit::REMOTE,
    }
}

pub fn pull(args: PullArgs) -> u8 {
    let c = &args.common;
    let key = match args.require_signed.as_deref().map(snapshot_core::keys::read_public_key).transpose() {
        Ok(k) => k,
        Err(e) => {
            eprintln!("rmsnap pull: --require-signed: {e}");
            return exit::USAGE;
        }
    };
    let (target, set) = match Target::parse(&c.reference).map_err(|e| e.to_string()).and_then(|t| Ok((t, LibrarySet::of(c.script.as_deref(), &c.toolboxes)?))) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("rmsnap pull: {e}");
            return exit::USAGE;
        }
    };
    // A named tag may hold another library set's snapshot (it is stored under
    // its own key); the default tag is this set's key, so it must match.
    let (tag, expect) = match target.explicit_tag {
        true => (target.reference.tag().unwrap_or_default().to_string(), (c.script.is_some() || !c.toolboxes.is_empty()).then_some(&set)),
        false => (set.key.clone(), Some(&set)),
    };
    match fetch(target, &tag, c.plain_http, expect, key.as_ref()) {
        Ok(f) => {
            if c.json {
                println!(
                    "{}",
                    serde_json::json!({ "reference": f.reference, "path": f.path, "cache_key": f.cache_key, "bytes_downloaded": f.bytes, "ms": f.elapsed.as_secs_f64() * 1e3 })
                );
            } else {
                println!("pulled {} into {} ({} bytes, {:.0} ms)", f.reference, f.path.display(), f.bytes, f.elapsed.as_secs_f64() * 1e3);
            }
            0
        }
        Err(e) => {
            eprintln!("rmsnap pull: {e}");
            match &e {
                FetchError::Fleet(f) => exit_for(f),
                FetchError::Check(_) => exit::INVALID,
                FetchError::Io(_) => exit::IO,
            }
        }
    }
}

/// `RMSNAP_REMOTE=REGISTRY/REPO`: the team's registry, which the run layer
/// pulls a library set's snapshot from when the cache has none
/// (`runtime_hooks::policy`), for `run`, `repl` and `test` alike.
struct EnvRemote {
    value: String,
}

impl runtime_hooks::policy::Remote for EnvRemote {
    fn reference(&self) -> String {
        format!("{ENV_REMOTE}={}", self.value)
    }

    fn pull(&self, sources: &Sources, key: &str) -> Result<runtime_hooks::policy::Pulled, String> {
        let set = LibrarySet::from_sources(sources);
        let target = Target::parse(&self.value).map_err(|e| FetchError::from(e).to_string())?;
        let f = fetch(target, key, false, Some(&set), sources.trust.key.as_ref()).map_err(|e| e.to_string())?;
        Ok(runtime_hooks::policy::Pulled { reference: f.reference, bytes: f.bytes, elapsed: f.elapsed })
    }
}

/// Registers `RMSNAP_REMOTE`, when it is set, as the remote this process's runs pull from on a miss.
pub fn register_from_env() {
    if let Some(value) = std::env::var(ENV_REMOTE).ok().filter(|v| !v.trim().is_empty()) {
        runtime_hooks::policy::set_remote(Box::new(EnvRemote { value }));
    }
}
