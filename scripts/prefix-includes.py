#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rewrites project includes so that each names the library its header belongs to.

core and ui both have common/, directory/ and voicemail/ rooms, so "common/X.h" does not say which one is
meant. After this script every include of a library header reads "core/<room>/X.h" or "ui/<room>/X.h"
(the include root is the repository root). Includes of a header in the same folder stay bare, and so do
test-support and app headers. Idempotent: run it again after a rebase; --check exits 1 if anything would
change (CI uses that).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCANNED = ("core", "ui", "app", "demo", "tests", "bench", "fuzz")
LIBRARIES = ("core/", "ui/", "demo/")
INCLUDE = re.compile(r'^(\s*#\s*include\s+")([^"]+)(".*)$')


def search_order(source: pathlib.Path) -> list:
    """The libraries whose headers this file sees, in the compiler's order."""
    top = source.relative_to(ROOT).parts[0]
    if top == "core":
        return ["core"]
    under_ui = top in ("ui", "app") or source.relative_to(ROOT).parts[:2] in (("tests", "ui"), ("tests", "app"))
    return ["ui", "core"] if under_ui else ["core", "ui"]


def rewrite(source: pathlib.Path, name: str) -> str:
    if name.startswith(LIBRARIES) or name.startswith("."):
        return name
    if (source.parent / name).exists():
        return name
    if "/" not in name:
        return name  # test support, app or generated headers: not a library room
    for library in search_order(source):
        if (ROOT / library / name).exists():
            return f"{library}/{name}"
    return name


def process(source: pathlib.Path, check: bool) -> bool:
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    changed = False
    for i, line in enumerate(lines):
        match = INCLUDE.match(line)
        if not match:
            continue
        target = rewrite(source, match.group(2))
        if target != match.group(2):
            lines[i] = f"{match.group(1)}{target}{match.group(3)}\n"
            changed = True
    if changed and not check:
        source.write_text("".join(lines), encoding="utf-8")
    return changed


def main() -> int:
    check = "--check" in sys.argv[1:]
    changed = []
    for top in SCANNED:
        for source in sorted((ROOT / top).rglob("*")):
            if source.suffix in (".h", ".cpp") and "build" not in source.parts:
                if process(source, check):
                    changed.append(str(source.relative_to(ROOT)))
    for path in changed:
        print(("would rewrite " if check else "rewrote ") + path)
    return 1 if (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
