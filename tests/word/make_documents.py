#!/usr/bin/python3
"""Writes the test documents of the Word reader (tests/word_test.cpp).

    make_documents.py --out DIR

The documents are build products: .docx files are made with python-docx, raw
WordprocessingML added where it has no API (numbering definitions, vertical
merges' header rows, tracked changes, fields, content controls, deleted
rows); .odt files with odfpy. The hostile inputs (ZIP bombs, thousands of
entries, billion laughs, deep nesting, a truncated archive) are written with
the standard zipfile module. What each document holds is described next to
the code that writes it; word_test.cpp asserts what the reader must see.
"""

import argparse
import io
import os
import random
import struct
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import _Cell

from odf import opendocument, style as odfstyle, table as odftable, text as odftext
from odf.element import Element
from odf.namespaces import TEXTNS, XMLNS

W = nsdecls("w")
WV = W + ' xmlns:v="urn:schemas-microsoft-com:vml"'
REVISION = 'w:author="Проверяющий" w:date="2024-01-15T10:00:00Z"'

# ---------------------------------------------------------------- .docx ----

# List definitions added to the template's numbering part. Ids from 90 keep
# clear of the template's own.
ABSTRACT_NUMS = [
    # The number column: «1.», «2.1.», «а)».
    """<w:abstractNum {W} w:abstractNumId="90">
         <w:multiLevelType w:val="multilevel"/>
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
         <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
         <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%3)"/></w:lvl>
       </w:abstractNum>""",
    # Section headings through a style: «I.», «II.».
    """<w:abstractNum {W} w:abstractNumId="92">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
       </w:abstractNum>""",
    # Bulleted lines in a cell, with Word's Symbol-font bullet.
    """<w:abstractNum {W} w:abstractNumId="93">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
       </w:abstractNum>""",
    # Latin letters from 3: «c)», «d)».
    """<w:abstractNum {W} w:abstractNumId="94">
         <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
       </w:abstractNum>""",
    # Russian capitals: «А.», «Б.».
    """<w:abstractNum {W} w:abstractNumId="95">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="russianUpper"/><w:lvlText w:val="%1."/></w:lvl>
       </w:abstractNum>""",
    # Small Roman in parentheses: «(i)», «(ii)».
    """<w:abstractNum {W} w:abstractNumId="96">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl>
       </w:abstractNum>""",
]
NUMS = [
    '<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>',
    # The same list restarted: Word's «Начать заново» writes a new numId
    # with a start override.
    """<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/>
         <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>""",
    '<w:num {W} w:numId="92"><w:abstractNumId w:val="92"/></w:num>',
    '<w:num {W} w:numId="93"><w:abstractNumId w:val="93"/></w:num>',
    '<w:num {W} w:numId="94"><w:abstractNumId w:val="94"/></w:num>',
    '<w:num {W} w:numId="95"><w:abstractNumId w:val="95"/></w:num>',
    '<w:num {W} w:numId="96"><w:abstractNumId w:val="96"/></w:num>',
]


def xml(fragment):
    return parse_xml(fragment.replace("{W}", W).replace("{WV}", WV).replace("{REV}", REVISION))


def add_numbering(document, abstract_nums, nums):
    numbering = document.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for abstract in abstract_nums:
        if first_num is not None:
            first_num.addprevious(xml(abstract))
        else:
            numbering.append(xml(abstract))
    for num in nums:
        numbering.append(xml(num))


def append_block(document, element):
    """Adds a block-level element at the end of the body, before its sectPr."""
    body = document.element.body
    last = body[-1] if len(body) else None
    if last is not None and last.tag.endswith("}sectPr"):
        last.addprevious(element)
    else:
        body.append(element)


def number(paragraph, num_id, level=0):
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def runs(paragraph, fragment):
    """Appends raw runs (and run-level markup) to a paragraph."""
    wrapper = xml(f"<w:p {W}>{fragment}</w:p>")
    for child in list(wrapper):
        paragraph._p.append(child)
    return paragraph


