#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds seams, and runs every test (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh "$@"
scripts/build.sh
# The browser test's pinned playwright-core (drives Debian's Chromium; never downloads a browser)
# and the docs test's format checkers (tests/browser/doc_checks.mjs).
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
ctest --test-dir build --output-on-failure -j "$(nproc)"
