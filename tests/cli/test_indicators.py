"""eduroadmap indicators: progress as of a date, and suggested indicators."""
import csv
import io
import json

import pytest
import yaml

ROADMAP = """schema: eduroadmap/1
id: ind
title: T
period: 2021-2022
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - {number: "1", title: Мониторинг ВПР, indicators: [vpr, report]}
indicators:
  - id: vpr
    title: Доля ОО с объективными результатами ВПР
    direction: "1.1"
    unit: percent
    baseline: {value: 80, date: 2021-01-01}
    targets: [{period: "2021", value: 90}, {period: "2022", value: 100}]
    actuals: [{date: 2021-06-30, value: 92}]
  - id: shnor
    title: Доля школ с низкими результатами
    unit: percent
    comparator: "<="
    baseline: {value: 20, date: 2021-01-01}
    targets: [{period: "2022", value: 10}]
    actuals: [{date: 2022-01-10, value: 15}]
  - id: report
    title: Аналитический отчёт опубликован
    unit: boolean
    comparator: "="
    targets: [{period: "2021", value: true}]
"""


@pytest.fixture
def roadmap(tmp_path):
    p = tmp_path / "ind.yaml"
    p.write_text(ROADMAP, encoding="utf-8")
    return p


def test_json_progress(cli, roadmap):
    r = cli("indicators", "--as-of", "2022-02-01", "--format", "json", roadmap)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["as_of"] == "2022-02-01"
    by_id = {i["id"]: i for i in report["indicators"]}
    vpr = by_id["vpr"]
    assert vpr["target"]["period"] == "2022" and vpr["target"]["value"] == 100
    assert vpr["latest"] == {"date": "2021-06-30", "value": 92}
    assert vpr["share"] == pytest.approx(0.6)  # (92 - 80) / (100 - 80)
    assert vpr["status"] == "on_track"
    shnor = by_id["shnor"]
    assert shnor["status"] == "behind" and shnor["share"] == pytest.approx(0.5)
    # Its year is over and nothing was ever measured: no data, not a judgement.
    assert by_id["report"]["status"] == "no_data"
    assert by_id["report"]["target"]["period"] == "2021"
    assert by_id["report"]["latest"] is None


def test_no_actuals_is_no_data_while_the_period_runs(cli, roadmap):
    r = cli("indicators", "--as-of", "2021-03-01", "--format", "json", roadmap)
    by_id = {i["id"]: i for i in json.loads(r.stdout)["indicators"]}
    assert by_id["report"]["status"] == "no_data"
    assert by_id["vpr"]["status"] == "no_data"  # the first actual is dated 2021-06-30


def test_csv_and_text(cli, roadmap):
    r = cli("indicators", "--as-of", "2021-07-01", "--format", "csv", roadmap)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["id"] for row in rows] == ["vpr", "shnor", "report"]
    assert rows[0]["status"] == "achieved" and rows[0]["target"] == "90"
    text = cli("indicators", "--as-of", "2021-07-01", "--lang", "en", roadmap).stdout
    assert "Indicators as of 2021-07-01" in text
    assert "vpr [achieved]" in text and "reached 120%" in text


def test_suggestions_from_expected_results(cli, root):
    r = cli("indicators", "--suggest", root / "examples" / "bashmakovo-2020-2022.yaml")
    assert r.returncode == 0, r.stderr
    doc = yaml.safe_load(r.stdout)
    by_title = {i["title"]: i for i in doc["indicators"]}
    teachers = by_title["Охват не менее 20% педагогов"]
    assert teachers == {"id": "s5-3-result", "title": "Охват не менее 20% педагогов", "direction": "2.1",
                        "unit": "percent", "comparator": ">=", "targets": [{"period": "2020-2022", "value": 20}]}
    assert by_title["Наличие протокола совещания"]["unit"] == "boolean"
    assert by_title["Наличие протокола совещания"]["targets"][0]["value"] is True
    j = json.loads(cli("indicators", "--suggest", "--format", "json",
                       root / "examples" / "bashmakovo-2020-2022.yaml").stdout)
    two = next(s for s in j["suggestions"] if s["text"] == "Не менее 2-х участников")
    assert two["indicator"]["unit"] == "count" and two["indicator"]["targets"][0]["value"] == 2
    assert two["subject"] == "участников"


MULTI_LINE = """schema: eduroadmap/1
id: multi
title: T
period: 2023/2024
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: "1"
        title: Курсы
        result: "Охват не менее 20%\\nпедагогов, \\"учителей\\"\\r\\nи ОО: #1"
      - number: "2"
        title: Протокол
        result: |
          Наличие протокола
          # не комментарий: «кавычки», 'апострофы', - дефис
"""


def test_suggested_yaml_keeps_multi_line_cells_valid(cli, tmp_path):
    plan = tmp_path / "multi.yaml"
    plan.write_text(MULTI_LINE, encoding="utf-8")
    r = cli("indicators", "--suggest", plan)
    assert r.returncode == 0, r.stderr
    printed = yaml.safe_load(r.stdout)["indicators"]  # an independent YAML reader
    suggestions = json.loads(cli("indicators", "--suggest", "--format", "json", plan).stdout)["suggestions"]
    assert "\n" in suggestions[0]["matched"]  # the measure's comment had a line break to keep off
    assert len(printed) == len(suggestions) == 2
    for definition, suggestion in zip(printed, suggestions):
        assert definition == suggestion["indicator"]
    # Pasted into the roadmap it came from, it loads.
    pasted = tmp_path / "pasted.yaml"
    pasted.write_text(MULTI_LINE + r.stdout, encoding="utf-8")
    assert cli("export", "--format", "json", pasted).returncode == 0


def test_bad_date_exits_two(cli, roadmap):
    assert cli("indicators", "--as-of", "01.02.2022", roadmap).returncode == 2


def test_validate_catalog_option(cli, root):
    tosno = root / "examples" / "tosno-2021.yaml"
    r = cli("validate", "--format", "json", "--catalog", "lenobl-2021", tosno)
    diags = json.loads(r.stdout)["files"][0]["diagnostics"]
    missing = [d for d in diags if d["rule"] == "direction-missing"]
    assert any("3.1" in d["message"] for d in missing)
    assert cli("validate", "--catalog", "nonsense", tosno).returncode == 2
