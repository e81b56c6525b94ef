#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and proves it on this machine: it installs with apt
# (dependencies resolved), the programs start, the desktop data validates, the
# tel:/sip: handler is registered, and removing it leaves no file behind.
# Needs root or sudo; installs and then removes the package "attendant".
# Usage: scripts/test-deb.sh [BUILD_DIR]   (default: build, configured with the dev preset if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
app_id=org.attendantconsole.Attendant

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
step() { echo "== test-deb: $*"; }

if dpkg-query -W -f='${Status}' attendant 2>/dev/null | grep -q 'install ok installed'; then
    fail "a package named attendant is already installed; remove it first (apt-get remove attendant)"
fi

step "build and package"
[ -f "$build_dir/CMakeCache.txt" ] || cmake --preset dev >/dev/null
cmake --build "$build_dir" -- -j"$(nproc)" >/dev/null
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb="attendant_${version}_${arch}.deb"
rm -f "$build_dir"/attendant_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
[ -f "$build_dir/$deb" ] || fail "expected $build_dir/$deb, found: $(ls "$build_dir"/*.deb 2>/dev/null || echo nothing)"

step "package metadata of $deb"
dpkg-deb -f "$build_dir/$deb" Package Version Section Depends
[ "$(dpkg-deb -f "$build_dir/$deb" Package)" = attendant ] || fail "package name"
[ "$(dpkg-deb -f "$build_dir/$deb" Version)" = "$version" ] || fail "package version"
[ "$(dpkg-deb -f "$build_dir/$deb" Section)" = comm ] || fail "section"
depends=$(dpkg-deb -f "$build_dir/$deb" Depends)
for dep in libqt6core6 qt6-qpa-plugins libqt6svg6 gstreamer1.0-plugins-base gstreamer1.0-plugins-good libsecret-1-0; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
contents=$(dpkg-deb -c "$build_dir/$deb")
expected=(
    ./usr/bin/attendant
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/doc/attendant/copyright
    ./usr/share/doc/attendant/changelog.gz
    ./usr/share/man/man1/attendant.1.gz
    ./usr/share/man/man1/attendant-demo-pbx.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
done

step "lintian: no errors, no warnings"
# --pedantic and info tags are advice; errors and warnings are what Debian's archive rejects or reports.
lintian --fail-on error,warning --tag-display-limit 0 "$build_dir/$deb" || fail "lintian reports the above"
echo "lintian: clean"

step "install with apt"
# Recommends (a keyring daemon) are optional and slow to pull in on a bare CI image.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "$(realpath "$build_dir/$deb")" >/dev/null
mapfile -t installed < <(dpkg -L attendant | while read -r f; do [ -f "$f" ] && echo "$f"; done)
[ "${#installed[@]}" -ge "${#expected[@]}" ] || fail "dpkg -L lists only ${#installed[@]} files"

step "run the installed programs"
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/attendant --version)
echo "$out"
grep -q "$version" <<<"$out" || fail "attendant --version does not say $version"
if [ -x /usr/bin/attendant-demo-pbx ]; then
    QT_QPA_PLATFORM=offscreen /usr/bin/attendant-demo-pbx --help >/dev/null || fail "attendant-demo-pbx --help"
    echo "attendant-demo-pbx --help: ok"
else
    echo "attendant-demo-pbx: not in this build"
fi

step "validate the installed desktop data"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
# desktop-file-utils' dpkg trigger registers the URL schemes for xdg-open and browsers.
if [ -f /usr/share/applications/mimeinfo.cache ]; then
    for scheme in tel sip callto; do
        grep -q "^x-scheme-handler/$scheme=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache \
            || fail "x-scheme-handler/$scheme is not registered in mimeinfo.cache"
    done
    echo "tel:, sip:, callto: handlers registered"
fi

step "remove"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq attendant >/dev/null
left=()
for f in "${installed[@]}"; do
    [ -e "$f" ] && left+=("$f")
done
[ ${#left[@]} -eq 0 ] || fail "files left after removal: ${left[*]}"
status=$(dpkg-query -W -f='${db:Status-Status}' attendant 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = not-installed ] || fail "dpkg still lists attendant as $status"
if [ -f /usr/share/applications/mimeinfo.cache ] && grep -q "$app_id" /usr/share/applications/mimeinfo.cache; then
    fail "mimeinfo.cache still names $app_id after removal"
fi
echo "== test-deb: OK ($deb: installed, ran, validated, removed without leftovers)"
