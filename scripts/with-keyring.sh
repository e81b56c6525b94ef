#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Inside a D-Bus session: start a throw-away gnome-keyring (its own data
# directory, unlocked with a fixed password) and run the given command.
set -euo pipefail
keyring_home=$(mktemp -d /tmp/attendant-keyring.XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'attendant-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export ATTENDANT_KEYRING_AVAILABLE=1
"$@"
