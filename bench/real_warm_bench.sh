#!/usr/bin/env bash
# Warm-path benchmark on a real compile database, with one cache directory and the same -j:
#   cold       seams extract, empty cache (the baseline)
#   warm       again, nothing changed (the run file: one read)
#   index      again, the run file deleted (every TU a hit of the cache index)
#   touched    after appending a comment to one .cpp of the database (the index plus that TU)
#   restored   after restoring that .cpp (the index plus that TU again)
# warm, index and restored must be byte-identical to cold, touched to a run without cache of
# the touched sources (checked; that run is not timed). The touched file is restored on exit,
# with its timestamps.
# Usage: bench/real_warm_bench.sh BUILD_DIR ROOT [JOBS] [TOUCH]
#   BUILD_DIR  holds compile_commands.json; ROOT is the project root (passed as --root)
#   TOUCH      the .cpp to touch (default: the database's first .cpp under ROOT)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
build=${1:?BUILD_DIR}; root=$(cd "${2:?ROOT}" && pwd); jobs=${3:-$(nproc)}; touch=${4:-}
work=${BENCH_DIR:-/tmp/seams-real-warm}
[[ -x "$seams" ]] || { echo "build seams first (scripts/build.sh), or set SEAMS" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work"

read -r tus touch < <(python3 - "$build/compile_commands.json" "$root" "$touch" <<'PY'
import json, os, sys
db, root, touch = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
files = [os.path.normpath(os.path.join(e["directory"], e["file"])) for e in db]
if not touch:
    touch = next(f for f in files if f.startswith(root + "/") and f.endswith(".cpp"))
print(len(db), os.path.abspath(touch))
PY
)
cp -p "$touch" "$work/touched.orig"
trap 'cp -p "$work/touched.orig" "$touch"' EXIT

: >"$work/times"
# run NAME: one seams extract with the shared cache; appends "NAME seconds peak_kb parsed"
run() {
  /usr/bin/time -f "%e %M" -o "$work/$1.time" "$seams" extract -p "$build" --root "$root" \
    -j "$jobs" --cache-dir "$work/cache" -o "$work/$1.json" >/dev/null 2>"$work/$1.err" ||
    { cat "$work/$1.err" >&2; exit 1; }
  parsed=$(grep -o '\[[0-9]* parsed' "$work/$1.err" | tr -dc 0-9)
  echo "$1 $(cat "$work/$1.time") ${parsed:-0}" >>"$work/times"
}
# same NAME: NAME's output equals a run without cache of the current sources
same() {
  "$seams" extract -q -p "$build" --root "$root" -j "$jobs" --no-cache -o "$work/$1.fresh.json"
  cmp -s "$work/$1.json" "$work/$1.fresh.json" || { echo "$1 differs from a cold run" >&2; exit 1; }
}
# equal NAME: NAME's output equals the cold run's
equal() { cmp -s "$work/cold.json" "$work/$1.json" || { echo "$1 differs from cold" >&2; exit 1; }; }

run cold
run warm
equal warm
rm -f "$work"/cache/*.run.json
run index
equal index
echo "// touched" >>"$touch"
run touched
same touched
cp -p "$work/touched.orig" "$touch"
run restored
equal restored

python3 - "$work/times" "$tus" "$jobs" "$work/cold.json" "$touch" <<'PY'
import json, sys
rows = [l.split() for l in open(sys.argv[1])]
f = json.load(open(sys.argv[4]))
cold = float(rows[0][1])
print(f"TUs {sys.argv[2]}, -j {sys.argv[3]}, entities {len(f['entities'])}, edges {len(f['edges'])}, "
      f"touched {sys.argv[5]}")
print(f"{'run':<9}{'seconds':>9}{'peak MB':>9}{'parsed':>8}{'of cold':>10}")
for name, s, kb, parsed in rows:
    print(f"{name:<9}{float(s):>9.2f}{int(kb)/1024:>9.0f}{parsed:>8}{100*float(s)/cold:>9.1f}%")
PY
