"""Oversight activities and the organs that conduct them or are overseen."""
from __future__ import annotations

import functools
from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import PagingDep, StoreDep
from api.params import ActivityStatus, Several, YearDep, dated, ranges_left_out, several
from api.routes.entities import TIMELINE, named, timeline
from api.schemas import ERRORS, Activity, DatedPage, Organ, Page
from api.tabular import FILES, ExportDep, by_name
from api.routes.areas import JurisdictionQuery, ReportLevelDep
from api.vocabulary import (CONGRESS_NAMES, activity_kind, issue_filter, issue_named, jurisdiction_code, law_filter,
                            one_organ, organ_filter, place_code)
from graph.areas import organs_within
from loaders.build.areas import NATION_CODE

router = APIRouter(tags=["activities"], responses=ERRORS)


@router.get("/activities", operation_id="listActivities", response_model=DatedPage[Activity], responses=FILES)
def activities(
    store: StoreDep, paging: PagingDep, export: ExportDep, year: YearDep, report_level: ReportLevelDep,
    kind: Annotated[Several, Query(description="The kind of activity: its class name, zh or en label; several, "
                                   "repeated or listed (执法检查,专题询问), the activities of any of them.",
                                   examples=["执法检查", "LawEnforcementInspection", "执法检查,专题询问"])] = None,
    organ: Annotated[str | None, Query(max_length=2000, description="The conducting or overseen organ: its "
                                       "IRI, short form, full name or a part of its name only it holds. "
                                       + CONGRESS_NAMES, examples=["全国人民代表大会常务委员会", "新洲区人大"])] = None,
    law: Annotated[str | None, Query(max_length=2000, description="The law concerned: its IRI, short form, "
                                     "title, short title or abbreviation.",
                                     examples=["湿地保护法", "law/中华人民共和国湿地保护法"])] = None,
    issue: Annotated[Several, Query(description="The issue: its IRI or short form "
                                       "(issue/ecology-air), notation (ecology-air), zh/en label or zh alternative label "
                                       "(GET /issues lists them), or a part of one (生态; an English one from a word's "
                                       "start: Soil) or words holding one (土壤污染防治); a part several issues share "
                                       "names the one above the others (生态: 生态环境), else answers 422 naming them. "
                                       "Its narrower issues (skos:broader, at any depth) are included, as in a thesaurus "
                                       "search: 生态环境 (ecology) selects 大气污染防治, 水污染防治 … too. Several, "
                                       "repeated or listed (大气污染防治,水污染防治), select the activities of any of "
                                       "them. Each row's `issues` names the issues it was tagged with.",
                                       examples=["生态环境", "ecology-air", "土壤污染防治"])] = None,
    jurisdiction: JurisdictionQuery = None,
    place: Annotated[str | None, Query(max_length=200, description="Where the work was done, as the activity's "
                                       "sentence names it (`places`): an area's name, full or short, its division code "
                                       "or IRI, as `jurisdiction` takes it; activities done in an area within it count "
                                       "too. Answers 422 for an area the store holds nothing of.",
                                       examples=["荆州市", "荆州", "421000"])] = None,
    status: Annotated[ActivityStatus, Query(
        description="reported (已开展): work the reports state as done; planned (计划): work a plan or an "
                    "announcement says will be done. Both when absent or both given (reported,planned); every count "
                    "keeps them apart.")] = None,
    follow_up: Annotated[bool | None, Query(
        description="true: only follow-ups of earlier oversight (跟踪检查, 回头看, a handling report of an inspection's "
                    "review opinions heard: 研究处理…执法检查报告审议意见情况的报告), which kind=执法检查 lists with the "
                    "inspections they follow up; false: no follow-ups, the inspections themselves. Both when absent; "
                    "each row's follow_up says which.")] = None,
) -> Any:
    """Oversight activities (instances), each with its label and evidence sentence; filters combine.
    Summary counts (开展执法检查11项) are stated totals: ``/statistics?measure_class=law_enforcement_inspection``; an inspection's
    follow-up is listed with ``follow_up`` true (``follow_up=false`` leaves it out)."""
    issues = several(issue, issue_filter, whole=issue_named)
    chosen = functools.partial(store.activities, kind=several(kind, activity_kind), organ=organ_filter(store, organ),
                               law=law_filter(store, law), issue=frozenset().union(*issues) if issues else None,
                               status=frozenset(status) if status else None,
                               jurisdiction=jurisdiction_code(store, jurisdiction), level=report_level,
                               place=place_code(store, place), follow_up=follow_up)
    rows = chosen(year=year)
    left_out = ranges_left_out(year, lambda wider: chosen(year=wider), len(rows))
    return dated(export.answer(paging, rows if export.format == "json" else by_name(store, rows, LINKS), "activities",
                               ranges_left_out=left_out), left_out)


#: An activity's links to other resources, by IRI in JSON and by name in files.
LINKS = ("organs", "overseen", "conducted_by", "jointly_with", "assisted_by", "laws", "issues", "places")


@router.get("/organs", operation_id="listOrgans", response_model=Page[Organ], responses=FILES)
def organs(
    store: StoreDep, paging: PagingDep, export: ExportDep,
    q: Annotated[str | None, Query(max_length=100, description="The organ's name or a name reports call it by, "
                                   "or part of one, matched as /search matches it.")] = None,
    jurisdiction: JurisdictionQuery = None,
) -> Any:
    """Organs with how many activities they conducted and were overseen in, how many inspections
    they conducted (each counted once however many reports state it, as ``/laws`` and ``/areas`` count
    them) and how many reports name them (``reports_naming``; ``/areas/{area}/organs`` counts those each
    published, ``reports_published``); with ``q``, the organs its name fits, best match first (as ``/search`` ranks them);
    with ``jurisdiction``, the organs of that area or one within it, read as ``/activities`` reads it (422 for a place the
    store holds nothing of, naming ``/areas``; round 50, newuser35 B7: organs by place were only ``/areas/{area}/organs``)."""
    rows = store.organs()
    if (code := jurisdiction_code(store, jurisdiction)) is not None and code != NATION_CODE:
        inside = organs_within(store, code)
        rows = [row for row in rows if row["iri"] in inside]
    if q:
        found = named(store, q, ["Organ"])
        rows = sorted((row for row in rows if row["iri"] in found), key=lambda row: found[row["iri"]])
    return export.answer(paging, rows, "organs")


router.add_api_route("/organs/{id:path}/timeline", timeline(one_organ), operation_id="organTimeline",
                     response_model=TIMELINE, summary="Organ timeline",
                     description="Activities an organ conducted (alone or as a joint partner), assisted or was overseen in, the dated ones oldest first, then those no year dates, which `undated` counts (`undated=false` leaves them out).")
