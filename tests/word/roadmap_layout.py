"""The bundled roadmaps as documents: what each prints, block by block.

A roadmap (examples/<id>.yaml, the hand transcription of a published Word
document) becomes a list of blocks, paragraphs and tables, laid out the way
its source document is (tests/fixtures/sources/<id>.txt is that document's
text export): the order or approval stamp, the title, the plan's table or one
table per direction, heading rows or headings between tables, the column
headings as the source prints them. Every value comes from the YAML exactly
as transcribed, defects included, so that an import of the document can give
the transcription back field by field; the few words that are layout rather
than data (column headings, «ПРИКАЗ», «УТВЕРЖДЕНА», «Принятые сокращения:»)
are the source's. roadmap_docx.py and roadmap_odt.py write the blocks.

How values become paragraphs: a cell prints one paragraph per line of its
value; a measure's sub-items are further paragraphs of the title cell, in an
unlabelled list (the source's «<ul style="list-style-type: none">»), so that
they differ from the title's own lines by structure, not by text. Free text
(the order's body, a justification) prints a paragraph per blank-line-
separated block, its single line breaks as line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Union

import yaml


# ------------------------------------------------------------------ data ----

class TextLoader(yaml.SafeLoader):
    """Plain scalars stay the text they are written as (`deadline: 2021`,
    `date: 2021-03-01`), as the library's loader keeps them; only null is
    resolved."""


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_roadmap(path) -> dict:
    with open(path, "rb") as stream:
        return yaml.load(stream, Loader=TextLoader)


def all_measures(section: dict) -> List[dict]:
    """The section's measures in printed order: those before the first group, then each group's."""
    measures = list(section.get("measures") or [])
    for group in section.get("groups") or []:
        measures.extend(group.get("measures") or [])
    return measures


def deadline_text(deadline) -> str:
    """The printed «Сроки» cell: the text itself, or a pinned deadline's `text`."""
    return deadline["text"] if isinstance(deadline, dict) else deadline


MEASURE_FIELDS = ("number", "title", "items", "form", "deadline", "responsibles", "result")
APPROVAL_FIELDS = ("kind", "number", "date", "authority")


def expected_measure(measure: dict) -> dict:
    out = {}
    for key in MEASURE_FIELDS:
        if key in measure and measure[key] is not None:
            out[key] = deadline_text(measure[key]) if key == "deadline" else measure[key]
    return out


def expected_section(section: dict) -> dict:
    out = {key: section[key] for key in ("number", "title", "direction") if section.get(key) is not None}
    out["measures"] = [expected_measure(m) for m in section.get("measures") or []]
    if section.get("groups"):
        out["groups"] = [{"number": g.get("number", ""), "title": g["title"],
                          "measures": [expected_measure(m) for m in g.get("measures") or []]}
                         for g in section["groups"]]
    return out


def period_stated(roadmap: dict) -> bool:
    """Whether the printed text names the plan period («на 2023-2024 учебный
    год», «на 2020-2021 годы»): in the title, a section title or the order's
    title. When it does not, the import has to be given the period."""
    period = roadmap["period"]
    years = re.findall(r"\d{4}", period) if isinstance(period, str) else []
    if not years:
        return False
    pattern = re.compile(r"\s*[-–—/]\s*".join(years) if len(years) > 1 else rf"(?:в|на)\s+{years[0]}\s+год")
    texts = [roadmap["title"], (roadmap.get("approved_by") or {}).get("title", "")]
    texts += [s["title"] for s in roadmap["sections"]]
    return any(pattern.search(t or "") for t in texts)


def expected(roadmap: dict, glossary: bool) -> dict:
    """What an import of the document must reproduce, from the transcription."""
    approved = roadmap.get("approved_by") or {}
    out = {
        "id": roadmap["id"],
        "title": roadmap["title"],
        "period": roadmap["period"],
        "period_stated": period_stated(roadmap),
        "sections": [expected_section(s) for s in roadmap["sections"]],
        "measure_count": sum(len(all_measures(s)) for s in roadmap["sections"]),
    }
    if approved:
        out["approved_by"] = {key: approved[key] for key in APPROVAL_FIELDS if key in approved}
    if glossary:
        out["glossary"] = [{"short": r["short"], "full": r["full"]} for r in glossary_entries(roadmap)]
    return out


