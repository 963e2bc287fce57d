"""The life of a C handle owned by a Python object: freed by close(), by
``with`` or by the garbage collector, never while a call uses it."""
from __future__ import annotations

import contextlib
import ctypes
import threading
from typing import Any, Callable, Iterator, Optional, TypeVar

from . import _ffi

_O = TypeVar("_O", bound="Owner")


class Owner:
    """Owns one C handle. Subclasses name the C function that frees it
    (``_FREE``) and what it is (``_KIND``, for the message after close())."""

    __slots__ = ("_handle", "_users", "_state")
    _FREE = ""
    _KIND = ""

    def __init__(self, handle: ctypes.c_void_p) -> None:
        self._handle: Optional[ctypes.c_void_p] = handle
        self._users = 0                       # calls using the handle now
        self._state = threading.Condition()   # guards _handle and _users

    @property
    def closed(self) -> bool:
        return self._handle is None

    def close(self) -> None:
        """Frees the C object once the calls in progress have returned;
        further calls that need it raise ValueError."""
        with self._state:
            handle, self._handle = self._handle, None  # no call starts from here on
            self._state.wait_for(lambda: self._users == 0)
        if handle is not None:
            getattr(_ffi.lib(), self._FREE)(handle)

    def __enter__(self: _O) -> _O:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass

    @contextlib.contextmanager
    def _use(self) -> Iterator[ctypes.c_void_p]:
        """The C handle, kept alive (close() waits) until the block ends."""
        with self._state:
            if self._handle is None:
                raise ValueError(f"the {self._KIND} is closed")
            handle = self._handle
            self._users += 1
        try:
            yield handle
        finally:
            with self._state:
                self._users -= 1
                if self._users == 0:
                    self._state.notify_all()

    def _call(self, function: Callable[..., int], *args: Any) -> str:
        """The text of `function(handle, *args, char **out)`."""
        with self._use() as h:
            return _ffi.call_string(function, h, *args)
