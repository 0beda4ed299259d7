#!/usr/bin/env bash
# Installs the system packages rmsnap needs: HDF5 (runmat-runtime links it) and,
# for the registry tests, Debian's docker-registry (CNCF distribution). Idempotent.
set -euo pipefail
need=()
for pkg in libhdf5-dev pkg-config docker-registry; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
