"""cycle-stage-missing against the hand labels: every stage the rule says a
direction misses is one that no measure of that direction has as its
hand-labelled stage (tests/fixtures/stages/, labelled by a person from each
row's title, form and result, not by the inference). A stage the labels
cover would be a false finding; the test counts them, so the precision in
examples/README.md is measured, not claimed.
"""
import collections
import json

import pytest

from conftest import ROOT

ROADMAPS = ["bashmakovo-2020-2022", "kachkanar-2019-2020", "timashevsk-2023-2024", "tonkino-2020-2021", "tosno-2021"]


def labels(name):
    out = {}
    for line in (ROOT / "tests/fixtures/stages" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        measure, stage = line.split("\t")[:2]
        out[measure] = stage
    return out


@pytest.mark.parametrize("name", ROADMAPS)
def test_no_missing_stage_is_one_a_labelled_measure_covers(cli, name):
    stages = labels(name)
    q = json.loads(cli("query", f"examples/{name}.yaml", "--format", "json").stdout)
    covered = collections.defaultdict(set)
    for m in q["measures"]:
        code = (m.get("direction") or {}).get("code")
        assert m["id"] in stages, f"{name}: measure {m['id']} has no hand label"
        if code:
            covered[code].add(stages[m["id"]])
    assert covered, "no measure maps to a catalog direction"
    v = json.loads(cli("validate", "--no-config", "--format", "json", f"examples/{name}.yaml").stdout)
    named = 0
    for d in v["files"][0]["directions"]:
        named += len(d["missing"])
        false = sorted(set(d["missing"]) & covered[d["direction"]])
        assert not false, f"{name}: direction {d['direction']}: labelled measures cover {false}"
    findings = [x for x in v["files"][0]["diagnostics"] if x["rule"] == "cycle-stage-missing"]
    assert sum(len(f["message"].split(":")[-1].split(",")) for f in findings) == named
