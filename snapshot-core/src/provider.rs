//! Providers contribute sections. They register at link time into [`PROVIDERS`]
//! with [`register_provider!`](crate::register_provider); the core never names one.

use std::any::{Any, TypeId};
use std::collections::{BTreeMap, HashMap};
use std::marker::PhantomData;
use std::sync::Mutex;

use serde::Serialize;

use crate::codec;
use crate::compress::StoredEntry;
use crate::error::BuildError;
use crate::schema::SectionSchema;

/// How a section is used at run time; drives the `auto` codec choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read at startup or on most runs: favour decode speed.
    Hot,
    /// Read rarely or piecemeal: favour size.
    Cold,
}

/// A section a provider declares it emits.
#[derive(Debug, Clone, Copy)]
pub struct SectionSpec {
    pub id: &'static str,
    pub access: Access,
}

/// A snapshot contributor. Implementations are plain values registered once.
pub trait SnapshotProvider: Sync {
    /// Namespaced unique id, e.g. `runmat.bytecode` or `toolbox.signal`.
    fn id(&self) -> &'static str;
    /// Version of what the provider writes; part of the compatibility key.
    fn version(&self) -> &'static str;
    /// Sections this provider emits. Emitting an undeclared one is a build error.
    fn sections(&self) -> &'static [SectionSpec];
    /// Sections (of other providers) this provider reads through the [`BuildContext`].
    fn depends_on(&self) -> &'static [&'static str] {
        &[]
    }
    /// Fingerprints of the running program that a snapshot must match to be used
    /// (e.g. a hash of the builtin ABI). Stamped at build, compared at load.
    fn fingerprints(&self) -> BTreeMap<String, String> {
        BTreeMap::new()
    }
    /// Other providers that must be linked, with the versions this one works with.
    fn requires(&self) -> &'static [Requirement] {
        &[]
    }
    /// Build-time values this provider hands to others ([`BuildContext::put`]).
    fn produces(&self) -> &'static [ArtifactDecl] {
        &[]
    }
    /// Build-time values this provider takes from others ([`BuildContext::take`]).
    fn consumes(&self) -> &'static [ArtifactDecl] {
        &[]
    }
    /// The entry types of `section` (one this provider declares) and how
    /// `inspect` describes it; `verify` decodes every entry through it.
    fn schema(&self, _section: &str) -> Option<SectionSchema> {
        None
    }
    /// When a snapshot's `fingerprint` differs from this binary's, what differs,
    /// in words (e.g. the builtins that changed), read from the snapshot.
    fn explain_mismatch(&self, _snap: &crate::Snapshot, _fingerprint: &str) -> Option<String> {
        None
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String>;
}

/// A value of type `T` that one provider produces and another consumes while a
/// snapshot is built; it is never written to the file. Declared by both sides
/// ([`SnapshotProvider::produces`] / [`SnapshotProvider::consumes`]), so the
/// build order and the registry's checks see it. Each artifact has its own
/// type (a newtype), which is what identifies it.
pub struct Artifact<T> {
    pub name: &'static str,
    _t: PhantomData<fn() -> T>,
}

impl<T: Any + Send + Sync> Artifact<T> {
    pub const fn new(name: &'static str) -> Self {
        Artifact { name, _t: PhantomData }
    }
    pub const fn decl(&self) -> ArtifactDecl {
        ArtifactDecl { name: self.name, type_id: TypeId::of::<T> }
    }
}

/// An [`Artifact`] as the registry sees it: a name for messages and its type.
#[derive(Clone, Copy)]
pub struct ArtifactDecl {
    pub name: &'static str,
    type_id: fn() -> TypeId,
}

impl ArtifactDecl {
    fn id(&self) -> TypeId {
        (self.type_id)()
    }
}

/// "Provider `provider` must be linked, at a version matching `versions`"
/// (a semver requirement such as `>=1.2, <2`; `*` accepts any version).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirement {
    pub provider: &'static str,
    pub versions: &'static str,
}

/// One element of the link-time registry: the provider and where it was registered.
pub struct Registration {
    pub provider: &'static dyn SnapshotProvider,
    /// `module_path!()` of the registering crate, so duplicate errors name both sides.
    pub origin: &'static str,
}

#[linkme::distributed_slice]
pub static PROVIDERS: [Registration];

