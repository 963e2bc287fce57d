"""eduroadmap coverage: the directions × stages matrix in text, JSON and CSV."""
import csv
import io
import json

import pytest

TOSNO = "examples/tosno-2021.yaml"


def rows_by_code(report):
    return {r["direction"]: r for r in report["rows"] if r["direction"]}


def test_json_matrix_of_tosno(cli):
    r = cli("coverage", "--format", "json", TOSNO)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["catalog"] == "fioko-2020"
    assert report["required_stages"] == ["monitoring", "analysis", "recommendations", "decisions", "review"]
    matches = [(s["index"], s["match"], s["direction"]) for s in report["sections"]]
    assert matches[0] == (0, "extra", None)
    assert matches[1] == (1, "exact-title", "1.1")
    assert [m[2] for m in matches] == [None, "1.1", "2.2", "2.3", "1.2", "1.3", "1.4", "2.5"]
    rows = rows_by_code(report)
    # No section for objectivity (2.1) and methodical work (2.4).
    assert rows["2.1"]["sections"] == [] and rows["2.4"]["sections"] == []
    assert rows["1.1"]["sections"] == [1] and rows["1.1"]["measures"] == 19
    recs = rows["1.1"]["stages"]["recommendations"]
    assert [m["id"] for m in recs["measures"]] == ["19", "24"]
    assert all(m["inferred"] for m in recs["measures"])
    assert rows["2.5"]["missing"] == ["monitoring", "analysis", "recommendations", "review"]
    # The extra section is a row of its own, after the nine directions.
    extra = [r for r in report["rows"] if r["direction"] is None]
    assert len(extra) == 1 and extra[0]["sections"] == [0]
    assert extra[0]["title"].startswith("Нормативно-правовое обеспечение")


def test_json_cells_say_which_field_and_cue_decided(cli):
    r = cli("coverage", "--format", "json", "examples/timashevsk-2023-2024.yaml")
    assert r.returncode == 0, r.stderr
    rows = rows_by_code(json.loads(r.stdout))
    # 1.3's decisions come from «приказ УО» in the «Форма проведения» column.
    decisions = {m["id"]: m["decided_by"] for m in rows["1.3"]["stages"]["decisions"]["measures"]}
    assert decisions["s5/4"] == {"field": "form", "cue": "приказ"}
    monitoring = rows["2.1"]["stages"]["monitoring"]["measures"]
    assert {"field": "title", "cue": "мониторинг"} in [m["decided_by"] for m in monitoring]


def test_csv_has_a_line_per_row_and_stage(cli):
    r = cli("coverage", "--format", "csv", TOSNO)
    assert r.returncode == 0, r.stderr
    lines = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(lines) == 10 * 9  # nine directions and one extra section, nine stages each
    review = next(l for l in lines if l["direction"] == "1.1" and l["stage"] == "review")
    assert (review["required"], review["covered"], review["measures"]) == ("yes", "no", "")
    monitoring = next(l for l in lines if l["direction"] == "2.2" and l["stage"] == "monitoring")
    assert monitoring["measures"] == "32"


def test_text_lists_sections_and_the_matrix(cli):
    r = cli("coverage", "--lang", "en", TOSNO)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "catalog fioko-2020" in out
    assert "→ 2.2 (keywords 7)" in out
    objectivity = next(l for l in out.splitlines() if l.startswith("2.1 objectivity"))
    assert "no section" in objectivity
    upbringing = next(l for l in out.splitlines() if l.startswith("2.5 upbringing"))
    assert upbringing.endswith("missing: monitoring, analysis, recommendations, review")
    ru = cli("coverage", "--lang", "ru", TOSNO).stdout
    assert "нет раздела" in ru and "каталог fioko-2020" in ru


def test_regional_catalog_adds_a_row(cli):
    r = cli("coverage", "--format", "json", "--catalog", "lenobl-2021", TOSNO)
    assert r.returncode == 0, r.stderr
    rows = rows_by_code(json.loads(r.stdout))
    assert rows["3.1"]["title"] == "Система мониторинга качества дошкольного образования"
    assert rows["3.1"]["sections"] == []
    r = cli("coverage", "--format", "json", "--catalog", "catalogs/lenobl-2021.yaml", TOSNO)
    assert "3.1" in rows_by_code(json.loads(r.stdout))


def test_standard_input(cli, root):
    text = (root / TOSNO).read_text(encoding="utf-8")
    r = cli("coverage", "--format", "json", "-", input=text)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["file"] == "-"


@pytest.mark.parametrize("args", [
    ("coverage",),
    ("coverage", "/no/such/file.yaml"),
    ("coverage", "--catalog", "nonsense", TOSNO),
    ("coverage", "--format", "xml", TOSNO),
])
def test_bad_invocation_exits_two(cli, args):
    r = cli(*args)
    assert r.returncode == 2, r.stdout + r.stderr


def test_a_roadmap_that_does_not_load_exits_one(cli, tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("schema: eduroadmap/1\nid: x\ntitle: a: b\n", encoding="utf-8")
    r = cli("coverage", p)
    assert r.returncode == 1
    assert "yaml-syntax" in r.stderr
