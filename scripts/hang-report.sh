#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test executable; if it is still running after LIMIT seconds, prints
# every thread's backtrace (gdb) and ends it, so a hang that ctest would only
# report as "Timeout" shows where it waits. ctest runs every test through this
# (tests/CMakeLists.txt, attendant_add_test) with LIMIT a little under the
# test's TIMEOUT.
#   scripts/hang-report.sh LIMIT TEST_EXECUTABLE [ARGS...]
# The test's exit status is passed through; a hang exits 124 like timeout(1).
set -uo pipefail
limit=$1
shift
"$@" &
test_pid=$!
sleep "$limit" &
sleep_pid=$!
trap 'kill "$test_pid" "$sleep_pid" 2>/dev/null' TERM INT
finished=
wait -n -p finished "$test_pid" "$sleep_pid"
status=$?
if [ "$finished" = "$test_pid" ]; then
    kill "$sleep_pid" 2>/dev/null
    wait "$sleep_pid" 2>/dev/null
    exit "$status"
fi
echo "== hang-report: $1 still runs after ${limit}s; the backtrace of every thread follows" >&2
if ! command -v gdb >/dev/null 2>&1; then
    echo "== hang-report: gdb is not installed (scripts/install-deps.sh installs it); no backtrace" >&2
    kill -KILL "$test_pid"
    exit 124
fi
# exec: gdb takes this shell's pid, the test's parent, so it may attach even
# where ptrace is limited to ancestors (Yama ptrace_scope 1). It kills the
# test after printing and exits 124.
exec gdb -p "$test_pid" -batch -nx -ex 'set pagination off' -ex 'info threads' \
    -ex 'thread apply all bt' -ex 'kill' -ex 'quit 124' >&2 2>&1
