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


def test_query_returns_the_library_result(plan):
    result = plan.query(stage="monitoring", group_by="month")
    assert result["roadmap"] == "test-plan" and result["count"] == 1
    assert result["measures"][0]["id"] == "1"
    assert result["groups"] and all(g["period"].startswith(("2023-", "2024-")) for g in result["groups"])
