#!/usr/bin/env python3
"""Regenerate examples/<name>.findings.json, the reviewed findings of each example.

Usage (from anywhere; paths are relative to the repository root):

    ERM_CLI=path/to/eduroadmap /usr/bin/python3 examples/update_findings.py [NAME ...]

Without NAME, every examples/*.yaml is validated; with names (``tosno-2021`` or
``examples/tosno-2021.yaml``), only those. For each roadmap the script runs

    $ERM_CLI validate --format json --lang en --no-config examples/<name>.yaml

and writes examples/<name>.findings.json: ``{"findings": [...], "groups": [...]}``,
the findings reduced to a stable, reviewable list -- one object per finding
with ``rule``, ``severity``, ``path``, ``line``, the English ``message`` and
its ``group`` id -- in the order the tool sorts them (line, column, rule), and
the groups (one per cause) in the order the tool ranks them, each with its
``id``, ``rule``, ``severity``, ``count``, primary ``line`` and ``message``. Columns and hints are left out so that the files
change only when what is found changes. ``--no-config`` keeps the result
independent of any .eduroadmap.yaml above the checkout.

tests/cli/test_findings.py asserts that the tool still produces exactly these
lists. When a deliberate change (a new rule, a fixed false positive, an edited
example) makes it fail, review the added and removed findings it prints against
the source text in tests/fixtures/sources/, update examples/README.md where the counts
or explanations change, then run this script and commit the regenerated files.
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIELDS = ("rule", "severity", "path", "line", "message", "group")
GROUP_FIELDS = ("id", "rule", "severity", "count", "line", "message")


def cli_binary() -> str:
    binary = os.environ.get("ERM_CLI")
    if not binary:
        sys.exit("ERM_CLI must name the eduroadmap binary, e.g. ERM_CLI=build/cli/eduroadmap")
    return binary


def reduced_findings(binary: str, roadmap: pathlib.Path) -> dict:
    """The findings and groups of one roadmap as `validate --format json` reports them, reduced."""
    rel = roadmap.resolve().relative_to(ROOT)
    run = subprocess.run(
        [binary, "validate", "--format", "json", "--lang", "en", "--no-config", str(rel)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    if run.returncode not in (0, 1):
        raise RuntimeError(f"{binary} validate {rel} exited with {run.returncode}:\n{run.stderr}")
    report = json.loads(run.stdout)
    (file_report,) = report["files"]
    return {"findings": [{k: d[k] for k in FIELDS} for d in file_report["diagnostics"]],
            "groups": [{k: g[k] for k in GROUP_FIELDS} for g in file_report["groups"]]}


def findings_path(roadmap: pathlib.Path) -> pathlib.Path:
    return roadmap.with_name(roadmap.stem + ".findings.json")


def dumps(reduced: dict) -> str:
    """One finding or group per line, so that a change shows as added and removed lines."""
    def listing(items: list[dict]) -> str:
        if not items:
            return "[]"
        return "[\n    " + ",\n    ".join(json.dumps(f, ensure_ascii=False) for f in items) + "\n  ]"
    return ('{\n  "findings": ' + listing(reduced["findings"]) + ',\n  "groups": ' + listing(reduced["groups"]) +
            "\n}\n")


def roadmaps(names: list[str]) -> list[pathlib.Path]:
    if not names:
        return sorted(EXAMPLES.glob("*.yaml"))
    out = []
    for name in names:
        stem = pathlib.Path(name).name.removesuffix(".yaml")
        path = EXAMPLES / f"{stem}.yaml"
        if not path.is_file():
            sys.exit(f"no such example: {path}")
        out.append(path)
    return out


def main(argv: list[str]) -> int:
    binary = cli_binary()
    for roadmap in roadmaps(argv):
        findings = reduced_findings(binary, roadmap)
        target = findings_path(roadmap)
        text = dumps(findings)
        old = target.read_text(encoding="utf-8") if target.exists() else None
        target.write_text(text, encoding="utf-8")
        state = "unchanged" if old == text else "written"
        print(f"{target.relative_to(ROOT)}: {len(findings['findings'])} findings, "
              f"{len(findings['groups'])} groups ({state})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
