"""Analytics on the networkx projection of the graph (:mod:`graph.analytics`), as table rows."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter

from api.deps import PagingDep, QuerySlot, StoreDep
from api.schemas import ERRORS, AnalyticsRows
from graph.analytics import MEASURES

router = APIRouter(tags=["analytics"], responses=ERRORS, dependencies=[QuerySlot])
Measure = Literal["centrality", "communities", "co-inspection", "joint-activities"]


@router.get("/analytics/{measure}", operation_id="analytics", response_model=AnalyticsRows)
def analytics(measure: Measure, store: StoreDep, paging: PagingDep) -> dict[str, Any]:
    """Centrality of laws and organs, communities, laws inspected together, or organs acting jointly."""
    return {"measure": measure, **paging.page(MEASURES[measure](store))}
