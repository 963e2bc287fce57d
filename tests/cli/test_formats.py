"""eduroadmap validate --format: golden outputs of every format on a small
fixture, and structural checks of SARIF, JUnit, GitHub and GitLab output.

The golden files (tests/cli/golden/fixture.<format>) were checked by hand
against the fixture: each finding's rule, position and message. The tool's
version and the absolute path of the source tree are replaced by <VERSION>
and <ROOT> before comparing, and in SARIF the rule catalog (which grows as
rules land; test_sarif_structure checks it against the rules' sources). To regenerate after a deliberate change, run the
tests with ERM_UPDATE_GOLDEN=1 and review the diff.
"""
import json
import os
import re
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT
from test_validate import MINIMAL

GOLDEN = ROOT / "tests" / "cli" / "golden"
FIXTURE = "tests/cli/golden/fixture.yaml"
FORMATS = ["text", "json", "junit", "sarif", "github", "gitlab"]

# A configuration for one-section fixtures: the rules about the directions a
# whole roadmap must cover are off, so that each fixture shows only its own finding.
ONE_SECTION = """rules:
  direction-missing: off
  cycle-stage-missing: off
  indicator-missing-for-direction: off
"""


@pytest.fixture(autouse=True)
def one_section_config(tmp_path):
    """Fixtures written under tmp_path are governed by ONE_SECTION."""
    (tmp_path / ".eduroadmap.yaml").write_text(ONE_SECTION, encoding="utf-8")


def catalog_ids():
    """Rule ids read from the sources, in catalog order: the order of the
    table in src/rules/registry.cpp, each id from its rule's own file."""
    registry = (ROOT / "src" / "rules" / "registry.cpp").read_text(encoding="utf-8")
    ids = []
    table = registry[registry.index("table{"):]
    for name in re.findall(r"&rule_(\w+)", table[: table.index("};")]):
        text = (ROOT / "src" / "rules" / (name + ".cpp")).read_text(encoding="utf-8")
        ids += re.findall(r'\{"([a-z0-9-]+)", Severity::', text)
    return ids


def version(cli):
    return cli("--version").stdout.split()[1]  # "eduroadmap VERSION (commit …)"


def normalise(text, cli):
    root = str(ROOT)
    text = text.replace("file://" + root, "file://<ROOT>").replace(root, "<ROOT>")
    return text.replace(version(cli), "<VERSION>")


