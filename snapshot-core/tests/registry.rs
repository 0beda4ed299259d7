//! Registry checks on explicit provider lists (the linked slice is global, so
//! conflicting providers are assembled by hand here).

use snapshot_core::{
    build, Access, BuildContext, BuildError, BuildOptions, ProviderOutput, Registration, Registry, Requirement, SectionOutput, SectionSpec, SnapshotProvider,
};

struct Toy {
    id: &'static str,
    sections: &'static [SectionSpec],
    deps: &'static [&'static str],
}

impl SnapshotProvider for Toy {
    fn id(&self) -> &'static str {
        self.id
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        self.sections
    }
    fn depends_on(&self) -> &'static [&'static str] {
        self.deps
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let mut out = ProviderOutput::default();
        for spec in self.sections {
            let mut s = SectionOutput::new(spec.id);
            // Record which dependency sections were visible, to check the order.
            let seen: Vec<String> = self.deps.iter().filter(|d| ctx.section(d).is_some()).map(|d| d.to_string()).collect();
            s.insert("seen", &seen)?;
            out.sections.push(s);
        }
        Ok(out)
    }
}

const fn spec(id: &'static str) -> SectionSpec {
    SectionSpec { id, access: Access::Cold }
}

fn reg(p: &'static Toy, origin: &'static str) -> &'static Registration {
    Box::leak(Box::new(Registration { provider: p, origin }))
}

static A: Toy = Toy { id: "t.a", sections: &[spec("t.a")], deps: &[] };
static A2: Toy = Toy { id: "t.a", sections: &[spec("t.a2")], deps: &[] };
static B: Toy = Toy { id: "t.b", sections: &[spec("t.b")], deps: &["t.a"] };
static B_CLASH: Toy = Toy { id: "t.bb", sections: &[spec("t.a")], deps: &[] };
static C1: Toy = Toy { id: "t.c1", sections: &[spec("t.c1")], deps: &["t.c2"] };
static C2: Toy = Toy { id: "t.c2", sections: &[spec("t.c2")], deps: &["t.c1"] };
static MISSING: Toy = Toy { id: "t.m", sections: &[spec("t.m")], deps: &["t.nowhere"] };
static BAD_ID: Toy = Toy { id: "t.bad", sections: &[spec("NoNamespace")], deps: &[] };

#[test]
fn two_providers_with_the_same_id_name_both_origins() {
    let err = Registry::from_registrations(vec![reg(&A, "crate_one"), reg(&A2, "crate_two")]).err().unwrap();
    assert!(matches!(err, BuildError::DuplicateProvider { .. }));
    assert_eq!(err.to_string(), "provider id `t.a` is registered twice: by crate_one and by crate_two");
}

#[test]
fn two_providers_emitting_one_section_is_an_error() {
    let err = Registry::from_registrations(vec![reg(&A, "x"), reg(&B_CLASH, "y")]).err().unwrap();
    assert_eq!(err.to_string(), "section `t.a` is emitted by two providers: `t.a` and `t.bb`");
}

#[test]
fn dependencies_build_first_and_are_visible() {
    // Registered in the "wrong" order on purpose.
    let registry = Registry::from_registrations(vec![reg(&B, "x"), reg(&A, "y")]).unwrap();
    let order: Vec<&str> = registry.providers().map(|p| p.id()).collect();
    assert_eq!(order, ["t.a", "t.b"]);
    let (bytes, report) = build(&registry, BuildOptions::new("rt 1")).unwrap();
    let snap = snapshot_core::Snapshot::from_bytes(bytes, "dep.rmsnap").unwrap();
    assert_eq!(*snap.entry::<Vec<String>>("t.b", "seen").unwrap(), vec!["t.a".to_string()]);
    assert_eq!(report.providers.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["t.a", "t.b"]);
}

#[test]
fn a_dependency_cycle_is_an_error_naming_its_members() {
    let err = Registry::from_registrations(vec![reg(&C1, "x"), reg(&C2, "y")]).err().unwrap();
    assert_eq!(err.to_string(), "provider dependency cycle: t.c1 -> t.c2 -> t.c1");
}

#[test]
fn a_missing_dependency_is_an_error() {
    let err = Registry::from_registrations(vec![reg(&MISSING, "x")]).err().unwrap();
    assert_eq!(err.to_string(), "provider `t.m` depends on section `t.nowhere`, which no linked provider emits");
}