def glossary_entries(roadmap: dict) -> List[dict]:
    """The registry entries the glossary prints: those with a full name."""
    return [r for r in roadmap.get("responsibles") or [] if r.get("full")]


# ---------------------------------------------------------------- blocks ----

@dataclass
class Number:
    """An automatic list label: the writer numbers the paragraph with list
    definition @p scheme at @p level so that it shows @p label, or prints the
    label as text when no list can."""
    label: str
    scheme: str
    level: int = 0


@dataclass
class Para:
    text: str = ""  # '\n' is a line break inside the paragraph
    style: str = "body"  # body, title, heading, stamp
    number: Optional[Number] = None  # instead of text: the number cell's label
    item: bool = False  # a sub-item: a paragraph of an unlabelled list


@dataclass
class Cell:
    paras: List[Para]
    span: int = 1  # grid columns
    rows: int = 1  # rows a vertically merged cell covers, on its first row
    covered: bool = False  # under a vertically merged cell above


@dataclass
class Row:
    cells: List[Cell]
    role: str  # header, column-numbers, section, group, measure, passport
    header: bool = False  # repeated at the top of every page
    label: str = ""  # the measure's number, the heading's text: for the layout record


@dataclass
class Table:
    columns: int
    rows: List[Row]
    role: str  # plan, passport
    fields: List[str] = field(default_factory=list)  # a plan table's measure field per column


Block = Union[Para, Table]


def lines(text: Optional[str]) -> List[str]:
    return (text or "").split("\n")


def cell_paras(value) -> List[Para]:
    """A cell's value, one paragraph per line (per item for a list)."""
    if isinstance(value, list):
        return [Para(line) for item in value for line in lines(item)] or [Para()]
    return [Para(line) for line in lines(value)]


def free_text(text: Optional[str], style: str = "body") -> List[Para]:
    """Paragraphs of free text: blocks separated by blank lines."""
    text = (text or "").strip("\n")
    return [Para(block, style) for block in re.split(r"\n\n+", text)] if text else []


# ------------------------------------------------------------- numbering ----

@dataclass
class Numbering:
    """Which labels the number column prints as automatic list numbers:
    (pattern, scheme, level) tried in order; a label none fits is text."""
    patterns: List[tuple] = field(default_factory=list)

    def of(self, label: str) -> Optional[Number]:
        for pattern, scheme, level in self.patterns:
            if re.fullmatch(pattern, label):
                return Number(label, scheme, level)
        return None

    def para(self, label: str) -> Para:
        number = self.of(label)
        return Para(number=number) if number else Para(label)


LITERAL = Numbering()
DECIMAL = Numbering([(r"\d+\.", "decimal-dot", 0), (r"\d+", "decimal", 0)])
ROMAN = Numbering([(r"[IVXLC]+\.", "roman-dot", 0), (r"[IVXLC]+", "roman", 0)])
# «I.» over «1.1.», «1.2.»: Word's legal numbering shows level 1 in decimal.
LEGAL_GROUPS = Numbering([(r"[IVXLC]+\.", "legal", 0)])
LEGAL_MEASURES = Numbering([(r"\d+\.\d+\.", "legal", 1)])


# ----------------------------------------------------------------- table ----

@dataclass
class Columns:
    """The plan table's columns: (heading as printed, measure field)."""
    columns: List[tuple]
    column_numbers: bool = False  # a second header row «1 2 3 4 5»
    merge_down: tuple = ()  # fields whose equal neighbours are merged vertically

    @property
    def width(self) -> int:
        return len(self.columns)


def header_rows(columns: Columns) -> List[Row]:
    rows = [Row([Cell([Para(h)]) for h, _ in columns.columns], "header", header=True)]
    if columns.column_numbers:
        rows.append(Row([Cell([Para(str(i + 1))]) for i in range(columns.width)], "column-numbers", header=True))
    return rows


