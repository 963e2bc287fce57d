"""Roadmaps: loading, metadata, measures, queries, coverage, validation."""
from __future__ import annotations

import ctypes
import dataclasses
import datetime
import json
import os
import re
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional, TypeVar, Union

from . import _ffi, _measure_table
from . import options as _options
from ._handle import Owner
from .config import Config, language_pointer
from .deadline import PeriodLike, _c_date, _date, period_window
from .enums import Comparator, Language, MeasureStatus, ProgressStatus, Stage, Unit
from .model import (Actual, Coverage, CoverageRow, Indicator, IndicatorProgress, Measure, Responsible, Section,
                    Target, Value, Window)
from .options import Options
from .plans import RoadmapDiff, StatusReport, diff_from_json, status_from_json
from .query import QueryResult, result_from_json
from .report import Report
from .score import Scorecard, scorecard_from_json

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class _Metadata:
    """What erm_roadmap_describe tells, copied once."""

    file: str
    schema: str
    id: str
    title: str
    language: str
    catalog: str
    municipality: str
    region: str
    period_text: str
    period: Optional[Window]
    approved_by: Optional[dict[str, Any]]
    description: str


class Roadmap(Owner):
    """A loaded roadmap (immutable). Use :func:`eduroadmap.load` or
    :func:`eduroadmap.loads`; close it (or use ``with``) to free it early.

    Everything it returns is a copy: Measures, Sections and Reports stay valid
    after the roadmap is closed. Safe to use from many threads; close() waits
    for the calls in progress on other threads, and later calls raise
    ValueError.
    """

    __slots__ = ("_info", "_cache", "_measures", "_by_path", "__weakref__")
    _FREE = "erm_roadmap_free"
    _KIND = "roadmap"

    def __init__(self, handle: ctypes.c_void_p) -> None:
        super().__init__(handle)
        self._cache = threading.Lock()        # guards the measures, built once
        self._measures: Optional[tuple[Measure, ...]] = None
        self._by_path: Optional[dict[str, Measure]] = None  # made on the first filtered call
        info = _ffi.RoadmapInfo.new()
        _ffi.check(_ffi.lib().erm_roadmap_describe(handle, ctypes.byref(info)))
        d = _ffi.decode
        self._info = _Metadata(
            file=d(info.file), schema=d(info.schema), id=d(info.id), title=d(info.title),
            language=d(info.language), catalog=d(info.catalog), municipality=d(info.municipality),
            region=d(info.region), period_text=d(info.period_text),
            period=Window(_date(info.period.start), _date(info.period.end)) if info.period_known else None,
            approved_by={
                "kind": d(info.approved_kind), "number": d(info.approved_number),
                "date": _date(info.approved_date) if info.approved_date.year else None,
                "authority": d(info.approved_authority), "signed_by": d(info.approved_signed_by),
                "title": d(info.approved_title),
            } if info.approved else None,
            description=d(info.description))

    # ---- metadata --------------------------------------------------------------------

    @property
    def file(self) -> str:
        """The file it was loaded from, or the name given to loads()."""
        return self._info.file

    @property
    def id(self) -> str:
        return self._info.id

    @property
    def title(self) -> str:
        return self._info.title

    @property
    def schema(self) -> str:
        return self._info.schema

    @property
    def language(self) -> str:
        return self._info.language

    @property
    def catalog(self) -> str:
        """The direction catalog the roadmap names."""
        return self._info.catalog

    @property
    def municipality(self) -> str:
        return self._info.municipality

    @property
    def region(self) -> str:
        return self._info.region

    @property
    def period(self) -> Optional[Window]:
        """The plan period; None when it could not be read."""
        return self._info.period

    @property
    def period_text(self) -> str:
        """The period as written (``2020-2022``), "" when given as dates."""
        return self._info.period_text

    @property
    def approved_by(self) -> Optional[dict[str, Any]]:
        """The approving document: kind, number, date, authority, signed_by, title; None when absent."""
        return dict(self._info.approved_by) if self._info.approved_by else None

    @property
    def description(self) -> str:
        return self._info.description

    def __repr__(self) -> str:
        try:
            state = f"{len(self)} measures"
        except ValueError:  # closed
            state = "closed"
        return f"<Roadmap {self.id!r} {self.period_text or self.period} ({state}) from {self.file!r}>"

    # ---- parts -----------------------------------------------------------------------

    @property
    def sections(self) -> list[Section]:
        lib, d = _ffi.lib(), _ffi.decode
        with self._use() as h:
            return [Section(i, d(s.title), d(s.number), d(s.direction_code) or None, d(s.direction_slug) or None,
                            d(s.direction_title) or None, d(s.match), d(s.direction), bool(s.extra),
                            range(s.first_measure, s.first_measure + s.measure_count), s.group_count)
                    for i, s in _records(h, lib.erm_roadmap_section_count, lib.erm_roadmap_section_at,
                                         _ffi.SectionInfo)]

    @property
    def responsibles(self) -> list[Responsible]:
        """The responsibles registry («Принятые сокращения»)."""
        lib, d = _ffi.lib(), _ffi.decode
        out = []
        with self._use() as h:
            for i, r in _records(h, lib.erm_roadmap_responsible_count, lib.erm_roadmap_responsible_at,
                                 _ffi.ResponsibleInfo):
                aliases = []
                for j in range(r.alias_count):
                    alias = ctypes.c_char_p()
                    _ffi.check(lib.erm_roadmap_responsible_alias(h, i, j, ctypes.byref(alias)))
                    aliases.append(d(alias.value))
                out.append(Responsible(d(r.id), d(r.short_name), d(r.full_name), tuple(aliases)))
        return out

    @property
    def indicators(self) -> list[Indicator]:
        lib, d = _ffi.lib(), _ffi.decode
        out = []
        with self._use() as h:
            for i, info in _records(h, lib.erm_roadmap_indicator_count, lib.erm_roadmap_indicator_at,
                                    _ffi.IndicatorInfo):
                targets, actuals = [], []
                for j in range(info.target_count):
                    period, value = ctypes.c_char_p(), _ffi.Value()
                    _ffi.check(lib.erm_roadmap_indicator_target(h, i, j, ctypes.byref(period), ctypes.byref(value)))
                    targets.append(Target(d(period.value), _value(value)))
                for j in range(info.actual_count):
                    date, value = _ffi.Date(), _ffi.Value()
                    _ffi.check(lib.erm_roadmap_indicator_actual(h, i, j, ctypes.byref(date), ctypes.byref(value)))
                    actuals.append(Actual(_date(date), _value(value)))
                out.append(Indicator(i, d(info.id), d(info.title), d(info.direction), Unit(info.unit),
                                     Comparator(info.comparator), _value(info.baseline) if info.has_baseline else None,
                                     _date(info.baseline_date) if info.baseline_date.year else None, tuple(targets),
                                     tuple(actuals), d(info.method), d(info.source), d(info.frequency),
                                     d(info.responsible)))
        return out

    def progress(self, as_of: Optional[datetime.date] = None) -> list[IndicatorProgress]:
        """How every indicator stands as of *as_of* (default: today)."""
        day = as_of or datetime.date.today()
        lib = _ffi.lib()
        c_day = _c_date(day)
        out = []
        with self._use() as h:
            for indicator in self.indicators:
                p = _ffi.IndicatorProgress.new()
                _ffi.check(lib.erm_roadmap_indicator_progress(h, indicator.index, ctypes.byref(c_day),
                                                              ctypes.byref(p)))
                out.append(IndicatorProgress(
                    indicator, day, ProgressStatus(p.status),
                    indicator.targets[p.target] if p.target != _ffi.NO_INDEX else None,
                    Window(_date(p.target_window.start), _date(p.target_window.end))
                    if p.target_window.start.year else None,
                    indicator.actuals[p.latest] if p.latest != _ffi.NO_INDEX else None,
                    p.expected if p.has_expected else None, p.share if p.has_share else None))
        return out

    def coverage(self) -> Coverage:
        """The coverage matrix: directions × stages of the management cycle."""
        data = json.loads(self._call(_ffi.lib().erm_roadmap_coverage_json))
        stage = Stage.from_label
        rows = tuple(CoverageRow(r["code"], r["slug"], r["title"], tuple(r["sections"]), r["measure_count"],
                                 tuple(stage(s) for s in r["missing"]),
                                 {stage(k): tuple(v["measures"]) for k, v in r["cells"].items()},
                                 {stage(k): tuple(v["passports"]) for k, v in r["cells"].items()})
                     for r in data["rows"])
        return Coverage(data["catalog"], tuple(stage(s) for s in data["required"]), rows)

    # ---- measures and queries --------------------------------------------------------

    def __len__(self) -> int:
        with self._use() as h:
            return int(_ffi.lib().erm_roadmap_measure_count(h))

    def __iter__(self) -> Iterator[Measure]:
        return iter(self._all())

    def _all(self) -> tuple[Measure, ...]:
        """Every measure, built on first use; ValueError once closed."""
        with self._use() as h:  # closed: ValueError, even with the measures at hand
            measures = self._measures
            if measures is None:
                with self._cache:
                    measures = self._measures
                    if measures is None:
                        measures = _measure_table.read(_ffi.lib().erm_roadmap_measure_table, h)
                        self._measures = measures
            return measures

    def _measure_by_path(self) -> dict[str, Measure]:
        """Every measure by its node path (for the filtered calls), made on first use."""
        by_path = self._by_path
        if by_path is None:
            measures = self._all()
            with self._cache:
                by_path = self._by_path
                if by_path is None:
                    by_path = self._by_path = {m.path: m for m in measures}
        return by_path

    def measures(self, direction: Optional[str] = None, responsible: Optional[str] = None,
                 stage: Union[Stage, str, None] = None, status: Union[MeasureStatus, str, None] = None,
                 due_between: Optional[PeriodLike] = None, active_between: Optional[PeriodLike] = None, *,
                 text: Optional[str] = None, overdue_as_of: Optional[datetime.date] = None) -> list[Measure]:
        """The measures that pass every filter given (all of them, in printed
        order, without filters). Filtered results come in the query's order:
        by the earliest end of a matching window.

        *direction*: a catalog code (``1.3``), slug or title words;
        *responsible*: a registry id, short or full name; *stage*, *status*:
        enum members or their labels; *due_between* / *active_between*: a
        Window, (start, end) dates, or a range text (``2021-09..2021-12-31``,
        ``2021``, ``2021-Q3``); *text*: words of the title, form, result or
        note; *overdue_as_of*: a date.

        Each measure returned by a filtered call carries the windows that
        matched in ``matched_windows``: those due, active or overdue in the
        range given, else all of its windows.
        """
        everything = self._all()
        filters = _filters(direction=direction, responsible=responsible, stage=stage, status=status,
                           due_between=due_between, active_between=active_between, text=text,
                           overdue_as_of=overdue_as_of)
        if not filters:
            return list(everything)
        by_path = self._measure_by_path()
        return [dataclasses.replace(by_path[m.path], matched_windows=m.windows)
                for m in self.query(**filters).measures]

    def query(self, **filters: Any) -> QueryResult:
        """Runs a query: the filters of :meth:`measures`, and ``group_by``
        (``responsible``, ``direction`` or ``month``). The result is the
        library's query JSON (docs/query.md) as typed values: its attribute
        names are the JSON keys. An unknown filter raises QueryError with
        the closest name."""
        request = _ffi.encode(json.dumps(_filters(**filters), ensure_ascii=False))
        return result_from_json(json.loads(self._call(_ffi.lib().erm_query_json, request)))

    def calendar_ics(self, language: Union[Language, str, None] = None, **filters: Any) -> str:
        """The windows of the measures that match *filters* (those of
        :meth:`measures`) as an RFC 5545 iCalendar text: what ``eduroadmap
        calendar`` writes, one all-day event per window with stable UIDs,
        lines ended by CRLF. *language* is that of the labels in each
        event's description; None for the roadmap's own. Write it with
        ``open(path, "w", newline="")`` (or as bytes) to keep the CRLFs."""
        request = _ffi.encode(json.dumps(_filters(**filters), ensure_ascii=False))
        return self._call(_ffi.lib().erm_calendar_ics, request, language_pointer(language))

    # ---- the management-cycle scorecard -----------------------------------------------

    def score(self, model: Union[str, os.PathLike[str], None] = None) -> Scorecard:
        """The management-cycle scorecard (docs/score.md): per catalog
        direction, each component of the cycle scored 0, 1 or 2 with its
        evidence and reason. *model*: None for the default (``fioko-2020``),
        a built-in model's id, or the path of a model file; a model file
        that cannot be read raises LoadError with its first error's rule,
        file, line and column."""
        data = json.loads(self._call(_ffi.lib().erm_score_json, _ffi.encode(model)))
        return scorecard_from_json(data)

    # ---- execution on a date --------------------------------------------------------

    def status(self, as_of: Optional[datetime.date] = None, quarter: Optional[str] = None,
               due_in: Optional[PeriodLike] = None) -> StatusReport:
        """The execution of the plan on *as_of* (docs/status.md): each
        measure, and each occurrence of a recurring one, done, in progress,
        overdue, upcoming, cancelled or without a date, counted per direction
        and per responsible with the share done of what was due.

        *quarter* (``2024Q1``) or *due_in* (a period, as :func:`parse_period`
        reads it, or a Window) keeps only the occurrences whose window ends
        in it: the quarterly report. *as_of* defaults to the day after the
        quarter, or today without one.

        :raises ValueError: for a malformed quarter, or both quarter and due_in
        """
        if quarter is not None and due_in is not None:
            raise ValueError("give quarter or due_in, not both")
        window = _quarter(quarter) if quarter is not None else None if due_in is None else period_window(due_in)
        if as_of is None:
            as_of = window.end + datetime.timedelta(days=1) if window else datetime.date.today()
        c_day = _c_date(as_of)
        c_window = _ffi.CWindow(_c_date(window.start), _c_date(window.end)) if window else None
        data = json.loads(self._call(_ffi.lib().erm_status_json, ctypes.byref(c_day),
                                     ctypes.byref(c_window) if c_window is not None else None))
        return status_from_json(data)

    # ---- validation and export -------------------------------------------------------

    def validate(self, options: Optional[Options] = None, *, config: Optional[Config] = None,
                 **overrides: Any) -> Report:
        """Runs the validator (docs/rules.md). Keyword arguments are
        :class:`Options` fields: ``language="en"``, ``rules={"result-missing": "off"}``, …
        With *config* (:func:`eduroadmap.load_config`), the configuration
        says what to check instead, and only ``language`` may be given too
        (else the configuration's, else Russian)."""
        with self._use() as h:
            if config is not None:
                return _configured(_ffi.lib().erm_validate_with_config, h, config, options, overrides)
            return _report(_new_handle(_ffi.lib().erm_validate, h, options=options, overrides=overrides))

    def to_json(self, indent: int = 2) -> str:
        """The roadmap as JSON in the structure of its YAML form: ``indent``
        spaces per level, 0 to 16; negative for one line.

        :raises ValueError: for an indent above 16 or not a whole number
        """
        if isinstance(indent, bool) or not isinstance(indent, int) or indent > _ffi.JSON_MAX_INDENT:
            raise ValueError(f"indent must be a whole number up to {_ffi.JSON_MAX_INDENT}, not {indent!r}")
        return self._call(_ffi.lib().erm_roadmap_to_json, max(indent, -1))

    def to_dict(self) -> dict[str, Any]:
        """The roadmap as plain data (the JSON form, parsed)."""
        data: dict[str, Any] = json.loads(self.to_json(-1))
        return data

    def to_yaml(self) -> str:
        """The roadmap as normalised YAML."""
        return self._call(_ffi.lib().erm_roadmap_to_yaml)


