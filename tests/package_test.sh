#!/usr/bin/env bash
# The installable package: `cmake --install` and cpack's .deb from an already built tree (no
# rebuild), the .deb's Depends naming the runtime libraries, and `seams --version` run from the
# package unpacked into a scratch root (dpkg -x). Leaves the .deb in OUT for the docs test.
# Usage: tests/package_test.sh BUILD_DIR OUT_DIR VERSION
set -euo pipefail
build=$1 out=$2 version=$3
fail() { echo "package_test: $*" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
cmake --install "$build" --prefix "$out/prefix" >"$out/install.log"
[[ $("$out/prefix/bin/seams" --version) == "seams $version" ]] || fail "cmake --install: no working bin/seams"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb="$out/seams_${version}_$(dpkg --print-architecture).deb"
[[ -f $deb ]] || fail "cpack wrote no $deb"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# LLVM/Clang 16 (libraries and builtin headers), Graphviz's layout, the C++ runtime.
for p in libclang-cpp16 libllvm16 libclang-common-16-dev libgvc6 libcgraph6 libstdc++6; do
  [[ ", $depends," == *", $p"[\ ,]* ]] || fail "Depends lacks $p: $depends"
done

dpkg -x "$deb" "$out/root"
[[ $(dpkg-deb -c "$deb" | grep -c '/usr/bin/seams$') == 1 ]] || fail "no /usr/bin/seams in $deb"
missing=$(ldd "$out/root/usr/bin/seams" | grep 'not found' || true)
[[ -z $missing ]] || fail "unresolved libraries: $missing"
got=$("$out/root/usr/bin/seams" --version)
[[ $got == "seams $version" ]] || fail "seams --version from the package printed '$got'"
echo "package_test: $deb installs seams $version"
