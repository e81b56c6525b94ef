#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds the whole tree with a CMake preset (CMakePresets.json).
# Usage: scripts/build.sh [PRESET]   default dev (./build); with CI=true, ci (-Werror)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=dev
[ "${CI:-}" = "true" ] && preset=ci
preset=${1:-$preset}
# Rebuilds (another clone, another work tree, the next CI run on this machine)
# reuse what was compiled before: paths are hashed relative to the checkout.
if command -v ccache >/dev/null 2>&1 && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=true
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
