#!/usr/bin/env bash
# History benchmark (docs/PERFORMANCE.md): on a generated repository of COMMITS first-parent
# commits over FILES files (scripted changes, renames, one bulk commit; bench/gen_history.py via
# `git fast-import`), or on REPO when given, times the whole process, each RUNS times:
#   git-log   git log --first-parent --name-only: the same walk by git itself (the baseline)
#   start     seams --version: the process start alone (the floor of every seams figure)
#   cold      seams history with an empty cache: every commit read from git
#   warm      seams history again, HEAD unchanged: read from the cache only
#   one-new   seams history after one more commit: only that commit read from git
# and prints the medians of wall and CPU (user + system) time, cold / git-log, and peak memory.
# On a loaded machine wall time measures the queue; CPU time is what the work costs. When perf
# is installed, start and warm are also timed by `perf stat -r 10` (task-clock: CPU time to the
# millisecond, where /usr/bin/time counts in 10 ms steps).
# Usage: bench/history_bench.sh [COMMITS] [FILES] [RUNS]   (defaults 10000 2000 5)
#        REPO=/path/to/checkout bench/history_bench.sh   (a real repository: one-new is skipped)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
commits=${1:-10000}; files=${2:-2000}; runs=${3:-5}
work=${BENCH_DIR:-/tmp/seams-history-bench-${commits}x${files}}
[[ -x "$seams" ]] || { echo "build seams first (scripts/build.sh), or set SEAMS" >&2; exit 2; }

rm -rf "$work"; mkdir -p "$work"
if [[ -n "${REPO:-}" ]]; then
  repo=$REPO
else
  repo=$work/repo
  git init -q -b main "$repo"
  python3 "$here/gen_history.py" "$commits" "$files" | git -C "$repo" fast-import --quiet
  git -C "$repo" checkout -q -f main
fi

# measure NAME CMD...: appends "NAME seconds peak_kb" to $work/times; the command must exit 0.
measure() {
  local name=$1; shift
  /usr/bin/time -f "$name %e %M %U %S" -a -o "$work/times" "$@" >/dev/null 2>"$work/$name.err" ||
    { cat "$work/$name.err" >&2; exit 1; }
}
history=("$seams" history --root "$repo" -o "$work/history.json")
: >"$work/times"
for ((r = 0; r < runs; ++r)); do
  measure git-log git -C "$repo" log --first-parent --name-only --format=%H
  measure start "$seams" --version
  rm -rf "$work/cache"
  measure cold "${history[@]}" --cache-dir "$work/cache"
  measure warm "${history[@]}" --cache-dir "$work/cache"
  if [[ -z "${REPO:-}" ]]; then
    echo "// run $r" >>"$repo/src/mod_00/file_0000.cpp"
    git -C "$repo" -c user.name=bench -c user.email=bench@example.com commit -qam "run $r"
    measure one-new "${history[@]}" --cache-dir "$work/cache"
  fi
done
"${history[@]}" --cache-dir "$work/cache" --top 0 | head -1
if command -v perf >/dev/null; then
  for step in start warm; do
    cmd=("$seams" --version)
    [[ $step == warm ]] && cmd=("${history[@]}" --cache-dir "$work/cache")
    perf stat -r 10 -x, -e task-clock -o "$work/$step.perf" "${cmd[@]}" >/dev/null 2>&1
    awk -F, -v s="$step" '/task-clock/ {printf "%-8s task-clock %6.1f ms (perf stat -r 10)\n", s, $1}' \
      "$work/$step.perf"
  done
fi
python3 - "$work/times" <<'PY'
import statistics, sys
wall, cpu, peak = {}, {}, {}
for line in open(sys.argv[1]):
    name, e, m, u, s = line.split()
    wall.setdefault(name, []).append(float(e))
    cpu.setdefault(name, []).append(float(u) + float(s))
    peak[name] = max(peak.get(name, 0), int(m))
med = {k: statistics.median(v) for k, v in wall.items()}
mcpu = {k: statistics.median(v) for k, v in cpu.items()}
for k in sorted(wall):
    print(f"{k:8} median wall {med[k]:6.2f} s  cpu {mcpu[k]:6.2f} s  peak {peak[k]:7d} KB")
print(f"cold / git-log: wall {med['cold'] / med['git-log']:.2f}, cpu {mcpu['cold'] / max(mcpu['git-log'], 0.01):.2f}")
PY
