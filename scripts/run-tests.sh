#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole test suite: installs what is missing, builds, then runs
# ctest inside a private D-Bus session with a real gnome-keyring (the
# keychain tests use it). LDAP tests start their own slapd on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
preset=dev
[ "${CI:-}" = "true" ] && preset=ci
exec dbus-run-session -- scripts/with-keyring.sh ctest --preset "$preset" "$@"