/// Registers a provider value in [`PROVIDERS`]:
/// `snapshot_core::register_provider!(MY_PROVIDER: MyProvider = MyProvider);`
#[macro_export]
macro_rules! register_provider {
    ($name:ident : $ty:ty = $value:expr) => {
        #[$crate::linkme::distributed_slice($crate::PROVIDERS)]
        #[linkme(crate = $crate::linkme)]
        static $name: $crate::Registration = {
            static VALUE: $ty = $value;
            $crate::Registration { provider: &VALUE, origin: module_path!() }
        };
    };
}

/// The providers to build from, checked and in dependency order.
pub struct Registry<'a> {
    ordered: Vec<&'a Registration>,
}

impl<'a> Registry<'a> {
    /// Every provider linked into this binary.
    pub fn linked() -> Result<Registry<'static>, BuildError> {
        Registry::from_registrations(PROVIDERS.iter().collect())
    }

    /// A registry over an explicit list (tests, or a filtered set).
    pub fn from_registrations(mut regs: Vec<&'a Registration>) -> Result<Registry<'a>, BuildError> {
        regs.sort_by(|a, b| a.provider.id().cmp(b.provider.id()).then(a.origin.cmp(b.origin)));
        for pair in regs.windows(2) {
            if pair[0].provider.id() == pair[1].provider.id() {
                return Err(BuildError::DuplicateProvider { id: pair[0].provider.id().into(), first: pair[0].origin.into(), second: pair[1].origin.into() });
            }
        }
        let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
        for r in &regs {
            for spec in r.provider.sections() {
                check_section_id(r.provider.id(), spec.id)?;
                check_namespace(r.provider.id(), spec.id)?;
                if let Some(first) = owner.insert(spec.id, r.provider.id()) {
                    return Err(BuildError::DuplicateSection { section: spec.id.into(), first: first.into(), second: r.provider.id().into() });
                }
            }
        }
        check_requirements(&regs)?;
        let producers = check_artifacts(&regs)?;
        let ordered = topo_order(&regs, &owner, &producers)?;
        Ok(Registry { ordered })
    }

    pub fn providers(&self) -> impl Iterator<Item = &'a dyn SnapshotProvider> + '_ {
        self.ordered.iter().map(|r| r.provider)
    }

    pub fn get(&self, id: &str) -> Option<&'a dyn SnapshotProvider> {
        self.providers().find(|p| p.id() == id)
    }
}

/// Section ids are lowercase dotted names with at least two parts (`ns.name`).
fn check_section_id(provider: &str, id: &str) -> Result<(), BuildError> {
    let why = if id.len() > 128 {
        Some("longer than 128 bytes")
    } else if id.split('.').nth(1).is_none() {
        Some("must be namespaced as `namespace.name`")
    } else if id.split('.').any(str::is_empty) {
        Some("empty name part")
    } else if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b)) {
        Some("only a-z, 0-9, '.', '_' and '-' are allowed")
    } else {
        None
    };
    match why {
        Some(why) => Err(BuildError::InvalidSectionId { provider: provider.into(), id: id.into(), why: why.into() }),
        None => Ok(()),
    }
}

/// The part of an id a provider owns: `toolbox.<name>` for toolboxes (the
/// `toolbox` namespace is shared by every toolbox), the first part otherwise.
pub fn namespace(id: &str) -> &str {
    let mut parts = id.splitn(3, '.');
    let first = parts.next().unwrap_or("");
    match (first, parts.next()) {
        ("toolbox", Some(name)) => &id[..first.len() + 1 + name.len()],
        _ => first,
    }
}

/// A provider emits sections only in its own namespace, so one toolbox cannot
/// shadow another's (or the runtime's) sections.
fn check_namespace(provider: &str, id: &str) -> Result<(), BuildError> {
    let ns = namespace(provider);
    if id == ns || id.strip_prefix(ns).is_some_and(|rest| rest.starts_with('.')) {
        return Ok(());
    }
    Err(BuildError::InvalidSectionId { provider: provider.into(), id: id.into(), why: format!("outside the provider's namespace `{ns}.*`") })
}

