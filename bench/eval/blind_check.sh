#!/usr/bin/env bash
# Structure-blindness check (docs/EVALUATION.md): the clustering never reads directory or file
# names, so renaming every directory and file stem of a project (sort order reversed) must give
# the same partition. Analyzes FACTS and its renamed copy with each seed, maps the renamed
# proposal back, and prints MoJoFM between the two (100.0 when the partitions are equal).
# Usage: bench/eval/blind_check.sh FACTS.json [analyze args...]
# Env: SEAMS (binary), EVAL_SEEDS (default "42"), EVAL_DIR (scratch, default a temporary dir).
# Exit: 0 when every seed gives 100.0, 1 otherwise, 2 for bad usage.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../../build/cli/seams}
[ $# -ge 1 ] && [ -f "$1" ] || { echo "usage: $0 FACTS.json [analyze args...]" >&2; exit 2; }
facts=$1; shift
dir=${EVAL_DIR:-$(mktemp -d)}
mkdir -p "$dir"
python3 "$here/rename_paths.py" "$facts" "$dir/renamed.json" "$dir/map.csv"
status=0
for seed in ${EVAL_SEEDS:-42}; do
  "$seams" analyze -q --no-history --facts "$facts" --seed "$seed" --top 0 -o "$dir/plain" "$@" >/dev/null
  "$seams" analyze -q --no-history --facts "$dir/renamed.json" --seed "$seed" --top 0 \
    -o "$dir/renamed" "$@" >/dev/null
  # The renamed proposal under the original paths: file,service CSV (shared files as one cluster).
  python3 - "$dir/renamed/decomposition.json" "$dir/map.csv" >"$dir/back.csv" <<'PY'
import csv, json, sys
back = {new: old for old, new in csv.reader(open(sys.argv[2]))}
d = json.load(open(sys.argv[1]))
print("file,service")
for i, s in enumerate(d["services"]):
    for f in s["files"]:
        print("%s,s%d" % (back[f], i))
for f in d["shared"]["files"]:
    print("%s,(shared)" % back[f])
PY
  mojo=$("$seams" compare "$dir/plain/decomposition.json" "$dir/back.csv" | awk '/^MoJoFM/{print $2}')
  echo "seed $seed: MoJoFM $mojo between the proposals before and after renaming"
  [ "$mojo" = 100.0 ] || status=1
done
exit $status
