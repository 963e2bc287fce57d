#!/usr/bin/env python3
"""Compares the ABI of libeduroadmap_c with the baseline in capi/abi/ (abidiff).

Added functions are compatible and pass; any other difference — a removed or
changed function, a struct or enum that changed — fails. After a deliberate,
compatible change, regenerate the baseline with --update (see docs/c-api.md,
"ABI policy"). --expect-break checks the checker itself: it removes one
function from a copy of the baseline's view of the library and requires
abidiff to report it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def abidw(library: str, headers: str, out: str) -> None:
    subprocess.run(["abidw", "--headers-dir", headers, "--no-corpus-path", "--no-comp-dir-path", "--short-locs",
                    "--drop-private-types", "--exported-interfaces-only", "--no-show-locs", "--out-file", out, library], check=True)


def abidiff(baseline: str, library: str, headers: str) -> subprocess.CompletedProcess:
    return subprocess.run(["abidiff", "--no-added-syms", "--exported-interfaces-only", "--headers-dir2", headers, baseline, library],
                          capture_output=True, text=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--library", required=True)
    parser.add_argument("--headers-dir", required=True)
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--update", action="store_true", help="rewrite the baseline from the library")
    parser.add_argument("--expect-break", metavar="FUNCTION",
                        help="rename FUNCTION in a copy of the baseline; pass only if abidiff then fails")
    args = parser.parse_args()

    if args.update:
        abidw(args.library, args.headers_dir, args.baseline)
        print(f"check_abi: baseline written to {args.baseline}")
        return 0

    baseline = args.baseline
    tmp = None
    if args.expect_break:
        # A baseline that has one more function than the library: to abidiff,
        # the library removed it — an incompatible change.
        tmp = tempfile.mkdtemp()
        baseline = os.path.join(tmp, "broken.abi")
        with open(args.baseline, encoding="utf-8") as f:
            text = f.read()
        if args.expect_break not in text:
            print(f"check_abi: {args.expect_break} is not in the baseline", file=sys.stderr)
            return 1
        with open(baseline, "w", encoding="utf-8") as f:
            f.write(text.replace(f"'{args.expect_break}'", f"'{args.expect_break}_removed'"))
    try:
        result = abidiff(baseline, args.library, args.headers_dir)
    finally:
        if tmp:
            shutil.rmtree(tmp)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if args.expect_break:
        detected = result.returncode & 8 and f"{args.expect_break}_removed" in result.stdout
        print(f"check_abi: removal of {args.expect_break} {'detected' if detected else 'NOT detected'}")
        return 0 if detected else 1
    if result.returncode != 0:
        print(f"check_abi: the C ABI differs from {args.baseline} (abidiff status {result.returncode}); "
              "if the change is deliberate and compatible, run check_abi.py --update", file=sys.stderr)
        return 1
    print("check_abi: the C ABI matches the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
