#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds seams, and analyzes the bundled shop
# monolith (samples/shop): proposed services, hotspots and reports under out/shop/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# The sample's own build exports its compile database.
cmake -S samples/shop -B build/shop-demo -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
build/cli/seams analyze -p build/shop-demo -o out/shop
echo "Results in out/shop/ (facts.json, decomposition.json and the reports beside them)"
