//! Toolbox crates that disagree: two providers defining one function, and a
//! requirement nobody meets. The toolboxes are declared here, exactly as a third
//! crate would, and reach the build only through the link-time slice.

use rmsnap_providers::{Library, RunmatInputs, RUNTIME_VERSION};
use snapshot_core::{build, BuildOptions, Registration, Registry, PROVIDERS};

rmsnap_providers::register_toolbox! {
    CLASH_A {
        name: "clash_a",
        version: "1.0.0",
        files: &[("clash_fn.m", "function y = clash_fn(x)\n%CLASH_FN from A\ny = x + 1;\nend\n"), ("only_a.m", "function y = only_a(x)\ny = clash_fn(x);\nend\n")],
    }
}

rmsnap_providers::register_toolbox! {
    CLASH_B {
        name: "clash_b",
        version: "2.3.0",
        files: &[("clash_fn.m", "function y = clash_fn(x)\n%CLASH_FN from B\ny = x + 2;\nend\n")],
    }
}

rmsnap_providers::register_toolbox! {
    WINS {
        name: "wins",
        version: "1.0.0",
        files: &[("clash_fn.m", "function y = clash_fn(x)\n%CLASH_FN the override\ny = x + 3;\nend\n")],
        overrides: ["clash_fn"],
    }
}

rmsnap_providers::register_toolbox! {
    NEEDY {
        name: "needy",
        version: "0.1.0",
        files: &[("needy_fn.m", "function y = needy_fn(x)\ny = clash_fn(x) * 2;\nend\n")],
        requires: [("toolbox.clash_a", ">=2")],
    }
}

/// The RunMat providers plus the named toolboxes.
fn registry(toolboxes: &[&str]) -> Result<Registry<'static>, snapshot_core::BuildError> {
    let chosen: Vec<&'static Registration> =
        PROVIDERS.iter().filter(|r| r.provider.id().starts_with("runmat.") || toolboxes.contains(&r.provider.id())).collect();
    Registry::from_registrations(chosen)
}

fn build_with(toolboxes: &[&str]) -> Result<snapshot_core::Snapshot, String> {
    let registry = registry(toolboxes).map_err(|e| e.to_string())?;
    // The library holds the same toolboxes as the registry.
    let mut library = Library::bundled();
    for t in rmsnap_bridge::library::linked::linked().into_iter().filter(|t| toolboxes.contains(&t.id)) {
        library.add_embedded(t.spec(), t.files);
    }
    let inputs = RunmatInputs { library, ..RunmatInputs::default() };
    let (bytes, _) = build(&registry, BuildOptions::new(RUNTIME_VERSION).with_input(inputs)).map_err(|e| e.to_string())?;
    snapshot_core::Snapshot::from_bytes(bytes, "t.rmsnap").map_err(|e| e.to_string())
}

#[test]
fn two_toolboxes_defining_one_function_fail_the_build_naming_both() {
    let err = build_with(&["toolbox.clash_a", "toolbox.clash_b"]).err().unwrap();
    assert!(
        err.contains(
            "function `clash_fn` is defined by both `toolbox.clash_a` (toolbox.clash_a/clash_fn.m) and `toolbox.clash_b` (toolbox.clash_b/clash_fn.m)"
        ),
        "{err}"
    );
}

#[test]
fn an_explicit_override_decides_and_is_recorded() {
    let snap = build_with(&["toolbox.clash_a", "toolbox.wins"]).unwrap();
    let origin = snap.entry::<rmsnap_bridge::FunctionOrigin>("runmat.library", "clash_fn").unwrap();
    assert_eq!(origin.library, "toolbox.wins");
    // A's other function still calls the (overridden) name.
    assert_eq!(snap.entry::<rmsnap_bridge::FunctionOrigin>("runmat.library", "only_a").unwrap().library, "toolbox.clash_a");
    assert!(snap.section("toolbox.clash_a.manifest").is_some() && snap.section("toolbox.wins.manifest").is_some());
    assert_eq!(snap.compat().providers["toolbox.wins"].version, "1.0.0");
    assert!(snap.compat().providers["toolbox.wins"].fingerprints.contains_key("sources"));
}

#[test]
fn an_unmet_requirement_fails_the_build_naming_both_providers() {
    let err = build_with(&["toolbox.clash_a", "toolbox.needy"]).err().unwrap();
    assert_eq!(err, "provider `toolbox.needy` requires provider `toolbox.clash_a` at version >=2, but version 1.0.0 is linked");
    let err = build_with(&["toolbox.needy"]).err().unwrap();
    assert!(err.ends_with("but it is not linked"), "{err}");
}
