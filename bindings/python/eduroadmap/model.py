"""Value types: what the library tells about a roadmap, copied out of the C
library at once (nothing here refers back to a C handle)."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, NamedTuple, Optional

from .enums import Comparator, DeadlineKind, MeasureStatus, ProgressStatus, Severity, Stage, Unit


class Window(NamedTuple):
    """An inclusive range of days [start, end]."""

    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> int:
        """Number of days in the window (at least 1)."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, datetime.date) and self.start <= day <= self.end

    def overlaps(self, other: "Window") -> bool:
        """True when the two windows share a day."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True)
class Deadline:
    """A deadline text resolved against a plan period (docs/deadlines.md)."""

    text: str
    kind: DeadlineKind
    windows: tuple[Window, ...]
    count: int = 1
    ambiguous: bool = False
    note: str = ""

    @cached_property
    def due_dates(self) -> tuple[datetime.date, ...]:
        """The end of each window, in window order (made on first use: the
        measures sharing a deadline share it)."""
        return tuple([w.end for w in self.windows])

    def __repr__(self) -> str:
        windows = ", ".join(str(w) for w in self.windows)
        return f"Deadline({self.text!r}, {self.kind.label}, [{windows}])"


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure (мероприятие) with what the library resolved about it.

    Slotted: a roadmap of 100,000 measures holds 100,000 of them, and a
    slot costs a pointer where an instance dictionary costs a hash-table
    entry."""

    index: int                       #: place in printed order (0-based)
    id: str                          #: explicit id, else the printed number (``s3/5`` when repeated)
    number: str                      #: as printed: «1.», «3.1»
    title: str                       #: as printed
    deadline: Deadline               #: resolved against the plan period
    responsibles: tuple[str, ...]    #: the bodies its responsibles cell names, as printed
    responsible_ids: tuple[Optional[str], ...]  #: their registry ids (None: not in the registry)
    stage: Stage                     #: declared, or inferred from the title, form and result
    stage_inferred: bool             #: True when inferred
    status: MeasureStatus            #: its status, else its latest progress entry's, else planned
    result: Optional[str] = None     #: expected result; None when absent
    form: str = ""                   #: form of work
    section: int = 0                 #: index of its section
    group: Optional[int] = None      #: index of its group in the section
    path: str = ""                   #: node path: ``sections[2].measures[4]``
    direction: Optional[str] = None  #: code of its section's catalog direction (``1.3``); None outside the catalog
    status_text: str = ""            #: «Отметка о выполнении» as printed
    items: tuple[str, ...] = ()      #: sub-items under the title
    indicators: tuple[str, ...] = () #: ids of indicators it feeds
    depends_on: tuple[str, ...] = () #: ids of prerequisite measures
    note: str = ""                   #: anything else printed in the row
    stage_also: tuple[Stage, ...] = ()  #: further stages an inferred title names («Мониторинг и анализ …»)
    #: the windows that matched the filters of :meth:`Roadmap.measures` (due, active or overdue in
    #: the range given; without a date filter all of its windows); empty outside a filtered call
    matched_windows: tuple[Window, ...] = field(default=(), compare=False)

    def __repr__(self) -> str:
        title = self.title if len(self.title) <= 50 else self.title[:49] + "…"
        return f"Measure({self.id!r}, {title!r}, {self.deadline.text!r}, {self.stage.label})"


@dataclass(frozen=True)
class Diagnostic:
    """A finding of the validator."""

    rule: str          #: stable rule id (``deadline-unrecognized``)
    severity: Severity  #: error, warning or info
    message: str       #: in the report's language
    path: str          #: node path, "" for the whole file
    line: int          #: 1-based, 0 when unknown
    column: int        #: 1-based (characters), 0 when unknown
    hint: str = ""     #: how to fix it, "" when the rule has none
    file: str = ""     #: the file it refers to
    group: str = ""    #: the stable id of its cause (:attr:`DiagnosticGroup.id`)
    document: str = ""  #: where it stands in the document («мероприятие 12 раздела 3»), "" outside the table

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity.label}: {self.message} [{self.rule}]"


