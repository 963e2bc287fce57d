"""Roadmap.score: the management-cycle scorecard as typed values (docs/score.md)."""
from __future__ import annotations

import dataclasses

import pytest

import eduroadmap
from eduroadmap import Stage

from conftest import EXAMPLES, ROOT

MODELS = ROOT / "tests" / "fixtures" / "score"


def test_tosno_has_nine_directions_and_no_section_for_2_1_and_2_4():
    with eduroadmap.load(EXAMPLES / "tosno-2021.yaml") as rm:
        card = rm.score()
    assert card.roadmap == "tosno-2021"
    assert card.model == "fioko-2020"
    assert [c.component for c in card.components] == list(Stage)
    assert len(card.directions) == 9
    for code in ("2.1", "2.4"):
        d = card.direction(code)
        assert d.sections == () and d.total == 0 and d.max == 18
        assert {c.reason.id for c in d.components} == {"no-section"}
        assert all("нет раздела" in c.reason.ru for c in d.components)
    assert card.total == sum(d.total for d in card.directions)
    assert card.max == 162
    assert card.share == pytest.approx(card.total / card.max, abs=1e-4)
    # Every point rests on evidence that says where it stands.
    for d in card.directions:
        for c in d.components:
            assert c.weighted == c.points * c.weight
            if c.points:
                assert c.evidence
                assert all(e.path.startswith(("sections[", "indicators[")) for e in c.evidence)


def test_bashmakovo_1_1_scores_higher_than_1_4():
    with eduroadmap.load(EXAMPLES / "bashmakovo-2020-2022.yaml") as rm:
        card = rm.score()
    assert card.direction("1.1").total > card.direction("career-guidance").total


def test_typed_and_frozen(plan):
    card = plan.score()
    d = card.direction("1.1")
    monitoring = d.component(Stage.MONITORING)
    assert d.component("monitoring") is monitoring
    # «сентябрь-май» in 2023/2024 comes round once: a one-off monitoring.
    assert monitoring.points == 1
    assert monitoring.reason.id == "monitoring-once"
    assert [(e.kind, e.id, e.number, e.section, e.sound) for e in monitoring.evidence] == [
        ("measure", "1", "1.", 0, False)]
    assert isinstance(monitoring.reason, eduroadmap.ScoreReason)
    with pytest.raises(dataclasses.FrozenInstanceError):
        monitoring.points = 2  # type: ignore[misc]
    with pytest.raises(KeyError):
        card.direction("9.9")


def test_a_model_file_changes_the_weights(plan):
    default = plan.score()
    regional = plan.score(MODELS / "regional.yaml")
    assert regional.model == "regional-test"
    assert plan.score("fioko-2020") == default
    by_component = {c.component: c for c in regional.components}
    assert by_component[Stage.MONITORING].weight == 3
    assert by_component[Stage.ANALYSIS].max == 0
    assert regional.max == 9 * (18 - 2 + 4)
    mon = default.direction("1.1").component(Stage.MONITORING)
    assert regional.direction("1.1").component(Stage.MONITORING).weighted == 3 * mon.points


def test_a_bad_model_file_raises_load_error_with_its_position(plan):
    with pytest.raises(eduroadmap.LoadError) as e:
        plan.score(MODELS / "bad.yaml")
    assert e.value.rule == "unknown-field"
    assert (e.value.line, e.value.column) == (7, 5)
    assert e.value.file.endswith("bad.yaml")
