#!/bin/sh
# Output sizes against their budgets on generated projects (docs/PERFORMANCE.md, "Output
# sizes"): hotspot counts, the longest message, decomposition.json, index.html and
# hotspots.sarif (raw and gzipped). Exits 1 when a budget is exceeded.
# Usage: bench/hotspot_sizes.sh [MODULES COMPONENTS [CROSS]]...   (default: 10 100, 50 200)
# CROSS > 0 makes every component call CROSS other modules (bench/gen_report_facts.py): a worst
# case for the number of hotspots.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
SEAMS=${SEAMS:-$here/../build/cli/seams}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ $# -gt 0 ] || set -- "10 100" "50 200"
status=0
printf '| units | facts | services | hotspots (omitted) | longest message | decomposition.json | index.html | hotspots.sarif (gzip, results) | analyze |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for run in "$@"; do
  set -- $run
  m=$1 c=$2 x=${3:-0}
  python3 "$here/gen_report_facts.py" "$m" "$c" "$work/f.json" - "$x"
  start=$(date +%s)
  "$SEAMS" analyze -q --facts "$work/f.json" -o "$work/out" > /dev/null
  secs=$(( $(date +%s) - start ))
  python3 - "$work/out" "$m x $c$( [ "$x" = 0 ] || echo ", cross $x")" "$secs" <<'PY' || status=1
import gzip, json, os, sys
out, label, secs = sys.argv[1], sys.argv[2], sys.argv[3]
d = json.load(open(f"{out}/decomposition.json"))
units = sum(len(s["units"]) for s in d["services"]) + len(d["shared"]["units"])
hs = d["hotspots"]
sarif_raw = open(f"{out}/hotspots.sarif", "rb").read()
run = json.loads(sarif_raw)["runs"][0]
sizes = {n: os.path.getsize(f"{out}/{n}") for n in ("decomposition.json", "index.html")}
gz = len(gzip.compress(sarif_raw, 9))
longest = max((len(h["message"]) for h in hs), default=0)
mib = lambda b: f"{b / 1048576:.2f} MiB"
print(f"| {units:,} | `{label}` | {len(d['services'])} | {len(hs):,} ({d['hotspots_omitted']:,}) "
      f"| {longest} | {mib(sizes['decomposition.json'])} | {mib(sizes['index.html'])} "
      f"| {mib(len(sarif_raw))} ({mib(gz)}, {len(run['results']):,}) | {secs} s |")
# The budgets of docs/PERFORMANCE.md.
budget = [
    (len(hs) <= 2 * units, "at most 2 hotspots per unit"),
    (longest <= 300, "messages of at most 300 characters"),
    (all(len(h["edges"]) <= 50 for h in hs), "at most 50 edges per hotspot"),
    (len(run["results"]) <= 5000, "at most 5,000 SARIF results by default"),
    (all(len(r.get("locations", [])) + len(r.get("relatedLocations", [])) <= 100
         for r in run["results"]), "at most 100 locations per SARIF result"),
    (gz < 10 * 1048576, "hotspots.sarif under 10 MiB gzipped"),
    (sizes["decomposition.json"] <= 8192 * units, "decomposition.json within 8 KiB per unit"),
    (sizes["index.html"] <= 4096 * units + 1048576, "index.html within 4 KiB per unit + 1 MiB"),
]
failed = [what for ok, what in budget if not ok]
for what in failed:
    print(f"over budget: {what}", file=sys.stderr)
sys.exit(1 if failed else 0)
PY
done
exit $status
