"""eduroadmap score: the management-cycle scorecard in text, JSON, CSV and HTML (docs/score.md)."""
import csv
import html.parser
import io
import json

TOSNO = "examples/tosno-2021.yaml"
BASHMAKOVO = "examples/bashmakovo-2020-2022.yaml"
MODELS = "tests/fixtures/score"


def card_of(cli, *args):
    r = cli("score", "--format", "json", *args)
    assert r.returncode == 0, r.stderr
    files = json.loads(r.stdout)["files"]
    return files


def by_code(card):
    return {d["direction"]: d for d in card["directions"]}


def test_tosno_json_nine_directions_with_points_and_evidence(cli):
    [card] = card_of(cli, TOSNO)
    assert card["file"] == TOSNO and card["roadmap"] == "tosno-2021"
    assert card["model"]["id"] == "fioko-2020"
    assert [c["component"] for c in card["components"]] == [
        "goals", "indicators", "data-collection", "monitoring", "analysis", "recommendations", "measures",
        "decisions", "review"]
    directions = by_code(card)
    assert list(directions) == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"]
    for code in ("2.1", "2.4"):
        d = directions[code]
        assert d["total"] == 0 and d["sections"] == []
        for c in d["components"]:
            assert c["points"] == 0 and c["evidence"] == []
            assert c["reason"]["id"] == "no-section"
            assert "no section" in c["reason"]["en"] and "нет раздела" in c["reason"]["ru"]
    for d in card["directions"]:
        assert len(d["components"]) == 9
        assert d["total"] == sum(c["weighted"] for c in d["components"])
        for c in d["components"]:
            assert c["points"] in (0, 1, 2)
            assert c["reason"]["ru"] and c["reason"]["en"]
            if c["points"]:
                assert c["evidence"], (d["direction"], c["component"])
            if c["points"] < 2 and d["sections"]:
                assert "2 балла — если" in c["reason"]["ru"]
    assert card["total"] == sum(d["total"] for d in card["directions"])
    assert card["max"] == 162
    # Measures are evidence by id, printed number and path.
    recs = next(c for c in directions["1.1"]["components"] if c["component"] == "recommendations")
    ids = [e["id"] for e in recs["evidence"] if e["kind"] == "measure"]
    assert ids and all(e["path"].startswith("sections[1].measures[") for e in recs["evidence"])
    assert all(e["number"] for e in recs["evidence"] if e["kind"] == "measure")


def test_bashmakovo_1_1_scores_higher_than_1_4(cli):
    [card] = card_of(cli, BASHMAKOVO)
    directions = by_code(card)
    assert directions["1.1"]["total"] > directions["1.4"]["total"]


def test_several_files_one_scorecard_each(cli):
    files = card_of(cli, TOSNO, BASHMAKOVO)
    assert sorted(f["roadmap"] for f in files) == ["bashmakovo-2020-2022", "tosno-2021"]
    everything = card_of(cli, "examples/")
    assert len(everything) == 5
    tosno = next(f for f in everything if f["roadmap"] == "tosno-2021")
    assert tosno["total"] == next(f for f in files if f["roadmap"] == "tosno-2021")["total"]


def test_text_table(cli):
    r = cli("score", TOSNO, "--lang", "en")
    assert r.returncode == 0, r.stderr
    [card] = card_of(cli, TOSNO)
    lines = r.stdout.splitlines()
    assert "not an official score" in lines[1]
    row = next(line for line in lines if line.startswith("2.1 objectivity"))
    assert "no section" in row and row.rstrip().endswith("0/18 0 %")
    total = card["total"]
    plan = next(line for line in lines if line.startswith("the plan"))
    assert plan.split()[-3] == f"{total}/162"
    ru = cli("score", TOSNO, "--lang", "ru")
    assert "нет раздела" in ru.stdout and "план в целом" in ru.stdout


def test_csv_a_row_per_direction_and_component(cli):
    r = cli("score", "--format", "csv", TOSNO, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("file,roadmap,direction,slug,component,points,")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 81
    [card] = card_of(cli, TOSNO)
    assert sum(int(row["points"]) for row in rows) == card["total"]
    objectivity = [row for row in rows if row["direction"] == "2.1"]
    assert {row["points"] for row in objectivity} == {"0"}
    assert all(row["reason"] == "the plan has no section for this direction" for row in objectivity)


class _Cells(html.parser.HTMLParser):
    """Counts table rows and notes any reference to another resource."""

    def __init__(self):
        super().__init__()
        self.body_rows = 0
        self.in_body = False
        self.external = []
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "tbody":
            self.in_body = True
        if tag == "tr" and self.in_body:
            self.body_rows += 1
        for key in ("src", "href"):
            if key in a and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag in ("script", "link"):
            self.external.append(tag)

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_body = False


def test_html_is_one_self_contained_page(cli):
    r = cli("score", "--format", "html", TOSNO, "--lang", "ru")
    assert r.returncode == 0, r.stderr
    page = _Cells()
    page.feed(r.stdout)
    assert page.lang == "ru"
    assert page.external == []
    assert page.body_rows >= 9
    assert "нет раздела" in r.stdout


def test_a_regional_model_file(cli):
    [default] = card_of(cli, TOSNO)
    [regional] = card_of(cli, TOSNO, "--model", f"{MODELS}/regional.yaml")
    assert regional["model"]["id"] == "regional-test"
    weights = {c["component"]: c["weight"] for c in regional["components"]}
    assert weights["monitoring"] == 3 and weights["analysis"] == 0
    assert regional["max"] == 9 * 20
    monitoring = sum(c["points"] for d in default["directions"] for c in d["components"]
                     if c["component"] == "monitoring")
    analysis = sum(c["points"] for d in default["directions"] for c in d["components"]
                   if c["component"] == "analysis")
    assert regional["total"] == default["total"] + 2 * monitoring - analysis


def test_a_bad_model_file_is_reported_with_its_position(cli):
    r = cli("score", TOSNO, "--model", f"{MODELS}/bad.yaml", "--lang", "en")
    assert r.returncode == 2
    assert r.stdout == ""
    assert f"{MODELS}/bad.yaml:7:5: error: unknown field 'wieght'" in r.stderr
    assert "did you mean 'weight'" in r.stderr
