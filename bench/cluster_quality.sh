#!/usr/bin/env bash
# Clustering quality on planted partitions: generates monoliths with N modules and a growing
# share of cross-module calls, runs `seams analyze` (no pins) and prints MoJoFM and c2c against
# the planted modules (docs/PERFORMANCE.md). Usage: bench/cluster_quality.sh [MODULES] [CLASSES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
modules=${1:-10}; classes=${2:-20}
work=${BENCH_DIR:-/tmp/seams-quality}
printf "%-8s %-9s %-9s %s\n" cross MoJoFM c2c services
for cross in 0.05 0.20 0.40 0.60 0.80 0.90; do
  dir="$work/$cross"
  rm -rf "$dir"
  "$here/gen_monolith" --modules "$modules" --classes "$classes" --cross "$cross" --seed 7 --out "$dir" >/dev/null
  services=$("$seams" analyze -q -p "$dir/build" -o "$dir/out" --top 0 | head -1 | cut -d' ' -f1)
  result=$("$seams" compare "$dir/out/decomposition.json" "$dir/planted.csv")
  printf "%-8s %-9s %-9s %s\n" "$cross" "$(grep MoJoFM <<<"$result" | cut -d' ' -f2)" \
    "$(grep c2c <<<"$result" | cut -d' ' -f4)" "$services"
done
