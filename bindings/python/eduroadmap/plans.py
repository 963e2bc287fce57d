"""Plans over time as typed values: what :func:`eduroadmap.diff` returns
(two versions of a roadmap compared, docs/diff.md) and what
:meth:`Roadmap.status` returns (the execution of a plan on a date,
docs/status.md). Attribute names are the JSON keys of ``erm_diff_json`` and
``erm_status_json``."""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Optional

from .model import Window


# ---- diff ------------------------------------------------------------------------------

@dataclass(frozen=True)
class DiffMeasure:
    """A measure of one version, as the difference names it."""

    id: str                   #: its id in that version
    number: str               #: as printed
    path: str                 #: node path: ``sections[0].measures[3]``
    section: int              #: index of its section
    section_title: str        #: its section's printed title
    direction: Optional[str]  #: the catalog code of its section's direction; None outside the catalog
    title: str                #: as printed


@dataclass(frozen=True)
class FieldChange:
    """One field of a matched measure, before and after (lists joined by «; »)."""

    field: str                                 #: ``title``, ``deadline``, ``responsibles``, ``result``, ``stage``, ``status``, …
    before: str
    after: str
    windows_before: Optional[tuple[Window, ...]] = None  #: for a deadline: what the old text resolved to
    windows_after: Optional[tuple[Window, ...]] = None   #: for a deadline: what the new text resolves to


@dataclass(frozen=True)
class MeasurePair:
    """A measure matched across the versions."""

    before: DiffMeasure
    after: DiffMeasure
    similarity: float                 #: of the titles' folded words, 0..1
    renumbered: bool                  #: the printed numbers differ
    changes: tuple[FieldChange, ...]  #: the fields that changed


@dataclass(frozen=True)
class ValueChange:
    """A value of the plan, a registry entry or an indicator, before and after."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class EntryChange:
    """A registry entry or an indicator, matched by id."""

    kind: str                         #: ``added``, ``removed`` or ``changed``
    id: str
    title: str
    changes: tuple[ValueChange, ...]  #: for ``changed``


@dataclass(frozen=True)
class SectionChange:
    """A section added, removed, or matched with another title."""

    before: Optional[int]
    after: Optional[int]
    before_title: Optional[str]
    after_title: Optional[str]


@dataclass(frozen=True)
class DirectionChange:
    """A catalog direction whose measures, covered stages or score changed."""

    direction: str       #: the catalog code, ``1.1``
    title: str
    measures_before: int
    measures_after: int
    stages_before: int   #: stages of the management cycle covered
    stages_after: int
    score_before: float  #: the scorecard total with the default model
    score_after: float
    score_max: float


@dataclass(frozen=True)
class RoadmapDiff:
    """What :func:`eduroadmap.diff` returns."""

    before: str                          #: the old version's roadmap id
    after: str                           #: the new version's roadmap id
    equal: bool                          #: nothing differs, renumbering included
    summary: dict[str, int]              #: counts: added, removed, moved, changed, renumbered, unchanged
    metadata: tuple[ValueChange, ...]    #: the plan's own fields: period, approved_by.*, …
    sections: tuple[SectionChange, ...]
    registry: tuple[EntryChange, ...]
    indicators: tuple[EntryChange, ...]
    directions: tuple[DirectionChange, ...]  #: empty when the versions follow different catalogs
    added: tuple[DiffMeasure, ...]
    removed: tuple[DiffMeasure, ...]
    moved: tuple[MeasurePair, ...]       #: now in another section or group
    changed: tuple[MeasurePair, ...]     #: in the same place, fields changed
    renumbered: tuple[MeasurePair, ...]  #: in the same place, only the number changed

    def __bool__(self) -> bool:
        """True when the versions differ."""
        return not self.equal


def _window(w: dict[str, str]) -> Window:
    return Window(datetime.date.fromisoformat(w["start"]), datetime.date.fromisoformat(w["end"]))


def _windows(ws: Optional[list[dict[str, str]]]) -> Optional[tuple[Window, ...]]:
    return None if ws is None else tuple(_window(w) for w in ws)


def _diff_measure(m: dict[str, Any]) -> DiffMeasure:
    return DiffMeasure(m["id"], m["number"], m["path"], m["section"], m["section_title"], m["direction"], m["title"])


def _pair(p: dict[str, Any]) -> MeasurePair:
    return MeasurePair(_diff_measure(p["before"]), _diff_measure(p["after"]), p["similarity"], p["renumbered"],
                       tuple(FieldChange(c["field"], c["before"], c["after"], _windows(c.get("windows_before")),
                                         _windows(c.get("windows_after"))) for c in p["changes"]))


def _values(vs: list[dict[str, str]]) -> tuple[ValueChange, ...]:
    return tuple(ValueChange(v["field"], v["before"], v["after"]) for v in vs)


def _entries(es: list[dict[str, Any]]) -> tuple[EntryChange, ...]:
    return tuple(EntryChange(e["kind"], e["id"], e["title"], _values(e["changes"])) for e in es)


def diff_from_json(data: dict[str, Any]) -> RoadmapDiff:
    """A RoadmapDiff from the library's diff JSON, parsed."""
    return RoadmapDiff(
        data["before"]["roadmap"], data["after"]["roadmap"], data["equal"], dict(data["summary"]),
        _values(data["metadata"]),
        tuple(SectionChange(s["before"], s["after"], s["before_title"], s["after_title"]) for s in data["sections"]),
        _entries(data["registry"]), _entries(data["indicators"]),
        tuple(DirectionChange(d["direction"], d["title"], d["measures_before"], d["measures_after"],
                              d["stages_before"], d["stages_after"], d["score_before"], d["score_after"],
                              d["score_max"]) for d in data["directions"]),
        tuple(_diff_measure(m) for m in data["added"]), tuple(_diff_measure(m) for m in data["removed"]),
        tuple(_pair(p) for p in data["moved"]), tuple(_pair(p) for p in data["changed"]),
        tuple(_pair(p) for p in data["renumbered"]))


