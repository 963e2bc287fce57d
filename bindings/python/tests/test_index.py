"""eduroadmap.Index: one query over many roadmaps gives, for each roadmap
with a match, exactly what its own Roadmap.query gives."""
from __future__ import annotations

import pathlib

import pytest

import eduroadmap

EXAMPLES = pathlib.Path(__file__).resolve().parents[3] / "examples"

QUERIES = [
    {"due_between": "2021-09"},
    {"responsible": "КО", "active_between": "2021-Q1", "group_by": "responsible"},
    {"text": "мониторинг", "group_by": "direction"},
    {"stage": "analysis", "status": "planned"},
    {"overdue_as_of": "2021-01-10", "group_by": "month"},
    {"text": "ничего такого нет"},
]


@pytest.fixture(scope="module")
def roadmaps() -> list[eduroadmap.Roadmap]:
    return [eduroadmap.load(p) for p in sorted(EXAMPLES.glob("*.yaml"))]


@pytest.mark.parametrize("filters", QUERIES)
def test_index_answers_as_each_roadmap(roadmaps, filters):
    index = eduroadmap.Index(roadmaps)
    expected = [r for r in (rm.query(**filters) for rm in roadmaps) if r.count > 0]
    got = index.query(**filters)
    assert got.results == tuple(expected)
    assert got.count == sum(r.count for r in expected)
    assert got.query == roadmaps[0].query(**filters).query
    index.close()


def test_the_index_finds_something_in_several_roadmaps(roadmaps):
    with eduroadmap.Index(roadmaps) as index:
        got = index.query(due_between="2021-09")
        assert len(got.results) >= 2
        assert {r.roadmap for r in got.results} <= {rm.id for rm in roadmaps}
        assert index.roadmaps == tuple(roadmaps)


def test_empty_index_and_misuse(roadmaps):
    with eduroadmap.Index([]) as empty:
        assert empty.query().count == 0
        assert empty.query().results == ()
    with pytest.raises(TypeError):
        eduroadmap.Index([roadmaps[0], "examples/tosno-2021.yaml"])
    index = eduroadmap.Index(roadmaps)
    with pytest.raises(eduroadmap.QueryError):
        index.query(texts="x")
    with pytest.raises(eduroadmap.QueryError):
        index.query(stage="sleeping")
    index.close()
    with pytest.raises(ValueError):
        index.query()


def test_a_closed_roadmap_stops_the_index():
    rm = eduroadmap.load(EXAMPLES / "tosno-2021.yaml")
    index = eduroadmap.Index([rm])
    assert index.query(responsible="КО").count > 0
    rm.close()
    with pytest.raises(ValueError):
        index.query(responsible="КО")
    index.close()