def header_row(row):
    row._tr.get_or_add_trPr().append(xml("<w:tblHeader {W}/>"))


def cell_text(cell, text, num_id=None, level=0):
    """The cell's first paragraph gets the text (and a list number)."""
    paragraph = cell.paragraphs[0]
    if text:
        paragraph.add_run(text)
    if num_id is not None:
        number(paragraph, num_id, level)
    return paragraph


def section_styles(document):
    """«Section» takes its numbering from «SectionBase» through basedOn, and
    its outline level from Heading 1 further up the chain."""
    base = document.styles.add_style("SectionBase", WD_STYLE_TYPE.PARAGRAPH)
    base.base_style = document.styles["Heading 1"]
    num_pr = base.element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = 92
    section = document.styles.add_style("Section", WD_STYLE_TYPE.PARAGRAPH)
    section.base_style = base


def plan_docx(path):
    document = Document()
    add_numbering(document, ABSTRACT_NUMS, NUMS)
    section_styles(document)

    # Body paragraphs 1-8: fields, tracked changes, special characters.
    document.add_paragraph("АДМИНИСТРАЦИЯ ТОСНЕНСКОГО РАЙОНА")
    runs(document.add_paragraph("ПРИКАЗ от "), """
        <w:r><w:fldChar w:fldCharType="begin"/></w:r>
        <w:r><w:instrText xml:space="preserve"> DATE \\@ "dd.MM.yyyy" </w:instrText></w:r>
        <w:r><w:fldChar w:fldCharType="separate"/></w:r>
        <w:r><w:t>01.03.2021</w:t></w:r>
        <w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:r><w:t xml:space="preserve"> № 120</w:t></w:r>""")
    runs(document.add_paragraph("Страница "), """
        <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>""")
    runs(document.add_paragraph("План "), """
        <w:ins w:id="1" {REV}><w:r><w:t>утверждён</w:t></w:r></w:ins>
        <w:del w:id="2" {REV}><w:r><w:delText>отменён</w:delText></w:r></w:del>
        <w:r><w:t xml:space="preserve"> полностью; </w:t></w:r>
        <w:moveFrom w:id="3" {REV}><w:r><w:t>старое место</w:t></w:r></w:moveFrom>
        <w:moveTo w:id="4" {REV}><w:r><w:t>новое место</w:t></w:r></w:moveTo>""")
    runs(document.add_paragraph(), """
        <w:r><w:t>Обще</w:t><w:softHyphen/><w:t>образовательные\u00a0организации</w:t>
             <w:noBreakHyphen/><w:t>ГИА</w:t><w:tab/><w:t>10\u00a0000 пере\u00adнос</w:t>
             <w:br/><w:t>вторая строка</w:t></w:r>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>скрытый текст</w:t></w:r>
        <w:r><w:footnoteReference w:id="1"/></w:r>""")
    # A content control around a paragraph: read through.
    append_block(document, xml("""<w:sdt {W}><w:sdtPr><w:alias w:val="Дата"/></w:sdtPr><w:sdtContent>
        <w:p><w:r><w:t>В элементе управления</w:t></w:r></w:p></w:sdtContent></w:sdt>"""))
    # A paragraph whose mark and text were deleted: gone. One whose mark
    # alone was deleted: joined to the next.
    append_block(document, xml("""<w:p {W}><w:pPr><w:rPr><w:del w:id="5" {REV}/></w:rPr></w:pPr>
        <w:del w:id="6" {REV}><w:r><w:delText>Удалённый абзац</w:delText></w:r></w:del></w:p>"""))
    append_block(document, xml("""<w:p {W}><w:pPr><w:rPr><w:del w:id="7" {REV}/></w:rPr></w:pPr>
        <w:r><w:t xml:space="preserve">Начало </w:t></w:r></w:p>"""))
    document.add_paragraph("продолжение")
    # A text box: seen, reported, not read.
    runs(document.add_paragraph("Рамка: "), """<w:r><w:pict>
        <v:shape {WV} id="box"><v:textbox><w:txbxContent><w:p><w:r><w:t>в рамке</w:t></w:r></w:p></w:txbxContent>
        </v:textbox></v:shape></w:pict></w:r>""")

    document.add_paragraph("Мероприятия по повышению качества", style="Section")  # «I.»

    # Table 1: header row, a heading row across the grid, auto-numbered
    # rows, a cell with bulleted lines, responsibles merged down three rows,
    # a nested table, a deleted row, a row inside a content control.
    t1 = document.add_table(rows=0, cols=4)
    head = t1.add_row()
    header_row(head)
    for cell, text in zip(head.cells, ["№ п/п", "Мероприятие", "Сроки", "Ответственные"]):
        cell_text(cell, text)
    heading = t1.add_row()
    merged = heading.cells[0].merge(heading.cells[3])
    cell_text(merged, "I. Мероприятия по повышению качества преподавания учебных предметов")
    r3, r4, r5 = t1.add_row(), t1.add_row(), t1.add_row()
    cell_text(r3.cells[0], "", 90)
    cell_text(r3.cells[1], "Проведение мониторинга")
    number(r3.cells[1].add_paragraph("анализ результатов"), 93)
    number(r3.cells[1].add_paragraph("рекомендации"), 93)
    cell_text(r3.cells[2], "Ежегодно")
    cell_text(r3.cells[3], "КО, ОО")
    cell_text(r4.cells[0], "", 90)
    cell_text(r4.cells[1], "Семинар")
    cell_text(r4.cells[2], "Март 2022")
    # A field begun in a cell and never ended: its instruction stays hidden,
    # the next cell is shown.
    runs(r4.cells[2].paragraphs[0], """<w:r><w:fldChar w:fldCharType="begin"/></w:r>
        <w:r><w:instrText> PAGE </w:instrText></w:r>""")
    cell_text(r5.cells[0], "", 90, 1)
    cell_text(r5.cells[1], "Подготовка")
    cell_text(r5.cells[2], "Апрель 2022")
    r3.cells[3].merge(r5.cells[3])  # python-docx writes vMerge restart / continue
    r6 = t1.add_row()
    cell_text(r6.cells[0], "", 90)
    cell_text(r6.cells[1], "С вложенной таблицей")
    inner = r6.cells[1].add_table(rows=2, cols=2)
    for cell, text in zip([c for row in inner.rows for c in row.cells], ["а", "б", "в", "г"]):
        cell_text(cell, text)
    cell_text(r6.cells[2], "2023")
    cell_text(r6.cells[3], "МОУО")
    deleted = t1.add_row()
    deleted._tr.get_or_add_trPr().append(xml('<w:del {W} w:id="8" {REV}/>'))
    cell_text(deleted.cells[0], "", 90)
    cell_text(deleted.cells[1], "Удалённая строка")
    in_control = t1.add_row()
    cell_text(in_control.cells[0], "", 90)
    cell_text(in_control.cells[1], "Строка в элементе управления")
    tr = in_control._tr
    sdt = xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    tr.addprevious(sdt)
    sdt[1].append(tr)

    document.add_paragraph("Повышение квалификации", style="Section")  # «II.»

    # Table 2: the list of table 1 goes on (5., 6.), with a third level.
    t2 = document.add_table(rows=0, cols=2)
    for level, text in [(0, "Курсы"), (0, "Стажировка"), (2, "очная"), (2, "заочная")]:
        row = t2.add_row()
        cell_text(row.cells[0], "", 90, level)
        cell_text(row.cells[1], text)

    # Table 3: the same list restarted (a new numId with a start override).
    t3 = document.add_table(rows=0, cols=2)
    for text in ["Заново", "Дальше"]:
        row = t3.add_row()
        cell_text(row.cells[0], "", 91)
        cell_text(row.cells[1], text)

    # After it, the first numId again: it shares the counter (3.).
    number(document.add_paragraph("Общий счётчик"), 90)
    for num_id, texts in [(94, ["буква", "буква"]), (95, ["русская", "русская"]), (96, ["римская", "римская"])]:
        for text in texts:
            number(document.add_paragraph(text), num_id)
    document.add_paragraph("Заголовок второго уровня", style="Heading 2")
    document.save(path)


