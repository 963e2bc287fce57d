"""eduroadmap query: filters, output formats and exit statuses, on the bundled
roadmaps with answers a reader of the printed documents would give."""
import csv
import io
import json

BASHMAKOVO = "examples/bashmakovo-2020-2022.yaml"
TOSNO = "examples/tosno-2021.yaml"


def query_json(cli, *args):
    r = cli("query", *args, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def ids(result):
    return sorted(m["id"] for m in result["measures"])


def test_bashmakovo_due_in_september_2021(cli):
    # «Сентябрь ежегодно» (s1/1), «Август-сентябрь, ежегодно» (s1/3), «Ежегодно - сентябрь, май» (s9/9)
    # and the three «Ежеквартально» measures, whose third quarter ends on 30 September.
    result = query_json(cli, BASHMAKOVO, "--due-between", "2021-09-01..2021-09-30")
    assert ids(result) == ["s1/1", "s1/10", "s1/3", "s6/2", "s7/4", "s9/9"]
    assert result["count"] == 6
    assert result["roadmap"] == "bashmakovo-2020-2022"
    assert result["query"] == {"due_between": "2021-09-01..2021-09-30"}
    for m in result["measures"]:
        assert [w["end"] for w in m["windows"]] == ["2021-09-30"]
    first = next(m for m in result["measures"] if m["id"] == "s1/1")
    assert first["deadline"] == {"text": "Сентябрь ежегодно", "kind": "recurring"}
    assert first["windows"] == [{"start": "2021-09-01", "end": "2021-09-30"}]
    # A whole month may be written as YYYY-MM.
    assert ids(query_json(cli, BASHMAKOVO, "--due-between", "2021-09")) == ids(result)


def test_tosno_ko_active_in_the_first_quarter_of_2021(cli):
    result = query_json(cli, TOSNO, "--responsible", "КО", "--active-between", "2021-01-01..2021-03-31")
    # Every КО measure but 4 (no deadline), 7 («Декабрь 2020»), 16 («Август Ежегодно»),
    # 31 («По необходимости»), 64 («2022 год»), 65 («По запросу»), 72 («Июнь-август Ежегодно»).
    assert result["count"] == 52
    got = set(ids(result))
    assert {"4", "7", "16", "31", "64", "65", "72"}.isdisjoint(got)
    assert {"1", "2", "21", "30", "32", "82"} <= got
    for m in result["measures"]:
        assert "ko" in m["responsibles"]["ids"]
    assert ids(query_json(cli, TOSNO, "--responsible", "ko", "--active-between", "2021-Q1")) == ids(result)


def test_overdue_as_of(cli):
    # On 1 March 2021 two Tosno deadlines had passed: «Декабрь 2020» (7) and «Февраль 2021» (1).
    result = query_json(cli, TOSNO, "--overdue-as-of", "2021-03-01")
    assert [m["id"] for m in result["measures"]] == ["7", "1"]
    # On the last day of February, February's deadline is not yet overdue.
    assert [m["id"] for m in query_json(cli, TOSNO, "--overdue-as-of", "2021-02-28")["measures"]] == ["7"]


def test_direction_stage_status_and_text(cli):
    talents = query_json(cli, TOSNO, "--direction", "talents")
    assert ids(talents) == sorted([str(n) for n in range(53, 67)], key=str)
    assert {m["direction"]["code"] for m in talents["measures"]} == {"1.3"}
    assert ids(query_json(cli, TOSNO, "--direction", "1.3")) == ids(talents)
    analysis = query_json(cli, TOSNO, "--stage", "analysis")
    assert analysis["count"] > 0 and all(m["stage"]["name"] == "analysis" for m in analysis["measures"])
    assert query_json(cli, TOSNO, "--status", "done")["count"] == 0  # the plan records no execution
    pisa = query_json(cli, TOSNO, "--text", "pisa")
    assert ids(pisa) == ["12", "4"]


def test_group_by_responsible_is_the_monthly_workload(cli):
    result = query_json(cli, TOSNO, "--responsible", "КО", "--active-between", "2021-Q1", "--group-by",
                        "responsible")
    assert [(g["key"], g["period"], len(g["due"])) for g in result["groups"]] == [
        ("ko", "2021-01", 0), ("ko", "2021-02", 1), ("ko", "2021-03", 4)]
    assert result["groups"][1]["due"] == ["1"]  # «Февраль 2021»


def test_group_by_direction_counts_per_quarter(cli):
    # Direction 1.1 of Bashmakovo, due in the third quarter of 2021: «Сентябрь ежегодно» (1),
    # «Июль ежегодно» (2), «Август-сентябрь, ежегодно» (3), «Ежеквартально» (10), «Ежегодно, июль-август» (13).
    result = query_json(cli, BASHMAKOVO, "--due-between", "2021", "--group-by", "direction")
    q3 = [g for g in result["groups"] if g["key"] == "1.1" and g["period"] == "2021-Q3"]
    assert len(q3) == 1 and sorted(q3[0]["due"]) == ["s1/1", "s1/10", "s1/13", "s1/2", "s1/3"]
    assert {g["period"] for g in result["groups"]} == {"2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"}


def test_csv_output(cli):
    r = cli("query", BASHMAKOVO, "--due-between", "2021-09", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "id,number,section,direction,title,responsibles,responsible_ids,stage," \
                                       "status,deadline,kind,windows"
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert sorted(row["id"] for row in rows) == ["s1/1", "s1/10", "s1/3", "s6/2", "s7/4", "s9/9"]
    row = next(row for row in rows if row["id"] == "s1/1")
    assert row["deadline"] == "Сентябрь ежегодно"
    assert row["windows"] == "2021-09-01..2021-09-30"
    assert row["responsible_ids"] == "otdel-obrazovaniya obrazovatelnye-organizatsii"
    assert row["title"].startswith("Разработка и утверждение Плана-графика («дорожной карты»)")


def test_text_output(cli):
    r = cli("query", BASHMAKOVO, "--due-between", "2021-09", "--lang", "en")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["id", "windows", "responsibles", "measure"]
    assert lines[-1] == "measures: 6"
    assert any(line.startswith("s9/9 ") and "2021-09-01..2021-09-30" in line for line in lines)
    ru = cli("query", BASHMAKOVO, "--due-between", "2021-09", "--lang", "ru")
    assert ru.stdout.splitlines()[-1] == "мероприятий: 6"


def test_standard_input(cli, root):
    text = (root / BASHMAKOVO).read_text(encoding="utf-8")
    r = cli("query", "-", "--due-between", "2021-09", "--format", "json", input=text)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["count"] == 6


def test_bad_invocations_exit_2(cli):
    for args in (["--due-between", "2021-09-31"], ["--active-between", "2021-03-01..2021-02-01"],
                 ["--overdue-as-of", "вчера"], ["--stage", "анализ"], ["--group-by", "year"],
                 ["--format", "xml"]):
        r = cli("query", BASHMAKOVO, *args)
        assert r.returncode == 2, args
        assert r.stdout == ""


def test_a_broken_roadmap_is_not_queried(cli, tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text("schema: eduroadmap/1\nid: b\ntitle: T\nperiod: 2021\nsectons: []\n", encoding="utf-8")
    r = cli("query", p, "--lang", "en")
    assert r.returncode == 1
    assert r.stdout == ""
    assert "unknown-field" in r.stderr
