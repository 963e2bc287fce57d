"""The only module that touches the C library (libeduroadmap_c).

It finds and loads the library, declares every C signature in one table
(a missing symbol fails loudly at load), maps status codes to exceptions in
one place (:func:`check`), and converts text to and from UTF-8 in one place
(:func:`encode`, :func:`decode`, :func:`take_string`).

The library is looked up, in order: the path given to
:func:`set_library_path` before first use; the ``ERM_LIBRARY`` environment
variable; ``libeduroadmap_c.so.<major>`` next to this package (what
``cmake --install --component python`` puts there); the system's search path.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import pathlib
import threading
from ctypes import POINTER, Structure, c_char_p, c_double, c_int, c_size_t, c_uint, c_void_p
from typing import Any, Callable, Optional, TypeVar, Union

from .errors import error_for, file_error, without_c_names

#: The C ABI version this package is written for (ERM_ABI_VERSION, the SONAME's number).
ABI_MAJOR = 0
LIBRARY_NAME = f"libeduroadmap_c.so.{ABI_MAJOR}"

# ---- C structs (mirrors of <eduroadmap/eduroadmap.h>; each with its version) ----

_V = TypeVar("_V", bound="Versioned")


class Versioned(Structure):
    """A struct that starts with its `version` (the library fills it)."""

    VERSION = 1

    @classmethod
    def new(cls: type[_V]) -> _V:
        """An empty struct of this version."""
        return cls(version=cls.VERSION)


class Date(Structure):
    _fields_ = [("year", c_int), ("month", c_int), ("day", c_int)]


class CWindow(Structure):
    _fields_ = [("start", Date), ("end", Date)]


class ErrorDetail(Versioned):
    _fields_ = [("version", c_uint), ("status", c_int), ("message", c_char_p), ("rule", c_char_p),
                ("file", c_char_p), ("line", c_int), ("column", c_int)]


class RuleSetting(Structure):
    _fields_ = [("rule", c_char_p), ("level", c_int)]


class Options(Structure):
    VERSION = 2
    _fields_ = [("version", c_uint), ("language", c_int), ("catalog", c_char_p),
                ("rules", POINTER(RuleSetting)), ("rule_count", c_size_t),
                ("required_stages", POINTER(c_int)), ("required_stage_count", c_size_t),
                ("max_file_bytes", c_size_t), ("max_depth", c_size_t), ("max_nodes", c_size_t),
                ("max_windows", c_size_t)]


class RoadmapInfo(Versioned):
    _fields_ = [("version", c_uint), ("file", c_char_p), ("schema", c_char_p), ("id", c_char_p),
                ("title", c_char_p), ("language", c_char_p), ("catalog", c_char_p),
                ("municipality", c_char_p), ("region", c_char_p), ("period_text", c_char_p),
                ("period_known", c_int), ("period", CWindow), ("approved", c_int),
                ("approved_kind", c_char_p), ("approved_number", c_char_p), ("approved_date", Date),
                ("approved_authority", c_char_p), ("approved_signed_by", c_char_p),
                ("approved_title", c_char_p), ("description", c_char_p)]


class SectionInfo(Versioned):
    _fields_ = [("version", c_uint), ("number", c_char_p), ("title", c_char_p), ("direction", c_char_p),
                ("extra", c_int), ("match", c_char_p), ("direction_code", c_char_p),
                ("direction_slug", c_char_p), ("direction_title", c_char_p), ("path", c_char_p),
                ("first_measure", c_size_t), ("measure_count", c_size_t), ("group_count", c_size_t)]


class ResponsibleInfo(Versioned):
    _fields_ = [("version", c_uint), ("id", c_char_p), ("short_name", c_char_p), ("full_name", c_char_p),
                ("alias_count", c_size_t)]


class Value(Structure):
    _fields_ = [("is_boolean", c_int), ("boolean", c_int), ("number", c_double)]


class IndicatorInfo(Versioned):
    _fields_ = [("version", c_uint), ("id", c_char_p), ("title", c_char_p), ("direction", c_char_p),
                ("unit", c_int), ("comparator", c_int), ("has_baseline", c_int), ("baseline", Value),
                ("baseline_date", Date), ("target_count", c_size_t), ("actual_count", c_size_t),
                ("method", c_char_p), ("source", c_char_p), ("frequency", c_char_p), ("responsible", c_char_p)]


class IndicatorProgress(Versioned):
    _fields_ = [("version", c_uint), ("status", c_int), ("target", c_size_t), ("target_window", CWindow),
                ("latest", c_size_t), ("has_expected", c_int), ("expected", c_double),
                ("has_share", c_int), ("share", c_double)]


class ImportOptions(Structure):
    VERSION = 1
    _fields_ = [("version", c_uint), ("id", c_char_p), ("period", c_char_p), ("file", c_char_p),
                ("language", c_int)]


class ImportInfo(Versioned):
    _fields_ = [("version", c_uint), ("ok", c_int), ("yaml", c_char_p), ("format", c_char_p),
                ("encoding", c_char_p), ("layout", c_char_p), ("period_source", c_char_p), ("summary", c_char_p),
                ("tables", c_size_t), ("rows", c_size_t), ("measures", c_size_t), ("sections", c_size_t),
                ("note_count", c_size_t), ("message_count", c_size_t)]


class ImportNote(Versioned):
    _fields_ = [("version", c_uint), ("line", c_int), ("table", c_int), ("row", c_int), ("column", c_int),
                ("paragraph", c_int), ("text", c_char_p)]


class ImportMessage(Versioned):
    _fields_ = [("version", c_uint), ("kind", c_int), ("line", c_int), ("table", c_int), ("row", c_int),
                ("column", c_int), ("paragraph", c_int), ("where", c_char_p), ("message", c_char_p)]


class ConfigInfo(Versioned):
    _fields_ = [("version", c_uint), ("file", c_char_p), ("has_language", c_int), ("language", c_int),
                ("has_fail_level", c_int), ("fail_level", c_int), ("catalog", c_char_p)]


NO_INDEX = ctypes.c_size_t(-1).value
#: ERM_JSON_MAX_INDENT: the widest indent erm_roadmap_to_json() accepts.
JSON_MAX_INDENT = 16

# ---- the signature table ----------------------------------------------------------

_status = c_int
_handle = c_void_p
_out_handle = POINTER(c_void_p)
_out_string = POINTER(c_void_p)  # char **: a c_void_p keeps the pointer for erm_string_free

#: name → (argument types, result type). Every function the package calls.
FUNCTIONS: dict[str, tuple[list[Any], Any]] = {
    "erm_version": ([], c_char_p),
    "erm_last_error": ([], c_char_p),
    "erm_last_error_detail": ([POINTER(ErrorDetail)], _status),
    "erm_error_clear": ([], None),
    "erm_string_free": ([c_void_p], None),
    "erm_period_parse": ([c_char_p, POINTER(CWindow)], _status),
    "erm_roadmap_load_file_ext": ([c_char_p, POINTER(Options), _out_handle], _status),
    "erm_roadmap_load_string_ext": ([c_char_p, c_size_t, c_char_p, POINTER(Options), _out_handle], _status),
    "erm_roadmap_free": ([_handle], None),
    "erm_roadmap_describe": ([_handle, POINTER(RoadmapInfo)], _status),
    "erm_roadmap_measure_count": ([_handle], c_size_t),
    "erm_roadmap_section_count": ([_handle], c_size_t),
    "erm_roadmap_section_at": ([_handle, c_size_t, POINTER(SectionInfo)], _status),
    "erm_roadmap_responsible_count": ([_handle], c_size_t),
    "erm_roadmap_responsible_at": ([_handle, c_size_t, POINTER(ResponsibleInfo)], _status),
    "erm_roadmap_responsible_alias": ([_handle, c_size_t, c_size_t, POINTER(c_char_p)], _status),
    "erm_roadmap_indicator_count": ([_handle], c_size_t),
    "erm_roadmap_indicator_at": ([_handle, c_size_t, POINTER(IndicatorInfo)], _status),
    "erm_roadmap_indicator_target": ([_handle, c_size_t, c_size_t, POINTER(c_char_p), POINTER(Value)], _status),
    "erm_roadmap_indicator_actual": ([_handle, c_size_t, c_size_t, POINTER(Date), POINTER(Value)], _status),
    "erm_roadmap_indicator_progress": ([_handle, c_size_t, POINTER(Date), POINTER(IndicatorProgress)], _status),
    "erm_roadmap_coverage_json": ([_handle, _out_string], _status),
    "erm_roadmap_measures_json": ([_handle, _out_string], _status),
    "erm_roadmap_measure_table": ([_handle, POINTER(c_void_p), POINTER(c_size_t)], _status),
    "erm_buffer_free": ([c_void_p], None),
    "erm_roadmap_to_json": ([_handle, c_int, _out_string], _status),
    "erm_roadmap_to_yaml": ([_handle, _out_string], _status),
    "erm_validate": ([_handle, POINTER(Options), _out_handle], _status),
    "erm_validate_file": ([c_char_p, POINTER(Options), _out_handle], _status),
    "erm_validate_string": ([c_char_p, c_size_t, c_char_p, POINTER(Options), _out_handle], _status),
    "erm_report_to_json": ([_handle, _out_string], _status),
    "erm_report_free": ([_handle], None),
    "erm_query_json": ([_handle, c_char_p, _out_string], _status),
    "erm_calendar_ics": ([_handle, c_char_p, POINTER(c_int), _out_string], _status),
    "erm_config_load": ([c_char_p, _out_handle], _status),
    "erm_config_load_string": ([c_char_p, c_size_t, c_char_p, _out_handle], _status),
    "erm_config_find": ([c_char_p, _out_string], _status),
    "erm_config_describe": ([_handle, POINTER(ConfigInfo)], _status),
    "erm_config_free": ([_handle], None),
    "erm_validate_with_config": ([_handle, _handle, POINTER(c_int), _out_handle], _status),
    "erm_validate_file_with_config": ([c_char_p, _handle, POINTER(c_int), _out_handle], _status),
    "erm_score_json": ([_handle, c_char_p, _out_string], _status),
    "erm_diff_json": ([_handle, _handle, _out_string], _status),
    "erm_status_json": ([_handle, POINTER(Date), POINTER(CWindow), _out_string], _status),
    "erm_deadline_resolve": ([c_char_p, POINTER(CWindow), _out_handle], _status),
    "erm_deadline_to_json": ([_handle, _out_string], _status),
    "erm_deadline_free": ([_handle], None),
    "erm_import_file": ([c_char_p, POINTER(ImportOptions), _out_handle], _status),
    "erm_import_buffer": ([c_char_p, c_size_t, POINTER(ImportOptions), _out_handle], _status),
    "erm_import_describe": ([_handle, POINTER(ImportInfo)], _status),
    "erm_import_note_at": ([_handle, c_size_t, POINTER(ImportNote)], _status),
    "erm_import_message_at": ([_handle, c_size_t, POINTER(ImportMessage)], _status),
    "erm_import_result_free": ([_handle], None),
    # the corpus index (index.py)
    "erm_index_new": ([POINTER(c_void_p), c_size_t, _out_handle], _status),
    "erm_index_query_json": ([_handle, c_char_p, _out_string], _status),
    "erm_index_free": ([_handle], None),
}

_lock = threading.Lock()
_library: Optional[ctypes.CDLL] = None
_library_path: Optional[pathlib.Path] = None
_requested_path: Optional[str] = None


class LibraryError(ImportError):
    """The C library could not be found or lacks a function this package needs."""


def set_library_path(path: Union[str, os.PathLike[str]]) -> None:
    """Uses the library at *path*; only before the first call into it."""
    global _requested_path
    if _library is not None:
        raise LibraryError(f"the library is already loaded from {_library_path}")
    _requested_path = os.fspath(path)


def _candidates() -> list[str]:
    found = []
    if _requested_path:
        return [_requested_path]
    if os.environ.get("ERM_LIBRARY"):
        return [os.environ["ERM_LIBRARY"]]
    beside = pathlib.Path(__file__).resolve().parent / LIBRARY_NAME
    if beside.exists():
        found.append(str(beside))
    found.append(LIBRARY_NAME)
    system = ctypes.util.find_library("eduroadmap_c")
    if system:
        found.append(system)
    return found


def _load() -> ctypes.CDLL:
    global _library, _library_path
    with _lock:
        if _library is not None:
            return _library
        errors = []
        for candidate in _candidates():
            try:
                library = ctypes.CDLL(candidate)
                break
            except OSError as e:
                errors.append(f"{candidate}: {e}")
        else:
            raise LibraryError("cannot load the eduroadmap C library (set ERM_LIBRARY to its path): " +
                               "; ".join(errors))
        missing = [name for name in FUNCTIONS if not hasattr(library, name)]
        if missing:
            raise LibraryError(f"{getattr(library, '_name', candidate)} lacks {', '.join(missing)}: "
                               "it is older than this package")
        for name, (argtypes, restype) in FUNCTIONS.items():
            function = getattr(library, name)
            function.argtypes = argtypes
            function.restype = restype
        _library = library
        _library_path = pathlib.Path(_loaded_path(library, candidate))
        return library


def _loaded_path(library: ctypes.CDLL, fallback: str) -> str:
    """The file the dynamic loader actually mapped (for library_path())."""
    try:
        address = ctypes.cast(library.erm_version, c_void_p).value
        if address is None:
            return fallback
        with open("/proc/self/maps", encoding="utf-8") as maps:
            for line in maps:
                parts = line.split()
                low, high = (int(x, 16) for x in parts[0].split("-"))
                if low <= address < high and len(parts) >= 6:
                    return parts[5]
    except (OSError, ValueError):
        pass
    return fallback


def lib() -> ctypes.CDLL:
    """The loaded library (loading it on first use)."""
    return _library if _library is not None else _load()


def library_path() -> pathlib.Path:
    """The file of the loaded library."""
    lib()
    assert _library_path is not None
    return _library_path


# ---- text ---------------------------------------------------------------------------


def encode(text: Union[str, bytes, os.PathLike[str], None]) -> Optional[bytes]:
    """UTF-8 bytes of a text or a path (paths as the file system spells them)."""
    if text is None or isinstance(text, bytes):
        return text
    if isinstance(text, os.PathLike):
        return os.fsencode(text)
    return text.encode("utf-8")


def decode(data: Optional[bytes]) -> str:
    """A str from the library's UTF-8 (NULL is "")."""
    return data.decode("utf-8", errors="replace") if data else ""


