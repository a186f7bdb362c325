#!/usr/bin/env bash
# Warm `seams check` benchmark: on a generated monolith whose baseline knows ~25,000
# cross-service dependencies, times (same cache, same -j, nothing changed)
#   extract   seams extract, warm: reading every cache entry (the baseline of the ratio)
#   check     seams check, warm, text to standard output (must pass: exit 0)
#   sarif     seams check, warm, SARIF to a file (every known dependency is a result)
# each RUNS times, and prints the medians, check / extract, and the known dependencies.
# Usage: bench/check_bench.sh [MODULES] [CLASSES] [METHODS] [CALLS] [CROSS] [JOBS] [RUNS]
#        (defaults 20 10 12 6 0.8 2 5: 200 TUs, ~25,000 known dependencies)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
modules=${1:-20}; classes=${2:-10}; methods=${3:-12}; calls=${4:-6}; cross=${5:-0.8}
jobs=${6:-2}; runs=${7:-5}
work=${BENCH_DIR:-/tmp/seams-check-bench-${modules}x${classes}x${methods}x${calls}}
[[ -x "$seams" ]] || { echo "build seams first (scripts/build.sh), or set SEAMS" >&2; exit 2; }

rm -rf "$work"
"$here/gen_monolith" --modules "$modules" --classes "$classes" --methods "$methods" \
  --calls "$calls" --cross "$cross" --out "$work" >/dev/null
# One pinned service per module, common/ shared: the baseline's boundaries are the planted ones.
{
  for ((m = 0; m < modules; ++m)); do printf '[services.mod_%d]\ninclude = ["mod_%d/**"]\n' "$m" "$m"; done
  printf '[shared]\ninclude = ["common/**"]\n'
} >"$work/seams.toml"
db=(-p "$work/build" -j "$jobs" --cache-dir "$work/cache")

# measure NAME CMD...: appends "NAME seconds peak_kb" to $work/times; the command must exit 0.
measure() {
  local name=$1; shift
  /usr/bin/time -f "$name %e %M" -a -o "$work/times" "$@" >/dev/null 2>"$work/$name.err" ||
    { cat "$work/$name.err" >&2; exit 1; }
}
: >"$work/times"
measure cold-baseline "$seams" baseline -q "${db[@]}" --config "$work/seams.toml" \
  -o "$work/seams-baseline.json"
for ((r = 0; r < runs; ++r)); do
  measure extract "$seams" extract -q "${db[@]}" -o "$work/facts.json"
  measure check "$seams" check -q "${db[@]}" --baseline "$work/seams-baseline.json"
  measure sarif "$seams" check -q "${db[@]}" --baseline "$work/seams-baseline.json" \
    --format sarif --output "$work/check.sarif"
done

python3 - "$work" "$jobs" <<'PY'
import json, statistics, sys
work, jobs = sys.argv[1], sys.argv[2]
t = {}
for line in open(f"{work}/times"):
    name, sec, kb = line.split()
    t.setdefault(name, []).append((float(sec), int(kb)))
b = json.load(open(f"{work}/seams-baseline.json"))
size = len(open(f"{work}/seams-baseline.json", "rb").read())
tus = len(json.load(open(f"{work}/build/compile_commands.json")))
print(f"TUs {tus}, -j {jobs}, services {len(b['services'])}, known dependencies "
      f"{len(b['dependencies'])}, baseline {size / 2**20:.1f} MiB")
print(f"cold seams baseline: {t['cold-baseline'][0][0]:.2f} s")
med = {k: statistics.median(s for s, _ in v) for k, v in t.items()}
print(f"{'run (median of ' + str(len(t['check'])) + ')':<24}{'seconds':>9}{'peak MB':>9}{'/ extract':>11}")
for k in ("extract", "check", "sarif"):
    peak = max(kb for _, kb in t[k]) / 1024
    print(f"{k:<24}{med[k]:>9.2f}{peak:>9.0f}{med[k] / med['extract']:>11.2f}")
PY
