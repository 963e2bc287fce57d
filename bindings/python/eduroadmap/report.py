"""Validation reports."""
from __future__ import annotations

import json
from typing import Iterator

from .enums import Severity
from .model import Diagnostic, DiagnosticGroup, GroupLocation


class Report:
    """The findings for one roadmap, in file order (line, column, rule), and
    their causes (:attr:`groups`), ranked by what a plan's owner fixes first."""

    __slots__ = ("file", "diagnostics", "groups")

    def __init__(self, file: str, diagnostics: list[Diagnostic],
                 groups: list[DiagnosticGroup] | None = None) -> None:
        self.file = file                #: the file the findings refer to
        self.diagnostics = diagnostics  #: every finding
        self.groups = groups or []      #: one entry per cause, ranked

    @classmethod
    def _from_json(cls, text: str) -> "Report":
        data = json.loads(text)
        file = data["path"]
        diagnostics = [Diagnostic(d["rule"], Severity.from_label(d["severity"]), d["message"], d["path"],
                                  d["line"], d["column"], d["hint"] or "", file, d.get("group") or "",
                                  d.get("document") or "") for d in data["diagnostics"]]
        groups = [DiagnosticGroup(g["id"], g["rule"], Severity.from_label(g["severity"]), g["category"], g["count"],
                                  g["message"], g["hint"] or "", g["line"], g["column"], g["path"],
                                  g["document"] or "",
                                  tuple(GroupLocation(l["path"], l["line"], l["column"], l["document"] or "",
                                                      l["label"] or "") for l in g["locations"]))
                  for g in data.get("groups", [])]
        return cls(file, diagnostics, groups)

    def _at(self, severity: Severity) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == severity]

    @property
    def errors(self) -> list[Diagnostic]:
        """The findings of severity error."""
        return self._at(Severity.ERROR)

    @property
    def warnings(self) -> list[Diagnostic]:
        """The findings of severity warning."""
        return self._at(Severity.WARNING)

    @property
    def infos(self) -> list[Diagnostic]:
        """The findings of severity info."""
        return self._at(Severity.INFO)

    @property
    def ok(self) -> bool:
        """True when there is no error."""
        return not any(d.severity == Severity.ERROR for d in self.diagnostics)

    def rules(self) -> set[str]:
        """The ids of the rules that found something."""
        return {d.rule for d in self.diagnostics}

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.diagnostics)

    def __len__(self) -> int:
        return len(self.diagnostics)

    def __repr__(self) -> str:
        return (f"<Report {self.file!r}: {len(self.errors)} errors, {len(self.warnings)} warnings, "
                f"{len(self.infos)} infos>")