def heading_row(text: str, columns: Columns) -> Row:
    """A section heading across the whole grid."""
    return Row([Cell([Para(line) for line in lines(text)], span=columns.width)], "section", label=text)


def group_row(group: dict, columns: Columns, numbering: Numbering) -> Row:
    """A group heading: its number in the number column, its title across the rest."""
    title = Cell([Para(line) for line in lines(group["title"])], span=columns.width - 1)
    return Row([Cell([numbering.para(group.get("number", ""))]), title], "group", label=group.get("number", ""))


def measure_row(measure: dict, columns: Columns, numbering: Numbering) -> Row:
    cells = []
    for _, key in columns.columns:
        if key == "number":
            cells.append(Cell([numbering.para(measure["number"])]))
        elif key == "title":
            items = [Para(line, item=True) for item in measure.get("items") or [] for line in lines(item)]
            cells.append(Cell(cell_paras(measure["title"]) + items))
        elif key == "deadline":
            cells.append(Cell(cell_paras(deadline_text(measure.get("deadline")))))
        else:
            cells.append(Cell(cell_paras(measure.get(key))))
    return Row(cells, "measure", label=measure["number"])


def merge_down(rows: List[Row], columns: Columns) -> None:
    """Merges equal non-empty cells of consecutive measure rows vertically, in
    the columns named by columns.merge_down: the merged cell's text is every
    spanned row's value, as Word shows it."""
    for index, (_, key) in enumerate(columns.columns):
        if key not in columns.merge_down:
            continue
        start = 0
        while start < len(rows):
            end = start + 1
            first = rows[start]
            if first.role == "measure":
                text = [p.text for p in first.cells[index].paras]
                while (end < len(rows) and rows[end].role == "measure"
                       and [p.text for p in rows[end].cells[index].paras] == text):
                    end += 1
                if end - start > 1 and any(text):
                    first.cells[index].rows = end - start
                    for row in rows[start + 1:end]:
                        row.cells[index] = Cell([], covered=True)
            start = end


def plan_rows(section: dict, columns: Columns, numbering: Numbering,
              groups: Numbering = LITERAL) -> List[Row]:
    rows = [measure_row(m, columns, numbering) for m in section.get("measures") or []]
    for group in section.get("groups") or []:
        rows.append(group_row(group, columns, groups))
        rows.extend(measure_row(m, columns, numbering) for m in group.get("measures") or [])
    return rows


def plan_table(rows: List[Row], columns: Columns) -> Table:
    merge_down(rows, columns)
    return Table(columns.width, header_rows(columns) + rows, "plan", [key for _, key in columns.columns])


def section_heading(section: dict) -> str:
    """«1. Система оценки …»: the printed number, then the title."""
    number = section.get("number")
    if not number:
        return section["title"]
    return f"{number} {section['title']}" if number.endswith(".") else f"{number}. {section['title']}"


# -------------------------------------------------------- around the plan ----

INSTRUMENTAL = {"приказ": "приказом", "постановление": "постановлением", "распоряжение": "распоряжением",
                "решение": "решением"}
# The authority's head word after «приказом …», «к приказу …».
GENITIVE = {"Управление": "Управления", "Комитет": "Комитета", "Администрация": "Администрации",
            "Отдел": "Отдела", "Департамент": "Департамента", "Министерство": "Министерства"}


def printed_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def genitive(authority: str) -> str:
    head, _, rest = authority.partition(" ")
    return " ".join(filter(None, [GENITIVE.get(head, head), rest]))


def order_of(approved: dict) -> str:
    """«постановлением Управления образованием … от 19.06.2020 № 179»."""
    return (f"{INSTRUMENTAL.get(approved['kind'], approved['kind'])} {genitive(approved['authority'])} "
            f"от {printed_date(approved['date'])} № {approved['number']}")


