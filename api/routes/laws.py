"""Laws: the laws-inspected table, a law's timeline, and coverage of the law catalog."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from pydantic import TypeAdapter

from api.deps import PagingDep, StoreDep
from api.page_cache import PageCache
from api.params import Several, Standing, YearDep, aliased, several
from api.routes.entities import TIMELINE, timeline
from api.schemas import ERRORS, Coverage, Law, Page
from api.tabular import FILES, Cut, ExportDep
from api.title_query import TitleQuery, titled
from api.routes.areas import REPORT_LEVEL_WORDS, JurisdictionQuery, LevelAlias
from api.vocabulary import CONGRESS_NAMES, area_level, jurisdiction_code, law_category, law_iri, organ_filter
from api.vocabulary import law_level as stated_law_level
from graph import Store
from graph.areas import first_report_year, report_years
from graph.fields import span
from graph.tables import in_force_during, standing

router = APIRouter(tags=["laws"], responses=ERRORS)
LAW_PAGES = PageCache(TypeAdapter(Page[Law]))  # the laws table is shared until the store changes
#: The statements of a law's inspections, and of its other mentions, each law of /laws lists unless asked for more: one
#: huge report naming a law thousands of times made /laws?limit=3 answer 3.6 MB (round 27, first-time reviewers).
EVIDENCE_LIMIT, MENTIONS_LIMIT = 100, 20
LawLevelQuery = Annotated[Several, Query(
    description="The law's own level, as the graph states it (法律, 地方性法规 …) or a level class by name "
    "or zh/en label (NationalLaw); several, repeated or listed (法律,行政法规), the laws of any of them; not the level of "
    "the reports stating its inspections: report_level (or level).",
    examples=["法律", "NationalLaw", "法律,行政法规"])]


def law_level_filter(store: StoreDep, law_level: LawLevelQuery = None) -> frozenset[str] | None:
    """The law-level filter of /laws and /coverage (``law_level``; ``level`` is the report's here as on every listing,
    newuser31 B7): the levels as the graph states them (:func:`api.vocabulary.law_level`, each value), None for none."""
    return several(law_level, lambda value: stated_law_level(store, value))


LawLevelDep = Annotated[frozenset[str] | None, Depends(law_level_filter)]
Repealed = Literal["true", "false", "any"]
REPEALED_WORDS = ("true: only the laws the catalog marks repealed (合同法, 婚姻法 …); false: only the laws in force "
                  "(and those outside the catalog); any: both.")


def unrepealed(rows: Sequence[Mapping[str, Any]], repealed: Repealed) -> Sequence[Mapping[str, Any]]:
    """The rows (each with a ``repealed`` flag, :func:`graph.tables.repeal`) that ``repealed`` keeps: ``rows``
    itself for any (a table the store shares, whose JSON pages :data:`LAW_PAGES` keeps)."""
    return rows if repealed == "any" else [row for row in rows if row["repealed"] == (repealed == "true")]


ReportLevel = Annotated[Several, Query(
    description="Inspections stated in reports of this level (the report's own, as /reports?report_level= "
    f"reads it): {REPORT_LEVEL_WORDS}; which laws county congresses inspected, say.",
    examples=["county", "县级"])]


def inspections_report_level(store: StoreDep, report_level: ReportLevel = None,
                             level: LevelAlias = None) -> tuple[frozenset[str] | None, str]:
    """The report-level filter of /laws and /coverage, given as ``report_level`` or as ``level``, the report's level
    on every listing (newuser31 B7: ``level`` had been the law's here alone, against the README's header table and
    design T6): ``(the levels as /areas names them, or None; the name it came by)``."""
    given, name = aliased("report_level", report_level, "level", level)
    return several(given, lambda value: _report_level(store, value, name)), name


def _report_level(store: Store, value: str, name: str) -> str | None:
    """One report level of :func:`inspections_report_level` (:func:`api.vocabulary.area_level`); a law's level given
    as ``level`` (法律, NationalLaw: its meaning here before round 46) answers 422 naming ``law_level``."""
    try:
        return area_level(value, name)
    except HTTPException as refused:
        if name != "level":
            raise
        try:
            law = stated_law_level(store, value)
        except HTTPException:
            raise refused from None
        raise HTTPException(422, f"{refused.detail}. level is the level of the reports stating the inspections, as on "
                                 f"every listing; {value!r} is a law's level: law_level={law} keeps the laws of that "
                                 "level") from None


ReportLevelAsked = Annotated[tuple[frozenset[str] | None, str], Depends(inspections_report_level)]


@router.get("/laws", operation_id="listLaws", response_model=Page[Law], responses=FILES)
def laws(
    store: StoreDep, paging: PagingDep, export: ExportDep, year: YearDep, law_level: LawLevelDep,
    level_asked: ReportLevelAsked,
    inspected: Annotated[Standing, Query(
        description="true: inspected at least once (times_inspected); followed_up_only: only a follow-up of an "
                    "inspection no stored report states concerns it, reported (followed_up_only) or planned "
                    "(planned_follow_ups: a plan to hear the handling of its inspection report), times_inspected 0: "
                    "neither inspected nor never inspected, so the three values together list every law; false: "
                    "mentioned, never inspected (a law the reports name only as a draft is no law never inspected: "
                    "see drafts; planned_inspections says which of these a report plans to inspect); several, "
                    "repeated or listed (true,followed_up_only), the laws of any of them")] = None,
    organ: Annotated[str | None, Query(max_length=2000, description="Inspections by this organ: its "
                                       "name, IRI or short form. " + CONGRESS_NAMES,
                                       examples=["全国人民代表大会常务委员会", "新洲区人大"])] = None,
    jurisdiction: JurisdictionQuery = None,
    drafts: Annotated[bool, Query(
        description="true: also list the laws the reports name only as drafts (bills: 审议《X条例（草案）》, "
                    "X条例修订草案), marked draft_only; they are left out by default, since a bill is no law "
                    "in force that oversight passed over. A law also inspected or named without a draft's "
                    "note is always listed.")] = False,
    evidence_limit: Annotated[int, Query(ge=0, le=100_000, description=(
        "The statements of each law's inspections listed in its evidence, the first in the text's order; "
        "evidence_total counts them all, which /laws/{id} lists"))] = EVIDENCE_LIMIT,
    mentions_limit: Annotated[int, Query(ge=0, le=100_000, description=(
        "The other statements naming each law listed in its mentions; mentions_total counts them all, which "
        "/laws/{id} lists"))] = MENTIONS_LIMIT,
    repealed: Annotated[Repealed, Query(description=REPEALED_WORDS + " Each law's repealed says which it is.")] = "any",
    q: TitleQuery = None,
) -> Any:
    """Laws with their inspections: how often, when, by whom, and the sentences that say so. ``year``, ``organ``,
    ``jurisdiction`` and ``report_level`` select inspections, so with ``inspected=false`` they would always answer
    nothing: 422, alone or among other values (``inspected=false,true&year=2020`` would silently drop the never
    inspected part)."""
    report_level, level_name = level_asked
    standings = frozenset(inspected) if inspected else None
    if standings and False in standings and (chosen := [name for name, value in (
            ("year", year), ("organ", organ), ("jurisdiction", jurisdiction), (level_name, report_level)) if value]):
        raise HTTPException(422, f"{', '.join(chosen)}: selects inspections, and inspected=false lists laws no "
                                 "report states inspected, so together they answer nothing for false; for an area's "
                                 "laws never inspected use /coverage?inspected=false&jurisdiction=…")
    rows = store.laws(standings, year=year, organ=organ_filter(store, organ),
                      jurisdiction=jurisdiction_code(store, jurisdiction),
                      report_level=report_level, level=law_level, drafts=drafts)
    rows = titled(unrepealed(rows, repealed), q, store)
    if export.format != "json":  # a file holds every row, its statements bounded as the JSON's are, with their totals
        return export.answer(paging, [counted(row) for row in rows], "laws", cuts=law_cuts(evidence_limit, mentions_limit))
    return LAW_PAGES.response(rows, paging, partial(counted, evidence=evidence_limit, mentions=mentions_limit),
                              (evidence_limit, mentions_limit))


def law_cuts(evidence: int, mentions: int) -> dict[str, Cut]:
    """How a /laws file bounds a law's statements (:class:`api.tabular.Cut`): the first ``evidence`` and ``mentions``
    of them, as the JSON page lists them, and where every one is (a first-time analyst, round 40: a mentions cell of
    1,059,630 characters that Excel cut at 32,767 without a word)."""
    return {"evidence": Cut(evidence, "GET /laws/{the row's iri} lists every one, or evidence_limit= here"),
            "mentions": Cut(mentions, "GET /laws/{the row's iri} lists every one, or mentions_limit= here"),
            "reports": Cut(whole="GET /laws/{the row's iri} lists every one")}


def counted(law: Mapping[str, Any], evidence: int | None = None, mentions: int | None = None) -> dict[str, Any]:
    """``law`` (a row of the store's read-only table) with the first ``evidence`` statements of its inspections and
    ``mentions`` of its other mentions (None: every one), and how many there are of each."""
    found, named = law["evidence"], law.get("mentions") or []
    return {**law, "evidence": found[:evidence], "evidence_total": len(found),
            "mentions": named[:mentions], "mentions_total": len(named)}


@router.get("/coverage", operation_id="coverage", response_model=Coverage, responses=FILES)
def coverage(
    store: StoreDep, paging: PagingDep, export: ExportDep, year: YearDep, law_level: LawLevelDep,
    level_asked: ReportLevelAsked,
    category: Annotated[Several, Query(description="A category of the law catalog; several, repeated or listed, the "
                                       "laws of any of them.")] = None,
    inspected: Annotated[Standing, Query(description="true: the laws inspected (times_inspected); followed_up_only: "
                                         "those only a follow-up of an earlier inspection concerns, reported "
                                         "(followed_up_only) or planned (planned_follow_ups), neither inspected "
                                         "here nor never inspected; false: the laws never inspected; several, "
                                         "repeated or listed, the laws of any of them")] = None,
    jurisdiction: JurisdictionQuery = None,
    organ: Annotated[str | None, Query(max_length=2000, description="Count only the inspections by this organ, as "
                                       "/laws?organ= selects them: its name, IRI or short form. " + CONGRESS_NAMES
                                       + " With inspected=false, the laws this organ never inspected (全国人大: "
                                       "never at national level, whatever the provinces did).",
                                       examples=["全国人大", "全国人民代表大会常务委员会"])] = None,
    repealed: Annotated[Repealed | None, Query(description=REPEALED_WORDS + " Unset with inspected=false (alone or "
                                               "among others): the laws never inspected that were "
                                               "in force at some point of the period (from the first year of year=, "
                                               "else of the store's earliest report): a law repealed after it began "
                                               "is listed, one repealed before it or on no known date is left out and "
                                               "counted in repealed_left_out; any otherwise.")] = None,
    q: TitleQuery = None,
) -> Any:
    """Laws of the catalog against inspections: which were never inspected, and how often the others were.
    The page lists laws; ``summary`` counts them by level and category (files hold the laws). ``year``,
    ``jurisdiction``, ``organ`` and ``report_level`` choose the inspections counted (those dated in a year or range;
    an area's, sub-areas included; an organ's and its bodies'; those told in reports of a level: with
    inspected=false, the laws no county report states inspected in 2019-2021)."""
    code = jurisdiction_code(store, jurisdiction)
    result = store.coverage(level=law_level, category=several(category, lambda value: law_category(store, value)),
                            jurisdiction=code, organ=organ_filter(store, organ), report_level=level_asked[0],
                            year=year)
    standings = frozenset(inspected) if inspected else None
    chosen = [law for law in result["laws"] if standings is None or standing(law) in standings]
    since = asked.first if (asked := span(year)) is not None else first_report_year(store)
    rows, left_out = period_laws(titled(chosen, q, store), repealed, standings, since)
    area = store.areas()["areas"].get(code) if code else None
    answer = export.answer(paging, rows, "coverage", summary=result["summary"], area=area,  # the model keeps its counts
                           repealed_left_out=left_out, period_from=since,
                           years_without_reports=[y for y in range(asked.first, asked.last + 1)
                                                  if y not in report_years(store)] if asked else [])
    if isinstance(answer, Response):  # a file holds rows only: the count goes in a header
        answer.headers["X-Repealed-Left-Out"] = str(left_out)
    return answer


def period_laws(rows: list[dict[str, Any]], repealed: Repealed | None, standings: frozenset[bool | str] | None,
                since: int | None) -> tuple[Sequence[Mapping[str, Any]], int]:
    """The coverage rows ``repealed`` keeps, and how many repealed laws it left out: unset with ``standings`` holding
    false, the laws never inspected that were in force at some point from ``since`` on
    (:func:`graph.tables.in_force_during`; the others kept, so ``inspected=false,true`` lists what each lists);
    ``false``, those in force now (every repealed law left out); ``true`` or ``any`` (unset otherwise) leave out no
    repealed law."""
    if repealed is None and standings is not None and False in standings:
        never = [row for row in rows if standing(row) is False]
        in_force = {row["iri"] for row in in_force_during(never, since)[0]}
        kept = [row for row in rows if standing(row) is not False or row["iri"] in in_force]
        return kept, len(rows) - len(kept)
    kept = unrepealed(rows, repealed or "any")
    return kept, (len(rows) - len(kept)) if repealed == "false" else 0


router.add_api_route("/laws/{id:path}/timeline", timeline(law_iri), operation_id="lawTimeline",
                     response_model=TIMELINE, summary="Law timeline",
                     description="Activities concerning a law, the dated ones oldest first, then those no year dates, which `undated` counts (`undated=false` leaves them out).")


@router.get("/laws/{id:path}", operation_id="getLaw", response_model=Law)
def law(id: str, store: StoreDep) -> Any:  # noqa: A002 - the path parameter's name, as every route's
    """One law as ``/laws`` lists it (its title, level or IRI: ``law/…``, as ``/laws/{id}/timeline`` takes it),
    drafts included: its inspections with their sentences, and every other report naming it with the sentence
    (``mentions``). 404 for a law no report names."""
    iri = law_iri(store, id)
    found = next((row for row in store.laws(None, drafts=True) if row["iri"] == iri), None)
    if found is None:
        raise HTTPException(404, f"no report names the law {id!r}; GET /laws lists those that are named")
    return counted(found)
