#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the cycles of the room-level include graph and exits 1 if there is one.

A room is a folder of a library: core/pbx, core/directory, ui/main, ui/calls; demo/ and app/ are one room
each. Room A depends on room B when a file in A includes a header of B ("core/pbx/PbxState.h"; bare
same-folder includes stay inside the room). A cycle (core/settings -> core/directory -> core/settings)
means neither room can be understood, tested or moved without the other. Tests, benchmarks and fuzzers
include everything and nothing includes them, so they are not rooms.

Usage: scripts/include-cycles.py [--graph]   (--graph also prints every edge with one include as evidence)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIBRARIES = ("core", "ui")  # rooms are their subfolders
SINGLE_ROOMS = ("demo", "app")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def room_of(path: pathlib.PurePosixPath):
    parts = path.parts
    if not parts:
        return None
    if parts[0] in SINGLE_ROOMS:
        return parts[0]
    if parts[0] in LIBRARIES and len(parts) > 2:
        return f"{parts[0]}/{parts[1]}"
    return None


def graph():
    """{room: {room it includes: 'file:line' of the first such include}}"""
    edges = {}
    for top in LIBRARIES + SINGLE_ROOMS:
        for source in sorted((ROOT / top).rglob("*")):
            if source.suffix not in (".h", ".cpp") or "build" in source.parts:
                continue
            relative = pathlib.PurePosixPath(source.relative_to(ROOT).as_posix())
            room = room_of(relative)
            if room is None:
                continue
            lines = source.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = room_of(pathlib.PurePosixPath(match.group(1)))
                if target is None or target == room:
                    continue
                edges.setdefault(room, {}).setdefault(target, f"{relative}:{number}")
    return edges


def cycles(edges):
    """Every elementary cycle, each once, starting at its smallest room."""
    found = []
    rooms = sorted(set(edges) | {t for targets in edges.values() for t in targets})
    for start in rooms:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in sorted(edges.get(node, {})):
                if nxt == start:
                    found.append(path + [start])
                elif nxt > start and nxt not in path:
                    stack.append((nxt, path + [nxt]))
    return sorted(found, key=lambda c: (len(c), c))


def main() -> int:
    edges = graph()
    if "--graph" in sys.argv[1:]:
        for room in sorted(edges):
            for target, where in sorted(edges[room].items()):
                print(f"{room} -> {target}   ({where})")
    found = cycles(edges)
    for cycle in found:
        print("cycle: " + " -> ".join(cycle))
        for a, b in zip(cycle, cycle[1:]):
            print(f"    {a} -> {b}: {edges[a][b]}")
    print(f"{len(found)} include cycle(s) between rooms")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
