"""Roadmaps: loading, metadata, measures, queries, coverage, validation."""
from __future__ import annotations

import ctypes
import datetime
import gc
import json
import os
import threading
from typing import Any, Iterator, Optional, Union

from . import _ffi
from . import options as _options
from .deadline import PeriodLike, _c_date, _date, deadline_from_json, period_window
from .enums import Comparator, MeasureStatus, ProgressStatus, Stage, Unit
from .model import (Actual, Coverage, CoverageRow, Indicator, IndicatorProgress, Measure, Responsible, Section,
                    Target, Value, Window)
from .options import Options
from .report import Report

PathLike = Union[str, "os.PathLike[str]"]


class Roadmap:
    """A loaded roadmap (immutable). Use :func:`eduroadmap.load` or
    :func:`eduroadmap.loads`; close it (or use ``with``) to free it early.

    Everything it returns is a copy: Measures, Sections and Reports stay valid
    after the roadmap is closed. Safe to use from many threads.
    """

    __slots__ = ("_handle", "_info", "_lock", "_measures", "_by_path", "__weakref__")

    def __init__(self, handle: ctypes.c_void_p) -> None:
        self._handle: Optional[ctypes.c_void_p] = handle
        self._lock = threading.Lock()
        self._measures: Optional[tuple[Measure, ...]] = None
        self._by_path: dict[str, Measure] = {}
        info = _ffi.RoadmapInfo(version=_ffi.RoadmapInfo.VERSION)
        _ffi.check(_ffi.lib().erm_roadmap_describe(handle, ctypes.byref(info)))
        d = _ffi.decode
        self._info = {
            "file": d(info.file), "schema": d(info.schema), "id": d(info.id), "title": d(info.title),
            "language": d(info.language), "catalog": d(info.catalog), "municipality": d(info.municipality),
            "region": d(info.region), "period_text": d(info.period_text),
            "period": Window(_date(info.period.start), _date(info.period.end)) if info.period_known else None,
            "approved_by": {
                "kind": d(info.approved_kind), "number": d(info.approved_number),
                "date": _date(info.approved_date) if info.approved_date.year else None,
                "authority": d(info.approved_authority), "signed_by": d(info.approved_signed_by),
                "title": d(info.approved_title),
            } if info.approved else None,
            "description": d(info.description),
        }

    # ---- life ------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._handle is None

    def close(self) -> None:
        """Frees the C roadmap; further calls that need it raise ValueError."""
        handle, self._handle = self._handle, None
        if handle is not None:
            _ffi.lib().erm_roadmap_free(handle)

    def __enter__(self) -> "Roadmap":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass

    def _h(self) -> ctypes.c_void_p:
        if self._handle is None:
            raise ValueError("the roadmap is closed")
        return self._handle

    # ---- metadata --------------------------------------------------------------------

    @property
    def file(self) -> str:
        """The file it was loaded from, or the name given to loads()."""
        return self._info["file"]

    @property
    def id(self) -> str:
        return self._info["id"]

    @property
    def title(self) -> str:
        return self._info["title"]

    @property
    def schema(self) -> str:
        return self._info["schema"]

    @property
    def language(self) -> str:
        return self._info["language"]

    @property
    def catalog(self) -> str:
        """The direction catalog the roadmap names."""
        return self._info["catalog"]

    @property
    def municipality(self) -> str:
        return self._info["municipality"]

    @property
    def region(self) -> str:
        return self._info["region"]

    @property
    def period(self) -> Optional[Window]:
        """The plan period; None when it could not be read."""
        return self._info["period"]

    @property
    def period_text(self) -> str:
        """The period as written (``2020-2022``), "" when given as dates."""
        return self._info["period_text"]

    @property
    def approved_by(self) -> Optional[dict[str, Any]]:
        """The approving document: kind, number, date, authority, signed_by, title; None when absent."""
        return dict(self._info["approved_by"]) if self._info["approved_by"] else None

    @property
    def description(self) -> str:
        return self._info["description"]

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{len(self)} measures"
        return f"<Roadmap {self.id!r} {self.period_text or self.period} ({state}) from {self.file!r}>"

    # ---- parts -----------------------------------------------------------------------

    @property
    def sections(self) -> list[Section]:
        lib, h, d = _ffi.lib(), self._h(), _ffi.decode
        out = []
        for i in range(lib.erm_roadmap_section_count(h)):
            s = _ffi.SectionInfo(version=_ffi.SectionInfo.VERSION)
            _ffi.check(lib.erm_roadmap_section_at(h, i, ctypes.byref(s)))
            out.append(Section(i, d(s.title), d(s.number), d(s.direction_code) or None, d(s.direction_slug) or None,
                               d(s.direction_title) or None, d(s.match), d(s.direction), bool(s.extra),
                               range(s.first_measure, s.first_measure + s.measure_count), s.group_count))
        return out

    @property
    def responsibles(self) -> list[Responsible]:
        """The responsibles registry («Принятые сокращения»)."""
        lib, h, d = _ffi.lib(), self._h(), _ffi.decode
        out = []
        for i in range(lib.erm_roadmap_responsible_count(h)):
            r = _ffi.ResponsibleInfo(version=_ffi.ResponsibleInfo.VERSION)
            _ffi.check(lib.erm_roadmap_responsible_at(h, i, ctypes.byref(r)))
            aliases = []
            for j in range(r.alias_count):
                alias = ctypes.c_char_p()
                _ffi.check(lib.erm_roadmap_responsible_alias(h, i, j, ctypes.byref(alias)))
                aliases.append(d(alias.value))
            out.append(Responsible(d(r.id), d(r.short_name), d(r.full_name), tuple(aliases)))
        return out

    @property
    def indicators(self) -> list[Indicator]:
        lib, h, d = _ffi.lib(), self._h(), _ffi.decode
        out = []
        for i in range(lib.erm_roadmap_indicator_count(h)):
            info = _ffi.IndicatorInfo(version=_ffi.IndicatorInfo.VERSION)
            _ffi.check(lib.erm_roadmap_indicator_at(h, i, ctypes.byref(info)))
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
        lib, h = _ffi.lib(), self._h()
        c_day = _c_date(day)
        out = []
        for indicator in self.indicators:
            p = _ffi.IndicatorProgress(version=_ffi.IndicatorProgress.VERSION)
            _ffi.check(lib.erm_roadmap_indicator_progress(h, indicator.index, ctypes.byref(c_day), ctypes.byref(p)))
            out.append(IndicatorProgress(
                indicator, day, ProgressStatus(p.status),
                indicator.targets[p.target] if p.target != _ffi.NO_INDEX else None,
                Window(_date(p.target_window.start), _date(p.target_window.end)) if p.target_window.start.year else None,
                indicator.actuals[p.latest] if p.latest != _ffi.NO_INDEX else None,
                p.expected if p.has_expected else None, p.share if p.has_share else None))
        return out

    def coverage(self) -> Coverage:
        """The coverage matrix: directions × stages of the management cycle."""
        data = json.loads(_ffi.call_string(_ffi.lib().erm_roadmap_coverage_json, self._h()))
        stage = Stage.from_label
        rows = tuple(CoverageRow(r["code"], r["slug"], r["title"], tuple(r["sections"]), r["measure_count"],
                                 tuple(stage(s) for s in r["missing"]),
                                 {stage(k): tuple(v["measures"]) for k, v in r["cells"].items()},
                                 {stage(k): tuple(v["passports"]) for k, v in r["cells"].items()})
                     for r in data["rows"])
        return Coverage(data["catalog"], tuple(stage(s) for s in data["required"]), rows)

    # ---- measures and queries --------------------------------------------------------

    def __len__(self) -> int:
        return int(_ffi.lib().erm_roadmap_measure_count(self._h()))

    def __iter__(self) -> Iterator[Measure]:
        self._h()
        return iter(self._all())

    def _all(self) -> tuple[Measure, ...]:
        if self._measures is None:
            with self._lock:
                if self._measures is None:
                    text = _ffi.call_string(_ffi.lib().erm_roadmap_measures_json, self._h())
                    # Hundreds of thousands of new objects, none of them in a cycle:
                    # the cyclic collector would only walk them again and again.
                    collecting = gc.isenabled()
                    gc.disable()
                    try:
                        measures = _measures(json.loads(text))
                    finally:
                        if collecting:
                            gc.enable()
                    self._by_path = {m.path: m for m in measures}
                    self._measures = measures
        return self._measures

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
        """
        self._h()  # closed: ValueError
        everything = self._all()
        filters = _filters(direction=direction, responsible=responsible, stage=stage, status=status,
                           due_between=due_between, active_between=active_between, text=text,
                           overdue_as_of=overdue_as_of)
        if not filters:
            return list(everything)
        result = self._query(filters)
        return [self._by_path[m["path"]] for m in result["measures"]]

    def query(self, **filters: Any) -> dict[str, Any]:
        """Runs a query (the filters of :meth:`measures`, and ``group_by``:
        ``responsible``, ``direction`` or ``month``) and returns the library's
        JSON result as a dict (docs/query.md)."""
        return self._query(_filters(**filters))

    def _query(self, filters: dict[str, Any]) -> dict[str, Any]:
        request = _ffi.encode(json.dumps(filters, ensure_ascii=False))
        return json.loads(_ffi.call_string(_ffi.lib().erm_query_json, self._h(), request))

    # ---- validation and export -------------------------------------------------------

    def validate(self, options: Optional[Options] = None, **overrides: Any) -> Report:
        """Runs the validator (docs/rules.md). Keyword arguments are
        :class:`Options` fields: ``language="en"``, ``rules={"result-missing": "off"}``, …"""
        return _report(_new_handle(_ffi.lib().erm_validate, self._h(), options=options, overrides=overrides))

    def to_json(self, indent: int = 2) -> str:
        """The roadmap as JSON in the structure of its YAML form."""
        return _ffi.call_string(_ffi.lib().erm_roadmap_to_json, self._h(), indent)

    def to_dict(self) -> dict[str, Any]:
        """The roadmap as plain data (the JSON form, parsed)."""
        return json.loads(self.to_json(-1))

    def to_yaml(self) -> str:
        """The roadmap as normalised YAML."""
        return _ffi.call_string(_ffi.lib().erm_roadmap_to_yaml, self._h())


# ---- helpers ---------------------------------------------------------------------------

_STAGES = {s.label: s for s in Stage}
_STATUSES = {s.label: s for s in MeasureStatus}


_FIELDS = ["index", "id", "number", "title", "form", "path", "section", "group", "deadline", "responsibles",
           "direction", "result", "stage", "stage_inferred", "status", "status_text", "items", "indicators",
           "depends_on", "note", "stage_also"]


def _measures(data: dict[str, Any]) -> tuple[Measure, ...]:
    """Measures from erm_roadmap_measures_json. The bulk path (100,000
    measures must take well under a second): shared deadlines and
    responsibles are made once, and each frozen Measure gets its __dict__
    whole instead of field by field."""
    if data["fields"] != _FIELDS:
        raise _ffi.LibraryError(f"the library's measure fields {data['fields']} are not {_FIELDS}")
    deadlines = [deadline_from_json(d) for d in data["deadlines"]]
    responsibles = [(tuple([r[0] for r in rs]), tuple([r[1] for r in rs])) for rs in data["responsibles"]]
    stages, statuses, new, set_dict = _STAGES, _STATUSES, object.__new__, object.__setattr__
    out = []
    for (index, id_, number, title, form, path, section, group, deadline, responsible, direction, result, stage,
         inferred, status, status_text, items, indicators, depends_on, note, also) in data["measures"]:
        names, ids = responsibles[responsible]
        measure = new(Measure)
        set_dict(measure, "__dict__", {
            "index": index, "id": id_, "number": number, "title": title, "deadline": deadlines[deadline],
            "responsibles": names, "responsible_ids": ids, "stage": stages[stage], "stage_inferred": inferred,
            "status": statuses[status], "result": result, "form": form, "section": section, "group": group,
            "path": path, "direction": direction, "status_text": status_text,
            "items": tuple(items) if items else (), "indicators": tuple(indicators) if indicators else (),
            "depends_on": tuple(depends_on) if depends_on else (), "note": note,
            "stage_also": tuple([stages[s] for s in also]) if also else ()})
        out.append(measure)
    return tuple(out)


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


def _report(handle: ctypes.c_void_p) -> Report:
    lib = _ffi.lib()
    try:
        return Report._from_json(_ffi.call_string(lib.erm_report_to_json, handle))
    finally:
        lib.erm_report_free(handle)


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
    ``line`` and ``column``) when the file is not a roadmap at all; defects
    of a readable roadmap are findings of :meth:`Roadmap.validate`."""
    return Roadmap(_new_handle(_ffi.lib().erm_roadmap_load_file_ext, _ffi.encode(path), options=options,
                               overrides=overrides))


def loads(text: Union[str, bytes], name: str = "<string>", options: Optional[Options] = None,
          **overrides: Any) -> Roadmap:
    """Loads a roadmap from YAML text; *name* is the file name in locations."""
    data = _text(text)
    return Roadmap(_new_handle(_ffi.lib().erm_roadmap_load_string_ext, data, len(data), _ffi.encode(name),
                               options=options, overrides=overrides))


def validate_file(path: PathLike, options: Optional[Options] = None, **overrides: Any) -> Report:
    """Loads and validates a file; a file that is not a roadmap gives findings, not an exception."""
    return _report(_new_handle(_ffi.lib().erm_validate_file, _ffi.encode(path), options=options,
                               overrides=overrides))


def validate_string(text: Union[str, bytes], name: str = "<string>", options: Optional[Options] = None,
                    **overrides: Any) -> Report:
    """Loads and validates YAML text."""
    data = _text(text)
    return _report(_new_handle(_ffi.lib().erm_validate_string, data, len(data), _ffi.encode(name), options=options,
                               overrides=overrides))
