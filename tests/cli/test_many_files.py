"""eduroadmap validate on many files: --fail-level, standard input, and a
deterministic order of output whatever the number of parallel jobs."""
import json

import pytest

from test_formats import ONE_SECTION
from test_validate import MINIMAL

WARNING = MINIMAL.replace("deadline: Ежегодно", 'deadline: ""')        # deadline-missing
INFO = MINIMAL.replace("period: 2021", "period: 2021-2022").replace("deadline: Ежегодно", "deadline: январь")  # deadline-ambiguous
ERROR = MINIMAL.replace("title: T\n", "title: T\ntitel: U\n")          # unknown-field


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def one_section_config(tmp_path):
    """The fixtures have one section: the direction and cycle rules are off."""
    write(tmp_path / ".eduroadmap.yaml", ONE_SECTION)


def severities(cli, path):
    r = cli("validate", "--format", "json", "--fail-level", "info", path)
    return [d["severity"] for f in json.loads(r.stdout)["files"] for d in f["diagnostics"]]


@pytest.mark.parametrize("text,level,expected", [
    (MINIMAL, "info", 0),
    (INFO, "error", 0), (INFO, "warning", 0), (INFO, "info", 1),
    (WARNING, "error", 0), (WARNING, "warning", 1), (WARNING, "info", 1),
    (ERROR, "error", 1), (ERROR, "warning", 1), (ERROR, "info", 1),
])
def test_fail_level(cli, tmp_path, text, level, expected):
    p = write(tmp_path / "plan.yaml", text)
    assert cli("validate", "--fail-level", level, p).returncode == expected


def test_fixtures_have_the_intended_severities(cli, tmp_path):
    assert severities(cli, write(tmp_path / "i.yaml", INFO)) == ["info"]
    assert severities(cli, write(tmp_path / "w.yaml", WARNING)) == ["warning"]
    assert "error" in severities(cli, write(tmp_path / "e.yaml", ERROR))
    assert severities(cli, write(tmp_path / "ok.yaml", MINIMAL)) == []


def test_strict_is_fail_level_warning_and_they_exclude_each_other(cli, tmp_path):
    p = write(tmp_path / "plan.yaml", WARNING)
    assert cli("validate", p).returncode == 0
    assert cli("validate", "--strict", p).returncode == 1
    assert cli("validate", "--strict", "--fail-level", "error", p).returncode == 2
    assert cli("validate", "--fail-level", "fatal", p).returncode == 2


@pytest.mark.parametrize("text", ["a: [1, 2\n", "schema: x\nschema: y\n", ""])
@pytest.mark.parametrize("level", ["error", "warning", "info"])
def test_malformed_yaml_never_exits_zero(cli, tmp_path, text, level):
    p = write(tmp_path / "bad.yaml", text)
    r = cli("validate", "--fail-level", level, p)
    assert r.returncode == 1, r.stdout
    assert "[yaml-syntax]" in r.stdout or "[duplicate-key]" in r.stdout


def test_malformed_yaml_fails_even_when_the_library_options_lower_it(cli, tmp_path):
    # The configuration refuses to lower the YAML rules; the exit status does not rely on it alone.
    p = write(tmp_path / "bad.yaml", "a: [1, 2\n")
    r = cli("validate", "--format", "junit", p)
    assert r.returncode == 1 and 'failures="1"' in r.stdout


def test_standard_input_with_files(cli, tmp_path):
    p = write(tmp_path / "w.yaml", WARNING)
    r = cli("validate", "--format", "json", p, "-", input=ERROR)
    rep = json.loads(r.stdout)
    assert [f["path"] for f in rep["files"]] == ["-", str(p)]  # sorted: «-» before «/»
    assert rep["files"][0]["errors"] == 1 and rep["files"][1]["warnings"] == 1
    assert r.returncode == 1
    # The text format shows the source line of standard input.
    r = cli("validate", "--lang", "en", "-", input=ERROR)
    assert "-:4:1: error: unknown field 'titel' in roadmap [unknown-field]\n    titel: U\n    ^\n" in r.stdout


def corpus(tmp_path, n):
    """n roadmaps in nested directories, with errors, warnings and clean ones
    (the malformed one declares the schema, so that the directory walk picks it)."""
    kinds = [MINIMAL, WARNING, ERROR, INFO, "schema: eduroadmap/1\na: [1, 2\n"]
    paths = []
    for i in range(n):
        sub = tmp_path / f"d{i % 7}" / f"e{i % 3}"
        paths.append(write(sub / f"plan-{i:03d}.{'yaml' if i % 2 else 'yml'}", kinds[i % len(kinds)]))
    return paths


