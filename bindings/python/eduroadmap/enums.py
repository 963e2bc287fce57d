"""IntEnum mirrors of the C API's enumerations (values as in eduroadmap.h),
with the format's names (``Stage.DATA_COLLECTION.label == "data-collection"``)."""
from __future__ import annotations

import enum
from typing import Any, TypeVar

_N = TypeVar("_N", bound="_Named")


class _Named(enum.IntEnum):
    """An enum whose members also carry the name the format and JSON use."""

    @property
    def label(self) -> str:
        return _LABELS.get((type(self).__name__, self.name), self.name.lower())

    @classmethod
    def from_label(cls: type[_N], label: str) -> _N:
        """The member whose label is *label* (ValueError otherwise)."""
        table: dict[str, _N] = _label_tables.get(cls) or _label_tables.setdefault(cls, {m.label: m for m in cls})
        try:
            return table[label]
        except KeyError:
            raise ValueError(f"{label!r} is not a {cls.__name__}: one of "
                             f"{', '.join(m.label for m in cls)}") from None


class Status(enum.IntEnum):
    """erm_status."""

    OK = 0
    INVALID_ARGUMENT = -1
    VERSION = -2
    OUT_OF_RANGE = -3
    LOAD = -4
    QUERY = -5
    UNSUPPORTED = -6
    NO_MEMORY = -7
    INTERNAL = -8


class Severity(_Named):
    """erm_severity: how serious a finding is (ordered)."""

    INFO = 0
    WARNING = 1
    ERROR = 2


class Language(_Named):
    """erm_language: language of messages."""

    RU = 0
    EN = 1


class ImportMessageKind(_Named):
    """erm_import_message_kind: what a remark of an import is about."""

    UNPLACED = 0
    GUESS = 1
    ERROR = 2


class DeadlineKind(_Named):
    """erm_deadline_kind (docs/deadlines.md)."""

    FIXED = 0
    RECURRING = 1
    CONTINUOUS = 2
    ON_DEMAND = 3
    EXTERNAL = 4
    UNSPECIFIED = 5
    UNRECOGNIZED = 6


class Stage(_Named):
    """erm_stage: a stage of the management cycle, in cycle order."""

    GOALS = 0
    INDICATORS = 1
    DATA_COLLECTION = 2
    MONITORING = 3
    ANALYSIS = 4
    RECOMMENDATIONS = 5
    MEASURES = 6
    DECISIONS = 7
    REVIEW = 8


class MeasureStatus(_Named):
    """erm_measure_status: execution status of a measure."""

    PLANNED = 0
    IN_PROGRESS = 1
    DONE = 2
    CANCELLED = 3
    OVERDUE = 4


class Unit(_Named):
    """erm_unit: unit of an indicator's values."""

    NUMBER = 0
    PERCENT = 1
    COUNT = 2
    BOOLEAN = 3


class Comparator(_Named):
    """erm_comparator: how an indicator's value meets its target."""

    AT_LEAST = 0
    AT_MOST = 1
    EQUAL = 2


class ProgressStatus(_Named):
    """erm_progress_status: how an indicator stands against its target."""

    ACHIEVED = 0
    ON_TRACK = 1
    BEHIND = 2
    NO_DATA = 3
    NO_TARGET = 4


class RuleLevel(_Named):
    """erm_rule_level: what a rule toggle sets a rule to."""

    OFF = 0
    INFO = 1
    WARNING = 2
    ERROR = 3


# Each enum's members by label, made on first use.
_label_tables: dict[type[_Named], dict[str, Any]] = {}

# Labels that are not the lower-case member name, by (enum, member): IntEnum
# members of different enums compare (and hash) equal by value.
_LABELS = {
    ("Stage", "DATA_COLLECTION"): "data-collection",
    ("Comparator", "AT_LEAST"): ">=",
    ("Comparator", "AT_MOST"): "<=",
    ("Comparator", "EQUAL"): "=",
}
