#!/usr/bin/env python3
"""Hostile-but-valid inputs through every command of the CLI: time and peak memory.

Builds each input of issue 17's audit in a temporary directory and runs the
commands on it, one process each, printing wall time, peak resident memory
(as /usr/bin/time measures it) and exit status. A command still running after
--timeout seconds is killed and shown as such.

    python3 bench/hostile.py [--cli build/cli/eduroadmap] [--timeout 30] [--only NAME]

Nothing here asserts: regressions are caught by the tests (tests/limits_test.cpp,
tests/cli/test_limits.py), which check the bounds by construction; these are
the figures behind docs/limits.md.
"""
import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

HEADER = """schema: eduroadmap/1
id: hostile
title: План мероприятий
period: {period}
responsibles:
  - id: ko
    short: КО
    full: комитет образования
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
"""

MEASURE = """      - number: "{n}."
        title: Мониторинг {n}
        deadline: "{deadline}"
        responsibles: КО
        result: Справка
"""


def roadmap(period, count, deadline="еженедельно"):
    parts = [HEADER.format(period=period)]
    parts += [MEASURE.format(n=i + 1, deadline=deadline) for i in range(count)]
    return "".join(parts)


def deep_mapping(depth):
    # {a: [{a: [ ... ]}]} written in flow style: depth nested collections in few bytes
    opening = "".join("{a: " if i % 2 == 0 else "[" for i in range(depth))
    closing = "".join("}" if i % 2 == 0 else "]" for i in reversed(range(depth)))
    return "schema: eduroadmap/1\nid: deep\nx: " + opening + "1" + closing + "\n"


def inputs(tmp):
    """(name, files) pairs; each file is written under tmp."""
    yield "weekly-16k-period-1400-9999", {"r.yaml": roadmap("1400-01-01..9999-12-31", 100)}
    yield "weekly-85000-2021-2024", {"r.yaml": roadmap("2021-2024", 85000)}
    # The worst valid case: the window budget raised to its ceiling and filled
    # (4,700 weekly measures over 2021-2024: 987,000 windows).
    yield "weekly-4700-budget-ceiling", {"r.yaml": roadmap("2021-2024", 4700),
                                         ".eduroadmap.yaml": "limits:\n  max_windows: 1000000\n"}
    yield "deep-100k-config-raised", {
        "r.yaml": deep_mapping(100000),
        ".eduroadmap.yaml": "limits:\n  max_depth: 1000000\n  max_nodes: 100000000\n  max_file_bytes: 1000000000\n",
    }
    stages = "required_stages: [" + ", ".join(["monitoring"] * 100000) + "]\n"
    yield "required-stages-100k", {"r.yaml": roadmap("2021-2024", 3, "2021"), ".eduroadmap.yaml": stages}
    yield "file-1GB", {"r.yaml": None}  # a sparse file, made with truncate
    rng = random.Random(17)
    yield "junk-16MB", {"junk.txt": bytes(rng.getrandbits(8) for _ in range(16 * 1024 * 1024))}


def commands(name, d):
    r = os.path.join(d, "r.yaml")
    if name.startswith("junk"):
        return [("import", ["import", os.path.join(d, "junk.txt"), "-o", os.path.join(d, "out.yaml")], None)]
    cmds = [
        ("validate", ["validate", r], None),
        ("validate -", ["validate", "-"], r),
        ("query", ["query", r, "--format", "json"], None),
        ("query --due-between", ["query", r, "--due-between", "2022-09", "--format", "json"], None),
        ("calendar", ["calendar", r, "-o", os.path.join(d, "out.ics")], None),
        ("coverage", ["coverage", r], None),
        ("export", ["export", r, "--format", "json", "-o", os.path.join(d, "out.json")], None),
    ]
    if name == "file-1GB":
        cmds.append(("import", ["import", r, "-o", os.path.join(d, "out.yaml")], None))
    return cmds


def run(cli, argv, stdin_path, timeout, tmp):
    # /usr/bin/time reports the peak memory of the command alone (ru_maxrss
    # of a child forked from this script would count this script's own).
    stats = os.path.join(tmp, "time.txt")
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    start = time.monotonic()
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", stats, cli] + argv, stdin=stdin,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        status = p.wait(timeout)
        code = str(status if status < 128 else status)
        elapsed = time.monotonic() - start
        with open(stats) as f:
            peak_kb = int(f.read().split()[-1])
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        elapsed, peak_kb, code = time.monotonic() - start, float("nan"), "killed"
    if stdin_path:
        stdin.close()
    return elapsed, peak_kb / 1024.0, code


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(here, "..", "build", "cli", "eduroadmap"))
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    print(f"{'input':32} {'command':22} {'seconds':>8} {'peak MB':>8}  exit")
    with tempfile.TemporaryDirectory(prefix="erm-hostile-") as tmp:
        for name, files in inputs(tmp):
            if args.only and args.only not in name:
                continue
            d = os.path.join(tmp, name)
            os.makedirs(d)
            for fname, content in files.items():
                path = os.path.join(d, fname)
                if content is None:
                    with open(path, "wb") as f:
                        f.truncate(1 << 30)
                else:
                    with open(path, "wb") as f:
                        f.write(content.encode() if isinstance(content, str) else content)
            size = sum(os.path.getsize(os.path.join(d, f)) for f in files)
            for label, argv, stdin_path in commands(name, d):
                secs, mb, code = run(args.cli, argv, stdin_path, args.timeout, tmp)
                print(f"{name:32} {label:22} {secs:8.2f} {mb:8.1f}  {code}", flush=True)
            print(f"{'':32} (input {size / 1e6:.1f} MB)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
