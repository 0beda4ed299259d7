//! A lookup verifies only the index page that can hold its key: a damaged page
//! elsewhere does not stop it, the damaged page's own entries are refused, and
//! whole-index readers (`keys`, `verify_all`) refuse the section.

mod common;

use common::{payload, snapshot_bytes};
use snapshot_core::layout::{self, PAGE_ENTRIES, RECORD_LEN};
use snapshot_core::{Codec, SectionErrorKind, Snapshot};

const ENTRIES: usize = 5 * PAGE_ENTRIES - 7;

fn key(i: usize) -> String {
    format!("entry{i:05}")
}

fn bytes() -> Vec<u8> {
    let entries = (0..ENTRIES).map(|i| (key(i), payload(i as u32, 40))).collect();
    snapshot_bytes(&[("t.paged", Codec::None, entries)])
}

#[test]
fn lookups_verify_one_page_and_damage_elsewhere_is_found_by_whole_index_readers() {
    let good = bytes();
    let snap = Snapshot::from_bytes(good.clone(), "good").unwrap();
    let section = snap.section("t.paged").unwrap().clone();
    let dir = layout::decode_directory(&section, &good[section.offset as usize..]).unwrap();
    assert_eq!(dir.pages.len(), 5);
    assert_eq!(dir.pages[3].first_key, key(3 * PAGE_ENTRIES));
    for i in [0, PAGE_ENTRIES - 1, PAGE_ENTRIES, ENTRIES - 1] {
        assert_eq!(&*snap.entry_bytes("t.paged", &key(i)).unwrap(), payload(i as u32, 40).as_slice());
    }
    assert_eq!(snap.keys("t.paged").unwrap().len(), ENTRIES);

    // One bit of a record on page 3.
    let mut bad = good.clone();
    let at = section.offset as usize + dir.len + (3 * PAGE_ENTRIES + 5) * RECORD_LEN + 20;
    bad[at] ^= 0x10;
    let snap = Snapshot::from_bytes(bad, "bad").unwrap();
    for i in [0, 2 * PAGE_ENTRIES + 3, 4 * PAGE_ENTRIES] {
        assert_eq!(&*snap.entry_bytes("t.paged", &key(i)).unwrap(), payload(i as u32, 40).as_slice(), "page of entry {i} is intact");
    }
    let err = snap.entry_bytes("t.paged", &key(3 * PAGE_ENTRIES + 1)).unwrap_err();
    assert_eq!(err.kind, SectionErrorKind::IndexDigest, "{err}");
    assert!(!snap.contains("t.paged", &key(3 * PAGE_ENTRIES + 9)).is_ok_and(|found| found));
    assert!(snap.keys("t.paged").is_err());
    assert!(snap.verify_all().is_err());

    // A damaged directory refuses the whole section on first access.
    let mut bad = good;
    bad[section.offset as usize + 40] ^= 1;
    let snap = Snapshot::from_bytes(bad, "bad directory").unwrap();
    let err = snap.entry_bytes("t.paged", &key(0)).unwrap_err();
    assert_eq!(err.kind, SectionErrorKind::IndexDigest, "{err}");
}