# ---- helpers ---------------------------------------------------------------------------

_V = TypeVar("_V", bound=_ffi.Versioned)


def _records(h: ctypes.c_void_p, count: Callable[[ctypes.c_void_p], int], at: Callable[..., int],
             kind: type[_V]) -> Iterator[tuple[int, _V]]:
    """Each struct that a `_count` / `_at` pair of the C API fills, with its index."""
    for i in range(count(h)):
        info = kind.new()
        _ffi.check(at(h, i, ctypes.byref(info)))
        yield i, info


def _value(v: _ffi.Value) -> Value:
    return Value(v.number, bool(v.boolean) if v.is_boolean else None)


def _range(value: PeriodLike) -> str:
    if isinstance(value, str):
        return value
    w = period_window(value)
    return f"{w.start.isoformat()}..{w.end.isoformat()}"


def _filters(**given: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in given.items():
        if value is None:
            continue
        if key in ("due_between", "active_between"):
            value = _range(value)
        elif key == "overdue_as_of" and isinstance(value, datetime.date):
            value = value.isoformat()
        elif hasattr(value, "label"):
            value = value.label
        out[key] = value
    return out


def _quarter(text: str) -> Window:
    """``2024Q1`` or ``2024-Q1`` as the quarter's days."""
    m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text)
    if not m:
        raise ValueError(f"not a quarter (YYYYQn): {text!r}")
    year, q = int(m.group(1)), int(m.group(2))
    first = datetime.date(year, 3 * q - 2, 1)
    after = datetime.date(year + 1, 1, 1) if q == 4 else datetime.date(year, 3 * q + 1, 1)
    return Window(first, after - datetime.timedelta(days=1))


