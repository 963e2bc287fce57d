"""Roadmap.measures() reads the library's measure table
(erm_roadmap_measure_table); the JSON of erm_roadmap_measures_json, read as
the package read it before, is the reference. For every bundled roadmap, an
imported one, one of unusual texts and a generated one of many windows, the
two give the same Measure values: the same fields, of the same types, equal
and alike in repr and hash, every slot set."""
from __future__ import annotations

import dataclasses
import struct

import pytest

import eduroadmap
from eduroadmap import _ffi
from eduroadmap._measure_table import measures_from_table
from eduroadmap._measures_json import measures_from_json

from conftest import EXAMPLES, ROOT

UNUSUAL = ROOT / "tests" / "fixtures" / "measure_table" / "unusual.yaml"


def reference(rm: eduroadmap.Roadmap) -> tuple[eduroadmap.Measure, ...]:
    with rm._use() as h:
        return measures_from_json(_ffi.call_string(_ffi.lib().erm_roadmap_measures_json, h))


def table(rm: eduroadmap.Roadmap) -> bytes:
    with rm._use() as h:
        return _ffi.call_buffer(_ffi.lib().erm_roadmap_measure_table, h)


def same_value(a: object, b: object) -> bool:
    """Equal and of the same type all the way down (True == 1, but not here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))  # type: ignore[arg-type]
    if dataclasses.is_dataclass(a):
        return all(same_value(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    return a == b


def assert_same_measures(rm: eduroadmap.Roadmap) -> list[eduroadmap.Measure]:
    measures, expected = rm.measures(), reference(rm)
    assert len(measures) == len(expected) == len(rm)
    for m, e in zip(measures, expected):
        for f in dataclasses.fields(eduroadmap.Measure):
            assert same_value(getattr(m, f.name), getattr(e, f.name)), (m.path, f.name)
        assert m == e and hash(m) == hash(e) and repr(m) == repr(e) and repr(m.deadline) == repr(e.deadline)
        assert not hasattr(m, "__dict__") and not hasattr(e, "__dict__")  # slotted: every field set, no more
        assert type(m) is eduroadmap.Measure and type(m.deadline) is eduroadmap.Deadline
    return measures


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_bundled_roadmaps(path):
    with eduroadmap.load(path) as rm:
        measures = assert_same_measures(rm)
        assert measures and any(m.deadline.windows for m in measures)


def test_shared_values_are_made_once(kachkanar):
    measures = kachkanar.measures()
    by_text = {}
    for m in measures:
        by_text.setdefault((m.deadline.text, m.deadline.windows), m.deadline)
        assert m.deadline is by_text[(m.deadline.text, m.deadline.windows)]
    assert len(by_text) < len(measures)


def test_unusual_texts():
    with eduroadmap.load(UNUSUAL) as rm:
        measures = assert_same_measures(rm)
    first, second, untitled, grouped, yearly = measures
    # Control characters, quotes, 4-byte UTF-8 and empty texts come through as written.
    assert first.title == "Мониторинг \x01 \x1f \x7f управляющих символов\r\nи перевода строки"
    assert first.note == "примечание 😀 с эмодзи 𝔘"
    assert first.items == ("", "пункт «а»", "пункт \"б\" \\ 𝔊")
    assert first.result == "" and first.form == "" and first.status_text == "выполнено\u2028частично"
    assert first.indicators == ("ind-1",)
    assert len(first.deadline.windows) == 36  # monthly over 2020-2022
    assert second.responsibles == ("КО", "ЦО 😀𝔘", "Неизвестный «орган»")
    assert second.responsible_ids == ("ko", "emoji", None)
    assert second.depends_on == ("1", "нет-такого") and second.number == ""
    assert len(second.deadline.windows) > 150  # weekly over three years
    assert second.status is eduroadmap.MeasureStatus.IN_PROGRESS
    assert untitled.title == "" and untitled.deadline.text == "" and untitled.result is None
    assert untitled.stage is eduroadmap.Stage.REVIEW and not untitled.stage_inferred
    assert untitled.group is None and grouped.group == 0 and yearly.group == 0
    assert grouped.result == "справка \\x00 (не NUL, а текст)"
    assert grouped.stage_also  # «мониторинг, анализ и принятие управленческих решений»
    assert yearly.deadline.kind is eduroadmap.DeadlineKind.RECURRING


def test_generated_roadmap_of_many_windows():
    rows = []
    for i in range(300):
        deadline = ["еженедельно", "ежемесячно", "Ежеквартально", "1 раз в полугодие", "?", ""][i % 6]
        rows.append(f'      - {{number: "{i + 1}.", title: "Мероприятие {i} «{chr(0x1F600 + i % 50)}»", '
                    f'deadline: "{deadline}", responsibles: "КО, ОО", result: "Итог {i % 7}"}}')
    text = ("schema: eduroadmap/1\nid: many\ntitle: Много окон\nperiod: 2015-2024\n"
            "responsibles:\n  - {id: ko, short: КО}\nsections:\n  - title: Раздел\n    measures:\n"
            + "\n".join(rows) + "\n")
    with eduroadmap.loads(text) as rm:
        measures = assert_same_measures(rm)
    assert max(len(m.deadline.windows) for m in measures) > 500


def test_imported_roadmap():
    result = eduroadmap.import_document(ROOT / "tests" / "fixtures" / "import" / "kachkanar-excerpt.txt")
    assert result.ok, result.errors
    with result.roadmap() as rm:
        assert assert_same_measures(rm)


def test_a_text_with_a_nul_goes_by_the_offsets():
    # The loader reports a NUL in a text but keeps the text: the table's strings
    # cannot then be split at their NULs, and the reader takes the offsets.
    text = ('schema: eduroadmap/1\nid: nul\ntitle: t\nperiod: 2021\nsections:\n  - title: s\n    measures:\n'
            '      - {number: "1.", title: "до\\0после", deadline: "2021", result: "a\\0b\\0"}\n'
            '      - {number: "2.", title: "второе", deadline: "2021"}\n')
    with eduroadmap.loads(text) as rm:
        measures = rm.measures()
        assert [m.title for m in measures] == ["до\0после", "второе"]
        assert measures[0].result == "a\0b\0"
        report = rm.validate()
    assert any("NUL" in d.message or d.rule == "yaml-syntax" for d in report)


def widened(buffer: bytes, extra_measure_words: int, extra_header_words: int) -> bytes:
    """The same table as a later layout might write it: longer header and
    measure records (the added words hold junk a reader must skip)."""
    header = list(struct.unpack_from("=16I", buffer))
    header_words, n, width = header[2], header[3], header[4]
    records = buffer[header_words * 4:(header_words + n * width) * 4]
    wide = b"".join(records[i * width * 4:(i + 1) * width * 4] + b"\xAB" * 4 * extra_measure_words
                    for i in range(n))
    header[2], header[4] = header_words + extra_header_words, width + extra_measure_words
    return (struct.pack(f"={len(header)}I", *header) + b"\xCD" * 4 * extra_header_words + wide
            + buffer[(header_words + n * width) * 4:])


def test_a_later_layout_with_wider_records_reads_the_same(kachkanar):
    buffer = table(kachkanar)
    assert measures_from_table(widened(buffer, 3, 2)) == measures_from_table(buffer) == tuple(kachkanar.measures())


@pytest.mark.parametrize("damage", ["empty", "magic", "version", "truncated", "narrow"])
def test_a_damaged_table_is_an_error_not_garbage(kachkanar, damage):
    buffer = bytearray(table(kachkanar))
    if damage == "empty":
        buffer = bytearray()
    elif damage == "magic":
        buffer[0] ^= 0xFF
    elif damage == "version":
        struct.pack_into("=I", buffer, 4, 0)
    elif damage == "truncated":
        buffer = buffer[:len(buffer) // 2]
    else:
        struct.pack_into("=I", buffer, 16, 19)  # measure records narrower than version 1's
    with pytest.raises(eduroadmap.LibraryError):
        measures_from_table(bytes(buffer))


def test_measures_behave_as_frozen_values(kachkanar):
    import copy
    import pickle

    m = kachkanar.measures()[5]
    assert pickle.loads(pickle.dumps(m)) == m and copy.deepcopy(m) == m
    assert dataclasses.asdict(m)["title"] == m.title and dataclasses.astuple(m)[3] == m.title
    changed = dataclasses.replace(m, title="другое")
    assert changed.title == "другое" and changed != m and changed.path == m.path
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.title = "нельзя"  # type: ignore[misc]
    # Slotted: no attribute beyond the fields (CPython before 3.12 says so with a TypeError from the
    # frozen __setattr__ of a slotted dataclass, later ones with FrozenInstanceError, an AttributeError).
    with pytest.raises((AttributeError, TypeError)):
        m.extra = 1  # type: ignore[attr-defined]


def test_due_dates_are_made_once_per_deadline(kachkanar):
    deadline = next(m.deadline for m in kachkanar.measures() if len(m.deadline.windows) > 1)
    assert deadline.due_dates == tuple(w.end for w in deadline.windows)
    assert deadline.due_dates is deadline.due_dates  # kept on first use
    assert deadline == dataclasses.replace(deadline)  # the kept tuple is no field: equality as before
    with pytest.raises(dataclasses.FrozenInstanceError):
        deadline.due_dates = ()  # type: ignore[misc]



class _FreeSpy:
    """The library, with erm_buffer_free recording what it frees."""

    def __init__(self, real):
        self._real, self.freed = real, []

    def erm_buffer_free(self, address):
        self.freed.append(address)
        self._real.erm_buffer_free(address)

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.fixture
def free_spy(monkeypatch):
    spy = _FreeSpy(_ffi.lib())
    monkeypatch.setattr(_ffi, "lib", lambda: spy)
    return spy


def test_the_table_is_read_in_place_and_freed_with_its_last_view(kachkanar, free_spy):
    copy = table(kachkanar)
    assert len(free_spy.freed) == 1  # call_buffer copies, and the buffer is gone already
    free_spy.freed.clear()
    with kachkanar._use() as h:
        view = _ffi.call_view(_ffi.lib().erm_roadmap_measure_table, h)
    assert view.readonly and view.tobytes() == copy
    part = view[100:200].cast("I")
    del view
    assert free_spy.freed == []  # a view made from it still reads it
    assert part.tobytes() == copy[100:200]
    del part
    assert len(free_spy.freed) == 1
    free_spy.freed.clear()
    kachkanar._measures = None  # as on a fresh Roadmap object
    assert kachkanar.measures() == list(measures_from_table(copy))
    assert len(free_spy.freed) == 1  # measures() keeps nothing of the table
