"""The accountability loop at query time, and which activities count a law as inspected.

A report graph links the loop only within itself (an activity → ``hasFinding`` → Finding, Recommendation →
``recommendationOf`` → activity (an inspection group's own suggestions, 检查组提出建议6条),
ReviewOpinion → ``opinionOn`` → activity, activity → ``considered`` → HandlingReport →
``respondsTo`` → ReviewOpinion), so replacing a report replaces exactly its triples. The
links across reports — a later year's follow-up of an earlier inspection of the same law by
the same organ — are computed here, from whatever reports the store holds now.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from graph import inspections
from graph.areas import report_sources
from graph.backends import Backend, Description, LawRow
from graph.fields import conductors, evidence, labels

# The steps of the loop, by the relation that ties them to an activity: (relation, step type, the
# activity is the relation's subject).
STEP_RELATIONS = {"hasFinding": True, "considered": True, "opinionOn": False, "recommendationOf": False}
STEP_TYPES = ("Finding", "Recommendation", "ReviewOpinion", "HandlingReport")
# Stages an activity can be at in the loop; the first two are what a follow-up follows up.
ORIGINS = ("inspection", "review")


def inspection_rows(store: Backend, laws: list[str] | None = None) -> list[LawRow]:
    """The store's (law, inspection) rows without planned inspections, plus the follow-ups of an inspection of a law
    (跟踪检查, 回头看, 跟踪监督…执法检查审议意见落实情况: :func:`graph.inspections.inspects`): such a follow-up ties the law
    to an inspection, so it counts as one; a follow-up of a report about a law (办理落实《关于贯彻实施〈X法〉审议意见》情况的
    报告) ties it to none. With ``laws`` (IRIs), the rows of those laws only: the same rows the whole store gives them."""
    if laws is None:
        statuses = store.describe(cls="OversightActivity", keys=("status", "date"))
        follow_ups = list(store.describe(cls=inspections.FOLLOW_UP).values())
        found = store.law_rows()
    else:
        found = store.law_rows(laws)
        statuses = {iri: d for iri, d in store.describe(sorted({r.activity for r in found if r.activity}),
                                                         keys=("status", "date")).items() if "OversightActivity" in d.types}
        wanted = set(laws)
        concerning = sorted({s for s, t, o in store.edges(sorted(wanted)) if t == "concernsLaw" and o in wanted})
        follow_ups = [d for d in store.describe(concerning).values() if inspections.FOLLOW_UP in d.types]
        statuses.update((d.iri, d) for d in follow_ups if "OversightActivity" in d.types)
    planned = {iri for iri, d in statuses.items() if d.one("status") == "planned"}
    following = {d.iri: d.one("followsUpYear") for d in follow_ups}
    # each row with its activity's date (okg:date), read here as the follow-ups' years are: no law-row query changes
    rows = [replace(row, date=statuses[row.activity].one("date") if row.activity in statuses else None)
            for row in found if row.activity not in planned]
    rows = [replace(row, follow_up=True, follows_year=following[row.activity]) if row.activity in following else row
            for row in rows]
    titles = {row.law: (row.title, row.level) for row in rows}
    # one sentence is one inspection of a law, whatever kinds it is typed with (a follow-up report
    # heard is an inspection report and a work report)
    have = {(row.law, row.report, row.start, row.end) for row in rows if row.activity}
    follow_ups = [d for d in follow_ups if d.iri not in planned and inspections.inspects(d)]
    organs = store.nodes({o for d in follow_ups for o in conductors(d)})
    for d in follow_ups:
        for law in d.rels.get("concernsLaw", []):
            span = (law, d.rel("statedIn"), d.one("startOffset"), d.one("endOffset"))
            if law in titles and span not in have:
                have.add(span)
                rows += _follow_up_rows(d, law, titles[law], organs)
    return rows


def _follow_up_rows(d: Description, law: str, title: tuple[str, str | None],
                    organs: Mapping[str, dict[str, Any]]) -> list[LawRow]:
    """The rows of follow-up ``d`` (described whole) concerning ``law`` (``title``: its label and level), one per
    conducting organ as an inspection's rows are (``organs``: their nodes by IRI, :meth:`Backend.nodes`)."""
    return [LawRow(law, *title, activity=d.iri, evidence=d.one("evidenceText"), start=d.one("startOffset"),
                   end=d.one("endOffset"), year=d.one("year"), organ=organs[organ]["label"] if organ else None,
                   report=d.rel("statedIn"), organ_iri=organ, follow_up=True, follows_year=d.one("followsUpYear"),
                   date=d.one("date")) for organ in conductors(d) or [None]]


def planned_follow_up_rows(store: Backend) -> list[LawRow]:
    """The store's (law, planned follow-up of an inspection) rows: a plan to hear how an inspection's report or review
    opinions were handled (听取…关于《X法》《Y条例》执法检查报告及审议意见研究处理结果的报告, 拟对…执法检查开展“回头看”:
    status planned, :func:`graph.inspections.inspects`), which proves the law was inspected before, as a reported one
    does (newuser36 A4: 《湖南省居民自建房安全管理若干规定》 listed never inspected though the plan names its
    inspection report). Neither an inspection nor a follow-up done: :func:`graph.tables.standing` reads them
    (``planned_follow_ups``), no count of inspections does."""
    follow_ups = [d for d in store.describe(cls=inspections.FOLLOW_UP).values()
                  if d.one("status") == "planned" and inspections.inspects(d)]
    laws = sorted({law for d in follow_ups for law in d.rels.get("concernsLaw", [])})
    if not laws:
        return []
    titles = {row.law: (row.title, row.level) for row in store.law_rows(laws)}
    organs = store.nodes({o for d in follow_ups for o in conductors(d)})
    return [row for d in follow_ups for law in d.rels.get("concernsLaw", []) if law in titles
            for row in _follow_up_rows(d, law, titles[law], organs)]