def diff(before: Roadmap, after: Roadmap) -> RoadmapDiff:
    """What changed between two versions of a roadmap (docs/diff.md):
    measures matched by content, reported as added, removed, moved, changed
    or only renumbered; the plan's metadata, registry and indicators too.
    ``bool(result)`` is True when they differ."""
    with before._use() as a, after._use() as b:
        return diff_from_json(json.loads(_ffi.call_string(_ffi.lib().erm_diff_json, a, b)))


def _report(handle: ctypes.c_void_p) -> Report:
    lib = _ffi.lib()
    try:
        return Report._from_json(_ffi.call_string(lib.erm_report_to_json, handle))
    finally:
        lib.erm_report_free(handle)


def _configured(function: Any, subject: Any, config: Config, options: Optional[Options],
                overrides: dict[str, Any]) -> Report:
    """Calls `function(subject, config, const erm_language *, erm_report **out)`."""
    if options is not None or set(overrides) - {"language"}:
        raise ValueError("with config=, only language= may be given: the configuration says the rest")
    with config._use() as c:
        handle = ctypes.c_void_p()
        _ffi.check(function(subject, c, language_pointer(overrides.get("language")), ctypes.byref(handle)))
    return _report(handle)


def _new_handle(function: Any, *args: Any, options: Optional[Options], overrides: dict[str, Any]) -> ctypes.c_void_p:
    """Calls `function(*args, const erm_options *, erm_x **out)`; returns the new handle."""
    c_options, keep = _options.pointer(_options.make(options, overrides))
    handle = ctypes.c_void_p()
    _ffi.check(function(*args, c_options, ctypes.byref(handle)))
    del keep  # the options were read during the call only
    return handle


