"""Options of loading and validation, and their C form."""
from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Union

from . import _ffi
from .enums import Language, RuleLevel, Severity, Stage


@dataclass(frozen=True)
class Options:
    """What to check and how.

    ``rules`` maps a rule id to ``"off"`` (or None) to disable it, or to the
    severity its findings get (``"error"``, ``Severity.WARNING``, …).
    ``catalog`` is a built-in catalog id or a catalog file; None: the
    roadmap's own. The limits are 0 for the library's defaults; a limit may
    be lowered, or raised up to its ceiling (``LIMIT_CEILINGS``, docs/limits.md).
    """

    language: Union[Language, str] = Language.RU
    rules: Mapping[str, Union[Severity, RuleLevel, str, None]] = field(default_factory=dict)
    catalog: Optional[str] = None
    required_stages: Optional[Sequence[Union[Stage, str]]] = None
    max_file_bytes: int = 0
    max_depth: int = 0
    max_nodes: int = 0
    max_windows: int = 0

    def _c(self) -> tuple[_ffi.Options, list[Any]]:
        """The C struct, and the objects it points into (keep them alive)."""
        keep: list[Any] = []
        language = self.language if isinstance(self.language, Language) else Language.from_label(self.language)
        c = _ffi.Options(version=_ffi.Options.VERSION, language=int(language))
        if self.catalog:
            c.catalog = _ffi.encode(self.catalog)
            keep.append(c.catalog)
        if self.rules:
            settings = (_ffi.RuleSetting * len(self.rules))()
            for i, (rule, level) in enumerate(self.rules.items()):
                settings[i].rule = _ffi.encode(rule)
                settings[i].level = int(_rule_level(level))
            c.rules, c.rule_count = settings, len(self.rules)
            keep.append(settings)
        if self.required_stages is not None:
            stages = (ctypes.c_int * max(1, len(self.required_stages)))(
                *[int(s if isinstance(s, Stage) else Stage.from_label(s)) for s in self.required_stages])
            c.required_stages, c.required_stage_count = stages, len(self.required_stages)
            keep.append(stages)
        for name, ceiling in LIMIT_CEILINGS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= ceiling:
                raise ValueError(f"{name} must be a whole number from 0 to {ceiling}, not {value!r}")
        c.max_file_bytes, c.max_depth, c.max_nodes = self.max_file_bytes, self.max_depth, self.max_nodes
        c.max_windows = self.max_windows
        return c, keep


#: The highest value each limit of :class:`Options` takes (the C API's ceilings).
LIMIT_CEILINGS: dict[str, int] = {"max_file_bytes": 64 * 1024 * 1024, "max_depth": 256, "max_nodes": 4_000_000,
                                  "max_windows": 1_000_000}


def _rule_level(level: Union[Severity, RuleLevel, str, None]) -> RuleLevel:
    if level is None:
        return RuleLevel.OFF
    if isinstance(level, RuleLevel):
        return level
    if isinstance(level, Severity):
        return RuleLevel(int(level) + 1)
    return RuleLevel.from_label(level)


def make(options: Optional[Options], overrides: Mapping[str, Any]) -> Optional[Options]:
    """*options* with keyword overrides applied; None when both are empty."""
    if not overrides:
        return options
    base = options or Options()
    return Options(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, **overrides})


def pointer(options: Optional[Options]) -> tuple[Any, list[Any]]:
    """A `const erm_options *` argument (None for NULL) and what must stay alive."""
    if options is None:
        return None, []
    c, keep = options._c()
    return ctypes.byref(c), [c, *keep]
