#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Attendant's AMI client against its peers over a real socket, in one run.

    bench/compare/run.py [--build build] [--events 1000000] [--runs 3] [--only drain,client,...]

Every measurement gets a fresh bench_compare_server, a separate process that
serves the same generated corpus as fast as the kernel takes it. Each client
counts every event per type; a run whose counts differ from the server's is
reported as failed. Installs the peers itself: Debian's python3-panoramisk
(apt-get) and the npm packages asterisk-manager and asterisk-ami-client into
a temporary folder that is removed afterwards; nothing lands in the
repository. Prints a Markdown table of medians and ratios.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "peers")
NPM_PACKAGES = ["asterisk-manager", "asterisk-ami-client"]


def start_server(build, events):
    server = os.path.join(build, "bench", "compare", "bench_compare_server")
    proc = subprocess.Popen([server, str(events)], stdout=subprocess.PIPE, text=True)
    info = {}
    watchdog = threading.Timer(120, proc.kill)  # a server that never says where it listens
    watchdog.start()
    while len(info) < 3:
        line = proc.stdout.readline()
        if not line:
            proc.kill()
            sys.exit("bench_compare_server did not start: refusing to connect to whatever listens")
        key, _, value = line.strip().partition(" ")
        info[key] = value
    watchdog.cancel()
    counts = dict(item.split("=", 1) for item in info["COUNTS"].split())
    return proc, int(info["PORT"]), {k: int(v) for k, v in counts.items()}


def measure(command, env):
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    fields = out.split()
    result = {"ok": False, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024.0}
    if len(fields) >= 4 and fields[0] == "EVENTS":
        result["events"] = int(fields[1])
        result["seconds"] = float(fields[3])
        result["types"] = {k: int(v) for k, v in (f.split("=", 1) for f in fields[5:])}
    return result


def install_peers(tmp, wanted):
    """Installs the peers that are wanted; returns (NODE_PATH, the peers that could not be installed).
    Without a network (or apt/npm) a peer is reported as not installed and left out; the rest still run."""
    missing = set()
    if "panoramisk" in wanted and subprocess.call(["/usr/bin/python3", "-c", "import panoramisk"],
                                                  stderr=subprocess.DEVNULL) != 0:
        try:
            subprocess.check_call(["apt-get", "install", "-y", "python3-panoramisk"],
                                  env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        except (OSError, subprocess.CalledProcessError) as error:
            print(f"panoramisk not installed ({error}): left out", file=sys.stderr)
            missing.add("panoramisk")
    npm_wanted = [p for p in NPM_PACKAGES if p in wanted]
    if npm_wanted:
        try:
            subprocess.check_call(["npm", "install", "--prefix", tmp, "--no-audit", "--no-fund", "--silent"]
                                  + npm_wanted, timeout=600)
        except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            print(f"npm peers not installed ({error}): left out", file=sys.stderr)
            missing.update(npm_wanted)
    return os.path.join(tmp, "node_modules"), missing


def clients(build, node_path):
    binary = os.path.join(build, "bench", "compare", "bench_compare_client")
    node_env = dict(os.environ, NODE_PATH=node_path)
    return {
        "drain": ([binary, "drain"], None),
        "client": ([binary, "client"], None),
        "client+PbxState": ([binary, "pbxstate"], None),
        "panoramisk": (["/usr/bin/python3", os.path.join(PEERS, "panoramisk_client.py")], None),
        "asterisk-manager": (["node", os.path.join(PEERS, "asterisk_manager_client.js")], node_env),
        "asterisk-ami-client": (["node", os.path.join(PEERS, "asterisk_ami_client_client.js")], node_env),
    }


def run_once(build, events, command, env):
    server, port, expected = start_server(build, events)
    try:
        result = measure(command + [str(port), str(events)], env)
    finally:
        server.kill()
        server.wait()
    result["ok"] = result.get("events") == events and result.get("types") == expected
    return result


def table(results, events):
    med = {}
    for name, runs in results.items():
        good = [r for r in runs if r["ok"]]
        if good:
            med[name] = {
                "rate": statistics.median(events / r["seconds"] for r in good),
                "cpu": statistics.median(r["cpu"] for r in good),
                "rss": statistics.median(r["rss"] for r in good),
                "ok": f"{len(good)}/{len(runs)}",
            }
        else:
            med[name] = None
    drain = med.get("drain")
    pano = med.get("panoramisk")
    lines = ["| client | events/s | of the drain | vs panoramisk | peak RSS | CPU per %d events | counts ok |" % events,
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, m in med.items():
        if m is None:
            lines.append(f"| {name} | failed | | | | | 0/{len(results[name])} |")
            continue
        of_drain = f"{100 * m['rate'] / drain['rate']:.1f}%" if drain else "-"
        vs_pano = f"{m['rate'] / pano['rate']:.1f}×" if pano else "-"
        lines.append(f"| {name} | {m['rate'] / 1e6:.3f} M | {of_drain} | {vs_pano} | {m['rss']:.1f} MiB "
                     f"| {m['cpu']:.2f} s | {m['ok']} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--events", type=int, default=1000000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="attendant-peers-") as tmp:
        wanted = args.only.split(",") if args.only else list(clients(args.build, "").keys())
        node_path, missing = install_peers(tmp, wanted)
        chosen = {k: v for k, v in clients(args.build, node_path).items() if k in wanted and k not in missing}
        results = {name: [] for name in chosen}
        for run in range(args.runs):
            for name, (command, env) in chosen.items():
                r = run_once(args.build, args.events, command, env)
                results[name].append(r)
                rate = args.events / r["seconds"] if r.get("seconds") else 0
                print(f"run {run + 1} {name}: {rate / 1e6:.3f} M events/s, CPU {r['cpu']:.2f} s, "
                      f"RSS {r['rss']:.1f} MiB, counts {'ok' if r['ok'] else 'WRONG'}", file=sys.stderr)
        load_after = os.getloadavg()
        print(table(results, args.events))
        print(f"\n{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average "
              f"{load_before[0]:.2f} before, {load_after[0]:.2f} after ({os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
