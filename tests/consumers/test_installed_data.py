"""What `cmake --install` puts in share/eduroadmap/: the JSON Schema and the
direction catalogs, usable from there by the installed CLI and by editors, and
the PHP wrapper with its FFI header, usable with the installed C library.

Run by CTest (consumer-data) with ERM_PREFIX naming the scratch install prefix.
"""
import json
import os
import pathlib
import re
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def prefix():
    value = os.environ.get("ERM_PREFIX")
    if not value:
        pytest.fail("ERM_PREFIX must name the install prefix (CTest sets it)")
    return pathlib.Path(value)


def test_schema_is_installed_with_its_id(prefix):
    installed = prefix / "share/eduroadmap/schema/eduroadmap-1.schema.json"
    schema = json.loads(installed.read_text(encoding="utf-8"))
    source = json.loads((ROOT / "schema/eduroadmap-1.schema.json").read_text(encoding="utf-8"))
    assert schema == source
    assert schema["$id"].startswith("https://eduroadmap.github.io/schema/")


@pytest.mark.parametrize("catalog", ["fioko-2020", "lenobl-2021"])
def test_installed_catalog_is_read_by_the_installed_cli(prefix, catalog):
    path = prefix / f"share/eduroadmap/catalogs/{catalog}.yaml"
    assert path.is_file()
    r = subprocess.run([str(prefix / "bin/eduroadmap"), "coverage", "--format", "json", "--catalog", str(path),
                        str(ROOT / "examples/tosno-2021.yaml")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["catalog"] == catalog


def test_installed_php_wrapper_validates_with_the_installed_library(prefix, tmp_path):
    php_dir = prefix / "share/eduroadmap/php"
    assert (php_dir / "eduroadmap_ffi.h").is_file() and (php_dir / "Eduroadmap.php").is_file()
    # The example as a user would copy it: away from the source tree, told where the wrapper is.
    script = tmp_path / "validate.php"
    script.write_text((ROOT / "examples/php/validate.php").read_text(encoding="utf-8"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ERM_")}
    env.update(ERM_PHP_DIR=str(php_dir), LD_LIBRARY_PATH=str(prefix / os.environ.get("ERM_LIBDIR", "lib")))
    r = subprocess.run(["php", "-d", "ffi.enable=1", str(script), "--lang", "en", str(ROOT / "examples/tosno-2021.yaml")],
                       capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert re.search(r"tosno-2021\.yaml: 0 errors, \d+ warnings, \d+ infos", r.stdout), r.stdout
