"""Configurations: the `.eduroadmap.yaml` files that set which rules run and
how seriously, the language, the catalog and the fail level (docs/config.md)."""
from __future__ import annotations

import ctypes
import os
from typing import Any, Optional, Union

from . import _ffi
from ._handle import Owner
from .enums import Language, Severity

PathLike = Union[str, "os.PathLike[str]"]


class Config(Owner):
    """A configuration read by :func:`load_config` or :func:`loads_config`;
    give it to :func:`eduroadmap.validate_file` or :meth:`Roadmap.validate`
    as ``config=``. Immutable; close it (or use ``with``) to free it early."""

    __slots__ = ("file", "language", "fail_level", "catalog", "__weakref__")
    _FREE = "erm_config_free"
    _KIND = "configuration"

    def __init__(self, handle: ctypes.c_void_p) -> None:
        super().__init__(handle)
        info = _ffi.ConfigInfo.new()
        _ffi.check(_ffi.lib().erm_config_describe(handle, ctypes.byref(info)))
        #: The file it was read from (the name given to loads_config()).
        self.file = _ffi.decode(info.file)
        #: Its ``language:``; None when it sets none.
        self.language: Optional[Language] = Language(info.language) if info.has_language else None
        #: Its ``fail_level:``, the lowest severity that fails a run; None when it sets none.
        self.fail_level: Optional[Severity] = Severity(info.fail_level) if info.has_fail_level else None
        #: Its ``catalog:`` (a relative path resolved); None when it names none.
        self.catalog: Optional[str] = _ffi.decode(info.catalog) or None

    def __repr__(self) -> str:
        return f"<Config {self.file!r}>"


def load_config(path: PathLike) -> Config:
    """Reads a configuration file. :class:`FileNotFoundError` or
    :class:`PermissionError` (both also LoadError) when it cannot be opened;
    :class:`LoadError` with the rule, line and column of its first problem
    when it cannot be used (a configuration is never half-applied)."""
    _ffi.check_readable(path)
    handle = ctypes.c_void_p()
    _ffi.check(_ffi.lib().erm_config_load(_ffi.encode(path), ctypes.byref(handle)))
    return Config(handle)


def loads_config(text: Union[str, bytes], name: str = "<string>") -> Config:
    """Reads a configuration from YAML text; *name* is the file name in
    locations, against whose directory a relative ``catalog:`` is resolved."""
    data = _ffi.encode(text)
    assert data is not None
    handle = ctypes.c_void_p()
    _ffi.check(_ffi.lib().erm_config_load_string(data, len(data), _ffi.encode(name), ctypes.byref(handle)))
    return Config(handle)


def find_config(path: PathLike) -> Optional[str]:
    """The configuration file that governs *path* (a roadmap or a
    directory), as the command-line tool finds it: the first
    ``.eduroadmap.yaml`` upwards from it; None when there is none."""
    found = _ffi.call_string(_ffi.lib().erm_config_find, _ffi.encode(path))
    return found or None


def language_pointer(language: Union[Language, str, None]) -> Any:
    """A `const erm_language *` argument: NULL for None."""
    if language is None:
        return None
    chosen = language if isinstance(language, Language) else Language.from_label(language)
    return ctypes.byref(ctypes.c_int(int(chosen)))
