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

Next to it, examples/<name>.review.tsv records the review of each finding
(rule, path, line, verdict, reason; verdict ``true``, ``noisy`` or ``false``,
examples/README.md says what each means). Regenerating keeps the verdicts of
the findings that are still reported (matched by rule, path and line, then by
rule and path when only the line moved), drops those of findings no longer
reported and adds a row with verdict ``?`` for each new finding; it prints
both, and the reviewer writes the new verdicts in.

tests/cli/test_findings.py asserts that the tool still produces exactly these
lists; tests/cli/test_precision.py that every finding has a verdict and that
every rule keeps a precision of at least 95 %. When a deliberate change (a new rule, a fixed false positive, an edited
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
REVIEW_COLUMNS = ("rule", "path", "line", "verdict", "reason")
VERDICTS = ("true", "noisy", "false")
UNREVIEWED = "?"
REVIEW_HEADER = """\
# The review of the findings of examples/{name}.yaml against the document it
# transcribes (tests/fixtures/sources/{name}.txt): one row per finding of
# `eduroadmap validate --no-config`, in the tool's order. verdict: true (a
# defect a plan owner should fix), noisy (true but not worth a finding, or
# reported apart from a cause already reported), false (not a defect, or an
# artefact of the transcription). Regenerated rows keep their verdicts
# (examples/update_findings.py); tests/cli/test_precision.py checks them.
"""
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


def review_path(roadmap: pathlib.Path) -> pathlib.Path:
    return roadmap.with_name(roadmap.stem + ".review.tsv")


def read_review(path: pathlib.Path) -> list[dict]:
    """The rows of a review file (comments and the header row skipped); line is an int."""
    rows = []
    if not path.exists():
        return rows
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip() or text.startswith("#") or text.startswith("rule\t"):
            continue
        cells = text.split("\t")
        if len(cells) != len(REVIEW_COLUMNS):
            raise ValueError(f"{path.name}:{number}: {len(cells)} columns, want {len(REVIEW_COLUMNS)}: {text!r}")
        row = dict(zip(REVIEW_COLUMNS, cells))
        row["line"] = int(row["line"])
        rows.append(row)
    return rows


def match_review(findings: list[dict], rows: list[dict]) -> tuple[list, list[dict]]:
    """Pairs each finding with its review row: by rule, path and line, then by rule
    and path (the line moved). Returns [(finding, row or None)] in the findings'
    order and the rows no finding took."""
    left = list(rows)
    paired: list = [None] * len(findings)
    for keys in (("rule", "path", "line"), ("rule", "path")):
        for i, f in enumerate(findings):
            if paired[i] is not None:
                continue
            for j, row in enumerate(left):
                if all(row[k] == f[k] for k in keys):
                    paired[i] = left.pop(j)
                    break
    return list(zip(findings, paired)), left


def dumps_review(name: str, pairs: list) -> str:
    lines = [REVIEW_HEADER.format(name=name).rstrip("\n"), "\t".join(REVIEW_COLUMNS)]
    for f, row in pairs:
        verdict, reason = (row["verdict"], row["reason"]) if row else (UNREVIEWED, "not reviewed yet")
        lines.append("\t".join((f["rule"], f["path"], str(f["line"]), verdict, reason)))
    return "\n".join(lines) + "\n"


def update_review(roadmap: pathlib.Path, findings: list[dict]) -> None:
    """Rewrites examples/<name>.review.tsv for @p findings, keeping the verdicts it can."""
    target = review_path(roadmap)
    pairs, stale = match_review(findings, read_review(target))
    target.write_text(dumps_review(roadmap.stem, pairs), encoding="utf-8")
    for row in stale:
        print(f"  dropped verdict: {row['rule']} {row['path']} (line {row['line']}): {row['verdict']}")
    for f, row in pairs:
        if row is None or row["verdict"] == UNREVIEWED:
            print(f"  to review: {f['rule']} {f['path']} (line {f['line']}): {f['message']}")


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
        update_review(roadmap, findings["findings"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