# ---- status ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ProgressMark:
    """The progress entry that closed an occurrence, or the latest recorded for it."""

    date: datetime.date
    status: str
    note: Optional[str]
    occurrence: Optional[str]  #: the occurrence it names, as written
    evidence: Optional[str]    #: a link or a document reference


@dataclass(frozen=True)
class Occurrence:
    """One window of a measure and where it stands."""

    window: Window
    execution: str  #: ``done``, ``in_progress``, ``overdue``, ``upcoming``, ``cancelled``
    mark: Optional[ProgressMark]


@dataclass(frozen=True)
class MeasureExecution:
    """A measure on the date."""

    id: str
    number: str
    path: str
    title: str
    direction: Optional[str]          #: catalog code; None outside the catalog
    responsibles: tuple[str, ...]     #: registry ids, or names as printed outside the registry
    deadline: str                     #: as printed
    kind: str                         #: the deadline's kind
    execution: str                    #: the measure as a whole (``no_date`` when it has no windows)
    due: int                          #: occurrences that were due (window ended before the date)
    due_done: int                     #: of them done
    done: int
    overdue: int
    in_progress: int
    upcoming: int
    cancelled: int
    occurrences: tuple[Occurrence, ...]  #: those started by the date and the next to come (at most 60)


@dataclass(frozen=True)
class ExecutionTally:
    """Counts over a direction, a responsible, or the whole plan."""

    key: Optional[str]          #: direction code or registry id; None for the plan or outside catalog/registry
    label: str
    measures: int
    due: int
    due_done: int
    share_done: Optional[float]  #: due_done ÷ due; None when nothing was due
    done: int
    overdue: int
    in_progress: int
    upcoming: int
    cancelled: int
    no_date: int


@dataclass(frozen=True)
class StatusReport:
    """What :meth:`Roadmap.status` returns."""

    roadmap: str
    as_of: datetime.date
    due_in: Optional[Window]                 #: the quarter (or range) asked about; None for every occurrence
    total: ExecutionTally
    directions: tuple[ExecutionTally, ...]
    responsibles: tuple[ExecutionTally, ...]
    measures: tuple[MeasureExecution, ...]

    def measure(self, id: str) -> MeasureExecution:
        """A measure by its id."""
        for m in self.measures:
            if m.id == id:
                return m
        raise KeyError(id)


def _tally(t: dict[str, Any]) -> ExecutionTally:
    return ExecutionTally(t["key"], t["label"], t["measures"], t["due"], t["due_done"], t["share_done"], t["done"],
                          t["overdue"], t["in_progress"], t["upcoming"], t["cancelled"], t["no_date"])


def _mark(m: Optional[dict[str, Any]]) -> Optional[ProgressMark]:
    if m is None:
        return None
    return ProgressMark(datetime.date.fromisoformat(m["date"]), m["status"], m["note"], m["occurrence"],
                        m["evidence"])


def _execution(m: dict[str, Any]) -> MeasureExecution:
    return MeasureExecution(
        m["id"], m["number"], m["path"], m["title"], m["direction"], tuple(m["responsibles"]), m["deadline"],
        m["kind"], m["execution"], m["due"], m["due_done"], m["done"], m["overdue"], m["in_progress"], m["upcoming"],
        m["cancelled"], tuple(Occurrence(_window(o), o["execution"], _mark(o["mark"])) for o in m["occurrences"]))


def status_from_json(data: dict[str, Any]) -> StatusReport:
    """A StatusReport from the library's status JSON, parsed."""
    return StatusReport(data["roadmap"], datetime.date.fromisoformat(data["as_of"]),
                        None if data["due_in"] is None else _window(data["due_in"]), _tally(data["total"]),
                        tuple(_tally(t) for t in data["directions"]), tuple(_tally(t) for t in data["responsibles"]),
                        tuple(_execution(m) for m in data["measures"]))
