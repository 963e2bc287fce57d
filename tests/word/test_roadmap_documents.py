"""The bundled roadmaps written as .docx and .odt (make_roadmap_documents.py),
opened again with python-docx and odfpy and compared with examples/*.yaml.

The YAML is read here with PyYAML's BaseLoader (every scalar the text it is
written as), not with the generator's code, and the documents' plan tables
are found by their header row and read column by column through the column
headings they print, so that what is checked is what a reader of the
document sees: every measure's row in order with its number, title, sub-items
and other cells; section headings as rows across the whole grid or tables of
their own; group rows; list definitions behind every automatic number; the
repeated header rows and vertical merges the layouts promise; and
<id>.expected.json against the YAML.

The documents are those of $ERM_ROADMAP_DOCUMENTS (the build tree, set by
CTest); without it they are written into a temporary directory.
"""

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn
from lxml import etree
from odf import opendocument, teletype
from odf.namespaces import STYLENS, TABLENS, TEXTNS

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parents[1] / "examples"
IDS = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))

# Column headings as the documents print them → measure fields.
HEADINGS = {
    "№": "number", "№ п/п": "number",
    "Мероприятие (содержание деятельности)": "title", "Наименование мероприятия": "title", "Мероприятие": "title",
    "Форма проведения": "form",
    "Сроки исполнения": "deadline", "Сроки": "deadline", "Срок проведения": "deadline",
    "Ответственный исполнитель": "responsibles", "Ответственные": "responsibles", "Ответственный": "responsibles",
    "Исполнители": "responsibles",
    "Ожидаемый результат": "result", "Ожидаемые результаты": "result", "Индикативные показатели": "result",
    "Отметка о выполнении": "status_text",
}
# The layouts that number the number column through automatic lists, and those
# that merge equal responsibles of consecutive rows.
LISTED = {"tosno-2021", "tonkino-2020-2021"}
MERGED = {"kachkanar-2019-2020", "bashmakovo-2020-2022"}


@pytest.fixture(scope="session")
def documents(tmp_path_factory) -> Path:
    built = os.environ.get("ERM_ROADMAP_DOCUMENTS")
    if built:
        return Path(built)
    out = tmp_path_factory.mktemp("roadmaps")
    subprocess.run([sys.executable, str(HERE / "make_roadmap_documents.py"), "--out", str(out)], check=True)
    return out


