"""The reviewed findings of every example: `eduroadmap validate examples/<name>.yaml`
must report exactly what examples/<name>.findings.json records: its findings
(rule, severity, node path, line, English message and group id, in the tool's
order) and its groups (one per cause, in the tool's ranking).

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
FIELDS = ("rule", "severity", "path", "line", "message", "group")
GROUP_FIELDS = ("id", "rule", "severity", "count", "line", "message")


def reduced(cli, roadmap):
    """The findings as examples/update_findings.py records them."""
    r = cli("validate", "--format", "json", "--lang", "en", "--no-config", roadmap.relative_to(ROOT))
    assert r.returncode in (0, 1), r.stderr
    (report,) = json.loads(r.stdout)["files"]
    return {"findings": [{k: d[k] for k in FIELDS} for d in report["diagnostics"]],
            "groups": [{k: g[k] for k in GROUP_FIELDS} for g in report["groups"]]}


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
    recorded_all = json.loads(recorded.read_text(encoding="utf-8"))
    actual_all = reduced(cli, roadmap)
    if actual_all == recorded_all:
        return
    if actual_all["findings"] == recorded_all["findings"]:
        pytest.fail(f"{roadmap.relative_to(ROOT)}: the same findings, grouped or ranked differently than "
                    f"{recorded.name} records: {actual_all['groups']}", pytrace=False)
    expected, actual = recorded_all["findings"], actual_all["findings"]
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


def groups_of(cli, name):
    r = cli("validate", "--format", "json", "--lang", "en", "--no-config", f"examples/{name}.yaml")
    assert r.returncode in (0, 1), r.stderr
    (report,) = json.loads(r.stdout)["files"]
    return report


def test_kachkanar_missing_result_column_is_one_group(cli):
    report = groups_of(cli, "kachkanar-2019-2020")
    results = [g for g in report["groups"] if g["rule"] == "result-missing"]
    assert len(results) == 1
    assert results[0]["count"] == len([d for d in report["diagnostics"] if d["rule"] == "result-missing"]) >= 80
    assert "no expected-result column" in results[0]["message"]
    assert len(results[0]["locations"]) == results[0]["count"]


def test_timashevsk_shift_is_one_columns_shifted_group_replacing_its_symptoms(cli):
    report = groups_of(cli, "timashevsk-2023-2024")
    shifted = [g for g in report["groups"] if g["rule"] == "columns-shifted"]
    assert len(shifted) == 1 and shifted[0]["count"] >= 15
    rows = {loc["path"].rsplit(".", 1)[0] for loc in shifted[0]["locations"]}
    for d in report["diagnostics"]:
        if d["rule"] in ("deadline-unrecognized", "responsible-unknown"):
            assert d["path"].rsplit(".", 1)[0].split(".responsibles[")[0] not in rows, d


def test_every_finding_belongs_to_one_listed_group(cli):
    for roadmap in ROADMAPS:
        report = groups_of(cli, roadmap.stem)
        ids = [g["id"] for g in report["groups"]]
        assert len(ids) == len(set(ids))
        assert sum(g["count"] for g in report["groups"]) == len(report["diagnostics"])
        assert {d["group"] for d in report["diagnostics"]} == set(ids)
