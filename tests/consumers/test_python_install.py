"""`cmake --install --component python` puts the package where the target
interpreter looks under the prefix given at install time, not the prefix
the build was configured for (cmake/InstallPython.cmake, docs/python.md):

- /usr: Debian's lib/python3/dist-packages; /usr/local: lib/python3.X/dist-packages
  (both checked under DESTDIR, so nothing is written outside the test's directory);
- a virtual environment's prefix: its own site-packages, imported by its interpreter as is;
- any other prefix: lib/python3.X/site-packages, imported with PYTHONPATH naming it.

Run by ctest (`consumer-python-prefixes`) with ERM_BUILD_DIR and ERM_ROADMAP set.
"""
from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import sysconfig

import pytest

BUILD = pathlib.Path(os.environ["ERM_BUILD_DIR"])
ROADMAP = os.environ["ERM_ROADMAP"]
SOURCE = pathlib.Path(__file__).resolve().parents[2]
VERSION = f"python{sys.version_info.major}.{sys.version_info.minor}"
PROBE = ("import eduroadmap, sys; rm = eduroadmap.load(sys.argv[1]); "
         "print(eduroadmap.__file__); print(eduroadmap.library_path()); print(len(rm.measures()))")


def install(prefix: str, destdir: pathlib.Path | None = None) -> str:
    env = dict(os.environ)
    env.pop("DESTDIR", None)
    if destdir is not None:
        env["DESTDIR"] = str(destdir)
    r = subprocess.run(["cmake", "--install", str(BUILD), "--component", "python", "--prefix", prefix],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def clean_env(**extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": os.environ.get("HOME", "/root")}
    env.update(extra)
    return env


def probe(python: str, env: dict[str, str]) -> list[str]:
    r = subprocess.run([python, "-c", PROBE, ROADMAP], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


@pytest.mark.parametrize("prefix,site", [("/usr", "lib/python3/dist-packages"),
                                         ("/usr/local", f"lib/{VERSION}/dist-packages")])
def test_a_system_prefix_gets_debians_site_directory(tmp_path: pathlib.Path, prefix: str, site: str) -> None:
    if "dist-packages" not in sysconfig.get_path("purelib"):
        pytest.skip("not Debian's interpreter")
    out = install(prefix, destdir=tmp_path)
    package = tmp_path / prefix.lstrip("/") / site / "eduroadmap"
    assert (package / "__init__.py").is_file() and (package / "libeduroadmap_c.so.0").is_file(), out
    assert f"{prefix}/{site}/eduroadmap" in out  # what the install says
    # Nothing else under the root: the package went there only.
    found = [p.parent.relative_to(tmp_path) for p in tmp_path.rglob("eduroadmap/__init__.py")]
    assert found == [pathlib.Path(prefix.lstrip("/"), site, "eduroadmap")]


def test_a_virtual_environment_imports_it_without_any_path(tmp_path: pathlib.Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    install(str(venv))
    lines = probe(str(venv / "bin" / "python"), clean_env())
    assert lines[0] == str(venv / "lib" / VERSION / "site-packages" / "eduroadmap" / "__init__.py")
    assert lines[1] == str(venv / "lib" / VERSION / "site-packages" / "eduroadmap" / "libeduroadmap_c.so.0")
    assert int(lines[2]) > 50


def test_another_prefix_is_the_standard_layout_named_by_pythonpath(tmp_path: pathlib.Path) -> None:
    prefix = tmp_path / "opt" / "eduroadmap"
    install(str(prefix))
    site = prefix / "lib" / VERSION / "site-packages"
    assert (site / "eduroadmap" / "py.typed").is_file()
    lines = probe("/usr/bin/python3", clean_env(PYTHONPATH=str(site)))
    assert lines[0] == str(site / "eduroadmap" / "__init__.py")
    assert lines[1] == str(site / "eduroadmap" / "libeduroadmap_c.so.0")  # the copy beside it, no ERM_LIBRARY
    assert int(lines[2]) > 50


def test_a_site_directory_given_wins(tmp_path: pathlib.Path) -> None:
    # EDUROADMAP_PYTHON_SITEDIR, as the install step hands it to the script.
    cache = (BUILD / "CMakeCache.txt").read_text(encoding="utf-8")
    assert "EDUROADMAP_PYTHON_SITEDIR:STRING=\n" in cache  # the default: decided at install time
    r = subprocess.run(["cmake", "-DERM_PYTHON=/usr/bin/python3", "-DERM_PYTHONDIR=share/py",
                        f"-DERM_PYTHON_SOURCE={SOURCE / 'bindings/python/eduroadmap'}",
                        f"-DERM_PYTHON_LIBRARY={BUILD / 'capi/libeduroadmap_c.so.0'}",
                        "-DERM_PYTHON_LIBRARY_NAME=libeduroadmap_c.so.0", f"-DCMAKE_INSTALL_PREFIX={tmp_path}",
                        "-P", str(SOURCE / "cmake/InstallPython.cmake")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "share/py/eduroadmap/libeduroadmap_c.so.0").is_file()
    assert [p.parent for p in tmp_path.rglob("__init__.py")] == [tmp_path / "share/py/eduroadmap"]
