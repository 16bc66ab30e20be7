"""Entities: search by label, one entity, its neighbourhood, and paths between two."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import Field, TypeAdapter

from api.deps import IriPath, Paging, PagingDep, SettingsDep, StoreDep
from api.params import values_of
from api.page_cache import PageCache
from api.schemas import ERRORS, Activity, Entity, Hit, Page, Path, Subgraph
from api.vocabulary import class_name, entity_named
from graph import Store
from ontology import iri as iris

router = APIRouter(tags=["entities"], responses=ERRORS)
PATHS_MAX = 20  # shortest paths asked of the store, before those through the same nodes merge
NEIGHBOURHOODS = PageCache(TypeAdapter(Subgraph))  # a neighbourhood is kept and shared until the store changes

Types = Annotated[list[str] | None, Query(
    description="Keep only these classes (local names or zh/en labels: Law, 法律法规, 机关; repeat or list: Law,机关).",
    examples=["Law,Organ"])]


def split_types(types: list[str] | None, field: str = "types") -> list[str] | None:
    """``?types=Law&types=Organ`` or ``?types=Law,机关`` (any of :data:`api.params.LIST_SEPARATORS`, as every
    closed-set filter reads them) → ``["Law", "Organ"]``: each an ontology class
    by local name (any case) or zh/en label; an unknown one is a 422 on ``field`` listing the valid
    ones, never a silent empty answer."""
    if not types:
        return None
    return [class_name(field, n) for n in values_of(types)] or None


def named(store: Store, q: str, types: list[str]) -> dict[str, int]:
    """The IRIs of resources of ``types`` a name of which holds ``q`` (normalised as ``/search`` does),
    each with its rank in ``/search``'s order (exact first); when none holds it, those whose names
    abbreviate it (a filter stays narrow when it can)."""
    hits = store.find(q, types, 1000)["items"]
    return {item["iri"]: rank for rank, item in enumerate([h for h in hits if h["match"] != "abbreviation"] or hits)}


def ensure_entity(store: Store, iri: str) -> None:
    """404 unless the store knows ``iri`` (:func:`missing`)."""
    if store.entity(iri) is None:
        raise missing(store, iri)


def missing(store: Store, iri: str) -> HTTPException:
    """The 404 for an ``iri`` the store does not hold, with the way to find it: ``/search`` by the name
    the IRI ends with (law/湿地保护法: 湿地保护法) and, when the name index holds that name (a label or an
    alias: a short title, a name reports use) for one resource of the IRI's kind alone, its IRI."""
    short = iri.removeprefix(iris.base())
    kind, _, name = short.rpartition("/")
    if short == iri or not name:  # not an IRI of this graph's data: no name to look up
        return HTTPException(404, f"no entity {iri}")
    hint = f"; GET /search?q={name} finds resources by name"
    named = [h for h in store.find(name, None, 50)["items"]
             if h["match"] in ("exact", "alias") and h["iri"].startswith(f"{iris.base()}{kind}/")]
    if len(named) == 1:
        found = named[0]["iri"]
        hint += f"; {name!r} names {found.removeprefix(iris.base())} ({found})"
    return HTTPException(404, f"no entity {iri}{hint}")


class SearchPage(Page[Hit]):
    total_exact: bool = Field(description="True when ``total`` and ``facets`` count every match; false when "
                              "the search read only the best names of a broad query (enough for the page, "
                              "up to 1000): then they are lower bounds, as Elasticsearch's "
                              "``hits.total.relation: gte``.")
    facets: dict[str, int] = Field(description="Matches per kind (Law, Organ, AdministrativeArea, "
                                   "OversightActivity, Report, Statistic, Issue, Deputy, Mention, Other), "
                                   "before ``type`` and paging cut them.")


@router.get("/search", operation_id="search", response_model=SearchPage)
def search(
    store: StoreDep, paging: PagingDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="A name or part of one, Chinese "
                            "(traditional or simplified) or English; a short title or abbreviation does.",
                            examples=["湿地保护法", "全国人大常委会", "湿地法"])],
    type: Types = None,  # noqa: A002 - the public name of the parameter
) -> dict[str, Any]:
    """Resources by name, best first: the name is ``q`` (a label, then an alias such as a short
    title or an abbreviation), starts with it, ends with it, holds it, or holds its characters in
    order (湿地法 → 中华人民共和国湿地保护法); ``total`` and ``facets`` count matches up to 1000, all of
    them when ``total_exact``, else the matches among the best names read for the page (lower bounds)."""
    text = q.strip()
    if not text:
        raise HTTPException(422, "q: give at least one non-blank character")
    found = store.find(text, split_types(type, "type"), paging.limit, paging.offset)
    counted = store.find(text, None, 0) if type else found
    return {**paging.page([], found["total"]), "total_exact": found["total_exact"] and counted["total_exact"],
            "items": found["items"], "facets": counted["facets"]}


