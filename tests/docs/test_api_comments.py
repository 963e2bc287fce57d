"""Every public declaration carries a Doxygen comment.

Doxygen reads the public headers (include/eduroadmap and the C header;
`detail/` is private to the library) with WARN_IF_UNDOCUMENTED and
WARN_IF_DOC_ERROR, and any warning fails the test, printed as
file:line: message. A second test gives it a header with an undocumented
member and a broken reference, so the check is known to catch them.

Run by ctest (`api-comments`) with ERM_DOXYGEN, the doxygen to use.
"""
from __future__ import annotations

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOXYGEN = os.environ.get("ERM_DOXYGEN", "doxygen")
PUBLIC = [ROOT / "include" / "eduroadmap", ROOT / "capi" / "include" / "eduroadmap"]


def doxygen_warnings(inputs: list[pathlib.Path], work: pathlib.Path) -> list[str]:
    """The warnings Doxygen gives for the headers in *inputs* (no output is written)."""
    log = work / "warnings.txt"
    config = "\n".join([
        "INPUT = " + " ".join(f'"{p}"' for p in inputs),
        "FILE_PATTERNS = *.hpp *.h",
        "RECURSIVE = NO",
        "GENERATE_HTML = NO",
        "GENERATE_LATEX = NO",
        "QUIET = YES",
        "WARNINGS = YES",
        "WARN_IF_UNDOCUMENTED = YES",
        "WARN_IF_DOC_ERROR = YES",
        "EXTRACT_ALL = NO",
        # The C header declares its functions through ERM_EXTERN(type).
        "MACRO_EXPANSION = YES",
        "EXPAND_ONLY_PREDEF = YES",
        '"PREDEFINED = ERM_EXTERN(type)=type" ERM_API=',
        f'WARN_LOGFILE = "{log}"',
        f'OUTPUT_DIRECTORY = "{work}"',
    ]) + "\n"
    done = subprocess.run([DOXYGEN, "-"], input=config, text=True, cwd=work, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    # "No output formats selected" is about this check's own configuration, not the headers.
    return [line for line in log.read_text(encoding="utf-8").splitlines()
            if line.strip() and "No output formats selected" not in line]


def test_every_public_declaration_is_documented(tmp_path: pathlib.Path) -> None:
    headers = [p for d in PUBLIC for p in sorted(d.glob("*.h*"))]
    assert len(headers) > 30, "the public headers were not found"
    warnings = doxygen_warnings(PUBLIC, tmp_path)
    assert warnings == [], "undocumented or wrongly documented declarations:\n" + "\n".join(warnings)


def test_an_undocumented_member_is_caught(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "sample.hpp").write_text(
        "/// @file sample.hpp\n/// @brief A header.\n"
        "\n"
        "/// @brief A documented struct.\n"
        "struct Window {\n"
        "    int start = 0; ///< documented\n"
        "    int end = 0;\n"
        "};\n"
        "/// @brief See @ref nowhere_at_all.\n"
        "int length(const Window &w);\n", encoding="utf-8")
    warnings = doxygen_warnings([src], tmp_path)
    assert any("sample.hpp:7:" in w and "end" in w and "not documented" in w for w in warnings), warnings
    assert any("nowhere_at_all" in w for w in warnings), warnings
    assert not any("start" in w for w in warnings), warnings


if __name__ == "__main__":
    raise SystemExit(pytest.main([__file__, "-q"]))
