"""PHP over the C library through FFI: the header generated for FFI::load,
bindings/php/Eduroadmap.php and examples/php/validate.php, run with Debian's
php-cli. CTest (php-ffi) sets ERM_PHP, ERM_CLI, ERM_PHP_HEADER (the generated
header) and ERM_C_LIBRARY_DIR (where libeduroadmap_c.so.N is built)."""
import getpass
import json
import os
import pathlib
import re
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
VALIDATE_PHP = ROOT / "examples/php/validate.php"
FINDING = re.compile(r"(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning|info): "
                     r"(?P<message>.*) \[(?P<rule>[a-z-]+)\]")


def need(var):
    value = os.environ.get(var)
    if not value:
        pytest.fail(f"{var} must be set (CTest sets it)")
    return value


@pytest.fixture(scope="module")
def php_env():
    """FFI::load() as installed: the header's FFI_LIB (a SONAME) found through the loader path."""
    env = dict(os.environ, ERM_PHP_HEADER=need("ERM_PHP_HEADER"), LD_LIBRARY_PATH=need("ERM_C_LIBRARY_DIR"))
    env.pop("ERM_LIBRARY", None)
    return env


def php(env, *args, code=None):
    command = [need("ERM_PHP"), "-d", "ffi.enable=1"] + (["-r", code] if code else []) + [str(a) for a in args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def cli_json(*args):
    r = subprocess.run([need("ERM_CLI"), *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode in (0, 1), r.stderr
    return r.returncode, json.loads(r.stdout)


def test_header_has_only_declarations_and_the_two_defines():
    text = pathlib.Path(need("ERM_PHP_HEADER")).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == '#define FFI_SCOPE "EDUROADMAP"'
    soname = re.fullmatch(r'#define FFI_LIB "(libeduroadmap_c\.so\.\d+)"', lines[1])
    assert soname and (pathlib.Path(need("ERM_C_LIBRARY_DIR")) / soname.group(1)).exists()
    assert not [line for line in lines[2:] if line.lstrip().startswith("#")]
    assert 'extern "C"' not in text and "ERM_EXTERN" not in text and "__attribute__" not in text
    # Every function the C header declares is there.
    declared = set(re.findall(r"ERM_EXTERN\([^)]*\)\s+(erm_\w+)\(",
                              (ROOT / "capi/include/eduroadmap/eduroadmap.h").read_text(encoding="utf-8")))
    assert declared and declared <= set(re.findall(r"\b(erm_\w+)\(", text))


@pytest.mark.parametrize("example", ["timashevsk-2023-2024.yaml", "tonkino-2020-2021.yaml"])
def test_validate_php_prints_the_findings_of_the_cli(php_env, example):
    path = f"examples/{example}"
    r = php(php_env, VALIDATE_PHP, "--lang", "en", path)
    status, report = cli_json("validate", "--format", "json", "--lang", "en", "--no-config", path)
    assert r.returncode == status, r.stdout + r.stderr
    printed = [m.groupdict() for m in map(FINDING.fullmatch, r.stdout.splitlines()) if m]
    (entry,) = report["files"]
    expected = [{"file": path, "line": str(d["line"]), "column": str(d["column"]), "severity": d["severity"],
                 "message": d["message"], "rule": d["rule"]} for d in entry["diagnostics"]]
    assert printed == expected and printed
    assert f"{path}: {entry['errors']} errors, {entry['warnings']} warnings, {entry['infos']} infos" in r.stdout


def test_validate_php_misuse_is_status_2(php_env):
    assert php(php_env, VALIDATE_PHP).returncode == 2
    r = php(php_env, VALIDATE_PHP, "examples/no-such-roadmap.yaml")
    assert r.returncode == 2 and "no such file" in r.stderr


WRAPPER = "require 'bindings/php/Eduroadmap.php';"


def test_wrapper_query_and_json_are_the_cli_s(php_env):
    path = "examples/bashmakovo-2020-2022.yaml"
    code = WRAPPER + """
        $r = Eduroadmap\\Roadmap::fromFile($argv[1]);
        echo json_encode(['query' => $r->query(['due_between' => '2021-09']), 'roadmap' => json_decode($r->toJson())]);
    """
    r = php(php_env, path, code=code)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    _, query = cli_json("query", path, "--due-between", "2021-09", "--format", "json")
    assert got["query"] == query and query["count"] > 0
    _, exported = cli_json("export", path, "--format", "json")
    assert got["roadmap"] == exported


def test_wrapper_calendar_is_the_cli_s(php_env):
    path = "examples/bashmakovo-2020-2022.yaml"
    code = WRAPPER + """
        $r = Eduroadmap\\Roadmap::fromFile($argv[1]);
        echo $r->calendarIcs(['responsible' => 'otdel-obrazovaniya'], 'en');
    """
    r = php(php_env, path, code=code)
    assert r.returncode == 0, r.stderr
    cli = subprocess.run([need("ERM_CLI"), "calendar", path, "--responsible", "otdel-obrazovaniya", "--lang", "en"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert cli.returncode == 0 and r.stdout == cli.stdout and r.stdout.count("BEGIN:VEVENT") > 0


def test_wrapper_validates_a_string_and_raises_on_bad_yaml(php_env):
    code = WRAPPER + """
        $ok = Eduroadmap\\Roadmap::fromString(file_get_contents($argv[1]), 'sample.yaml');
        $findings = $ok->validate('en');
        try {
            Eduroadmap\\Roadmap::fromString("schema: [", 'bad.yaml');
            echo "no exception\\n";
        } catch (Eduroadmap\\EduroadmapException $e) {
            echo json_encode(['findings' => $findings, 'status' => $e->status, 'rule' => $e->rule,
                'file' => $e->roadmapFile, 'line' => $e->roadmapLine, 'message' => $e->getMessage()]);
        }
    """
    r = php(php_env, "examples/tonkino-2020-2021.yaml", code=code)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert (got["status"], got["rule"], got["file"], got["line"]) == ("ERM_E_LOAD", "yaml-syntax", "bad.yaml", 1)
    _, report = cli_json("validate", "--format", "json", "--lang", "en", "--no-config", "examples/tonkino-2020-2021.yaml")
    assert [(f["rule"], f["line"], f["message"]) for f in got["findings"]] == \
        [(d["rule"], d["line"], d["message"]) for d in report["files"][0]["diagnostics"]]
    assert {f["file"] for f in got["findings"]} == {"sample.yaml"}


def test_wrapper_takes_the_library_from_erm_library(php_env):
    # FFI::cdef() with the library named, no loader path.
    lib_dir = pathlib.Path(need("ERM_C_LIBRARY_DIR"))
    header = pathlib.Path(need("ERM_PHP_HEADER")).read_text(encoding="utf-8")
    soname = re.search(r'#define FFI_LIB "([^"]+)"', header).group(1)
    env = dict(php_env, ERM_LIBRARY=str(lib_dir / soname))
    env.pop("LD_LIBRARY_PATH")
    r = php(env, code=WRAPPER + "echo Eduroadmap\\Library::version();")
    assert r.returncode == 0, r.stderr
    assert r.stdout == (ROOT / "include/eduroadmap/version.hpp").read_text().split('VERSION_STRING "')[1].split('"')[0]


def test_without_ffi_the_example_says_why(php_env):
    r = subprocess.run([need("ERM_PHP"), "-d", "ffi.enable=0", str(VALIDATE_PHP), "examples/tosno-2021.yaml"],
                       cwd=ROOT, env=php_env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "ffi.enable" in r.stderr


def test_preloaded_scope_as_docs_php_md_sets_it_up(php_env, tmp_path):
    # ffi.preload registers the scope, opcache.preload compiles the wrapper;
    # with no header to FFI::load, only the preloaded scope can serve.
    preload = tmp_path / "preload.php"
    preload.write_text(f"<?php opcache_compile_file({str(ROOT / 'bindings/php/Eduroadmap.php')!r});\n", encoding="utf-8")
    env = dict(php_env)
    header = env.pop("ERM_PHP_HEADER")
    settings = {"ffi.enable": "preload", "ffi.preload": header, "opcache.enable_cli": "1",
                "opcache.preload": str(preload), "opcache.preload_user": getpass.getuser()}
    command = [need("ERM_PHP")] + [f"-d{k}={v}" for k, v in settings.items()] + ["-r", WRAPPER + """
        echo count(Eduroadmap\\Roadmap::fromFile('examples/tonkino-2020-2021.yaml')->validate('en')), ' ',
            get_class(FFI::scope('EDUROADMAP'));
    """]
    r = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    _, report = cli_json("validate", "--format", "json", "--lang", "en", "--no-config", "examples/tonkino-2020-2021.yaml")
    assert r.stdout == f"{len(report['files'][0]['diagnostics'])} FFI"
