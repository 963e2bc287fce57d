"""eduroadmap report in a real browser: Debian's headless Chromium renders the
report of every bundled roadmap and of all five together; the rendered DOM
holds the expected structure and figures, the page asks nothing of the
network, it prints to A4 PDF pages in a range the plans' sizes give, and a
screenshot is saved into the build directory.

Chromium takes seconds per run, so the runs are few: one DOM dump per report
(the five-plan one also records its network log), one PDF, one screenshot,
and one control page that does request something, to show the network check
can fail."""
import json
import os
import re
import subprocess

from browser import ROOT, Tree, chromium, cli_binary, page_requests, static_references

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
AS_OF = "2021-06-01"


def report(out_dir, name, *files, lang=None):
    path = out_dir / name
    # Paths as a user gives them from the repository's root: the report shows them.
    args = [cli_binary(), "report", *(os.path.relpath(f, ROOT) for f in files), "-o", str(path), "--as-of", AS_OF]
    # Russian unless asked otherwise, whatever the locale the tests run under.
    args += ["--lang", lang or "ru"]
    r = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return path


def validate_groups(path, grouping="rule"):
    """The number of finding groups and of findings `validate --format json` reports for @p path: its rules
    for a page that groups by rule, its groups (findings grouped by cause) for one that groups by cause."""
    r = subprocess.run([cli_binary(), "validate", "--format", "json", str(path)], capture_output=True, text=True,
                       timeout=60, cwd=ROOT)
    [entry] = json.loads(r.stdout)["files"]
    if grouping == "cause":
        return len(entry["groups"]), len(entry["diagnostics"])
    assert grouping == "rule", grouping
    return len({d["rule"] for d in entry["diagnostics"]}), len(entry["diagnostics"])


def check_plan(plan, path):
    """One plan's section of a rendered report."""
    ident = plan.attrs["id"]
    score = plan.by_id(f"{ident}-score")
    [table] = score.find_all("table", "erm-score")
    rows = table.find_all("tbody")[0].find_all("tr")
    assert len(rows) == 9, path
    for row in rows:
        header = row.find_all("th")[0]
        assert header.attrs.get("scope") == "row"
        cells = row.find_all("td")
        assert len(cells) == 10  # nine components and the total
        for cell in cells[:9]:
            points = cell.text().split()[0]
            assert points in ("0", "1", "2")
            assert f"erm-score-p{points}" in cell.classes()
            assert cell.find_all("a")[0].attrs["href"].startswith(f"#{ident}-score-d")
            assert plan.by_id(cell.find_all("a")[0].attrs["href"][1:]) is not None  # the evidence is on the page
    findings = plan.by_id(f"{ident}-findings")
    [summary] = findings.find_all("p", "erm-findings-summary")
    groups, diagnostics = validate_groups(path, summary.attrs["data-grouping"])
    shown = findings.find_all("section", "erm-finding-group")
    assert len(shown) == groups, path
    assert sum(int(g.attrs["data-count"]) for g in shown) == diagnostics
    for part in ("card", "coverage", "timeline", "workload", "indicators"):
        assert plan.by_id(f"{ident}-{part}") is not None, part
    measures = int(plan.by_id(f"{ident}-card").find_all("td")[1].text())
    timeline = plan.by_id(f"{ident}-timeline-svg")
    drawn = [g for g in timeline.find_all("g")]
    assert len(drawn) == measures, path  # every measure a row: no plan is over the cap
    coverage = plan.by_id(f"{ident}-coverage-table")
    assert len(coverage.find_all("thead")[0].find_all("th")) == 11  # direction, nine stages, total
    return rows


