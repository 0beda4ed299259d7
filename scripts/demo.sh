#!/usr/bin/env bash
# The main job: run the demo script the way a RunMat user would, with no build
# step: the first run compiles from source and writes a snapshot for its library
# set into the automatic cache, the second starts from it; then once more from
# source for comparison. A private cache under target/ keeps the first run a miss.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Same target set as `cargo bench`, so both share one release build of RunMat.
cargo build --release --locked --workspace --bins --benches
bin=target/release/rmsnap
export XDG_CACHE_HOME="${XDG_CACHE_HOME:-$PWD/target/demo-cache}"
"$bin" cache clear >/dev/null
echo "--- demo.m, first run: from source, writes the snapshot for the next run"
"$bin" run providers/runmat/demo.m --stats
echo "--- demo.m, second run: from the automatic snapshot"
"$bin" run providers/runmat/demo.m --stats --snapshot-policy require
echo "--- demo.m compiled from source"
"$bin" run providers/runmat/demo.m --no-snapshot --stats
