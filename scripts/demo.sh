#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds seams, and analyzes the bundled shop
# monolith (samples/shop), writing its results under out/shop/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# The sample's own build exports its compile database.
cmake -S samples/shop -B build/samples/shop -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
mkdir -p out/shop
build/cli/seams extract -p build/samples/shop -o out/shop/facts.json
echo "Wrote out/shop/facts.json"
