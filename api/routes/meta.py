"""What the store holds, the ontology, and the whole graph as RDF."""
from __future__ import annotations

import functools
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from api.deps import PagingDep, QuerySlot, SettingsDep, StoreDep
from api.params import ActivityStatus, Several, YearDep, dated, ranges_left_out, several
from api.schemas import ERRORS, DatedPage, Health, Issue, Measure, Ontology, Page, Statistic, Year
from api.tabular import FILES, ExportDep, by_name
from api.routes.areas import JurisdictionQuery, ReportLevelDep
from api.vocabulary import (CONGRESS_NAMES, check_measure, issue_concepts, jurisdiction_code, measures,
                            ontology_terms, organ_filter, statistic_measure, statistic_measure_class)
from graph.export import RDF_FORMATS
from graph.formats import ExportFormat, ExportPart

router = APIRouter(tags=["meta"], responses=ERRORS)

MEDIA_TYPES = {"ttl": "text/turtle", "trig": "application/trig", "nt": "application/n-triples",
               "nq": "application/n-quads", "jsonld": "application/ld+json",
               "graphml": "application/graphml+xml", "csv-nodes": "text/csv", "csv-edges": "text/csv"}
EXTENSIONS = {"ttl": "ttl", "trig": "trig", "nt": "nt", "nq": "nq", "jsonld": "jsonld",
              "graphml": "graphml", "csv-nodes": "nodes.csv", "csv-edges": "edges.csv"}


@router.get("/health", operation_id="health", response_model=Health)
async def health(store: StoreDep) -> dict[str, str]:
    """Liveness, and which store answers; on the event loop, so busy worker threads never delay it."""
    return {"status": "ok", "store": store.name}


@router.get("/stats", operation_id="stats", response_model=dict[str, int],
            responses={200: {"content": {"application/json": {"example": {
                "reports": 11, "triples": 1878, "Law": 29, "LawEnforcementInspection": 15, "inspections": 12}}}}})
def stats(store: StoreDep) -> dict[str, int]:
    """Counts of reports, triples, and entities by type (the same numbers on both stores and as
    ``okg stats``); a class counts its nodes whatever their status (``LawEnforcementInspection``: the
    statements of inspections), ``reported_activities`` / ``planned_activities`` keep the two apart,
    ``inspections`` counts the inspections reported done once however many reports state each, as
    ``/laws`` and ``/areas`` count them, with the parts by which their totals reconcile with it (differences by
    design): ``inspections_of_laws`` (the sum of ``/laws``' ``times_inspected``) and ``inspections_naming_no_law`` (no
    law row holds them) add up to it, ``/areas/全国``' ``inspections`` and ``inspections_unplaced`` (in no area) too, and
    ``inspections_by_organ`` is the sum of ``/organs``' (a joint inspection is each of its organs'); ``laws_inspected``
    is what ``/laws?inspected=true`` lists."""
    return store.summary()


@router.get("/statistics", operation_id="listStatistics", response_model=DatedPage[Statistic], responses=FILES)
def statistics(
    store: StoreDep, paging: PagingDep, export: ExportDep, year: YearDep, report_level: ReportLevelDep,
    measure: Annotated[str | None, Query(max_length=100, description="What the number counts: an activity kind "
                                         "(law_enforcement_inspection, or its class name or zh/en label, e.g. "
                                         "执法检查) for the summary counts of activities measured by their kind, "
                                         "else the report's words (常委会会议); to sum every stated total of a kind, "
                                         "ask measure_class=; GET /statistics/measures lists those the store holds.",
                                         examples=["law_enforcement_inspection", "执法检查"])] = None,
    measure_class: Annotated[Several, Query(description="The class the number counts in, by its "
                                               "code or its zh/en label (suggestions_received or 代表建议, "
                                               "standing_committee_meetings or 常委会会议, an activity kind as in "
                                               "measure=: law_enforcement_inspection sums the inspections stated, "
                                               "laws_inspected the laws they checked, never summed together); several, "
                                               "repeated or listed, the numbers of any of them; GET "
                                               "/statistics/measures lists the classes with the measures each holds.",
                                               examples=["suggestions_received", "代表建议"])] = None,
    organ: Annotated[str | None, Query(max_length=2000, description="The organ whose reports state the numbers: "
                                       "its IRI, short form, full name or a part of its name only it holds. "
                                       + CONGRESS_NAMES, examples=["新洲区人大常委会", "新洲区人大"])] = None,
    jurisdiction: JurisdictionQuery = None,
    status: Annotated[ActivityStatus, Query(
        description="reported (已开展): figures of work done; planned (计划): figures of a plan or an intention "
                    "(全年拟安排…执法检查2项). Both when absent or both given; every row says which.")] = None,
) -> object:
    """Numbers the reports state (召开常委会9次, 执法检查11项 …), with their sentences, the organ whose report
    states each and the report's place: the stated totals, where ``/activities`` counts instances. Each carries its
    ``measure`` as the report words it and its ``measure_class`` (one code of a controlled vocabulary, or null), by
    which figures are grouped and summed. A ``measure`` no statistic in the store carries answers 422 listing those it
    holds (``/statistics/measures``), a ``measure_class`` no class names 422 listing the classes."""
    chosen = functools.partial(store.statistics, measure=statistic_measure(measure), organ=organ_filter(store, organ),
                               jurisdiction=jurisdiction_code(store, jurisdiction), level=report_level,
                               status=frozenset(status) if status else None,
                               measure_class=several(measure_class, statistic_measure_class))
    rows = chosen(year=year)
    if measure is not None and (not rows or not measure.strip()):
        check_measure(store, measure)  # 422 for a measure no statistic carries, or none given (measure=)
    left_out = ranges_left_out(year, lambda wider: chosen(year=wider), len(rows))
    return dated(export.answer(paging, rows if export.format == "json" else by_name(store, rows, ("organ", "organs")),
                               "statistics", ranges_left_out=left_out), left_out)


