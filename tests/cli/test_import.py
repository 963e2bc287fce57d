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
