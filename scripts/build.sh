#!/usr/bin/env bash
# Configures and builds seams into build/ (Release with debug info). Usage: scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSEAMS_WERROR=ON >/dev/null
cmake --build build -j "$(nproc)"
