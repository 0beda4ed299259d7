//! Layers: a snapshot split by an assignment of its entries composes back into
//! the same bytes (signed or not); an unchanged layer keeps its bytes when
//! another layer's entries change, or come and go; a layer is composed only
//! with its own base.

mod common;

use common::*;
use proptest::prelude::*;
use snapshot_core::layers::{compose, split, LayerError, BASE, RECORDS};
use snapshot_core::{Codec, SecretKey, Snapshot};

/// Sections with records (`@...`, always the records layer's) and entries whose first
/// letter names their layer (`a…` → layer `a`; `x…` stays in the base).
fn sections(edit: u32) -> Vec<Section<'static>> {
    vec![
        (
            "test.hot",
            Codec::Lz4,
            vec![("@unit".into(), b"ids 1-9".to_vec()), ("a1".into(), payload(1, 900)), ("b1".into(), payload(2 + edit, 400)), ("x1".into(), payload(3, 50))],
        ),
        ("test.plain", Codec::None, vec![("a2".into(), payload(4, 300)), ("b2".into(), vec![])]),
        ("test.cold", Codec::Zstd, vec![("@facts".into(), b"a1 b1".to_vec()), ("a3".into(), payload(5, 2000)), ("x3".into(), payload(6, 10))]),
    ]
}

fn by_first_letter(_section: &str, key: &str) -> Option<String> {
    key.chars().next().filter(|c| *c != 'x').map(|c| c.to_string())
}

fn open_all(layers: &[snapshot_core::layers::Layer]) -> Vec<Snapshot> {
    layers.iter().map(|l| Snapshot::from_bytes(l.bytes.clone(), format!("{}.rmsnap", l.name)).expect("each layer is a valid snapshot")).collect()
}

#[test]
fn split_then_compose_gives_the_same_bytes_signed_or_not() {
    let mut whole = snapshot_bytes(&sections(0));
    let mut unsigned: Vec<snapshot_core::layers::Layer> = Vec::new();
    for signed in [false, true] {
        if signed {
            snapshot_core::sign::sign_bytes(&mut whole, &SecretKey::from_seed(&[7; 32])).unwrap();
        }
        let snap = Snapshot::from_bytes(whole.clone(), "whole.rmsnap").unwrap();
        let layers = split(&snap, &by_first_letter).unwrap();
        let names: Vec<&str> = layers.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, [BASE, RECORDS, "a", "b"]);
        let opened = open_all(&layers);
        assert_eq!(opened[2].keys("test.hot").unwrap(), ["a1"]);
        assert_eq!(opened[0].keys("test.cold").unwrap(), ["x3"]);
        assert_eq!(opened[1].keys("test.cold").unwrap(), ["@facts"]);
        let composed = compose(&opened[0], &opened[1..]).unwrap();
        assert!(composed == whole, "signed: {signed}: composed file differs from the original");
        assert_eq!(Snapshot::from_bytes(composed, "c.rmsnap").unwrap().is_signed(), signed);
        if signed {
            // The signature travels with the records: every other layer is the unsigned one's.
            let changed: Vec<&str> = unsigned.iter().zip(&layers).filter(|(x, y)| x.bytes != y.bytes).map(|(x, _)| x.name.as_str()).collect();
            assert_eq!(changed, [RECORDS]);
        }
        unsigned = layers;
    }
}

/// A whole built at another zstd level than the builds' default composes back
/// all the same: entries are copied as stored, never recompressed.
#[test]
fn a_whole_built_at_any_zstd_level_composes_back() {
    let header = Snapshot::from_bytes(snapshot_bytes(&sections(0)), "h.rmsnap").unwrap().header().clone();
    let outputs: Vec<snapshot_core::SectionOutput> = sections(0)
        .iter()
        .map(|(id, _, entries)| {
            let mut out = snapshot_core::SectionOutput::new(*id);
            for (k, v) in entries {
                out.insert_raw(k.clone(), v.clone()).unwrap();
            }
            out
        })
        .collect();
    let planned: Vec<snapshot_core::PlannedSection> =
        outputs.iter().zip(sections(0)).map(|(section, (_, codec, _))| snapshot_core::PlannedSection { section, provider: "test.provider", codec }).collect();
    for level in [1, 19] {
        let whole = snapshot_core::encode_snapshot(&header, &planned, level).unwrap().0;
        let snap = Snapshot::from_bytes(whole.clone(), "w.rmsnap").unwrap();
        let opened = open_all(&split(&snap, &by_first_letter).unwrap());
        assert!(compose(&opened[0], &opened[1..]).unwrap() == whole, "zstd level {level}");
    }
}

