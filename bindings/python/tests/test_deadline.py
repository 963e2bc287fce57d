"""parse_deadline and parse_period (docs/deadlines.md examples)."""
from __future__ import annotations

import datetime

import pytest

import eduroadmap
from eduroadmap import DeadlineKind, Window

D = datetime.date
SCHOOL_YEAR = (D(2023, 9, 1), D(2024, 8, 31))


def test_periods():
    assert eduroadmap.parse_period("2023/2024") == Window(*SCHOOL_YEAR)
    assert eduroadmap.parse_period("2020-2022") == Window(D(2020, 1, 1), D(2022, 12, 31))
    assert eduroadmap.parse_period("2021-03-01..2021-05-31").days == 92


@pytest.mark.parametrize("text, kind, windows", [
    ("сентябрь-май", DeadlineKind.FIXED, [(D(2023, 9, 1), D(2024, 5, 31))]),
    ("Ежегодно Сентябрь - февраль", DeadlineKind.RECURRING, [(D(2023, 9, 1), D(2024, 2, 29))]),
    ("январь", DeadlineKind.FIXED, [(D(2024, 1, 1), D(2024, 1, 31))]),
    ("Постоянно", DeadlineKind.CONTINUOUS, [SCHOOL_YEAR]),
    ("по запросу ОО", DeadlineKind.ON_DEMAND, []),
    ("по отдельному графику", DeadlineKind.EXTERNAL, []),
    ("?", DeadlineKind.UNSPECIFIED, []),
    ("методические рекомендации", DeadlineKind.UNRECOGNIZED, []),
])
def test_kinds_and_windows(text, kind, windows):
    d = eduroadmap.parse_deadline(text, period=SCHOOL_YEAR)
    assert d.text == text and d.kind is kind
    assert d.windows == tuple(Window(*w) for w in windows)


def test_count_note_and_period_forms():
    d = eduroadmap.parse_deadline("2 раза в год", period="2023/2024")
    assert d.count == 2 and d.windows == (Window(*SCHOOL_YEAR),)
    noted = eduroadmap.parse_deadline("2020-2022 (в соответствии с планом ГАОУ ДПО ИРР ПО)", period="2020-2022")
    assert noted.kind is DeadlineKind.FIXED and "ГАОУ ДПО ИРР ПО" in noted.note
    assert eduroadmap.parse_deadline("май", period=Window(*SCHOOL_YEAR)).windows[0].start == D(2024, 5, 1)
    assert repr(d).startswith("Deadline('2 раза в год', recurring, [2023-09-01..2024-08-31])")


def test_default_period_is_this_year():
    d = eduroadmap.parse_deadline("март")
    assert d.windows[0].start == D(datetime.date.today().year, 3, 1)