def empty_tables_docx(path):
    """Tables whose cells are empty, and a table with no rows at all."""
    document = Document()
    document.add_paragraph("Пустые таблицы")
    document.add_table(rows=3, cols=3)
    append_block(document, xml(f'<w:tbl {W}><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid></w:tbl>'))
    document.save(path)


NUMBERING_DEFINITIONS = [
    # Upper Roman, then «I.1.», then a legal level that prints every number
    # in decimal; level 2 never restarts (lvlRestart 0).
    """<w:abstractNum {W} w:abstractNumId="80">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
         <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/>
           <w:lvlText w:val="%1.%2."/></w:lvl>
         <w:lvl w:ilvl="2"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/></w:lvl>
       </w:abstractNum>""",
    # Linked to the paragraph style «ArticleHead» by its level's pStyle.
    """<w:abstractNum {W} w:abstractNumId="81">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="ArticleHead"/><w:numFmt w:val="decimal"/>
           <w:lvlText w:val="Статья %1."/></w:lvl>
       </w:abstractNum>""",
    # A definition that borrows another through a numbering style.
    """<w:abstractNum {W} w:abstractNumId="82"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>""",
    """<w:abstractNum {W} w:abstractNumId="84"><w:styleLink w:val="OutlineList"/>
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
       </w:abstractNum>""",
    """<w:abstractNum {W} w:abstractNumId="86">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
       </w:abstractNum>""",
    """<w:abstractNum {W} w:abstractNumId="87">
         <w:lvl w:ilvl="0"><w:start w:val="26"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
       </w:abstractNum>""",
    """<w:abstractNum {W} w:abstractNumId="88">
         <w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%1."/></w:lvl>
       </w:abstractNum>""",
    """<w:abstractNum {W} w:abstractNumId="89">
         <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>
           <w:lvlPicBulletId w:val="0"/></w:lvl>
       </w:abstractNum>""",
]
NUMBERING_NUMS = [
    '<w:num {W} w:numId="80"><w:abstractNumId w:val="80"/></w:num>',
    '<w:num {W} w:numId="81"><w:abstractNumId w:val="81"/></w:num>',
    '<w:num {W} w:numId="82"><w:abstractNumId w:val="82"/></w:num>',
    '<w:num {W} w:numId="83"><w:abstractNumId w:val="84"/></w:num>',
    # A level replaced for this numId, started at 5.
    """<w:num {W} w:numId="85"><w:abstractNumId w:val="86"/>
         <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>
           <w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="Раздел %1"/></w:lvl></w:lvlOverride></w:num>""",
    '<w:num {W} w:numId="87"><w:abstractNumId w:val="87"/></w:num>',
    '<w:num {W} w:numId="88"><w:abstractNumId w:val="88"/></w:num>',
    '<w:num {W} w:numId="89"><w:abstractNumId w:val="89"/></w:num>',
]


