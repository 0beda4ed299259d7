//! The checked-in format-v5 file must stay readable, and today's encoder must
//! still produce it byte for byte (a layout change without a version bump fails here).
//! After a version bump, rename `GOLDEN` and regenerate with `RMSNAP_BLESS=1 cargo test --workspace --test golden`.

mod common;

use common::{expected_entries, mixed_sections, read_all, snapshot_bytes};

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/format-v5.rmsnap");

#[test]
fn golden_v5_file_still_reads_and_matches_the_encoder() {
    let fresh = snapshot_bytes(&mixed_sections());
    if std::env::var_os("RMSNAP_BLESS").is_some() {
        std::fs::write(GOLDEN, &fresh).unwrap();
    }
    let golden = std::fs::read(GOLDEN).expect("golden file missing; see this file's header");
    assert_eq!(&golden[8..12], &snapshot_core::FORMAT_VERSION.to_le_bytes(), "golden file is for another format version");
    assert_eq!(read_all(golden.clone()).unwrap(), expected_entries(&mixed_sections()));
    assert!(golden == fresh, "encoder output differs from the golden v5 file: bump FORMAT_VERSION, update FORMAT.md, re-bless");
}
