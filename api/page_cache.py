"""JSON pages of a shared table, serialised once: a listing's page is validated and dumped per request
otherwise (27 ms of CPU for a page of 100 laws with their evidence, 1.25 MB, at 1M triples).

The store hands out its laws table as one read-only object (:mod:`graph.frozen`) until its version
changes, then a new one; a page is kept against the very object it was cut from, so a write (a new
table) can never be answered from an old page.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fastapi.responses import Response
from pydantic import TypeAdapter

from api.deps import Paging
from graph.recent import Recent


class PageCache:
    """The JSON bytes of ``{total, limit, offset, items}`` pages of shared tables, or of whole shared
    answers (a kept neighbourhood), as ``adapter`` (the route's response model) validates and dumps
    them; the ``size`` most recent kept."""

    def __init__(self, adapter: TypeAdapter[Any], size: int = 64) -> None:
        self.adapter = adapter
        self._pages = Recent(size)  # (id of the shared object, limit, offset) → (the object, the bytes)

    def response(self, rows: Sequence[Any], paging: Paging, shape: Callable[[Any], Any] | None = None,
                 variant: tuple[Any, ...] = ()) -> Response:
        """The page of ``rows`` (a table the store shares read-only) that ``paging`` selects, as JSON; ``shape`` makes
        each item of the page what is answered (a law with the first of its statements), as the request's parameters
        ``variant`` (part of the key) ask."""
        def content() -> dict[str, object]:
            page = paging.page(rows)
            return {**page, "items": [shape(row) for row in page["items"]]} if shape else page  # type: ignore[attr-defined]
        return self._json((id(rows), paging.limit, paging.offset, *variant), rows, content)

    def whole(self, answer: Any) -> Response:
        """``answer`` (an object the store shares read-only until its version changes) as JSON."""
        return self._json((id(answer),), answer, lambda: answer)

    def _json(self, key: tuple[Any, ...], shared: Any, content: Callable[[], Any]) -> Response:
        """The page under ``key``, dumped once: concurrent askers of a missing page wait for one dump
        (:meth:`graph.recent.Recent.answer`) instead of each dumping it (four clients asking the first page
        of 100 laws after a write, 1.26 MB at 1M triples, took turns at the interpreter lock on four dumps)."""
        def dump() -> tuple[Any, bytes]:
            # holding ``shared`` keeps its id from being reused while the page is kept
            return shared, self.adapter.dump_json(self.adapter.validate_python(content()), by_alias=True)
        return Response(self._pages.answer(key, dump)[1], media_type="application/json")
