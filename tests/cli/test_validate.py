"""eduroadmap validate: exit codes, the JSON report contract, text output, paths."""
import json

import pytest

MINIMAL = """schema: eduroadmap/1
id: t
title: T
period: 2021
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: "1."
        title: Мониторинг
        deadline: Ежегодно
        responsibles: КО
        result: Отчёт
"""


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_json_report_follows_the_contract(cli, root):
    r = cli("validate", "--format", "json", root / "examples" / "tosno-2021.yaml")
    assert r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    assert set(report) >= {"files", "summary"}
    (f,) = report["files"]
    assert f["path"].endswith("tosno-2021.yaml")
    assert set(f) >= {"path", "errors", "warnings", "infos", "diagnostics"}
    for d in f["diagnostics"]:
        assert set(d) >= {"rule", "severity", "message", "line", "column", "path", "hint"}
        assert d["severity"] in ("error", "warning", "info")
        assert d["line"] >= 1 and d["column"] >= 1
    counts = {s: sum(d["severity"] == s for d in f["diagnostics"]) for s in ("error", "warning", "info")}
    assert (f["errors"], f["warnings"], f["infos"]) == (counts["error"], counts["warning"], counts["info"])
    assert report["summary"] == {"files": 1, "errors": f["errors"], "warnings": f["warnings"], "infos": f["infos"],
                                 "groups": len(f["groups"])}
    assert sum(g["count"] for g in f["groups"]) == len(f["diagnostics"])
    assert r.returncode == (1 if f["errors"] else 0)


def test_every_example_loads_without_structural_errors(cli, root):
    r = cli("validate", "--format", "json", root / "examples")
    report = json.loads(r.stdout)
    assert report["summary"]["files"] >= 5
    structural = {"yaml-syntax", "duplicate-key", "unknown-field", "missing-field", "wrong-type",
                  "period-invalid", "input-limit"}
    found = [(f["path"], d["rule"], d["line"]) for f in report["files"] for d in f["diagnostics"]
             if d["rule"] in structural]
    assert found == []


def test_clean_file_exits_zero(cli, tmp_path):
    r = cli("validate", write(tmp_path, "ok.yaml", MINIMAL))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 errors" in r.stdout


def test_syntax_error_has_line_and_column(cli, tmp_path):
    p = write(tmp_path, "bad.yaml", "schema: eduroadmap/1\nid: x\ntitle: a: b\n")
    r = cli("validate", "--format", "json", p)
    assert r.returncode == 1
    (d,) = json.loads(r.stdout)["files"][0]["diagnostics"]
    assert (d["rule"], d["line"], d["column"]) == ("yaml-syntax", 3, 9)


def test_duplicate_key_is_an_error_at_the_second_occurrence(cli, tmp_path):
    p = write(tmp_path, "dup.yaml", MINIMAL.replace("title: T\n", "title: T\ntitle: U\n"))
    r = cli("validate", "--format", "json", p)
    assert r.returncode == 1
    dups = [d for d in json.loads(r.stdout)["files"][0]["diagnostics"] if d["rule"] == "duplicate-key"]
    assert [(d["line"], d["column"]) for d in dups] == [(4, 1)]


def test_text_format_is_compiler_like_with_caret_and_hint(cli, tmp_path):
    p = write(tmp_path, "typo.yaml", MINIMAL.replace("title: T", "titel: T"))
    r = cli("validate", "--lang", "en", p)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    first = next(l for l in lines if "[unknown-field]" in l)
    assert first == f"{p}:3:1: error: unknown field 'titel' in roadmap [unknown-field]"
    i = lines.index(first)
    assert lines[i + 1] == "    titel: T"
    assert lines[i + 2] == "    ^"
    assert lines[i + 3] == "    hint: did you mean 'title'?"
    assert lines[-1].startswith("1 file checked: 2 errors")


def test_russian_messages(cli, tmp_path):
    p = write(tmp_path, "typo.yaml", MINIMAL.replace("title: T", "titel: T"))
    r = cli("validate", "--lang", "ru", p)
    assert "неизвестное поле «titel»" in r.stdout
    assert "проверено файлов: 1" in r.stdout
    r = cli("validate", p, env={"LANG": "ru_RU.UTF-8"})
    assert "неизвестное поле «titel»" in r.stdout


def test_strict_fails_on_warnings(cli, tmp_path):
    p = write(tmp_path, "warn.yaml", MINIMAL.replace("deadline: Ежегодно", 'deadline: ""'))
    assert cli("validate", p).returncode == 0
    r = cli("validate", "--strict", p)
    assert r.returncode == 1
    assert "[deadline-missing]" in r.stdout


def test_directories_are_searched_recursively_in_sorted_order(cli, tmp_path):
    (tmp_path / "b").mkdir()
    write(tmp_path / "b", "z.yml", MINIMAL)
    write(tmp_path, "a.yaml", MINIMAL)
    write(tmp_path, "notes.txt", "not a roadmap")
    r = cli("validate", "--format", "json", tmp_path)
    paths = [f["path"] for f in json.loads(r.stdout)["files"]]
    assert paths == [str(tmp_path / "a.yaml"), str(tmp_path / "b" / "z.yml")]


def test_standard_input(cli):
    r = cli("validate", "--format", "json", "-", input=MINIMAL)
    assert r.returncode == 0
    assert json.loads(r.stdout)["files"][0]["path"] == "-"


@pytest.mark.parametrize("args", [
    ("validate", "/no/such/file.yaml"),
    ("validate", "--format", "xml", "examples"),
    ("validate",),
    ("frobnicate",),
])
def test_bad_invocation_exits_two(cli, args):
    assert cli(*args).returncode == 2


@pytest.mark.parametrize("text", [",", ",{", "!2", "&x [*x]", "[" * 100000, "\xff"])
def test_hostile_input_is_a_finding_not_a_crash(cli, tmp_path, text):
    p = tmp_path / "h.yaml"
    p.write_bytes(text.encode("utf-8", "surrogateescape") if text != "\xff" else b"a: \xff\n")
    r = cli("validate", "--format", "json", p)
    assert r.returncode == 1, r.stderr
    diags = json.loads(r.stdout)["files"][0]["diagnostics"]
    assert diags and diags[0]["rule"] in ("yaml-syntax", "input-limit")
