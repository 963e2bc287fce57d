"""The pages of a plan over time in a real browser: `diff --format html`
between Bashmakovo's plan and a later version of it (measure 5 removed, a
measure added, measure 11 moved to another direction, three changed), the
report with `--since` and its link, and `status --format html` — rendered in
headless Chromium, the DOM holds what a reader sees: as many rows as the JSON
counts, the renumbering folded, the links resolving within the page, and no
request."""
import json
import subprocess

import plan_versions
import pytest
from browser import ROOT, Tree, chromium, cli_binary, page_requests, static_references

EXAMPLE = plan_versions.BASHMAKOVO
STATUS_PLAN = "tests/fixtures/status/quarterly.yaml"


def run(*args):
    return subprocess.run([cli_binary(), *map(str, args)], capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture(scope="module")
def later(out_dir):
    """The later version tests/cli/test_diff.py compares, with an insertion that renumbers a section too."""
    data = plan_versions.load(ROOT)
    plan_versions.revise_bashmakovo(data)
    plan_versions.insert_first(data, 2, "Создание муниципального банка одарённых детей <1 года>")
    return plan_versions.save(data, out_dir / "bashmakovo-later.yaml")


def rows_of(tree, part_id):
    part = tree.root.by_id(part_id)
    assert part is not None, part_id
    return part.find_all("tr", "erm-diff-row")


def test_the_diff_page_shows_each_change(out_dir, later):
    summary = json.loads(run("diff", "--format", "json", EXAMPLE, later).stdout)["summary"]
    r = run("diff", "--format", "html", "--lang", "ru", EXAMPLE, later)
    assert r.returncode == 1, r.stderr
    page = out_dir / "diff-bashmakovo.html"
    page.write_text(r.stdout, encoding="utf-8")
    assert static_references(r.stdout) == []
    netlog = out_dir / "diff-bashmakovo.netlog.json"
    tree = Tree(chromium(f"--log-net-log={netlog}", "--dump-dom", page.as_uri()))
    assert {u for u in page_requests(netlog) if not u.startswith(("file:", "data:"))} == set()
    assert tree.root.find_all("script") == []

    counts = {td.attrs["data-count"]: int(td.text()) for td in tree.root.by_id("diff-summary").find_all("td")}
    assert counts == summary
    assert summary["added"] == 2 and summary["renumbered"] > 0
    added = rows_of(tree, "diff-added")
    assert len(added) == summary["added"]
    # The title with «<1 года>» reaches the reader as text, not as markup.
    assert any("одарённых детей <1 года>" in row.text() for row in added)
    assert "Проведение муниципального форума классных руководителей" in added[-1].text()
    assert len(rows_of(tree, "diff-removed")) == summary["removed"]
    [moved] = rows_of(tree, "diff-moved")
    assert "раздел:" in moved.text()
    changed = rows_of(tree, "diff-changed")
    assert len(changed) == summary["changed"]
    fields = sorted(li.attrs["data-field"] for row in changed for li in row.find_all("li"))
    assert fields == ["deadline", "responsibles", "title"]
    # Renumbering is folded: a <details> closed by default, with as many rows as renumbered.
    renumbered = tree.root.by_id("diff-renumbered")
    assert renumbered.tag == "details" and "open" not in renumbered.attrs
    assert len(renumbered.find_all("tr", "erm-diff-row")) == summary["renumbered"]
    # Every link of the summary lands on its list.
    for link in tree.root.by_id("diff-summary").find_all("a"):
        assert tree.root.by_id(link.attrs["href"][1:]) is not None


def test_the_report_since_an_earlier_version_links_its_changes(out_dir, later):
    page = out_dir / "report-since.html"
    r = run("report", later, "--since", EXAMPLE, "-o", page, "--as-of", "2021-06-01", "--lang", "en")
    assert r.returncode == 0, r.stderr
    tree = Tree(chromium("--dump-dom", page.as_uri()))
    [plan] = tree.root.find_all("section", "erm-plan")
    links = [a for a in plan.find_all("nav")[0].find_all("a") if a.attrs["href"] == "#plan1-changes"]
    assert [a.text() for a in links] == ["Changes since the previous version"]
    changes = tree.root.by_id("plan1-changes")
    assert changes is not None and changes.find_all("h3")[0].text() == "Changes since the previous version"
    assert len(changes.by_id("plan1-changes-added").find_all("tr", "erm-diff-row")) == 2


def test_the_status_page(out_dir):
    report = json.loads(run("status", STATUS_PLAN, "--as-of", "2021-04-01", "--format", "json").stdout)
    r = run("status", STATUS_PLAN, "--as-of", "2021-04-01", "--format", "html", "--lang", "ru")
    assert r.returncode == 0, r.stderr
    page = out_dir / "status.html"
    page.write_text(r.stdout, encoding="utf-8")
    tree = Tree(chromium("--dump-dom", page.as_uri()))
    directions = tree.root.by_id("status-directions")
    rows = directions.find_all("tbody")[0].find_all("tr")
    assert [row.attrs["data-key"] for row in rows] == [t["key"] for t in report["directions"]]
    total = directions.find_all("tfoot")[0].find_all("td")
    assert [int(total[i].text()) for i in (0, 1, 2)] == [report["total"][k] for k in ("measures", "due", "due_done")]
    assert total[3].text().startswith("50")
    overdue = tree.root.by_id("status-overdue").find_all("tr", "erm-status-overdue")
    assert len(overdue) == sum(o["execution"] == "overdue" for m in report["measures"] for o in m["occurrences"])
    assert "01.03.2021 – 31.03.2021" in overdue[0].text()
