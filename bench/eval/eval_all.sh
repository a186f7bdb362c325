#!/usr/bin/env bash
# Evaluation harness, the whole set (docs/EVALUATION.md): runs eval_project.sh for each line
# "NAME SOURCE_DIR BUILD_DIR" of a list file (local paths; nothing is fetched or built), then
# prints the mean MoJoFM of seams default and of the include-graph baseline over the set, and the
# mean of each project's best seams row: chosen with the reference, an upper bound on what picking
# among the rows run (EVAL_ROWS) could gain.
# Usage: bench/eval/eval_all.sh PROJECTS.list
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 PROJECTS.list" >&2; exit 2; }
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
while read -r name src build; do
  case "$name" in ''|'#'*) continue ;; esac
  "$here/eval_project.sh" "$name" "$src" "$build" | tee -a "$summary"
  echo
done <"$1"
awk '/^## / {p++; pname[p] = $2} p && $1 != "row" && $1 != "history:" && $1 != "one-cluster" && $1 != "include-louvain" && $1 !~ /^##/ &&
       (!(p in best) || $2 > best[p]) {best[p] = $2; bestrow[p] = $1}
     $1 == "default" {d += $2; n++} $1 == "include-louvain" {b += $2}
     $1 == "default" {dl[n] = $2} $1 == "include-louvain" {bl[n] = $2}
     END {if (n) {w = 0; for (i = 1; i <= n; i++) if (dl[i] > bl[i]) w++;
       printf "mean over %d projects: default %.1f, include-louvain %.1f (default ahead on %d)\n",
              n, d / n, b / n, w
       o = 0; for (i = 1; i <= p; i++) o += best[i]
       printf "mean of the best seams row per project (chosen with the reference): %.1f\n", o / p
       for (i = 1; i <= p; i++) printf "  %s: %s %.1f\n", pname[i], bestrow[i], best[i]}}' "$summary"
