#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks what each translation says against its source, beyond "translated":
- the same %1..%9 and %n placeholders as the source (a lost one drops a name
  or a number from the screen);
- no brace, angle bracket or backtick the source does not have (machine
  leftovers such as "{1:?}" once reached the status bar);
- French: a no-break space (U+00A0 or U+202F), never a plain space, before
  : ; ? ! (the desk's French typography).
Exit status 1 with one line per problem."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d|n)")
STRAY = "{}`"
FRENCH_SPACE = re.compile(r" [:;?!]")


def texts(translation):
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def problems(path, french):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in texts(translation):
                if not text:
                    continue
                found = sorted(set(PLACEHOLDER.findall(text)))
                # A plural form may leave out %n ("one call"), never a %1.
                if [p for p in wanted if p != "%n"] != [p for p in found if p != "%n"]:
                    yield f"{path}: {name}: placeholders {found} for {wanted}: {text!r}"
                for c in STRAY:
                    if text.count(c) > source.count(c):
                        yield f"{path}: {name}: stray {c!r}: {text!r}"
                if french and FRENCH_SPACE.search(text):
                    yield f"{path}: {name}: plain space before : ; ? ! (use a no-break space): {text!r}"


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "translations")
    found = []
    for path in sorted(root.glob("attendant_*.ts")):
        found.extend(problems(path, path.name == "attendant_fr.ts"))
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
