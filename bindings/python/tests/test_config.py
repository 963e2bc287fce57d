"""Configurations (load_config, loads_config, find_config), validation with
one, and Roadmap.calendar_ics. tests/fixtures/config/ holds plan.yaml and the
.eduroadmap.yaml that governs it: English, fail level warning,
deadline-unrecognized off, responsible-unknown an error."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

import eduroadmap
from conftest import EXAMPLES, ROOT
from eduroadmap import Language, Severity

CONFIG_DIR = ROOT / "tests" / "fixtures" / "config"
PLAN_FILE = CONFIG_DIR / "plan.yaml"


def severities(report: eduroadmap.Report, rule: str) -> list[Severity]:
    return [d.severity for d in report if d.rule == rule]


def test_a_configuration_is_found_read_and_described():
    found = eduroadmap.find_config(PLAN_FILE)
    assert found == str(CONFIG_DIR / ".eduroadmap.yaml")
    with eduroadmap.load_config(found) as config:
        assert config.file == found
        assert config.language == Language.EN and config.fail_level == Severity.WARNING
        assert config.catalog is None
    assert config.closed
    assert eduroadmap.find_config("/proc") is None
    text = eduroadmap.loads_config("catalog: fioko-2020\n", name="ci.yaml")
    assert (text.file, text.language, text.fail_level, text.catalog) == ("ci.yaml", None, None, "fioko-2020")


def test_validation_follows_the_configuration():
    plain = eduroadmap.validate_file(PLAN_FILE)
    assert severities(plain, "deadline-unrecognized") == [Severity.WARNING]
    assert severities(plain, "responsible-unknown") == [Severity.WARNING]
    config = eduroadmap.load_config(CONFIG_DIR / ".eduroadmap.yaml")
    configured = eduroadmap.validate_file(PLAN_FILE, config=config)
    assert severities(configured, "deadline-unrecognized") == []
    assert severities(configured, "responsible-unknown") == [Severity.ERROR]
    assert [d.message for d in configured if d.rule == "responsible-unknown"] == \
        ["responsible 'ОО' is not in the registry"]
    assert len(configured) == len(plain) - 1 and not configured.ok
    # A loaded roadmap gives the same findings; language= overrides the configuration's.
    with eduroadmap.load(PLAN_FILE) as rm:
        russian = rm.validate(config=config, language="ru")
    assert [(d.rule, d.severity, d.line) for d in russian] == [(d.rule, d.severity, d.line) for d in configured]
    assert "ОО" in russian.errors[0].message and "responsible" not in russian.errors[0].message
    # The same findings as the command-line tool, which finds the file itself.
    cli = os.environ.get("ERM_CLI")
    if cli:
        out = subprocess.run([cli, "validate", "--format", "json", str(PLAN_FILE)], capture_output=True, text=True)
        entry = json.loads(out.stdout)["files"][0]
        assert [(d["rule"], d["severity"], d["line"]) for d in entry["diagnostics"]] == \
            [(d.rule, d.severity.label, d.line) for d in configured]


def test_options_and_a_configuration_do_not_mix():
    config = eduroadmap.loads_config("")
    with pytest.raises(ValueError, match="only language"):
        eduroadmap.validate_file(PLAN_FILE, config=config, rules={"result-missing": "off"})
    with pytest.raises(ValueError):
        eduroadmap.validate_file(PLAN_FILE, eduroadmap.Options(), config=config)


def test_a_configuration_with_a_problem_is_a_load_error(tmp_path):
    with pytest.raises(eduroadmap.LoadError) as e:
        eduroadmap.loads_config("rules:\n  numbring-gap: off\n", name="ci.yaml")
    assert (e.value.rule, e.value.file, e.value.line, e.value.column) == ("unknown-field", "ci.yaml", 2, 3)
    assert "erm_" not in str(e.value)
    with pytest.raises(FileNotFoundError):
        eduroadmap.load_config(tmp_path / "absent.yaml")
    config = eduroadmap.loads_config("")
    config.close()
    with pytest.raises(ValueError, match="closed"):
        eduroadmap.validate_file(PLAN_FILE, config=config)


def test_the_calendar_is_what_the_cli_writes(tmp_path):
    path = EXAMPLES / "tosno-2021.yaml"
    with eduroadmap.load(path) as rm:
        ics = rm.calendar_ics()
        assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
        windows = sum(len(m.deadline.windows) for m in rm.measures())
        assert ics.count("BEGIN:VEVENT\r\n") == windows > 50
        ko = rm.calendar_ics(responsible="ko", language=Language.EN)
        assert 0 < ko.count("BEGIN:VEVENT") < windows and "Direction:" in ko and "Направление:" not in ko
        with pytest.raises(eduroadmap.QueryError, match="did you mean"):
            rm.calendar_ics(responsibl="ko")
    cli = os.environ.get("ERM_CLI")
    if cli:
        out = subprocess.run([cli, "calendar", str(path)], capture_output=True)
        assert out.returncode == 0 and out.stdout.decode("utf-8") == ics
        out = subprocess.run([cli, "calendar", "--responsible", "ko", "--lang", "en", str(path)], capture_output=True)
        assert out.stdout.decode("utf-8") == ko
