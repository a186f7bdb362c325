#!/usr/bin/env bash
# Extraction benchmark: on one generated monolith and with the same -j, compares
#   baseline  clang++-16 -fsyntax-only over every compile_commands.json entry (xargs -P J)
#   cold      seams extract, empty cache
#   warm      seams extract again, nothing changed
#   touched   seams extract after changing one .cpp
# and prints wall time, peak RSS and the ratios the targets are stated in (docs/PERFORMANCE.md).
# Usage: bench/extract_bench.sh [MODULES] [CLASSES] [JOBS] [STD_HEADERS]  (e.g. 10 20 2 -> 200 TUs)
# STD_HEADERS: comma-separated system headers each TU includes (default string,vector,map); an
# empty string ("") includes none, which makes cold runs cheap, for the warm path of many TUs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
modules=${1:-10}; classes=${2:-20}; jobs=${3:-$(nproc)}; std_headers=${4-string,vector,map}
work=${BENCH_DIR:-/tmp/seams-bench-${modules}x${classes}}
[[ -x "$seams" ]] || { echo "build seams first (scripts/build.sh), or set SEAMS" >&2; exit 2; }

rm -rf "$work"
"$here/gen_monolith" --modules "$modules" --classes "$classes" --std-headers "$std_headers" \
  --out "$work" >/dev/null
db="$work/build/compile_commands.json"
tus=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$db")

# measure NAME CMD...: appends "NAME seconds peak_kb" to $work/times
measure() {
  local name=$1; shift
  /usr/bin/time -f "$name %e %M" -a -o "$work/times" "$@" >/dev/null 2>"$work/$name.err" ||
    { cat "$work/$name.err" >&2; exit 1; }
}
: >"$work/times"

# The baseline runs the very commands of the database, compile-only replaced by syntax-only.
python3 - "$db" >"$work/syntax-only.sh" <<'PY'
import json, shlex, sys
for e in json.load(open(sys.argv[1])):
    args = ["clang++-16", "-fsyntax-only"] + [a for a in e["arguments"][1:] if a not in ("-c",)]
    if "-o" in args:
        i = args.index("-o"); del args[i:i + 2]
    print("cd " + shlex.quote(e["directory"]) + " && " + " ".join(map(shlex.quote, args)))
PY
measure syntax-only xargs -P "$jobs" -d '\n' -n 1 sh -c <"$work/syntax-only.sh"
measure cold "$seams" extract -q -p "$work/build" -j "$jobs" -o "$work/facts.json" --cache-dir "$work/cache"
measure warm "$seams" extract -q -p "$work/build" -j "$jobs" -o "$work/facts2.json" --cache-dir "$work/cache"
echo "// touched" >>"$work/src/mod_0/C1.cpp"
measure touched "$seams" extract -q -p "$work/build" -j "$jobs" -o "$work/facts3.json" --cache-dir "$work/cache"
cmp -s "$work/facts.json" "$work/facts2.json" || { echo "warm run differs from cold" >&2; exit 1; }

python3 - "$work/times" "$tus" "$jobs" "$work/facts.json" <<'PY'
import json, sys
t = {l.split()[0]: (float(l.split()[1]), int(l.split()[2])) for l in open(sys.argv[1])}
f = json.load(open(sys.argv[4]))
base, cold = t["syntax-only"][0], t["cold"][0]
print(f"TUs {sys.argv[2]}, -j {sys.argv[3]}, entities {len(f['entities'])}, edges {len(f['edges'])}")
print(f"{'run':<12}{'seconds':>9}{'peak MB':>9}{'ratio':>26}")
print(f"{'syntax-only':<12}{base:>9.2f}{t['syntax-only'][1]/1024:>9.0f}{'(largest single clang)':>26}")
print(f"{'cold':<12}{cold:>9.2f}{t['cold'][1]/1024:>9.0f}{cold/base:>15.2f} of syntax-only")
print(f"{'warm':<12}{t['warm'][0]:>9.2f}{t['warm'][1]/1024:>9.0f}{100*t['warm'][0]/cold:>16.1f}% of cold")
per_tu = cold / int(sys.argv[2]) * int(sys.argv[3])
print(f"{'touched':<12}{t['touched'][0]:>9.2f}{t['touched'][1]/1024:>9.0f}{t['touched'][0]/per_tu:>13.1f} x one TU")
PY