@router.get("/entities/{id:path}/neighbors", operation_id="neighbors", response_model=Subgraph)
def neighbors(
    store: StoreDep, settings: SettingsDep, iri: IriPath,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the entity.")] = 1,
    types: Types = None,
    limit: Annotated[int, Query(ge=1, le=2000, description="At most this many nodes.")] = 200,
) -> Response:
    """The subgraph around an entity (double-click in the explorer)."""
    result = store.neighbours(iri, depth=min(depth, settings.max_depth), types=split_types(types),
                              limit=limit)
    if not result.get("edges"):
        ensure_entity(store, iri)
    return NEIGHBOURHOODS.whole(result)  # the same shared answer again: its JSON, not validated anew


@router.get("/entities/{id:path}", operation_id="getEntity", response_model=Entity)
def entity(store: StoreDep, iri: IriPath) -> dict[str, Any]:
    """One resource: labels, types, properties, relations, and the sentences stating it."""
    found = store.entity(iri)
    if found is None:
        raise missing(store, iri)
    return found


ENDPOINT = ("IRI or short form, or a law's, an organ's or an area's name as the law, organ and jurisdiction "
            "filters take it")


@router.get("/paths", operation_id="paths", response_model=Page[Path])
def paths(
    store: StoreDep, settings: SettingsDep,
    source: Annotated[str, Query(alias="from", description=ENDPOINT, max_length=2000,
                                 examples=["law/中华人民共和国湿地保护法", "湿地保护法"])],
    target: Annotated[str, Query(alias="to", description=ENDPOINT, max_length=2000,
                                 examples=["law/中华人民共和国森林法", "湖北省人大常委会"])],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 6,
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
    mentions: Annotated[bool, Query(description=(
        "false: leave out a report's naming of a law or an organ (mentionsLaw, mentionsOrgan, mentionsDraft, "
        "mentionOf), so the paths found go through the oversight itself (an inspection of the law, the inquiry that "
        "oversaw the department) rather than through the report that names both"))] = True,
) -> dict[str, Any]:
    """Shortest paths between two entities, along relationships in either direction; paths
    through the same nodes count once. ``mentions=false`` leaves out the relationships a report names things by."""
    start, end = entity_named(store, source, "from"), entity_named(store, target, "to")
    found = store.paths(start, end, max_hops=min(max_hops, settings.max_hops), limit=PATHS_MAX, mentions=mentions)
    if not found:
        ensure_entity(store, start)
        ensure_entity(store, end)
    distinct = list({tuple(n["iri"] for n in path["nodes"]): path for path in found}.values())
    return {"total": len(distinct), "limit": limit, "offset": 0, "items": distinct[:limit]}


def timeline(resolve: Callable[[Store, str], str | None]) -> Callable[..., dict[str, Any]]:
    """The timeline route of a law or an organ (routed by laws and activities), whose ``id`` ``resolve`` reads as the
    ``law`` or ``organ`` filter reads it: an IRI, a short form, or a name (湿地保护法, 湖北省人大常委会)."""

    def route(store: StoreDep, paging: PagingDep, id: NamedId, undated: Undated = True) -> dict[str, Any]:  # noqa: A002
        return _timeline(store, paging, resolve(store, id), undated)

    return route


NamedId = Annotated[str, PathParam(description="The law's or organ's IRI (URL-encoded), short form, or a name the "
                                               "law or organ filter of /activities takes (湿地保护法, 湖北省人大常委会).")]
Undated = Annotated[bool, Query(description="true (the default): also the activities no year dates, after the dated "
                                            "ones; false: the dated ones only")]


def _timeline(store: Store, paging: Paging, iri: str, undated: bool) -> dict[str, Any]:
    """Activities touching a law or an organ, the dated ones oldest first, then those no year dates (``undated``
    counts them: a report without a year states them), which ``undated=false`` leaves out: a law inspected only in
    reports without a year then still shows its inspections rather than an empty timeline."""
    rows = store.timeline(iri, undated=True)
    if not rows:
        ensure_entity(store, iri)
    without_year = sum(row["year_from"] is None for row in rows)
    return {**paging.page(rows if undated else [row for row in rows if row["year_from"] is not None]),
            "undated": without_year}


class Timeline(Page[Activity]):
    """A law's or an organ's activities by date."""

    undated: int = Field(0, description="Activities no year dates (their report states none), listed last unless "
                                        "undated=false: a timeline without them is not all the reports state.")


TIMELINE = Timeline