fn check_requirements(regs: &[&Registration]) -> Result<(), BuildError> {
    for r in regs {
        for req in r.provider.requires() {
            let found = regs.iter().find(|o| o.provider.id() == req.provider).map(|o| o.provider.version());
            let met = satisfies(req.versions, found).map_err(|why| BuildError::InvalidRequirement {
                provider: r.provider.id().into(),
                requires: req.provider.into(),
                versions: req.versions.into(),
                why,
            })?;
            if !met {
                return Err(BuildError::UnmetRequirement {
                    provider: r.provider.id().into(),
                    requires: req.provider.into(),
                    versions: req.versions.into(),
                    found: found.map(str::to_string),
                });
            }
        }
    }
    Ok(())
}

/// Whether `found` (absent: nothing by that name) meets the semver requirement
/// `versions`; `Err` when `versions` does not parse. Shared by provider and
/// toolbox-directory requirements.
pub fn satisfies(versions: &str, found: Option<&str>) -> Result<bool, String> {
    let range = semver::VersionReq::parse(versions).map_err(|e| e.to_string())?;
    Ok(found.and_then(parse_version).is_some_and(|v| range.matches(&v)))
}

/// Provider versions may be short (`1`, `1.2`) or carry build metadata
/// (`1+vm-schema-3`); missing parts count as zero.
pub fn parse_version(v: &str) -> Option<semver::Version> {
    let (core, rest) = match v.find(['-', '+']) {
        Some(i) => v.split_at(i),
        None => (v, ""),
    };
    let mut parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty() || parts.len() > 3 {
        return None;
    }
    while parts.len() < 3 {
        parts.push("0");
    }
    semver::Version::parse(&format!("{}{rest}", parts.join("."))).ok()
}

/// Every consumed artifact has exactly one producer and one consumer (it is
/// moved, not shared). Returns the producer of each, by type.
fn check_artifacts<'r>(regs: &[&'r Registration]) -> Result<HashMap<TypeId, &'r str>, BuildError> {
    let mut producer: HashMap<TypeId, (&'r str, &'static str)> = HashMap::new();
    for r in regs {
        for a in r.provider.produces() {
            if let Some((first, _)) = producer.insert(a.id(), (r.provider.id(), a.name)) {
                return Err(BuildError::Artifact { provider: r.provider.id().into(), artifact: a.name.into(), why: format!("is also produced by `{first}`") });
            }
        }
    }
    let mut consumer: HashMap<TypeId, &str> = HashMap::new();
    for r in regs {
        for a in r.provider.consumes() {
            if !producer.contains_key(&a.id()) {
                return Err(BuildError::Artifact {
                    provider: r.provider.id().into(),
                    artifact: a.name.into(),
                    why: "is consumed but no linked provider produces it".into(),
                });
            }
            if let Some(first) = consumer.insert(a.id(), r.provider.id()) {
                return Err(BuildError::Artifact {
                    provider: r.provider.id().into(),
                    artifact: a.name.into(),
                    why: format!("is also consumed by `{first}` (an artifact has one consumer)"),
                });
            }
        }
    }
    Ok(producer.into_iter().map(|(t, (p, _))| (t, p)).collect())
}

/// `ns.*` in `depends_on` means every section under `ns.` (possibly none).
fn matching<'o>(owner: &BTreeMap<&str, &'o str>, dep: &str) -> Vec<&'o str> {
    match dep.strip_suffix(".*") {
        Some(prefix) => owner.iter().filter(|(id, _)| id.strip_prefix(prefix).is_some_and(|r| r.starts_with('.'))).map(|(_, o)| *o).collect(),
        None => owner.get(dep).map(|o| vec![*o]).unwrap_or_default(),
    }
}

/// Kahn's algorithm, always taking the smallest ready id, so the order is stable.
fn topo_order<'a>(regs: &[&'a Registration], owner: &BTreeMap<&str, &str>, producers: &HashMap<TypeId, &str>) -> Result<Vec<&'a Registration>, BuildError> {
    let mut deps: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in regs {
        let p = r.provider;
        let mut on = Vec::new();
        for section in p.depends_on() {
            let owners = matching(owner, section);
            if owners.is_empty() && !section.ends_with(".*") {
                return Err(BuildError::MissingDependency { provider: p.id().into(), section: (*section).into() });
            }
            for o in owners {
                if o != p.id() && !on.contains(&o) {
                    on.push(o);
                }
            }
        }
        for a in p.consumes() {
            let o = producers[&a.id()];
            if o != p.id() && !on.contains(&o) {
                on.push(o);
            }
        }
        deps.insert(p.id(), on);
    }
    let by_id: HashMap<&str, &'a Registration> = regs.iter().map(|r| (r.provider.id(), *r)).collect();
    let mut done: Vec<&str> = Vec::new();
    while done.len() < regs.len() {
        let ready = deps.iter().find(|(id, on)| !done.contains(id) && on.iter().all(|d| done.contains(d))).map(|(id, _)| *id);
        match ready {
            Some(id) => done.push(id),
            None => {
                let mut cycle: Vec<String> = deps.keys().filter(|id| !done.contains(id)).map(|s| s.to_string()).collect();
                cycle.push(cycle[0].clone());
                return Err(BuildError::DependencyCycle { cycle });
            }
        }
    }
    Ok(done.into_iter().map(|id| by_id[id]).collect())
}

