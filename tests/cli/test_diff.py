"""eduroadmap diff OLD NEW: two versions of a roadmap compared, in text,
JSON and HTML; exit status 0 when equal, 1 when they differ, 2 on bad input."""
import json
import re

import plan_versions
import pytest

EXAMPLE = plan_versions.BASHMAKOVO


@pytest.fixture
def later(tmp_path, root):
    """A later version of Bashmakovo's plan (plan_versions.revise_bashmakovo) and the measure it removed."""
    data = plan_versions.load(root)
    removed = plan_versions.revise_bashmakovo(data)
    return plan_versions.save(data, tmp_path / "later.yaml"), removed


def test_the_same_file_is_equal(cli):
    r = cli("diff", "--lang", "ru", EXAMPLE, EXAMPLE)
    assert r.returncode == 0, r.stderr
    assert "Планы совпадают." in r.stdout
    j = json.loads(cli("diff", "--format", "json", EXAMPLE, EXAMPLE).stdout)
    assert j["equal"] is True
    assert j["summary"]["unchanged"] == j["before"]["measures"] == 93


def test_a_later_version_gives_exactly_its_changes_in_json(cli, later):
    path, removed = later
    r = cli("diff", "--format", "json", EXAMPLE, path)
    assert r.returncode == 1, r.stderr
    j = json.loads(r.stdout)
    assert j["equal"] is False
    assert j["summary"] == {"added": 1, "removed": 1, "moved": 1, "changed": 3, "renumbered": 0, "unchanged": 88}
    assert [m["title"] for m in j["removed"]] == [removed["title"]]
    assert [m["number"] for m in j["added"]] == ["99."]
    moved = j["moved"][0]
    assert moved["before"]["section"] == 0 and moved["after"]["section"] == 5
    assert moved["before"]["direction"] != moved["after"]["direction"]
    assert moved["changes"] == []
    changes = {c["before"]["number"]: [f["field"] for f in c["changes"]] for c in j["changed"]}
    assert changes == {"2.": ["deadline"], "3.": ["responsibles"], "8.": ["title"]}
    deadline = j["changed"][0]["changes"][0]
    assert (deadline["before"], deadline["after"]) == ("Июль ежегодно", "Август ежегодно")
    assert [w["start"] for w in deadline["windows_after"]] == ["2020-08-01", "2021-08-01", "2022-08-01"]
    assert j["metadata"] == [] and j["registry"] == [] and j["indicators"] == [] and j["sections"] == []


def test_a_later_version_in_text(cli, later):
    path, removed = later
    r = cli("diff", "--lang", "en", EXAMPLE, path)
    assert r.returncode == 1, r.stderr
    out = r.stdout
    assert f"--- {EXAMPLE} (bashmakovo-2020-2022)" in out
    assert "Removed:\n  - 5. «" + removed["title"][:40] in out
    assert "Added:\n  + 99. «Проведение муниципального форума классных руководителей»" in out
    assert "deadline: «Июль ежегодно» (2020-07-01..2020-07-31 +2) → «Август ежегодно» (2020-08-01..2020-08-31 +2)" \
        in out
    assert "Summary: added 1, removed 1, moved 1, changed 3, renumbered 0, unchanged 88" in out


def test_renumbering_is_reported_quietly(cli, root, tmp_path):
    data = plan_versions.load(root)
    third = plan_versions.insert_first(data, 2, "Создание муниципального банка одарённых детей")
    path = plan_versions.save(data, tmp_path / "renumbered.yaml")
    r = cli("diff", "--lang", "ru", EXAMPLE, path)
    assert r.returncode == 1
    lines = [line for line in r.stdout.splitlines() if line.startswith("Перенумерованы:")]
    assert len(lines) == 1
    assert lines[0].startswith("Перенумерованы: 1. → 2., 2. → 3.,")
    j = json.loads(cli("diff", "--format", "json", EXAMPLE, path).stdout)
    assert j["summary"]["added"] == 1
    assert j["summary"]["changed"] == j["summary"]["moved"] == j["summary"]["removed"] == 0
    assert j["summary"]["renumbered"] == len(third) - 1


def test_a_later_version_as_a_page(cli, later):
    path, removed = later
    r = cli("diff", "--format", "html", "--lang", "en", EXAMPLE, path)
    assert r.returncode == 1, r.stderr
    page = r.stdout
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    summary = json.loads(cli("diff", "--format", "json", EXAMPLE, path).stdout)["summary"]
    for kind, count in summary.items():
        assert f'data-count="{kind}">{count}</td>' in page
        assert page.count(f'<tr class="erm-diff-row" data-kind="{kind}">') == (0 if kind == "unchanged" else count)
    assert re.search(r'data-kind="removed">.*?</tr>', page, re.S).group(0).count(removed["title"][:40]) == 1
    assert "<del>Июль ежегодно</del> → <ins>Август ежегодно</ins>" in page
    assert "<del>01.07.2020–31.07.2020, 01.07.2021–31.07.2021, 01.07.2022–31.07.2022</del>" in page
    assert "<script" not in page


def test_the_same_file_as_a_page(cli):
    r = cli("diff", "--format", "html", "--lang", "ru", EXAMPLE, EXAMPLE)
    assert r.returncode == 0, r.stderr
    assert '<html lang="ru">' in r.stdout
    assert "Планы совпадают." in r.stdout
    assert 'data-count="unchanged">93</td>' in r.stdout


@pytest.mark.parametrize("args", [
    ("examples/absent.yaml", EXAMPLE),
    (EXAMPLE, "examples/absent.yaml"),
    (EXAMPLE,),
    (EXAMPLE, EXAMPLE, "--format", "xml"),
])
def test_bad_input_is_exit_2(cli, args):
    r = cli("diff", *args)
    assert r.returncode == 2
    assert r.stdout == ""


def test_a_broken_file_is_exit_2_with_its_findings(cli, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: eduroadmap/1\nid: x\nsections: [\n", encoding="utf-8")
    r = cli("diff", EXAMPLE, broken)
    assert r.returncode == 2
    assert "yaml-syntax" in r.stderr
