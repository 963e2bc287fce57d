"""Measures from the JSON of erm_roadmap_measures_json: the path
:meth:`Roadmap.measures` took before the measure table (_measure_table.py).
Kept as the reference the tests compare the table with, value by value,
and as the "before" of bench/python_walk.py; the package itself reads the
table."""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from . import _ffi
from .deadline import deadline_from_json
from .enums import MeasureStatus, Stage
from ._measure_table import _SETTERS
from .model import Measure

_STAGES = {s.label: s for s in Stage}
_STATUSES = {s.label: s for s in MeasureStatus}


_FIELDS = ["index", "id", "number", "title", "form", "path", "section", "group", "deadline", "responsibles",
           "direction", "result", "stage", "stage_inferred", "status", "status_text", "items", "indicators",
           "depends_on", "note", "stage_also"]


class _JsonCursor:
    """Walks the outer containers of a JSON text by hand, so that their
    elements can be decoded (by json's own decoder) and let go one at a time."""

    def __init__(self, text: str) -> None:
        self._text, self._pos = text, 0

    def _skip_blanks(self) -> None:
        blanks = _blank(self._text, self._pos)
        if blanks:
            self._pos = blanks.end()

    def _accept(self, char: str) -> bool:
        self._skip_blanks()
        if self._text.startswith(char, self._pos):
            self._pos += 1
            return True
        return False

    def expect(self, char: str) -> None:
        if not self._accept(char):
            raise _ffi.LibraryError(f"the library's JSON has no {char!r} at offset {self._pos}")

    def value(self) -> Any:
        """The next value, decoded whole."""
        self._skip_blanks()
        value, self._pos = _decode(self._text, self._pos)
        return value

    def items(self, opening: str, closing: str) -> Iterator[None]:
        """Stops before each element of the array or object that starts here."""
        self.expect(opening)
        if self._accept(closing):
            return
        while True:
            yield
            if self._accept(closing):
                return
            self.expect(",")


_decode = json.JSONDecoder().raw_decode
_blank = re.compile(r"[ \t\n\r]*").match


def measures_from_json(text: str) -> tuple[Measure, ...]:
    """Measures from erm_roadmap_measures_json, as the package made them
    before the measure table: shared deadlines and
    responsibles are made once; each frozen Measure is filled through its
    slots' setters; and the rows are decoded one at a time, each
    let go once its Measure is made. Decoded all at once, half a million
    short-lived lists would be walked again and again by the cyclic garbage
    collector while the Measures pile up."""
    data: dict[str, Any] = {}
    out = []
    cursor = _JsonCursor(text)
    for _ in cursor.items("{", "}"):
        key = cursor.value()
        cursor.expect(":")
        if key != "measures":
            data[key] = cursor.value()
            continue
        if data.get("fields") != _FIELDS:  # also when the rows come before the fields, deadlines, responsibles
            raise _ffi.LibraryError(f"the library's measure fields {data.get('fields')} are not {_FIELDS}")
        deadlines = [deadline_from_json(d) for d in data["deadlines"]]
        responsibles = [(tuple([r[0] for r in rs]), tuple([r[1] for r in rs])) for rs in data["responsibles"]]
        stages, statuses, new = _STAGES, _STATUSES, object.__new__
        setters = list(_SETTERS.values())  # in the order of Measure's fields
        for _ in cursor.items("[", "]"):
            (index, id_, number, title, form, path, section, group, deadline, responsible, direction, result, stage,
             inferred, status, status_text, items, indicators, depends_on, note, also) = cursor.value()
            names, ids = responsibles[responsible]
            measure = new(Measure)
            for set_slot, value in zip(setters, (
                    index, id_, number, title, deadlines[deadline], names, ids, stages[stage], inferred,
                    statuses[status], result, form, section, group, path, direction, status_text,
                    tuple(items) if items else (), tuple(indicators) if indicators else (),
                    tuple(depends_on) if depends_on else (), note,
                    tuple([stages[s] for s in also]) if also else (), ())):
                set_slot(measure, value)
            out.append(measure)
    return tuple(out)


