"""eduroadmap.diff and Roadmap.status: plans over time as typed values
(docs/diff.md, docs/status.md)."""
from __future__ import annotations

import datetime

import pytest
import yaml

import eduroadmap
from eduroadmap import Window

from conftest import EXAMPLES, ROOT

D = datetime.date

#: Seven measures of 2021; the file's header lists their windows and marks.
PLAN = ROOT / "tests" / "fixtures" / "status" / "quarterly.yaml"


def test_a_plan_against_itself_is_equal():
    with eduroadmap.load(EXAMPLES / "tosno-2021.yaml") as a, eduroadmap.load(EXAMPLES / "tosno-2021.yaml") as b:
        d = eduroadmap.diff(a, b)
    assert d.equal and not d
    assert d.summary["unchanged"] == a_count() and d.summary["changed"] == 0
    assert d.added == d.removed == d.moved == d.changed == d.renumbered == d.directions == ()


def a_count() -> int:
    with eduroadmap.load(EXAMPLES / "tosno-2021.yaml") as rm:
        return len(rm.measures())


def test_a_later_version_gives_its_changes_typed():
    data = yaml.safe_load((EXAMPLES / "kachkanar-2019-2020.yaml").read_text(encoding="utf-8"))
    first = data["sections"][1]["measures"]  # «Система оценки качества подготовки обучающихся»: 1.1
    removed_title = first.pop(1)["title"]
    first[0]["deadline"] = "Декабрь 2019"
    before_deadline = yaml.safe_load((EXAMPLES / "kachkanar-2019-2020.yaml").read_text(encoding="utf-8"))[
        "sections"][1]["measures"][0]["deadline"]
    with eduroadmap.load(EXAMPLES / "kachkanar-2019-2020.yaml") as a, \
            eduroadmap.loads(yaml.safe_dump(data, allow_unicode=True)) as b:
        d = eduroadmap.diff(a, b)
    assert d and not d.equal
    assert [m.title for m in d.removed] == [removed_title]
    assert d.added == () and d.moved == () and d.renumbered == ()
    assert len(d.changed) == 1
    change = d.changed[0].changes[0]
    assert change.field == "deadline"
    assert (change.before, change.after) == (before_deadline, "Декабрь 2019")
    assert change.windows_after == (Window(D(2019, 12, 1), D(2019, 12, 31)),)
    assert change.windows_before and change.windows_before != change.windows_after
    assert d.changed[0].before.section == d.changed[0].after.section == 1
    # One measure fewer in that direction.
    assert [c.direction for c in d.directions] == ["1.1"]
    assert d.directions[0].measures_after == d.directions[0].measures_before - 1
    assert d.directions[0].score_max == 18


def test_status_on_a_date_per_occurrence():
    with eduroadmap.load(PLAN) as rm:
        r = rm.status(as_of=D(2021, 7, 1))
    assert r.as_of == D(2021, 7, 1) and r.due_in is None
    analysis = r.measure("s1/1")  # «1.» is numbered in both sections
    assert analysis.execution == "overdue" and analysis.due == 1 and analysis.due_done == 0
    monitoring = r.measure("2")
    assert [o.execution for o in monitoring.occurrences] == ["done", "overdue", "in_progress", "upcoming"]
    assert monitoring.occurrences[0].mark is not None
    assert monitoring.occurrences[0].mark.note == "Справка за I квартал"
    assert monitoring.occurrences[0].window == Window(D(2021, 1, 1), D(2021, 3, 31))
    assert r.measure("4").execution == "cancelled"
    # Due by 1 July: March (overdue), Q1 (done), Q2 (overdue), June (done), May (overdue).
    assert (r.total.due, r.total.due_done) == (5, 2)
    assert r.total.share_done == pytest.approx(0.4)
    assert [t.key for t in r.responsibles] == ["ko", "oo", None]
    # The report dated 5 July falls in Q3: it closes Q3, and Q2 stays overdue.
    with eduroadmap.load(PLAN) as rm:
        later = rm.status(as_of=D(2021, 7, 5)).measure("2").occurrences
    assert [o.execution for o in later] == ["done", "overdue", "done", "upcoming"]
    assert later[2].mark is not None and later[2].mark.date == D(2021, 7, 5)


def test_status_of_a_quarter():
    with eduroadmap.load(PLAN) as rm:
        r = rm.status(quarter="2021Q1")
        same = rm.status(as_of=D(2021, 4, 1), due_in=(D(2021, 1, 1), D(2021, 3, 31)))
        with pytest.raises(ValueError):
            rm.status(quarter="2021Q5")
    assert r.as_of == D(2021, 4, 1)
    assert r.due_in == Window(D(2021, 1, 1), D(2021, 3, 31))
    assert [m.id for m in r.measures] == ["s1/1", "2", "6"]
    assert (r.total.due, r.total.due_done, r.total.overdue, r.total.cancelled) == (2, 1, 1, 1)
    assert same == r


def test_a_mark_names_its_occurrence_and_evidence():
    text = PLAN.read_text(encoding="utf-8").replace(
        "{date: 2021-07-05, status: done, note: Справка за II квартал}",
        "{date: 2021-07-05, status: done, note: Справка за II квартал, occurrence: 2021-Q2, "
        "evidence: 'https://example.org/q2'}")
    with eduroadmap.loads(text) as rm:
        q2 = rm.status(as_of=D(2021, 7, 5)).measure("2").occurrences[1]
    assert q2.execution == "done" and q2.mark is not None
    assert (q2.mark.occurrence, q2.mark.evidence) == ("2021-Q2", "https://example.org/q2")
