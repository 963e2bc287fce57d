"""The example programs (examples/c, examples/cpp, examples/python), built by
CMake and run here against the bundled roadmaps. Paths come from CTest:
EXAMPLE_VALIDATE, EXAMPLE_DUE, ERM_LIBRARY (and PYTHONPATH for the bindings)."""
from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture(scope="module")
def binary():
    def get(var: str) -> str:
        value = os.environ.get(var)
        if not value:
            pytest.fail(f"{var} must name the example binary (CTest sets it)")
        return value
    return get


def test_c_validate_prints_each_finding_with_its_place(binary):
    out = run(binary("EXAMPLE_VALIDATE"), "--lang", "en", EXAMPLES / "tosno-2021.yaml", EXAMPLES / "kachkanar-2019-2020.yaml")
    lines = out.stdout.splitlines()
    # examples/tosno-2021.yaml line 167: `        deadline: ""` (measure 4 of section 2).
    assert any(re.fullmatch(r".*/tosno-2021\.yaml:167:19: warning: .* \[deadline-missing\]", l) for l in lines), lines[:5]
    findings = [l for l in lines if re.match(r".*\.yaml:\d+:\d+: (error|warning|info): .* \[[a-z-]+\]$", l)]
    tallies = [l for l in lines if re.match(r".*\.yaml: \d+ errors, \d+ warnings, \d+ infos$", l)]
    assert len(tallies) == 2
    counted = sum(sum(int(n) for n in re.findall(r"(\d+) (?:errors|warnings|infos)", t)) for t in tallies)
    assert counted == len(findings) > 0
    summary = re.fullmatch(r"eduroadmap \d+\.\d+\.\d+: 2 files, (\d) with errors", lines[-1])
    assert summary, lines[-1]
    errors = sum(int(re.search(r"(\d+) errors", t).group(1)) for t in tallies)
    assert int(summary.group(1)) == sum(int(re.search(r"(\d+) errors", t).group(1)) > 0 for t in tallies)
    assert out.returncode == (1 if errors else 0)


def test_c_validate_misuse(binary):
    out = run(binary("EXAMPLE_VALIDATE"))
    assert out.returncode == 2 and "usage" in out.stderr


def test_cpp_due_this_month_per_responsible(binary):
    # examples/kachkanar-2019-2020.yaml, due in November 2019: «ноябрь 2019» (МОУО, ГИМЦРО, ОО),
    # «ежегодно (ноябрь)» (МОУО) and «15 ноября 2019» (МОУО).
    out = run(binary("EXAMPLE_DUE"), EXAMPLES / "kachkanar-2019-2020.yaml", "2019-11")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Due 2019-11-01..2019-11-30 in kachkanar-2019-2020:"
    heads = [l for l in lines[1:] if not l.startswith("  ")]
    assert heads == ["МОУО: 3", "ОО: 1", "ГИМЦРО: 1"]  # registry order: mouo, oo, gimcro
    due_texts = sorted(re.search(r"«(.*)»", l).group(1) for l in lines if l.startswith("  "))
    assert due_texts == sorted(["ноябрь 2019"] * 3 + ["ежегодно (ноябрь)", "15 ноября 2019"])


def test_cpp_due_this_month_bad_month(binary):
    out = run(binary("EXAMPLE_DUE"), EXAMPLES / "kachkanar-2019-2020.yaml", "ноябрь")
    assert out.returncode == 2 and "YYYY-MM" in out.stderr


def test_python_coverage_summary():
    out = run(sys.executable, EXAMPLES / "python" / "coverage_summary.py", EXAMPLES)
    assert out.returncode in (0, 1), out.stderr
    lines = out.stdout.splitlines()
    names = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
    assert [l.split(":")[0] for l in lines[:len(names)]] == names
    rows = {l.split()[0]: l for l in lines if re.match(r"\d\.\d ", l)}
    assert sorted(rows) == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"]
    # Cross-check one direction against the library directly.
    import eduroadmap
    present = measures = 0
    for name in names:
        with eduroadmap.load(EXAMPLES / name) as rm:
            row = next(r for r in rm.coverage() if r.code == "1.1")
            present += bool(row.sections)
            measures += row.measure_count
    assert f": {present}/{len(names)} plans, {measures} measures," in rows["1.1"]
