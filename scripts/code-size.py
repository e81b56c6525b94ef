#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reports the sizes CONTRIBUTING.md limits: source files over 500 lines and functions over 60 lines.

Functions are found the way .clang-format lays them out: a body opens with "{" alone in column 0 and closes
with "}" alone in column 0; the length counts from the first line of the signature to the closing brace.
Usage: scripts/code-size.py [--product] [--top N] [--fail]   (--product: core, ui, app and demo only)
   (--fail exits 1 when a limit is exceeded)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ROOMS = ("core", "ui", "app", "demo", "tests", "bench", "fuzz")
PRODUCT = ("core", "ui", "app", "demo")
FILE_LIMIT = 500
FUNCTION_LIMIT = 60


def sources():
    rooms = PRODUCT if "--product" in sys.argv[1:] else ROOMS
    for room in rooms:
        for path in sorted((ROOT / room).rglob("*")):
            if path.suffix in (".cpp", ".h") and "build" not in path.parts:
                yield path


def signature_start(lines, brace):
    """The first line of the signature that ends just before the opening brace."""
    i = brace - 1
    while i > 0 and lines[i - 1].strip() and not re.match(r"^(}|#|//|;)", lines[i - 1]) \
            and not lines[i - 1].rstrip().endswith((";", "}")):
        i -= 1
    return i


def functions(path):
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    opened = None
    for n, line in enumerate(lines):
        if line == "{" and opened is None and n > 0:
            opened = n
        elif line.startswith("}") and opened is not None and line.rstrip() in ("}", "};"):
            start = signature_start(lines, opened)
            name = " ".join(l.strip() for l in lines[start:opened])
            if re.match(r"^(template\s*<.*?>\s*)?(class|struct|enum|namespace|union)\b", name):
                opened = None
                continue
            name = re.sub(r"\(.*", "", name).split()[-1] if "(" in name else name
            yield name, n - start + 1
            opened = None


def main():
    args = sys.argv[1:]
    top = int(args[args.index("--top") + 1]) if "--top" in args else 15
    files = [(len(p.read_text(encoding="utf-8", errors="replace").splitlines()), p) for p in sources()]
    funcs = [(length, f"{p.relative_to(ROOT)}: {name}") for p in sources() for name, length in functions(p)]
    big_files = sorted([f for f in files if f[0] > FILE_LIMIT], reverse=True)
    long_funcs = sorted([f for f in funcs if f[0] > FUNCTION_LIMIT], reverse=True)
    print(f"files: {len(files)}, lines: {sum(n for n, _ in files)}, "
          f"over {FILE_LIMIT} lines: {len(big_files)}, functions over {FUNCTION_LIMIT} lines: {len(long_funcs)}")
    print("largest files:")
    for n, p in sorted(files, reverse=True)[:top]:
        print(f"  {n:5d}  {p.relative_to(ROOT)}")
    print("longest functions:")
    for n, name in sorted(funcs, reverse=True)[:top]:
        print(f"  {n:5d}  {name}")
    return 1 if "--fail" in args and (big_files or long_funcs) else 0


if __name__ == "__main__":
    sys.exit(main())