/// A finding about an input that did not stop the build (e.g. a file that failed to parse).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub provider: String,
    pub path: String,
    pub line: Option<u32>,
    pub message: String,
}

/// What a provider sees while building: typed inputs from the caller, sections
/// built earlier (its declared dependencies), artifacts it declared it
/// consumes, and a sink for diagnostics.
pub struct BuildContext {
    inputs: HashMap<TypeId, Box<dyn Any + Send + Sync>>,
    pub(crate) built: BTreeMap<String, SectionOutput>,
    pub(crate) diagnostics: Mutex<Vec<Diagnostic>>,
    artifacts: Mutex<HashMap<TypeId, Box<dyn Any + Send + Sync>>>,
    /// The provider now building: what it may put and take.
    current: Mutex<Option<Current>>,
}

#[derive(Clone, Copy)]
struct Current {
    produces: &'static [ArtifactDecl],
    consumes: &'static [ArtifactDecl],
}

impl BuildContext {
    pub(crate) fn new(inputs: HashMap<TypeId, Box<dyn Any + Send + Sync>>) -> Self {
        BuildContext { inputs, built: BTreeMap::new(), diagnostics: Mutex::new(Vec::new()), artifacts: Mutex::new(HashMap::new()), current: Mutex::new(None) }
    }

    /// An input the caller supplied with [`crate::BuildOptions::with_input`].
    pub fn input<T: Any + Send + Sync>(&self) -> Option<&T> {
        self.inputs.get(&TypeId::of::<T>()).and_then(|b| b.downcast_ref())
    }

    /// A section built earlier in this run (only declared dependencies are guaranteed).
    pub fn section(&self, id: &str) -> Option<&SectionOutput> {
        self.built.get(id)
    }

