#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole test suite: installs what is missing, builds, then runs
# ctest inside a private D-Bus session with a real gnome-keyring (the
# keychain tests use it). LDAP tests start their own slapd on 127.0.0.1.
# With CI=true the suite runs in the asan preset: clang, ASan + UBSan (leaks
# checked), warnings as errors, in ./build-asan; otherwise the dev preset, ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
preset=dev
[ "${CI:-}" = "true" ] && preset=asan
scripts/build.sh "$preset"
exec dbus-run-session -- scripts/with-keyring.sh ctest --preset "$preset" "$@"
