#!/usr/bin/env bash
# Installs the Debian 12 packages seams needs to build, test and benchmark; skips what is there.
# Usage: scripts/install-deps.sh [--browser]   (--browser adds Chromium and Node for the report test)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  clang-16 libclang-16-dev llvm-16-dev          # the Clang front end (analyzer/)
  libboost-graph-dev                            # graph algorithms (graph/)
  libcli11-dev nlohmann-json3-dev libtomlplusplus-dev
  libgtest-dev libgmock-dev                     # tests
  libigraph-dev                                 # reference Leiden for the clustering check
  graphviz                                      # validates the DOT output in tests
)
if [[ "${1:-}" == "--browser" ]]; then
  packages+=(chromium nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
