#!/usr/bin/env bash
# Bounded fuzzing of snapshot-core: runs every cargo-fuzz target in fuzz/ for
# SECONDS each (default 60), seeded from the committed corpus (copied to a temp
# dir, so the repository's corpus never grows). Exits non-zero if any target
# crashes, times out or runs out of memory, and prints where the input is.
#
#   scripts/fuzz.sh            # 60 s per target (CI)
#   scripts/fuzz.sh 3600       # an hour per target
#
# Environment:
#   FUZZ_TARGETS    targets to run (default: every target in fuzz/fuzz_targets)
#   FUZZ_TOOLCHAIN=stable  use stable + RUSTC_BOOTSTRAP=1 even if nightly is installed
#   FUZZ_TIMEOUT    seconds one input may take before it counts as a hang (default 30)
#   CARGO_TARGET_DIR  build dir (default $HOME/.cache/rmsnap/fuzz-target, kept warm between runs)
#   FUZZ_KEEP_CORPUS=1  keep the grown temp corpus and print its path
# See fuzz/README.md for turning a crash into a regression test.
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: $0 [SECONDS per target, default 60]" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/rmsnap/fuzz-target}"
mkdir -p "$CARGO_TARGET_DIR"

# cargo-fuzz, installed once per machine.
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "==> installing cargo-fuzz"
    cargo install --locked cargo-fuzz
fi

# Sanitizers need nightly; without one, stable with RUSTC_BOOTSTRAP=1 works too
# (FUZZ_TOOLCHAIN=stable forces that fallback).
if [ "${FUZZ_TOOLCHAIN:-}" != stable ] && command -v rustup >/dev/null 2>&1 && rustup toolchain list | grep '^nightly' >/dev/null; then
    toolchain=(+nightly)
    echo "==> toolchain: nightly ($(rustc +nightly --version))"
else
    export RUSTC_BOOTSTRAP=1
    toolchain=()
    if command -v rustup >/dev/null 2>&1; then toolchain=(+stable); fi
    echo "==> toolchain: stable with RUSTC_BOOTSTRAP=1 ($(rustc "${toolchain[@]}" --version))"
fi
fuzz=(cargo "${toolchain[@]}" fuzz)

if [ -n "${FUZZ_TARGETS:-}" ]; then
    read -r -a targets <<<"$FUZZ_TARGETS"
else
    mapfile -t targets < <("${fuzz[@]}" list)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/rmsnap-fuzz.XXXXXX")"
if [ "${FUZZ_KEEP_CORPUS:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
fi

echo "==> building ${targets[*]}"
"${fuzz[@]}" build

failed=()
for target in "${targets[@]}"; do
    corpus="$work/corpus/$target"
    artifacts="$root/fuzz/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    if [ -d "fuzz/corpus/$target" ]; then
        cp -R "fuzz/corpus/$target/." "$corpus/"
    fi
    log="$work/$target.log"
    echo "==> fuzzing $target for ${seconds}s ($(find "$corpus" -type f | wc -l) seeds)"
    set +e
    "${fuzz[@]}" run "$target" "$corpus" -- \
        -max_total_time="$seconds" \
        -rss_limit_mb=2048 \
        -max_len=262144 \
        -timeout="${FUZZ_TIMEOUT:-30}" \
        -print_final_stats=1 2>&1 | tee "$log" | grep --line-buffered -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|==[0-9]+==|SUMMARY|Done |stat::|.*Test unit written to|Failing input:|thread .* panicked)'
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        echo "!!! $target failed (exit $status); last lines of its log:" >&2
        tail -n 40 "$log" >&2
        grep -h 'Test unit written to' "$log" | sed 's/.*Test unit written to /!!! crash input: /' >&2 || true
        echo "!!! (cargo-fuzz keeps crash inputs in $artifacts)" >&2
        echo "!!! reproduce: ${fuzz[*]} run $target <crash input>" >&2
        echo "!!! minimize:  ${fuzz[*]} tmin $target <crash input>" >&2
    else
        echo "==> $target: no crash ($(find "$corpus" -type f | wc -l) corpus entries)"
    fi
done

if [ "${FUZZ_KEEP_CORPUS:-0}" = 1 ]; then
    echo "==> grown corpus kept in $work/corpus"
fi
if [ "${#failed[@]}" -ne 0 ]; then
    echo "FAILED: ${failed[*]} (inputs under fuzz/artifacts/, see above)" >&2
    exit 1
fi
echo "==> all targets ran ${seconds}s without a crash"
