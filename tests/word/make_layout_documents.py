#!/usr/bin/python3
"""Writes the import's test documents: plans in layouts unlike the bundled
roadmaps, each with its hand transcription (tests/import_word_test.cpp).

    make_layout_documents.py --out DIR

For every layout LAYOUT the directory gets LAYOUT.docx (python-docx, raw
WordprocessingML where it has no API: list numbering, tracked changes,
header rows), for most also LAYOUT.odt (odfpy), and LAYOUT.expected.json:
the roadmap the document must import to, written from the same data as the
document. The C++ test compares the import with it field by field: every
key the transcription gives must be equal; a list must have as many entries.

Text exports are written here too: the Tosno excerpt and a plan table in
the encodings Word saves text in (Windows-1251, KOI8-R, UTF-16 with and
without a byte-order mark), and a table whose cells hold several
paragraphs, broken over lines as Word's text export breaks them.
"""

import argparse
import json
import os
import sys

sys.dont_write_bytecode = True  # the sibling module is imported from the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from odf import opendocument, style as odfstyle, table as odftable, text as odftext  # noqa: E402

from make_documents import add_numbering, append_block, header_row, number, runs, xml  # noqa: E402

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# List definitions: the number column («1.», «1.1.»), bullets, headings «I.».
ABSTRACT = [
    """<w:abstractNum {W} w:abstractNumId="70">
         <w:multiLevelType w:val="multilevel"/>
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
         <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
       </w:abstractNum>""",
    """<w:abstractNum {W} w:abstractNumId="71">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
       </w:abstractNum>""",
    """<w:abstractNum {W} w:abstractNumId="72">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
       </w:abstractNum>""",
]
NUMS = [
    '<w:num {W} w:numId="70"><w:abstractNumId w:val="70"/></w:num>',
    '<w:num {W} w:numId="71"><w:abstractNumId w:val="71"/></w:num>',
    '<w:num {W} w:numId="72"><w:abstractNumId w:val="72"/></w:num>',
]
NUMBERED, BULLET, ROMAN = 70, 71, 72


def para(text="", num=None, level=0, style=None, bold=False):
    """A paragraph of a cell or of the body: text, a list (numId) and its level."""
    return dict(text=text, num=num, level=level, style=style, bold=bold)


def cell(*paragraphs, span=1, rows=1, merged=False):
    """A table cell: its paragraphs (strings or para()), the columns it
    spans, the rows it spans (on its top cell) or whether it is the covered
    part of a vertical merge."""
    ps = [p if isinstance(p, dict) else para(p) for p in paragraphs]
    return dict(paragraphs=ps or [para("")], span=span, rows=rows, merged=merged)


def as_cell(c):
    return c if isinstance(c, dict) else cell(c)


# ------------------------------------------------------------- writers ----


class DocxWriter:
    def __init__(self):
        self.document = Document()
        add_numbering(self.document, ABSTRACT, NUMS)
        self.tables = 0

    def paragraph(self, p):
        p = p if isinstance(p, dict) else para(p)
        out = self.document.add_paragraph(style=p["style"])
        run = out.add_run(p["text"])
        run.bold = p["bold"]
        if p["num"] is not None:
            number(out, p["num"], p["level"])
        return out

    def raw_paragraph(self, fragment):
        """A paragraph of raw runs (tracked changes)."""
        return runs(self.document.add_paragraph(), fragment)

    def table(self, rows, header=1):
        """@p rows: lists of cells; a cell covered by a span is left out."""
        width = sum(as_cell(c)["span"] for c in rows[0])
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = self.document.styles["Table Grid"]
        merges = []
        for r, row in enumerate(rows):
            column = 0
            for c in row:
                c = as_cell(c)
                if c["merged"]:  # the merge written from its top cell covers it
                    continue
                while column < width and any(m[0] <= r <= m[2] and m[1] <= column <= m[3] for m in merges):
                    column += 1
                target = table.cell(r, column)
                self.fill(target, c["paragraphs"])
                if c["span"] > 1 or c["rows"] > 1:
                    merges.append((r, column, r + c["rows"] - 1, column + c["span"] - 1))
                column += c["span"]
        for top, left, bottom, right in merges:
            table.cell(top, left).merge(table.cell(bottom, right))
        for r in range(header):
            header_row(table.rows[r])
        self.tables += 1
        return table

    def fill(self, target, paragraphs):
        first = True
        for p in paragraphs:
            out = target.paragraphs[0] if first else target.add_paragraph()
            first = False
            if p["text"]:
                out.add_run(p["text"]).bold = p["bold"]
            if p["num"] is not None:
                number(out, p["num"], p["level"])

    def save(self, path):
        self.document.save(path)


