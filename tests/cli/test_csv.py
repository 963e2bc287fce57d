"""One CSV dialect for every command that writes CSV (RFC 4180): fields
quoted when they hold a comma, a quote, a CR or an LF, quotes doubled, CRLF
after every row; --bom puts the UTF-8 byte-order mark first (for Excel)."""
import csv
import io
import json

import pytest

# Cells that need quoting: a comma, quotes, a line break, a carriage return.
TRICKY_TITLE = 'Мониторинг ВПР, «ОО» и "школ"\nвторая строка\rпосле CR'
TRICKY_RESULT = 'Охват не менее 20% педагогов, "учителей"\nи ОО'

ROADMAP = f"""schema: eduroadmap/1
id: csv-plan
title: T
period: 2021
responsibles:
  - {{id: ko, short: КО, full: "Комитет образования, район"}}
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: "1"
        title: {json.dumps(TRICKY_TITLE, ensure_ascii=False)}
        deadline: "сентябрь, октябрь"
        responsibles: КО
        indicators: [vpr]
      - number: "2"
        title: Курсы повышения квалификации
        deadline: 2021
        result: {json.dumps(TRICKY_RESULT, ensure_ascii=False)}
indicators:
  - id: vpr
    title: Доля ОО, "объективных"
    direction: "1.1"
    unit: percent
    targets: [{{period: "2021", value: 90}}]
    actuals: [{{date: 2021-06-30, value: 92}}]
"""

COMMANDS = [
    ["query"],
    ["query", "--group-by", "month"],
    ["coverage"],
    ["indicators", "--as-of", "2021-07-01"],
    ["indicators", "--suggest"],
]


@pytest.fixture
def roadmap(tmp_path):
    p = tmp_path / "plan.yaml"
    p.write_text(ROADMAP, encoding="utf-8")
    return p


def csv_of(cli, roadmap, command, *extra):
    r = cli(command[0], roadmap, *command[1:], "--format", "csv", *extra, raw=True)
    assert r.returncode == 0, r.stderr
    return r.stdout.decode("utf-8")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_writes_the_one_dialect(cli, roadmap, command):
    text = csv_of(cli, roadmap, command)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) >= 2 and all(len(row) == len(rows[0]) for row in rows)
    # Written again by an independent RFC 4180 writer, the rows give the same bytes.
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    assert again.getvalue() == text
    assert text.endswith("\r\n") and not text.startswith("\ufeff")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_bom_puts_the_byte_order_mark_first(cli, roadmap, command):
    plain = csv_of(cli, roadmap, command)
    assert csv_of(cli, roadmap, command, "--bom") == "\ufeff" + plain


def test_cells_with_commas_quotes_and_line_breaks_come_back_whole(cli, roadmap):
    rows = list(csv.DictReader(io.StringIO(csv_of(cli, roadmap, ["query"]), newline="")))
    assert [row["title"] for row in rows] == [TRICKY_TITLE, "Курсы повышения квалификации"]
    assert rows[0]["deadline"] == "сентябрь, октябрь"
    suggested = list(csv.DictReader(io.StringIO(csv_of(cli, roadmap, ["indicators", "--suggest"]), newline="")))
    assert [row["text"] for row in suggested] == [TRICKY_RESULT]


@pytest.mark.parametrize("command", ["query", "coverage", "indicators"])
def test_bom_without_csv_is_a_bad_invocation(cli, roadmap, command):
    r = cli(command, roadmap, "--bom")
    assert r.returncode == 2
    assert "--bom applies to --format csv only" in r.stderr
