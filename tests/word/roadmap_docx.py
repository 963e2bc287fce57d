"""Writes a roadmap's blocks (roadmap_layout.py) as a .docx with python-docx.

Tables are python-docx tables in the «Table Grid» style, headings across the
grid and vertical merges made with its cell merging (w:gridSpan, w:vMerge).
Where python-docx has no API the WordprocessingML is added directly: header
rows repeated on every page (w:tblHeader), and the numbering part's list
definitions with the paragraphs' w:numPr.

A number cell asks for a label («48.», «IV», «2.1.»). WordLists decides which
numId shows it by counting as Word counts (and as the reader in src/word
does): counters belong to the abstract definition and run on across tables
and numIds; a numId with a w:startOverride restarts that level where it is
first used; numbering a level restarts the deeper ones. The current numId of
the definition is tried first, then a new numId starting at the label's
value (Word's «Начать заново» / «Задать начальное значение»); a label
neither can show is printed as text.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from make_documents import add_numbering, header_row, number as set_number
from roadmap_layout import Cell, Number, Para, Table

# name → levels: (w:numFmt, w:lvlText, w:isLgl)
SCHEMES = {
    "decimal": [("decimal", "%1", False)],
    "decimal-dot": [("decimal", "%1.", False)],
    "roman": [("upperRoman", "%1", False)],
    "roman-dot": [("upperRoman", "%1.", False)],
    # «I.» for the groups, «1.1.» for their measures: level 1 is legal, so
    # the Roman group number shows as a decimal.
    "legal": [("upperRoman", "%1.", False), ("decimal", "%1.%2.", True)],
    # Sub-items: a list that prints no label (their markers are their text).
    "items": [("none", "", False)],
}
ITEM = Number("", "items")
FIRST_ID = 100  # abstractNumId and numId from here: clear of the template's own

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(value: int) -> str:
    out = ""
    for amount, letters in ROMAN:
        while value >= amount:
            out += letters
            value -= amount
    return out


def value_of(token: str) -> int:
    if token.isdigit():
        return int(token)
    return next(v for v in range(1, 4000) if roman(v) == token)


class WordLists:
    """The list definitions a document needs, and which numId shows each label."""

    def __init__(self):
        self.nums: List[Tuple[int, str, Dict[int, int]]] = []  # numId, scheme, level → start
        self.current: Dict[str, int] = {}  # scheme → the numId in use
        self.counters: Dict[str, Tuple[list, list]] = {}  # scheme → (values, started)
        self.used = set()

    def _num(self, num_id: int) -> Tuple[str, Dict[int, int]]:
        _, scheme, starts = self.nums[num_id - FIRST_ID]
        return scheme, starts

    def _render(self, num_id: int, level: int):
        """The label numId shows at level next, and the counters after it."""
        scheme, starts = self._num(num_id)
        values, started = (list(c) for c in self.counters.setdefault(scheme, ([0] * 9, [False] * 9)))
        if num_id not in self.used:
            for overridden in starts:
                started[overridden] = False
        values[level] = values[level] + 1 if started[level] else starts.get(level, 1)
        started[level] = True
        for deeper in range(level + 1, 9):
            started[deeper] = False
        levels = SCHEMES[scheme]
        fmt, text, legal = levels[level]

        def shown(match):
            at = int(match.group(1)) - 1
            value = values[at] if started[at] else starts.get(at, 1)
            style = "decimal" if legal else levels[at][0]
            return {"decimal": str(value), "upperRoman": roman(value), "none": ""}[style]

        return re.sub(r"%([1-9])", shown, text), (values, started)

    def _commit(self, num_id: int, counters) -> int:
        self.counters[self._num(num_id)[0]] = counters
        self.used.add(num_id)
        self.current[self._num(num_id)[0]] = num_id
        return num_id

    def place(self, number: Number) -> Optional[int]:
        """The numId whose next paragraph at number.level shows number.label, or None."""
        current = self.current.get(number.scheme)
        if current is not None:
            label, counters = self._render(current, number.level)
            if label == number.label:
                return self._commit(current, counters)
        tokens = re.findall(r"\d+|[IVXLCDM]+", number.label)
        start = value_of(tokens[-1]) if tokens else 1
        num_id = FIRST_ID + len(self.nums)
        self.nums.append((num_id, number.scheme, {number.level: start}))
        label, counters = self._render(num_id, number.level)
        if label == number.label:
            return self._commit(num_id, counters)
        self.nums.pop()
        return None

    def install(self, document) -> None:
        """Adds the definitions used to the document's numbering part."""
        schemes = sorted({scheme for _, scheme, _ in self.nums}, key=list(SCHEMES).index)
        abstract_id = {scheme: FIRST_ID + i for i, scheme in enumerate(schemes)}
        abstracts = []
        for scheme in schemes:
            levels = "".join(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'{"<w:isLgl/>" if legal else ""}<w:lvlText w:val="{text}"/></w:lvl>'
                for i, (fmt, text, legal) in enumerate(SCHEMES[scheme]))
            kind = "multilevel" if len(SCHEMES[scheme]) > 1 else "singleLevel"
            abstracts.append(f'<w:abstractNum {{W}} w:abstractNumId="{abstract_id[scheme]}">'
                             f'<w:multiLevelType w:val="{kind}"/>{levels}</w:abstractNum>')
        nums = []
        for num_id, scheme, starts in self.nums:
            overrides = "".join(f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                                for level, start in starts.items())
            nums.append(f'<w:num {{W}} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id[scheme]}"/>'
                        f'{overrides}</w:num>')
        add_numbering(document, abstracts, nums)


STYLES = {"title": "Title", "heading": "Heading 2"}


def fill(paragraph, para: Para, lists: WordLists) -> None:
    if para.number:
        num_id = lists.place(para.number)
        if num_id is None:
            paragraph.add_run(para.number.label)
        else:
            set_number(paragraph, num_id, para.number.level)
    elif para.text:
        paragraph.add_run(para.text)  # python-docx writes '\n' as w:br
    if para.item:
        set_number(paragraph, lists.place(ITEM), 0)
    if para.style in STYLES:
        paragraph.style = STYLES[para.style]
    elif para.style == "stamp":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def fill_cell(cell, content: Cell, lists: WordLists) -> None:
    for index, para in enumerate(content.paras):
        fill(cell.paragraphs[0] if index == 0 else cell.add_paragraph(), para, lists)


def add_table(document, table: Table, lists: WordLists) -> None:
    t = document.add_table(rows=0, cols=table.columns)
    t.style = "Table Grid"
    merges = []
    for row in table.rows:
        r = t.add_row()
        if row.header:
            header_row(r)
        column = 0
        for content in row.cells:
            if not content.covered:
                fill_cell(r.cells[column], content, lists)
            if content.span > 1 or content.rows > 1:
                merges.append((len(t.rows) - 1, column, content.rows, content.span))
            column += content.span
    # After filling, so that the grid is whole while cells are addressed;
    # the cells merged in are empty, so the merged cell keeps one cell's text.
    for row, column, rows, span in merges:
        t.cell(row, column).merge(t.cell(row + rows - 1, column + span - 1))


def write_docx(blocks, path) -> None:
    document = Document()
    lists = WordLists()
    for block in blocks:
        if isinstance(block, Table):
            add_table(document, block, lists)
        else:
            fill(document.add_paragraph(), block, lists)
    lists.install(document)
    document.save(path)