def order_header(approved: dict, kind: str, dated: List[str]) -> List[Para]:
    """The order's letterhead (the authority), its kind as printed («ПРИКАЗ»,
    «П Р И К А З»), its date and number lines (formats with {date}, {number})
    and its title «Об утверждении …»."""
    paras = [Para(approved["authority"]), Para(kind)]
    paras += [Para(line.format(date=printed_date(approved["date"]), number=approved["number"])) for line in dated]
    if approved.get("title"):
        paras.append(Para(approved["title"]))
    return paras


def title(roadmap: dict) -> List[Para]:
    return [Para(line, "title") for line in lines(roadmap["title"])]


def signature(approved: dict) -> List[Para]:
    return [Para(approved["signed_by"])] if approved.get("signed_by") else []


def unplaced(roadmap: dict) -> List[Para]:
    """Lines an earlier import could not place, printed again after the plan."""
    return [Para(note["text"]) for note in roadmap.get("import_notes") or []]


# --------------------------------------------------------------- layouts ----

def tosno(roadmap: dict) -> List[Block]:
    """The order (letterhead, ПРИКАЗ, «01.03.2021 № 120/21/1», its title, the
    signatory), the title, the explanatory note, one table with two repeated
    header rows («№ …» and «1 2 3 4 5»), section headings as rows across the
    table, measures numbered «1.» … «82.» by one automatic list that runs on
    across the heading rows (restarted at 48 where the source jumps), then
    the glossary «Принятые сокращения:»."""
    approved = roadmap["approved_by"]
    columns = Columns([("№", "number"), ("Мероприятие (содержание деятельности)", "title"),
                       ("Сроки исполнения", "deadline"), ("Ответственный исполнитель", "responsibles"),
                       ("Ожидаемый результат", "result")], column_numbers=True)
    rows = []
    for section in roadmap["sections"]:
        rows.append(heading_row(section_heading(section), columns))
        rows += plan_rows(section, columns, DECIMAL)
    glossary = [Para("Принятые сокращения:")]
    glossary += [Para(f"{r['short']} – {r['full']}") for r in glossary_entries(roadmap)]
    return (order_header(approved, "ПРИКАЗ", ["{date} № {number}"]) + signature(approved) + title(roadmap)
            + [Para("Пояснительная записка")] + free_text(roadmap.get("description"))
            + [plan_table(rows, columns)] + glossary + unplaced(roadmap))


def kachkanar(roadmap: dict) -> List[Block]:
    """The stamp «УТВЕРЖДЕНА постановлением … от 19.06.2020 № 179», the title
    in three lines, one table of four columns (no result column) with a
    repeated header row and section headings as rows across it; equal
    responsibles of consecutive measures are one vertically merged cell."""
    columns = Columns([("№ п/п", "number"), ("Мероприятие (содержание деятельности)", "title"),
                       ("Сроки", "deadline"), ("Ответственные", "responsibles")], merge_down=("responsibles",))
    rows = []
    for section in roadmap["sections"]:
        rows.append(heading_row(section_heading(section), columns))
        rows += plan_rows(section, columns, LITERAL)
    stamp = [Para("УТВЕРЖДЕНА", "stamp"), Para(order_of(roadmap["approved_by"]), "stamp")]
    return stamp + title(roadmap) + [plan_table(rows, columns)] + unplaced(roadmap)


PASSPORT_ROWS = {"goal": "Цель", "tasks": "Задачи", "expected_result": "Ожидаемый результат",
                 "target_indicators": "Целевые показатели эффективности"}
CYCLE_ROWS = {
    "goals": "Цели",
    "indicators": "Показатели для оценки и определение методов сбора информации",
    "data-collection": "Процесс сбора информации в соответствии с поставленными целями",
    "monitoring": "Мониторинг",
    "analysis": "Анализ полученных данных",
    "recommendations": "Разработка / подготовка адресных рекомендаций",
    "measures": "Проведение мероприятий в соответствии с поставленными целями по различным направлениям",
    "decisions": "Принятие управленческих решений",
    "review": "Оценка эффективности решений",
}


