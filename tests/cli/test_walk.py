"""Which files a directory walk checks: roadmaps that declare the schema,
narrowed by --include/--exclude and the configuration's include:/exclude:;
nothing found is a bad invocation; the summary says why a run failed."""
import json

import pytest

from test_formats import ONE_SECTION
from test_many_files import WARNING, write
from test_validate import MINIMAL

COMPOSE = "services:\n  web:\n    image: nginx\n"


@pytest.fixture(autouse=True)
def one_section_config(tmp_path):
    write(tmp_path / ".eduroadmap.yaml", ONE_SECTION)


def checked(cli, *args):
    r = cli("validate", "--format", "json", *args)
    assert r.returncode in (0, 1), r.stderr
    return sorted(f["path"] for f in json.loads(r.stdout)["files"])


def test_walk_picks_only_files_that_declare_the_schema(cli, tmp_path):
    plan = write(tmp_path / "plan.yaml", MINIMAL)
    write(tmp_path / "docker-compose.yml", COMPOSE)
    write(tmp_path / "other.yaml", "schema: something-else/2\n" + COMPOSE)
    r = cli("validate", "--format", "json", tmp_path)
    assert r.returncode == 0, r.stdout
    assert [f["path"] for f in json.loads(r.stdout)["files"]] == [str(plan)]


def test_an_explicit_file_is_always_checked(cli, tmp_path):
    compose = write(tmp_path / "docker-compose.yml", COMPOSE)
    r = cli("validate", "--format", "json", compose)
    assert r.returncode == 1
    rules = {d["rule"] for d in json.loads(r.stdout)["files"][0]["diagnostics"]}
    assert "missing-field" in rules


@pytest.mark.parametrize("head", [
    "schema: eduroadmap/1\n",
    "\ufeffschema: eduroadmap/1\n",
    'schema: "eduroadmap/1"\n',
    "schema : 'eduroadmap/1'\n",
    "# yaml-language-server: $schema=x\n" + "# a long header comment\n" * 400 + "schema: eduroadmap/1\n",
])
def test_schema_declarations_the_walk_recognises(cli, tmp_path, head):
    text = head + MINIMAL.split("\n", 1)[1]
    plan = write(tmp_path / "plan.yaml", text)
    assert checked(cli, tmp_path) == [str(plan)]


@pytest.mark.parametrize("head", [
    "  schema: eduroadmap/1\n",             # not a top-level key
    "# schema: eduroadmap/1\n",             # a comment
    "x: 1\n" + "# filler line\n" * 2000 + "schema: eduroadmap/1\n",  # beyond the first 16 KiB
])
def test_what_the_walk_does_not_take_for_a_declaration(cli, tmp_path, head):
    write(tmp_path / "plan.yaml", head)
    r = cli("validate", tmp_path)
    assert r.returncode == 2
    assert "no roadmap found" in r.stderr and "1 YAML file(s) declare none" in r.stderr


def test_an_empty_directory_is_a_bad_invocation(cli, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = cli("validate", empty)
    assert r.returncode == 2
    assert r.stdout == ""
    assert f"eduroadmap validate: no roadmap found in {empty}" in r.stderr


def test_include_and_exclude_globs(cli, tmp_path):
    a = write(tmp_path / "plans" / "a.yaml", MINIMAL)
    b = write(tmp_path / "plans" / "b.draft.yaml", MINIMAL)
    c = write(tmp_path / "drafts" / "deep" / "c.yaml", MINIMAL)
    assert checked(cli, tmp_path) == sorted(map(str, [a, b, c]))
    assert checked(cli, "--exclude", "*.draft.yaml", tmp_path) == sorted(map(str, [a, c]))
    assert checked(cli, "--exclude", "drafts", tmp_path) == sorted(map(str, [a, b]))
    assert checked(cli, "--exclude", "drafts/", "--exclude", "*.draft.*", tmp_path) == [str(a)]
    assert checked(cli, "--include", "plans/*", tmp_path) == sorted(map(str, [a, b]))
    assert checked(cli, "--include", "**/c.yaml", tmp_path) == [str(c)]
    # Relative to the directory argument, not to the current directory.
    assert checked(cli, "--include", "deep/*", tmp_path / "drafts") == [str(c)]
    # An explicit file is checked whatever the globs say.
    assert checked(cli, "--exclude", "*.draft.yaml", b) == [str(b)]
    r = cli("validate", "--include", "nothing-*", tmp_path)
    assert r.returncode == 2 and "3 roadmap(s) left out by include/exclude" in r.stderr


def test_include_and_exclude_in_the_configuration(cli, tmp_path):
    a = write(tmp_path / "plans" / "a.yaml", MINIMAL)
    write(tmp_path / "plans" / "old" / "b.yaml", MINIMAL)
    write(tmp_path / "templates" / "t.yaml", MINIMAL)
    write(tmp_path / ".eduroadmap.yaml", ONE_SECTION + "include: [plans/*]\nexclude: [plans/old]\n")
    # Relative to the configuration's directory, wherever the walk starts.
    assert checked(cli, tmp_path) == [str(a)]
    assert checked(cli, tmp_path / "plans") == [str(a)]
    r = cli("validate", tmp_path / "templates")
    assert r.returncode == 2 and "left out by include/exclude" in r.stderr
    assert checked(cli, "--no-config", tmp_path / "templates") == [str(tmp_path / "templates" / "t.yaml")]


def test_a_bad_glob_list_makes_the_configuration_unusable(cli, tmp_path):
    write(tmp_path / "plan.yaml", MINIMAL)
    write(tmp_path / ".eduroadmap.yaml", "exclude: drafts\n")
    r = cli("validate", "--lang", "en", tmp_path / "plan.yaml")
    assert r.returncode == 2 and "[wrong-type]" in r.stderr


def test_score_and_report_walk_the_same_way(cli, tmp_path):
    plan = write(tmp_path / "plan.yaml", MINIMAL)
    write(tmp_path / "docker-compose.yml", COMPOSE)
    r = cli("score", "--format", "json", tmp_path)
    assert r.returncode == 0, r.stderr
    assert [f["file"] for f in json.loads(r.stdout)["files"]] == [str(plan)]
    assert cli("score", "--exclude", "plan.yaml", tmp_path).returncode == 2
    assert cli("report", "-o", tmp_path / "r.html", tmp_path / "docker-compose.yml").returncode == 1


def test_summary_names_the_fail_level_and_why_the_run_failed(cli, tmp_path):
    p = write(tmp_path / "plan.yaml", WARNING)
    r = cli("validate", "--lang", "en", p)
    assert r.returncode == 0 and "failed" not in r.stdout
    r = cli("validate", "--lang", "en", "--fail-level", "warning", p)
    assert r.returncode == 1
    assert r.stdout.splitlines()[-1].endswith("; failed: 1 warning at fail level warning")
    r = cli("validate", "--lang", "ru", "--strict", p)
    assert r.stdout.splitlines()[-1].endswith("; проверка не пройдена: 1 предупреждение при уровне отказа warning")
    write(tmp_path / ".eduroadmap.yaml", ONE_SECTION + "fail_level: info\n")
    r = cli("validate", "--lang", "en", p)
    assert r.returncode == 1 and r.stdout.splitlines()[-1].endswith("; failed: 1 warning at fail level info")
