#!/usr/bin/env bash
# Evaluation harness, one project (docs/EVALUATION.md): extracts its facts once (cached), builds
# the reference from the project's module rules (bench/eval/projects/NAME.conf), then runs
# `seams analyze --facts` for the default, each signal alone and left out (bench/eval/signals.conf),
# the extra variants (bench/eval/variants.conf), the include-graph Louvain baseline and one cluster,
# and prints one table: MoJoFM and c2c against the reference, services, seconds. When SOURCE_DIR
# is a git work tree on a branch, every row reads its history (co-change), as `seams analyze` does.
# Usage: bench/eval/eval_project.sh NAME SOURCE_DIR BUILD_DIR   (never fetches or builds anything)
#        NAME may also be the path of a .conf of your own (PATH/NAME.conf), for a project of yours.
# Env: SEAMS (binary), EVAL_DIR (outputs, default /tmp/seams-eval), EVAL_JOBS (extract -j, 2),
#      EVAL_ROWS (regex of row names to run, default all), EVAL_SEEDS (the --seed values each row
#      runs with, default "42"; each column is the mean over them, MoJoFM-range their min-max).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../../build/cli/seams}
[ $# -eq 3 ] || { echo "usage: $0 NAME SOURCE_DIR BUILD_DIR" >&2; exit 2; }
name=$1; src=$(cd "$2" && pwd); build=$(cd "$3" && pwd)
conf=$here/projects/$name.conf
if [[ $name == *.conf ]]; then conf=$name; name=$(basename "$name" .conf); fi
[ -f "$conf" ] || { echo "no project file $conf" >&2; exit 2; }
out=${EVAL_DIR:-/tmp/seams-eval}/$name
rows=${EVAL_ROWS:-.}
seeds=${EVAL_SEEDS:-42}
mkdir -p "$out/configs"

# Extract once: the facts depend only on the source, the build and the exclusions.
excludes=()
while read -r kw glob _; do
  [ "$kw" = exclude ] && excludes+=(--exclude "$glob")
done <"$conf"
if [ ! -s "$out/facts.json" ]; then
  "$seams" extract -q -p "$build" --root "$src" "${excludes[@]}" -j "${EVAL_JOBS:-2}" \
    --cache-dir "$out/cache" -o "$out/facts.json"
fi
python3 "$here/reference.py" "$out/facts.json" "$conf" >"$out/reference.csv"

# Row configs: NAME|extra analyze args|config file.
all_keys=()
declare -A signal_keys
while read -r sig keys; do
  case "$sig" in ''|'#'*) continue ;; esac
  signal_keys[$sig]=$keys
  for k in $keys; do all_keys+=("$k"); done
done <"$here/signals.conf"
signals=$(grep -v '^#' "$here/signals.conf" | awk 'NF {print $1}')
weights() { # KEY=0 lines for the keys given
  echo "[weights]"
  for k in "$@"; do echo "$k = 0"; done
}
specs=("default||")
for sig in $signals; do
  others=()
  for k in "${all_keys[@]}"; do
    [[ " ${signal_keys[$sig]} " == *" $k "* ]] || others+=("$k")
  done
  weights "${others[@]}" >"$out/configs/alone-$sig.toml"
  # shellcheck disable=SC2086
  weights ${signal_keys[$sig]} >"$out/configs/without-$sig.toml"
  specs+=("alone:$sig||$out/configs/alone-$sig.toml" "without:$sig||$out/configs/without-$sig.toml")
done
if [ -f "$here/variants.conf" ]; then
  while IFS='|' read -r vname vargs vtoml; do
    case "$vname" in ''|'#'*) continue ;; esac
    printf '%b\n' "$vtoml" >"$out/configs/variant-$vname.toml"
    specs+=("$vname|$vargs|$out/configs/variant-$vname.toml")
  done <"$here/variants.conf"
fi
specs+=("include-louvain|--algorithm louvain --resolution 1|$here/include-only.toml")

score() { # DECOMPOSITION -> "MoJoFM c2c"
  "$seams" compare "$1" "$out/reference.csv" |
    awk '/^MoJoFM/ {m=$2} /^c2c/ {c=$NF} END {print m, c}'
}
modules=$(tail -n +2 "$out/reference.csv" | cut -d, -f2 | sort -u | wc -l)
files=$(($(wc -l <"$out/reference.csv") - 1))
echo "## $name ($files files, $modules reference modules, seeds: $seeds)"
printf "%-22s %7s %7s %9s %7s %11s\n" row MoJoFM c2c services seconds MoJoFM-range
# The history, read once into the cache the rows share, so that no row's seconds hold the walk;
# its summary line says what there is (the co-change rows need one).
history=$("$seams" history --root "$src" --cache-dir "$out/cache" -o "$out/history.json" \
  --top 0 2>/dev/null | grep '^history: ' || echo "history: none (seams read no history at $src)")
echo "$history"
for spec in "${specs[@]}"; do
  IFS='|' read -r row args cfg <<<"$spec"
  [[ "$row" =~ $rows ]] || continue
  cfgargs=()
  [ -n "$cfg" ] && cfgargs=(--config "$cfg")
  runs=""
  for seed in $seeds; do
    dir=$out/rows/${row//:/-}-s$seed
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    line=$("$seams" analyze -q --facts "$out/facts.json" --root "$src" --cache-dir "$out/cache" \
      -o "$dir" --top 0 --seed "$seed" "${cfgargs[@]}" $args)
    line=${line%%$'\n'*}
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    read -r m c <<<"$(score "$dir/decomposition.json")"
    runs+="$m ${c%\%} ${line%% *} $secs"$'\n'
  done
  # One line per row: the mean over the seeds of each column, and the MoJoFM range.
  printf '%s' "$runs" | awk -v row="$row" '{m += $1; c += $2; s += $3; t += $4; n++
      lo = (n == 1 || $1 < lo) ? $1 : lo; hi = (n == 1 || $1 > hi) ? $1 : hi}
    END {printf "%-22s %7.1f %6.1f%% %9.1f %7.1f %5.1f-%-5.1f\n", row, m / n, c / n, s / n, t / n, lo, hi}'
done
(echo "file,module"; tail -n +2 "$out/reference.csv" | cut -d, -f1 | sed 's/$/,all/') >"$out/one.csv"
read -r m c <<<"$(score "$out/one.csv")"
printf "%-22s %7.1f %7s %9s %7s %11s\n" one-cluster "$m" "$c" 1 - -
