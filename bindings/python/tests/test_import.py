"""eduroadmap.import_document: Word files, text exports and bytes into roadmaps."""
from __future__ import annotations

import pathlib

import pytest

import eduroadmap
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "import"


def _plan_docx(path: pathlib.Path) -> None:
    """An order, a caption with its period, a table with a heading row across it, a remark after it."""
    from docx import Document

    document = Document()
    for text in ["ПРИКАЗ", "14.03.2022 № 89-од", "", "План мероприятий на 2022 год", ""]:
        document.add_paragraph(text)
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["№", "Мероприятие", "Сроки"]):
        cell.text = text
    table.rows[1].cells[0].merge(table.rows[1].cells[2]).text = "1. Система оценки качества подготовки обучающихся"
    for cell, text in zip(table.rows[2].cells, ["1.", "Проведение ВПР", "апрель"]):
        cell.text = text
    document.add_paragraph("")
    document.add_paragraph("Лист ознакомления прилагается")
    document.save(path)


def test_a_word_file_imports(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "plan-2022.docx"
    _plan_docx(path)
    r = eduroadmap.import_document(path, language="en")
    assert r.ok, r.messages
    assert (r.format, r.encoding, r.layout) == ("docx", "", "word")
    assert (r.tables, r.rows, r.measures, r.sections) == (1, 2, 1, 1)
    assert r.period_source == "stated"
    assert r.summary.startswith("1 measure in 1 section from 1 table (docx)")
    [note] = r.notes
    assert note.text == "Лист ознакомления прилагается"
    assert note.line == 0 and note.table == 0 and note.paragraph > 0
    unplaced = [m for m in r.messages if m.kind == eduroadmap.ImportMessageKind.UNPLACED]
    assert [m.paragraph for m in unplaced] == [note.paragraph]
    assert unplaced[0].where == f"paragraph {note.paragraph}"
    assert str(unplaced[0]).startswith(f"paragraph {note.paragraph}: not placed (after the last table)")
    rm = r.roadmap()
    assert rm.id == "plan-2022"
    [section] = rm.sections
    assert (section.number, section.title) == ("1", "Система оценки качества подготовки обучающихся")
    [measure] = rm.measures()
    assert (measure.number, measure.title, measure.deadline.text) == ("1.", "Проведение ВПР", "апрель")
    assert rm.period.start.year == 2022


def test_a_text_export_and_bytes_give_the_same_roadmap() -> None:
    path = FIXTURES / "tab-separated.txt"
    from_file = eduroadmap.import_document(path)
    assert from_file.ok
    assert (from_file.format, from_file.encoding, from_file.layout) == ("text", "utf-8", "tab-separated")
    assert from_file.measures == 6 and [n.line for n in from_file.notes] == [39]
    assert from_file.summary.startswith("6 мероприятий в 2 разделах")  # Russian by default
    in_1251 = eduroadmap.import_document(path.read_text(encoding="utf-8").encode("cp1251"), name="tab-separated.txt")
    assert in_1251.encoding == "windows-1251"
    assert in_1251.yaml == from_file.yaml


def test_options_and_refusals() -> None:
    table = "№\tМероприятие\tСроки\tОтветственные\n1.\tСовещание\tмарт\tУО\n".encode("utf-8")
    none = eduroadmap.import_document(table)
    assert not none.ok and none.yaml == "" and none.period_source is None
    assert [m.kind for m in none.errors] == [eduroadmap.ImportMessageKind.ERROR]
    assert "--period" in none.errors[0].message
    with pytest.raises(ValueError, match="not imported"):
        none.roadmap()
    given = eduroadmap.import_document(table, id="plan-x", period="2025")
    assert given.ok and given.period_source == "given"
    assert given.roadmap().id == "plan-x"
    pdf = eduroadmap.import_document(b"%PDF-1.7\n", language=eduroadmap.Language.EN)
    assert not pdf.ok and pdf.format == "pdf"
    assert ".docx" in pdf.errors[0].message
    with pytest.raises(ValueError):
        eduroadmap.import_document(table, language="de")
    with pytest.raises(FileNotFoundError) as e:
        eduroadmap.import_document(FIXTURES / "no-such-file.txt")
    assert isinstance(e.value, eduroadmap.LoadError) and e.value.filename == str(FIXTURES / "no-such-file.txt")
