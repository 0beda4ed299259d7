//! Build-time artifacts: typed, declared by producer and consumer, ordered by
//! the registry, and never written to the file.

use snapshot_core::{
    build, Access, Artifact, ArtifactDecl, BuildContext, BuildError, BuildOptions, ProviderOutput, Registration, Registry, SectionOutput, SectionSpec,
    Snapshot, SnapshotProvider,
};

/// What the producer hands over (its own type is what identifies the artifact).
struct Numbers(Vec<u64>);
struct Other;

const NUMBERS: Artifact<Numbers> = Artifact::new("toy/numbers");
const OTHER: Artifact<Other> = Artifact::new("toy/other");
const NUMBERS_DECL: &[ArtifactDecl] = &[NUMBERS.decl()];
const OTHER_DECL: &[ArtifactDecl] = &[OTHER.decl()];

/// Behaviour of a toy provider.
#[derive(Clone, Copy, PartialEq)]
enum Does {
    /// Puts NUMBERS.
    Produce,
    /// Declares NUMBERS but puts nothing.
    ProduceNothing,
    /// Puts NUMBERS without declaring it.
    PutUndeclared,
    /// Takes NUMBERS and writes their sum.
    Consume,
    /// Takes NUMBERS without declaring it.
    TakeUndeclared,
}

struct Toy {
    id: &'static str,
    section: &'static [SectionSpec],
    does: Does,
    produces: &'static [ArtifactDecl],
    consumes: &'static [ArtifactDecl],
}

impl SnapshotProvider for Toy {
    fn id(&self) -> &'static str {
        self.id
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        self.section
    }
    fn produces(&self) -> &'static [ArtifactDecl] {
        self.produces
    }
    fn consumes(&self) -> &'static [ArtifactDecl] {
        self.consumes
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let mut s = SectionOutput::new(self.section[0].id);
        match self.does {
            Does::Produce | Does::PutUndeclared => ctx.put(&NUMBERS, Numbers(vec![1, 2, 39]))?,
            Does::ProduceNothing => {}
            Does::Consume | Does::TakeUndeclared => {
                let n = ctx.take(&NUMBERS)?;
                s.insert("sum", &n.0.iter().sum::<u64>())?;
            }
        }
        s.insert("ran", &true)?;
        Ok(ProviderOutput::default().with(s))
    }
}

fn toy(id: &'static str, section: &'static str, does: Does, produces: &'static [ArtifactDecl], consumes: &'static [ArtifactDecl]) -> &'static Registration {
    let section: &'static [SectionSpec] = Box::leak(Box::new([SectionSpec { id: section, access: Access::Cold }]));
    let p: &'static Toy = Box::leak(Box::new(Toy { id, section, does, produces, consumes }));
    Box::leak(Box::new(Registration { provider: p, origin: "test" }))
}

fn run(regs: Vec<&'static Registration>) -> Result<Snapshot, String> {
    let registry = Registry::from_registrations(regs).map_err(|e| e.to_string())?;
    let (bytes, _) = build(&registry, BuildOptions::new("toy 1")).map_err(|e| e.to_string())?;
    Snapshot::from_bytes(bytes, "artifacts.rmsnap").map_err(|e| e.to_string())
}

#[test]
fn the_consumer_builds_after_the_producer_whatever_their_ids() {
    // "a.consumer" sorts first; only the declared artifact orders it after "z.producer".
    let snap = run(vec![toy("a.consumer", "a.consumer", Does::Consume, &[], NUMBERS_DECL), toy("z.producer", "z.producer", Does::Produce, NUMBERS_DECL, &[])])
        .unwrap();
    assert_eq!(*snap.entry::<u64>("a.consumer", "sum").unwrap(), 42);
    // The artifact itself is nowhere in the file.
    assert_eq!(snap.keys("z.producer").unwrap(), ["ran"]);
}

#[test]
fn a_consumed_artifact_nobody_produces_is_a_registry_error() {
    let err = run(vec![toy("a.consumer", "a.consumer", Does::Consume, &[], NUMBERS_DECL)]).unwrap_err();
    assert_eq!(err, "provider `a.consumer`: artifact `toy/numbers` is consumed but no linked provider produces it");
}

#[test]
fn two_producers_or_two_consumers_of_one_artifact_are_registry_errors() {
    let err = run(vec![toy("p.one", "p.one", Does::Produce, NUMBERS_DECL, &[]), toy("p.two", "p.two", Does::Produce, NUMBERS_DECL, &[])]).unwrap_err();
    assert_eq!(err, "provider `p.two`: artifact `toy/numbers` is also produced by `p.one`");
    let err = run(vec![
        toy("p.one", "p.one", Does::Produce, NUMBERS_DECL, &[]),
        toy("c.one", "c.one", Does::Consume, &[], NUMBERS_DECL),
        toy("c.two", "c.two", Does::Consume, &[], NUMBERS_DECL),
    ])
    .unwrap_err();
    assert!(err.contains("artifact `toy/numbers` is also consumed by `c.one`"), "{err}");
}

#[test]
fn a_declared_artifact_that_is_not_put_fails_the_build() {
    let err = run(vec![toy("p.lazy", "p.lazy", Does::ProduceNothing, NUMBERS_DECL, &[]), toy("c.one", "c.one", Does::Consume, &[], NUMBERS_DECL)]).unwrap_err();
    assert_eq!(err, "provider `p.lazy`: artifact `toy/numbers` is declared under `produces` but was not put");
}

#[test]
fn putting_or_taking_an_undeclared_artifact_fails_the_build() {
    let err = run(vec![toy("p.sneaky", "p.sneaky", Does::PutUndeclared, OTHER_DECL, &[])]).unwrap_err();
    assert!(err.contains("puts artifact `toy/numbers`, which it does not declare under `produces`"), "{err}");
    let err = run(vec![
        toy("p.one", "p.one", Does::Produce, NUMBERS_DECL, &[]),
        toy("c.other", "c.other", Does::Consume, &[], NUMBERS_DECL),
        toy("t.sneaky", "t.sneaky", Does::TakeUndeclared, &[], &[]),
    ])
    .unwrap_err();
    assert!(err.contains("provider `t.sneaky`") && err.contains("takes artifact `toy/numbers`, which it does not declare under `consumes`"), "{err}");
}

#[test]
fn build_errors_are_typed() {
    let registry = Registry::from_registrations(vec![toy("a.consumer", "a.consumer", Does::Consume, &[], NUMBERS_DECL)]);
    assert!(matches!(registry.err(), Some(BuildError::Artifact { .. })));
}
