"""Roadmap.measures with filters and Roadmap.query (the CLI's filters, docs/query.md)."""
from __future__ import annotations

import datetime

import eduroadmap
from eduroadmap import MeasureStatus, Stage

D = datetime.date


def test_due_in_november_2019(kachkanar):
    # examples/kachkanar-2019-2020.yaml: «ноябрь 2019», «ежегодно (ноябрь)», «15 ноября 2019».
    due = kachkanar.measures(due_between=(D(2019, 11, 1), D(2019, 11, 30)))
    assert sorted(m.deadline.text for m in due) == ["15 ноября 2019", "ежегодно (ноябрь)", "ноябрь 2019"]
    assert all(any(D(2019, 11, 1) <= e <= D(2019, 11, 30) for e in m.deadline.due_dates) for m in due)
    assert [m.id for m in kachkanar.measures(due_between="2019-11")] == [m.id for m in due]
    # Sorted by the earliest matching due date: 15 November first.
    assert due[0].deadline.text == "15 ноября 2019"


def test_measures_carry_the_windows_that_matched(kachkanar):
    november = eduroadmap.Window(D(2019, 11, 1), D(2019, 11, 30))
    due = kachkanar.measures(due_between=november)
    by_query = {m.path: m.windows for m in kachkanar.query(due_between="2019-11").measures}
    for m in due:
        assert m.matched_windows == by_query[m.path]
        assert m.matched_windows and all(november.start <= w.end <= november.end for w in m.matched_windows)
        assert set(m.matched_windows) <= set(m.deadline.windows)
    # «ежегодно (ноябрь)» recurs every year: only November 2019 matched.
    yearly = next(m for m in due if m.deadline.text == "ежегодно (ноябрь)")
    assert len(yearly.deadline.windows) > len(yearly.matched_windows) == 1
    # The same measure as the unfiltered list's (the windows do not take part in equality).
    assert yearly == next(m for m in kachkanar.measures() if m.path == yearly.path)
    assert all(m.matched_windows == () for m in kachkanar.measures())


def test_filters_compose(kachkanar):
    due = kachkanar.measures(due_between="2019-11", responsible="ГИМЦРО")
    assert [m.deadline.text for m in due] == ["ноябрь 2019"]
    assert all("gimcro" in m.responsible_ids for m in kachkanar.measures(responsible="gimcro"))


def test_stage_and_status(plan):
    assert [m.id for m in plan.measures(stage=Stage.MONITORING)] == ["1"]
    assert [m.id for m in plan.measures(stage="measures")] == ["2"]
    assert [m.id for m in plan.measures(status=MeasureStatus.DONE)] == ["1"]
    assert [m.id for m in plan.measures(status="planned")] == ["2"]


def test_a_title_naming_two_stages_is_found_under_both():
    two = eduroadmap.loads("""schema: eduroadmap/1
id: two
title: T
period: 2021
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - {number: "1", title: Мониторинг и анализ результатов ВПР}
      - {number: "2", title: Анализ результатов ГИА}
""")
    first = two.measures()[0]
    assert first.stage is Stage.MONITORING and first.stage_also == (Stage.ANALYSIS,)
    assert [m.id for m in two.measures(stage="analysis")] == ["1", "2"]
    assert [m.id for m in two.measures(stage="monitoring")] == ["1"]
    assert two.measures()[1].stage_also == ()


def test_direction_and_active(plan):
    assert [m.id for m in plan.measures(direction="1.1")] == ["1", "2"]
    assert plan.measures(direction="talents") == []
    # «сентябрь-май» overlaps December 2023; the unrecognized deadline has no window.
    assert [m.id for m in plan.measures(active_between="2023-12")] == ["1"]


def test_query_returns_typed_values(plan):
    result = plan.query(stage="monitoring", active_between="2023-12", group_by="month")
    assert isinstance(result, eduroadmap.QueryResult)
    assert result.roadmap == "test-plan" and result.count == len(result.measures) == 1
    assert result.query == eduroadmap.Query(stage=Stage.MONITORING,
                                            active_between=eduroadmap.Window(D(2023, 12, 1), D(2023, 12, 31)),
                                            group_by="month")
    m = result.measures[0]
    assert (m.id, m.number, m.title, m.path) == ("1", "1.", "Мониторинг результатов ВПР", "sections[0].measures[0]")
    assert m.section == eduroadmap.MatchSection(0, None, "Система оценки качества подготовки обучающихся")
    assert (m.direction.code, m.direction.slug) == ("1.1", "training-quality")
    assert m.responsibles == eduroadmap.MatchResponsibles("КО", ("ko",), ())
    assert m.stage == eduroadmap.MatchStage(Stage.MONITORING, False, ())
    assert m.status is MeasureStatus.DONE
    assert m.deadline == eduroadmap.MatchDeadline("сентябрь-май", eduroadmap.DeadlineKind.FIXED)
    assert m.result == "Аналитическая справка"
    assert m.windows == (eduroadmap.Window(D(2023, 9, 1), D(2024, 5, 31)),)
    assert result.groups == (eduroadmap.QueryGroup(None, None, "2023-12", D(2023, 12, 1), D(2023, 12, 31), (),
                                                   ("1",)),)
    assert plan.query().groups is None  # without group_by, no groups at all
    # An inferred stage says which field and cue decided it.
    meeting = plan.query(stage="measures").measures[0]
    assert meeting.stage == eduroadmap.MatchStage(Stage.MEASURES, True, (), eduroadmap.MatchDecidedBy("title", "совещани"))


def test_typed_result_matches_the_json_of_the_c_api(kachkanar):
    """Every attribute is the JSON key of the same name: walked generically,
    the typed result and the library's JSON say the same."""
    import dataclasses
    import json
    from eduroadmap import _ffi

    filters = {"due_between": "2019-11", "group_by": "responsible"}
    result = kachkanar.query(**filters)
    with kachkanar._use() as h:
        raw = json.loads(_ffi.call_string(_ffi.lib().erm_query_json, h, json.dumps(filters).encode()))

    def plain(value):
        if dataclasses.is_dataclass(value):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                    if getattr(value, f.name) is not None}
        if isinstance(value, eduroadmap.Window):
            return {"start": value.start.isoformat(), "end": value.end.isoformat()}
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        if isinstance(value, D):
            return value.isoformat()
        if hasattr(value, "label"):
            return value.label
        return value

    def without_nulls(value):
        if isinstance(value, dict):
            return {k: without_nulls(v) for k, v in value.items() if v is not None}
        if isinstance(value, list):
            return [without_nulls(v) for v in value]
        return value

    typed = plain(result)
    typed["query"]["due_between"] = "{start}..{end}".format(**typed["query"]["due_between"])
    assert typed == without_nulls(raw)
    assert result.count == 3 and result.groups
