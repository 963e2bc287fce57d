"""The FFI table and the enum mirrors agree with <eduroadmap/eduroadmap.h>."""
from __future__ import annotations

import re

import eduroadmap
from eduroadmap import _ffi, enums
from conftest import HEADER

TEXT = HEADER.read_text(encoding="utf-8")


def _prototypes() -> dict[str, int]:
    """name → number of parameters, from the header."""
    out = {}
    for name, params in re.findall(r"ERM_EXTERN\([^)]*\)\s*(erm_\w+)\s*\(([^)]*)\)", TEXT):
        params = params.strip()
        out[name] = 0 if params in ("", "void") else params.count(",") + 1
    return out


def test_every_declared_signature_matches_the_header():
    prototypes = _prototypes()
    for name, (argtypes, _) in _ffi.FUNCTIONS.items():
        assert name in prototypes, name
        assert len(argtypes) == prototypes[name], name


def _c_enum(prefix: str) -> dict[str, int]:
    return {m[0]: int(m[1]) for m in re.findall(rf"\b{prefix}(\w+) = (-?\d+)", TEXT)}


def test_enum_mirrors():
    pairs = [(enums.Severity, "ERM_SEVERITY_"), (enums.Language, "ERM_LANGUAGE_"),
             (enums.DeadlineKind, "ERM_DEADLINE_"), (enums.Stage, "ERM_STAGE_"),
             (enums.MeasureStatus, "ERM_MEASURE_STATUS_"), (enums.Unit, "ERM_UNIT_"),
             (enums.Comparator, "ERM_COMPARATOR_"), (enums.ProgressStatus, "ERM_PROGRESS_"),
             (enums.RuleLevel, "ERM_RULE_"), (enums.ImportMessageKind, "ERM_IMPORT_")]
    for enum, prefix in pairs:
        c = _c_enum(prefix)
        c.pop("NONE", None)  # ERM_STAGE_NONE: Python uses None
        assert {m.name: int(m) for m in enum} == c, enum.__name__
    status = {k: v for k, v in _c_enum("ERM_").items() if k == "OK"}
    status.update({k[2:]: v for k, v in _c_enum("ERM_").items() if k.startswith("E_")})
    assert {m.name: int(m) for m in enums.Status} == status


def test_struct_versions_match_the_header():
    for cls, macro in [(_ffi.Options, "ERM_OPTIONS_VERSION"), (_ffi.RoadmapInfo, "ERM_ROADMAP_INFO_VERSION"),
                       (_ffi.SectionInfo, "ERM_SECTION_INFO_VERSION"), (_ffi.ErrorDetail, "ERM_ERROR_DETAIL_VERSION"),
                       (_ffi.IndicatorInfo, "ERM_INDICATOR_INFO_VERSION"),
                       (_ffi.IndicatorProgress, "ERM_INDICATOR_PROGRESS_VERSION"),
                       (_ffi.ResponsibleInfo, "ERM_RESPONSIBLE_INFO_VERSION"),
                       (_ffi.ImportOptions, "ERM_IMPORT_OPTIONS_VERSION"), (_ffi.ImportInfo, "ERM_IMPORT_INFO_VERSION"),
                       (_ffi.ImportNote, "ERM_IMPORT_NOTE_VERSION"), (_ffi.ImportMessage, "ERM_IMPORT_MESSAGE_VERSION")]:
        assert re.search(rf"#define {macro} {cls.VERSION}\b", TEXT), macro


def test_versions():
    major, minor, patch = (int(re.search(rf"#define ERM_VERSION_{p} (\d+)", TEXT).group(1))
                           for p in ("MAJOR", "MINOR", "PATCH"))
    assert eduroadmap.__version__ == f"{major}.{minor}.{patch}"
    # The library file is named by the C ABI's own version, not the project's major.
    assert _ffi.ABI_MAJOR == int(re.search(r"#define ERM_ABI_VERSION (\d+)", TEXT).group(1))
    assert eduroadmap.library_path().exists()


def test_labels():
    assert eduroadmap.Stage.DATA_COLLECTION.label == "data-collection"
    assert eduroadmap.Stage.from_label("review") is eduroadmap.Stage.REVIEW
    assert eduroadmap.Severity.WARNING.label == "warning"
    assert eduroadmap.Comparator.AT_MOST.label == "<="
