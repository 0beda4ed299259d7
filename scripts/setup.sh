#!/usr/bin/env bash
# Installs the system packages rmsnap needs (runmat-runtime links HDF5). Idempotent.
set -euo pipefail
need=()
for pkg in libhdf5-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