#[test]
fn section_ids_must_be_namespaced() {
    let err = Registry::from_registrations(vec![reg(&BAD_ID, "x")]).err().unwrap();
    assert!(err.to_string().contains("`NoNamespace`"), "{err}");
}

/// A provider that needs another one at some versions.
struct Needy {
    id: &'static str,
    version: &'static str,
    requires: &'static [Requirement],
}

impl SnapshotProvider for Needy {
    fn id(&self) -> &'static str {
        self.id
    }
    fn version(&self) -> &'static str {
        self.version
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[]
    }
    fn requires(&self) -> &'static [Requirement] {
        self.requires
    }
    fn build(&self, _: &BuildContext) -> Result<ProviderOutput, String> {
        Ok(ProviderOutput::default())
    }
}

static BASE_1_4: Needy = Needy { id: "toolbox.base", version: "1.4", requires: &[] };
static BASE_2: Needy = Needy { id: "toolbox.base", version: "2.0.1+build-7", requires: &[] };
static WANTS_BASE_1: Needy = Needy { id: "toolbox.user", version: "0.1.0", requires: &[Requirement { provider: "toolbox.base", versions: ">=1.2, <2" }] };
static WANTS_GARBAGE: Needy = Needy { id: "toolbox.odd", version: "1", requires: &[Requirement { provider: "toolbox.base", versions: "one-ish" }] };

#[test]
fn a_met_requirement_accepts_short_and_decorated_versions() {
    assert!(Registry::from_registrations(vec![reg_any(&BASE_1_4), reg_any(&WANTS_BASE_1)]).is_ok());
    assert_eq!(snapshot_core::provider::parse_version("1+vm-schema-3").unwrap().to_string(), "1.0.0+vm-schema-3");
}

#[test]
fn an_unmet_requirement_names_both_providers_and_the_range() {
    let err = Registry::from_registrations(vec![reg_any(&BASE_2), reg_any(&WANTS_BASE_1)]).err().unwrap();
    assert_eq!(err.to_string(), "provider `toolbox.user` requires provider `toolbox.base` at version >=1.2, <2, but version 2.0.1+build-7 is linked");
    let err = Registry::from_registrations(vec![reg_any(&WANTS_BASE_1)]).err().unwrap();
    assert!(matches!(err, BuildError::UnmetRequirement { found: None, .. }), "{err}");
    assert!(err.to_string().ends_with("but it is not linked"), "{err}");
}

#[test]
fn an_unparsable_requirement_is_an_error() {
    let err = Registry::from_registrations(vec![reg_any(&BASE_1_4), reg_any(&WANTS_GARBAGE)]).err().unwrap();
    assert!(matches!(err, BuildError::InvalidRequirement { .. }), "{err}");
    assert!(err.to_string().contains("`one-ish` on `toolbox.base`"), "{err}");
}

static TB_ONE: Toy = Toy { id: "toolbox.one", sections: &[spec("toolbox.one.sources")], deps: &[] };
static TB_TWO: Toy = Toy { id: "toolbox.two", sections: &[spec("toolbox.two.sources")], deps: &[] };
static TB_THIEF: Toy = Toy { id: "toolbox.thief", sections: &[spec("toolbox.one.extra")], deps: &[] };
static GATHER: Toy = Toy { id: "t.gather", sections: &[spec("t.gather")], deps: &["toolbox.*"] };

#[test]
fn a_toolbox_cannot_emit_sections_in_another_toolbox_namespace() {
    let err = Registry::from_registrations(vec![reg(&TB_THIEF, "x")]).err().unwrap();
    assert_eq!(err.to_string(), "invalid section id `toolbox.one.extra` from provider `toolbox.thief`: outside the provider's namespace `toolbox.thief.*`");
}

#[test]
fn a_pattern_dependency_orders_after_every_match_and_may_match_none() {
    let registry = Registry::from_registrations(vec![reg(&GATHER, "g"), reg(&TB_TWO, "b"), reg(&TB_ONE, "a")]).unwrap();
    let order: Vec<&str> = registry.providers().map(|p| p.id()).collect();
    assert_eq!(order, ["toolbox.one", "toolbox.two", "t.gather"]);
    assert!(Registry::from_registrations(vec![reg(&GATHER, "g")]).is_ok());
}

fn reg_any(p: &'static dyn SnapshotProvider) -> &'static Registration {
    Box::leak(Box::new(Registration { provider: p, origin: "test" }))
}
