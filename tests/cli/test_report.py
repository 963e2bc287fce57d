"""eduroadmap report: the HTML report's invocation — files and directories, language, date, bad input (docs/report.md).
The page itself is checked in a browser by tests/browser/test_report_browser.py."""
import re

TOSNO = "examples/tosno-2021.yaml"


def test_writes_one_page_to_standard_output_in_the_language_of_the_locale(cli):
    assert cli("report", TOSNO, "--as-of", "2021-06-01", env={"LANG": "en_US.UTF-8"}).stdout.startswith(
        '<!DOCTYPE html>\n<html lang="en">')
    r = cli("report", TOSNO, "--as-of", "2021-06-01", env={"LANG": "ru_RU.UTF-8"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith('<!DOCTYPE html>\n<html lang="ru">')
    assert r.stdout.count('<section class="erm-plan"') == 1
    assert 'id="compare"' not in r.stdout
    assert "01.06.2021" in r.stdout


def test_english_and_an_output_file(cli, tmp_path):
    out = tmp_path / "r.html"
    r = cli("report", TOSNO, "--lang", "en", "-o", out)
    assert r.returncode == 0 and r.stdout == ""
    text = out.read_text()
    assert text.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "Management-cycle self-assessment" in text


def test_a_directory_gives_the_comparison_and_every_plan(cli, root):
    r = cli("report", "examples/", "--as-of", "2022-01-01")
    assert r.returncode == 0, r.stderr
    plans = sorted(p.name for p in (root / "examples").glob("*.yaml"))
    assert r.stdout.count('<tr class="erm-compare-plan">') == len(plans)
    assert r.stdout.count('<section class="erm-plan"') == len(plans)
    assert re.findall(r'<small>examples/([^<]+)</small>', r.stdout) == plans


def test_a_file_that_does_not_load_is_reported_and_left_out(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: eduroadmap/1\nid: [\n")
    out = tmp_path / "r.html"
    r = cli("report", bad, TOSNO, "-o", out)
    assert r.returncode == 1
    assert "yaml-syntax" in r.stderr
    assert out.read_text().count('<section class="erm-plan"') == 1
    r = cli("report", bad, "-o", tmp_path / "none.html")
    assert r.returncode == 1 and not (tmp_path / "none.html").exists()


def test_bad_invocations(cli):
    assert cli("report", TOSNO, "--as-of", "01.06.2021").returncode == 2
    assert cli("report", "no-such-file.yaml").returncode == 2
    r = cli("report", TOSNO, "--model", "no-such-model")
    assert r.returncode == 2 and "no-such-model" in r.stderr
    assert cli("report", TOSNO, "--lang", "de").returncode == 2


V1, V2 = "tests/fixtures/diff/v1.yaml", "tests/fixtures/diff/v2.yaml"


def test_since_adds_the_changes_and_its_link(cli):
    plain = cli("report", V2, "--as-of", "2021-06-01", "--lang", "ru").stdout
    assert "plan1-changes" not in plain
    r = cli("report", V2, "--since", V1, "--as-of", "2021-06-01", "--lang", "ru")
    assert r.returncode == 0, r.stderr
    page = r.stdout
    assert '<li><a href="#plan1-changes">Изменения с предыдущей версии</a></li>' in page
    assert page.count('<section class="erm-part" id="plan1-changes">') == 1
    assert page.count('<tr class="erm-diff-row" data-kind="added">') == 1
    assert page.count('<tr class="erm-diff-row" data-kind="removed">') == 1
    assert f"{V1} — План" in page


def test_since_with_several_plans_goes_to_the_one_with_its_id(cli):
    r = cli("report", TOSNO, V2, "--since", V1, "--as-of", "2021-06-01")
    assert r.returncode == 0, r.stderr
    assert 'id="plan2-changes"' in r.stdout and 'id="plan1-changes"' not in r.stdout
    r = cli("report", TOSNO, "examples/tonkino-2020-2021.yaml", "--since", V1, "--lang", "en")
    assert r.returncode == 2 and r.stdout == ""
    assert "no plan has the id «plans-test»" in r.stderr


def test_since_a_file_that_does_not_load_is_exit_2(cli):
    r = cli("report", V2, "--since", "tests/fixtures/diff/absent.yaml")
    assert r.returncode == 2 and r.stdout == ""
