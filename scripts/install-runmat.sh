#!/usr/bin/env bash
# Installs the real RunMat CLI (0.6.2) for side-by-side comparisons with
# `rmsnap run`: prints the binary's path. A long build (RunMat's whole tree),
# so it is not part of the test command. Then:
#   RUNMAT_BIN=$(bash scripts/install-runmat.sh) bash scripts/test.sh
#   target/release/rmsnap-bench --runmat "$(bash scripts/install-runmat.sh)"
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
root="${RUNMAT_INSTALL_ROOT:-$HOME/.cache/rmsnap/runmat-0.6.2}"
if [ ! -x "$root/bin/runmat" ]; then
    CARGO_TARGET_DIR="${RUNMAT_TARGET_DIR:-$HOME/.cache/rmsnap/runmat-target}" \
        cargo install runmat --version 0.6.2 --locked --no-default-features --features jit --root "$root" >&2
fi
echo "$root/bin/runmat"
