#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the recorded AMI sessions (tests/data/ami/22.10.1, tests/data/astmanproxy: what the
client sent, what it received) into scripts for fuzz_ami_client (fuzz/FuzzAmiClient.cpp):
the received bytes, with each of our ActionIDs as "%N" (the N-th action the fuzzed client
writes), and "@send"/"@list"/"@logoff" where the recording sent an action, placed before the
first reply to it. Run from the checkout: python3 fuzz/make-ami-client-seeds.py"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz/seeds/ami_client"
SOURCES = [ROOT / "tests/data/ami/22.10.1", ROOT / "tests/data/astmanproxy"]
MAX_BYTES = 12000


def messages(data):
    """Blocks ending with an empty line, line ends kept; a banner line is a block of its own."""
    blocks, current = [], b""
    for line in data.splitlines(keepends=True):
        if not current and line.startswith(b"Asterisk Call Manager"):
            blocks.append(line)
            continue
        current += line
        if line in (b"\r\n", b"\n"):
            blocks.append(current)
            current = b""
    if current:
        blocks.append(current)
    return blocks


def header(block, key):
    m = re.search(rb"^" + key + rb":[ \t]*([^\r\n]*)", block, re.M | re.I)
    return m.group(1).strip() if m else None


def script(sent, recv):
    actions = [(header(b, rb"Action"), header(b, rb"ActionID")) for b in messages(sent)]
    actions = [(a, i) for a, i in actions if a]
    md5 = any(a.lower() == b"challenge" for a, _ in actions)
    index, order, seen_login = {}, [], False
    for action, aid in actions:
        name = action.lower()
        if name in (b"challenge", b"login"):
            if aid is None or seen_login or (name == b"login" and md5 and not index):
                continue
            index[aid] = len(index)
            seen_login = name == b"login"
        elif seen_login and aid is not None and aid not in index:
            index[aid] = len(index)
            order.append((action, aid))
    out = [b"@auth md5\n" if md5 else b"@auth plain\n"]
    announced = set()
    for block in messages(recv):
        aid = header(block, rb"ActionID")
        ordered = [pending for _, pending in order]
        if aid in index and aid not in announced and aid in ordered:
            for action, pending in order:
                if pending in announced:
                    continue
                announced.add(pending)
                replies = [b for b in messages(recv) if header(b, rb"ActionID") == pending]
                is_list = bool(replies) and re.search(rb"EventList:\s*start", replies[0], re.I) is not None
                verb = b"@logoff" if action.lower() == b"logoff" else (b"@list " if is_list else b"@send ") + action
                out.append(verb.strip() + b"\n")
                if pending == aid:
                    break
        if aid in index and aid not in announced:
            out.append(b"@flush\n")
            announced.add(aid)
        for old, n in index.items():
            block = re.sub(rb"(ActionID:[ \t]*)" + re.escape(old) + rb"(?=\r?\n)", rb"\g<1>%" + str(n).encode(), block)
        out.append(block if block.endswith(b"\n") else block + b"\n")
    return b"".join(out)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.script"):
        old.unlink()
    for source in SOURCES:
        for sent in sorted(source.glob("*.sent")):
            recv = sent.with_suffix(".recv")
            if not recv.exists() or recv.stat().st_size > MAX_BYTES:
                continue
            text = script(sent.read_bytes(), recv.read_bytes())
            (OUT / (source.name + "-" + sent.stem + ".script")).write_bytes(text)
    # Hand-written: keepalive, backoff and reconnect, a proxy banner glued on, garbage.
    (OUT / "keepalive-reconnect.script").write_bytes(
        b"@auth md5\nAsterisk Call Manager/11.0.0\r\n@flush\nResponse: Success\r\nActionID: %0\r\n"
        b"Challenge: 1234\r\n\r\n@flush\nResponse: Success\r\nActionID: %1\r\nMessage: Authentication accepted\r\n\r\n"
        b"@time 20000\nResponse: Success\r\nActionID: %2\r\nPing: Pong\r\n\r\n@list Status\n"
        b"@time 40000\n@close\n@time 2000\nAsterisk Call Manager/11.0.0\r\n@flush\nResponse: Error\r\n"
        b"ActionID: %0\r\nMessage: Authentication failed\r\n\r\n")
    (OUT / "proxy-glued-banner.script").write_bytes(
        b"@auth plain\n@proxy auto\nAsterisk Call Manager Proxy/1.22pre081119\r\n@flush\nResponse: Success\r\n"
        b"ActionID: %0\r\nMessage: Authentication accepted\r\n\r\n@list CoreShowChannels\n"
        b"Response: Success\r\nActionID: %1\r\nEventList: start\r\n\r\nEvent: CoreShowChannel\r\nActionID: %1\r\n"
        b"Channel: PJSIP/1000-00000001\r\n\r\nAsterisk Call Manager/11.0.0\r\nEvent: CoreShowChannelsComplete\r\n"
        b"ActionID: %1\r\nEventList: Complete\r\nListItems: 1\r\n\r\nResponse: Success\r\nActionID: %P\r\n\r\n"
        b"Event: Hangup\r\nActionID: %1\r\n\r\n@send Events\n@logoff\nGoodbye: See you\r\n\r\n")
    print(len(list(OUT.glob("*.script"))), "scripts in", OUT)


if __name__ == "__main__":
    main()
