"""Settings and the dependencies every router shares: the store, IRIs in paths, paging."""
from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request

from api.ids import canonical
from api.settings import LIMIT_CEILING, Settings
from graph import Store
from graph.backends import QueryLanguage
from graph.query_limits import QueryLimits
from graph.sparql import is_iri
from ontology import iri as iris

#: What an IRI taken from a request may hold: no spaces, controls, quotes or
#: angle brackets, so it can never break out of a SPARQL ``<…>`` or a log line.
_IRI = re.compile(r"^[a-z][a-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+$", re.IGNORECASE)
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://|urn:)", re.IGNORECASE)
_SHORT = re.compile(r"^[^\s<>\"{}|\\^`\x00-\x1f\x7f:]+/[^\s<>\"{}|\\^`\x00-\x1f\x7f]+$")
MAX_IRI = 2000


def get_store(request: Request) -> Store:
    """The store the app was created with."""
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def query_limits(settings: Settings) -> QueryLimits:
    """The caps of one user query, from the settings."""
    return QueryLimits(rows=settings.max_rows, bytes=settings.max_result_bytes, memory=settings.query_memory_bytes)


class QueryQueue:
    """The ``query_workers`` slots of the heavy routes (``slots``) and the requests waiting for one (the app's
    ``state.query_queue``, made by ``create_app``): at most ``most`` wait, each at most ``wait`` seconds, in the order they came (:class:`asyncio.Semaphore` wakes its waiters
    first come, first served). A notebook's handful of parallel queries is queued, not refused (round 49, newuser34 B6:
    twelve at once with four workers, eight answered 503); a flood past the queue is refused at once, and a query
    that waited its time with 503 and ``Retry-After``."""

    def __init__(self, slots: asyncio.Semaphore, most: int, wait: float) -> None:
        self.slots, self.most, self.wait = slots, most, wait
        self.waiting = 0

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a slot while the body runs: at once when one is free, else after waiting in the queue; raises the 503
        of a full queue (at once) or of a wait past ``wait`` seconds."""
        if self.slots.locked():
            if self.waiting >= self.most:
                raise _busy(f"all query workers (OKG_QUERY_WORKERS) are busy and {self.waiting} queries wait for one (OKG_QUERY_QUEUE)")
            self.waiting += 1
            try:
                await asyncio.wait_for(self.slots.acquire(), self.wait)
            except TimeoutError:
                raise _busy(f"all query workers (OKG_QUERY_WORKERS) stayed busy for the {self.wait:g} s a query waits "
                            "(OKG_QUERY_WAIT)") from None
            finally:
                self.waiting -= 1
        else:
            await self.slots.acquire()
        try:
            yield
        finally:
            self.slots.release()


def _busy(why: str) -> HTTPException:
    return HTTPException(503, f"{why}; retry shortly", headers={"Retry-After": "2"})


async def _query_slot(request: Request) -> AsyncIterator[None]:
    """One of the ``query_workers`` slots for a heavy request, waiting in the queue when all are busy
    (:class:`QueryQueue`). Taken on the event loop before any worker thread, so refused and waiting requests cost
    nothing and light routes keep their threads."""
    queue: QueryQueue = request.app.state.query_queue
    async with queue.slot():
        yield


QuerySlot = Depends(_query_slot)


def resolve_iri(value: str, field: str = "id") -> str:
    """A full IRI, or a short form relative to the data base (``law/中华人民共和国湿地保护法``).

    Raises a 422 naming ``field`` when the value is neither.
    """
    value = value.strip()
    if not value or len(value) > MAX_IRI:
        raise HTTPException(422, f"{field}: an IRI of 1 to {MAX_IRI} characters is required")
    if _SCHEME.match(value):
        if not _IRI.match(value) or not is_iri(value):
            raise HTTPException(422, f"{field}: {value!r} is not a valid IRI")
        return canonical(value)
    if _SHORT.match(value):
        full = iris.base() + value.lstrip("/")
        if not is_iri(full):
            raise HTTPException(422, f"{field}: {value!r} holds characters an IRI may not (RFC 3987)")
        return canonical(full)
    raise HTTPException(
        422,
        f"{field}: {value!r} is neither a full IRI (URL-encoded, e.g. https%3A%2F%2F…) nor a "
        "short form like law/中华人民共和国湿地保护法",
    )


def _path_iri(
    id: Annotated[str, Path(  # noqa: A002 - the public name of the parameter
        description="The entity's IRI, URL-encoded, or its short form relative to the data base.",
        openapi_examples={
            "short": {"summary": "short form", "value": "law/中华人民共和国湿地保护法"},
            "full": {"summary": "full IRI",
                     "value": "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法"},
        },
    )],
) -> str:
    return resolve_iri(id)


IriPath = Annotated[str, Depends(_path_iri)]


@dataclass(frozen=True)
class Paging:
    """``limit`` and ``offset`` of a listing."""

    limit: int
    offset: int

    def page(self, rows: list, total: int | None = None) -> dict[str, object]:
        """The page of ``rows`` this paging selects, with the total count."""
        return {"total": len(rows) if total is None else total, "limit": self.limit,
                "offset": self.offset, "items": rows[self.offset:self.offset + self.limit]}


def _paging(
    request: Request,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=1, le=LIMIT_CEILING, description="Items per page, at most OKG_MAX_LIMIT (1000 unless "
                                "set); a listing's CSV or XLSX without limit or offset holds every row.")] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")] = 0,
) -> Paging:
    """``limit`` and ``offset``; 422 for a ``limit`` above ``OKG_MAX_LIMIT`` (:func:`check_limit`)."""
    check_limit(request, settings, limit)
    return Paging(limit, offset)


def check_limit(request: Request, settings: Settings, limit: int, total: str = "total") -> None:
    """422 for a ``limit`` above ``OKG_MAX_LIMIT``, saying how to have more rows: the pages that follow
    (``offset``, while below the answer's field ``total``), and on a listing that answers files
    (:data:`api.tabular.FILES`), the file."""
    if limit > settings.max_limit:
        from api.vocabulary import refuse_number  # which imports this module

        most = settings.max_limit
        route = request.scope.get("route")
        files = "text/csv" in (getattr(route, "responses", None) or {}).get(200, {}).get("content", {})
        whole = (", or ask format=csv (or format=xlsx, or Accept: text/csv) without limit and offset: the file holds "
                 "every row" if files else "")
        said = refuse_number("limit", str(limit), 1, most, True).detail
        raise HTTPException(422, f"{said} (OKG_MAX_LIMIT, the items a page holds); page through with offset "
                                 f"(offset={most}, {2 * most}, … while below {total}){whole}")


PagingDep = Annotated[Paging, Depends(_paging)]


def require_method(store: Store, method: QueryLanguage) -> None:
    """501 when ``store`` does not answer the query language ``method`` (its ``query_languages``)."""
    if method not in store.query_languages:
        raise HTTPException(501, f"the {store.name} store does not answer {method}; "
                                 f"use {'--neo4j' if method == 'cypher' else 'the embedded store'}")