@pytest.mark.parametrize("fmt", FORMATS + ["text.ru"])
def test_golden_output(cli, fmt):
    name, _, lang = fmt.partition(".")
    args = ["validate", "--format", name, FIXTURE] + (["--lang", lang] if lang else [])
    r = cli(*args)
    assert r.returncode == 1, r.stderr  # the fixture has errors
    assert r.stderr == ""
    got = normalise(r.stdout, cli)
    if name == "sarif":
        # The rule catalog grows as rules land: its descriptors and the results'
        # indices into it are checked against the catalog in test_sarif_structure.
        log = json.loads(got)
        log["runs"][0]["tool"]["driver"]["rules"] = "<the rule catalog>"
        for res in log["runs"][0]["results"]:
            res["ruleIndex"] = "<index>"
        got = json.dumps(log, indent=2, ensure_ascii=False) + "\n"
    golden = GOLDEN / f"fixture.{fmt}"
    if os.environ.get("ERM_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_golden_fixture_findings_are_the_expected_ones(cli):
    """What the golden files hold, independently of their layout."""
    r = cli("validate", "--format", "json", FIXTURE)
    (f,) = json.loads(r.stdout)["files"]
    found = [(d["rule"], d["severity"], d["line"], d["column"]) for d in f["diagnostics"]]
    # Positions read off the fixture: a deadline's value starts in column 19.
    assert found == [
        ("deadline-missing", "warning", 24, 19),
        ("deadline-unrecognized", "warning", 29, 19),  # «совещания» is not a date
        ("deadline-ambiguous", "info", 34, 19),        # «январь» occurs in 2023 and in 2024
        ("deadline-outside-period", "error", 39, 19),  # «Декабрь 2020»; raised to error by the configuration
        ("unknown-field", "error", 42, 9),             # statsu: (did you mean status?)
    ]
    assert f["config"] == "tests/cli/golden/.eduroadmap.yaml"
    assert f["catalog"] == "fioko-2020"


def sarif(cli, *paths, extra=()):
    r = cli("validate", "--format", "sarif", *extra, *paths)
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


def test_sarif_structure(cli):
    log = sarif(cli, FIXTURE, "examples/tosno-2021.yaml")
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "eduroadmap" and driver["version"] == version(cli)
    rules = driver["rules"]
    assert [r["id"] for r in rules] == catalog_ids()
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in rules:
        assert rule["shortDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["helpUri"].endswith("/rules.md#" + rule["id"])
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    results = run["results"]
    assert results
    json_report = json.loads(cli("validate", "--format", "json", FIXTURE, "examples/tosno-2021.yaml").stdout)
    assert len(results) == sum(len(f["groups"]) for f in json_report["files"])  # one result per cause
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == ["examples/tosno-2021.yaml", "tests/cli/golden/fixture.yaml"]  # sorted by path
    for res in results:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        assert res["message"]["text"]
        (loc,) = res["locations"]
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"] in uris
        assert phys["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert uris[phys["artifactLocation"]["index"]] == phys["artifactLocation"]["uri"]
        assert phys["region"]["startLine"] >= 1 and phys["region"]["startColumn"] >= 1
        assert re.fullmatch(r"[0-9a-f]{16}", res["partialFingerprints"]["eduroadmap/v2"])
    # The fixture's rules are documented under the anchors their helpUri names.
    fixture_rules = {res["ruleId"] for res in results if res["locations"][0]["physicalLocation"]
                     ["artifactLocation"]["uri"] == FIXTURE}
    assert len(fixture_rules) == 5
    for rule_id in fixture_rules:
        assert f"### `{rule_id}`" in doc, rule_id
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    assert run["properties"]["catalogs"] == ["fioko-2020"]
    assert run["properties"]["configs"] == ["tests/cli/golden/.eduroadmap.yaml"]
    assert run["artifacts"][1]["properties"] == {"catalog": "fioko-2020",
                                                 "config": "tests/cli/golden/.eduroadmap.yaml"}


def test_sarif_levels_follow_the_effective_severity(cli):
    results = sarif(cli, FIXTURE)["runs"][0]["results"]
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["deadline-outside-period"] == "error"  # raised by the fixture's configuration
    assert levels["deadline-ambiguous"] == "note"
    assert levels["deadline-missing"] == "warning"


def test_sarif_uris_are_percent_encoded(cli, tmp_path):
    d = tmp_path / "Тосно 2021"
    d.mkdir()
    (d / "план.yaml").write_text(MINIMAL.replace("deadline: Ежегодно", 'deadline: ""'), encoding="utf-8")
    run = sarif(cli, d)["runs"][0]
    uri = run["artifacts"][0]["location"]["uri"]
    assert uri.startswith("file:///") and " " not in uri
    assert uri.endswith("/%D0%A2%D0%BE%D1%81%D0%BD%D0%BE%202021/%D0%BF%D0%BB%D0%B0%D0%BD.yaml")


def junit(cli, *args):
    r = cli("validate", "--format", "junit", *args)
    assert r.returncode in (0, 1), r.stderr
    return r, ET.fromstring(r.stdout)


def test_junit_is_well_formed_with_the_right_counts(cli):
    r, root = junit(cli, "examples", FIXTURE)
    report = json.loads(cli("validate", "--format", "json", "examples", FIXTURE).stdout)
    files = report["files"]
    assert root.tag == "testsuites"
    assert int(root.get("tests")) == len(files) >= 6
    failing = [f for f in files if f["errors"] > 0]
    assert int(root.get("failures")) == len(failing)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f["path"] for f in files]
    for suite, f in zip(suites, files):
        (case,) = suite.findall("testcase")
        assert int(suite.get("tests")) == 1
        failures = case.findall("failure")
        # One failure per cause with an error, one system-out line per cause below.
        failing_groups = [g for g in f["groups"] if g["severity"] == "error"]
        assert len(failures) == len(failing_groups)
        assert int(suite.get("failures")) == (1 if f["errors"] else 0)
        props = {p.get("name"): p.get("value") for p in suite.find("properties")}
        assert props["eduroadmap.version"] == version(cli)
        assert props["fail_level"] == "error"
        assert [x.get("type") for x in failures] == [g["rule"] for g in failing_groups]
        for x, g in zip(failures, failing_groups):
            assert f":{g['line']}:{g['column']}: error: " in x.get("message")
            assert g["message"] in x.text
        below = [g for g in f["groups"] if g["severity"] != "error"]
        out = case.find("system-out")
        assert (out is None) == (not below)
        if below:
            assert len(out.text.splitlines()) == len(below)
    assert r.returncode == (1 if failing else 0)


def test_junit_fail_level_turns_warnings_into_failures(cli, tmp_path):
    p = tmp_path / "w.yaml"
    p.write_text(MINIMAL.replace("deadline: Ежегодно", 'deadline: ""'), encoding="utf-8")
    _, root = junit(cli, p)
    assert root.get("failures") == "0"
    assert root.find("testsuite/testcase/failure") is None
    r, root = junit(cli, "--fail-level", "warning", p)
    assert r.returncode == 1
    (failure,) = root.findall("testsuite/testcase/failure")
    assert failure.get("type") == "deadline-missing"


def test_junit_escapes_markup(cli, tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text(MINIMAL.replace("title: T\n", 'title: T\n"<&\'>": 1\n'), encoding="utf-8")
    _, root = junit(cli, p)
    (failure,) = root.findall("testsuite/testcase/failure")
    assert "'<&'>'" in failure.get("message")


def many_errors(tmp_path, n):
    """A roadmap with n unknown-field errors, n deadline-unrecognized warnings: each its own cause
    (n empty deadlines would be one cause, the table's missing deadline column)."""
    measures = "".join(
        f'      - number: "{i}."\n        title: М{i}\n        deadline: "совещания М{i}"\n        responsibles: КО\n'
        f"        result: Р\n        bogus{i}: 1\n" for i in range(1, n + 1))
    p = tmp_path / "many.yaml"
    p.write_text(MINIMAL.split("    measures:\n")[0] + "    measures:\n" + measures, encoding="utf-8")
    return p


def test_github_annotations_first_ten_then_log_lines_and_summary(cli, tmp_path):
    p = many_errors(tmp_path, 12)
    r = cli("validate", "--format", "github", "--lang", "en", p)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    errors = [l for l in lines if l.startswith("::error ")]
    warnings = [l for l in lines if l.startswith("::warning ")]
    notices = [l for l in lines if l.startswith("::notice ")]
    assert len(errors) == 10 and len(warnings) == 10 and len(notices) == 1
    assert lines[:10] == errors  # the errors first
    assert lines[-1] == notices[0]  # the summary last
    plain = [l for l in lines if not l.startswith("::")]
    assert len(plain) == 4  # 2 errors and 2 warnings beyond the first ten
    assert all(": error: " in l or ": warning: " in l for l in plain)
    assert re.match(r"::error file=[^,]+many\.yaml,line=\d+,col=\d+,title=eduroadmap%3A unknown-field::unknown field",
                    errors[0])
    assert ("1 file checked: 12 errors, 12 warnings, 0 infos; 24 causes; failed: 12 errors at fail level error; "
            "4 not shown as annotations") in notices[0]
    assert "catalog%3A" not in notices[0] and "catalog: fioko-2020" in notices[0]


def test_github_escapes_percent_and_line_breaks(cli, tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text(MINIMAL.replace("title: T\n", 'title: T\n"50%\\nи,выше": 1\n'), encoding="utf-8")
    r = cli("validate", "--format", "github", "--lang", "en", p)
    (line,) = [l for l in r.stdout.splitlines() if l.startswith("::error")]
    assert "unknown field '50%25%0Aи,выше'" in line


def gitlab(cli, *args):
    r = cli("validate", "--format", "gitlab", *args)
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


def test_gitlab_code_quality_shape(cli):
    issues = gitlab(cli, FIXTURE, "examples/tosno-2021.yaml")
    report = json.loads(cli("validate", "--format", "json", FIXTURE, "examples/tosno-2021.yaml").stdout)
    assert len(issues) == sum(len(f["groups"]) for f in report["files"])  # one issue per cause
    severities = {"error": "major", "warning": "minor", "info": "info"}
    flat = [(f["path"], g) for f in report["files"] for g in f["groups"]]
    for issue, (path, g) in zip(issues, flat):
        assert issue["type"] == "issue"
        assert issue["check_name"] == g["rule"]
        assert issue["description"] == g["message"]
        assert issue["severity"] == severities[g["severity"]]
        assert issue["location"] == {"path": path, "lines": {"begin": g["line"]}}
        assert issue["fingerprint"] == g["id"]  # the cause's stable group id
        assert re.fullmatch(r"[0-9a-f]{16}", issue["fingerprint"])
        assert issue["provenance"]["version"] == version(cli)
        assert issue["provenance"]["catalog"] == "fioko-2020"
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_survive_inserted_lines_and_measures(cli, tmp_path):
    base = (ROOT / FIXTURE).read_text(encoding="utf-8")
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "plan.yaml").write_text(base, encoding="utf-8")
    # The same findings two lines and one (clean) measure further down.
    moved = base.replace("schema: eduroadmap/1\n", "# one\n# two\nschema: eduroadmap/1\n").replace(
        "    measures:\n",
        '    measures:\n      - number: "0."\n        title: Новое\n        deadline: "Ежегодно, сентябрь"\n'
        "        responsibles: КО\n        result: Итог\n")
    (b / "plan.yaml").write_text(moved, encoding="utf-8")
    cfg = GOLDEN / ".eduroadmap.yaml"
    first = gitlab(cli, "--config", cfg, a / "plan.yaml")
    second = gitlab(cli, "--config", cfg, b / "plan.yaml")
    assert [i["check_name"] for i in first] == [i["check_name"] for i in second]
    assert [i["location"]["lines"]["begin"] + 7 for i in first] == [i["location"]["lines"]["begin"] for i in second]
    # Different directories: the path is part of the fingerprint, so compare within one path.
    (a / "plan.yaml").write_text(moved, encoding="utf-8")
    third = gitlab(cli, "--config", cfg, a / "plan.yaml")
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in third]


def test_text_colour_only_on_a_terminal(cli, root):
    import pty
    import subprocess
    import sys

    binary = os.environ["ERM_CLI"]
    code = ("import os, pty, sys; "
            "pid, fd = pty.fork()\n"
            "if pid == 0:\n"
            "    os.execv(sys.argv[1], sys.argv[1:])\n"
            "out = b''\n"
            "while True:\n"
            "    try:\n"
            "        chunk = os.read(fd, 65536)\n"
            "    except OSError:\n"
            "        break\n"
            "    if not chunk:\n"
            "        break\n"
            "    out += chunk\n"
            "os.waitpid(pid, 0)\n"
            "sys.stdout.buffer.write(out)\n")
    env = dict(os.environ, LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    args = [sys.executable, "-c", code, binary, "validate", "--lang", "en", FIXTURE]
    on_tty = subprocess.run(args, capture_output=True, env=env, cwd=root, timeout=60).stdout.decode()
    assert "\x1b[1;31merror\x1b[0m" in on_tty
    assert "\x1b[1;35mwarning\x1b[0m" in on_tty
    no_colour = subprocess.run(args, capture_output=True, env=dict(env, NO_COLOR="1"), cwd=root,
                               timeout=60).stdout.decode()
    assert "\x1b[" not in no_colour and ": error: " in no_colour
    piped = cli("validate", "--lang", "en", FIXTURE).stdout
    assert "\x1b[" not in piped
    assert pty  # imported for the child's use
