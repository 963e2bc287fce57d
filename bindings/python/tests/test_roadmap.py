"""eduroadmap.load / loads and Roadmap: metadata, sections, responsibles, measures."""
from __future__ import annotations

import datetime
import gc
import threading
import weakref

import pytest

import eduroadmap
from conftest import EXAMPLES, PLAN
from eduroadmap import DeadlineKind, MeasureStatus, Stage, Window


def test_metadata_of_a_seed(kachkanar):
    rm = kachkanar
    assert rm.id == "kachkanar-2019-2020"
    assert rm.municipality == "Качканарский городской округ"
    assert rm.region == "Свердловская область"
    assert rm.period == Window(datetime.date(2019, 1, 1), datetime.date(2020, 12, 31))
    assert rm.period_text == "2019-2020"
    assert rm.approved_by == {"kind": "постановление", "number": "179", "date": datetime.date(2020, 6, 19),
                              "authority": "Управление образованием Качканарского городского округа",
                              "signed_by": "", "title": ""}
    assert rm.title.startswith("Дорожная карта\n")
    assert rm.file.endswith("kachkanar-2019-2020.yaml")
    assert "kachkanar-2019-2020" in repr(rm)


def test_registry(kachkanar):
    responsibles = kachkanar.responsibles
    assert [r.id for r in responsibles] == ["mouo", "oo", "gimcro", "gimc", "gmo", "tp-rpk"]
    assert responsibles[5].short_name == "ТП РПК"


def test_measures_are_typed_values(plan):
    first, second = plan.measures()
    assert first.number == "1." and first.id == "1"
    assert first.deadline.kind is DeadlineKind.FIXED
    assert first.deadline.windows == (Window(datetime.date(2023, 9, 1), datetime.date(2024, 5, 31)),)
    assert first.deadline.due_dates == (datetime.date(2024, 5, 31),)
    assert first.responsibles == ("КО",) and first.responsible_ids == ("ko",)
    assert first.stage is Stage.MONITORING and not first.stage_inferred
    assert first.status is MeasureStatus.DONE
    assert first.result == "Аналитическая справка"
    assert first.direction == "1.1"
    assert first.path == "sections[0].measures[0]"
    assert second.deadline.kind is DeadlineKind.UNRECOGNIZED and second.deadline.windows == ()
    assert second.responsibles == ("КО", "ОО") and second.responsible_ids == ("ko", None)
    assert second.stage is Stage.MEASURES and second.stage_inferred
    assert second.status is MeasureStatus.PLANNED and second.result is None
    with pytest.raises(AttributeError):
        first.title = "changed"  # frozen


def test_iteration_and_length(plan):
    assert len(plan) == 2
    assert [m.id for m in plan] == ["1", "2"]
    assert plan.measures() is not plan.measures()  # each call is a new list …
    assert plan.measures()[0] is plan.measures()[0]  # … of the same values


def test_sections(plan):
    s0, s1 = plan.sections
    assert (s0.direction, s0.direction_slug, s0.match) == ("1.1", "training-quality", "exact-title")
    assert list(s0.measures) == [0, 1]
    assert s1.extra and s1.match == "declared-extra" and s1.direction is None and len(s1.measures) == 0


def test_groups_of_a_seed():
    with eduroadmap.load(EXAMPLES / "tonkino-2020-2021.yaml") as rm:
        measures = rm.measures()
        grouped = [m for m in measures if m.group is not None]
        assert grouped and all(".groups[" in m.path for m in grouped)
        assert sum(len(s.measures) for s in rm.sections) == len(measures)


def test_close_and_context_manager():
    with eduroadmap.loads(PLAN) as rm:
        measures = rm.measures()
        sections = rm.sections
    assert rm.closed
    with pytest.raises(ValueError, match="closed"):
        rm.measures()
    with pytest.raises(ValueError):
        len(rm)
    # What was copied out stays valid.
    assert measures[0].title == "Мониторинг результатов ВПР" and sections[0].title
    rm.close()  # twice is fine


