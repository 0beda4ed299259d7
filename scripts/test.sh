#!/usr/bin/env bash
# The project's test command: installs what the build needs, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Formatting is part of the build's contract (rustfmt.toml).
if cargo fmt --version >/dev/null 2>&1; then
    cargo fmt --all -- --check
else
    echo "rustfmt is not installed: formatting not checked"
fi
# Lints are part of it too (workspace lints in Cargo.toml; warnings are errors).
if cargo clippy --version >/dev/null 2>&1; then
    cargo clippy --workspace --all-targets --locked -- -D warnings
else
    echo "clippy is not installed: lints not checked"
fi
cargo test --workspace --locked "$@"
# The comparisons with the real `runmat` are #[ignore]d: run them when it is installed.
if [ -n "${RUNMAT_BIN:-}" ]; then
    cargo test --locked -p rmsnap --test against_runmat --test external_corpus --test test_command -p rmsnap-bench --test bench "$@" -- --ignored
else
    echo "RUNMAT_BIN is not set: the comparisons with the real runmat were not run (ignored)"
fi
# Bounded fuzzing of the loader and section decoders (60 s per target; see fuzz/README.md).
if [ "${RMSNAP_SKIP_FUZZ:-0}" != 1 ]; then
    bash scripts/fuzz.sh "${RMSNAP_FUZZ_SECONDS:-60}"
fi
