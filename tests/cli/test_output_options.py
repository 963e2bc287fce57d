"""validate -o FILE, --quiet and --color (with NO_COLOR and FORCE_COLOR)."""
import pytest

from test_many_files import ERROR, WARNING, write
from test_formats import ONE_SECTION
from test_validate import MINIMAL

RED = "\033[1;31m"


@pytest.fixture(autouse=True)
def one_section_config(tmp_path):
    write(tmp_path / ".eduroadmap.yaml", ONE_SECTION)


def test_output_file_holds_what_standard_output_would(cli, tmp_path):
    p = write(tmp_path / "plan.yaml", ERROR)
    out = tmp_path / "report.sarif"
    r = cli("validate", "--format", "sarif", "-o", out, p)
    assert r.returncode == 1 and r.stdout == ""
    assert out.read_text(encoding="utf-8") == cli("validate", "--format", "sarif", p).stdout


def test_output_file_that_cannot_be_written_is_a_bad_invocation(cli, tmp_path):
    p = write(tmp_path / "plan.yaml", MINIMAL)
    r = cli("validate", "-o", tmp_path / "no" / "such" / "dir" / "r.txt", p)
    assert r.returncode == 2 and "cannot write" in r.stderr


def test_quiet_shows_only_failing_findings(cli, tmp_path):
    w = write(tmp_path / "w.yaml", WARNING)
    e = write(tmp_path / "e.yaml", ERROR)
    r = cli("validate", "--quiet", "--lang", "en", w)
    assert r.returncode == 0 and r.stdout == ""
    r = cli("validate", "--quiet", "--lang", "en", w, e)
    assert r.returncode == 1
    assert "[unknown-field]" in r.stdout and "[deadline-missing]" not in r.stdout
    assert "by direction" not in r.stdout
    assert r.stdout.splitlines()[-1].endswith("failed: 1 error at fail level error")
    # At fail level warning, the warning fails too and is shown.
    r = cli("validate", "-q", "--strict", "--lang", "en", w)
    assert r.returncode == 1 and "[deadline-missing]" in r.stdout


@pytest.mark.parametrize("args,env,coloured", [
    ([], {}, False),                                   # not a terminal
    (["--color", "always"], {}, True),
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # the flag wins
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
    ([], {"FORCE_COLOR": "1"}, True),
    ([], {"FORCE_COLOR": "0"}, False),
    ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (["--color", "auto"], {"FORCE_COLOR": "3"}, True),
])
def test_colour(cli, tmp_path, args, env, coloured):
    p = write(tmp_path / "plan.yaml", ERROR)
    r = cli("validate", "--lang", "en", *args, p, env=dict({"NO_COLOR": "", "FORCE_COLOR": ""}, **env))
    assert r.returncode == 1
    assert (RED in r.stdout) == coloured
    assert ("\033[" in r.stdout) == coloured


def test_colour_never_reaches_a_file_or_a_machine_format(cli, tmp_path):
    p = write(tmp_path / "plan.yaml", ERROR)
    out = tmp_path / "r.txt"
    assert cli("validate", "-o", out, p, env={"FORCE_COLOR": "1"}).returncode == 1
    assert "\033[" not in out.read_text(encoding="utf-8")
    r = cli("validate", "--format", "json", "--color", "always", p)
    assert "\033[" not in r.stdout
    assert cli("validate", "--color", "sometimes", p).returncode == 2
