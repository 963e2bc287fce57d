"""The exceptions of eduroadmap: one per failure status of the C API."""
from __future__ import annotations

import re
from typing import Optional, Union


class Error(Exception):
    """Base class of every eduroadmap error. ``status`` is the C status code."""

    status: int = 0

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidArgumentError(Error, ValueError):
    """An argument the library refused (a bad period, an unknown rule id, …)."""

    status = -1


class VersionError(Error):
    """A struct version this library does not know (a package/library mismatch)."""

    status = -2


class OutOfRangeError(Error, IndexError):
    """An index past the end."""

    status = -3


class LoadError(Error):
    """The file or text could not be read as a roadmap.

    ``rule`` is the rule of the first error (``yaml-syntax``, ``input-limit``),
    ``file``, ``line`` and ``column`` where it is (1-based; 0 when unknown).
    """

    status = -4

    def __init__(self, message: str, rule: str = "", file: str = "", line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.rule = rule
        self.file = file
        self.line = line
        self.column = column


class FileNotFoundLoadError(LoadError, FileNotFoundError):
    """A roadmap file that does not exist: a :class:`LoadError` and a
    :class:`FileNotFoundError` (``errno``, ``strerror`` and ``filename`` set)."""


class PermissionLoadError(LoadError, PermissionError):
    """A roadmap file that may not be read: a :class:`LoadError` and a
    :class:`PermissionError` (``errno``, ``strerror`` and ``filename`` set)."""


def file_error(error: OSError, path: str) -> Optional[LoadError]:
    """The eduroadmap form of an :class:`OSError` met opening *path*, or None
    for one that is neither a missing file nor a refused permission."""
    result: Union[FileNotFoundLoadError, PermissionLoadError]
    message = f"cannot open {path}: {error.strerror}"
    if isinstance(error, FileNotFoundError):
        result = FileNotFoundLoadError(message, rule="yaml-syntax", file=path)
    elif isinstance(error, PermissionError):
        result = PermissionLoadError(message, rule="yaml-syntax", file=path)
    else:
        return None
    result.errno, result.strerror, result.filename = error.errno, error.strerror, path
    return result


def without_c_names(message: str) -> str:
    """A message of the C library as Python users read it: without the C
    function it came from (``erm_query_json: ``) or any other C name."""
    message = re.sub(r"^erm_[a-z0-9_]+: ", "", message)
    return re.sub(r"\berm_([a-z0-9_]+)", r"\1", message)


class QueryError(Error, ValueError):
    """A malformed query: unknown filter, bad value."""

    status = -5


class UnsupportedError(Error, NotImplementedError):
    """The capability is not available in this build of the library."""

    status = -6


class InternalError(Error):
    """An unexpected failure inside the library (a bug: please report it)."""

    status = -8


_CLASSES: tuple[type[Error], ...] = (InvalidArgumentError, VersionError, OutOfRangeError, LoadError, QueryError,
                                     UnsupportedError, InternalError)
_BY_STATUS = {cls.status: cls for cls in _CLASSES}


def error_for(status: int, message: str, *, rule: str = "", file: str = "", line: int = 0,
              column: int = 0) -> Exception:
    """The exception for a failed C status (MemoryError for ERM_E_NO_MEMORY)."""
    if status == -7:
        return MemoryError(message)
    cls: Optional[type[Error]] = _BY_STATUS.get(status)
    if cls is LoadError:
        return LoadError(message, rule=rule, file=file, line=line, column=column)
    if cls is None:
        error = Error(f"{message} (status {status})")
        error.status = status
        return error
    return cls(message)
