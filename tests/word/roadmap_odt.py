"""Writes a roadmap's blocks (roadmap_layout.py) as an .odt with odfpy.

Tables are table:table elements with a table:table-header-rows group; a
heading across the grid is a cell with table:number-columns-spanned followed
by covered cells, a vertically merged cell one with
table:number-rows-spanned over covered cells in the rows below. Headings are
text:h with an outline level; text keeps its spaces and line breaks
(text:s and text:line-break, see add_text).

A number cell asks for a label («48.», «IV», «2.1.»); OdfLists prints it
through a text:list whose list style shows it: the label's static head
becomes the style's num-prefix («2.» of «2.1.»), its number the counter, in
decimal or Roman. A list goes on from the previous one of the same style
(text:continue-list), restarts as a new list at 1, and sets its number with
text:start-value where the source skips. Sub-items are a text:list whose
style shows no number.
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

from odf import opendocument, style as odfstyle, table as odftable, teletype, text as odftext
from odf.namespaces import TEXTNS, XMLNS

from roadmap_docx import value_of
from roadmap_layout import Cell, Para, Table

LABEL = re.compile(r"((?:\d+\.)*)(\d+|[IVXLCDM]+)(\.?)")


class OdfLists:
    """The list styles a document needs, and the list each number cell continues."""

    def __init__(self, document):
        self.document = document
        self.styles: Dict[tuple, odftext.ListStyle] = {}
        self.current: Dict[tuple, Tuple[str, int]] = {}  # style key → (xml:id of the list, last value)
        self.lists = 0
        self.items = self._style(("items",), odftext.ListLevelStyleNumber(level=1, numformat=""))

    def _style(self, key, level) -> odftext.ListStyle:
        if key not in self.styles:
            style = odftext.ListStyle(name=f"L{len(self.styles) + 1}")
            style.addElement(level)
            self.document.automaticstyles.addElement(style)
            self.styles[key] = style
        return self.styles[key]

    def numbered(self, label: str):
        """A text:list of one empty item that shows @p label, or None."""
        match = LABEL.fullmatch(label)
        if not match:
            return None
        prefix, token, suffix = match.groups()
        numformat = "1" if token.isdigit() else "I"
        key = (prefix, numformat, suffix)
        style = self._style(key, odftext.ListLevelStyleNumber(level=1, numformat=numformat, numprefix=prefix,
                                                               numsuffix=suffix))
        value = value_of(token)
        lst, item = odftext.List(stylename=style), odftext.ListItem()
        current = self.current.get(key)
        if current is None or value == 1:
            self.lists += 1
            list_id = f"list{self.lists}"
            lst.setAttrNS(XMLNS, "id", list_id)
            if value != 1:
                item.setAttrNS(TEXTNS, "start-value", str(value))
        else:
            list_id, last = current
            lst.setAttrNS(TEXTNS, "continue-list", list_id)
            if value != last + 1:
                item.setAttrNS(TEXTNS, "start-value", str(value))
        self.current[key] = (list_id, value)
        item.addElement(odftext.P())
        lst.addElement(item)
        return lst


def add_text(element, text: str) -> None:
    """Appends @p text keeping every space: odf.teletype writes runs of
    spaces as text:s, but a line's leading or trailing spaces would still
    be white space a reader drops, so they are text:s too."""
    for index, line in enumerate(text.split("\n")):
        if index:
            element.addElement(odftext.LineBreak())
        core = line.strip(" ")
        leading = len(line) - len(line.lstrip(" "))
        trailing = len(line) - len(line.rstrip(" ")) if core else 0
        if leading:
            element.addElement(odftext.S(c=leading))
        if core:
            teletype.addTextToElement(element, core)
        if trailing:
            element.addElement(odftext.S(c=trailing))


class OdfWriter:
    def __init__(self):
        self.document = opendocument.OpenDocumentText()
        self.lists = OdfLists(self.document)
        self.tables = 0
        title = odfstyle.Style(name="Title", displayname="Title", family="paragraph")
        self.heading = odfstyle.Style(name="Heading_20_2", displayname="Heading 2", family="paragraph",
                                      defaultoutlinelevel="2")
        self.stamp = odfstyle.Style(name="Stamp", family="paragraph")
        self.stamp.addElement(odfstyle.ParagraphProperties(textalign="end"))
        for style in (title, self.heading, self.stamp):
            self.document.styles.addElement(style)
        self.paragraph_styles = {"title": title, "stamp": self.stamp}

    def paragraph(self, para: Para):
        if para.style == "heading":
            element = odftext.H(outlinelevel=2, stylename=self.heading)
        elif para.style in self.paragraph_styles:
            element = odftext.P(stylename=self.paragraph_styles[para.style])
        else:
            element = odftext.P()
        add_text(element, para.text)
        return element

    def cell_content(self, element, content: Cell) -> None:
        items = None
        for para in content.paras:
            if para.item:
                if items is None:
                    items = odftext.List(stylename=self.lists.items)
                    element.addElement(items)
                item = odftext.ListItem()
                item.addElement(self.paragraph(para))
                items.addElement(item)
                continue
            items = None
            numbered = self.lists.numbered(para.number.label) if para.number else None
            if numbered is not None:
                element.addElement(numbered)
            else:
                element.addElement(self.paragraph(Para(para.number.label) if para.number else para))

    def table(self, table: Table):
        self.tables += 1
        t = odftable.Table(name=f"Таблица{self.tables}")
        t.addElement(odftable.TableColumn(numbercolumnsrepeated=table.columns))
        header = None
        for row in table.rows:
            tr = odftable.TableRow()
            for content in row.cells:
                if content.covered:
                    tr.addElement(odftable.CoveredTableCell())
                    continue
                spans = {}
                if content.span > 1:
                    spans["numbercolumnsspanned"] = content.span
                if content.rows > 1:
                    spans["numberrowsspanned"] = content.rows
                cell = odftable.TableCell(valuetype="string", **spans)
                self.cell_content(cell, content)
                tr.addElement(cell)
                if content.span > 1:
                    tr.addElement(odftable.CoveredTableCell(numbercolumnsrepeated=content.span - 1))
            if row.header:
                if header is None:
                    header = odftable.TableHeaderRows()
                    t.addElement(header)
                header.addElement(tr)
            else:
                t.addElement(tr)
        return t

    def write(self, blocks, path) -> None:
        for block in blocks:
            self.document.text.addElement(self.table(block) if isinstance(block, Table) else self.paragraph(block))
        self.document.save(path)


def write_odt(blocks, path) -> None:
    OdfWriter().write(blocks, path)
