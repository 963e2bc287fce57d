"""Fixtures for the CI integration tests: the eduroadmap binary on PATH and a
workspace holding a bundled example roadmap and a broken one."""
import os
import pathlib
import shutil

import pytest

from ci_support import BROKEN, EXAMPLE, ROOT


@pytest.fixture(scope="session")
def cli_dir():
    """The directory of the binary named by $ERM_CLI, called `eduroadmap` there."""
    binary = os.environ.get("ERM_CLI")
    if not binary:
        pytest.fail("ERM_CLI must name the eduroadmap binary (CTest sets it)")
    binary = pathlib.Path(binary).resolve()
    assert binary.name == "eduroadmap", binary
    return binary.parent


@pytest.fixture()
def env(cli_dir):
    """The environment of a CI job: the tool on PATH, English messages."""
    return dict(os.environ, PATH=f"{cli_dir}{os.pathsep}{os.environ['PATH']}", LANG="C.UTF-8")


@pytest.fixture()
def workspace(tmp_path):
    """A checkout with roadmaps/<example> and roadmaps/<broken>."""
    roadmaps = tmp_path / "roadmaps"
    roadmaps.mkdir()
    shutil.copy(ROOT / "examples" / EXAMPLE, roadmaps / EXAMPLE)
    shutil.copy(ROOT / "tests/fixtures/ci" / BROKEN, roadmaps / BROKEN)
    return tmp_path

