#!/usr/bin/env bash
# The sanitizer job (CI runs it after scripts/test.sh): builds the graph/, gate/ and reports/ tests
# and the seams binary with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/, then
# runs those tests and the end-to-end tests on the bundled samples. Any finding fails the run.
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
export ASAN_OPTIONS=abort_on_error=0:halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Everything but the analyzer's own unit tests (LLVM is not instrumented) and the browser test.
ctest --test-dir build-asan --output-on-failure -j "$(nproc)" \
  -E '^(report_browser|sample_shop_build_clang)$|^(Collect|Extract)' 
