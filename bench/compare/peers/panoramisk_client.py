# SPDX-License-Identifier: GPL-3.0-or-later
# bench/compare peer: panoramisk (Debian's python3-panoramisk), counting every
# event per type. Same output as bench_compare_client.
#   python3 panoramisk_client.py PORT EVENTS
import asyncio
import sys
import time

from panoramisk import Manager


def main():
    port, expected = int(sys.argv[1]), int(sys.argv[2])
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    counts = {}
    state = {"total": 0, "start": None}
    done = loop.create_future()

    def on_login(manager):
        state["start"] = time.perf_counter()

    def on_event(manager, message):
        name = message.get("Event")
        counts[name] = counts.get(name, 0) + 1
        state["total"] += 1
        if state["total"] == expected and not done.done():
            done.set_result(True)

    # No keepalive during the stream: the server answers nothing after login.
    manager = Manager(loop=loop, host="127.0.0.1", port=port, username="bench", secret="bench",
                      ping_delay=3600, ping_interval=3600, on_login=on_login)
    manager.register_event("*", on_event)
    manager.connect()
    loop.run_until_complete(asyncio.wait_for(done, 600))
    seconds = time.perf_counter() - (state["start"] or time.perf_counter())
    types = " ".join(f"{k}={v}" for k, v in counts.items())
    print(f"EVENTS {state['total']} SECONDS {seconds:.6f} TYPES {types}", flush=True)
    manager.close()
    return 0 if state["total"] == expected else 1


if __name__ == "__main__":
    sys.exit(main())
