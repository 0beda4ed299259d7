//! A provider defined only here, registered through the link-time slice, ends up
//! in a built snapshot: the core never names it.

use std::collections::BTreeMap;

use snapshot_core::{
    build, build_to_file, compat, register_provider, Access, BuildContext, BuildOptions, CodecChoice, ProviderOutput, Registry, SectionOutput, SectionSpec,
    Snapshot, SnapshotProvider,
};

struct Greeter;

/// Input a caller hands to the build.
struct Greeting(&'static str);

impl SnapshotProvider for Greeter {
    fn id(&self) -> &'static str {
        "toy.greeter"
    }
    fn version(&self) -> &'static str {
        "0.3.1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: "toy.greetings", access: Access::Hot }]
    }
    fn fingerprints(&self) -> BTreeMap<String, String> {
        BTreeMap::from([("abi".to_string(), "greeter-abi-7".to_string())])
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let greeting = ctx.input::<Greeting>().map(|g| g.0).unwrap_or("hello");
        let mut s = SectionOutput::new("toy.greetings");
        for name in ["ada", "grace", "alan"] {
            s.insert(name, &format!("{greeting}, {name}"))?;
        }
        Ok(ProviderOutput::default().with(s))
    }
}

register_provider!(GREETER: Greeter = Greeter);

fn options() -> BuildOptions {
    BuildOptions::new("toy-runtime 9").with_input(Greeting("hi"))
}

#[test]
fn linked_provider_appears_in_the_snapshot() {
    let registry = Registry::linked().unwrap();
    assert!(registry.get("toy.greeter").is_some());
    let (bytes, report) = build(&registry, options()).unwrap();
    assert_eq!(report.sections[0].id, "toy.greetings");
    assert_eq!(report.sections[0].entries, 3);
    let snap = Snapshot::from_bytes(bytes, "toy.rmsnap").unwrap();
    assert_eq!(snap.keys("toy.greetings").unwrap(), ["ada", "alan", "grace"]);
    assert_eq!(*snap.entry::<String>("toy.greetings", "grace").unwrap(), "hi, grace");
    let stamp = snap.provider_stamp("toy.greeter").unwrap();
    assert_eq!(stamp.version, "0.3.1");
    assert_eq!(stamp.fingerprints["abi"], "greeter-abi-7");
}

#[test]
fn builds_are_byte_identical() {
    let registry = Registry::linked().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.rmsnap"), dir.path().join("b.rmsnap"));
    build_to_file(&registry, options(), &a).unwrap();
    build_to_file(&registry, options(), &b).unwrap();
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn compat_check_names_the_field_and_both_values() {
    let registry = Registry::linked().unwrap();
    let mut opts = options();
    opts.codec = CodecChoice::Fixed(snapshot_core::Codec::Lz4);
    let (bytes, _) = build(&registry, opts).unwrap();
    let snap = Snapshot::from_bytes(bytes, "toy.rmsnap").unwrap();
    let path = snap.path().to_path_buf();
    let here = compat::current_key("toy-runtime 9", &registry);
    compat::check(&here, snap.compat(), &path).unwrap();

    let other_runtime = compat::current_key("toy-runtime 10", &registry);
    let err = compat::check(&other_runtime, snap.compat(), &path).unwrap_err();
    assert_eq!(err.field, "runtime_version");
    assert_eq!(
        err.to_string(),
        "snapshot toy.rmsnap is incompatible: runtime_version is `toy-runtime 9` in the snapshot, this runtime expects `toy-runtime 10`"
    );

    let mut changed_abi = here.clone();
    changed_abi.providers.get_mut("toy.greeter").unwrap().fingerprints.insert("abi".into(), "greeter-abi-8".into());
    let err = compat::check(&changed_abi, snap.compat(), &path).unwrap_err();
    assert_eq!((err.field.as_str(), err.expected.as_str(), err.found.as_str()), ("providers.toy.greeter.fingerprints.abi", "greeter-abi-8", "greeter-abi-7"));

    let mut unlinked = here.clone();
    unlinked.providers.clear();
    let err = compat::check(&unlinked, snap.compat(), &path).unwrap_err();
    assert_eq!(err.field, "providers.toy.greeter");
}
