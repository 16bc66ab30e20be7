"""Named deputies and what they did (a first-time analyst's round 43, finding 8: deputies could not be listed)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import PagingDep, StoreDep
from api.params import Several, several
from api.routes.areas import JurisdictionQuery
from api.routes.entities import named
from api.schemas import ERRORS, Deputy, Page
from api.tabular import FILES, ExportDep, by_name
from api.vocabulary import activity_kind, jurisdiction_code

router = APIRouter(tags=["deputies"], responses=ERRORS)

#: A deputy's links to other resources, by IRI in JSON and by name in files.
LINKS = ("jurisdiction", "reports", "activities")


@router.get("/deputies", operation_id="listDeputies", response_model=Page[Deputy], responses=FILES)
def deputies(
    store: StoreDep, paging: PagingDep, export: ExportDep, jurisdiction: JurisdictionQuery = None,
    q: Annotated[str | None, Query(max_length=100, description="The deputy's name or a part of it, simplified or "
                                   "traditional, matched as /search matches it.", examples=["王瑛"])] = None,
    kind: Annotated[Several, Query(description="Only deputies involved in an activity of this kind: its class name "
                                   "or zh/en label, as /activities takes it; several, repeated or listed, any of them.",
                                   examples=["SiteVisit", "LawEnforcementInspection", "视察,执法检查"])] = None,
) -> Any:
    """Named deputies (王瑛 of 王瑛等12名代表), one per name and place, by name: the area they are a deputy of, the
    reports naming them and the activities involving them (``activities``: told in the sentence naming them, a visit
    they took part in, an inspection handling their motion), with those activities' ``kinds``. A counted group
    (补选市人大代表4人, 67名代表) is no deputy: its number is a statistic (``/statistics``)."""
    rows = store.deputies(jurisdiction_code(store, jurisdiction))
    if q:
        found = named(store, q, ["Deputy"])
        rows = sorted((row for row in rows if row["iri"] in found), key=lambda row: found[row["iri"]])
    if wanted := several(kind, activity_kind):
        rows = [row for row in rows if not wanted.isdisjoint(row["kinds"])]
    return export.answer(paging, rows if export.format == "json" else by_name(store, rows, LINKS), "deputies")
