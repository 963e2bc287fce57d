#!/usr/bin/env python3
"""Checks what libeduroadmap_c exports (nm -D) against the C header.

- every defined dynamic symbol is an erm_* function (or the version node),
  each bound to the version node EDUROADMAP_C_<major>;
- the exported functions are exactly the functions the header declares;
- every exported function is named in the misuse test (errors_test.c), so a
  new function cannot ship without its NULL-argument checks;
- the SONAME is libeduroadmap_c.so.<major>.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys


def dynamic_symbols(library: str) -> list[tuple[str, str, str]]:
    """(type, name, version) of every defined dynamic symbol."""
    out = subprocess.run(["nm", "-D", "--defined-only", library], check=True, capture_output=True, text=True).stdout
    symbols = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        kind, full = parts[-2], parts[-1]
        name, _, version = full.partition("@@")
        if not version:
            name, _, version = full.partition("@")
        symbols.append((kind, name, version))
    return symbols


def declared_functions(header: str) -> set[str]:
    with open(header, encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r"ERM_EXTERN\([^)]*\)\s*(erm_\w+)\s*\(", text))


def soname(library: str) -> str:
    out = subprocess.run(["objdump", "-p", library], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^\s*SONAME\s+(\S+)", out, re.MULTILINE)
    return match.group(1) if match else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--library", required=True)
    parser.add_argument("--header", required=True)
    parser.add_argument("--misuse-test", required=True)
    parser.add_argument("--soname", required=True)
    args = parser.parse_args()

    problems = []
    node = "EDUROADMAP_C_" + args.soname.rsplit(".", 1)[-1]
    exported = set()
    for kind, name, version in dynamic_symbols(args.library):
        if kind == "A" and name == node:
            continue  # the version node itself
        if not name.startswith("erm_"):
            problems.append(f"exported symbol outside the C API: {name} ({kind})")
        elif kind != "T":
            problems.append(f"exported erm_ symbol is not a function: {name} ({kind})")
        elif version != node:
            problems.append(f"{name} is bound to version '{version}', expected {node}")
        exported.add(name)

    declared = declared_functions(args.header)
    for name in sorted(declared - exported):
        problems.append(f"declared in the header but not exported: {name}")
    for name in sorted(exported - declared):
        problems.append(f"exported but not declared in the header: {name}")

    with open(args.misuse_test, encoding="utf-8") as f:
        misuse = f.read()
    for name in sorted(exported):
        if not re.search(rf"\b{name}\s*\(", misuse):
            problems.append(f"{name} is not exercised by {args.misuse_test}")

    actual = soname(args.library)
    if actual != args.soname:
        problems.append(f"SONAME is '{actual}', expected '{args.soname}'")

    for p in problems:
        print("check_exports:", p, file=sys.stderr)
    print(f"check_exports: {len(exported)} erm_ functions exported, {len(declared)} declared, "
          f"SONAME {actual}: {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
