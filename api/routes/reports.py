"""Reports: the list, and one report's text with its evidence spans marked."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from api import ids
from api.deps import IriPath, Paging, PagingDep, SettingsDep, StoreDep, check_limit, resolve_iri
from api.params import YearDep
from api.routes.areas import JurisdictionQuery, ReportLevelDep
from api.schemas import ERRORS, Page, Report, ReportSummary
from api.settings import LIMIT_CEILING
from api.tabular import FILES, ExportDep
from api.vocabulary import jurisdiction_code
from graph.identity import now_named
from ontology import iri as iris

router = APIRouter(tags=["reports"], responses=ERRORS)


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary; each piece lists the spans covering it, in the order of ``spans``.

    Overlapping spans are fine: a piece covered by two lists both. One sweep over the cuts keeps the spans open
    at each, so the work is the pieces and what they list: testing every span against every piece took 44 CPU-s
    for a report of 24k spans (round 26; 0.16 s now).

    >>> [(s["text"], s["spans"]) for s in segments("ab cd", [{"iri": "x", "start": 3, "end": 5}])]
    [('ab ', []), ('cd', ['x'])]
    """
    valid = [(s["iri"], s["start"], s["end"]) for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    opening: dict[int, list[int]] = defaultdict(list)  # cut → the spans (by place in ``valid``) starting there
    closing: dict[int, list[int]] = defaultdict(list)
    for i, (_, start, end) in enumerate(valid):
        opening[start].append(i)
        closing[end].append(i)
    cuts = sorted({0, len(text), *opening, *closing})
    open_: set[int] = set()
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        open_.difference_update(closing.get(start, ()))
        open_.update(opening.get(start, ()))
        pieces.append({"text": text[start:end], "start": start, "spans": [valid[i][0] for i in sorted(open_)]})
    return pieces


@router.get("/reports", operation_id="listReports", response_model=Page[ReportSummary], responses=FILES)
def reports(store: StoreDep, paging: PagingDep, export: ExportDep, year: YearDep, report_level: ReportLevelDep,
            jurisdiction: JurisdictionQuery = None) -> Any:
    """The reports in the store: title, year, date, source, publisher, level and place (``level`` the report's own,
    ``area_level`` its area's); ``report_level`` (or ``level``) keeps those of a level, ``jurisdiction`` those from an
    area within it, ``year`` those covering it."""
    return export.answer(paging, store.reports(report_level, jurisdiction_code(store, jurisdiction), year), "reports")


def _span_page(
    request: Request,
    settings: SettingsDep,
    limit: Annotated[int | None, Query(ge=1, le=LIMIT_CEILING, description=(
        "Evidence spans in the answer, at most OKG_MAX_LIMIT (1000 unless set), which is the default: a report "
        "stating more answers its first ones, and `spans_total` says how many there are"))] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Spans to skip, in the text's order.")] = 0,
) -> Paging:
    """The page of a report's spans asked for; 422 for a ``limit`` above ``OKG_MAX_LIMIT``, as listings answer."""
    limit = settings.max_limit if limit is None else limit
    check_limit(request, settings, limit, "spans_total")
    return Paging(limit, offset)


@router.get("/reports/{id:path}", operation_id="getReport", response_model=Report,
            responses={308: {"description": "The report is stored under another IRI now: a later copy of its "
                             "text went first (graph.identity.PUBLICATION_RULE); Location names it"}})
def report(store: StoreDep, iri: IriPath, request: Request, paging: Annotated[Paging, Depends(_span_page)]) -> Any:
    """A report's text with the evidence spans stated in it, in the text's order, and the text cut into segments
    marked with those spans; ``id`` may also be the URL the report was read from (its ``url:`` header). At most
    ``limit`` spans (OKG_MAX_LIMIT, 1000, unless set lower) from ``offset`` on: a report stating more (a long text:
    ``spans_total`` above ``limit``) is paged through with ``offset``, each page the whole text marked with its own
    spans. An IRI the report had before another copy of its text took over answers 308 with the IRI it has now."""
    as_sent = _as_sent(request)
    found = store.report(ids.report(as_sent), paging.offset, paging.limit) if as_sent is not None else None
    if found is None:
        found = store.report(ids.report(iri), paging.offset, paging.limit)
    else:
        iri = as_sent  # the id as sent names a report: …/a%2Fb.html is not …/a/b.html
    if found is None:
        if later := now_named(store, ids.report(iri)):
            moved = request.url_for("report", id=later.removeprefix(iris.base()))
            return RedirectResponse(moved.include_query_params(**request.query_params), status_code=308)
        raise HTTPException(404, f"no report {iri}{_hint(iri)}")
    text = found.get("text") or ""
    return {**found, "text": text, "limit": paging.limit, "offset": paging.offset,
            "segments": segments(text, found["spans"])}


#: Escapes a report's IRI keeps as part of its name (%25 a percent sign, %2F a slash inside a path segment).
_NAME_ESCAPES = re.compile(r"%25|%2[Ff]")


def _as_sent(request: Request) -> str | None:
    """The id as the client sent it, before the path was decoded, when it holds an escape decoding would change the
    name by: a report named by a URL that holds an escape itself (…/xinwen/%25E7%259C…, a page whose address was
    encoded twice; …/a%2Fb.html, a slash that is no path's) keeps it in its IRI, which pasted as it is arrives
    decoded once and reads as another name. None when nothing such was sent, or when the id was encoded whole, as a
    client encoding a path parameter sends it (``quote(id, safe="")``: ``report%2Fwww.example.org%2Fa.html``,
    ``https%3A%2F%2F…``), no slash left bare: decoded once, it is the id (an escape of the name's own came as ``%252F``),
    as ``/laws/{id}`` reads it (a first-time analyst's round 43, finding 4: the short form encoded whole answered 422)."""
    raw = request.scope.get("raw_path", b"").decode("ascii", "replace")
    prefix = request.scope.get("root_path", "") + "/reports/"
    sent = raw[len(prefix):]
    if (not raw.startswith(prefix) or not _NAME_ESCAPES.search(sent) or "/" not in sent
            or sent.lower().startswith(("http%3a", "https%3a"))):
        return None  # an id encoded whole was decoded as a whole: nothing to recover
    return resolve_iri(sent)


def _hint(iri: str) -> str:
    """What to try when a report id names nothing: a page's address without the ``report/`` the ids of
    reports read from the web start with (``/reports/www.example.gov.cn/a.html``)."""
    short = iri.removeprefix(iris.base())
    if short.startswith(("report/", "http://", "https://")) or "." not in short.split("/", 1)[0]:
        return "; list the stored reports with GET /reports"  # an id of its own, or no page's address
    return f"; a report read from a web page is report/{short} (or its url: https://{short}), listed by GET /reports"
