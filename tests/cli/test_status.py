"""eduroadmap status FILE --as-of DATE [--quarter YYYYQn]: the execution of
a plan on a date, in text, JSON, CSV and HTML; bad dates and quarters. The plan is
tests/fixtures/status/quarterly.yaml (its header lists the measures)."""
import csv
import io
import json

import pytest

PLAN = "tests/fixtures/status/quarterly.yaml"


def test_json_on_the_last_and_the_first_day(cli):
    last = json.loads(cli("status", PLAN, "--as-of", "2021-03-31", "--format", "json").stdout)
    analysis = last["measures"][0]
    assert (analysis["execution"], analysis["due"]) == ("in_progress", 0)
    after = json.loads(cli("status", PLAN, "--as-of", "2021-04-01", "--format", "json").stdout)
    analysis = after["measures"][0]
    assert (analysis["execution"], analysis["due"], analysis["overdue"]) == ("overdue", 1, 1)
    monitoring = after["measures"][1]
    assert [o["execution"] for o in monitoring["occurrences"]] == ["done", "in_progress", "upcoming"]
    assert monitoring["occurrences"][0]["mark"] == {"date": "2021-03-20", "status": "done",
                                                    "note": "Справка за I квартал", "occurrence": None,
                                                    "evidence": None}
    assert [m["execution"] for m in after["measures"]] == ["overdue", "in_progress", "done", "cancelled", "no_date",
                                                           "cancelled", "upcoming"]
    assert after["total"] == {"key": None, "label": "", "measures": 7, "due": 2, "due_done": 1, "share_done": 0.5,
                              "done": 2, "overdue": 1, "in_progress": 1, "upcoming": 3, "cancelled": 2,
                              "no_date": 1}
    assert [t["key"] for t in after["responsibles"]] == ["ko", "oo", None]
    assert after["responsibles"][2]["label"] == "Школа №1"
    assert [t["key"] for t in after["directions"]] == ["1.1", "1.2"]


def test_a_late_report_counts_in_the_occurrence_it_falls_in(cli):
    j = json.loads(cli("status", PLAN, "--as-of", "2021-07-05", "--format", "json").stdout)
    occurrences = j["measures"][1]["occurrences"]
    assert [(o["start"], o["execution"]) for o in occurrences] == [
        ("2021-01-01", "done"), ("2021-04-01", "overdue"), ("2021-07-01", "done"), ("2021-10-01", "upcoming")]
    assert occurrences[2]["mark"]["note"] == "Справка за II квартал"


def test_an_entry_that_names_its_occurrence(cli, tmp_path, root):
    named = tmp_path / "named.yaml"
    named.write_text((root / PLAN).read_text(encoding="utf-8").replace(
        "{date: 2021-07-05, status: done, note: Справка за II квартал}",
        "{date: 2021-07-05, status: done, note: Справка за II квартал, occurrence: 2021-Q2, "
        "evidence: 'https://example.org/q2'}"), encoding="utf-8")
    j = json.loads(cli("status", named, "--as-of", "2021-07-05", "--format", "json").stdout)
    occurrences = j["measures"][1]["occurrences"]
    assert [o["execution"] for o in occurrences] == ["done", "done", "in_progress", "upcoming"]
    assert occurrences[1]["mark"]["occurrence"] == "2021-Q2"
    assert occurrences[1]["mark"]["evidence"] == "https://example.org/q2"


def test_quarter_defaults_to_the_day_after_it(cli):
    j = json.loads(cli("status", PLAN, "--quarter", "2021Q1", "--format", "json").stdout)
    assert j["as_of"] == "2021-04-01"
    assert j["due_in"] == {"start": "2021-01-01", "end": "2021-03-31"}
    # «1.» is numbered in both sections: its id is qualified by the section.
    assert [m["id"] for m in j["measures"]] == ["s1/1", "2", "6"]
    assert j["total"]["share_done"] == 0.5
    assert j["total"]["cancelled"] == 1


def test_text(cli):
    r = cli("status", PLAN, "--as-of", "2021-04-01", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Execution of status-test as of 2021-04-01\n")
    assert "Measures 7; due 2, done 1 (50%); overdue 1, in progress 1, upcoming 3, cancelled 2, no date 1" in r.stdout
    assert "2021-01-01..2021-03-31 done — 2021-03-20 done: Справка за I квартал\n" in r.stdout


def test_csv(cli):
    r = cli("status", PLAN, "--as-of", "2021-04-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["execution"] for row in rows] == ["overdue", "in_progress", "done", "cancelled", "no_date",
                                                  "cancelled", "upcoming"]
    assert rows[1]["responsibles"] == "ko oo"
    assert rows[1]["marks"] == "2021-03-20 done Справка за I квартал"


def test_html(cli):
    r = cli("status", PLAN, "--as-of", "2021-04-01", "--format", "html", "--lang", "en")
    assert r.returncode == 0, r.stderr
    page = r.stdout
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    j = json.loads(cli("status", PLAN, "--as-of", "2021-04-01", "--format", "json").stdout)
    overdue = sum(o["execution"] == "overdue" for m in j["measures"] for o in m["occurrences"])
    assert page.count('<tr class="erm-status-overdue">') == overdue == 1
    assert page.count("<tr data-execution=") == len(j["measures"])
    assert page.count("<tr data-key=") == len(j["directions"]) + len(j["responsibles"])
    assert f"{PLAN}</p>" in page


def test_html_quarter(cli):
    r = cli("status", PLAN, "--quarter", "2021Q1", "--format", "html", "--lang", "ru")
    assert r.returncode == 0, r.stderr
    assert "Не выполнено в срок (1)" in r.stdout
    assert r.stdout.count("<tr data-execution=") == 3


@pytest.mark.parametrize("args", [
    ("--as-of", "2021-02-30"),
    ("--quarter", "2021Q5"),
    (),
    ("--as-of", "2021-04-01", "--bom"),
    ("--as-of", "2021-04-01", "--format", "html", "--bom"),
])
def test_bad_invocation(cli, args):
    r = cli("status", PLAN, *args)
    assert r.returncode == 2
    assert r.stdout == ""
