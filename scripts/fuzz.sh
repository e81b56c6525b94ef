#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets of the asan build (cmake --preset asan; cmake --build build-asan).
# Usage: scripts/fuzz.sh [--time SECONDS | --runs N] [--jobs J] [TARGET...]
#   --time 60        each target for 60 s (the CI smoke run)
#   --runs 10000000  each target for 10 million executions (the measured run in docs/reliability.md)
# Targets run J at a time (default: nproc). Corpora grow in build-asan/fuzz/corpus/<target>; a crash or
# broken property leaves build-asan/fuzz/artifacts/<target>-crash-<sha1> and fails the script. Keep such
# an input as fuzz/regressions/<target>/<name> once fixed: ctest replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${ATTENDANT_FUZZ_BUILD:-build-asan}
limit=(-max_total_time=60)
jobs=$(nproc)
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --time) limit=(-max_total_time="$2"); shift 2 ;;
        --runs) limit=(-runs="$2"); shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(find "$build/fuzz" -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f\n' | sort)
fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no targets in $build/fuzz (cmake --preset asan first)" >&2; exit 1; }
mkdir -p "$build/fuzz/logs" "$build/fuzz/artifacts"

run_one() {
    local t=$1; shift
    local dir=$build/fuzz
    mkdir -p "$dir/corpus/$t"
    local start=$SECONDS
    # Inputs longer than these only repeat what shorter ones hold, at a few times the cost: a script for
    # the AMI client runs a loopback session per directive; 4 KB of AMI stream hold 10-20 messages (the
    # parser's property is about where reads split them); 8 KB of events hold whole calls.
    local max_len=16384
    case "$t" in
        fuzz_ami_client | fuzz_ami_parser) max_len=4096 ;;
        fuzz_pbx_state) max_len=8192 ;;
    esac
    # Leaks are checked by the ctest run; here they would stop a long run on Qt's one-time allocations.
    # -timeout=60: a loaded machine starves a run for seconds (a 10 s limit reported a 0.1 s input).
    if ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$dir/$t" "$@" -max_len="$max_len" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/$t-" "$dir/corpus/$t" "$dir/seeds/$t" >"$dir/logs/$t.log" 2>&1; then
        status=ok
    else
        status=FAILED
    fi
    local execs
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/logs/$t.log" | tail -1)
    printf '%-22s %-6s %12s execs %6ss  corpus %5s  (log %s)\n' "$t" "$status" "${execs:-?}" \
        "$((SECONDS - start))" "$(find "$dir/corpus/$t" -type f | wc -l)" "$dir/logs/$t.log"
    [ "$status" = ok ]
}
export -f run_one
export build
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} "${limit[@]}"