def test_close_waits_for_a_call_in_progress(monkeypatch):
    rm = eduroadmap.loads(PLAN)
    inside, release = threading.Event(), threading.Event()
    def holding(real):
        def held(function, *args):  # a call that has the handle and is slow to use it
            inside.set()
            assert release.wait(10)
            return real(function, *args)
        return held

    for name in ("call_string", "call_view"):  # measures() reads the measure table through call_view
        monkeypatch.setattr(eduroadmap._ffi, name, holding(getattr(eduroadmap._ffi, name)))
    got = []
    reader = threading.Thread(target=lambda: got.append(rm.measures()))
    reader.start()
    assert inside.wait(10)
    closer = threading.Thread(target=rm.close)
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # the C roadmap is still in use: close() waits
    assert rm.closed
    with pytest.raises(ValueError, match="closed"):
        len(rm)  # no new call starts
    release.set()
    reader.join(10)
    closer.join(10)
    assert not closer.is_alive()
    assert [m.title for m in got[0]] == ["Мониторинг результатов ВПР", "Совещание руководителей"]


def test_closing_while_threads_query_is_safe():
    for _ in range(20):
        rm = eduroadmap.loads(PLAN)
        outcomes = []

        def work():
            for _ in range(50):
                try:
                    outcomes.append(len(rm.query(stage="monitoring").measures) + len(rm.sections) + len(rm))
                except ValueError as e:
                    outcomes.append(str(e))

        workers = [threading.Thread(target=work) for _ in range(4)]
        for w in workers:
            w.start()
        rm.close()
        for w in workers:
            w.join()
        assert set(outcomes) <= {1 + 2 + 2, "the roadmap is closed"}


def test_roadmap_is_freed_when_dropped():
    rm = eduroadmap.loads(PLAN)
    ref = weakref.ref(rm)
    del rm
    gc.collect()
    assert ref() is None


def test_export(plan):
    data = plan.to_dict()
    assert data["id"] == "test-plan"
    assert data["sections"][0]["measures"][1]["deadline"] == "совещания"
    again = eduroadmap.loads(plan.to_yaml())
    assert [m.title for m in again] == [m.title for m in plan]
    assert plan.to_json(indent=2).startswith("{\n  ")
    assert plan.to_json(indent=16).startswith("{\n" + " " * 16 + '"')
    with pytest.raises(ValueError):  # past ERM_JSON_MAX_INDENT: refused, never read past a buffer
        plan.to_json(indent=1025)
    # ctypes would cut 2**32 + 2 to the valid-looking 2: refused before the call.
    for bad in (2**32 + 2, 17, 2.0, True):
        with pytest.raises(ValueError):
            plan.to_json(indent=bad)
    assert plan.to_json(indent=-(2**40)) == plan.to_json(indent=-1)  # any negative: one line


def test_limits_are_checked_before_the_call():
    # A negative limit would wrap to a huge size_t; one above the ceiling is refused too.
    for name, bad in (("max_file_bytes", -1), ("max_depth", 257), ("max_nodes", 2**64), ("max_depth", "64"),
                      ("max_windows", 1_000_001)):
        with pytest.raises(ValueError):
            eduroadmap.loads(PLAN, **{name: bad})
    assert eduroadmap.loads(PLAN, max_depth=256).id == "test-plan"


def test_paths_and_bytes(tmp_path):
    path = tmp_path / "план.yaml"
    path.write_text(PLAN, encoding="utf-8")
    assert eduroadmap.load(path).id == "test-plan"
    assert eduroadmap.load(str(path)).file == str(path)
    assert eduroadmap.loads(PLAN.encode("utf-8")).id == "test-plan"


def test_limits_from_options():
    with pytest.raises(eduroadmap.LoadError) as e:
        eduroadmap.loads(PLAN, max_file_bytes=100)
    assert e.value.rule == "input-limit"


def test_windows_limit_from_options():
    monthly = PLAN.replace("deadline: сентябрь-май", "deadline: Ежемесячно")
    assert len(eduroadmap.loads(monthly).measures()[0].deadline.windows) == 12  # the school year 2023/2024
    with pytest.raises(eduroadmap.LoadError) as e:
        eduroadmap.loads(monthly, max_windows=11)
    assert e.value.rule == "input-limit" and "windows" in str(e.value)
    assert len(eduroadmap.loads(monthly, max_windows=12).measures()) == 2
