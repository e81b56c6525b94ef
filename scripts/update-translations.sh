#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from every tr() in core/, demo/, ui/ and app/.
# No line numbers in the .ts files (-locations none): moving code must not
# change a translation file. CI fails when this script would change one.
# attendant_en.ts holds only the plural forms ("%n call(s)" → "1 call", "2 calls").
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)
target_dir=${1:-translations}
ts=()
for lang in es de fr; do
    ts+=("$target_dir/attendant_$lang.ts")
done
# -I .: includes name their library from the repository root ("core/pbx/PbxState.h").
"$lupdate" -silent -no-obsolete -locations none -I . -extensions cpp,h core demo ui app -ts "${ts[@]}"
"$lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en -I . \
    -extensions cpp,h core demo ui app -ts "$target_dir/attendant_en.ts"
