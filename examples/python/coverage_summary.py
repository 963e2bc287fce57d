#!/usr/bin/env python3
"""Validates every roadmap in a folder and summarises, per direction of the
catalog, how the plans cover the management cycle.

    python3 coverage_summary.py FOLDER

Exit status 1 when some file has errors."""
from __future__ import annotations

import collections
import pathlib
import sys

import eduroadmap


def main(folder: str) -> int:
    files = sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix in (".yaml", ".yml"))
    plans = 0
    with_errors = 0
    present: collections.Counter[str] = collections.Counter()   # code → plans with a section for it
    complete: collections.Counter[str] = collections.Counter()  # code → plans covering every required stage
    measures: collections.Counter[str] = collections.Counter()
    missing: dict[str, collections.Counter[eduroadmap.Stage]] = collections.defaultdict(collections.Counter)
    titles: dict[str, str] = {}
    for path in files:
        report = eduroadmap.validate_file(path)
        print(f"{path.name}: {len(report.errors)} errors, {len(report.warnings)} warnings, {len(report.infos)} infos")
        with_errors += not report.ok
        try:
            roadmap = eduroadmap.load(path)
        except eduroadmap.LoadError as e:
            print(f"  not a roadmap: line {e.line}, column {e.column}")
            continue
        plans += 1
        with roadmap:
            for row in roadmap.coverage():
                if row.code is None:
                    continue
                titles[row.code] = row.title
                if not row.sections:
                    continue
                present[row.code] += 1
                measures[row.code] += row.measure_count
                complete[row.code] += not row.missing
                missing[row.code].update(row.missing)
    print(f"\n{plans} plans; per direction: plans with a section, measures, plans covering every required stage")
    for code in sorted(titles, key=lambda c: tuple(int(x) for x in c.split("."))):
        gap = ", ".join(f"{s.label} ({n})" for s, n in missing[code].most_common(2)) or "—"
        print(f"{code} {titles[code][:60]}: {present[code]}/{plans} plans, {measures[code]} measures, "
              f"{complete[code]} complete; most often missing: {gap}")
    return 1 if with_errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: coverage_summary.py FOLDER")
    sys.exit(main(sys.argv[1]))