def numbering_docx(path):
    """The rest of Word's numbering model, and the rarer table layouts."""
    document = Document()
    add_numbering(document, NUMBERING_DEFINITIONS, NUMBERING_NUMS)
    article = document.styles.add_style("ArticleHead", WD_STYLE_TYPE.PARAGRAPH)
    article.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 81
    outline = document.styles.add_style("OutlineList", WD_STYLE_TYPE.PARAGRAPH)
    outline.element.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type", "numbering")
    outline.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 83

    for level, text in [(0, "раздел"), (1, "пункт"), (2, "подпункт"), (0, "раздел"), (1, "пункт")]:
        number(document.add_paragraph(text), 80, level)       # I. I.1. 1.1.1. II. II.2.
    document.add_paragraph("первая", style="ArticleHead")      # Статья 1.
    number(document.add_paragraph("без номера", style="ArticleHead"), 0)  # numId 0: numbering off
    document.add_paragraph("вторая", style="ArticleHead")      # Статья 2.
    number(document.add_paragraph("по ссылке"), 82)            # 1)
    number(document.add_paragraph("напрямую"), 83)             # 2): the same definition
    for num_id, count in [(85, 2), (87, 2), (88, 2), (89, 1)]:  # Раздел 5, 6; z), aa); 09., 10.; •
        for _ in range(count):
            number(document.add_paragraph("элемент"), num_id)
    runs(document.add_paragraph("Символ "), """<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> и</w:t>
        <w:cr/><w:t>перевод</w:t></w:r>""")

    # gridBefore shifts a row; hMerge widens a cell; a vMerge continuation
    # with nothing above it stands alone.
    table = document.add_table(rows=2, cols=3)
    shifted, merged = ([_Cell(tc, table) for tc in row._tr.tc_lst] for row in table.rows)
    table.rows[0]._tr.get_or_add_trPr().append(xml('<w:gridBefore {W} w:val="1"/>'))
    table.rows[0]._tr.remove(shifted[2]._tc)
    cell_text(shifted[0], "второй столбец")
    cell_text(shifted[1], "третий столбец")
    shifted[0]._tc.get_or_add_tcPr().append(xml('<w:vMerge {W}/>'))
    merged[0]._tc.get_or_add_tcPr().append(xml('<w:hMerge {W} w:val="restart"/>'))
    merged[1]._tc.get_or_add_tcPr().append(xml('<w:hMerge {W}/>'))
    cell_text(merged[0], "два столбца")
    cell_text(merged[1], "не видно")
    cell_text(merged[2], "третий")
    document.save(path)


