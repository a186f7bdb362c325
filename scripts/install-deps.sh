#!/usr/bin/env bash
# Installs the Debian 12 packages seams needs to build, test and benchmark; skips what is there.
# Usage: scripts/install-deps.sh
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  clang-16 libclang-16-dev llvm-16-dev          # the Clang front end (analyzer/)
  libboost-graph-dev                            # graph algorithms (graph/)
  libgit2-dev                                   # the change history (history/)
  libcli11-dev nlohmann-json3-dev libtomlplusplus-dev
  libgtest-dev libgmock-dev                     # tests
  libigraph-dev                                 # reference Leiden for the clustering check
  graphviz libgraphviz-dev                      # service map layout (reports/); DOT checks
  protobuf-compiler                             # protoc compiles the interface sketches (test)
  chromium                                      # the report's browser test (headless)
  curl                                          # docs/CI.md's recipes fetch the .deb (docs test)
)
# Node and npm drive the browser test (tests/browser); a Node install that brings its own npm
# (NodeSource) is kept as it is.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

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
