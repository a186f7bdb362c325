#!/usr/bin/env bash
# Cold extraction of a real project against Clang on the same TUs, same -j:
#   preprocess   clang++-16 -E over every sampled entry (the database's own commands)
#   syntax-only  clang++-16 -fsyntax-only over the same entries (the baseline)
#   cold         seams extract --no-cache over the same entries
#   cold --pch   the same sharing each forced-include prefix through one PCH (--pch); its facts
#                must be byte-identical to cold's (the script exits 1 otherwise)
# and prints wall time, CPU time (user + system, all threads and child processes), peak RSS and
# each run / syntax-only by both; preprocess / syntax-only says how much of a parse is
# preprocessing. On a machine shared with other work the wall ratio moves with the load, the CPU
# ratio much less (docs/PERFORMANCE.md, "Cold extraction of a real project").
# Usage: bench/real_extract_bench.sh BUILD_DIR ROOT [SAMPLE] [JOBS]
#   BUILD_DIR  holds compile_commands.json; ROOT is the project root (passed as --root)
#   SAMPLE     keep every k-th entry so that about SAMPLE TUs remain (default: all)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seams=${SEAMS:-$here/../build/cli/seams}
build=${1:?BUILD_DIR}; root=${2:?ROOT}; sample=${3:-0}; jobs=${4:-$(nproc)}
work=${BENCH_DIR:-/tmp/seams-real-bench}
[[ -x "$seams" ]] || { echo "build seams first (scripts/build.sh), or set SEAMS" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work/build"

# The sampled database and the three command lists, from the database's own commands.
python3 - "$build/compile_commands.json" "$sample" "$work" <<'PY'
import json, shlex, sys
db, sample, work = json.load(open(sys.argv[1])), int(sys.argv[2]), sys.argv[3]
db = [e for e in db if not e["file"].endswith(".hxx.cxx")]  # CMake's PCH stubs: no code
if sample and sample < len(db):
    step = len(db) / sample
    db = [db[int(i * step)] for i in range(sample)]
json.dump(db, open(work + "/build/compile_commands.json", "w"), indent=1)
for mode, flag in (("preprocess", ["-E", "-o", "/dev/null"]), ("syntax-only", ["-fsyntax-only"])):
    with open(f"{work}/{mode}.sh", "w") as out:
        for e in db:
            args = e.get("arguments") or shlex.split(e["command"])
            args = [a for a in args[1:] if a != "-c"]
            if "-o" in args:
                i = args.index("-o"); del args[i:i + 2]
            cmd = ["clang++-16"] + flag + args
            out.write("cd " + shlex.quote(e["directory"]) + " && " + " ".join(map(shlex.quote, cmd)) + " 2>/dev/null || true\n")
print(len(db), file=open(work + "/tus", "w"))
PY

measure() {
  local name=$1; shift
  /usr/bin/time -f "$name %e %M %U %S" -a -o "$work/times" "$@" >/dev/null 2>"$work/$name.err" ||
    { cat "$work/$name.err" >&2; exit 1; }
}
: >"$work/times"
measure preprocess xargs -P "$jobs" -d '\n' -n 1 sh -c <"$work/preprocess.sh"
measure syntax-only xargs -P "$jobs" -d '\n' -n 1 sh -c <"$work/syntax-only.sh"
measure cold "$seams" extract -q -p "$work/build" --root "$root" -j "$jobs" --no-cache \
  -o "$work/facts.json"
measure pch "$seams" extract -q -p "$work/build" --root "$root" -j "$jobs" --no-cache --pch \
  -o "$work/facts-pch.json"
same=yes
cmp -s "$work/facts.json" "$work/facts-pch.json" || same=no

python3 - "$work/times" "$(cat "$work/tus")" "$jobs" "$work/facts.json" "$same" <<'PY'
import json, sys
t = {}
for l in open(sys.argv[1]):
    w = l.split()
    t[w[0]] = (float(w[1]), int(w[2]), float(w[3]) + float(w[4]))
f = json.load(open(sys.argv[4]))
base, base_cpu = t["syntax-only"][0], t["syntax-only"][2]
print(f"TUs {sys.argv[2]}, -j {sys.argv[3]}, entities {len(f['entities'])}, edges {len(f['edges'])}")
print(f"{'run':<12}{'seconds':>9}{'peak MB':>9}{'of syntax-only':>16}{'CPU s':>9}{'CPU of syntax-only':>20}")
for name in ("preprocess", "syntax-only", "cold", "pch"):
    s, kb, cpu = t[name]
    print(f"{'cold --pch' if name == 'pch' else name:<12}{s:>9.2f}{kb/1024:>9.0f}{s/base:>16.2f}"
          f"{cpu:>9.2f}{cpu/base_cpu:>20.2f}")
print("facts of cold and cold --pch: " + ("byte-identical" if sys.argv[5] == "yes" else "DIFFERENT"))
PY
[[ $same == yes ]] || { echo "compare $work/facts.json and $work/facts-pch.json" >&2; exit 1; }