@dataclass(frozen=True)
class GroupLocation:
    """A place of a group: one of its findings (label "") or a place a finding names."""

    path: str      #: node path
    line: int      #: 1-based, 0 when unknown
    column: int    #: 1-based, 0 when unknown
    document: str  #: where it stands in the document, "" outside the table
    label: str     #: what it is there («first here»), "" for a finding's own place


@dataclass(frozen=True)
class DiagnosticGroup:
    """Findings that share a cause: one entry of a report, ranked."""

    id: str                #: stable id, shared by its findings' :attr:`Diagnostic.group`
    rule: str              #: the rule of its findings
    severity: Severity     #: the most serious of its findings
    category: str          #: file, structure, cycle, dates, cells or information: where it ranks
    count: int             #: the number of its findings
    message: str           #: one message for the cause, in the report's language
    hint: str              #: how to fix it, "" when none
    line: int              #: its primary location
    column: int            #: its primary location
    path: str              #: its primary node path
    document: str          #: its primary place in the document
    locations: tuple[GroupLocation, ...] = ()  #: its findings' places, then the places they name


@dataclass(frozen=True)
class Section:
    """A section (a heading row of the plan's table)."""

    index: int
    title: str
    number: str = ""
    direction: Optional[str] = None        #: the matched catalog direction's code, None when none
    direction_slug: Optional[str] = None   #: its slug
    direction_title: Optional[str] = None  #: its official title
    match: str = "extra"                   #: how it matched: pinned, exact-title, alias, keywords, declared-extra, extra, unknown
    pinned: str = ""                       #: the direction the author pinned (``direction:``), "" when none
    extra: bool = False                    #: declared outside the catalog on purpose
    measures: range = range(0)             #: indices of its measures (for Roadmap.measures())
    group_count: int = 0


@dataclass(frozen=True)
class Responsible:
    """An entry of the responsibles registry («Принятые сокращения»)."""

    id: str
    short_name: str
    full_name: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Value:
    """An indicator value: a number, or yes/no."""

    number: float = 0.0
    boolean: Optional[bool] = None  #: set for boolean values

    def __repr__(self) -> str:
        return repr(self.boolean) if self.boolean is not None else repr(self.number)


@dataclass(frozen=True)
class Target:
    period: str   #: as written: ``2021``, ``2020-2022``, ``2023/2024`` or a date
    value: Value


@dataclass(frozen=True)
class Actual:
    date: datetime.date
    value: Value


@dataclass(frozen=True)
class Indicator:
    """An indicator definition (показатель)."""

    index: int
    id: str
    title: str
    direction: str = ""
    unit: Unit = Unit.NUMBER
    comparator: Comparator = Comparator.AT_LEAST
    baseline: Optional[Value] = None
    baseline_date: Optional[datetime.date] = None
    targets: tuple[Target, ...] = ()
    actuals: tuple[Actual, ...] = ()
    method: str = ""
    source: str = ""
    frequency: str = ""
    responsible: str = ""


@dataclass(frozen=True)
class IndicatorProgress:
    """How an indicator stands as of a date (docs/indicators.md)."""

    indicator: Indicator
    as_of: datetime.date
    status: ProgressStatus
    target: Optional[Target] = None
    target_window: Optional[Window] = None
    latest: Optional[Actual] = None
    expected: Optional[float] = None
    share: Optional[float] = None


@dataclass(frozen=True)
class CoverageRow:
    """A row of the coverage matrix: a catalog direction or a section outside it."""

    code: Optional[str]          #: the direction's code; None outside the catalog
    slug: Optional[str]
    title: str
    sections: tuple[int, ...]    #: indices of its sections (empty: the plan has none)
    measure_count: int
    missing: tuple[Stage, ...]   #: required stages nothing covers
    cells: dict[Stage, tuple[str, ...]] = field(default_factory=dict)  #: stage → ids of its measures
    passports: dict[Stage, tuple[int, ...]] = field(default_factory=dict)  #: stage → sections whose passport covers it

    def covered(self, stage: Stage) -> bool:
        """True when a measure or a passport block covers *stage*."""
        return bool(self.cells.get(stage) or self.passports.get(stage))


@dataclass(frozen=True)
class Coverage:
    """The coverage matrix: directions × stages of the management cycle."""

    catalog: Optional[str]
    required: tuple[Stage, ...]
    rows: tuple[CoverageRow, ...]

    def __iter__(self) -> Iterator[CoverageRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)