# ----------------------------------------------------------------- .odt ----


def odf_list_style(name):
    """«1.», «1.1.», «а)» for levels 1-3."""
    list_style = odftext.ListStyle(name=name)
    list_style.addElement(odftext.ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    list_style.addElement(odftext.ListLevelStyleNumber(level=2, numformat="1", numsuffix=".", displaylevels=2))
    list_style.addElement(odftext.ListLevelStyleNumber(level=3, numformat="а, б, .. (ru)", numsuffix=")"))
    return list_style


def odf_list(items, style="L1", xml_id=None, continue_list=None, continue_numbering=False, start=None):
    """A text:list; @p items are (level, text) pairs, level 1 or 2."""
    attributes = {"stylename": style}
    if continue_numbering:
        attributes["continuenumbering"] = "true"
    if continue_list:
        attributes["continuelist"] = continue_list
    lst = odftext.List(**attributes)
    if xml_id:
        lst.setAttrNS(XMLNS, "id", xml_id)
    for index, (level, text) in enumerate(items):
        item = odftext.ListItem()
        if start is not None and index == 0:
            item.setAttrNS(TEXTNS, "start-value", str(start))
        if level == 1:
            item.addElement(odftext.P(text=text))
        else:
            sub = odftext.List()
            sub_item = odftext.ListItem()
            sub_item.addElement(odftext.P(text=text))
            sub.addElement(sub_item)
            item.addElement(sub)
        lst.addElement(item)
    return lst


def odf_cell(content=None, **attributes):
    cell = odftable.TableCell(**attributes)
    if content is None:
        return cell
    if isinstance(content, str):
        cell.addElement(odftext.P(text=content))
    else:
        cell.addElement(content)
    return cell


def plan_odt(path):
    document = opendocument.OpenDocumentText()
    document.automaticstyles.addElement(odf_list_style("L1"))
    outline = odftext.OutlineStyle(name="Outline")
    outline.addElement(odftext.OutlineLevelStyle(level=1, numformat="I", numsuffix="."))
    document.styles.addElement(outline)
    heading_style = odfstyle.Style(name="Heading_20_1", displayname="Heading 1", family="paragraph",
                                   defaultoutlinelevel="1")
    document.styles.addElement(heading_style)
    auto_heading = odfstyle.Style(name="P1", family="paragraph", parentstylename="Heading_20_1")
    document.automaticstyles.addElement(auto_heading)

    # Tracked changes: the deleted text is kept aside, not in the body.
    changes = odftext.TrackedChanges()
    region = odftext.ChangedRegion(qattributes={(XMLNS, "id"): "ct1", (TEXTNS, "id"): "ct1"})
    deletion = odftext.Deletion()
    deletion.addElement(odftext.P(text="удалённый текст"))
    region.addElement(deletion)
    changes.addElement(region)
    document.text.addElement(changes)

    document.text.addElement(odftext.P(text="АДМИНИСТРАЦИЯ"))
    p = odftext.P(text="Текст")
    p.addElement(odftext.Change(changeid="ct1"))
    p.addText(" остался, ")
    p.addElement(odftext.ChangeStart(changeid="ct2"))
    p.addText("вставка")
    p.addElement(odftext.ChangeEnd(changeid="ct2"))
    document.text.addElement(p)
    p = odftext.P()
    p.addText("а")
    p.addElement(odftext.S(c=3))
    p.addText("б")
    p.addElement(odftext.Tab())
    p.addText("в")
    p.addElement(odftext.LineBreak())
    p.addText("г\u00a0д пере\u00adнос")
    p.addElement(odftext.SoftPageBreak())
    p.addText("   и  ещё ")
    document.text.addElement(p)
    p = odftext.P(text="Дата: ")
    date = odftext.Date(datevalue="2021-03-01")
    date.addText("01.03.2021")
    p.addElement(date)
    note = odftext.Note(noteclass="footnote", id="n1")
    note.addElement(odftext.NoteCitation(text="1"))
    body = odftext.NoteBody()
    body.addElement(odftext.P(text="сноска"))
    note.addElement(body)
    p.addElement(note)
    document.text.addElement(p)
    document.text.addElement(odftext.H(outlinelevel=1, stylename=auto_heading, text="Мероприятия"))  # «I.»

    # Table 1: header row, heading row across four columns (covered cells),
    # numbered rows, responsibles merged down three rows, a nested table.
    t1 = odftable.Table(name="Таблица1")
    t1.addElement(odftable.TableColumn(numbercolumnsrepeated=4))
    head_rows = odftable.TableHeaderRows()
    head = odftable.TableRow()
    for text in ["№ п/п", "Мероприятие", "Сроки", "Ответственные"]:
        head.addElement(odf_cell(text))
    head_rows.addElement(head)
    t1.addElement(head_rows)
    row = odftable.TableRow()
    row.addElement(odf_cell("I. Мероприятия по повышению качества", numbercolumnsspanned=4))
    row.addElement(odftable.CoveredTableCell(numbercolumnsrepeated=3))
    t1.addElement(row)
    rows = [
        (odf_list([(1, "")], xml_id="list1"), "Проведение мониторинга", "Ежегодно", "КО, ОО"),
        (odf_list([(1, "")], continue_list="list1"), "Семинар", "Март 2022", None),
        (odf_list([(2, "")], continue_numbering=True), "Подготовка", "Апрель 2022", None),
    ]
    for index, (num, title, deadline, responsible) in enumerate(rows):
        row = odftable.TableRow()
        row.addElement(odf_cell(num))
        row.addElement(odf_cell(title))
        row.addElement(odf_cell(deadline))
        if index == 0:
            row.addElement(odf_cell(responsible, numberrowsspanned=3))
        else:
            row.addElement(odftable.CoveredTableCell())
        t1.addElement(row)
    nested = odftable.Table(name="Вложенная")
    nested.addElement(odftable.TableColumn(numbercolumnsrepeated=2))
    for pair in [("а", "б"), ("в", "г")]:
        nested_row = odftable.TableRow()
        for text in pair:
            nested_row.addElement(odf_cell(text))
        nested.addElement(nested_row)
    row = odftable.TableRow()
    row.addElement(odf_cell(odf_list([(1, "")], continue_numbering=True)))
    title = odf_cell("С вложенной таблицей")
    title.addElement(nested)
    row.addElement(title)
    row.addElement(odf_cell(numbercolumnsrepeated=2))
    t1.addElement(row)
    document.text.addElement(t1)

    # Table 2: the list goes on (4., 5.). Table 3: a new list (1.), then an
    # item that sets its number (10.).
    for name, items in [("Таблица2", [dict(continue_numbering=True), dict(continue_numbering=True)]),
                        ("Таблица3", [dict(), dict(continue_numbering=True, start=10)])]:
        t = odftable.Table(name=name)
        t.addElement(odftable.TableColumn(numbercolumnsrepeated=2))
        for options in items:
            row = odftable.TableRow()
            row.addElement(odf_cell(odf_list([(1, "")], **options)))
            row.addElement(odf_cell("пункт"))
            t.addElement(row)
        document.text.addElement(t)
    document.save(path)


def lists_odt(path):
    """Bullets, a list header, letters with and without letter sync, and a
    level that shows three levels."""
    document = opendocument.OpenDocumentText()
    style = odftext.ListStyle(name="L2")
    style.addElement(odftext.ListLevelStyleBullet(level=1, bulletchar="•"))
    document.automaticstyles.addElement(style)
    style = odftext.ListStyle(name="L3")
    style.addElement(odftext.ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    style.addElement(odftext.ListLevelStyleNumber(level=2, numformat="a", numsuffix=")"))
    style.addElement(odftext.ListLevelStyleNumber(level=3, numformat="1", numprefix="(", numsuffix=")",
                                                  displaylevels=3))
    document.automaticstyles.addElement(style)
    for name, sync in [("L4", None), ("L5", "true")]:
        style = odftext.ListStyle(name=name)
        level = odftext.ListLevelStyleNumber(level=1, numformat="a", numsuffix=")")
        if sync:
            level.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:style:1.0", "num-letter-sync", sync)
        style.addElement(level)
        document.automaticstyles.addElement(style)

    bullets = odftext.List(stylename="L2")
    for text in ["первый", "второй"]:
        item = odftext.ListItem()
        item.addElement(odftext.P(text=text))
        bullets.addElement(item)
    document.text.addElement(bullets)

    # 1. / header (no number) / 2. with a sublist a) and a sub-sublist (2.a.1)
    numbered = odftext.List(stylename="L3")
    item = odftext.ListItem()
    item.addElement(odftext.P(text="один"))
    numbered.addElement(item)
    header = odftext.ListHeader()
    header.addElement(odftext.P(text="заголовок списка"))
    numbered.addElement(header)
    item = odftext.ListItem()
    item.addElement(odftext.P(text="два"))
    item.addElement(odftext.P(text="второй абзац пункта"))
    sub = odftext.List()
    sub_item = odftext.ListItem()
    sub_item.addElement(odftext.P(text="подпункт"))
    subsub = odftext.List()
    subsub_item = odftext.ListItem()
    subsub_item.addElement(odftext.P(text="глубже"))
    subsub.addElement(subsub_item)
    sub_item.addElement(subsub)
    sub.addElement(sub_item)
    item.addElement(sub)
    numbered.addElement(item)
    document.text.addElement(numbered)

    for name in ["L4", "L5"]:  # the 28th letter: «ab)» counted, «bb)» repeated
        letters = odftext.List(stylename=name)
        item = odftext.ListItem()
        item.setAttrNS(TEXTNS, "start-value", "28")
        item.addElement(odftext.P(text="буква"))
        letters.addElement(item)
        document.text.addElement(letters)
    document.save(path)


def hostile_odt(path, fill):
    """A small .odt whose body is @p fill(document)."""
    document = opendocument.OpenDocumentText()
    fill(document)
    document.save(path)


def huge_spaces(document):
    p = odftext.P(text="много пробелов:")
    p.addElement(odftext.S(c=2_000_000_000))
    document.text.addElement(p)


def repeated_rows(document):
    t = odftable.Table(name="Т")
    t.addElement(odftable.TableColumn())
    row = odftable.TableRow(numberrowsrepeated=1_000_000_000)
    row.addElement(odf_cell("строка"))
    t.addElement(row)
    document.text.addElement(t)


# ------------------------------------------------------- hostile archives ----

DOCUMENT_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
DOCUMENT_TAIL = "</w:body></w:document>"


def docx_of(path, document_xml, extra=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in extra:
            z.writestr(name, data)
        z.writestr("word/document.xml", document_xml)


def bomb(path, size, declared=None):
    """word/document.xml inflating to @p size bytes of spaces inside a
    valid document; with @p declared, the headers claim that size instead."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/document.xml", "w") as f:
            f.write(DOCUMENT_HEAD.encode())
            chunk = b" " * (1 << 20)
            left = size - len(DOCUMENT_HEAD) - len(DOCUMENT_TAIL)
            while left > 0:
                f.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
            f.write(DOCUMENT_TAIL.encode())
    if declared is not None:
        lie_about_size(path, "word/document.xml", declared)


def lie_about_size(path, name, declared):
    """Rewrites the uncompressed size of entry @p name in both its local
    header and the central directory (so that they still agree)."""
    data = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    central = data.rfind(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, central + 24, declared)
            break
        central = data.rfind(b"PK\x01\x02", 0, central)
    open(path, "wb").write(bytes(data))


def many_entries(path, count):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for i in range(count):
            z.writestr(f"word/media/e{i}.txt", b"")
        z.writestr("word/document.xml", DOCUMENT_HEAD + DOCUMENT_TAIL)


def billion_laughs(path):
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    doc = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [' + "".join(entities) + "]>\n"
           + DOCUMENT_HEAD.split("\n", 1)[1] + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>" + DOCUMENT_TAIL)
    docx_of(path, doc)


def deep(path, levels):
    doc = (DOCUMENT_HEAD + "<w:tbl><w:tr><w:tc>" * levels + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * levels
           + DOCUMENT_TAIL)
    docx_of(path, doc)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    out = parser.parse_args().out
    os.makedirs(out, exist_ok=True)
    at = lambda name: os.path.join(out, name)

    plan_docx(at("plan.docx"))
    empty_tables_docx(at("empty-tables.docx"))
    plan_odt(at("plan.odt"))
    numbering_docx(at("numbering.docx"))
    lists_odt(at("lists.odt"))

    bomb(at("bomb.docx"), 100 << 20)                         # declares 100 MiB
    bomb(at("lying-bomb.docx"), 80 << 20, declared=4096)     # declares 4 KiB, inflates to 80 MiB
    many_entries(at("many-entries.docx"), 20_000)
    billion_laughs(at("billion-laughs.docx"))
    deep(at("deep.docx"), 100_000)
    data = open(at("plan.docx"), "rb").read()
    open(at("truncated.docx"), "wb").write(data[: len(data) // 2])
    docx_of(at("malformed.docx"), DOCUMENT_HEAD + "<w:p><w:r><w:t>без конца")
    random.seed(13)
    open(at("random.bin"), "wb").write(bytes(random.randrange(256) for _ in range(4096)))
    with zipfile.ZipFile(at("spreadsheet.ods"), "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    with zipfile.ZipFile(at("workbook.xlsx"), "w") as z:
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    hostile_odt(at("huge-spaces.odt"), huge_spaces)
    hostile_odt(at("repeated-rows.odt"), repeated_rows)


if __name__ == "__main__":
    main()