def planned_rows(store: Backend) -> list[LawRow]:
    """The store's (law, planned inspection) rows that :func:`inspection_rows` leaves out (``status`` planned, no
    follow-up): what a year, organ, jurisdiction or report level filter of ``/laws`` selects its planned inspections
    from (newuser31 B1: ``/laws?year=2018`` counted none of the 4 inspections planned for 2018)."""
    statuses = store.describe(cls="OversightActivity", keys=("status",))
    planned = {iri for iri, d in statuses.items() if d.one("status") == "planned"
               and inspections.FOLLOW_UP not in d.types}
    return [row for row in store.law_rows() if row.activity in planned]


def stage(row: dict[str, Any], steps: list[dict[str, Any]]) -> str:
    """Where an activity stands in the loop: inspection, review, follow_up, evaluation or other."""
    if row["follow_up"] or any(s["type"] == "HandlingReport" for s in steps):
        return "follow_up"
    if "SatisfactionEvaluation" in row["types"]:
        return "evaluation"
    if "LawEnforcementInspection" in row["types"]:
        return "inspection"
    return "review" if row["kind"] in ("WorkReportReview", "AuditOversight", "BudgetReview", "SpecialInquiry") else "other"


def timeline(store: Backend, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (activities, oldest first) with their loop: each gains ``stage``, ``loop`` (the steps
    tied to it: ``[{"iri", "type", "label", "label_en", "relation", "evidence", "report", "source", "start", "end",
    "year", "responds_to": [iri], "considered_by": [iri]}]``; ``source``: its report's, :func:`graph.areas.report_sources`),
    ``follows_up`` (earlier activities it
    follows up, in this report or across reports) and ``followed_up_by``."""
    iris = [row["iri"] for row in rows]
    edges = store.edges(iris) if iris else []
    tied: dict[str, list[tuple[str, str]]] = defaultdict(list)  # activity → [(step, relation)]
    stated: dict[str, set[str]] = defaultdict(set)  # followsUp stated in a report graph
    for s, rel, o in edges:
        if rel in STEP_RELATIONS:
            activity, step = (s, o) if STEP_RELATIONS[rel] else (o, s)
            tied[activity].append((step, rel))
        elif rel == "followsUp":
            stated[s].add(o)
    step_iris = sorted({step for pairs in tied.values() for step, _ in pairs})
    described = store.describe(step_iris)
    step_edges = store.edges(step_iris) if step_iris else []
    steps: dict[str, dict[str, Any]] = {}
    sources = report_sources(store)
    for iri in step_iris:
        d = described.get(iri)
        kind = next((t for t in STEP_TYPES if d is not None and t in d.types), "Finding")
        steps[iri] = {"iri": iri, "type": kind, **(labels(d) if d else {"label": None, "label_en": None}),
                      **(evidence(d) if d else {}), "source": sources.get(d.rel("statedIn") or "") if d else None,
                      "responds_to": sorted(o for s, r, o in step_edges if s == iri and r == "respondsTo"),
                      "considered_by": sorted(s for s, r, o in step_edges if o == iri and r == "considered")}
    for row in rows:
        row["loop"] = [{**steps[step], "relation": rel} for step, rel in sorted(tied.get(row["iri"], []))]
        row["stage"] = stage(row, row["loop"])
        row["follows_up"] = sorted(stated.get(row["iri"], set()))
    _link_across_reports(rows)
    return rows


def _link_across_reports(rows: list[dict[str, Any]]) -> None:
    """A follow-up or evaluation follows up the latest earlier inspection or review (an earlier year,
    or earlier in the same report) of a law it concerns, by the same organ when both name theirs; one naming the year
    of the inspection it follows up (``follows_year``, okg:followsUpYear: 对2021年开展的…执法检查开展“回头看”) that year's
    inspection or review alone, none when the store holds none of that year."""
    origins = [r for r in rows if r["stage"] in ORIGINS and r["status"] == "reported"]
    by_iri = {r["iri"]: r for r in rows}
    for row in rows:
        row.setdefault("followed_up_by", [])
    for row in rows:
        if row["stage"] not in ("follow_up", "evaluation") or row["status"] != "reported" or row["year"] is None:
            continue
        laws = set(row["laws"]) | {law for step in row["loop"] for law in _step_laws(step, by_iri)}
        named = row.get("follows_year")
        earlier = [o for o in origins if o["iri"] != row["iri"] and o["year"] is not None and _before(o, row)
                   and (named is None or o["year"] == named) and set(o["laws"]) & laws and _same_organ(o, row)]
        if earlier:
            latest = max(earlier, key=lambda o: (o["year"], o["report"] == row["report"], o["start"] or 0))
            if latest["iri"] not in row["follows_up"]:
                row["follows_up"].append(latest["iri"])
    for row in rows:
        for target in row["follows_up"]:
            if target in by_iri:
                by_iri[target]["followed_up_by"].append(row["iri"])


def _step_laws(step: dict[str, Any], by_iri: dict[str, dict[str, Any]]) -> set[str]:
    """Laws of the other activities that heard or evaluated the same handling report."""
    return {law for iri in step.get("considered_by", []) if iri in by_iri for law in by_iri[iri]["laws"]}


def _before(origin: dict[str, Any], row: dict[str, Any]) -> bool:
    if origin["year"] != row["year"]:
        return origin["year"] < row["year"]
    return origin["report"] == row["report"] and (origin["start"] or 0) < (row["start"] or 0)


def _same_organ(origin: dict[str, Any], row: dict[str, Any]) -> bool:
    return not origin["organs"] or not row["organs"] or bool(set(origin["organs"]) & set(row["organs"]))
