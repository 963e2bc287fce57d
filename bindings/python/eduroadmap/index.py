"""Queries over many roadmaps at once: :class:`Index`, over the C API's
``erm_index_*`` (docs/query.md, "Many roadmaps: the index")."""
from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import json
from typing import Any, Iterable

from . import _ffi
from ._handle import Owner
from .query import Query, QueryResult, _query, result_from_json
from .roadmap import Roadmap, _filters


@dataclasses.dataclass(frozen=True)
class IndexResult:
    """What :meth:`Index.query` returns."""

    query: Query
    count: int                            #: the matched measures of every roadmap
    results: tuple[QueryResult, ...]      #: one per roadmap with a match, in the index's order


class Index(Owner):
    """An index over loaded roadmaps, built once, that answers
    :meth:`Roadmap.query` over all of them at once: for each roadmap with a
    match, exactly the QueryResult its own ``query`` gives.

    The index keeps the roadmaps alive; a roadmap closed while it is in the
    index makes further queries raise ValueError. Any number of threads may
    query one index at once."""

    __slots__ = ("_roadmaps",)
    _FREE = "erm_index_free"
    _KIND = "index"

    def __init__(self, roadmaps: Iterable[Roadmap]) -> None:
        self._roadmaps: tuple[Roadmap, ...] = tuple(roadmaps)
        for rm in self._roadmaps:
            if not isinstance(rm, Roadmap):
                raise TypeError(f"an Index is made of Roadmaps, not {type(rm).__name__}")
        out = ctypes.c_void_p()
        with self._roadmaps_in_use() as handles:
            array = (ctypes.c_void_p * len(handles))(*handles)
            _ffi.check(_ffi.lib().erm_index_new(array, len(handles), ctypes.byref(out)))
        super().__init__(out)

    @property
    def roadmaps(self) -> tuple[Roadmap, ...]:
        """The roadmaps, in the index's order (that of its results)."""
        return self._roadmaps

    def query(self, **filters: Any) -> IndexResult:
        """Runs a query (the filters of :meth:`Roadmap.query`, ``group_by``
        included) over every roadmap. An unknown filter raises QueryError."""
        request = _ffi.encode(json.dumps(_filters(**filters), ensure_ascii=False))
        with self._roadmaps_in_use():  # no roadmap is freed during the call
            data = json.loads(self._call(_ffi.lib().erm_index_query_json, request))
        return IndexResult(_query(data["query"]), data["count"],
                           tuple(result_from_json(r) for r in data["results"]))

    @contextlib.contextmanager
    def _roadmaps_in_use(self) -> Any:
        """The roadmaps' C handles, none of which can be freed until the block ends."""
        with contextlib.ExitStack() as stack:
            yield [stack.enter_context(rm._use()) for rm in self._roadmaps]
