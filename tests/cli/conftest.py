"""Fixtures for the command-line tests: the eduroadmap binary under test."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
# Helpers shared with the browser tests (tests/plan_versions.py).
sys.path.insert(0, str(ROOT / "tests"))


@pytest.fixture(scope="session")
def cli():
    """Runs the eduroadmap binary named by $ERM_CLI; returns CompletedProcess."""
    binary = os.environ.get("ERM_CLI")
    if not binary:
        pytest.fail("ERM_CLI must name the eduroadmap binary (CTest sets it)")

    def run(*args, input=None, env=None, raw=False):
        """raw: standard output as bytes, line ends untouched."""
        full_env = dict(os.environ, LANG="C.UTF-8", LC_ALL="")
        full_env.pop("LC_ALL")
        if env:
            full_env.update(env)
        if raw:
            r = subprocess.run([binary, *map(str, args)], input=input, capture_output=True, env=full_env,
                               timeout=60, cwd=ROOT)
            r.stderr = r.stderr.decode("utf-8", "replace")
            return r
        return subprocess.run([binary, *map(str, args)], input=input, capture_output=True,
                              text=True, encoding="utf-8", env=full_env, timeout=60, cwd=ROOT)

    return run


@pytest.fixture(scope="session")
def root():
    return ROOT


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]