@router.get("/statistics/measures", operation_id="listMeasures", response_model=Page[Measure], responses=FILES)
def statistic_measures(store: StoreDep, paging: PagingDep, export: ExportDep) -> object:
    """The measures ``/statistics?measure=`` takes, as the store's statistics carry them, grouped by the class
    ``/statistics?measure_class=`` takes (the classes holding most statistics first, the words of no class last; within
    a class, most stated first): the activity kinds whose totals reports state (``law_enforcement_inspection``, 执法检查;
    asked by key, class name or zh/en label) and the report's own words (召开常委会会议, 举行常委会会议, both of
    ``standing_committee_meetings``); a measure none carries answers 422 listing them."""
    return export.answer(paging, measures(store), "measures")


@router.get("/years", operation_id="listYears", response_model=Page[Year], responses=FILES)
def years(store: StoreDep, paging: PagingDep, export: ExportDep) -> object:
    """The years the store's reports, activities and statistics are dated in, oldest first, with how many of each:
    every year listed finds something with ``?year=`` on ``/reports``, ``/activities`` or ``/statistics``; a
    multi-year report's range (2017-2021) dates none of its years alone and adds none. Kept until the next write."""
    return export.answer(paging, store.years(), "years")


@router.get("/issues", operation_id="listIssues", response_model=Page[Issue], responses=FILES)
def issues(paging: PagingDep, export: ExportDep) -> object:
    """The issue scheme's concepts (``ontology/issues.ttl``), in the scheme's order of notations, with the names
    ``/activities?issue=`` takes for each: its notation, zh and en labels and zh alternative labels (a part of a name
    only one issue holds is read too), and the issue above it (``broader``), whose filter takes it in."""
    rows = [{"iri": iri, **{key: concept[key] for key in ("notation", "label_zh", "label_en", "alt_labels", "broader")}}
            for iri, concept in issue_concepts().items()]
    return export.answer(paging, rows, "issues")


@router.get("/ontology", operation_id="ontology", response_model=Ontology,
            responses={200: {"content": {"text/turtle": {}, "application/ld+json": {}}}})
def ontology(request: Request, format: Literal["json", "ttl", "jsonld"] | None = None) -> object:  # noqa: A002
    """The ontology's classes and properties with zh/en labels (JSON); the whole ontology with the issue scheme
    as Turtle or JSON-LD by ``format`` or the Accept header (text/turtle, application/ld+json)."""
    accept = request.headers.get("accept", "")
    if format == "ttl" or (format is None and "text/turtle" in accept):
        return Response(_ontology_rdf("turtle"), media_type="text/turtle; charset=utf-8")
    if format == "jsonld" or (format is None and "application/ld+json" in accept):
        return Response(_ontology_rdf("json-ld"), media_type="application/ld+json")
    return ontology_classes()


@functools.lru_cache(maxsize=2)
def _ontology_rdf(rdf_format: str) -> str:
    from ontology import load_ontology

    return load_ontology().serialize(format=rdf_format)


def ontology_classes() -> dict[str, object]:
    """The ontology's IRI, its classes and its properties with their zh/en labels."""
    from ontology import ONTOLOGY_IRI

    return {"iri": str(ONTOLOGY_IRI), **ontology_terms()}


@router.get("/export", operation_id="export", response_class=Response, dependencies=[QuerySlot],
            responses={200: {"content": {m: {} for m in MEDIA_TYPES.values()},
                             "description": "The graph in the format asked for"},
                       413: {"description": "The export is over OKG_MAX_RESULT_BYTES"}})
def export(
    store: StoreDep,
    settings: SettingsDep,
    format: Annotated[ExportFormat, Query(  # noqa: A002
        description="RDF (ttl, trig and nq keep the report graphs), GraphML for Gephi, or CSV")] = "ttl",
    part: Annotated[ExportPart | None, Query(description=(
        "all (RDF's default); data: the reports and the law catalog without the ontology and the issue scheme; "
        "reports: their graphs alone (GraphML's and CSV's default: the resources the reports name, no catalog law or "
        "concept no report names); ontology: it alone (RDF formats). GraphML and CSV with all or data add the whole "
        "law catalog, issue scheme and measure classes; the ontology's classes are never rows"))] = None,
) -> Response:
    """The whole graph serialised as RDF; refused (413) when over ``OKG_MAX_RESULT_BYTES``: a cut RDF
    file would read as a smaller graph, so use `okg export` for a larger one."""
    if part == "ontology" and format not in RDF_FORMATS:
        raise HTTPException(422, f"part: the ontology alone is exported as RDF ({', '.join(RDF_FORMATS)}), not {format}")
    text = store.export(format, part).encode("utf-8")
    if len(text) > settings.max_result_bytes:
        raise HTTPException(413, f"the export is {len(text)} bytes, over OKG_MAX_RESULT_BYTES "
                                 f"({settings.max_result_bytes}); use `okg export` on the server")
    media = MEDIA_TYPES.get(format, "text/plain")
    ext = EXTENSIONS.get(format, "txt")
    return Response(text, media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="oversight-kg.{ext}"'})
