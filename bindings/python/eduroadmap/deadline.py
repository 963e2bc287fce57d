"""Deadline resolution and plan periods."""
from __future__ import annotations

import ctypes
import datetime
import json
from typing import Any, Union

from . import _ffi
from .enums import DeadlineKind
from .model import Deadline, Window

#: A period as the functions take it: a Window or (start, end) dates, or a
#: text: ``2021``, ``2020-2022``, ``2023/2024`` (a school year), ``START..END``.
PeriodLike = Union[Window, tuple[datetime.date, datetime.date], str]


def _date(d: _ffi.Date) -> datetime.date:
    return datetime.date(d.year, d.month, d.day)


def _c_date(d: datetime.date) -> _ffi.Date:
    return _ffi.Date(d.year, d.month, d.day)


def parse_period(text: str) -> Window:
    """Reads a plan period: ``2021``, ``2020-2022``, ``2023/2024``, ``START..END``.

    Raises InvalidArgumentError for anything else."""
    out = _ffi.CWindow()
    _ffi.check(_ffi.lib().erm_period_parse(_ffi.encode(text), ctypes.byref(out)))
    return Window(_date(out.start), _date(out.end))


def period_window(period: PeriodLike) -> Window:
    """*period* as a Window."""
    if isinstance(period, str):
        return parse_period(period)
    start, end = period
    return Window(start, end)


def parse_deadline(text: str, period: PeriodLike | None = None) -> Deadline:
    """Resolves a free Russian deadline text against a plan period
    (default: the current calendar year). An unreadable text is not an error:
    its kind is ``DeadlineKind.UNRECOGNIZED``."""
    if period is None:
        year = datetime.date.today().year
        window = Window(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    else:
        window = period_window(period)
    c_period = _ffi.CWindow(_c_date(window.start), _c_date(window.end))
    lib = _ffi.lib()
    handle = ctypes.c_void_p()
    _ffi.check(lib.erm_deadline_resolve(_ffi.encode(text), ctypes.byref(c_period), ctypes.byref(handle)))
    try:
        return deadline_from_json(json.loads(_ffi.call_string(lib.erm_deadline_to_json, handle)))
    finally:
        lib.erm_deadline_free(handle)


_KINDS = {k.label: k for k in DeadlineKind}
_WINDOWS: dict[tuple[str, str], Window] = {}  # windows repeat across measures: parse each once
_new_deadline = object.__new__


def _window(start: str, end: str) -> Window:
    key = (start, end)
    w = _WINDOWS.get(key)
    if w is None:
        if len(_WINDOWS) > 100_000:
            _WINDOWS.clear()
        w = _WINDOWS[key] = Window(datetime.date.fromisoformat(start), datetime.date.fromisoformat(end))
    return w


def deadline_from_json(d: dict[str, Any]) -> Deadline:
    """A Deadline from the library's JSON object."""
    return bulk_deadline(d["text"], _KINDS[d["kind"]], tuple([_window(w["start"], w["end"]) for w in d["windows"]]),
                         d["count"], d["ambiguous"], d["note"])


def bulk_deadline(text: str, kind: DeadlineKind, windows: tuple[Window, ...], count: int, ambiguous: bool,
                  note: str) -> Deadline:
    """A Deadline filled through its __dict__ (the bulk path: no frozen __init__), as the constructor would."""
    deadline = _new_deadline(Deadline)
    deadline.__dict__.update(text=text, kind=kind, windows=windows, count=count, ambiguous=ambiguous, note=note)
    return deadline
