"""Exceptions: one per C status, LoadError with its location."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import eduroadmap
from conftest import ROOT


def test_load_error_has_line_and_column():
    text = "schema: eduroadmap/1\nid: x\ntitle: [unclosed\n"
    with pytest.raises(eduroadmap.LoadError) as e:
        eduroadmap.loads(text, name="broken.yaml")
    assert e.value.rule == "yaml-syntax"
    assert e.value.file == "broken.yaml"
    assert e.value.line >= 3 and e.value.column > 0
    assert "broken.yaml" in str(e.value)
    assert e.value.status == eduroadmap.Status.LOAD


def test_missing_file_is_a_load_error(tmp_path):
    with pytest.raises(eduroadmap.LoadError) as e:
        eduroadmap.load(tmp_path / "absent.yaml")
    assert e.value.file.endswith("absent.yaml")


def test_invalid_arguments():
    with pytest.raises(eduroadmap.InvalidArgumentError, match="никогда"):
        eduroadmap.parse_period("никогда")
    with pytest.raises(ValueError):  # InvalidArgumentError is a ValueError
        eduroadmap.parse_deadline("май", period="2024/2023")


def test_unknown_rule_gets_a_suggestion(plan):
    with pytest.raises(eduroadmap.InvalidArgumentError, match="did you mean 'deadline-missing'"):
        plan.validate(rules={"deadline-mising": "off"})
    with pytest.raises(ValueError):
        plan.validate(rules={"deadline-missing": "loud"})


def test_query_errors(plan):
    with pytest.raises(eduroadmap.QueryError, match="stage"):
        plan.measures(stage="sleeping")
    with pytest.raises(eduroadmap.QueryError, match="due_between"):
        plan.measures(due_between="someday")
    with pytest.raises(eduroadmap.QueryError, match="did you mean"):
        plan.query(responsibel="КО")


def _run(code: str, library: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, ERM_LIBRARY=library, PYTHONPATH=str(ROOT / "bindings" / "python"))
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_a_library_without_our_functions_fails_loudly():
    # libc loads but lacks every erm_ function: the table check names them.
    result = _run("import eduroadmap; eduroadmap.parse_period('2021')", "libc.so.6")
    assert result.returncode != 0
    assert "LibraryError" in result.stderr and "erm_version" in result.stderr


def test_a_missing_library_says_how_to_point_at_it():
    result = _run("import eduroadmap; eduroadmap.__version__", "/nonexistent/libeduroadmap_c.so.0")
    assert result.returncode != 0 and "ERM_LIBRARY" in result.stderr


def test_library_path_cannot_change_once_loaded():
    eduroadmap.parse_period("2021")
    with pytest.raises(eduroadmap.LibraryError):
        eduroadmap.set_library_path("/elsewhere.so")