def _text(text: Union[str, bytes]) -> bytes:
    data = _ffi.encode(text)
    assert data is not None
    return data


def load(path: PathLike, options: Optional[Options] = None, **overrides: Any) -> Roadmap:
    """Loads a roadmap from a YAML file. Raises :class:`LoadError` (with
    ``line`` and ``column``) when the file is not a roadmap at all —
    :class:`FileNotFoundError` or :class:`PermissionError` (both also
    LoadError) when it cannot be opened; defects of a readable roadmap are
    findings of :meth:`Roadmap.validate`."""
    _ffi.check_readable(path)
    return Roadmap(_new_handle(_ffi.lib().erm_roadmap_load_file_ext, _ffi.encode(path), options=options,
                               overrides=overrides))


def loads(text: Union[str, bytes], name: str = "<string>", options: Optional[Options] = None,
          **overrides: Any) -> Roadmap:
    """Loads a roadmap from YAML text; *name* is the file name in locations."""
    data = _text(text)
    return Roadmap(_new_handle(_ffi.lib().erm_roadmap_load_string_ext, data, len(data), _ffi.encode(name),
                               options=options, overrides=overrides))


def validate_file(path: PathLike, options: Optional[Options] = None, *, config: Optional[Config] = None,
                  **overrides: Any) -> Report:
    """Loads and validates a file; a file that is not a roadmap gives
    findings, not an exception. A file that cannot be opened raises
    :class:`FileNotFoundError` or :class:`PermissionError` (both also
    LoadError), as :func:`load` does. *config*: as :meth:`Roadmap.validate`."""
    _ffi.check_readable(path)
    if config is not None:
        return _configured(_ffi.lib().erm_validate_file_with_config, _ffi.encode(path), config, options, overrides)
    return _report(_new_handle(_ffi.lib().erm_validate_file, _ffi.encode(path), options=options,
                               overrides=overrides))


def validate_string(text: Union[str, bytes], name: str = "<string>", options: Optional[Options] = None,
                    **overrides: Any) -> Report:
    """Loads and validates YAML text."""
    data = _text(text)
    return _report(_new_handle(_ffi.lib().erm_validate_string, data, len(data), _ffi.encode(name), options=options,
                               overrides=overrides))
