"""Roadmap.validate, validate_file, validate_string and Report."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

import eduroadmap
from conftest import EXAMPLES, PLAN, ROOT
from eduroadmap import Severity


def test_unrecognized_deadline_where_it_stands(plan):
    report = plan.validate()
    found = [d for d in report if d.rule == "deadline-unrecognized"]
    assert len(found) == 1
    d = found[0]
    # PLAN line 22: `        deadline: совещания`, the value at column 19.
    assert (d.line, d.column, d.path) == (22, 19, "sections[0].measures[1].deadline")
    assert d.severity is Severity.WARNING and d in report.warnings
    assert d.message == "срок «совещания» не распознан"
    assert str(d) == "plan.yaml:22:19: warning: срок «совещания» не распознан [deadline-unrecognized]"
    assert "deadline-unrecognized" in report.rules()
    assert len(report) == len(report.errors) + len(report.warnings) + len(report.infos)


def test_options(plan):
    report = plan.validate(language="en", rules={"deadline-unrecognized": "error"})
    d = next(d for d in report if d.rule == "deadline-unrecognized")
    assert d.severity is Severity.ERROR and d.message == "deadline 'совещания' is not recognized"
    assert not report.ok
    quiet = plan.validate(eduroadmap.Options(rules={"deadline-unrecognized": None}))
    assert "deadline-unrecognized" not in quiet.rules()


def test_validate_file_equals_validate_and_the_cli(tmp_path):
    path = EXAMPLES / "tosno-2021.yaml"
    by_file = eduroadmap.validate_file(path)
    with eduroadmap.load(path) as rm:
        loaded = rm.validate()
    assert by_file.diagnostics == loaded.diagnostics
    assert any(d.rule == "deadline-missing" for d in by_file.warnings)
    cli = os.environ.get("ERM_CLI")
    if cli:  # the same findings as `eduroadmap validate --format json`
        out = subprocess.run([cli, "validate", "--format", "json", "--lang", "ru", str(path)],
                             capture_output=True, text=True)
        entry = json.loads(out.stdout)["files"][0]
        assert [(d["rule"], d["line"], d["column"], d["hint"] or "") for d in entry["diagnostics"]] == \
               [(d.rule, d.line, d.column, d.hint) for d in by_file]
    assert all(isinstance(d.hint, str) for d in by_file)  # "" when the rule has none (null in the JSON)


def test_content_problems_are_findings_not_exceptions(tmp_path):
    report = eduroadmap.validate_file(ROOT / "tests/fixtures/config/.eduroadmap.yaml")
    assert "missing-field" in report.rules() and not report.ok  # YAML, but not a roadmap
    report = eduroadmap.validate_string("id: [x\n", name="x.yaml")
    assert report.errors[0].rule == "yaml-syntax" and report.errors[0].line in (1, 2)  # at the end of input
    assert report.file == "x.yaml"


def test_a_file_that_cannot_be_opened_is_an_exception(tmp_path):
    absent = tmp_path / "absent.yaml"
    with pytest.raises(FileNotFoundError) as e:
        eduroadmap.validate_file(absent)
    assert isinstance(e.value, eduroadmap.LoadError) and e.value.filename == str(absent)


def test_report_repr(plan):
    assert repr(plan.validate()).startswith("<Report 'plan.yaml': ")


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_example_loads_and_validates(name):
    report = eduroadmap.validate_file(EXAMPLES / name)
    assert not any(d.rule == "yaml-syntax" for d in report)
    with eduroadmap.load(EXAMPLES / name) as rm:
        assert len(rm.measures()) == len(rm) > 0


def test_groups_one_entry_per_cause():
    report = eduroadmap.validate_file(str(EXAMPLES / "kachkanar-2019-2020.yaml"), language="en")
    results = [g for g in report.groups if g.rule == "result-missing"]
    assert len(results) == 1
    group = results[0]
    assert isinstance(group, eduroadmap.DiagnosticGroup)
    assert group.count == len([d for d in report if d.rule == "result-missing"]) >= 80
    assert all(d.group == group.id for d in report if d.rule == "result-missing")
    assert group.severity is Severity.WARNING and group.category == "cells"
    assert len(group.locations) == group.count and group.locations[0].line == group.line
    assert sum(g.count for g in report.groups) == len(report)