def test_each_bundled_roadmap_renders_with_its_figures(out_dir):
    for path in EXAMPLES:
        page = report(out_dir, f"report-{path.stem}.html", path)
        tree = Tree(chromium("--dump-dom", page.as_uri()))
        [html_node] = tree.root.find_all("html")
        assert html_node.attrs["lang"] == "ru"
        assert tree.root.find_all("script") == []
        [plan] = tree.root.find_all("section", "erm-plan")
        rows = check_plan(plan, path)
        if path.stem == "tosno-2021":
            by_code = {r.find_all("th")[0].text().split()[0]: r for r in rows}
            for code in ("2.1", "2.4"):
                cells = by_code[code].find_all("td")
                assert all(c.text().split()[0] == "0" for c in cells[:9])
                assert cells[9].text().startswith("0 / 18")
        for table in tree.root.find_all("table"):
            assert table.find_all("th"), "every table has header cells"
            for th in table.find_all("thead")[0].find_all("th") if table.find_all("thead") else []:
                assert th.attrs.get("scope") == "col"


def test_all_five_compared_offline(out_dir):
    page = report(out_dir, "report-all.html", ROOT / "examples")
    text = page.read_text()
    assert static_references(text) == []
    netlog = out_dir / "report-all.netlog.json"
    tree = Tree(chromium(f"--log-net-log={netlog}", "--dump-dom", page.as_uri()))
    assert {u for u in page_requests(netlog) if not u.startswith(("file:", "data:"))} == set()
    compare = tree.root.by_id("compare")
    rows = compare.find_all("tr", "erm-compare-plan")
    assert len(rows) == len(EXAMPLES) == 5
    plans = tree.root.find_all("section", "erm-plan")
    assert len(plans) == 5
    for row, plan, path in zip(rows, plans, EXAMPLES):
        link = row.find_all("a")[0].attrs["href"]
        assert link == "#" + plan.attrs["id"]
        cells = row.find_all("td")
        assert len(cells) >= 9 + 5  # nine directions, the total, errors, warnings, notes, groups
        check_plan(plan, path)
        shown = plan.find_all("section", "erm-finding-group")
        assert cells[-1].text() == str(len(shown))


def test_the_network_check_catches_a_request(out_dir):
    """Control: a page that loads an image is caught by both checks."""
    page = out_dir / "control.html"
    page.write_text('<!DOCTYPE html><html lang="en"><body><img src="https://example.org/x.png" alt=""></body></html>')
    netlog = out_dir / "control.netlog.json"
    chromium(f"--log-net-log={netlog}", "--dump-dom", page.as_uri())
    assert "https://example.org/x.png" in page_requests(netlog)
    assert static_references(page.read_text())


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_prints_to_a4_pages_in_a_range_the_plans_give(out_dir):
    page = out_dir / "report-all.html"
    if not page.exists():
        page = report(out_dir, "report-all.html", ROOT / "examples")
    pdf = out_dir / "report-all.pdf"
    chromium(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri(), timeout=180)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = pdf_pages(data)
    # At least: the comparison, then per plan the card with the scorecard, and
    # findings, coverage, timeline, workload, indicators each from a new page.
    parts = 6
    least = 1 + parts * len(EXAMPLES)
    # At most: every part of every plan a page, plus a page per 25 timeline
    # rows, per 12 findings, per 3 scored directions' evidence, per 20 coverage or workload rows, generously doubled.
    most = 1
    for path in EXAMPLES:
        text = path.read_text()
        measures = len(re.findall(r"^\s+- .*title:|^\s+title:", text, re.M))
        _, diagnostics = validate_groups(path)
        most += parts + 2 * (measures // 25 + diagnostics // 12 + 9 // 3 + 2)
    assert least <= pages <= most, (least, pages, most)
    # A4 portrait: 595 × 842 points.
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert box and abs(float(box.group(1)) - 595) < 2 and abs(float(box.group(2)) - 842) < 2


def test_screenshot(out_dir):
    page = out_dir / "report-tosno-2021.html"
    if not page.exists():
        page = report(out_dir, "report-tosno-2021.html", ROOT / "examples" / "tosno-2021.yaml")
    shot = out_dir / "report-tosno.png"
    chromium(f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