    fn current(&self) -> Option<Current> {
        *self.current.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Hands `value` to the provider that consumes `artifact` (the running
    /// provider must declare it under [`SnapshotProvider::produces`]).
    pub fn put<T: Any + Send + Sync>(&self, artifact: &Artifact<T>, value: T) -> Result<(), String> {
        let cur = self.current().ok_or("no provider is building")?;
        if !cur.produces.iter().any(|a| a.id() == TypeId::of::<T>()) {
            return Err(format!("puts artifact `{}`, which it does not declare under `produces`", artifact.name));
        }
        self.artifacts.lock().unwrap_or_else(|e| e.into_inner()).insert(TypeId::of::<T>(), Box::new(value));
        Ok(())
    }

    /// Takes the artifact an earlier provider put (the running provider must
    /// declare it under [`SnapshotProvider::consumes`]); its memory is the
    /// consumer's from then on.
    pub fn take<T: Any + Send + Sync>(&self, artifact: &Artifact<T>) -> Result<T, String> {
        let cur = self.current().ok_or("no provider is building")?;
        if !cur.consumes.iter().any(|a| a.id() == TypeId::of::<T>()) {
            return Err(format!("takes artifact `{}`, which it does not declare under `consumes`", artifact.name));
        }
        let found = self.artifacts.lock().unwrap_or_else(|e| e.into_inner()).remove(&TypeId::of::<T>());
        let found = found.ok_or_else(|| format!("artifact `{}` was not produced", artifact.name))?;
        found.downcast::<T>().map(|b| *b).map_err(|_| format!("artifact `{}` has another type", artifact.name))
    }

    pub fn report(&self, d: Diagnostic) {
        self.diagnostics.lock().unwrap_or_else(|e| e.into_inner()).push(d);
    }

    /// Called by the builder before `p` builds.
    pub(crate) fn begin(&self, p: &dyn SnapshotProvider) {
        *self.current.lock().unwrap_or_else(|e| e.into_inner()) = Some(Current { produces: p.produces(), consumes: p.consumes() });
    }

    /// Called by the builder after `p` built: it must have put what it declared.
    pub(crate) fn finish(&self, p: &dyn SnapshotProvider) -> Result<(), BuildError> {
        *self.current.lock().unwrap_or_else(|e| e.into_inner()) = None;
        let artifacts = self.artifacts.lock().unwrap_or_else(|e| e.into_inner());
        match p.produces().iter().find(|a| !artifacts.contains_key(&a.id())) {
            Some(a) => {
                Err(BuildError::Artifact { provider: p.id().into(), artifact: a.name.into(), why: "is declared under `produces` but was not put".into() })
            }
            None => Ok(()),
        }
    }
}

/// Everything one provider produced.
#[derive(Debug, Default)]
pub struct ProviderOutput {
    pub sections: Vec<SectionOutput>,
    /// Counts about the build itself (e.g. work reused from an earlier build),
    /// for reports; never written to the file.
    pub counters: BTreeMap<String, u64>,
}

impl ProviderOutput {
    pub fn with(mut self, section: SectionOutput) -> Self {
        self.sections.push(section);
        self
    }
    pub fn with_counter(mut self, name: &str, value: u64) -> Self {
        self.counters.insert(name.into(), value);
        self
    }
}

/// A section's entries, already encoded, keyed by unique names: raw, or as an
/// earlier snapshot stored them (see [`StoredEntry`]).
#[derive(Debug, Clone)]
pub struct SectionOutput {
    pub id: String,
    pub entries: BTreeMap<String, Vec<u8>>,
    stored: BTreeMap<String, StoredEntry>,
}

impl SectionOutput {
    pub fn new(id: impl Into<String>) -> Self {
        SectionOutput { id: id.into(), entries: BTreeMap::new(), stored: BTreeMap::new() }
    }

    /// Adds an entry as an earlier snapshot stored it (an incremental build's
    /// unchanged entry); the file is the same as with [`insert_raw`](Self::insert_raw).
    pub fn insert_stored(&mut self, key: String, entry: StoredEntry) -> Result<(), String> {
        self.check_new(&key)?;
        self.stored.insert(key, entry);
        Ok(())
    }

    /// Entries added with [`insert_stored`](Self::insert_stored).
    pub fn stored(&self) -> &BTreeMap<String, StoredEntry> {
        &self.stored
    }

    /// Raw length of every entry, raw or stored.
    pub fn raw_lens(&self) -> impl Iterator<Item = u64> + '_ {
        self.entries.values().map(|v| v.len() as u64).chain(self.stored.values().map(|s| s.raw_len))
    }

    pub fn len(&self) -> usize {
        self.entries.len() + self.stored.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn check_new(&self, key: &str) -> Result<(), String> {
        if key.len() > crate::layout::MAX_STRING_LEN as usize {
            return Err(format!("entry key in `{}` is longer than {} bytes", self.id, crate::layout::MAX_STRING_LEN));
        }
        if self.entries.contains_key(key) || self.stored.contains_key(key) {
            return Err(format!("entry `{key}` appears twice in section `{}`", self.id));
        }
        Ok(())
    }

    /// Adds an entry encoded with the snapshot codec. Keys must be unique.
    pub fn insert<T: Serialize + ?Sized>(&mut self, key: impl Into<String>, value: &T) -> Result<(), String> {
        let key = key.into();
        let bytes = codec::encode(value).map_err(|e| format!("encoding entry `{key}` of `{}`: {e}", self.id))?;
        self.insert_raw(key, bytes)
    }

    pub fn insert_raw(&mut self, key: String, bytes: Vec<u8>) -> Result<(), String> {
        self.check_new(&key)?;
        self.entries.insert(key, bytes);
        Ok(())
    }

    /// Decodes an entry built earlier in this run.
    pub fn decode<T: serde::de::DeserializeOwned>(&self, key: &str) -> Result<T, String> {
        if let Some(stored) = self.stored.get(key) {
            return codec::decode(&stored.raw()?);
        }
        let bytes = self.entries.get(key).ok_or_else(|| format!("section `{}` has no entry `{key}`", self.id))?;
        codec::decode(bytes)
    }
}