def passport_table(passport: dict) -> Table:
    """The direction's passport: «№ | row title | text», the goal numbered 1
    and the management-cycle rows 2, 3, … as the source numbers them."""
    entries = []
    for key, value in passport.items():
        if key == "cycle":
            entries += [(True, CYCLE_ROWS[stage], text) for stage, text in value.items()]
        elif key == "other":
            entries += [(False, other["title"], other["text"]) for other in value]
        elif key in PASSPORT_ROWS:
            entries.append((key == "goal", PASSPORT_ROWS[key], value))
    rows, number = [], 0
    for numbered, name, text in entries:
        number += numbered
        cells = [Cell([Para(str(number) if numbered else "")]), Cell(cell_paras(name)), Cell(cell_paras(text))]
        rows.append(Row(cells, "passport", label=name))
    return Table(3, rows, "passport")


def tonkino(roadmap: dict) -> List[Block]:
    """The order (letterhead, «П Р И К А З», «от 13.07.2020 № 40», its title
    and body, the signatory), the title, then one appendix per direction: the
    stamp «ПРИЛОЖЕНИЕ n к приказу …», the passport heading and passport
    table, the plan heading «План мероприятий («дорожная карта» 1.1)» with
    the direction's title, and the plan table with a repeated header row,
    group rows (number, title across the rest) and measures. Numbers are
    Word's automatic lists: «1», «2» restarted in every group, group numbers
    «I», «II» (restarted, or set where the source skips one), and in the
    direction numbered «1.1.», «1.2.» a two-level legal list whose level 0
    numbers the groups «I.», «II.»."""
    approved = roadmap["approved_by"]
    columns = Columns([("№ п/п", "number"), ("Наименование мероприятия", "title"), ("Сроки", "deadline"),
                       ("Ответственный исполнитель", "responsibles"), ("Ожидаемый результат", "result")])
    blocks = (order_header(approved, "П Р И К А З", ["от {date} № {number}"]) + free_text(roadmap.get("description"))
              + signature(approved) + title(roadmap))
    for index, section in enumerate(roadmap["sections"], 1):
        legal = any(LEGAL_MEASURES.of(m["number"]) for m in all_measures(section))
        measures, groups = (LEGAL_MEASURES, LEGAL_GROUPS) if legal else (DECIMAL, ROMAN)
        blocks += [Para(f"ПРИЛОЖЕНИЕ {index}", "stamp"),
                   Para(f"к приказу {genitive(approved['authority'])} от {printed_date(approved['date'])} "
                        f"№ {approved['number']}", "stamp")]
        if section.get("passport"):
            blocks += [Para(f"Паспорт плана мероприятий («дорожной карты» {section['number']})", "heading"),
                       *[Para(line) for line in lines(section["title"])], passport_table(section["passport"])]
        blocks += [Para(f"План мероприятий («дорожная карта» {section['number']})", "heading"),
                   *[Para(line) for line in lines(section["title"])],
                   plan_table(plan_rows(section, columns, measures, groups), columns)]
    return blocks + unplaced(roadmap)


TRACK = re.compile(r"Обоснование принимаемых мер.*\bпо тр\w+\s+(.*)")


def names_itself(section: dict) -> bool:
    """Whether the justification's first paragraph names the section
    («Обоснование принимаемых мер (мероприятий) по треку X»): the source
    then prints no heading of its own."""
    first = free_text(section.get("justification"))
    match = TRACK.fullmatch(first[0].text) if first else None
    return bool(match) and match.group(1).strip() == section["title"]


