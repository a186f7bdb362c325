#!/usr/bin/env bash
# Warm-path benchmark: on one generated monolith (no system headers, so that a cold run of
# thousands of TUs stays cheap), with one cache directory and the same -j:
#   cold       seams extract, empty cache (the baseline)
#   warm       again, nothing changed (the run file: one read)
#   index      again, the run file deleted (every TU a hit of the cache index)
#   touched    after changing one .cpp (the index plus that TU)
#   header     after changing one class header (the index plus the TUs that include it)
# Each warm output must be byte-identical to a cold run of the same sources (checked).
# Usage: bench/warm_bench.sh [MODULES] [CLASSES] [JOBS]   (40 50 -> 2,000 TUs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
modules=${1:-40}; classes=${2:-50}; jobs=${3:-$(nproc)}
work=${BENCH_DIR:-/tmp/seams-warm-${modules}x${classes}}
[[ -x "$seams" ]] || { echo "build seams first (scripts/build.sh), or set SEAMS" >&2; exit 2; }

rm -rf "$work"
"$here/gen_monolith" --modules "$modules" --classes "$classes" --std-headers "" --out "$work" \
  >/dev/null
tus=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" \
  "$work/build/compile_commands.json")
: >"$work/times"
# run NAME: one seams extract with the shared cache; appends "NAME seconds peak_kb parsed"
run() {
  /usr/bin/time -f "%e %M" -o "$work/$1.time" "$seams" extract -p "$work/build" -j "$jobs" \
    --cache-dir "$work/cache" -o "$work/$1.json" >/dev/null 2>"$work/$1.err" ||
    { cat "$work/$1.err" >&2; exit 1; }
  parsed=$(grep -o '\[[0-9]* parsed' "$work/$1.err" | tr -dc 0-9)
  echo "$1 $(cat "$work/$1.time") $parsed" >>"$work/times"
}
# same NAME: NAME's output equals a cold run without cache of the current sources
same() {
  "$seams" extract -q -p "$work/build" -j "$jobs" --no-cache -o "$work/$1.fresh.json"
  cmp -s "$work/$1.json" "$work/$1.fresh.json" || { echo "$1 differs from a cold run" >&2; exit 1; }
}

run cold
run warm
cmp -s "$work/cold.json" "$work/warm.json" || { echo "warm run differs from cold" >&2; exit 1; }
rm -f "$work"/cache/*.run.json
run index
cmp -s "$work/cold.json" "$work/index.json" || { echo "index run differs from cold" >&2; exit 1; }
echo "// touched" >>"$work/src/mod_0/C1.cpp"
run touched
same touched
echo "inline int touchedHeader() { return 1; }" >>"$work/src/mod_1/C2.h"
run header
same header

python3 - "$work/times" "$tus" "$jobs" "$work/cold.json" <<'PY'
import json, sys
rows = [l.split() for l in open(sys.argv[1])]
f = json.load(open(sys.argv[4]))
cold = float(rows[0][1])
print(f"TUs {sys.argv[2]}, -j {sys.argv[3]}, entities {len(f['entities'])}, edges {len(f['edges'])}")
print(f"{'run':<9}{'seconds':>9}{'peak MB':>9}{'parsed':>8}{'of cold':>10}")
for name, s, kb, parsed in rows:
    print(f"{name:<9}{float(s):>9.2f}{int(kb)/1024:>9.0f}{parsed:>8}{100*float(s)/cold:>9.1f}%")
PY
