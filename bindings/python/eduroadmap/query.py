"""The result of :meth:`Roadmap.query`: the library's query JSON (docs/query.md)
as typed values. Attribute names are the JSON keys; dates are
``datetime.date``, ranges :class:`Window`, names of stages, statuses and
deadline kinds their enums."""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Optional

from .enums import DeadlineKind, MeasureStatus, Stage
from .model import Window


@dataclass(frozen=True)
class Query:
    """The query as the library understood it: only the filters that are set;
    feeding it back gives the same result."""

    direction: Optional[str] = None
    responsible: Optional[str] = None
    stage: Optional[Stage] = None
    status: Optional[MeasureStatus] = None
    text: Optional[str] = None
    due_between: Optional[Window] = None
    active_between: Optional[Window] = None
    overdue_as_of: Optional[datetime.date] = None
    group_by: Optional[str] = None  #: ``responsible``, ``direction`` or ``month``


@dataclass(frozen=True)
class MatchSection:
    """The section of a matched measure."""

    index: int             #: 0-based
    number: Optional[str]  #: as printed, None when it has none
    title: str             #: as printed


@dataclass(frozen=True)
class MatchDirection:
    """The catalog direction the measure's section matched."""

    code: Optional[str]  #: ``1.3``; None outside the catalog
    slug: Optional[str]  #: ``talents``; None outside the catalog
    title: str           #: the catalog title, or the printed section title


@dataclass(frozen=True)
class MatchResponsibles:
    """The measure's «Ответственные» cell."""

    text: Optional[str]              #: as printed, None when absent
    ids: tuple[str, ...]             #: registry entries it names, in printed order
    unregistered: tuple[str, ...]    #: names in it that are not in the registry


@dataclass(frozen=True)
class MatchDecidedBy:
    """What decided an inferred stage (docs/catalogs.md, "Stages of the management cycle")."""

    field: str                  #: ``title``, ``form`` («Форма проведения») or ``result``
    cue: str                    #: the cue as the cue table writes it («приказ»)


@dataclass(frozen=True)
class MatchStage:
    """The measure's stage of the management cycle."""

    name: Stage                 #: declared or inferred
    inferred: bool              #: True when inferred from the title, form and result
    also: tuple[Stage, ...]     #: further stages the title names
    #: what decided an inferred stage; None when declared or when no cue decided (an ordinary activity)
    decided_by: Optional[MatchDecidedBy] = None


@dataclass(frozen=True)
class MatchDeadline:
    """The measure's deadline as printed and its kind."""

    text: str
    kind: DeadlineKind
    note: Optional[str] = None  #: what the reader noted, when anything


@dataclass(frozen=True)
class QueryMeasure:
    """A matched measure with the windows that matched."""

    id: str
    number: str
    title: str
    path: str                          #: node path, as in diagnostics
    section: MatchSection
    direction: MatchDirection
    responsibles: MatchResponsibles
    stage: MatchStage
    status: MeasureStatus              #: ``planned`` when it has none
    deadline: MatchDeadline
    result: Optional[str]              #: expected result as printed, None when absent
    windows: tuple[Window, ...]        #: the matching windows


@dataclass(frozen=True)
class QueryGroup:
    """A key (responsible, direction, or None for month) and period, with the
    measures due and active in it."""

    key: Optional[str]       #: registry id or direction code; None outside them and for month
    label: Optional[str]     #: short name, direction or section title
    period: str              #: ``2021-03``, ``2021-Q1``
    start: datetime.date
    end: datetime.date
    due: tuple[str, ...]     #: ids of the measures with a window ending in the period
    active: tuple[str, ...]  #: ids of the measures with a window overlapping it


@dataclass(frozen=True)
class QueryResult:
    """What :meth:`Roadmap.query` returns."""

    roadmap: Optional[str]                   #: the roadmap's id
    query: Query
    count: int                               #: number of matched measures
    measures: tuple[QueryMeasure, ...]       #: in result order
    groups: Optional[tuple[QueryGroup, ...]] = None  #: present only with ``group_by``


def _date(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _range(text: Optional[str]) -> Optional[Window]:
    if text is None:
        return None
    start, end = text.split("..")
    return Window(_date(start), _date(end))


def _query(q: dict[str, Any]) -> Query:
    stage, status, day = q.get("stage"), q.get("status"), q.get("overdue_as_of")
    return Query(q.get("direction"), q.get("responsible"), Stage.from_label(stage) if stage else None,
                 MeasureStatus.from_label(status) if status else None, q.get("text"),
                 _range(q.get("due_between")), _range(q.get("active_between")), _date(day) if day else None,
                 q.get("group_by"))


def _measure(m: dict[str, Any]) -> QueryMeasure:
    section, direction, cell, stage, deadline = m["section"], m["direction"], m["responsibles"], m["stage"], \
        m["deadline"]
    return QueryMeasure(
        m["id"], m["number"], m["title"], m["path"],
        MatchSection(section["index"], section["number"], section["title"]),
        MatchDirection(direction["code"], direction["slug"], direction["title"]),
        MatchResponsibles(cell["text"], tuple(cell["ids"]), tuple(cell["unregistered"])),
        MatchStage(Stage.from_label(stage["name"]), stage["inferred"],
                   tuple(Stage.from_label(s) for s in stage["also"]),
                   MatchDecidedBy(decided["field"], decided["cue"]) if (decided := stage.get("decided_by")) else None),
        MeasureStatus.from_label(m["status"]),
        MatchDeadline(deadline["text"], DeadlineKind.from_label(deadline["kind"]), deadline.get("note")),
        m["result"],
        tuple(Window(_date(w["start"]), _date(w["end"])) for w in m["windows"]))


def _group(g: dict[str, Any]) -> QueryGroup:
    return QueryGroup(g["key"], g["label"], g["period"], _date(g["start"]), _date(g["end"]), tuple(g["due"]),
                      tuple(g["active"]))


def result_from_json(data: dict[str, Any]) -> QueryResult:
    """A QueryResult from the library's query JSON, parsed."""
    groups = data.get("groups")
    return QueryResult(data["roadmap"], _query(data["query"]), data["count"],
                       tuple(_measure(m) for m in data["measures"]),
                       tuple(_group(g) for g in groups) if groups is not None else None)
