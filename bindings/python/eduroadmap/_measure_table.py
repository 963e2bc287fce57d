"""Measures from the library's measure table (erm_roadmap_measure_table,
layout version 1 in docs/c-api.md): fixed-width words read as columns
through ``memoryview``, every string decoded at once and split at its NULs.
The bulk path of :meth:`Roadmap.measures`: no JSON is written or parsed;
each distinct string, deadline, responsibles cell and list becomes one
Python object that the measures having it share; each column is mapped to
its values by C-level ``map`` and set through the slots of the frozen,
slotted Measure."""
from __future__ import annotations

import dataclasses
import datetime
import struct
from collections import deque
from itertools import repeat
from typing import Any, Callable, Iterable, Optional, Sequence, Union

from . import _ffi
from .deadline import bulk_deadline
from .enums import DeadlineKind, MeasureStatus, Stage
from .model import Measure, Window

MAGIC = 0x544D5245      #: ERM_MEASURE_TABLE_MAGIC
VERSION = 1             #: the layout this reader knows (ERM_MEASURE_TABLE_VERSION)
_HEADER = struct.Struct("=15I")  # the header words of version 1 this reader uses (ERM_MTH_MAGIC .. ERM_MTH_TEXT_BYTES)
_MEASURE_WORDS, _DEADLINE_WORDS = 20, 7  # the record words this reader uses; later layouts may append more
# Words of a measure record (ERM_MTM_*).
(_ID, _NUMBER, _TITLE, _FORM, _PATH, _SECTION, _GROUP, _DEADLINE, _RESPONSIBLES, _DIRECTION, _RESULT, _STAGE,
 _STAGE_INFERRED, _STATUS, _STATUS_TEXT, _NOTE, _ITEMS, _INDICATORS, _DEPENDS_ON, _STAGE_ALSO) = range(_MEASURE_WORDS)

# Values by their C number. Words are read as signed, so ERM_MEASURE_TABLE_NONE
# reads as -1, and the last entry of a lookup list stands for "absent".
_KINDS = {k.value: k for k in DeadlineKind}
_STAGES = [Stage(v) for v in range(len(Stage))]
_STATUSES = [MeasureStatus(v) for v in range(len(MeasureStatus))]
_BOOLS = (False, True)


def _short() -> _ffi.LibraryError:
    return _ffi.LibraryError("the library's measure table is shorter than its header says")


def _strings(data: memoryview, offsets_at: int, count: int, text_bytes: int) -> list[Optional[str]]:
    """The string table, string i at index i, and None last (at index -1,
    where ERM_MEASURE_TABLE_NONE points)."""
    text_at = (offsets_at + count + 1) * 4
    if text_at + text_bytes > len(data):
        raise _short()
    text = str(data[text_at:text_at + text_bytes], "utf-8", "replace")
    strings: list[Optional[str]] = list(text.split("\0"))
    if len(strings) == count + 1:  # each string ends at its NUL: the usual case; the last piece is ""
        strings[-1] = None
        return strings
    # A string holds a NUL itself (the loader warns of such texts but keeps them): go by the offsets.
    offsets = data[offsets_at * 4:text_at].cast("I")
    strings = [str(data[text_at + offsets[i]:text_at + offsets[i + 1] - 1], "utf-8", "replace") for i in range(count)]
    strings.append(None)
    return strings