def roadmap(rid: str) -> dict:
    with open(EXAMPLES / f"{rid}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def measures_of(section: dict) -> list:
    out = list(section.get("measures") or [])
    for group in section.get("groups") or []:
        out += group.get("measures") or []
    return out


def heading(section: dict) -> str:
    number = section.get("number")
    if not number:
        return section["title"]
    return f"{number} {section['title']}" if number.endswith(".") else f"{number}. {section['title']}"


def printed(measure: dict, field: str) -> str:
    value = measure.get(field, "")
    if isinstance(value, dict):  # a pinned deadline
        return value["text"]
    if isinstance(value, list):  # responsibles one per item
        return "\n".join(value)
    return value


# ------------------------------------------------------------ documents ----
# Both formats are read into the same shape: per plan table, its rows as
# lists of cells; a cell is a dict with its lines (paragraphs outside lists),
# items (paragraphs of an unlabelled list), numbered (an empty paragraph
# numbered by a list), span, and whether it continues a vertical merge.


def docx_numbering(path) -> dict:
    """numId → {ilvl: lvlText} of the document's numbering part."""
    with zipfile.ZipFile(path) as z:
        part = z.read("word/numbering.xml")
    root = etree.fromstring(part)
    abstracts = {a.get(qn("w:abstractNumId")): {lvl.get(qn("w:ilvl")): lvl.find(qn("w:lvlText")).get(qn("w:val"))
                                                for lvl in a.findall(qn("w:lvl"))}
                 for a in root.findall(qn("w:abstractNum"))}
    return {n.get(qn("w:numId")): abstracts.get(n.find(qn("w:abstractNumId")).get(qn("w:val")))
            for n in root.findall(qn("w:num"))}


def docx_cell(tc, numbering) -> dict:
    cell = {"lines": [], "items": [], "numbered": False, "span": 1, "continued": False}
    pr = tc.tcPr
    if pr is not None:
        span = pr.find(qn("w:gridSpan"))
        merge = pr.find(qn("w:vMerge"))
        cell["span"] = int(span.get(qn("w:val"))) if span is not None else 1
        cell["continued"] = merge is not None and merge.get(qn("w:val")) in (None, "continue")
    for p in tc.findall(qn("w:p")):
        text = "".join(t.text or "" if t.tag == qn("w:t") else "\n" for t in p.iter(qn("w:t"), qn("w:br")))
        num = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num is None:
            cell["lines"].append(text)
            continue
        num_id = num.find(qn("w:numId")).get(qn("w:val"))
        level = num.find(qn("w:ilvl")).get(qn("w:val"))
        levels = numbering.get(num_id)
        assert levels is not None and level in levels, f"numId {num_id} level {level} is not defined"
        if levels[level]:  # a label such as «%1.»: the number cell
            assert text == ""
            cell["numbered"] = True
        else:  # no label: a sub-item
            cell["items"].append(text)
    return cell


def docx_tables(path) -> list:
    """Plan tables (those opening with a repeated header row) as rows of cells."""
    document = Document(str(path))
    numbering = docx_numbering(path)
    tables = []
    for table in document.tables:
        rows = []
        for tr in table._tbl.tr_lst:
            header = tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None
            rows.append((header, [docx_cell(tc, numbering) for tc in tr.tc_lst]))
        if rows and rows[0][0]:
            tables.append({"columns": len(table._tbl.tblGrid.gridCol_lst), "rows": rows})
    return tables


def odt_cell(tc, styles) -> dict:
    cell = {"lines": [], "items": [], "numbered": False, "continued": False,
            "span": int(tc.getAttrNS(TABLENS, "number-columns-spanned") or 1)}
    for child in tc.childNodes:
        if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
            cell["lines"].append(teletype.extractText(child))
        elif child.qname == (TEXTNS, "list"):
            name = child.getAttrNS(TEXTNS, "style-name")
            assert name in styles, f"list style {name} is not defined"
            labelled = bool(styles[name].childNodes[0].getAttrNS(STYLENS, "num-format"))
            for item in child.childNodes:
                for p in item.childNodes:
                    if labelled:  # the number cell: an empty paragraph the list numbers
                        assert teletype.extractText(p) == ""
                        cell["numbered"] = True
                    else:
                        cell["items"].append(teletype.extractText(p))
    return cell


def odt_tables(path) -> list:
    """Plan tables (those with table:table-header-rows) as rows of cells."""
    document = opendocument.load(str(path))
    styles = {s.getAttrNS(STYLENS, "name"): s for s in document.automaticstyles.childNodes
              if s.qname == (TEXTNS, "list-style")}
    tables = []
    for table in document.text.childNodes:
        if table.qname != (TABLENS, "table"):
            continue
        rows, merged_below = [], {}  # grid column → rows still covered by a cell above
        columns = sum(int(c.getAttrNS(TABLENS, "number-columns-repeated") or 1)
                      for c in table.childNodes if c.qname == (TABLENS, "table-column"))
        for group in table.childNodes:
            header = group.qname == (TABLENS, "table-header-rows")
            for tr in group.childNodes if header else [group]:
                if tr.qname != (TABLENS, "table-row"):
                    continue
                cells, column, spanned = [], 0, 0  # spanned: covered cells owed to a cell spanning columns
                for tc in tr.childNodes:
                    if tc.qname == (TABLENS, "covered-table-cell"):
                        for _ in range(int(tc.getAttrNS(TABLENS, "number-columns-repeated") or 1)):
                            if spanned:
                                spanned -= 1
                                continue
                            assert merged_below.get(column, 0) > 0, "a covered cell with no cell above"
                            merged_below[column] -= 1
                            cells.append({"lines": [], "items": [], "numbered": False, "span": 1,
                                          "continued": True})
                            column += 1
                        continue
                    cell = odt_cell(tc, styles)
                    rows_spanned = int(tc.getAttrNS(TABLENS, "number-rows-spanned") or 1)
                    if rows_spanned > 1:
                        merged_below[column] = rows_spanned - 1
                    cells.append(cell)
                    column += cell["span"]
                    spanned = cell["span"] - 1
                rows.append((header, cells))
        if rows and rows[0][0]:
            tables.append({"columns": columns, "rows": rows})
    return tables


READERS = {"docx": docx_tables, "odt": odt_tables}


# ---------------------------------------------------------------- tests ----

@pytest.mark.parametrize("rid", IDS)
def test_expected_json_is_the_yaml(documents, rid):
    data = roadmap(rid)
    with open(documents / f"{rid}.expected.json", encoding="utf-8") as f:
        expected = json.load(f)
    assert expected["title"] == data["title"]
    assert expected["period"] == data["period"]
    approved = data.get("approved_by") or {}
    assert expected.get("approved_by", {}) == {k: approved[k] for k in ("kind", "number", "date", "authority")
                                               if k in approved}
    assert len(expected["sections"]) == len(data["sections"])
    count = 0
    for got, section in zip(expected["sections"], data["sections"]):
        for key in ("number", "title", "direction"):
            assert got.get(key) == section.get(key)
        pairs = list(zip(got["measures"], section.get("measures") or []))
        assert len(got["measures"]) == len(section.get("measures") or [])
        assert len(got.get("groups", [])) == len(section.get("groups") or [])
        for g, group in zip(got.get("groups", []), section.get("groups") or []):
            assert (g["number"], g["title"]) == (group.get("number", ""), group["title"])
            assert len(g["measures"]) == len(group.get("measures") or [])
            pairs += list(zip(g["measures"], group.get("measures") or []))
        for m, measure in pairs:
            fields = {k: printed(measure, k) if k == "deadline" else measure[k]
                      for k in ("number", "title", "items", "form", "deadline", "responsibles", "result")
                      if k in measure}
            assert m == fields
        count += len(pairs)
    assert expected["measure_count"] == count == sum(len(measures_of(s)) for s in data["sections"])
    # The period is printed when a title names its years («на 2020-2021 годы»).
    span = re.compile(r"\s*[-–/]\s*".join(re.findall(r"\d{4}", data["period"])))
    titles = [data["title"], approved.get("title", "")] + [s["title"] for s in data["sections"]]
    assert expected["period_stated"] == any(span.search(t) for t in titles)


def check_rows(data: dict, tables: list, listed: bool, merged_down: bool) -> None:
    """Every measure of @p data has its row, in order, in the plan @p tables;
    numbers are list labels when @p listed; some cells continue vertical
    merges exactly when @p merged_down."""
    assert tables, "no plan table"
    measures = [(i, m) for i, s in enumerate(data["sections"]) for m in measures_of(s)]
    groups = [g for s in data["sections"] for g in s.get("groups") or []]
    rows, headings, group_rows = [], [], []
    for t, table in enumerate(tables):
        header = [c for h, cells in table["rows"] if h for c in cells][: table["columns"]]
        fields = [HEADINGS["\n".join(c["lines"])] for c in header]
        assert len(fields) == table["columns"]
        for is_header, cells in table["rows"]:
            if is_header:
                continue
            if len(cells) == 1:  # a heading across the grid
                assert cells[0]["span"] == table["columns"]
                headings.append("\n".join(cells[0]["lines"]))
            elif len(cells) == 2:  # a group: number, then the title across the rest
                assert cells[1]["span"] == table["columns"] - 1
                group_rows.append(cells)
            else:
                assert len(cells) == table["columns"] and all(c["span"] == 1 for c in cells)
                rows.append((t, dict(zip(fields, cells))))
    assert len(rows) == len(measures)
    if headings:  # one table, the sections as rows across it
        assert headings == [heading(s) for s in data["sections"]]
    else:  # one table per section
        assert len(tables) == len(data["sections"])
        assert [t for t, _ in rows] == [i for i, _ in measures]
    assert len(group_rows) == len(groups)
    for cells, group in zip(group_rows, groups):
        assert "\n".join(cells[1]["lines"]) == group["title"]
        assert cells[0]["numbered"] or cells[0]["lines"] == [group.get("number", "")]
    merged = 0
    for index, ((_, cells), (_, measure)) in enumerate(zip(rows, measures)):
        number = cells["number"]
        if listed:
            assert number["numbered"] and number["lines"] in ([], [""]), measure["number"]
        else:
            assert number["lines"] == [measure["number"]] and not number["numbered"]
        assert "\n".join(cells["title"]["lines"]) == measure["title"]
        assert cells["title"]["items"] == (measure.get("items") or [])
        for field, cell in cells.items():
            if field in ("number", "title"):
                continue
            if cell["continued"]:  # merged with the cell above, which shows this row's value too
                merged += 1
                assert printed(measure, field) == printed(measures[index - 1][1], field)
                continue
            assert "\n".join(cell["lines"]) == printed(measure, field), (measure["number"], field)
    assert (merged > 0) == merged_down


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("rid", IDS)
def test_every_measure_row_in_order(documents, rid, fmt):
    check_rows(roadmap(rid), READERS[fmt](documents / f"{rid}.{fmt}"), rid in LISTED, rid in MERGED)


def test_a_roadmap_without_a_layout_of_its_own_gets_one_table(tmp_path):
    text = (EXAMPLES / "kachkanar-2019-2020.yaml").read_text(encoding="utf-8")
    (tmp_path / "sample.yaml").write_text(text.replace("id: kachkanar-2019-2020", "id: sample"), encoding="utf-8")
    subprocess.run([sys.executable, str(HERE / "make_roadmap_documents.py"), "--out", str(tmp_path / "out"),
                    "--examples", str(tmp_path), "sample"], check=True, capture_output=True)
    data = yaml.load((tmp_path / "sample.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    for fmt, read in READERS.items():
        tables = read(tmp_path / "out" / f"sample.{fmt}")
        assert len(tables) == 1
        check_rows(data, tables, listed=False, merged_down=False)
    expected = json.loads((tmp_path / "out" / "sample.expected.json").read_text(encoding="utf-8"))
    assert expected["measure_count"] == sum(len(measures_of(s)) for s in data["sections"])


@pytest.mark.parametrize("rid", IDS)
def test_header_rows_repeat_and_print_the_source_headings(documents, rid):
    for table in docx_tables(documents / f"{rid}.docx"):
        header = [cells for is_header, cells in table["rows"] if is_header]
        assert all("\n".join(c["lines"]) in HEADINGS for c in header[0])
        if len(header) > 1:  # the column numbers «1 2 3 4 5»
            assert ["\n".join(c["lines"]) for c in header[1]] == [str(i + 1) for i in range(table["columns"])]
