"""Areas: drill down from a province to the areas below it that have reports, and the
``jurisdiction`` filter every table shares (an area by name or code, sub-areas included)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from api.deps import PagingDep, StoreDep
from api.routes.entities import named
from api.schemas import ERRORS, Page
from api.vocabulary import area_code
from graph import areas
from graph.shapes import Area, AreaRow

router = APIRouter(tags=["areas"], responses=ERRORS)

#: The ``jurisdiction`` parameter of /laws, /activities and /coverage.
JurisdictionQuery = Annotated[str | None, Query(
    max_length=100, description="An area by full or short name (simplified or traditional) or division "
    "code; its sub-areas are included: organs there, e.g. 湖北省, 武汉, 新洲区, 420117.",
    examples=["湖北省", "420117"])]


@router.get("/areas", operation_id="listAreas", response_model=Page[AreaRow])
def list_areas(
    store: StoreDep, paging: PagingDep,
    q: Annotated[str | None, Query(max_length=100, description="Part of a name, or the start of a code.")] = None,
) -> dict[str, Any]:
    """The areas the graph holds (those of reports and organs, with the areas above them), by code."""
    rows = areas.listing(store)
    if q:
        found = named(store, q, ["AdministrativeArea"])
        rows = [r for r in rows if r["iri"] in found or (r["code"] or "").startswith(q)]
    return paging.page(rows)


@router.get("/areas/{area}", operation_id="getArea", response_model=Area)
def get_area(
    store: StoreDep,
    area: Annotated[str, Path(max_length=100, description="Name or division code.", examples=["湖北省", "420117"])],
) -> dict[str, Any]:
    """One area: the areas above it, counts (sub-areas included) and its sub-areas that have reports."""
    code = area_code(store, area, "area")
    found = areas.area(store, code) if code else None
    if found is None:
        raise HTTPException(404, f"area: no report is from {area!r} ({code}) or an area within it")
    return found