def take_string(pointer: c_void_p) -> str:
    """Decodes a string the library allocated for us, and frees it."""
    if not pointer.value:
        return ""
    try:
        return ctypes.string_at(pointer.value).decode("utf-8", errors="replace")
    finally:
        lib().erm_string_free(pointer)


# ---- errors -------------------------------------------------------------------------


def check(status: int) -> None:
    """Raises the exception of a failed status, with the thread's last error."""
    if status == 0:
        return
    detail = ErrorDetail.new()
    lib().erm_last_error_detail(ctypes.byref(detail))
    raise error_for(status, without_c_names(decode(detail.message)), rule=decode(detail.rule),
                    file=decode(detail.file), line=detail.line, column=detail.column)


def check_readable(path: Union[str, bytes, os.PathLike[str]]) -> None:
    """Raises FileNotFoundError or PermissionError (both also LoadError) when
    *path* cannot be opened for reading; other problems are left to the library."""
    try:
        with open(path, "rb"):
            pass
    except OSError as e:
        error = file_error(e, os.fsdecode(path))
        if error is not None:
            raise error from None


class _LibraryBuffer:
    """A buffer the C library made (freed by erm_buffer_free), owned by the
    ctypes array that views it: freed when the last view of it is gone."""

    __slots__ = ("_address", "_free")

    def __init__(self, address: int) -> None:
        self._free = lib().erm_buffer_free  # kept: the module may be torn down before the last view
        self._address = address

    def __del__(self) -> None:
        self._free(self._address)


