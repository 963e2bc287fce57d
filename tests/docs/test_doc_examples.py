"""Every C and C++ example in docs/*.md compiles against the installed
library and runs.

A block with a `main` is a whole program. Any other block is a snippet: its
`#include` lines go to the top and its statements into a `main` after the
context the page gives them in words («rm», «report», a path) — the
preludes below, one per snippet, keyed by the page and the block's first
line. A snippet without a prelude fails the test, so a new example is
compiled too. Programs run from the repository's root, where the examples'
paths (examples/…) lead.

Run by ctest (`doc-examples`) with ERM_PREFIX (an install tree) and
ERM_LIBDIR; needs pkg-config and the compilers.
"""
from __future__ import annotations

import os
import pathlib
import re
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PREFIX = pathlib.Path(os.environ.get("ERM_PREFIX", "/nonexistent"))
LIBDIR = os.environ.get("ERM_LIBDIR", "lib")

TOSNO = '"examples/tosno-2021.yaml"'

# (page, first line of the block) → (prelude before the snippet, wrap it in a
# function returning void instead of main's body).
PRELUDES: dict[tuple[str, str], tuple[str, bool]] = {
    ("c-api.md", "erm_roadmap *rm = NULL;"): (f"const char *path = {TOSNO};", False),
    ("c-api.md", "erm_rule_setting rules[] = {{\"result-missing\", ERM_RULE_OFF}, {\"deadline-unrecognized\", ERM_RULE_ERROR}};"):
        (f"erm_roadmap *rm = NULL; erm_report *report = NULL; if (erm_roadmap_load_file({TOSNO}, &rm) != ERM_OK) return 1;", False),
    ("c-api.md", "erm_import_options options = ERM_IMPORT_OPTIONS_INIT;"): ("", False),
    ("c-api.md", "char *found = NULL;"): ('const char *path = "tests/fixtures/config/plan.yaml";', False),
    ("c-api.md", "void *buffer; size_t size;"):
        (f"erm_roadmap *rm = NULL; if (erm_roadmap_load_file({TOSNO}, &rm) != ERM_OK) return 1;", False),
    ("config.md", "#include <eduroadmap/config.hpp>"): ("", False),
    ("deadlines.md", "#include <eduroadmap/deadline.hpp>"): ("", False),
    ("import.md", "#include <eduroadmap/word.hpp>"): ("", True),
    ("import.md", "#include <eduroadmap/import.hpp>"): ("", False),
    ("query.md", "#include <eduroadmap/io.hpp>"): ("", False),
    ("query.md", "const eduroadmap::DependencyGraph &g = *rm.dependencies; // or DependencyGraph g(rm): the same, built again"):
        (f"eduroadmap::LoadResult loaded = eduroadmap::load_file({TOSNO}); if (!loaded.document) return 1;\n"
         "eduroadmap::ResolvedRoadmap rm = eduroadmap::resolve(loaded.document->roadmap);", False),
}

# Headers every snippet may use without naming them, as the pages do.
C_HEADERS = ["#include <eduroadmap/eduroadmap.h>", "#include <stdio.h>"]
CXX_HEADERS = ["#include <eduroadmap/eduroadmap.hpp>", "#include <eduroadmap/config.hpp>",
               "#include <eduroadmap/import.hpp>", "#include <eduroadmap/word.hpp>",
               "#include <eduroadmap/dependencies.hpp>", "#include <iostream>"]


def blocks() -> list[tuple[str, int, str, str]]:
    found = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r"^```(c|cpp)\n(.*?)^```", text, re.S | re.M):
            line = text.count("\n", 0, m.start()) + 1
            found.append((page.name, line, m.group(1), m.group(2)))
    return found


def program(page: str, language: str, code: str) -> str:
    if re.search(r"\bint main\s*\(", code):
        return code
    first = code.splitlines()[0]
    if (page, first) not in PRELUDES:
        pytest.fail(f"docs/{page}: the snippet starting «{first}» has no prelude in {__file__}: add one")
    prelude, void_function = PRELUDES[(page, first)]
    includes = [l for l in code.splitlines() if l.startswith("#include")]
    body = "\n".join(l for l in code.splitlines() if not l.startswith("#include"))
    headers = C_HEADERS if language == "c" else CXX_HEADERS
    top = "\n".join(dict.fromkeys(includes + headers))
    if void_function:
        return f"{top}\nstatic void snippet(void) {{\n{prelude}\n{body}\n}}\nint main(void) {{ snippet(); return 0; }}\n"
    return f"{top}\nint main(void) {{\n{prelude}\n{body}\nreturn 0;\n}}\n"


def flags(module: str) -> list[str]:
    env = dict(os.environ, PKG_CONFIG_PATH=str(PREFIX / LIBDIR / "pkgconfig"))
    out = subprocess.run(["pkg-config", "--cflags", "--libs", module], capture_output=True, text=True, env=env, check=True)
    return out.stdout.split()


def test_the_pages_have_examples() -> None:
    pages = {page for page, _, _, _ in blocks()}
    assert {"c-api.md", "query.md", "deadlines.md", "import.md", "config.md"} <= pages


@pytest.mark.parametrize("page,line,language,code", blocks(), ids=lambda v: str(v) if isinstance(v, (str, int)) and not str(v).count("\n") else "")
def test_example_compiles_and_runs(page: str, line: int, language: str, code: str, tmp_path: pathlib.Path) -> None:
    source = tmp_path / ("example.c" if language == "c" else "example.cpp")
    source.write_text(program(page, language, code), encoding="utf-8")
    exe = tmp_path / "example"
    if language == "c":
        command = ["cc", "-std=c99", "-Wall", "-Werror", "-o", str(exe), str(source), *flags("eduroadmap-c")]
    else:
        # -Wno-unused-variable: a snippet may set a value to show it (`report`, `json`).
        command = ["c++", "-std=c++17", "-Wall", "-Werror", "-Wno-unused-variable", "-o", str(exe), str(source),
                   *flags("eduroadmap")]
    built = subprocess.run(command, capture_output=True, text=True)
    assert built.returncode == 0, f"docs/{page}:{line}: does not compile\n{source.read_text()}\n{built.stderr}"
    env = dict(os.environ, LD_LIBRARY_PATH=str(PREFIX / LIBDIR))
    ran = subprocess.run([str(exe)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert ran.returncode == 0, f"docs/{page}:{line}: exit {ran.returncode}\n{ran.stdout}\n{ran.stderr}"