#[test]
fn a_change_in_one_layer_leaves_the_others_byte_identical() {
    let split_of = |edit| split(&Snapshot::from_bytes(snapshot_bytes(&sections(edit)), "w.rmsnap").unwrap(), &by_first_letter).unwrap();
    let (before, after) = (split_of(0), split_of(1));
    let changed: Vec<&str> = before.iter().zip(&after).filter(|(x, y)| x.bytes != y.bytes).map(|(x, _)| x.name.as_str()).collect();
    assert_eq!(changed, ["b"]);
}

/// An entry added to one layer changes that layer and the records that list
/// it; the base and every other layer keep their bytes.
#[test]
fn an_entry_added_changes_its_layer_and_the_records_only() {
    let split_of = |s: &[Section<'static>]| split(&Snapshot::from_bytes(snapshot_bytes(s), "w.rmsnap").unwrap(), &by_first_letter).unwrap();
    let before = split_of(&sections(0));
    let mut more = sections(0);
    more[2].2.insert(2, ("a0".into(), payload(9, 700)));
    more[2].2[0].1 = b"a0 a1 b1".to_vec();
    let after = split_of(&more);
    let changed: Vec<&str> = before.iter().zip(&after).filter(|(x, y)| x.bytes != y.bytes).map(|(x, _)| x.name.as_str()).collect();
    assert_eq!(changed, [RECORDS, "a"]);
    let opened = open_all(&after);
    assert!(compose(&opened[0], &opened[1..]).unwrap() == snapshot_bytes(&more));
}

#[test]
fn a_layer_of_another_base_or_target_is_refused_naming_the_field() {
    let a = split(&Snapshot::from_bytes(snapshot_bytes(&sections(0)), "w.rmsnap").unwrap(), &by_first_letter).unwrap();
    // Another base: one of its own entries differs.
    let mut other = sections(0);
    other[0].2[3].1 = payload(8, 50);
    let b = split(&Snapshot::from_bytes(snapshot_bytes(&other), "v.rmsnap").unwrap(), &by_first_letter).unwrap();
    for layer in [1, 2] {
        let e = compose(&open_all(&a)[0], &open_all(&b)[layer..layer + 1]).unwrap_err();
        let name = &b[layer].name;
        assert!(matches!(&e, LayerError::Incompatible { layer, error } if layer == name && error.field == "meta.layer.base"), "{e}");
    }
    // A layer where the base should be.
    let e = compose(&open_all(&a)[1], &[]).unwrap_err().to_string();
    assert!(e.contains("is not a base"), "{e}");
    // The same entry in two layers.
    let twice: Vec<Snapshot> = open_all(&a[2..3]).into_iter().chain(open_all(&a[2..3])).collect();
    let e = compose(&open_all(&a)[0], &twice).unwrap_err().to_string();
    assert!(e.contains("layer `a`") && e.contains("also in another layer"), "{e}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, .. ProptestConfig::default() })]
    /// Any assignment of entries to layers composes back into the original.
    #[test]
    fn any_assignment_composes_back(assign in proptest::collection::vec(0u8..4, 9)) {
        let whole = snapshot_bytes(&sections(0));
        let snap = Snapshot::from_bytes(whole.clone(), "w.rmsnap").unwrap();
        let keys: Vec<(String, String)> = snap.sections().flat_map(|r| snap.keys(&r.id).unwrap().into_iter().map(|k| (r.id.clone(), k.to_string())).collect::<Vec<_>>()).collect();
        let chosen = |section: &str, key: &str| {
            let i = keys.iter().position(|(s, k)| s == section && k == key).unwrap_or(0) % assign.len();
            (assign[i] > 0).then(|| format!("l{}", assign[i]))
        };
        let layers = split(&snap, &chosen).unwrap();
        let opened = open_all(&layers);
        prop_assert!(compose(&opened[0], &opened[1..]).unwrap() == whole);
    }
}