class OdtWriter:
    """The same documents as OpenDocument: lists for the numbered column
    (continued from cell to cell, as LibreOffice writes them), spans with
    covered cells."""

    def __init__(self):
        self.document = opendocument.OpenDocumentText()
        numbered = odftext.ListStyle(name="LNum")
        numbered.addElement(odftext.ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
        numbered.addElement(odftext.ListLevelStyleNumber(level=2, numformat="1", numsuffix=".", displaylevels=2))
        self.document.automaticstyles.addElement(numbered)
        bullets = odftext.ListStyle(name="LBul")
        bullets.addElement(odftext.ListLevelStyleBullet(level=1, bulletchar="•"))
        self.document.automaticstyles.addElement(bullets)
        roman = odftext.ListStyle(name="LRom")
        roman.addElement(odftext.ListLevelStyleNumber(level=1, numformat="I", numsuffix="."))
        self.document.automaticstyles.addElement(roman)
        self.lists = {}

    def element(self, p):
        p = p if isinstance(p, dict) else para(p)
        if p["num"] is None:
            return odftext.P(text=p["text"])
        style = {NUMBERED: "LNum", BULLET: "LBul", ROMAN: "LRom"}[p["num"]]
        attributes = {"stylename": style}
        if style in self.lists:
            attributes["continuenumbering"] = "true"
        self.lists[style] = True
        lst = odftext.List(**attributes)
        item = odftext.ListItem()
        if p["level"] == 0:
            item.addElement(odftext.P(text=p["text"]))
        else:
            sub = odftext.List()
            sub_item = odftext.ListItem()
            sub_item.addElement(odftext.P(text=p["text"]))
            sub.addElement(sub_item)
            item.addElement(sub)
        lst.addElement(item)
        return lst

    def paragraph(self, p):
        self.document.text.addElement(self.element(p))

    def table(self, rows, header=1):
        width = sum(as_cell(c)["span"] for c in rows[0])
        table = odftable.Table(name=f"T{len(self.document.text.childNodes)}")
        table.addElement(odftable.TableColumn(numbercolumnsrepeated=width))
        head = odftable.TableHeaderRows() if header else None
        if head is not None:
            table.addElement(head)
        for r, row in enumerate(rows):
            out = odftable.TableRow()
            for c in row:
                c = as_cell(c)
                if c["merged"]:
                    out.addElement(odftable.CoveredTableCell())
                    continue
                attributes = {}
                if c["span"] > 1:
                    attributes["numbercolumnsspanned"] = c["span"]
                if c["rows"] > 1:
                    attributes["numberrowsspanned"] = c["rows"]
                odf_cell = odftable.TableCell(**attributes)
                for p in c["paragraphs"]:
                    odf_cell.addElement(self.element(p))
                out.addElement(odf_cell)
                if c["span"] > 1:
                    out.addElement(odftable.CoveredTableCell(numbercolumnsrepeated=c["span"] - 1))
            (head if r < header else table).addElement(out)
        self.document.text.addElement(table)

    def raw_paragraph(self, fragment):
        raise NotImplementedError("tracked changes are written for .docx only")

    def save(self, path):
        self.document.save(path)


# ------------------------------------------------------------- layouts ----
# Each layout is a function writing the document through a writer, and the
# transcription it must import to. Measures are given once and used by both.


def measure(number_, title, deadline, responsibles, result=None, items=None, form=None, note=None):
    m = {"number": number_, "title": title, "deadline": deadline, "responsibles": responsibles}
    if result is not None:
        m["result"] = result
    if items:
        m["items"] = items
    if form is not None:
        m["form"] = form
    if note is not None:
        m["note"] = note
    return m


def columns_reordered(w):
    """Columns in another order (deadline first, number in the middle), a
    «Форма отчетности» column and one the vocabulary does not know; the order
    dated in words; «на 2022 – 2024 годы» in the title."""
    for text in ["УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЭНСКОГО РАЙОНА", "", "ПРИКАЗ", "",
                 "от 5 сентября 2023 года № 312", "г. Энск", "",
                 "Об утверждении плана мероприятий по повышению качества образования", "",
                 "1. Утвердить план мероприятий (приложение).", "Начальник управления\tИ.И. Петрова", "",
                 "План мероприятий по повышению качества образования", "на 2022 – 2024 годы", ""]:
        w.paragraph(text)
    heading = ["Срок исполнения", "Мероприятие", "№", "Ответственные лица", "Форма отчетности",
               "Планируемый результат", "Согласовано"]
    rows = [heading]
    for m in MEASURES_REORDERED:
        rows.append([m["deadline"], m["title"], m["number"], m["responsibles"], m["form"], m["result"],
                     m["note"].split(": ", 1)[1] if "note" in m else ""])
    w.table(rows)
    w.paragraph("")
    w.paragraph("Принятые сокращения:")
    w.paragraph("УО – управление образования администрации Энского района")
    w.paragraph("ОО – образовательные организации")


MEASURES_REORDERED = [
    measure("1.", "Проведение мониторинга качества подготовки обучающихся", "сентябрь 2022", "УО",
            "аналитическая справка", form="справка"),
    measure("2.", "Участие во Всероссийских проверочных работах", "апрель 2023", "УО, ОО",
            "объективные результаты ВПР", form="отчёт", note="Согласовано: с ИРО"),
    measure("3.", "Семинар для заместителей директоров по итогам оценочных процедур", "ноябрь 2023", "ОО",
            "повышение компетенций", form="протокол"),
]

COLUMNS_REORDERED = {
    "title": "План мероприятий по повышению качества образования\nна 2022 – 2024 годы",
    "period": "2022-2024",
    "period_source": "stated",
    "approved_by": {"kind": "приказ", "number": "312", "date": "2023-09-05",
                    "authority": "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЭНСКОГО РАЙОНА",
                    "title": "Об утверждении плана мероприятий по повышению качества образования",
                    "signed_by": "И.И. Петрова"},
    "responsibles": [{"id": "uo", "short": "УО", "full": "управление образования администрации Энского района"},
                     {"id": "oo", "short": "ОО", "full": "образовательные организации"}],
    "sections": [{"title": "", "measures": MEASURES_REORDERED}],
    "import_notes": [{"text": "г. Энск"}],  # the place of signing fits no field
    "rows": 3,
}


DIRECTIONS = [
    ("1. Система оценки качества подготовки обучающихся", [
        measure("1.", "Участие в национальных исследованиях качества образования", "по графику", "УО",
                "анализ результатов"),
        measure("2.", "Проведение муниципальных диагностических работ", "декабрь", "ИМЦ", "справка"),
    ]),
    ("2. Система работы со школами с низкими результатами обучения", [
        measure("1.", "Выявление школ с низкими результатами обучения", "октябрь", "УО, ИМЦ", "перечень школ"),
        measure("2.", "Разработка программ перехода школ в эффективный режим", "ноябрь", "ОО", "программы"),
        measure("3.", "Наставничество для руководителей школ", "в течение года", "ИМЦ", "пары наставников"),
    ]),
    ("3. Система выявления, поддержки и развития способностей и талантов у детей и молодежи", [
        measure("1.", "Муниципальный этап всероссийской олимпиады школьников", "ноябрь - декабрь", "УО",
                "рейтинг участников"),
    ]),
]


def table_per_direction(w):
    """One table per direction, its heading a paragraph between the tables;
    the first table has the header, the others go on without one. The
    school year «2022/2023 учебный год» in the title, a glossary as a table,
    the signature under the plan."""
    w.paragraph("УТВЕРЖДЕН приказом управления образования")
    w.paragraph("от 05.10.2022 г. N 976")
    w.paragraph("")
    w.paragraph("Дорожная карта по развитию муниципальной системы оценки качества образования")
    w.paragraph("2022/2023 учебный год")
    for index, (heading, measures) in enumerate(DIRECTIONS):
        w.paragraph("")
        w.paragraph(para(heading, style="Heading 1" if isinstance(w, DocxWriter) else None))
        rows = [["№ п/п", "Содержание мероприятия", "Сроки проведения", "Исполнители", "Результат"]] if index == 0 else []
        for m in measures:
            rows.append([m["number"], m["title"], m["deadline"], m["responsibles"], m["result"]])
        w.table(rows, header=1 if index == 0 else 0)
    w.paragraph("")
    w.paragraph("Используемые сокращения")
    w.table([["УО", "управление образования"], ["ИМЦ", "информационно-методический центр"],
             ["ОО", "общеобразовательные организации"]], header=0)
    w.paragraph("")
    w.paragraph("Начальник управления образования\tА.А. Смирнова")


TABLE_PER_DIRECTION = {
    "title": "Дорожная карта по развитию муниципальной системы оценки качества образования\n2022/2023 учебный год",
    "period": "2022/2023",
    "period_source": "stated",
    "approved_by": {"kind": "приказ", "number": "976", "date": "2022-10-05", "authority": "управление образования"},
    "responsibles": [{"id": "uo", "short": "УО", "full": "управление образования"},
                     {"id": "imts", "short": "ИМЦ", "full": "информационно-методический центр"},
                     {"id": "oo", "short": "ОО", "full": "общеобразовательные организации"}],
    "sections": [{"number": h.split(". ", 1)[0], "title": h.split(". ", 1)[1], "measures": ms} for h, ms in DIRECTIONS],
    "import_notes": [{"text": "Начальник управления образования А.А. Смирнова"}],
    "rows": 6,
}


def auto_numbered(w):
    """The number column numbered by Word (numPr): «1.», «2.», a second
    level «2.1.», the count going on into the next table; a measure whose
    title paragraph carries the number in a table without a number column.
    The order «14.03.2022 № 89-од»; the period «на 2026 год»."""
    for text in ["КОМИТЕТ ПО ОБРАЗОВАНИЮ", "", "ПРИКАЗ", "", "14.03.2022 № 89-од", "",
                 "О плане работы", "", "План работы муниципальной методической службы на 2026 год", ""]:
        w.paragraph(text)
    rows = [["№", "Мероприятие", "Сроки", "Ответственный"]]
    for m, level in zip(AUTO_FIRST, [0, 0, 1, 0]):
        rows.append([cell(para("", num=NUMBERED, level=level)), m["title"], m["deadline"], m["responsibles"]])
    w.table(rows)
    w.paragraph("")
    w.paragraph("Раздел 2. Работа с педагогами")
    rows = [["№", "Мероприятие", "Сроки", "Ответственный"]]
    for m in AUTO_SECOND:
        rows.append([cell(para("", num=NUMBERED)), m["title"], m["deadline"], m["responsibles"]])
    w.table(rows)


AUTO_FIRST = [
    measure("1.", "Совещание руководителей методических объединений", "январь", "ММС"),
    measure("2.", "Методический день", "март", "ММС"),
    measure("2.1.", "Открытые уроки", "март", "ОО"),
    measure("3.", "Конкурс методических разработок", "май", "ММС"),
]
AUTO_SECOND = [
    measure("4.", "Курсы повышения квалификации", "по графику ИРО", "ММС, ОО"),
    measure("5.", "Аттестация педагогических работников", "в течение года", "ОО"),
]
AUTO_NUMBERED = {
    "title": "План работы муниципальной методической службы на 2026 год",
    "period": "2026",
    "period_source": "stated",
    "approved_by": {"kind": "приказ", "number": "89-од", "date": "2022-03-14", "authority": "КОМИТЕТ ПО ОБРАЗОВАНИЮ",
                    "title": "О плане работы"},
    "sections": [{"title": "", "measures": AUTO_FIRST},
                 {"number": "", "title": "Раздел 2. Работа с педагогами", "measures": AUTO_SECOND}],
    "import_notes": [],
    "rows": 6,
}


def merged_responsibles(w):
    """Responsibles merged down over three rows (vMerge), a «Форма
    отчетности» column; a распоряжение «12.01.2021 N 7-р»; «в 2023 году»."""
    for text in ["АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА", "", "РАСПОРЯЖЕНИЕ", "", "12.01.2021 N 7-р", "",
                 "План мероприятий по подготовке к государственной итоговой аттестации в 2023 году", ""]:
        w.paragraph(text)
    rows = [["№ п/п", "Наименование мероприятия", "Срок проведения", "Ответственные", "Форма отчетности"]]
    for index, m in enumerate(MERGED):
        responsible = cell("Отдел образования", rows=3) if index == 0 else (
            cell(merged=True) if index < 3 else m["responsibles"])
        rows.append([m["number"], m["title"], m["deadline"], responsible, m["form"]])
    w.table(rows)


MERGED = [
    measure("1", "Информирование участников ГИА о порядке проведения", "январь - май", "Отдел образования",
            form="протоколы собраний"),
    measure("2", "Пробный экзамен по математике", "февраль", "Отдел образования", form="аналитическая справка"),
    measure("3", "Пробный экзамен по русскому языку", "март", "Отдел образования", form="аналитическая справка"),
    measure("4", "Обучение организаторов ППЭ", "апрель", "ИМЦ", form="сертификаты"),
]
MERGED_RESPONSIBLES = {
    "title": "План мероприятий по подготовке к государственной итоговой аттестации в 2023 году",
    "period": "2023",
    "period_source": "stated",
    "approved_by": {"kind": "распоряжение", "number": "7-р", "date": "2021-01-12",
                    "authority": "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА"},
    "sections": [{"title": "", "measures": MERGED}],
    "import_notes": [],
    "rows": 4,
}


def heading_rows(w):
    """Heading rows across all columns inside the table: «I. …» and «II. …»,
    and under the second the year rows «2021 год», «2022 год» that date the
    deadlines under them. The period «2021-2022 гг.» in the title."""
    w.paragraph("Дорожная карта повышения качества образования, 2021-2022 гг.")
    w.paragraph("")
    rows = [["№", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"],
            [cell("I. Мероприятия по повышению качества преподавания учебных предметов", span=5)]]
    for m in HEADING_FIRST:
        rows.append([m["number"], m["title"], m["deadline"], m["responsibles"], m["result"]])
    rows.append([cell("II. Мероприятия по работе с одарёнными детьми", span=5)])
    for year, measures in HEADING_YEARS:
        rows.append([cell(year, span=5)])
        for m in measures:
            rows.append([m["number"], m["title"], m["deadline"], m["responsibles"], m["result"]])
    w.table(rows)


HEADING_FIRST = [
    measure("1.", "Анализ результатов ВПР по предметам", "октябрь 2021", "ИМЦ", "рекомендации учителям"),
    measure("2.", "Стажировки учителей в школах с высокими результатами", "ноябрь 2021", "ИМЦ", "отчёты"),
]
HEADING_YEARS = [
    ("2021 год", [measure("3.", "Школьный этап олимпиады", "сентябрь", "ОО", "списки победителей")]),
    ("2022 год", [measure("4.", "Профильная смена для одарённых детей", "июнь", "УО", "охват детей"),
                  measure("5.", "Муниципальная научно-практическая конференция", "апрель", "ИМЦ", "сборник")]),
]
HEADING_ROWS = {
    "title": "Дорожная карта повышения качества образования, 2021-2022 гг.",
    "period": "2021-2022",
    "period_source": "stated",
    "sections": [
        {"number": "I", "title": "Мероприятия по повышению качества преподавания учебных предметов",
         "measures": HEADING_FIRST},
        {"number": "II", "title": "Мероприятия по работе с одарёнными детьми", "measures": [],
         "groups": [{"number": "", "title": year, "measures": ms} for year, ms in HEADING_YEARS]},
    ],
    # The year rows date the deadlines under them (pinned windows).
    "deadlines": {"3.": ["2021-09-01", "2021-09-30"], "4.": ["2022-06-01", "2022-06-30"],
                  "5.": ["2022-04-01", "2022-04-30"]},
    "import_notes": [],
    "rows": 9,
}


def several_paragraphs(w):
    """Cells of several paragraphs: a title with bulleted sub-items, a
    deadline of two paragraphs, a result with a line of its own; tracked
    changes (an insertion kept, a deletion dropped, a deleted row not shown);
    the glossary «Используемые сокращения» before the table."""
    w.paragraph("План работы управления образования на 2024 год")
    w.paragraph("")
    w.paragraph("Используемые сокращения:")
    w.paragraph("УО – управление образования")
    w.paragraph("")
    rows = [["№ п/п", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"]]
    rows.append(["1.", cell("Мониторинг:", para("участия в олимпиадах;", num=BULLET),
                            para("охвата дополнительным образованием", num=BULLET)),
                 cell("сентябрь", "ежегодно"), "УО", cell("аналитическая справка", "приказ по итогам")])
    rows.append(["2.", "Совещание с руководителями", "", "УО", "протокол"])  # deadline written as tracked changes
    rows.append(["3.", "Удалённое мероприятие", "май", "УО", "—"])  # deleted as a tracked change
    rows.append(["4.", cell("Семинар", "для заместителей директоров"), "октябрь", "УО", "повышение компетенций"])
    table = w.table(rows)
    if isinstance(w, DocxWriter):
        deadline = table.cell(2, 2).paragraphs[0]
        runs(deadline, """<w:ins w:id="1" {REV}><w:r><w:t>март</w:t></w:r></w:ins>
            <w:del w:id="2" {REV}><w:r><w:delText>февраль</w:delText></w:r></w:del>""")
        table.rows[3]._tr.get_or_add_trPr().append(xml('<w:del {W} w:id="3" {REV}/>'))


SEVERAL = [
    measure("1.", "Мониторинг:", "сентябрь\nежегодно", "УО", "аналитическая справка\nприказ по итогам",
            items=["• участия в олимпиадах;", "• охвата дополнительным образованием"]),
    measure("2.", "Совещание с руководителями", "март", "УО", "протокол"),
    measure("4.", "Семинар\nдля заместителей директоров", "октябрь", "УО", "повышение компетенций"),
]
SEVERAL_PARAGRAPHS = {
    "title": "План работы управления образования на 2024 год",
    "period": "2024",
    "period_source": "stated",
    "responsibles": [{"id": "uo", "short": "УО", "full": "управление образования"}],
    "sections": [{"title": "", "measures": SEVERAL}],
    "import_notes": [],
    "rows": 3,
}


def no_period(w):
    """No period anywhere, and deadlines without years: the import says so
    and takes --period (the test gives 2025)."""
    w.paragraph("План мероприятий по профориентации")
    w.paragraph("")
    rows = [["№", "Мероприятие", "Срок", "Исполнитель"],
            ["1", "Ярмарка профессий", "апрель", "ОО"],
            ["2", "Экскурсии на предприятия", "в течение года", "ОО"]]
    w.table(rows)


NO_PERIOD = {
    "title": "План мероприятий по профориентации",
    "period": "2025",
    "period_source": "given",
    "sections": [{"title": "", "measures": [measure("1", "Ярмарка профессий", "апрель", "ОО"),
                                           measure("2", "Экскурсии на предприятия", "в течение года", "ОО")]}],
    "rows": 2,
    "options": {"period": "2025"},
}

def caption_in_table(w):
    """The caption printed in the table's first row, above the header; the
    headings «Направления деятельности», «Период проведения», «Исполнитель»,
    «Категории участников»; no number column: Word's list numbers the titles;
    sections as rows across the table; a remark under the table."""
    w.paragraph("Муниципальное казённое учреждение «Управление образования»")
    w.paragraph("")
    rows = [[cell("План работы по повышению качества образования на 2024 год", span=4)],
            ["Направления деятельности", "Период проведения", "Исполнитель", "Категории участников"]]
    for heading, measures in CAPTION_SECTIONS:
        rows.append([cell(heading, span=4)])
        for m in measures:
            rows.append([cell(para(m["title"], num=NUMBERED)), m["deadline"], m["responsibles"],
                         m["note"].split(": ", 1)[1]])
    w.table(rows, header=0)
    w.paragraph("")
    w.paragraph("Исполнитель: Иванова И.И., тел. 2-22-22")


CAPTION_SECTIONS = [
    ("Раздел 1. Оценка качества", [
        measure("1.", "Проведение ВПР", "март – май", "ОО", note="Категории участников: обучающиеся 4–8 классов"),
        measure("2.", "Анализ итогов ВПР", "июнь", "УО", note="Категории участников: руководители ОО")]),
    ("Раздел 2. Работа с кадрами", [
        measure("3.", "Курсы для учителей", "в течение года", "ИМЦ", note="Категории участников: учителя")]),
]
CAPTION_IN_TABLE = {
    "title": "План работы по повышению качества образования на 2024 год",
    "period": "2024",
    "period_source": "stated",
    "description": "Муниципальное казённое учреждение «Управление образования»",
    "sections": [{"number": "", "title": h, "measures": ms} for h, ms in CAPTION_SECTIONS],
    "import_notes": [{"text": "Исполнитель: Иванова И.И., тел. 2-22-22"}],
    "rows": 5,
}

LAYOUTS = [
    ("columns-reordered", columns_reordered, COLUMNS_REORDERED, ["docx", "odt"]),
    ("table-per-direction", table_per_direction, TABLE_PER_DIRECTION, ["docx", "odt"]),
    ("auto-numbered", auto_numbered, AUTO_NUMBERED, ["docx", "odt"]),
    ("merged-responsibles", merged_responsibles, MERGED_RESPONSIBLES, ["docx", "odt"]),
    ("heading-rows", heading_rows, HEADING_ROWS, ["docx", "odt"]),
    ("several-paragraphs", several_paragraphs, SEVERAL_PARAGRAPHS, ["docx"]),
    ("no-period", no_period, NO_PERIOD, ["docx"]),
    ("caption-in-table", caption_in_table, CAPTION_IN_TABLE, ["docx", "odt"]),
]


# --------------------------------------------------------- text exports ----

def text_exports(out, source_dir):
    """The tab-separated fixture in every encoding Word saves text in, each
    with its twin in UTF-8: what the encoding could hold (KOI8-R has no «№»
    and no dashes; Word writes «?» for them, as here)."""
    text = open(os.path.join(source_dir, "tab-separated.txt"), encoding="utf-8").read().replace("\n", "\r\n")
    for name, encoding, bom in [("cp1251", "cp1251", b""), ("koi8r", "koi8_r", b""),
                                ("utf16le-bom", "utf-16-le", b"\xff\xfe"), ("utf16be-bom", "utf-16-be", b"\xfe\xff"),
                                ("utf16le", "utf-16-le", b""), ("utf16be", "utf-16-be", b"")]:
        data = text.encode(encoding, errors="replace")
        open(os.path.join(out, f"tab-separated.{name}.txt"), "wb").write(bom + data)
        open(os.path.join(out, f"tab-separated.{name}.utf8.txt"), "wb").write(data.decode(encoding).encode("utf-8"))
    # Word's text export of a table whose cells hold several paragraphs: the
    # paragraph break ends the line, the row goes on on the next line.
    broken = ("План работы на 2024 год\r\n\r\n"
              "№\tМероприятие\tСроки\tОтветственные\tОжидаемый результат\r\n"
              "1.\tМониторинг участия в олимпиадах\r\nи конкурсах\tсентябрь\tУО\tсправка\r\n"
              "2.\tСовещание\tоктябрь\r\nежегодно\tУО, ОО\tпротокол\r\n"
              "3.\tСеминар\tноябрь\tУО\tповышение\r\nкомпетенций\r\n"
              "4.\tКруглый стол\tдекабрь\tОО\tрекомендации\r\n")
    open(os.path.join(out, "broken-rows.txt"), "w", encoding="utf-8", newline="").write(broken)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--fixtures", required=True, help="tests/fixtures/import")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    index = []
    for name, write, expected, formats in LAYOUTS:
        for fmt in formats:
            writer = DocxWriter() if fmt == "docx" else OdtWriter()
            write(writer)
            writer.save(os.path.join(args.out, f"{name}.{fmt}"))
        with open(os.path.join(args.out, f"{name}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
        index.append({"name": name, "formats": formats})
    with open(os.path.join(args.out, "layouts.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
    text_exports(args.out, args.fixtures)


if __name__ == "__main__":
    main()
