"""Areas: drill down from a province to the areas below it and the organs there, each counted as
/activities and /coverage count it (:func:`graph.area_view.view`), and the ``jurisdiction`` filter every
table shares (an area by name or code, sub-areas included)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from api.deps import PagingDep, StoreDep
from api.params import Several, aliased, several
from api.romanised import names_read
from api.routes.entities import named
from api.schemas import ERRORS, Page
from api.tabular import FILES, ExportDep
from api.vocabulary import area_code, area_level
from graph.shapes import Area, AreaCounts, AreaOrgan
from loaders.build.areas import area_iri

router = APIRouter(tags=["areas"], responses=ERRORS)

#: The ``jurisdiction`` parameter of /laws, /activities and /coverage.
JurisdictionQuery = Annotated[str | None, Query(
    max_length=100, description="An area by full or short name (simplified or traditional), division "
    "code or IRI, or a province, city or county in pinyin (Hubei, Húběi, Wuhan City; a reading of several names "
    "answers 422 naming them with their codes); its sub-areas are included: organs there, e.g. 湖北省, 武汉, 新洲区, "
    "420117; the nation (全国, 000000) holds every area and the national organs.",
    examples=["湖北省", "420117"])]


#: The report levels a level filter takes, as :func:`api.vocabulary.area_level` reads them.
REPORT_LEVEL_WORDS = ("national, province (or provincial), city, county, township, or a level word a report header's "
                      "level: takes (全国, 省, 省级, 市, 地级, 地区, 盟, 副省级, 县, 区, 区县, 市辖区, 乡, 镇, 街道, prefecture, "
                      "county-level …: loaders/lexicon/data/level-words.csv); empty: no filter; several, repeated or "
                      "listed (county,city or 县级、市级), select the rows of any of them")
ReportLevelQuery = Annotated[Several, Query(
    description="Rows of reports of this level (the report's own, the row's level column: its header's "
    f"level:, else its organ's; not area_level, its area's): {REPORT_LEVEL_WORDS}.",
    examples=["township", "乡", "county,city"])]
LevelAlias = Annotated[Several, Query(
    description="report_level by its older name, kept: the report's level, as on every listing "
    "(/activities, /statistics, /reports, /laws, /coverage; a law's level is law_level).", examples=["county"])]


def report_level_filter(report_level: ReportLevelQuery = None, level: LevelAlias = None) -> frozenset[str] | None:
    """The report-level filter of a listing of rows stated in reports, given as ``report_level`` or as ``level``
    (:func:`api.params.aliased`): the area levels it names (:func:`api.vocabulary.area_level`, each value), whose rows
    it selects, None for none."""
    given, name = aliased("report_level", report_level, "level", level)
    return several(given, lambda value: area_level(value, name))


ReportLevelDep = Annotated[frozenset[str] | None, Depends(report_level_filter)]


AreaPath = Annotated[str, Path(max_length=300, description="Name, division code, or the area's IRI as listings give "
                                                            "it (URL-encoded, or its short form area/420117).",
                               examples=["湖北省", "420117", "area/420117"])]


@router.get("/areas", operation_id="listAreas", response_model=Page[AreaCounts], responses=FILES)
def list_areas(
    store: StoreDep, paging: PagingDep, export: ExportDep,
    q: Annotated[str | None, Query(max_length=100, description="Part of a name, or the start of a code.")] = None,
    level: Annotated[Several, Query(
        description="Areas of this level only: national, province (or provincial), city, county, "
        "township, or a level word as a report header's level: takes it (全国, 省, 省级, 市, 地级, 县, 区, 乡, 镇, 街道 …); "
        "several, repeated or listed (county,city; 县级、市级), the areas of any of them.",
        examples=["province", "县", "county,city"])] = None,
) -> Any:
    """The areas the graph holds (those of reports and organs, with the areas above them), by code,
    each with its counts (sub-areas included): ``activities`` as ``/activities?jurisdiction=&status=reported``
    lists them; ``inspections`` the inspections they state, each counted once however many reports state
    it, as ``/laws`` counts ``times_inspected`` (of one law, statements by the same organs in the same year
    are one inspection, and a follow-up, 跟踪监督, joins the latest earlier one by the same organs), one
    inspection of several laws once; ``other_activities`` the activities that state no inspection;
    ``laws_inspected`` as ``/coverage?jurisdiction=&inspected=true`` lists them, and apart ``laws_followed_up_only`` as
    ``inspected=followed_up_only`` does."""
    wanted = several(level, area_level)
    rows = [r for r in store.areas()["rows"] if wanted is None or r["level"] in wanted]
    if q:
        found = named(store, q, ["AdministrativeArea"]) or _read_in_pinyin(q)
        rows = sorted((r for r in rows if r["iri"] in found or (r["code"] or "").startswith(q)),
                      key=lambda r: found.get(r["iri"], len(found)))  # best match first, then by code
    return export.answer(paging, rows, "areas")


def _read_in_pinyin(q: str) -> dict[str, int]:
    """The IRIs of the areas ``q`` names in pinyin (:func:`api.romanised.names_read`: Zhejiang, Shanxi's two), each
    ranked 0, for ``/areas?q=`` when no name holds ``q``: the 422 of a jurisdiction filter sends there to find one."""
    return {str(area_iri(area)): 0 for found in names_read(q).values() for area in found}


def _missing(store: StoreDep, area: str) -> tuple[str | None, HTTPException]:
    """The division code ``area`` names (404 when no name, code or IRI names an area), and the 404 to raise
    when the graph holds no such area."""
    code = area_code(store, area, "area", unknown=404)
    return code, HTTPException(404, f"area: no report is from {area!r} ({code}) or an area within it; GET /areas "
                                    "lists the areas the store holds (GET /areas?q=… finds one by name)")


# Before /areas/{area}: an area's IRI holds slashes, and {area:path} would take "…/organs" for part of it.
@router.get("/areas/{area:path}/organs", operation_id="areaOrgans", response_model=Page[AreaOrgan], responses=FILES)
def area_organs(
    store: StoreDep, paging: PagingDep, export: ExportDep, area: AreaPath,
    sub_areas: Annotated[bool, Query(description="false: only the organs whose jurisdiction is this "
                                                 "very area, not one within it.")] = True,
) -> Any:
    """The organs of an area, most active first, each with what it did (counted as for its area:
    an inspection several reports state, once) and the reports it published (``reports_published``)."""
    code, missing = _missing(store, area)
    found = store.areas()["organs"].get(code) if code else None
    if found is None:
        raise missing
    return export.answer(paging, found["all" if sub_areas else "here"], "area-organs")


@router.get("/areas/{area:path}", operation_id="getArea", response_model=Area)
def get_area(store: StoreDep, area: AreaPath) -> dict[str, Any]:
    """One area: the areas above it, counts (sub-areas included) and its sub-areas with a report or an activity."""
    code, missing = _missing(store, area)
    found = store.areas()["areas"].get(code) if code else None
    if found is None:
        raise missing
    return found
