"""pip install of bindings/python into a virtual environment, against the
built library found through ERM_LIBRARY or the dynamic loader's path."""
from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess

import pytest

from conftest import EXAMPLES, ROOT

PACKAGE = ROOT / "bindings" / "python"
#: Debian's wheels of pip, setuptools and wheel (python3-venv, python3-wheel-whl): the build needs no network.
WHEELS = pathlib.Path("/usr/share/python-wheels")

PROBE = """
import eduroadmap, sys
rm = eduroadmap.load(sys.argv[1])
print(eduroadmap.__file__)
print(eduroadmap.library_path())
print(len(rm))
"""


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the test run's own ways to the package and the library."""
    env = {k: v for k, v in os.environ.items() if k not in ("ERM_LIBRARY", "PYTHONPATH", "LD_LIBRARY_PATH")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    if not (WHEELS / "wheel-0.38.4-py3-none-any.whl").exists() and not list(WHEELS.glob("wheel-*.whl")):
        pytest.fail("python3-wheel-whl is missing: run scripts/install-deps.sh")
    base = tmp_path_factory.mktemp("packaging")
    # A copy: pip builds in the source tree, which must stay clean.
    source = base / "src"
    shutil.copytree(PACKAGE, source, ignore=shutil.ignore_patterns("tests", "__pycache__", "*.egg-info", "build"))
    env = base / "venv"
    subprocess.run(["/usr/bin/python3", "-m", "venv", env], check=True, timeout=300)
    r = subprocess.run([env / "bin" / "pip", "install", "--no-index", "--find-links", WHEELS, source],
                       capture_output=True, text=True, env=clean_env(), timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    return env


def probe(venv: pathlib.Path, cwd: pathlib.Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([venv / "bin" / "python", "-c", PROBE, str(EXAMPLES / "tosno-2021.yaml")],
                          capture_output=True, text=True, env=clean_env(**env), cwd=cwd, timeout=120)


def test_pip_installs_into_the_venv_and_finds_the_library_by_erm_library(venv, tmp_path):
    r = probe(venv, tmp_path, ERM_LIBRARY=os.environ["ERM_LIBRARY"])
    assert r.returncode == 0, r.stderr
    module, library, count = r.stdout.splitlines()
    assert pathlib.Path(module).is_relative_to(venv)  # the installed copy, not the source tree
    assert pathlib.Path(library).resolve() == pathlib.Path(os.environ["ERM_LIBRARY"]).resolve()
    assert int(count) > 50
    installed = pathlib.Path(module).parent
    assert (installed / "py.typed").exists()


def test_the_loader_path_finds_an_installed_library(venv, tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    copy = lib / "libeduroadmap_c.so.0"
    shutil.copy(os.environ["ERM_LIBRARY"], copy)
    r = probe(venv, tmp_path, LD_LIBRARY_PATH=str(lib))
    assert r.returncode == 0, r.stderr
    assert pathlib.Path(r.stdout.splitlines()[1]).resolve() == copy.resolve()


def test_without_a_library_the_error_says_how_to_point_at_it(venv, tmp_path):
    r = probe(venv, tmp_path, LD_LIBRARY_PATH=str(tmp_path))
    if r.returncode == 0:
        pytest.skip("a libeduroadmap_c.so.0 is installed system-wide")
    assert "LibraryError" in r.stderr and "ERM_LIBRARY" in r.stderr


def test_package_version_is_the_library_version():
    header = (ROOT / "include" / "eduroadmap" / "version.hpp").read_text(encoding="utf-8")
    parts = [re.search(rf"#define EDUROADMAP_VERSION_{p} (\d+)", header).group(1) for p in ("MAJOR", "MINOR", "PATCH")]
    project = (PACKAGE / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^version = "([^"]+)"', project, re.M).group(1) == ".".join(parts)

