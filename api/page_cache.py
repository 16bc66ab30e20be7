"""JSON pages of a shared table, serialised once: a listing's page is validated and dumped per request
otherwise (27 ms of CPU for a page of 100 laws with their evidence, 1.25 MB, at 1M triples).

The store hands out its laws table as one read-only object (:mod:`graph.frozen`) until its version
changes, then a new one; a page is kept against the very object it was cut from, so a write (a new
table) can never be answered from an old page.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi.responses import Response
from pydantic import TypeAdapter

from api.deps import Paging
from graph.recent import Recent


class PageCache:
    """The JSON bytes of ``{total, limit, offset, items}`` pages of shared tables, as ``adapter``
    (the route's response model) validates and dumps them; the ``size`` most recent pages kept."""

    def __init__(self, adapter: TypeAdapter[Any], size: int = 64) -> None:
        self.adapter = adapter
        self._pages = Recent(size)  # (id of the table, limit, offset) → (the table, the page's bytes)

    def response(self, rows: Sequence[Any], paging: Paging) -> Response:
        """The page of ``rows`` (a table the store shares read-only) that ``paging`` selects, as JSON."""
        key = (id(rows), paging.limit, paging.offset)
        hit = self._pages.get(key)
        if hit is not None and hit[0] is rows:
            return Response(hit[1], media_type="application/json")
        body = self.adapter.dump_json(self.adapter.validate_python(paging.page(rows)), by_alias=True)
        self._pages.put(key, (rows, body))  # holding ``rows`` keeps its id from being reused meanwhile
        return Response(body, media_type="application/json")