def measures_from_table(buffer: Union[bytes, memoryview]) -> tuple[Measure, ...]:
    """Every Measure of a measure table, in printed order: the same values,
    field by field, as those the JSON of erm_roadmap_measures_json gives."""
    data = memoryview(buffer)
    if len(data) < _HEADER.size:
        raise _short()
    (magic, version, header_words, n_measures, measure_words, n_deadlines, deadline_words, n_windows, n_sets,
     n_mentions, n_text_lists, n_stage_lists, n_list_words, n_strings, text_bytes) = _HEADER.unpack_from(data)
    if magic != MAGIC or version < VERSION:
        raise _ffi.LibraryError(f"not a measure table of layout {VERSION} or later (magic {magic:#x}, "
                                f"version {version})")
    if measure_words < _MEASURE_WORDS or deadline_words < _DEADLINE_WORDS or header_words < _HEADER.size // 4:
        raise _ffi.LibraryError("the library's measure table has records narrower than its version allows")
    sizes = (n_measures * measure_words, n_deadlines * deadline_words, n_windows * 6, n_sets * 2, n_mentions * 2,
             n_text_lists * 2, n_stage_lists * 2, n_list_words, n_strings + 1)
    if (header_words + sum(sizes)) * 4 > len(data):
        raise _short()
    words = data[:(header_words + sum(sizes)) * 4].cast("i")
    starts = [header_words]
    for size in sizes:
        starts.append(starts[-1] + size)
    (measures_at, deadlines_at, windows_at, sets_at, mentions_at, text_lists_at, stage_lists_at, list_at, offsets_at,
     _) = starts

    def rows(at: int, count: int, width: int, used: int) -> list[tuple[int, ...]]:
        table = words[at:at + count * width].tolist()
        return [tuple(table[i:i + used]) for i in range(0, count * width, width)]

    s = _strings(data, offsets_at, n_strings, text_bytes)
    lists = words[list_at:list_at + n_list_words].tolist()
    date = datetime.date
    windows = [Window(date(a, b, c), date(d, e, f)) for a, b, c, d, e, f in rows(windows_at, n_windows, 6, 6)]
    deadlines = [bulk_deadline(s[text] or "", _KINDS[kind], tuple(windows[first:first + count]), times,
                               ambiguous != 0, s[note] or "")  # never absent: `or ""` only tells mypy so
                 for text, kind, first, count, times, ambiguous, note
                 in rows(deadlines_at, n_deadlines, deadline_words, _DEADLINE_WORDS)]
    mentions = rows(mentions_at, n_mentions, 2, 2)
    names, ids = [], []
    for first, count in rows(sets_at, n_sets, 2, 2):
        names.append(tuple([s[text] for text, _ in mentions[first:first + count]]))
        ids.append(tuple([s[id_] for _, id_ in mentions[first:first + count]]))
    text_lists = [tuple([s[w] for w in lists[first:first + count]])
                  for first, count in rows(text_lists_at, n_text_lists, 2, 2)]
    stage_lists = [tuple([_STAGES[w] for w in lists[first:first + count]])
                   for first, count in rows(stage_lists_at, n_stage_lists, 2, 2)]

    groups = words[measures_at + _GROUP:measures_at + n_measures * measure_words:measure_words]
    group_values: list[Optional[int]] = [*range(max(groups, default=-1) + 1), None]  # -1 (NONE) is None
    # Each field of Measure, in declaration order: the record word that holds it and what that word
    # numbers (None: the word is the value).
    fields: tuple[tuple[str, int, Optional[Sequence[Any]]], ...] = (
        ("index", -1, None), ("id", _ID, s), ("number", _NUMBER, s), ("title", _TITLE, s),
        ("deadline", _DEADLINE, deadlines), ("responsibles", _RESPONSIBLES, names),
        ("responsible_ids", _RESPONSIBLES, ids), ("stage", _STAGE, _STAGES),
        ("stage_inferred", _STAGE_INFERRED, _BOOLS),
        ("status", _STATUS, _STATUSES), ("result", _RESULT, s), ("form", _FORM, s), ("section", _SECTION, None),
        ("group", _GROUP, group_values), ("path", _PATH, s), ("direction", _DIRECTION, s),
        ("status_text", _STATUS_TEXT, s), ("items", _ITEMS, text_lists), ("indicators", _INDICATORS, text_lists),
        ("depends_on", _DEPENDS_ON, text_lists), ("note", _NOTE, s), ("stage_also", _STAGE_ALSO, stage_lists))
    # The measures are made empty, then filled a column at a time through the slots' own setters (which
    # a frozen dataclass's __setattr__ does not stand in front of), by C-level map: no Python code runs
    # per measure. A column every measure shares (most fields of most plans: forms, notes, lists,
    # groups) is one value repeated.
    measures: list[Measure] = list(map(_new_measure, repeat(Measure, n_measures)))
    for key, field, numbered in fields:
        col = words[measures_at + field:measures_at + n_measures * measure_words:measure_words].tolist() \
            if field >= 0 else range(n_measures)
        values: Iterable[Any]
        if n_measures and col.count(col[0]) == n_measures:
            values = repeat(col[0] if numbered is None else numbered[col[0]], n_measures)
        else:
            values = col if numbered is None else map(numbered.__getitem__, col)
        deque(map(_SETTERS[key], measures, values), maxlen=0)
    deque(map(_SETTERS["matched_windows"], measures, repeat((), n_measures)), maxlen=0)
    return tuple(measures)


# The C-level callables the columns are mapped through, typed for mypy.
_new_measure: Callable[[type[Measure]], Measure] = object.__new__
#: each field's slot setter: the member descriptor's __set__, by field name
_SETTERS: dict[str, Callable[[Measure, Any], None]] = {
    f.name: Measure.__dict__[f.name].__set__ for f in dataclasses.fields(Measure)}


def read(function: Callable[..., int], handle: Any) -> tuple[Measure, ...]:
    """The measures of the roadmap *handle*, through erm_roadmap_measure_table (*function*)."""
    return measures_from_table(_ffi.call_view(function, handle))
