#!/usr/bin/env bash
# Report benchmark: synthesizes the facts of a MODULES x COMPONENTS project (default 50 x 200 =
# 10,000 component units; extraction is not what this measures), runs `seams analyze --facts`,
# and loads the resulting index.html in headless Chromium (tests/browser/report_bench.mjs):
# DOMContentLoaded and first dependency-matrix paint must stay under 2 s (docs/PERFORMANCE.md).
# Needs node, /usr/bin/chromium and `npm ci` in tests/browser (scripts/test.sh does both).
# Usage: bench/report_bench.sh [MODULES] [COMPONENTS] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
modules=${1:-50}; comps=${2:-200}; runs=${3:-5}
work=${BENCH_DIR:-/tmp/seams-report-bench-${modules}x${comps}}
[[ -x "$seams" ]] || { echo "build seams first (scripts/build.sh), or set SEAMS" >&2; exit 2; }
mkdir -p "$work"
[[ -s "$work/facts.json" ]] || python3 "$here/gen_report_facts.py" "$modules" "$comps" "$work/facts.json"
/usr/bin/time -f "analyze: %e s, peak %M KiB" "$seams" analyze --facts "$work/facts.json" \
  -o "$work/out" --top 0 >/dev/null
node "$here/../tests/browser/report_bench.mjs" "$work/out/index.html" "$runs"