def call_view(function: Callable[..., int], *args: Any) -> memoryview:
    """Calls a function whose last arguments are `void **out, size_t *size`;
    returns a read-only view of the buffer, not a copy (a table of 100,000
    measures is 29 MB). The buffer is freed when this view and every view
    made from it are gone, whatever holds them."""
    out, size = c_void_p(), c_size_t()
    check(function(*args, ctypes.byref(out), ctypes.byref(size)))
    if not out.value:
        return memoryview(b"")
    try:
        owner = _LibraryBuffer(out.value)
    except BaseException:  # no owner to free it (MemoryError): free it now
        lib().erm_buffer_free(out)
        raise
    if not size.value:
        return memoryview(b"")  # the owner goes, and frees the buffer, here
    array = (ctypes.c_char * size.value).from_address(out.value)
    array._owner = owner  # type: ignore[attr-defined]  # the array keeps the buffer alive
    return memoryview(array).cast("B").toreadonly()


def call_buffer(function: Callable[..., int], *args: Any) -> bytes:
    """Calls a function whose last arguments are `void **out, size_t *size`; returns a copy of the buffer."""
    return call_view(function, *args).tobytes()


def call_string(function: Callable[..., int], *args: Any) -> str:
    """Calls a function whose last argument is `char **out`; returns the text."""
    out = c_void_p()
    check(function(*args, ctypes.byref(out)))
    return take_string(out)


def version() -> str:
    return decode(lib().erm_version())
