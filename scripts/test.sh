#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds seams, and runs every test (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh "$@"
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
