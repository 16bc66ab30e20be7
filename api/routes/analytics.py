"""Analytics on the networkx projection of the graph (:mod:`graph.analytics`), as table rows."""
from __future__ import annotations

import importlib
from typing import Any, Literal

from fastapi import APIRouter, HTTPException

from api.deps import PagingDep, StoreDep
from api.schemas import ERRORS, AnalyticsRows

router = APIRouter(tags=["analytics"], responses=ERRORS)
Measure = Literal["centrality", "communities", "co-inspection", "joint-activities"]


def _compute(store: Any, measure: str) -> list[dict[str, Any]]:
    """Rows of ``graph.analytics.<measure>(store)``; 501 until that module answers it."""
    try:
        module = importlib.import_module("graph.analytics")
    except ModuleNotFoundError as exc:
        raise HTTPException(501, "analytics are not available: graph.analytics is missing") from exc
    function = getattr(module, measure.replace("-", "_"), None)
    if function is None:
        raise HTTPException(501, f"analytics: graph.analytics has no {measure}")
    result = function(store)
    if hasattr(result, "to_dict"):  # a DataFrame
        return result.to_dict(orient="records")
    return list(result)


@router.get("/analytics/{measure}", operation_id="analytics", response_model=AnalyticsRows)
def analytics(measure: Measure, store: StoreDep, paging: PagingDep) -> dict[str, Any]:
    """Centrality of laws and organs, communities, laws inspected together, or organs acting jointly."""
    return {"measure": measure, **paging.page(_compute(store, measure))}
