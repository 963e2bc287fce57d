"""eduroadmap calendar: the iCalendar file read back with an independent
parser (Debian's python3-icalendar), and its RFC 5545 form checked byte by byte."""
import datetime
import json
import urllib.parse

import pytest

icalendar = pytest.importorskip("icalendar")

BASHMAKOVO = "examples/bashmakovo-2020-2022.yaml"
TOSNO = "examples/tosno-2021.yaml"


def export(cli, tmp_path, *args, roadmap=BASHMAKOVO):
    out = tmp_path / "plan.ics"
    r = cli("calendar", roadmap, "-o", out, *args)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def measures(cli, roadmap, *args):
    r = cli("query", roadmap, "--format", "json", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["measures"]


def events(data):
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def iso(d):
    return datetime.date.fromisoformat(d)


def test_one_event_per_window_read_back(cli, tmp_path):
    data = export(cli, tmp_path)
    evs = events(data)
    expected = measures(cli, BASHMAKOVO)
    assert len(evs) == sum(len(m["windows"]) for m in expected)
    by_uid = {str(e["UID"]): e for e in evs}
    assert len(by_uid) == len(evs)  # UIDs are unique
    for m in expected:
        for w in m["windows"]:
            uid = "{}.{}-{}@bashmakovo-2020-2022.eduroadmap".format(
                urllib.parse.quote(m["id"], safe="-_."), w["start"].replace("-", ""), w["end"].replace("-", ""))
            e = by_uid[uid]
            start, end = e.decoded("DTSTART"), e.decoded("DTEND")
            assert isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)  # all-day
            assert start == iso(w["start"])
            assert end == iso(w["end"]) + datetime.timedelta(days=1)  # DTEND is exclusive
            assert str(e["SUMMARY"]) == " ".join(m["title"].split())
            description = str(e["DESCRIPTION"])
            assert "Направление: " + m["direction"]["code"] + " " + m["direction"]["title"] in description
            assert "Ответственные: " + m["responsibles"]["text"] in description
            assert "Ожидаемый результат: " + m["result"] in description
            assert "Срок: " + m["deadline"]["text"] in description
            # python3-icalendar 4.0.3 splits CATEGORIES at every comma, even an escaped one; joined back,
            # the text is the direction's title (the raw line is checked in test_rfc5545_form).
            assert ",".join(str(c) for c in e["CATEGORIES"].cats) == m["direction"]["title"]


def test_what_a_reader_expects_for_one_measure(cli, tmp_path):
    # Bashmakovo 1. «Разработка и утверждение Плана-графика …», «Сентябрь ежегодно», 2020–2022: three Septembers.
    evs = [e for e in events(export(cli, tmp_path)) if str(e["UID"]).startswith("s1%2F1.20")]
    assert [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in evs] == [
        (datetime.date(y, 9, 1), datetime.date(y, 10, 1)) for y in (2020, 2021, 2022)]
    assert str(evs[0]["SUMMARY"]).startswith("Разработка и утверждение Плана-графика («дорожной карты»)")
    assert "Отдел образования, образовательные организации" in str(evs[0]["DESCRIPTION"])


def test_rfc5545_form(cli, tmp_path):
    data = export(cli, tmp_path)
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a UTF-8 sequence
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
    assert unfolded[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert "CATEGORIES:Система выявления\\, поддержки и развития способностей и талантов у детей и молодежи" \
        in unfolded
    assert sum(1 for line in lines if line.startswith(b" ")) > 0  # long lines were folded


def test_same_input_same_file_and_uids(cli, tmp_path):
    first = export(cli, tmp_path)
    second = export(cli, tmp_path)
    assert first == second
    r = cli("calendar", BASHMAKOVO)  # to standard output
    assert r.returncode == 0
    assert r.stdout.replace("\n", "\r\n").encode("utf-8") == first  # text mode read CRLF as LF


def test_filters_by_responsible_and_direction(cli, tmp_path):
    evs = events(export(cli, tmp_path, "--responsible", "КО", roadmap=TOSNO))
    assert len(evs) == sum(len(m["windows"]) for m in measures(cli, TOSNO, "--responsible", "КО"))
    assert all("КО" in str(e["DESCRIPTION"]) for e in evs)
    talents = events(export(cli, tmp_path, "--direction", "1.3", roadmap=TOSNO))
    assert talents and all(str(e["DESCRIPTION"]).startswith("Направление: 1.3 ") for e in talents)
    assert len(talents) < len(events(export(cli, tmp_path, roadmap=TOSNO)))