def test_parallel_output_is_deterministic_and_sorted(cli, tmp_path):
    paths = corpus(tmp_path, 150)
    outputs = {}
    for jobs in ("1", "2", "8"):
        for fmt in ("json", "text", "sarif", "junit", "gitlab", "github"):
            r = cli("validate", "--format", fmt, "--jobs", jobs, tmp_path)
            assert r.returncode == 1
            outputs.setdefault(fmt, set()).add(r.stdout)
    assert all(len(v) == 1 for v in outputs.values()), {k: len(v) for k, v in outputs.items()}
    text = next(iter(outputs["json"]))
    rep = json.loads(text)
    # Written a file at a time, the reports are byte for byte the whole document dumped with an indent of 2.
    assert text == json.dumps(rep, indent=2, ensure_ascii=False) + "\n"
    for fmt in ("gitlab", "sarif"):
        streamed = next(iter(outputs[fmt]))
        assert streamed == json.dumps(json.loads(streamed), indent=2, ensure_ascii=False) + "\n"
    # SARIF: each result points at its file's artifact, listed after the results.
    run = json.loads(next(iter(outputs["sarif"])))["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert len(uris) == 150
    for res in run["results"]:
        loc = res["locations"][0]["physicalLocation"]["artifactLocation"]
        assert uris[loc["index"]] == loc["uri"]
    listed = [f["path"] for f in rep["files"]]
    assert listed == sorted(str(p) for p in paths)
    assert rep["summary"]["files"] == 150
    # 30 files of each kind: errors come from ERROR (one each) and the syntax errors.
    assert rep["summary"]["errors"] == 30 + 30
    assert rep["summary"]["warnings"] == 30 and rep["summary"]["infos"] == 30


def test_junit_and_github_are_put_together_in_order(cli, tmp_path):
    # Both keep what comes later in a temporary file: JUnit's totals open the document, and
    # GitHub's errors of every file come before any warning. The result is as if written whole.
    import xml.etree.ElementTree as ET

    paths = corpus(tmp_path, 150)
    rep = json.loads(cli("validate", "--format", "json", "--jobs", "3", tmp_path).stdout)
    failing = sum(1 for f in rep["files"] if any(d["severity"] == "error" for d in f["diagnostics"]))
    root = ET.fromstring(cli("validate", "--format", "junit", "--jobs", "3", tmp_path).stdout)
    assert root.get("tests") == "150" and root.get("failures") == str(failing) and failing == 60
    assert [s.get("name") for s in root.findall("testsuite")] == sorted(str(p) for p in paths)
    assert sum(int(s.get("failures")) for s in root.findall("testsuite")) == failing

    lines = cli("validate", "--format", "github", "--jobs", "3", tmp_path).stdout.splitlines()
    annotated = {kind: [n for n, line in enumerate(lines) if line.startswith(f"::{kind} ")]
                 for kind in ("error", "warning", "notice")}
    assert [len(annotated[k]) for k in ("error", "warning", "notice")] == [10, 10, 10]  # nine and the summary
    plain = [line for line in lines if not line.startswith("::")]
    assert len(plain) == (60 - 10) + (30 - 10) + (30 - 9)
    assert f"; {len(plain)} not shown as annotations" in lines[-1] and lines[-1].startswith("::notice ")
    # Every error (annotated or not) before every warning, every warning before every notice.
    kind_of = [("error" if ": error:" in line else "warning" if ": warning:" in line else "notice")
               if not line.startswith("::") else line[2:line.index(" ")] for line in lines[:-1]]
    order = {"error": 0, "warning": 1, "notice": 2}
    assert [order[k] for k in kind_of] == sorted(order[k] for k in kind_of)


@pytest.mark.parametrize("fmt", ["junit", "github"])
def test_no_temporary_directory_is_a_clear_error(cli, tmp_path, fmt):
    paths = corpus(tmp_path, 3)
    r = cli("validate", "--format", fmt, *paths, env={"TMPDIR": str(tmp_path / "missing")})
    assert r.returncode == 2 and r.stdout == ""
    assert f"cannot make a temporary file in {tmp_path / 'missing'}" in r.stderr
    # The formats written as they go need none.
    assert cli("validate", "--format", "json", *paths, env={"TMPDIR": str(tmp_path / "missing")}).returncode == 1


def test_streamed_reports_skip_files_without_findings(cli, tmp_path):
    # Clean files write no part: no stray separator, and a run without issues is an empty array.
    clean = [write(tmp_path / f"{n}.yaml", MINIMAL) for n in ("a", "c")]
    warned = write(tmp_path / "b.yaml", WARNING)
    alone = json.loads(cli("validate", "--format", "gitlab", warned).stdout)
    assert len(alone) == 1 and alone[0]["check_name"] == "deadline-missing"
    for jobs in ("1", "3"):
        r = cli("validate", "--format", "gitlab", "--jobs", jobs, tmp_path)
        assert json.loads(r.stdout) == alone
    assert cli("validate", "--format", "gitlab", *clean).stdout == "[]\n"
    # SARIF likewise: no results, and every file still an artifact.
    run = json.loads(cli("validate", "--format", "sarif", *clean).stdout)["runs"][0]
    assert run["results"] == [] and len(run["artifacts"]) == 2
    run = json.loads(cli("validate", "--format", "sarif", "--jobs", "3", tmp_path).stdout)["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["deadline-missing"]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 1


def test_argument_order_does_not_change_the_output(cli, tmp_path):
    a = write(tmp_path / "a.yaml", WARNING)
    b = write(tmp_path / "sub" / "b.yaml", ERROR)
    first = cli("validate", "--format", "json", a, tmp_path / "sub").stdout
    second = cli("validate", "--format", "json", tmp_path / "sub", a, b).stdout  # b twice: listed once
    assert first == second
    assert [f["path"] for f in json.loads(first)["files"]] == [str(a), str(b)]


def test_hidden_files_and_directories_are_skipped_in_a_directory(cli, tmp_path):
    plan = write(tmp_path / "plans" / "plan.yaml", MINIMAL)
    write(tmp_path / "plans" / ".github" / "workflows" / "ci.yml", "on: push\njobs: {}\n")
    write(tmp_path / "plans" / ".draft.yaml", "a: [1\n")
    r = cli("validate", "--format", "json", tmp_path / "plans")
    assert [f["path"] for f in json.loads(r.stdout)["files"]] == [str(plan)]
    assert r.returncode == 0
    # Named explicitly, a hidden file is validated.
    assert cli("validate", tmp_path / "plans" / ".draft.yaml").returncode == 1
