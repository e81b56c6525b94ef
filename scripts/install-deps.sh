#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Attendant needs to build, run and test.
# With --demo, only what building and running the app needs (scripts/demo.sh).
# Idempotent: returns quickly when everything is already there.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config git ccache lld
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev libldap-dev libgl-dev librsvg2-bin
    # run: Qt platform plugins, wav playback through GStreamer, SVG icons
    qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins gstreamer1.0-plugins-base gstreamer1.0-plugins-good
)
if [ "${1:-}" != "--demo" ]; then
    packages+=(
        # style and benchmarks
        clang-format libbenchmark-dev
        # sanitizer build, fuzzers, static analysis (asan preset, scripts/fuzz.sh, scripts/clang-tidy.sh)
        clang clang-tidy libclang-rt-14-dev
        # test: real slapd, real keyring, a display for screenshots, backtraces of a hung test (scripts/hang-report.sh)
        slapd ldap-utils openssl gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth gdb
        # packaging checks
        desktop-file-utils appstream dpkg-dev file lintian
    )
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -E "$@"; fi
}
echo "Installing: ${missing[*]}"
# slapd asks debconf questions; we never use its system instance (tests start their own).
export DEBIAN_FRONTEND=noninteractive
# Keep package scripts from starting services (slapd would listen on every
# interface); the tests start their own slapd on 127.0.0.1.
policy=/usr/sbin/policy-rc.d
added_policy=no
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
    added_policy=yes
fi
cleanup_policy() { [ "$added_policy" = yes ] && as_root rm -f "$policy"; return 0; }
trap cleanup_policy EXIT
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The packaged slapd service is not needed (and must not listen on the network).
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet slapd 2>/dev/null; then
    as_root systemctl stop slapd || true
fi
if [ -x /etc/init.d/slapd ] && pgrep -x slapd >/dev/null 2>&1; then
    as_root /etc/init.d/slapd stop >/dev/null 2>&1 || true
fi
exit 0
