"""Roadmap.coverage, Roadmap.indicators and Roadmap.progress."""
from __future__ import annotations

import datetime

import eduroadmap
from eduroadmap import Comparator, ProgressStatus, Stage, Unit

INDICATORS = """\
schema: eduroadmap/1
id: ind
title: План
period: 2021
sections: []
indicators:
  - id: vpr-share
    title: Доля ОО
    direction: "1.1"
    unit: percent
    comparator: "<="
    baseline: {value: 12.5, date: 2020-12-31}
    targets: [{period: "2021", value: 10}]
    actuals: [{date: 2021-06-30, value: 11}]
"""


def test_coverage_rows(plan):
    coverage = plan.coverage()
    assert coverage.catalog == "fioko-2020"
    assert Stage.MONITORING in coverage.required
    assert [r.code for r in coverage][:9] == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"]
    first = coverage.rows[0]
    assert first.cells[Stage.MONITORING] == ("1",) and first.cells[Stage.MEASURES] == ("2",)
    assert first.covered(Stage.MONITORING) and not first.covered(Stage.REVIEW)
    assert set(first.missing) == set(coverage.required) - {Stage.MONITORING, Stage.MEASURES}
    assert coverage.rows[-1].code is None and coverage.rows[-1].title == "Нормативно-правовое обеспечение"
    assert len(coverage) == 10


def test_indicators_and_progress():
    rm = eduroadmap.loads(INDICATORS)
    (indicator,) = rm.indicators
    assert (indicator.id, indicator.unit, indicator.comparator) == ("vpr-share", Unit.PERCENT, Comparator.AT_MOST)
    assert indicator.baseline.number == 12.5 and indicator.baseline_date == datetime.date(2020, 12, 31)
    assert indicator.targets[0].period == "2021" and indicator.targets[0].value.number == 10
    (p,) = rm.progress(datetime.date(2021, 7, 1))
    assert p.target == indicator.targets[0] and p.latest == indicator.actuals[0]
    assert p.target_window == eduroadmap.Window(datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    assert 0 < p.share < 1  # 12.5 → 11 on the way to 10
    (early,) = rm.progress(datetime.date(2021, 1, 15))
    assert early.status is ProgressStatus.NO_DATA and early.latest is None
