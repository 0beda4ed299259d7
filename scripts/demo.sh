#!/usr/bin/env bash
# The main job: build a snapshot of the bundled toolbox, then run the demo script
# from it (with loading statistics), and once more from source for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Same target set as `cargo bench`, so both share one release build of RunMat.
cargo build --release --locked --workspace --bins --benches
bin=target/release/rmsnap
snap="${RMSNAP_SNAPSHOT:-target/demo.rmsnap}"
"$bin" build --out "$snap"
echo "--- demo.m from the snapshot"
"$bin" run providers/runmat/demo.m --snapshot "$snap" --snapshot-policy require --stats
echo "--- demo.m compiled from source"
"$bin" run providers/runmat/demo.m --no-snapshot --stats
