#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when lupdate would change a .ts file (a tr() string added, changed or
# removed without refreshing the translations) or when a string is left
# untranslated, or when a translation loses a placeholder, carries a stray
# brace or misses the French no-break space (scripts/check-translation-text.py).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/*.ts "$tmp/"
scripts/update-translations.sh "$tmp"
status=0
for f in translations/*.ts; do
    if ! diff -u "$f" "$tmp/$(basename "$f")" >"$tmp/diff" 2>&1; then
        echo "$f is out of date: run scripts/update-translations.sh and translate the new strings" >&2
        head -40 "$tmp/diff" >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$f" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$f has $unfinished unfinished translations" >&2
        status=1
    fi
done
python3 scripts/check-translation-text.py translations || status=1
exit $status
