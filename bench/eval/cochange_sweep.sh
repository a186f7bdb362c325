#!/usr/bin/env bash
# Co-change weight sweep (docs/EVALUATION.md, docs/HISTORY.md): for each line "NAME SOURCE_DIR
# BUILD_DIR" of a list file (local git checkouts with a compile database; nothing is fetched or
# built), takes the facts and reference of eval_project.sh (extracted once, cached in EVAL_DIR),
# then runs `seams analyze --facts --root SOURCE_DIR` (the history read from SOURCE_DIR's git)
# with `[weights] cochange = W` for each W of WEIGHTS, and prints per project and weight the
# MoJoFM against the reference, the services, the unit pairs that changed together and the
# independent change rate; then the mean MoJoFM per weight.
# Usage: bench/eval/cochange_sweep.sh PROJECTS.list
# Env: WEIGHTS (default "0 0.5 1 2 4"), SEAMS (binary), EVAL_DIR (default /tmp/seams-eval).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../../build/cli/seams}
export SEAMS=$seams
[ $# -eq 1 ] || { echo "usage: $0 PROJECTS.list" >&2; exit 2; }
weights=${WEIGHTS:-0 0.5 1 2 4}
eval_dir=${EVAL_DIR:-/tmp/seams-eval}
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
printf "%-10s %8s %7s %9s %6s %12s\n" project cochange MoJoFM services pairs independent
while read -r name src build; do
  case "$name" in ''|'#'*) continue ;; esac
  EVAL_ROWS='^$' "$here/eval_project.sh" "$name" "$src" "$build" >/dev/null # facts, reference
  out=$eval_dir/$name
  for w in $weights; do
    dir=$out/cochange/w$w
    mkdir -p "$dir"
    printf '[weights]\ncochange = %s\n' "$w" >"$dir/seams.toml"
    "$seams" analyze -q --facts "$out/facts.json" --root "$src" --cache-dir "$out/history-cache" \
      --config "$dir/seams.toml" -o "$dir" --top 0 >/dev/null
    m=$("$seams" compare "$dir/decomposition.json" "$out/reference.csv" | awk '/^MoJoFM/ {print $2}')
    read -r services pairs share commits < <(python3 - "$dir/decomposition.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
c = d.get("change") or {}
print(len(d["services"]), len(c.get("unit_pairs", [])),
      round(100 * c.get("independent_share", 0), 1), c.get("commits", 0))
PY
)
    printf "%-10s %8s %7s %9s %6s %11s%% of %s\n" "$name" "$w" "$m" "$services" "$pairs" "$share" \
      "$commits" | tee -a "$summary"
  done
done <"$1"
awk '{s[$2] += $3; n[$2]++} END {for (w in s) printf "mean cochange %s: MoJoFM %.1f over %d projects\n", w, s[w] / n[w], n[w]}' \
  "$summary" | sort -t' ' -k3 -g
