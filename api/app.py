"""The FastAPI application: JSON over whichever store it is given, plus the explorer page."""
from __future__ import annotations

import asyncio
import logging

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from api.deps import StoreDep, get_store
from api.guard import Guard
from api.params import known_parameters
from api.routes import ROUTERS, docs, explorer, query
from api.settings import Settings
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


async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
    return JSONResponse({"detail": "; ".join(_message(e) for e in errors), "errors": errors}, 422)


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
    app.state.query_slots = asyncio.Semaphore(settings.query_workers)
    app.add_middleware(Guard, settings=settings)
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, _store_failed)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _crashed)
    for router in ROUTERS:
        app.include_router(router, dependencies=[] if router in OPEN_QUERY else [Depends(known_parameters)])
    return app
