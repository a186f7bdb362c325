#!/usr/bin/env bash
# The sanitizer job (CI runs it after scripts/test.sh): builds the graph/, gate/, reports/ and cli/
# tests, the end-to-end tests and the seams binary with AddressSanitizer and
# UndefinedBehaviorSanitizer into build-asan/, then runs them on the bundled samples. Any finding
# fails the run. Leaks inside Graphviz and fontconfig are suppressed (scripts/lsan.supp).
# Usage: scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSEAMS_WERROR=ON \
  -DCMAKE_CXX_FLAGS="$flags -O1" -DCMAKE_C_FLAGS="$flags -O1" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
targets=(seams seams_model_tests seams_decompose_tests seams_hotspots_tests seams_gate_tests
         seams_reports_tests seams_cli_tests seams_e2e_tests seams_e2e_report_tests)
cmake --build build-asan -j "$(nproc)" --target "${targets[@]}"
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Not the analyzer's own unit tests and the igraph check (not built here: LLVM and igraph are not
# instrumented), nor the browser test and the clang build of the sample (no seams code runs),
# nor the package test (it packages the binary; scripts/test.sh runs it on the release build).
ctest --test-dir build-asan --output-on-failure -j "$(nproc)" \
  -E '_NOT_BUILT$|^report_browser$|^sample_shop_build_clang$|^package_deb$'