def timashevsk(roadmap: dict) -> List[Block]:
    """The order (letterhead, ПРИКАЗ, «от 30.08.2023» and «№ 046» on lines
    of their own, its title, then the body with signature and appendix
    header as transcribed), the title, then per track: its heading (unless
    the justification's first sentence names it), the justification, and a
    table of its own with a repeated header row of seven columns, the fourth
    «Срок проведения» after «Форма проведения», the last «Отметка о
    выполнении»."""
    columns = Columns([("№ п/п", "number"), ("Наименование мероприятия", "title"), ("Форма проведения", "form"),
                       ("Срок проведения", "deadline"), ("Ответственный", "responsibles"),
                       ("Ожидаемые результаты", "result"), ("Отметка о выполнении", "status_text")])
    blocks = (order_header(roadmap["approved_by"], "ПРИКАЗ", ["от {date}", "№ {number}"])
              + free_text(roadmap.get("description")) + title(roadmap))
    for section in roadmap["sections"]:
        if not names_itself(section):
            blocks.append(Para(section_heading(section), "heading"))
        blocks += free_text(section.get("justification"))
        blocks.append(plan_table(plan_rows(section, columns, LITERAL), columns))
    return blocks + unplaced(roadmap)


def bashmakovo(roadmap: dict) -> List[Block]:
    """No order: the title, then one table whose columns come in another
    order (the indicators «Индикативные показатели» before the responsibles
    «Исполнители»), a repeated header row, directions as rows across it, and
    equal responsibles of consecutive measures merged vertically."""
    columns = Columns([("№ п/п", "number"), ("Наименование мероприятия", "title"), ("Срок проведения", "deadline"),
                       ("Индикативные показатели", "result"), ("Исполнители", "responsibles")],
                      merge_down=("responsibles",))
    rows = []
    for section in roadmap["sections"]:
        rows.append(heading_row(section_heading(section), columns))
        rows += plan_rows(section, columns, LITERAL)
    return title(roadmap) + [plan_table(rows, columns)] + unplaced(roadmap)


GENERIC_COLUMNS = [("№ п/п", "number"), ("Мероприятие", "title"), ("Форма проведения", "form"),
                   ("Сроки", "deadline"), ("Ответственные", "responsibles"), ("Ожидаемый результат", "result")]


def generic(roadmap: dict) -> List[Block]:
    """A roadmap without a layout of its own: the approval stamp if any, the
    title, one table of the columns its measures fill, headings as rows."""
    used = {key for section in roadmap["sections"] for m in all_measures(section) for key in m}
    columns = Columns([c for c in GENERIC_COLUMNS if c[1] in used | {"number", "title"}])
    rows = []
    for section in roadmap["sections"]:
        rows.append(heading_row(section_heading(section), columns))
        rows += plan_rows(section, columns, LITERAL, LITERAL)
    approved = roadmap.get("approved_by") or {}
    stamp = ([Para("УТВЕРЖДЕН", "stamp"), Para(order_of(approved), "stamp")]
             if all(k in approved for k in APPROVAL_FIELDS) else [])
    return stamp + title(roadmap) + [plan_table(rows, columns)] + unplaced(roadmap)


# id → (layout, whether it prints a glossary); other roadmaps get generic().
LAYOUTS = {
    "tosno-2021": (tosno, True),
    "kachkanar-2019-2020": (kachkanar, False),
    "tonkino-2020-2021": (tonkino, False),
    "timashevsk-2023-2024": (timashevsk, False),
    "bashmakovo-2020-2022": (bashmakovo, False),
}


def record(blocks: List[Block]) -> dict:
    """What the document holds, table by table, for the tests that read it
    back: rows (header rows included), columns, the measure field of each
    column of a plan table, and the 1-based rows of the measures (with their
    number), the headings across the grid (with their text) and the group
    rows (with their number and title); `listed` when the number is an
    automatic list label rather than text."""
    tables = []
    for block in blocks:
        if not isinstance(block, Table):
            continue
        rows = {"measures": [], "headings": [], "groups": []}
        for index, row in enumerate(block.rows, 1):
            key = {"measure": "measures", "section": "headings", "group": "groups"}.get(row.role)
            if key:
                rows[key].append({"row": index, "text": row.label, "listed": row.cells[0].paras[0].number is not None})
            if row.role == "group":
                rows[key][-1]["title"] = "\n".join(p.text for p in row.cells[1].paras)
        tables.append({"role": block.role, "rows": len(block.rows), "columns": block.columns,
                       "fields": block.fields, "header_rows": sum(r.header for r in block.rows), **rows})
    return {"tables": tables}
