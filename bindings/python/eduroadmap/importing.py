"""Importing plans: Word (.docx), OpenDocument (.odt) and text exports into
roadmaps (docs/import.md), over erm_import_file / erm_import_buffer."""
from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass
from typing import Optional, Union

from . import _ffi
from .enums import ImportMessageKind, Language
from .roadmap import Roadmap, loads


@dataclass(frozen=True)
class ImportNote:
    """What could not be placed, with where it stands: a text export's
    *line*, or a Word file's *table*, *row*, *column* and *paragraph*
    (1-based; 0 when not given)."""

    text: str
    line: int
    table: int
    row: int
    column: int
    paragraph: int


@dataclass(frozen=True)
class ImportMessage:
    """A remark of the import, in the language asked for; *where* is «12» or
    «table 2, row 5, column 3», "" for the document as a whole."""

    kind: ImportMessageKind
    message: str
    where: str
    line: int
    table: int
    row: int
    column: int
    paragraph: int

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_document` produced.

    *ok* is true when the document was imported: *yaml* is then the roadmap
    (notes under ``import_notes``), and :meth:`roadmap` loads it. Otherwise
    the messages of kind ``ERROR`` say why."""

    ok: bool
    yaml: str
    format: str          #: text, docx, odt (legacy-word, rtf, pdf when refused for that)
    encoding: str        #: a text export's encoding (utf-8, utf-16le, windows-1251, …); "" otherwise
    layout: str          #: none, tab-separated, cell-per-line, mixed, word
    period_source: Optional[str]  #: stated, guessed, given; None when no period was found
    summary: str
    tables: int
    rows: int
    measures: int
    sections: int
    notes: list[ImportNote]
    messages: list[ImportMessage]

    @property
    def errors(self) -> list[ImportMessage]:
        """The messages that say why the document could not be imported."""
        return [m for m in self.messages if m.kind == ImportMessageKind.ERROR]

    def roadmap(self, name: str = "<import>") -> Roadmap:
        """The imported roadmap, loaded (ValueError when the import failed)."""
        if not self.ok:
            raise ValueError("the document was not imported: " + "; ".join(m.message for m in self.errors))
        return loads(self.yaml, name)


def import_document(source: Union[str, bytes, "os.PathLike[str]"], *, id: Optional[str] = None,
                    period: Optional[str] = None, name: Optional[str] = None,
                    language: Union[Language, str] = Language.RU) -> ImportResult:
    """Imports a plan: *source* is a path, or the file's bytes. The kind of
    document is told by its content. *id* and *period* override what the
    document gives (a period: ``2021``, ``2020-2022``, ``2023/2024``,
    ``START..END``); *name* names bytes (for the default id); *language*
    (``"ru"``/``"en"`` or a Language) is that of the messages and summary.

    A document that cannot be imported is not an exception: the result's
    *ok* is false and its messages say why. A path that cannot be opened
    raises :class:`FileNotFoundError` or :class:`PermissionError` (both also
    LoadError)."""
    lang = Language.from_label(language) if isinstance(language, str) else Language(language)
    if not isinstance(source, bytes):
        _ffi.check_readable(source)
    options = _ffi.ImportOptions(version=_ffi.ImportOptions.VERSION, id=_ffi.encode(id), period=_ffi.encode(period),
                                 file=_ffi.encode(name), language=int(lang))
    lib = _ffi.lib()
    handle = ctypes.c_void_p()
    if isinstance(source, bytes):
        _ffi.check(lib.erm_import_buffer(source, len(source), ctypes.byref(options), ctypes.byref(handle)))
    else:
        _ffi.check(lib.erm_import_file(_ffi.encode(source), ctypes.byref(options), ctypes.byref(handle)))
    try:
        return _result(lib, handle)
    finally:
        lib.erm_import_result_free(handle)


def _result(lib: ctypes.CDLL, handle: ctypes.c_void_p) -> ImportResult:
    info = _ffi.ImportInfo.new()
    _ffi.check(lib.erm_import_describe(handle, ctypes.byref(info)))
    notes = []
    for i in range(info.note_count):
        n = _ffi.ImportNote.new()
        _ffi.check(lib.erm_import_note_at(handle, i, ctypes.byref(n)))
        notes.append(ImportNote(_ffi.decode(n.text), n.line, n.table, n.row, n.column, n.paragraph))
    messages = []
    for i in range(info.message_count):
        m = _ffi.ImportMessage.new()
        _ffi.check(lib.erm_import_message_at(handle, i, ctypes.byref(m)))
        messages.append(ImportMessage(ImportMessageKind(m.kind), _ffi.decode(m.message), _ffi.decode(m.where),
                                      m.line, m.table, m.row, m.column, m.paragraph))
    source = _ffi.decode(info.period_source)
    return ImportResult(ok=bool(info.ok), yaml=_ffi.decode(info.yaml), format=_ffi.decode(info.format),
                        encoding=_ffi.decode(info.encoding), layout=_ffi.decode(info.layout),
                        period_source=source or None, summary=_ffi.decode(info.summary), tables=info.tables,
                        rows=info.rows, measures=info.measures, sections=info.sections, notes=notes,
                        messages=messages)
