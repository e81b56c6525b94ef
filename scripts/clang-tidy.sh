#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy (checks in .clang-tidy) over every source file of a configured and built tree's compile
# database, in parallel; any finding fails. Usage: scripts/clang-tidy.sh [BUILD_DIR] [FILE_REGEX]
#   BUILD_DIR defaults to build-asan (clang's own flags; moc/uic output must exist, so build first).
#   FILE_REGEX narrows the run to paths (relative to the checkout) it matches at their start,
#   e.g. scripts/clang-tidy.sh build-asan 'core/ami/'.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
only=${2:-}
[ -f "$build/compile_commands.json" ] || { echo "clang-tidy: no $build/compile_commands.json" >&2; exit 1; }
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
# Our sources only: not moc/rcc output in the build tree. FILE_REGEX is
# matched against the path relative to the checkout.
regex="^$PWD/(${only:-(app|core|demo|ui|tests|fuzz|bench)/})"
start=$SECONDS
"$runner" -p "$build" -j "$(nproc)" -quiet "$regex" >"$build/clang-tidy.log" 2>&1 || status=$?
# run-clang-tidy colours its output even into a file.
sed -i 's/\x1b\[[0-9;]*m//g' "$build/clang-tidy.log"
grep -E '^/.*(warning|error):' "$build/clang-tidy.log" | sort -u || true
echo "clang-tidy: $(grep -c '^clang-tidy' "$build/clang-tidy.log" || true) files in $((SECONDS - start)) s" \
    "(log $build/clang-tidy.log)"
exit "${status:-0}"
