"""The FastAPI application: JSON over whichever store it is given, plus the explorer page."""
from __future__ import annotations

import asyncio
import logging
import re

from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.deps import QueryQueue, StoreDep, get_store
from api.guard import Guard
from api.params import known_parameters, number_range
from api.routes import ROUTERS, docs, explorer, query
from api.settings import LIMIT_CEILING, Settings
from api.vocabulary import refuse, refuse_number
from graph import Store, StoreError

__all__ = ["StoreDep", "create_app", "get_store"]
log = logging.getLogger("okg.api")

TAGS = [
    {"name": "meta", "description": "Health, counts, stated statistics, the ontology, RDF export."},
    {"name": "entities", "description": "Search, one entity, neighbourhoods and paths. Ids are IRIs: "
     "URL-encode the full IRI, or give the short form relative to the data base, "
     "e.g. `law/中华人民共和国湿地保护法`."},
    {"name": "laws", "description": "Which laws were inspected, by whom, when; coverage of the catalog."},
    {"name": "activities", "description": "Oversight activities and organs."},
    {"name": "reports", "description": "Source reports and their evidence spans."},
    {"name": "analytics", "description": "Measures on the networkx projection."},
    {"name": "query", "description": "Read-only SPARQL (embedded store) and Cypher (Neo4j store)."},
]
# Pages and their files take whatever a browser adds to a link; the SPARQL protocol answers its own
# parameters (api.sparql_protocol). Every other route refuses a parameter it does not take.
OPEN_QUERY = (query.router, explorer.router, docs.router)


def _message(error: dict) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))


#: The validator's refusals of a value outside a closed set (a boolean, a choice of words): answered in one line
#: naming the parameter, the value and what it takes, as the other filters refuse (``api.vocabulary.refuse``).
_CHOICES = frozenset({"bool_parsing", "bool_type", "literal_error", "enum"})
_QUOTED = re.compile(r"'([^']*)'")


def _choice(errors: list[dict]) -> str | None:
    """The one-line refusal of a query parameter's value when every error of it is a choice refused
    (:data:`_CHOICES`; ``inspected=maybe`` fails as a boolean and as ``followed_up_only`` alike): ``inspected: unknown
    value 'maybe'; valid values: true, false, followed_up_only``; None for any other error."""
    if not errors or any(e.get("type") not in _CHOICES or tuple(e.get("loc", ()))[:1] != ("query",) for e in errors):
        return None
    fields = {str(e["loc"][1]) for e in errors if len(e["loc"]) > 1}
    if len(fields) != 1:
        return None
    valid: list[str] = []
    for e in errors:
        named = (["true", "false"] if e["type"].startswith("bool")
                 else _QUOTED.findall(str((e.get("ctx") or {}).get("expected", ""))))
        valid += [v for v in named if v not in valid]
    return refuse(fields.pop(), str(errors[0].get("input")), valid).detail


#: The validator's refusals of a number (not one, or outside the bounds the route declares), answered in one line naming
#: the parameter, the value and the whole allowed range (``api.vocabulary.refuse_number``; round 47, issue 13).
_NUMBERS = frozenset({"int_parsing", "int_from_float", "greater_than_equal", "less_than_equal"})


def _number(errors: list[dict], request: Request) -> str | None:
    """``limit: value '999999' out of range; allowed range: 1–2000`` when every error of a query parameter is a
    number refused (:data:`_NUMBERS`); None for any other error."""
    if not errors or any(e.get("type") not in _NUMBERS or tuple(e.get("loc", ()))[:1] != ("query",) for e in errors):
        return None
    name = str(errors[0]["loc"][1])
    low, high = number_range(request.scope.get("route"), name)
    if name == "limit" and high == LIMIT_CEILING:  # a page's size: at most what the server was started with
        high = request.app.state.settings.max_limit
    parsed = all(e["type"] not in ("int_parsing", "int_from_float") for e in errors)
    return refuse_number(name, str(errors[0].get("input")), low, high, parsed).detail


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    raw = list(exc.errors())
    errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in raw]
    by_field: dict[str, list[dict]] = {}
    for e in raw:
        by_field.setdefault(".".join(str(part) for part in e.get("loc", ())[:2]), []).append(e)
    lines = []
    for group in by_field.values():
        lines += [line] if (line := _choice(group) or _number(group, request)) else [_message(e) for e in group]
    return JSONResponse({"detail": "; ".join(lines), "errors": errors}, 422)


#: How the answer to a path no route serves begins (``okg ask`` tells it from a missing record's 404 by it).
NO_ROUTE = "no route"


async def _unrouted(request: Request, exc: StarletteHTTPException) -> Response:
    """A 404 for a path no route serves, in the envelope of every other error with what to do: ``{"detail": "no route
    GET /nothing: GET /docs lists the API's routes, / is the explorer"}`` (newuser37 B5, round 51: ``{"detail": "Not
    Found"}``, the router's bare phrase, read as plain text). A route's own 404 (a law no report names) and every
    other HTTP error keep FastAPI's answer."""
    if exc.status_code == 404 and request.scope.get("route") is None:
        return JSONResponse({"detail": f"{NO_ROUTE} {request.method} {request.url.path}: GET /docs lists the API's "
                                       "routes (GET /openapi.json as JSON), / is the explorer"}, 404)
    return await http_exception_handler(request, exc)


async def _store_failed(_: Request, exc: StoreError) -> JSONResponse:
    log.warning("store error: %s", exc)
    return JSONResponse({"detail": str(exc)}, 503)


async def _crashed(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": f"internal error ({type(exc).__name__}); see the server log"}, 500)


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    """An app serving one open store; the caller owns (and closes) the store.

    ``settings`` default to the environment's (:meth:`Settings.from_env`)."""
    app = FastAPI(
        title="oversight-kg",
        summary="A knowledge graph of legislative oversight by Chinese people's congresses",
        description="JSON over the graph of laws, inspections, organs and reports; every fact carries "
        "the sentence stating it. Errors are `{\"detail\": message}`. The explorer is at `/`.",
        version="0.1.0",
        openapi_tags=TAGS,
        docs_url=None, redoc_url=None,  # served by api.routes.docs from installed assets, offline
    )
    app.state.store = store
    app.state.settings = settings = settings or Settings.from_env()
    app.state.query_queue = QueryQueue(asyncio.Semaphore(settings.query_workers), settings.query_queue, settings.query_wait)
    app.add_middleware(Guard, settings=settings)
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, _store_failed)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _unrouted)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _crashed)
    for router in ROUTERS:
        app.include_router(router, dependencies=[] if router in OPEN_QUERY else [Depends(known_parameters)])
    return app
