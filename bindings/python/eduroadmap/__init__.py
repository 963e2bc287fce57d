"""eduroadmap: load, validate and query the education-quality roadmaps
(«дорожные карты») of Russian municipalities.

A thin layer over the C library (libeduroadmap_c) through ctypes::

    import eduroadmap
    rm = eduroadmap.load("examples/tosno-2021.yaml")
    report = rm.validate()
    for d in report.warnings:
        print(d)
    for m in rm.measures(stage="monitoring", due_between="2021"):
        print(m.id, m.title, m.deadline.due_dates)
    print(eduroadmap.diff(rm, eduroadmap.load("tosno-2022.yaml")).summary)
    print(rm.status(as_of=datetime.date(2021, 7, 1)).total.share_done)
    portal = eduroadmap.Index([rm, eduroadmap.load("tosno-2022.yaml")])  # many roadmaps, one question
    print(portal.query(due_between="2021-09").count)
    open("plan.ics", "w", newline="").write(rm.calendar_ics(responsible="ko"))
    config = eduroadmap.load_config(eduroadmap.find_config("plans/tosno.yaml"))
    print(eduroadmap.validate_file("plans/tosno.yaml", config=config).ok)
    eduroadmap.parse_deadline("Ежегодно Сентябрь - февраль", period="2023/2024")
    imported = eduroadmap.import_document("plan.docx")   # .docx, .odt or a text export
    print(imported.summary, imported.yaml if imported.ok else imported.errors)

Differences from the C API: handles are objects that free themselves
(``with`` closes early); reports, deadlines and measures are copied into
Python values at once; failures are exceptions (:class:`Error` and its
subclasses) instead of status codes.
"""
from __future__ import annotations

from typing import Any

from ._ffi import LibraryError, library_path, set_library_path
from .config import Config, find_config, load_config, loads_config
from .deadline import parse_deadline, parse_period
from .enums import (Comparator, DeadlineKind, ImportMessageKind, Language, MeasureStatus, ProgressStatus, RuleLevel,
                    Severity, Stage, Status, Unit)
from .errors import (Error, FileNotFoundLoadError, InternalError, InvalidArgumentError, LoadError, OutOfRangeError,
                     PermissionLoadError, QueryError, UnsupportedError, VersionError)
from .importing import ImportMessage, ImportNote, ImportResult, import_document
from .index import Index, IndexResult
from .model import (Actual, Coverage, CoverageRow, Deadline, Diagnostic, DiagnosticGroup, GroupLocation, Indicator,
                    IndicatorProgress, Measure, Responsible, Section, Target, Value, Window)
from .options import Options
from .query import (MatchDeadline, MatchDecidedBy, MatchDirection, MatchResponsibles, MatchSection, MatchStage,
                    Query, QueryGroup, QueryMeasure, QueryResult)
from .plans import (DiffMeasure, DirectionChange, EntryChange, ExecutionTally, FieldChange, MeasureExecution, MeasurePair, Occurrence,
                    ProgressMark, RoadmapDiff, SectionChange, StatusReport, ValueChange)
from .report import Report
from .roadmap import Roadmap, diff, load, loads, validate_file, validate_string
from .score import ComponentScore, DirectionScore, Evidence, ModelComponent, Scorecard, ScoreReason

__all__ = [
    "Actual", "Comparator", "Coverage", "CoverageRow", "Deadline", "DeadlineKind", "Diagnostic", "DiagnosticGroup",
    "Error", "GroupLocation", "ImportMessage", "ImportMessageKind", "ImportNote", "ImportResult", "Indicator",
    "Index", "IndexResult",
    "IndicatorProgress", "InternalError", "InvalidArgumentError", "Language", "LibraryError",
    "LoadError", "MatchDeadline", "MatchDecidedBy", "MatchDirection", "MatchResponsibles", "MatchSection",
    "MatchStage", "Measure",
    "MeasureStatus", "Options", "OutOfRangeError", "ProgressStatus", "Query", "QueryError", "QueryGroup",
    "QueryMeasure", "QueryResult", "Report", "Responsible", "Roadmap", "RuleLevel", "Section", "Severity", "Stage",
    "Status", "Target", "UnsupportedError", "Unit", "Value", "VersionError", "Window", "import_document",
    "library_path", "load",
    "loads", "parse_deadline", "parse_period", "set_library_path", "validate_file", "validate_string",
    # the management-cycle scorecard (Roadmap.score)
    "ComponentScore", "DirectionScore", "Evidence", "ModelComponent", "ScoreReason", "Scorecard",
    # files that cannot be opened (also FileNotFoundError, PermissionError)
    "FileNotFoundLoadError", "PermissionLoadError",
    # plans over time (eduroadmap.diff, Roadmap.status)
    "DiffMeasure", "DirectionChange", "EntryChange", "ExecutionTally", "FieldChange", "MeasureExecution", "MeasurePair", "Occurrence",
    "ProgressMark", "RoadmapDiff", "SectionChange", "StatusReport", "ValueChange", "diff",
    # configurations (.eduroadmap.yaml)
    "Config", "find_config", "load_config", "loads_config",
]


def __getattr__(name: str) -> Any:
    # __version__ is the C library's own version (erm_version()): loaded on first use.
    if name == "__version__":
        from ._ffi import version

        return version()
    raise AttributeError(f"module 'eduroadmap' has no attribute {name!r}")
