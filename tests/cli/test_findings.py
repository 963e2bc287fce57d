"""The reviewed findings of every example: `eduroadmap validate examples/<name>.yaml`
must report exactly what examples/<name>.findings.json records (rule, severity,
node path, line and English message, in the tool's order).

Each recorded list was checked against the source document the example transcribes
(examples/README.md explains every finding). A deliberate change -- a new or
changed rule, a fixed false positive, an edited example -- is reviewed from the
failure message and then recorded with

    ERM_CLI=path/to/eduroadmap /usr/bin/python3 examples/update_findings.py
"""
import collections
import json

import pytest

from conftest import ROOT

EXAMPLES = ROOT / "examples"
ROADMAPS = sorted(EXAMPLES.glob("*.yaml"))
FIELDS = ("rule", "severity", "path", "line", "message")


def reduced(cli, roadmap):
    """The findings as examples/update_findings.py records them."""
    r = cli("validate", "--format", "json", "--lang", "en", "--no-config", roadmap.relative_to(ROOT))
    assert r.returncode in (0, 1), r.stderr
    (report,) = json.loads(r.stdout)["files"]
    return [{k: d[k] for k in FIELDS} for d in report["diagnostics"]]


def show(finding):
    return f"  {finding['line']:>5}  {finding['severity']:<7} {finding['rule']:<31} {finding['path']}: {finding['message']}"


def difference(expected, actual):
    """Added and removed findings (as multisets, each in the tool's order)."""
    key = lambda f: json.dumps(f, ensure_ascii=False, sort_keys=True)
    want = collections.Counter(map(key, expected))
    got = collections.Counter(map(key, actual))
    added, removed = [], []
    for f in actual:
        if got[key(f)] > want[key(f)]:
            added.append(f)
            got[key(f)] -= 1
    got = collections.Counter(map(key, actual))
    for f in expected:
        if want[key(f)] > got[key(f)]:
            removed.append(f)
            want[key(f)] -= 1
    return added, removed


def test_every_example_has_its_findings_file():
    assert len(ROADMAPS) >= 5
    recorded = sorted(p.name.removesuffix(".findings.json") for p in EXAMPLES.glob("*.findings.json"))
    assert recorded == [p.stem for p in ROADMAPS], (
        "every examples/*.yaml needs an examples/*.findings.json and vice versa; "
        "run examples/update_findings.py after reviewing the findings")


@pytest.mark.parametrize("roadmap", ROADMAPS, ids=[p.stem for p in ROADMAPS])
def test_findings_are_the_reviewed_ones(cli, roadmap):
    recorded = roadmap.with_name(roadmap.stem + ".findings.json")
    if not recorded.exists():
        pytest.fail(f"{recorded.relative_to(ROOT)} is missing; review the findings, then run "
                    "ERM_CLI=… /usr/bin/python3 examples/update_findings.py")
    expected = json.loads(recorded.read_text(encoding="utf-8"))
    actual = reduced(cli, roadmap)
    if actual == expected:
        return
    added, removed = difference(expected, actual)
    lines = [f"{roadmap.relative_to(ROOT)}: the findings differ from {recorded.name} "
             f"({len(expected)} recorded, {len(actual)} now)."]
    if added:
        lines += [f"Added ({len(added)}):"] + [show(f) for f in added]
    if removed:
        lines += [f"Removed ({len(removed)}):"] + [show(f) for f in removed]
    if not added and not removed:
        lines.append("Same findings in a different order.")
    lines.append("Review each change against the source text (see examples/README.md); if it is right, "
                 "update examples/README.md and run: ERM_CLI=path/to/eduroadmap /usr/bin/python3 "
                 "examples/update_findings.py")
    pytest.fail("\n".join(lines), pytrace=False)
