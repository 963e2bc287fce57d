"""Exceptions: one per C status, LoadError with its location."""
from __future__ import annotations

import errno
import os
import shutil
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


def test_missing_file_is_file_not_found(tmp_path):
    absent = tmp_path / "absent.yaml"
    with pytest.raises(FileNotFoundError) as e:
        eduroadmap.load(absent)
    assert isinstance(e.value, eduroadmap.LoadError)  # what callers caught before
    assert e.value.errno == errno.ENOENT and e.value.filename == str(absent)
    assert "erm_" not in str(e.value)


def test_unreadable_file_is_a_permission_error(tmp_path):
    # Root reads every file: the check runs as an unprivileged user when the tests run as root.
    plan = tmp_path / "plan.yaml"
    plan.write_text("schema: eduroadmap/1\n", encoding="utf-8")
    plan.chmod(0)
    code = ("import errno, sys, eduroadmap\n"
            "try:\n"
            "    eduroadmap.load(sys.argv[1])\n"
            "except PermissionError as e:\n"
            "    assert isinstance(e, eduroadmap.LoadError) and e.errno == errno.EACCES, e\n"
            "    assert e.filename == sys.argv[1] and 'erm_' not in str(e), e\n"
            "    print('PermissionError')\n")
    command = [sys.executable, "-c", code, str(plan)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("running as root without setpriv")
        tmp_path.chmod(0o755)
        for parent in tmp_path.parents:
            if not os.access(parent, os.X_OK, effective_ids=False):
                pytest.skip(f"{parent} is closed to other users")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "bindings" / "python"))
    r = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert r.stdout.strip() == "PermissionError", r.stderr


def test_messages_never_name_c_functions(plan):
    with pytest.raises(eduroadmap.QueryError) as e:
        plan.query(colour="red")
    assert "erm_" not in str(e.value) and str(e.value)
    with pytest.raises(eduroadmap.InvalidArgumentError) as e:
        eduroadmap.parse_period("никогда")
    assert "erm_" not in str(e.value)
    with pytest.raises(eduroadmap.LoadError) as e:
        eduroadmap.loads("id: [\n", name="broken.yaml")
    assert "erm_" not in str(e.value) and "broken.yaml" in str(e.value)
