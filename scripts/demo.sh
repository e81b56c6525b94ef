#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and running Attendant needs (not the test tools),
# builds only the app (not the tests and benchmarks), and starts it against
# its built-in demo PBX. The first build takes about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --demo
if command -v ccache >/dev/null 2>&1 && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=true
fi
cmake --preset dev >/dev/null
cmake --build build --target attendant -- -j"$(nproc)"
exec build/app/attendant --demo "$@"
