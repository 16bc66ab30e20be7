"""The FastAPI application: JSON over whichever store it is given."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from pydantic import BaseModel

from graph import Store


class Evidence(BaseModel):
    activity: str
    text: str | None
    report: str | None
    start: int | None
    end: int | None
    year: int | None


class LawOut(BaseModel):
    iri: str
    title: str
    level: str | None
    times_inspected: int
    years: list[int]
    organs: list[str]
    reports: list[str]
    evidence: list[Evidence]


class LawsPage(BaseModel):
    total: int
    items: list[LawOut]


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def create_app(store: Store) -> FastAPI:
    """An app serving one open store; the caller owns (and closes) the store."""
    app = FastAPI(
        title="oversight-kg",
        summary="A knowledge graph of legislative oversight by Chinese people's congresses",
        version="0.1.0",
    )
    app.state.store = store

    @app.get("/health", tags=["meta"], operation_id="health")
    def health(store: StoreDep) -> dict[str, str]:
        """Liveness, and which store answers."""
        return {"status": "ok", "store": store.name}

    @app.get("/stats", tags=["meta"], operation_id="stats")
    def stats(store: StoreDep) -> dict[str, int]:
        """Counts of reports, triples or relationships, and entities by type."""
        return store.counts()

    @app.get("/laws", tags=["laws"], operation_id="listLaws", response_model=LawsPage)
    def laws(
        store: StoreDep,
        inspected: Annotated[bool | None, Query(description="true: inspected at least once; false: mentioned, never inspected")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Laws with their inspections: how often, when, by whom, and the sentences that say so."""
        rows = store.laws(inspected=inspected)
        return {"total": len(rows), "items": rows[offset : offset + limit]}

    return app
