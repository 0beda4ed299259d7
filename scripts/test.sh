#!/usr/bin/env bash
# The project's test command: installs what the build needs, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --workspace --locked "$@"
# Bounded fuzzing of the loader and section decoders (60 s per target; see fuzz/README.md).
if [ "${RMSNAP_SKIP_FUZZ:-0}" != 1 ]; then
    bash scripts/fuzz.sh "${RMSNAP_FUZZ_SECONDS:-60}"
fi
