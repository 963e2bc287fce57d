"""eduroadmap import: plan tables saved from Word as text into roadmap YAML."""
import json
import re

import yaml

FIXTURES = "tests/fixtures/import"


def test_import_writes_yaml_that_loads(cli, root, tmp_path):
    out = tmp_path / "plan.yaml"
    r = cli("import", root / FIXTURES / "tab-separated.txt", "-o", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    # export refuses a roadmap that does not load cleanly
    exported = cli("export", "--format", "json", out)
    assert exported.returncode == 0, exported.stderr
    data = json.loads(exported.stdout)
    assert data["id"] == "tab-separated"
    assert data["period"] == "2021-2022"
    assert data["approved_by"]["number"] == "12/3"
    assert [s["title"] for s in data["sections"]] == [
        "Система оценки качества подготовки обучающихся.",
        "Направление «Работа со школами с низкими результатами обучения»",
    ]
    assert [m["number"] for m in data["sections"][0]["measures"]] == ["1.", "2.", "3.", "4."]
    assert [x["short"] for x in data["responsibles"]] == ["УО", "ОО"]
    assert data["import_notes"] == [{"line": 39, "text": "Примечание: план может корректироваться."}]


def test_unplaced_lines_are_reported_with_their_line_numbers(cli, root):
    r = cli("import", root / FIXTURES / "tab-separated.txt")
    assert r.returncode == 0, r.stderr
    assert re.search(r"tab-separated\.txt:39: not placed \(after the last table\): "
                     r"«Примечание: план может корректироваться\.»", r.stderr)
    # the row with surplus cells is pointed out for checking
    assert re.search(r"tab-separated\.txt:24: check: 7 cells under a header of 5", r.stderr)
    assert "6 measures in 2 sections from 1 table (tab-separated, utf-8), 8 rows read" in r.stderr
    assert "1 line not placed (kept under import_notes)" in r.stderr
    doc = yaml.safe_load(r.stdout)
    assert doc["import_notes"][0]["line"] == 39


def test_one_cell_per_line_layout(cli, root):
    r = cli("import", root / FIXTURES / "cell-per-line.txt")
    assert r.returncode == 0, r.stderr
    doc = yaml.safe_load(r.stdout)
    assert doc["period"] == "2023/2024"
    groups = doc["sections"][0]["groups"]
    assert [g["number"] for g in groups] == ["I", "II"]
    first = groups[0]["measures"][0]
    assert first["deadline"] == "сентябрь\nежегодно"
    assert first["responsibles"] == "УО\nОО"
    assert [n["line"] for n in doc["import_notes"]] == [41, 42]
    assert "(cell-per-line, utf-8)" in r.stderr


def test_standard_input_and_options(cli, root):
    text = (root / FIXTURES / "headings.txt").read_text(encoding="utf-8")
    r = cli("import", "-", "--id", "plan-2022", "--period", "2022-2023", input=text)
    assert r.returncode == 0, r.stderr
    doc = yaml.safe_load(r.stdout)
    assert doc["id"] == "plan-2022"
    assert doc["period"] == "2022-2023"
    assert "<stdin>:3: check: the heading «Срки исполнения» was read as «Сроки исполнения»" in r.stderr


def test_a_bad_period_option_writes_nothing(cli, root):
    r = cli("import", root / FIXTURES / "headings.txt", "--period", "2023-2021")
    assert r.returncode == 1
    assert r.stdout == ""
    assert "error: the period «2023-2021» cannot be read" in r.stderr


def test_text_without_a_table_is_refused(cli, root, tmp_path):
    out = tmp_path / "none.yaml"
    r = cli("import", root / FIXTURES / "no-table.txt", "-o", out)
    assert r.returncode == 1
    assert not out.exists()
    assert "error: no plan table found" in r.stderr
    assert "no-table.txt:1: not placed" in r.stderr


def test_a_missing_file_is_a_bad_invocation(cli, tmp_path):
    r = cli("import", tmp_path / "missing.txt")
    assert r.returncode == 2
    assert "missing.txt: cannot open: No such file or directory" in r.stderr


def test_seed_000_imports_every_measure(cli, root, tmp_path):
    source = root / "tests" / "fixtures" / "sources" / "tosno-2021.txt"
    out = tmp_path / "tosno.yaml"
    r = cli("import", source, "-o", out, "--id", "tosno-2021", "--period", "2021-2024")
    assert r.returncode == 0, r.stderr
    data = json.loads(cli("export", "--format", "json", out).stdout)
    assert sum(len(s["measures"]) for s in data["sections"]) == 75
    assert data["approved_by"]["signed_by"] == "В.М. Запорожская"
    assert [x["id"] for x in data["responsibles"]] == ["ko", "oo"]
    # the closing sentence after the glossary is the one line left over
    assert [n["line"] for n in data["import_notes"]] == [196]


def test_imported_roadmap_matches_the_json_schema(cli, root, tmp_path):
    from jsonschema import Draft202012Validator

    out = tmp_path / "plan.yaml"
    assert cli("import", root / FIXTURES / "tab-separated.txt", "-o", out).returncode == 0
    data = json.loads(cli("export", "--format", "json", out).stdout)
    schema = json.loads((root / "schema" / "eduroadmap-1.schema.json").read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert not errors, [e.message for e in errors]
    assert data["import_notes"]


def test_import_notes_of_the_wrong_shape_break_the_schema(root):
    from jsonschema import Draft202012Validator

    schema = json.loads((root / "schema" / "eduroadmap-1.schema.json").read_text(encoding="utf-8"))
    base = {"schema": "eduroadmap/1", "id": "x", "title": "X", "period": "2021", "sections": []}
    validator = Draft202012Validator(schema)
    assert not list(validator.iter_errors(dict(base, import_notes=[{"line": 3, "text": "a"}])))
    for bad in ([{"line": 0, "text": "a"}], [{"line": 3}], [{"line": "3", "text": "a"}],
                [{"line": 3, "text": "a", "page": 1}]):
        assert list(validator.iter_errors(dict(base, import_notes=bad))), bad


def _blocks(text, heading, kind):
    """The ```kind blocks of the docs section that starts with `heading`."""
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    section = text[start:end if end != -1 else len(text)]
    return re.findall(r"^```" + kind + r"\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)


def test_the_worked_examples_in_docs_import_md_are_what_the_command_does(cli, root):
    doc = (root / "docs" / "import.md").read_text(encoding="utf-8")
    for heading, fixture in [("## Worked example: one row per line", "tosno-excerpt.txt"),
                             ("## Worked example: one cell per line", "kachkanar-excerpt.txt")]:
        [shown_input] = _blocks(doc, heading, "text")
        [console] = _blocks(doc, heading, "console")
        [shown_yaml] = _blocks(doc, heading, "yaml")
        path = root / FIXTURES / fixture
        assert shown_input == path.read_text(encoding="utf-8").replace("\t", "→")
        command = console.splitlines()[0]
        assert command.startswith("$ eduroadmap import ")
        args = command[len("$ eduroadmap import "):].split()
        r = cli("import", *args)
        assert r.returncode == 0, r.stderr
        assert r.stdout == shown_yaml
        # the stderr lines shown are the ones printed
        for line in console.splitlines()[1:]:
            assert line in r.stderr.splitlines()


def _plan_docx(path):
    """A small plan as Word writes it: an order, a caption, a table with a
    heading row across it, a glossary and a closing remark after the table."""
    from docx import Document

    document = Document()
    for text in ["УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "ПРИКАЗ", "от 5 сентября 2023 года № 312", "",
                 "План мероприятий на 2023-2024 учебный год", ""]:
        document.add_paragraph(text)
    table = document.add_table(rows=4, cols=4)
    for cell, text in zip(table.rows[0].cells, ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственные лица"]):
        cell.text = text
    heading = table.rows[1].cells[0].merge(table.rows[1].cells[3])
    heading.text = "I. Мероприятия по повышению качества преподавания учебных предметов"
    for row, values in zip(table.rows[2:], [["1.", "Семинар для учителей", "октябрь 2023", "УО"],
                                           ["2.", "Анализ результатов ВПР", "май 2024", "УО, ОО"]]):
        for cell, text in zip(row.cells, values):
            cell.text = text
    document.add_paragraph("")
    document.add_paragraph("Принятые сокращения:")
    document.add_paragraph("УО – управление образования")
    document.add_paragraph("ОО – образовательные организации")
    document.add_paragraph("")
    document.add_paragraph("Лист согласования прилагается")
    document.save(path)


def test_a_word_document_imports_directly(cli, tmp_path):
    plan = tmp_path / "План 2023.docx"
    _plan_docx(plan)
    out = tmp_path / "plan.yaml"
    r = cli("import", plan, "-o", out)
    assert r.returncode == 0, r.stderr
    data = json.loads(cli("export", "--format", "json", out).stdout)
    assert data["id"] == "plan-2023"
    assert data["title"] == "План мероприятий на 2023-2024 учебный год"
    assert data["period"] == "2023/2024"
    assert data["period_source"] == "stated"
    assert data["approved_by"] == {"kind": "приказ", "number": "312", "date": "2023-09-05",
                                   "authority": "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"}
    [section] = data["sections"]
    assert (section["number"], section["title"]) == ("I", "Мероприятия по повышению качества преподавания учебных предметов")
    assert [(m["number"], m["deadline"], m["responsibles"]) for m in section["measures"]] == [
        ("1.", "октябрь 2023", "УО"), ("2.", "май 2024", "УО, ОО")]
    assert [x["short"] for x in data["responsibles"]] == ["УО", "ОО"]
    # the remark after the glossary is kept, located by its paragraph
    [note] = data["import_notes"]
    assert note["text"] == "Лист согласования прилагается"
    assert "line" not in note and note["paragraph"] > 0
    assert re.search(r"План 2023\.docx: paragraph \d+: not placed \(after the last table\): "
                     r"«Лист согласования прилагается»", r.stderr)
    assert "2 measures in 1 section from 1 table (docx), 3 rows read, 2 responsibles, period 2023/2024 (stated); " \
           "1 paragraph or cell not placed (kept under import_notes)" in r.stderr


def test_messages_in_russian(cli, tmp_path):
    plan = tmp_path / "plan.docx"
    _plan_docx(plan)
    r = cli("import", plan, "--lang", "ru")
    assert r.returncode == 0, r.stderr
    assert re.search(r"plan\.docx: абзац \d+: не размещено \(после последней таблицы\): «Лист согласования прилагается»",
                     r.stderr)
    assert "2 мероприятия в 1 разделе из 1 таблицы (docx), 3 строки прочитано" in r.stderr
    # the locale decides when --lang is not given
    r = cli("import", plan, env={"LANG": "ru_RU.UTF-8"})
    assert "не размещено" in r.stderr
    r = cli("import", plan, "--lang", "de")
    assert r.returncode == 2


def test_old_word_rtf_and_pdf_are_asked_to_be_saved_as_docx(cli, tmp_path):
    for name, data in [("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)),
                       ("plan.rtf", b"{\\rtf1\\ansi plan}"), ("plan.pdf", b"%PDF-1.7\n")]:
        path = tmp_path / name
        path.write_bytes(data)
        out = tmp_path / (name + ".yaml")
        r = cli("import", path, "-o", out)
        assert r.returncode == 1, name
        assert not out.exists()
        assert ".docx" in r.stderr and "error:" in r.stderr, r.stderr
        r = cli("import", path, "--lang", "ru")
        assert ".docx" in r.stderr and "ошибка:" in r.stderr


def test_a_text_export_in_windows_1251_or_utf_16(cli, root, tmp_path):
    text = (root / FIXTURES / "tab-separated.txt").read_text(encoding="utf-8")
    original = cli("import", root / FIXTURES / "tab-separated.txt")
    assert original.returncode == 0
    for encoding, name, bom in [("cp1251", "windows-1251", b""), ("utf-16-le", "utf-16le", b"\xff\xfe"),
                                ("utf-16-be", "utf-16be", b"")]:
        path = tmp_path / "tab-separated.txt"
        path.write_bytes(bom + text.encode(encoding))
        r = cli("import", path)
        assert r.returncode == 0, r.stderr
        assert f"(tab-separated, {name})" in r.stderr
        assert r.stdout == original.stdout
