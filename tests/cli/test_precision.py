"""Precision, measured: every finding of `eduroadmap validate --no-config` on the
bundled roadmaps has a reviewed verdict in examples/<name>.review.tsv (true,
noisy or false, with a reason, judged against the document in
tests/fixtures/sources/), no verdict names a finding the tool no longer
reports, and every rule keeps a precision (true / all of its findings over the
five roadmaps) of at least 95 %. The table of examples/README.md («Precision
per rule») must give the same counts.

After a deliberate change, `ERM_CLI=… /usr/bin/python3 examples/update_findings.py`
keeps the verdicts of the findings that remain and adds `?` rows to review.
"""
import collections
import importlib.util
import re

import pytest

from conftest import ROOT
from test_findings import ROADMAPS, reduced

FLOOR = 0.95

_spec = importlib.util.spec_from_file_location("update_findings", ROOT / "examples" / "update_findings.py")
update_findings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_findings)


@pytest.fixture(scope="module")
def reviewed(cli):
    """{roadmap stem: [(finding, review row or None)]} and the rows left over."""
    paired, stale = {}, {}
    for roadmap in ROADMAPS:
        findings = reduced(cli, roadmap)["findings"]
        rows = update_findings.read_review(update_findings.review_path(roadmap))
        paired[roadmap.stem], stale[roadmap.stem] = update_findings.match_review(findings, rows)
    return paired, stale


def table(paired):
    """{rule: Counter(verdict)} over every roadmap."""
    counts = collections.defaultdict(collections.Counter)
    for pairs in paired.values():
        for f, row in pairs:
            counts[f["rule"]][row["verdict"] if row else update_findings.UNREVIEWED] += 1
    return counts


def precision(c):
    return c["true"] / sum(c.values())


def render(counts):
    lines = [f"{'rule':<34}{'true':>6}{'noisy':>7}{'false':>7}{'all':>6}  precision"]
    for rule in sorted(counts):
        c = counts[rule]
        lines.append(f"{rule:<34}{c['true']:>6}{c['noisy']:>7}{c['false']:>7}{sum(c.values()):>6}  "
                     f"{100 * precision(c):.0f} %")
    return "\n".join(lines)


def test_every_review_file_exists():
    missing = [p.stem for p in ROADMAPS if not update_findings.review_path(p).exists()]
    assert not missing, f"no examples/<name>.review.tsv for {missing}; run examples/update_findings.py and review"


def test_every_finding_has_a_verdict_and_every_verdict_a_finding(reviewed):
    paired, stale = reviewed
    problems = []
    for name, pairs in paired.items():
        for f, row in pairs:
            where = f"examples/{name}.review.tsv: {f['rule']}\t{f['path']}\t{f['line']}"
            if row is None:
                problems.append(f"add a verdict: {where}  ({f['message']})")
            elif row["verdict"] not in update_findings.VERDICTS:
                problems.append(f"review ({row['verdict']!r} is no verdict): {where}  ({f['message']})")
            elif not row["reason"].strip():
                problems.append(f"give a reason: {where}")
        for row in stale[name]:
            problems.append(f"remove (no longer reported): examples/{name}.review.tsv: "
                            f"{row['rule']}\t{row['path']}\t{row['line']}\t{row['verdict']}")
    assert not problems, "\n".join(problems)


def test_every_rule_is_at_least_95_percent_precise(reviewed):
    counts = table(reviewed[0])
    print("\n" + render(counts))
    low = [rule for rule, c in counts.items() if precision(c) < FLOOR]
    assert not low, f"precision below {FLOOR:.0%} for {low}:\n{render(counts)}"


def readme_table():
    """{rule: (findings, true, noisy, false, precision text)} from examples/README.md."""
    text = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    section = text.split("## Precision per rule", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        m = re.match(r"\| `([a-z-]+)` \| (\d+) \| \d+ \| (\d+) \| (\d+) \| (\d+) \| ([^|]+) \|", line)
        if m:
            rows[m.group(1)] = (int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                                m.group(6).strip())
    return rows


def test_readme_precision_table_is_the_measured_one(reviewed):
    counts = table(reviewed[0])
    rows = readme_table()
    want = {rule: (sum(c.values()), c["true"], c["noisy"], c["false"], f"{100 * precision(c):.0f} %")
            for rule, c in counts.items()}
    got = {rule: row for rule, row in rows.items() if row[0] > 0}
    assert got == want, f"examples/README.md «Precision per rule» differs from the review:\n{render(counts)}"
