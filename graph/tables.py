"""The analysts' tables, shaped from a store's primitive answers.

Both stores call these same functions, so the laws table, activities,
statistics and coverage are built by one piece of code whatever the backend.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set as AbstractSet
from dataclasses import astuple, replace
from typing import Any, Literal

from graph import fields, inspections, loop
from graph.fields import YearFilter
from graph.areas import (REPORT_KEYS, assistants, instruments, organs_within, placed_organs, placed_within, placers, report_areas,
                         report_levels, report_places, report_read_from, report_sources, source_list, within)
from graph.backends import Backend, Description, LawRow
from graph.law_mentions import law_mentions, sentences_of
from ontology import ACTIVITY_CLASSES, MEASURE_CLASS

#: An activity's links as its row names them (``organs``, every conducting organ, is :func:`graph.fields.conductors`):
#: ``conducted_by`` the body whose work it is (``okg:conductedBy``, as the graph has it: an entrusted inspection's
#: entrusting committee, a body the report's organ assisted; round 46, newuser32's finding 10), ``jointly_with`` those of
#: them that are joint partners, ``assisted_by`` organs that only helped.
ROLES = {"oversaw": "overseen", "conductedBy": "conducted_by", "jointlyWith": "jointly_with", "assistedBy": "assisted_by",
         "concernsLaw": "laws", "hasIssue": "issues", "place": "places"}
LAW_KEYS = ("label", "lawLevel", "lawCategory", "repealed", "repealedOn")  # what coverage and the laws table read of a Law node
MAX_RELATIONS = 1000
MAX_EVIDENCE = 100


def _sort_key(row: dict[str, Any]) -> tuple:
    return (row["year_from"] is None, row["year_from"] or 0, row["report"] or "", row["start"] or 0, row["iri"])


def entity(store: Backend, iri: str) -> dict[str, Any] | None:
    own = store.describe([iri]).get(iri)
    edges = store.edges([iri])
    if own is None and not edges:
        return None
    own = own or Description(iri)
    others = {s if o == iri else o for s, _, o in edges}
    info = store.nodes(others)
    relations = sorted(
        ({"type": t, "direction": "out" if s == iri else "in", **info[o if s == iri else s]}
         for s, t, o in edges),
        key=lambda r: (r["direction"], r["type"], r["iri"]),
    )[:MAX_RELATIONS]
    stating = [own] if own.one("evidenceText") else []
    incoming = sorted({s for s, _, o in edges if o == iri and s != iri})[:MAX_EVIDENCE]
    stating += [d for d in store.describe(incoming).values() if d.one("evidenceText")]
    sources = report_sources(store)
    mentions = [d for d in stating if "Mention" in d.types]  # their words alone: shown as the sentence they lie in
    said = dict(zip((d.iri for d in mentions), sentences_of(store, mentions)))
    evidence = sorted(
        ({"iri": d.iri, "types": sorted(d.types), "status": evidence_status(d), "report": d.rel("statedIn"),
          "source": sources.get(d.rel("statedIn") or ""),
          **dict(zip(("text", "start", "end"),
                     said.get(d.iri) or (d.one("evidenceText"), d.one("startOffset"), d.one("endOffset")))),
          **({"words": d.one("evidenceText")} if d.iri in said else {})} for d in stating),
        key=lambda e: (e["report"] or "", e["start"] or 0, e["iri"]),
    )
    properties = {k: v[0] if len(v) == 1 else sorted(v, key=str) for k, v in sorted(own.props.items())}
    return {**own.node(), "properties": properties, "relations": relations, "evidence": evidence}


STATUSES = ("reported", "planned")


def evidence_status(d: Description) -> str | None:
    """Whether a sentence states work done or planned: an activity's or a statistic's ``status`` (reported
    unless a plan's); None for what has none (a mention)."""
    return d.one("status") or ("reported" if d.types & {"OversightActivity", "Statistic"} else None)


#: The classes of the extraction contract's activity types (WorkReportReview, BudgetReview …): an activity typed with
#: one of them and a kind its words narrow it to (PlanReview, StateAssetsOversight) is of the narrower kind.
_FACT_TYPE_KINDS = frozenset(str(cls).rsplit("#", 1)[-1] for cls in ACTIVITY_CLASSES.values())
_ABOVE_KINDS = frozenset({"OversightActivity", "FollowUpOversight"})


def activity_kind(d: Description) -> str:
    """An activity's kind, one rule for every listing and export on either store: the most specific class the builder
    typed it with from its Facts (:func:`loaders.build.activities._classes`), that is the kind its words narrow its
    Facts type to (a plan examined with its execution, typed ``PlanReview`` and ``BudgetReview``, is a ``PlanReview``;
    a state-assets report heard a ``StateAssetsOversight``), else its Facts type's class (``ontology.ACTIVITY_CLASSES``),
    else ``FollowUpOversight`` (a follow-up of no other kind). The first class by name had made a plan review that is
    also a budget review a ``BudgetReview`` and one that is also a report review a ``PlanReview``, by spelling alone
    (round 36)."""
    kinds = d.types - _ABOVE_KINDS
    narrower = kinds - _FACT_TYPE_KINDS
    return min(narrower or kinds or d.types - {"OversightActivity"} or {"OversightActivity"})


def activity_row(d: Description) -> dict[str, Any]:
    """One activity as the API lists it (see :meth:`Store.activities`)."""
    row: dict[str, Any] = {"iri": d.iri, "types": sorted(d.types), "kind": activity_kind(d),
                           **fields.labels(d), **fields.evidence(d), "subject": d.one("subject"), "count": d.one("count"),
                           "status": d.one("status") or "reported", "follow_up": "FollowUpOversight" in d.types,
                           "follows_year": d.one("followsUpYear"), "date": d.one("date")}
    row["organs"] = fields.conductors(d)
    for rel, key in ROLES.items():
        row[key] = sorted(d.rels.get(rel, []))
    leader = d.one("leaderName")
    row["led_by"] = {"name": leader, "title": d.one("leaderTitle")} if leader else None
    return row


#: A filter of IRIs or of a closed set of values (a kind, a level, a status, a category …): one value, several (their
#: union: a row with any of them; round 48, issue 13 §4: ``kind=执法检查,专题询问``), or None for any.
Choice = str | Iterable[str] | None


def value_set(wanted: Choice) -> frozenset[str] | None:
    """A filter as the set of values it matches: one IRI, label or value, or several (an organ filter's congress with
    its standing committee and their bodies, ``api.vocabulary.congress_organs``; an issue filter's concept with its
    narrower ones, ``api.vocabulary.issue_filter``; the levels, kinds or statuses a filter lists); None for none."""
    return None if wanted is None else frozenset((wanted,) if isinstance(wanted, str) else wanted)


def activities(store: Backend, kind: Choice = None, year: YearFilter = None,
               organ: Choice = None, law: str | None = None,
               issue: Choice = None, involving: str | None = None, status: Choice = None,
               jurisdiction: str | None = None, level: Choice = None, place: str | None = None,
               follow_up: bool | None = None) -> list[dict[str, Any]]:
    """Activity rows (:func:`activity_row`) with the level and place of their report
    (:func:`graph.areas.report_places`), as :meth:`graph.store.Store.activities` selects them; ``jurisdiction`` (a
    division code) keeps those :func:`graph.areas.placers` places in that area or its sub-areas: by their
    conducting organs and the areas of their assisting ones, or by their report's area when they name none; ``kind``
    (class names), ``status`` and ``level`` (of their report) those of any of the values given (:data:`Choice`);
    ``place`` (a division code) those whose work was done there or in an area within it (``okg:place``);
    ``follow_up`` the follow-ups (true) or the rest (false)."""
    rows = []
    wanted, issues = value_set(organ), value_set(issue)
    kinds, statuses, levels = value_set(kind), value_set(status), value_set(level)
    there = placed_within(store, jurisdiction) if jurisdiction is not None else None
    visited = within(store, place) if place is not None else None
    report_area, places, placed = report_areas(store), report_places(store), placed_organs(store)
    unplaced = dict.fromkeys(REPORT_KEYS)
    for d in store.describe(cls="OversightActivity").values():
        row = activity_row(d)
        organs = {*row["organs"], *row["overseen"], *row["assisted_by"]}
        # an organ filter means the organ conducted (alone or jointly) or was overseen; one that assisted only through
        # ``involving`` (its timeline)
        if ((kinds is not None and kinds.isdisjoint(d.types)) or not fields.covers(row, year)
                or (wanted is not None and wanted.isdisjoint((*row["organs"], *row["overseen"])))
                or (law and law not in row["laws"])
                or (issues is not None and issues.isdisjoint(row["issues"])) or (statuses is not None and row["status"] not in statuses)
                or (follow_up is not None and row["follow_up"] != follow_up)
                or (there is not None and there.isdisjoint(placers(row["organs"], row["assisted_by"], row["report"],
                                                                  report_area, placed)))
                or (visited is not None and visited.isdisjoint(row["places"]))
                or (involving and involving not in organs | {*row["laws"], *row["issues"]})
                or (levels is not None and places.get(row["report"], unplaced)["level"] not in levels)):
            continue
        rows.append({**row, **places.get(row["report"], unplaced)})
    return sorted(rows, key=_sort_key)


def organs(store: Backend, rows: Iterable[LawRow] | None = None) -> list[dict[str, Any]]:
    """Organs (:class:`graph.shapes.Organ`) with the reported activities they conducted and were
    overseen in, the inspections they conducted (:func:`graph.inspections.identify` over ``rows``,
    :func:`graph.loop.inspection_rows` asked of the store if None) and the follow-ups they conducted apart
    (``follow_ups``: a handling report of an inspection's opinions heard is no inspection of its own); a group a
    committee forms (:func:`graph.areas.instruments`) is no row, the reports naming it naming its committee."""
    found = store.describe(cls="Organ", keys=("label", "altLabel"))
    groups = instruments(store)  # no rows of their own: a report naming a group names its committee
    tally: dict[str, dict[str, Any]] = {iri: {**d.node(), "aliases": sorted(d.props.get("altLabel", [])),
                                              "conducted": 0, "overseen": 0, "follow_ups": 0,
                                              "reports_naming": set()}
                                        for iri, d in found.items() if iri not in groups}
    described = store.describe(cls="OversightActivity")
    stated = inspections.identify(loop.inspection_rows(store) if rows is None else rows, described.values())
    conducted = inspections.by_organ(stated, described.values())
    for act in (activity_row(d) for d in described.values()):
        if act["status"] != "reported":
            continue
        for role in ("organs", "overseen"):
            for iri in (groups.get(named) or named for named in act[role]):
                if iri in tally:
                    tally[iri]["conducted" if role == "organs" else "overseen"] += 1
                    tally[iri]["reports_naming"].add(act["report"])
                    tally[iri]["follow_ups"] += role == "organs" and act["follow_up"]
    for rep in store.describe(cls="Report").values():
        for iri in (groups.get(named) or named for named in rep.rels.get("mentionsOrgan", []) + rep.rels.get("publishedBy", [])):
            if iri in tally:
                tally[iri]["reports_naming"].add(rep.iri)
    listed = [{**row, "reports_naming": len(row["reports_naming"] - {None}), "inspections": len(conducted.get(iri, ()))}
              for iri, row in tally.items()]
    return sorted(listed, key=lambda r: (-(r["conducted"] + r["overseen"]), r["label"] or "", r["iri"]))


def _report_row(d: Description, publishers: dict[str, dict[str, Any]],
                places: dict[str, dict[str, str | None]], read_from: dict[str, str]) -> dict[str, Any]:
    """A report as listings show it (:class:`graph.shapes.ReportSummary`): ``publisher`` by IRI and by
    ``publisher_label`` (an organ whose place the report leaves unnamed has an IRI of the report's own,
    ``organ/fe972ae1b296-0-0``, which says nothing to a reader), its level and the place of its jurisdiction
    (``places``: :func:`graph.areas.report_places`); its sources, the one it was read from first (``read_from``:
    :func:`graph.areas.report_read_from`)."""
    every = _published_by(d, publishers)
    labels = [publishers[p]["label"] if p in publishers else None for p in every]
    return {"iri": d.iri, "title": d.one("title") or d.label,
            **fields.years(d.one("coversYear"), d.one("yearFrom"), d.one("yearTo")), "issued": d.one("issued"),
            "sources": source_list(d, read_from.get(d.iri)),
            "publisher": every[0] if every else None, "publisher_label": labels[0] if labels else None,
            "publishers": every, "publisher_labels": labels,
            **places.get(d.iri, dict.fromkeys(REPORT_KEYS))}


def _published_by(d: Description, publishers: dict[str, dict[str, Any]]) -> list[str]:
    """The IRIs of the organs that publish the report ``d`` (several: a header listing them, 遂溪县洋青镇、北坡镇人民代表大会),
    by label, then IRI."""
    return sorted(d.rels.get("publishedBy", []), key=lambda p: (publishers.get(p, {}).get("label") or "", p))


def _publishers(store: Backend, described: Iterable[Description]) -> dict[str, dict[str, Any]]:
    return store.nodes({p for d in described for p in d.rels.get("publishedBy", [])})


def reports(store: Backend, level: Choice = None, jurisdiction: str | None = None,
            year: YearFilter = None) -> list[dict[str, Any]]:
    """Every report (:func:`_report_row`), or those of ``level`` (their ``okg:level``: one, or any of several), of ``jurisdiction`` (a
    division code: its area, or one of its publishers', lies within it, :func:`graph.areas.within`; a report two towns'
    congresses publish is their county's and each town's) and covering ``year``, oldest first."""
    described = store.describe(cls="Report").values()
    levels = value_set(level)
    publishers = _publishers(store, described)
    places = report_places(store)
    inside = within(store, jurisdiction) if jurisdiction is not None else None
    organs_there = organs_within(store, jurisdiction) if jurisdiction is not None else set()
    area = report_areas(store)
    read_from = report_read_from(store)
    rows = [row for row in (_report_row(d, publishers, places, read_from) for d in described)
            if (levels is None or row["level"] in levels) and fields.covers(row, year)
            and (inside is None or area.get(row["iri"]) in inside or not organs_there.isdisjoint(row["publishers"]))]
    return sorted(rows, key=lambda r: (r["year_from"] is None, r["year_from"] or 0, r["iri"]))


def report(store: Backend, iri: str, offset: int = 0, limit: int | None = None) -> dict[str, Any] | None:
    """A report (:class:`graph.shapes.ReportText`) with its text and the evidence spans stated in it, in the text's
    order (start, the longer first, IRI): those from ``offset`` on, ``limit`` of them (None: all), and ``spans_total``.
    Every fact stated in the report is read for its offsets and types only, and the evidence of the page's alone:
    describing every fact whole cost 8 CPU-s for a report of 24k facts (round 26)."""
    d = store.describe([iri], bulky=True).get(iri)
    if d is None or "Report" not in d.types:
        return None
    facts = sorted({s for s, t, o in store.edges([iri]) if t == "statedIn" and o == iri})
    placed = [f for f in store.describe(facts, keys=("startOffset", "endOffset")).values()
              if f.one("startOffset") is not None and f.one("endOffset") is not None]
    placed.sort(key=lambda f: (f.one("startOffset"), -f.one("endOffset"), f.iri))
    page = placed[offset:] if limit is None else placed[offset:offset + limit]
    evidence = store.describe([f.iri for f in page], keys=("evidenceText",))
    spans = [{"iri": f.iri, "types": sorted(f.types), "start": f.one("startOffset"), "end": f.one("endOffset"),
              "text": evidence[f.iri].one("evidenceText") if f.iri in evidence else None} for f in page]
    return {**_report_row(d, _publishers(store, [d]), report_places(store), report_read_from(store)), "text": d.one("fullText"),
            "spans": spans, "spans_total": len(placed)}


def statistic_rows(store: Backend) -> list[dict[str, Any]]:
    """Every Statistic row (:class:`graph.shapes.Statistic`), oldest first, each with the place of its report
    (:func:`graph.areas.place`), ``organs``: the organs whose report states the number (its publishers, several when its
    header lists them), which :func:`statistics` filters read as :func:`activities` reads the conducting organs, and
    ``organ`` the first of them, ``part_of`` the total a part told after 其中 is of (``okg:partOf``; a part is of no
    class) and ``parts`` the parts of a total, IRIs in the text's order. Reads every Statistic node and every Report: :meth:`graph.store.Store.statistics`
    keeps the rows per store version."""
    reports = store.describe(cls="Report")
    labels = _publishers(store, reports.values())
    publisher = {iri: _published_by(d, labels) for iri, d in reports.items()}
    places, unplaced = report_places(store), dict.fromkeys(REPORT_KEYS)
    rows = []
    for d in store.describe(cls="Statistic").values():
        measure_class = d.rel("measureClass")
        row = {"iri": d.iri, "measure": d.one("measure"),
               "measure_class": measure_class.removeprefix(str(MEASURE_CLASS)) if measure_class else None,
               "value": d.one("value"), "unit": d.one("unit"),
               "qualifier": d.one("qualifier"), "subject": d.one("subject"), "status": d.one("status") or "reported",
               "part_of": d.rel("partOf"), "parts": [],
               **fields.labels(d),
               **fields.evidence(d)}
        row["organs"] = publisher.get(row["report"], [])
        row["organ"] = row["organs"][0] if row["organs"] else None
        rows.append({**row, **places.get(row["report"], unplaced)})
    totals = {row["iri"]: row for row in rows}
    for row in sorted(rows, key=_sort_key):  # a total lists its parts (其中…62项) in the text's order
        if row["part_of"] in totals:
            totals[row["part_of"]]["parts"].append(row["iri"])
    return sorted(rows, key=_sort_key)


def statistics(store: Backend, rows: Iterable[dict[str, Any]], measure: str | None = None, year: YearFilter = None,
               organ: Choice = None, jurisdiction: str | None = None,
               level: Choice = None, status: Choice = None, measure_class: Choice = None) -> list[dict[str, Any]]:
    """The :func:`statistic_rows` ``rows`` of ``measure`` and ``measure_class`` (a class code), covering ``year``,
    stated in reports of ``organ`` (an IRI), of an organ within ``jurisdiction`` (a division code), of ``level`` (the
    report's) and of ``status`` (reported or planned), in their order; ``organ``, ``level``, ``status`` and
    ``measure_class`` take several values too, any of which a row has (:data:`Choice`)."""
    wanted, levels, statuses, classes = value_set(organ), value_set(level), value_set(status), value_set(measure_class)
    there = organs_within(store, jurisdiction) if jurisdiction is not None else None
    return [row for row in rows if (measure is None or row["measure"] == measure)
            and (classes is None or row["measure_class"] in classes) and fields.covers(row, year)
            and (wanted is None or not wanted.isdisjoint(row["organs"])) and (there is None or not there.isdisjoint(row["organs"]))
            and (levels is None or row["level"] in levels) and (statuses is None or row["status"] in statuses)]


def statistic_hits(store: Backend, hits: list[dict[str, Any]], rows: Mapping[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Search ``hits`` (:class:`graph.shapes.Hit`) with a statistic's English label (``label_en``) and ``place`` (its
    report's area, else the label of the organ publishing it) from its :func:`statistic_rows` row (``rows``: those
    rows by IRI, :meth:`graph.store.Store._statistic_table`): a search for 满意率 listed a dozen ``满意率 NN% · year``
    entries no reader could tell apart, in Chinese in the explorer's English mode too (a first-time analyst, round 36,
    newuser19 §10). Looks up the page's statistics alone, never reading the table."""
    by_iri = {hit["iri"]: row for hit in hits if "Statistic" in hit["types"] and (row := rows.get(hit["iri"])) is not None}
    organs = {row["organ"] for row in by_iri.values() if not row.get("area") and row.get("organ")}
    names = {iri: node.get("label") for iri, node in store.nodes(organs).items()} if organs else {}
    return [{**hit, "label_en": row.get("label_en"), "place": row.get("area") or names.get(row.get("organ") or "")}
            if (row := by_iri.get(hit["iri"])) else hit for hit in hits]


def activity_hits(store: Backend, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Search ``hits`` with an activity's (or a handling of suggestions') English label (``label_en``) and ``place``: the
    organs that conducted it (the first by name, 等 when there are more), else its handling bodies, else its report's
    area, else that report's publisher, as a statistic's hit has (:func:`statistic_hits`): a search for 执法检查 listed
    ``执法检查 · 2018`` twice with nothing to tell the two apart (a fresh user's round 37). Describes the page's
    activities alone."""
    wanted = sorted(hit["iri"] for hit in hits if {"OversightActivity", "SuggestionHandling"} & set(hit["types"]))
    if not wanted:
        return hits
    described = store.describe(wanted)
    reports = store.describe(sorted({r for d in described.values() if (r := d.rel("statedIn"))}))

    def whose(d: Description) -> list[str]:
        report = reports.get(d.rel("statedIn") or "")
        return (fields.conductors(d) or sorted(d.rels.get("handledBy", []))
                or (sorted(report.rels.get("jurisdiction", []) or report.rels.get("publishedBy", [])) if report else []))
    named = {iri: whose(d) for iri, d in described.items()}
    labels = {iri: node.get("label") for iri, node in store.nodes({o for found in named.values() for o in found}).items()}

    def place(iri: str) -> str | None:
        found = sorted(label for o in named.get(iri, []) if (label := labels.get(o)))
        return (found[0] + (" 等" if len(found) > 1 else "")) if found else None
    return [{**hit, "label_en": fields.labels(described[hit["iri"]])["label_en"], "place": place(hit["iri"])}
            if hit["iri"] in described else hit for hit in hits]


def _row_order(row: LawRow) -> tuple:
    """Rows of one law in a total order, so its entry is the same whichever order they came in."""
    return (row.activity or "", row.organ or "", *((v is None, str(v)) for v in astuple(row)))


def law_entry(rows: list[LawRow], identity: dict[str, inspections.Key] | None = None) -> dict[str, Any]:
    """One law of the laws table (:class:`graph.shapes.Law`) from its rows (all of one law).

    ``times_inspected`` counts the inspections its statements are (:func:`graph.inspections.of_law`;
    ``identity`` gives that of every row of the law when ``rows`` are some of them), each statement's
    ``inspection`` numbering them within the law; ``followed_up_only`` counts apart the inspections only a follow-up
    states (:func:`graph.inspections.followed_only`: reported before the reports stored; its statements are follow-ups,
    their years ``follow_up_years``, the years of those inspections where a follow-up names them, 对2021年开展的…执法检查
    开展“回头看”, ``followed_up_only_years``); ``organs`` are the conducting organs of the statements of its inspections, the ones
    ``times_inspected`` counts, and ``follow_up_organs`` those of its follow-ups besides (newuser31 A5); ``draft_only`` is
    true when every row is a report
    naming the law as a draft (a bill, 草案: ``LawRow.draft``), no inspection and no other mention.
    ``years`` lists the single years its inspections are dated by; ``periods`` the ranges (``"2017-2021"``)
    of those a multi-year report dates by its range alone, which no single year stands for; ``follow_up_years``
    the single years of its follow-ups (``LawRow.follow_up``: 跟踪检查, a feedback report on an inspection heard)
    that are no year of the inspection they follow up (:func:`_inspection_years`; a fresh user's round 22 read
    the year of a 反馈报告 in ``years`` as an inspection's)."""
    rows = sorted(rows, key=_row_order)
    law: dict[str, Any] = {"iri": rows[0].law, "title": rows[0].title, "law_level": rows[0].level,
                           "times_inspected": 0, "draft_only": all(row.draft for row in rows),
                           "years": [], "periods": [], "undated": 0, "follow_up_years": [],
                           "followed_up_only_years": [], "organs": [], "follow_up_organs": [], "reports": [],
                           "evidence": []}
    seen: set[str] = set()
    for row in rows:
        if row.activity and row.report is not None and row.report not in law["reports"]:
            law["reports"].append(row.report)
        if row.activity is None or row.activity in seen:
            continue
        seen.add(row.activity)
        law["evidence"].append({"activity": row.activity, "text": row.evidence, "report": row.report,
                                "start": row.start, "end": row.end, "follow_up": row.follow_up,
                                "follows_year": row.follows_year, "date": row.date,
                                **fields.years(row.year, row.year_from, row.year_to)})
    law["reports"].sort()
    law["evidence"].sort(key=lambda e: (e["report"] or "", e["start"] or 0, e["activity"]))
    keys = inspections.of_law(rows) if identity is None else identity
    numbers: dict[inspections.Key, int] = {}
    for e in law["evidence"]:
        e["inspection"] = numbers.setdefault(keys[e["activity"]], len(numbers))
        e["follow_up"] = e["follow_up"] or inspections.followed_only(keys[e["activity"]])
    # organs: those of the statements of its inspections, the ones times_inspected counts; a follow-up's organs apart
    # (newuser31 A5: 安康市, whose only statement was a follow-up of an inspection reported before, was listed among
    # the organs of /laws?report_level=city though no inspection of it was counted)
    followed = {e["activity"] for e in law["evidence"] if e["follow_up"]}
    for row in rows:
        key = "follow_up_organs" if row.activity in followed else "organs"
        if row.activity and row.organ is not None and row.organ not in law[key]:
            law[key].append(row.organ)
    law["organs"].sort()
    law["follow_up_organs"] = sorted(set(law["follow_up_organs"]) - set(law["organs"]))
    law["followed_up_only"] = sum(map(inspections.followed_only, numbers))
    law["times_inspected"] = len(numbers) - law["followed_up_only"]
    only = {number for key, number in numbers.items() if inspections.followed_only(key)}
    law["followed_up_only_years"] = sorted({e["follows_year"] for e in law["evidence"]
                                            if e["inspection"] in only and e["follows_year"] is not None})
    return {**law, **_inspection_years(law["evidence"])}


def _when(statement: dict[str, Any]) -> int | str | None:
    """A statement's single year, else its range (``"2017-2021"``), else None."""
    if statement["year"] is not None:
        return int(statement["year"])
    return f"{statement['year_from']}-{statement['year_to']}" if statement["year_from"] is not None else None


def _inspection_years(evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """``years``, ``periods``, ``undated`` and ``follow_up_years`` of a law's numbered statements (:func:`law_entry`),
    as the explorer's chart and its laws table draw them: each inspection in the year (or range) of its own
    statements, or counted in ``undated`` when none dates it (a report without a year; the table's 未标年份, so the
    years and it add up to ``times_inspected``, follow-ups of an earlier inspection apart); a follow-up's year
    apart from it, in ``follow_up_years``, when that is no year of the inspection it follows up, or when no stored
    report states that inspection (``followed_up_only``: it was reported before)."""
    own: dict[int, int | str | None] = {e["inspection"]: _when(e) for e in evidence if not e["follow_up"]}
    followed = {when for e in evidence if e["follow_up"] and isinstance(when := _when(e), int)
                and when != own.get(e["inspection"])}
    return {"years": sorted({w for w in own.values() if isinstance(w, int)}),
            "periods": sorted({w for w in own.values() if isinstance(w, str)}),
            "undated": sum(w is None for w in own.values()), "follow_up_years": sorted(followed)}


def repeal(d: Description | None) -> dict[str, Any]:
    """Whether the catalog marks a Law node (described with :data:`LAW_KEYS`) repealed, and since when:
    ``{"repealed": bool, "repealed_on": "2021-01-01" | None}``. False for a law the catalog does not hold (it is
    the catalog's ``okg:repealed`` flag, :mod:`loaders.build.catalog`, that says so; round 27, a first-time analyst
    found 合同法 and 婚姻法 among the laws never inspected, with no column telling them apart)."""
    flag = d.one("repealed") if d is not None else None
    since = d.one("repealedOn") if d is not None else None
    return {"repealed": flag is True or str(flag).lower() in ("true", "1"),
            "repealed_on": str(since) if since is not None else None}


#: How a law row says it is no ambiguous title: its own reading, with no candidates.
UNAMBIGUOUS: dict[str, Any] = {"ambiguous": False, "candidates": []}


def readings(store: Backend, described: Mapping[str, Description]) -> dict[str, dict[str, Any]]:
    """``{IRI: {"ambiguous": True, "candidates": [{"iri", "title", "law_level"}, …]}}`` for the ambiguous titles among the
    Law nodes ``described`` (``okg:AmbiguousLawTitle``: a bare 城市绿化条例 a Wuhan district's report inspects, standing
    for 武汉市城市绿化条例 or the State Council's, :mod:`loaders.build.laws`), each reading as the tables name a law: the
    rows of the laws table and of coverage state the ambiguity and the readings, none chosen (a first-time analyst's
    class 8, round 30: the inspection of such a title left /laws and coverage)."""
    ambiguous = {iri for iri, d in described.items() if "AmbiguousLawTitle" in d.types}
    if not ambiguous:
        return {}
    # their outgoing links only (okg:candidate among them): every relationship of theirs, the reports' mentions of
    # them included, was most of a first /coverage at 1M triples (17k edges read for 1.9k titles; round 47)
    links = {iri: set(d.rels.get("candidate", ())) for iri, d in store.describe(sorted(ambiguous)).items()}
    about = store.describe(sorted({o for found in links.values() for o in found}), keys=("label", "lawLevel"))
    return {iri: {"ambiguous": True, "candidates": [{"iri": o, "title": about[o].label if o in about else None,
                                                     "law_level": about[o].one("lawLevel") if o in about else None}
                                                    for o in sorted(links.get(iri, ()))]} for iri in sorted(ambiguous)}


def in_force_during(rows: list[dict[str, Any]], since: int | None) -> tuple[list[dict[str, Any]], int]:
    """The law rows (each with :func:`repeal`'s keys) of laws in force at some point from 1 January of ``since`` on,
    and how many were left out: a law not repealed, or repealed after that day (``repealed_on``: 合同法, repealed on
    2021-01-01 by 民法典 art. 1260, is kept from 2020 back, left out from 2021); a law repealed on no known date is left
    out, as is every repealed law when ``since`` is None (no period known). Coverage's default with ``inspected=false``
    (round 30, a first-time analyst: the laws the 生态环境法典 repealed in 2026 were missing from the laws never inspected
    in 2015–2025, when they were in force and inspected constantly)."""
    start = f"{since:04d}-01-01" if since is not None else None
    kept = [row for row in rows if not row["repealed"]
            or (start is not None and row["repealed_on"] is not None and row["repealed_on"] > start)]
    return kept, len(rows) - len(kept)


def with_sources(entries: Iterable[dict[str, Any]], sources: dict[str, str],
                 mentions: dict[str, list[dict[str, Any]]], described: Mapping[str, Description],
                 read: Mapping[str, dict[str, Any]], selected: bool = False,
                 planned: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Law entries (:func:`law_entry`) whose evidence names each statement's ``source`` (``sources``: report IRI →
    its source, :func:`graph.areas.report_sources`), as every other row stated in a report does, with the law's
    other statements (``mentions``: :func:`graph.law_mentions.law_mentions`, each with its source too),
    ``reports`` every report naming the law (its inspections' and its mentions'), ``planned_inspections`` how many of
    those are planned inspections (:func:`planned_inspection`: 拟对…开展执法检查, so a law never inspected but planned is
    found in the laws table itself, a new user's round 42, finding 11), whether it is repealed
    (:func:`repeal` of its node in ``described``: Law IRI → its description) and whether it is an ambiguous title
    with its readings (``read``: :func:`readings`); new dicts, the entries (kept and shared read-only by the views)
    unchanged. ``selected``: the entries' evidence is what a filter (year, organ, jurisdiction, report level) kept,
    and every other column of the row is filtered the same way: its mentions are the other statements of the reports
    that evidence is stated in, and ``reports`` those reports (newuser30 T5: a ``year=2018`` row listed a 2025 report
    and its sentences, so an analyst citing its reports cited 2025 for 2018), but for its planned inspections, which
    are those the filter selects itself (``planned``: their activity IRIs, by their own year, organ, report level and
    place), in whatever report they are stated, and ``planned_inspections`` counts them (newuser31 B1: the 4
    inspections planned for 2018 counted 0 under ``year=2018``, where a 2017 report's plan for 2018 was no
    statement of a 2018 report's)."""
    return [{**law, **repeal(described.get(law["iri"])), **read.get(law["iri"], UNAMBIGUOUS),
             "planned_inspections": sum(planned_inspection(m) for m in named),
             "evidence": [{**e, "source": sources.get(e["report"] or "")} for e in law["evidence"]],
             "mentions": [{**m, "source": sources.get(m["report"] or "")} for m in named],
             "reports": sorted({*law["reports"], *(m["report"] for m in named if m["report"])})}
            for law in entries for named in (_stated_beside(law, mentions.get(law["iri"], []), selected, planned),)]


def _stated_beside(law: Mapping[str, Any], named: list[dict[str, Any]], selected: bool,
                   planned: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """A law entry's mentions as its row lists them: all of ``named`` (:func:`graph.law_mentions.law_mentions`), or,
    when the entry's evidence is a filter's selection (``selected``), its planned inspections the filter selected
    (``planned``: activity IRIs) and its other statements stated in the reports of that evidence."""
    if not selected:
        return named
    reports = {e["report"] for e in law["evidence"]}
    return [m for m in named if (m["iri"] in planned if planned_inspection(m) else m["report"] in reports)]


def planned_inspection(mention: Mapping[str, Any]) -> bool:
    """Whether a law's statement (a ``mentions`` row: ``status``, ``types``) is a planned inspection of it: planned, and
    no follow-up (``okg:FollowUpOversight``: 跟踪检查…执法检查报告所提建议的落实情况 follows up an inspection's
    recommendations, no new inspection; newuser28 §13 found it counted as one). A planned follow-up stays among the
    law's mentions, with its types, counted in ``planned_follow_ups`` (:func:`laws_table`), no inspection."""
    return mention.get("status") == "planned" and inspections.FOLLOW_UP not in (mention.get("types") or ())


#: A law's standing against inspections other than inspected (True) and never inspected (False): only a follow-up of an
#: inspection no stored report states concerns it (``followed_up_only``), neither inspected there nor never inspected.
FOLLOWED_UP_ONLY = "followed_up_only"
#: What ``inspected`` selects: a :func:`standing`, several (any of them: round 48), or every law (None).
Inspected = bool | Literal["followed_up_only"] | AbstractSet[bool | str] | None


def standings(inspected: Inspected) -> frozenset[bool | str] | None:
    """The standings ``inspected`` selects, as a set (``True`` → ``{True}``); None for every law."""
    if inspected is None:
        return None
    return frozenset(inspected) if isinstance(inspected, AbstractSet) else frozenset((inspected,))


def standing(law: dict[str, Any]) -> bool | str:
    """A law's (an entry's or a coverage row's) standing, what ``inspected=`` selects on ``/laws`` and ``/coverage``:
    True when an inspection the store holds concerns it (``times_inspected``), :data:`FOLLOWED_UP_ONLY` when only a
    follow-up of an earlier one does, reported (``followed_up_only``) or planned (``planned_follow_ups``: a plan to hear
    an inspection report's handling proves the inspection, newuser36 A4), False when none (mentioned, never
    inspected). A new user's round 36, finding 11: ``inspected=true`` listed 消防法 and 畜牧法 with ``times_inspected`` 0."""
    return True if law["times_inspected"] else FOLLOWED_UP_ONLY if was_inspected(law) else False


def laws_table(entries: Iterable[dict[str, Any]], inspected: Inspected, level: Choice = None,
               drafts: bool = False, follow_ups: Iterable[LawRow] = ()) -> list[dict[str, Any]]:
    """Law entries (:func:`law_entry`), each counting its planned follow-ups (``planned_follow_ups``: the distinct
    activities of ``follow_ups``, :func:`graph.loop.planned_follow_up_rows`, a law only they name an entry of its own),
    kept by ``inspected`` (their :func:`standing`) and ``level`` (any of those given), most inspected first; those the
    reports name only as drafts (``draft_only``: bills, no law never inspected) only when ``drafts``. New dicts: the
    entries (shared read-only by the views) unchanged."""
    planned: dict[str, set[str]] = defaultdict(set)
    first: dict[str, LawRow] = {}
    for row in follow_ups:
        planned[row.law].add(row.activity or "")
        first.setdefault(row.law, row)
    listed = [{**law, "planned_follow_ups": len(planned.get(law["iri"], ()))} for law in entries]
    known = {law["iri"] for law in listed}
    listed += [{**law_entry([replace(row, activity=None)]), "planned_follow_ups": len(planned[law])}
               for law, row in first.items() if law not in known]
    wanted, levels = standings(inspected), value_set(level)
    rows = [law for law in listed if (wanted is None or standing(law) in wanted)
            and (levels is None or law["law_level"] in levels) and (drafts or not law["draft_only"])]
    return sorted(rows, key=lambda law: (-law["times_inspected"], -law["followed_up_only"], -law["planned_follow_ups"],
                                         law["title"] or "", law["iri"]))


def was_inspected(law: dict[str, Any]) -> bool:
    """Whether a law (an entry or a coverage row) was inspected: an inspection the store holds, or one only its
    follow-up states, reported (``followed_up_only``: inspected before the reports stored, so never "never inspected")
    or planned (``planned_follow_ups``: the plan names the inspection's report, newuser36 A4)."""
    return bool(law["times_inspected"] or law["followed_up_only"] or law["planned_follow_ups"])


def laws(store: Backend, inspected: Inspected, *, year: YearFilter = None, organ: Choice = None,
         jurisdiction: str | None = None, report_level: Choice = None, level: Choice = None,
         drafts: bool = False, rows: Iterable[LawRow] | None = None) -> list[dict[str, Any]]:
    """The laws table from ``rows`` (:func:`graph.loop.inspection_rows`, asked of the store if None): the entries of
    :func:`law_entries`, each statement naming its report's source (:func:`with_sources`)."""
    selected = not (year is None and organ is None and jurisdiction is None and report_level is None)
    keep = selector(store, year=year, organ=organ, jurisdiction=jurisdiction, report_level=report_level)
    follow_ups = [row for row in loop.planned_follow_up_rows(store) if not selected or keep(row)]
    table = law_entries(store, inspected, year=year, organ=organ, jurisdiction=jurisdiction, report_level=report_level,
                        level=level, drafts=drafts, rows=rows, keep=keep, follow_ups=follow_ups)
    planned: frozenset[str] = frozenset()
    if selected:  # the planned inspections the filters select, and the laws only they concern (listed when all are)
        chosen = [row for row in loop.planned_rows(store) if keep(row)]
        planned = frozenset(row.activity for row in chosen if row.activity)
        listed = {law["iri"] for law in table}
        only = {row.law: replace(row, activity=None) for row in chosen if row.law not in listed}
        if only and inspected is None:
            table = laws_table([*table, *(law_entry([row]) for row in only.values())], None, level, drafts, follow_ups)
    described = store.describe([law["iri"] for law in table], keys=LAW_KEYS)
    return with_sources(table, report_sources(store), law_mentions(store), described, readings(store, described),
                        selected, planned)


def selector(store: Backend, *, year: YearFilter = None, organ: Choice = None,
             jurisdiction: str | None = None, report_level: Choice = None) -> Callable[[LawRow], bool]:
    """Whether a law row with an activity (an inspection's, or a planned one's: :func:`graph.loop.planned_rows`) is
    selected by ``/laws``'s filters: dated in ``year`` (:func:`graph.fields.covers`), conducted by ``organ``, stated
    in a report of ``report_level`` (any of several), placed within ``jurisdiction`` by its conducting organ and its activity's assisting organs, or its report
    (:func:`graph.areas.placers`)."""
    there = placed_within(store, jurisdiction) if jurisdiction is not None else None
    report_area = report_areas(store) if jurisdiction is not None else {}
    placed = placed_organs(store) if jurisdiction is not None else {}
    helped = assistants(store) if jurisdiction is not None else {}
    levels = report_levels(store) if report_level is not None else {}
    wanted, chosen = value_set(organ), value_set(report_level)

    def keep(row: LawRow) -> bool:
        return (row.activity is not None and fields.covers(fields.years(row.year, row.year_from, row.year_to), year)
                and (wanted is None or not wanted.isdisjoint((row.organ, row.organ_iri)))
                and (chosen is None or levels.get(row.report) in chosen)
                and (there is None or not there.isdisjoint(placers(filter(None, [row.organ_iri]),
                                                                   helped.get(row.activity or "", ()), row.report,
                                                                   report_area, placed))))
    return keep


def law_entries(store: Backend, inspected: Inspected, *, year: YearFilter = None,
                organ: Choice = None, jurisdiction: str | None = None,
                report_level: Choice = None, level: Choice = None, drafts: bool = False,
                rows: Iterable[LawRow] | None = None, keep: Callable[[LawRow], bool] | None = None,
                follow_ups: Iterable[LawRow] | None = None) -> list[dict[str, Any]]:
    """The laws table's entries (:func:`law_entry`, :func:`laws_table`'s order) from ``rows`` (asked of the store if
    None), without the sources, mentions and readings :func:`laws` adds: what coverage counts. ``year``, ``organ``,
    ``jurisdiction`` and ``report_level`` (national, province, city, county, township: :func:`graph.areas.report_levels`)
    keep the statements they select, and so only inspected laws; ``keep`` is their :func:`selector` when the caller
    built it already (:func:`laws` selects planned inspections with it too), else it is built here; ``follow_ups`` the
    planned follow-ups of inspections the filters select (:func:`laws_table`), asked of the store and selected here
    when None."""
    if keep is None:
        keep = selector(store, year=year, organ=organ, jurisdiction=jurisdiction, report_level=report_level)
    unfiltered = year is None and organ is None and jurisdiction is None and report_level is None
    if follow_ups is None:
        follow_ups = [row for row in loop.planned_follow_up_rows(store) if unfiltered or keep(row)]
    by_law: dict[str, list[LawRow]] = defaultdict(list)
    for row in loop.inspection_rows(store) if rows is None else rows:
        by_law[row.law].append(row)
    entries: Iterable[dict[str, Any]]
    if unfiltered:
        entries = map(law_entry, by_law.values())
    else:  # the filters choose statements; which inspection each one is, all of the law's statements decide
        entries = (law_entry(kept, inspections.of_law(every)) for every in by_law.values()
                   if (kept := [row for row in every if keep(row)]))
    return laws_table(entries, inspected, level, drafts, follow_ups)


def coverage(store: Backend, level: Choice = None, category: Choice = None,
             jurisdiction: str | None = None, organ: Choice = None,
             report_level: Choice = None, year: YearFilter = None) -> dict[str, Any]:
    """Coverage of the law catalog (:meth:`graph.store.Store.coverage`), asked of the store whole."""
    described = store.describe(cls="Law", keys=LAW_KEYS)
    return coverage_of(described.values(),
                       law_entries(store, None, year=year, jurisdiction=jurisdiction, organ=organ,
                                   report_level=report_level),
                       level, category, readings(store, described))


#: Levels of rules (规章), which the catalog holds to read their titles but a congress's 执法检查 does not
#: check: it checks 法律、法规 (监督法 chapter 4, 法律法规实施情况的检查), so a rule is a coverage row only when
#: a report states it inspected.
RULE_LEVELS = frozenset({"规章", "部门规章", "地方政府规章"})
#: What a coverage row takes of a law's entry: the counts its :func:`standing` reads, and the years of those followed up.
STANDING_KEYS = ("times_inspected", "followed_up_only", "followed_up_only_years", "planned_follow_ups")
NOT_INSPECTED: dict[str, Any] = {"times_inspected": 0, "followed_up_only": 0, "followed_up_only_years": [],
                                 "planned_follow_ups": 0}
#: The summary's count of each :func:`standing`.
SUMMARY_CELLS: dict[bool | str, str] = {True: "inspected", FOLLOWED_UP_ONLY: "followed_up_only",
                                        False: "never_inspected"}


def coverage_of(described: Iterable[Description], inspected: Iterable[dict[str, Any]], level: Choice = None,
                category: Choice = None, read: Mapping[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Coverage from the Law nodes (described with :data:`LAW_KEYS`) and the inspected laws' entries: the
    catalog's laws and regulations (rules only when inspected, :data:`RULE_LEVELS`) and inspected laws outside it. A
    part of a law (``okg:LawPart``: 民法典 物权编, 宪法修正案（2018年）) is no law of the summary's counts, and a row
    only when a report inspects it: the code is the law counted. A law only a follow-up of its inspection names
    (``followed_up_only``: inspected before the reports stored; or a planned one, ``planned_follow_ups``) is counted
    apart, neither inspected there nor never inspected (:func:`standing`). An ambiguous title inspected (``read``: :func:`readings`) is a row outside the catalog stating its
    readings; each reading's own row counts only the inspections that name it. ``level`` and ``category`` keep the
    laws of any of the values given (:data:`Choice`)."""
    levels, categories = value_set(level), value_set(category)
    times = {row["iri"]: {key: row[key] for key in STANDING_KEYS} for row in inspected}
    rows, parts = [], set()
    for d in described:
        row = {"iri": d.iri, "title": d.label, "law_level": d.one("lawLevel"), "category": d.one("lawCategory"),
               **times.get(d.iri, NOT_INSPECTED), **repeal(d),
               **(read or {}).get(d.iri, UNAMBIGUOUS)}
        row["in_catalog"] = row["category"] is not None
        if "LawPart" in d.types:  # a book of a code, an amendment: counted with its whole, listed only when inspected
            parts.add(d.iri)
            if not was_inspected(row):
                continue
        if not (row["in_catalog"] and row["law_level"] not in RULE_LEVELS or was_inspected(row)):
            continue
        if (levels is None or row["law_level"] in levels) and (categories is None or row["category"] in categories):
            rows.append(row)
    summary: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        if row["in_catalog"] and row["iri"] not in parts:
            cell = summary.setdefault((row["law_level"] or "", row["category"]), {
                "law_level": row["law_level"], "category": row["category"], "laws": 0, "inspected": 0,
                "followed_up_only": 0, "never_inspected": 0})
            cell["laws"] += 1
            cell[SUMMARY_CELLS[standing(row)]] += 1
    rows.sort(key=lambda r: (-r["times_inspected"], -r["followed_up_only"], -r["planned_follow_ups"], r["title"] or "",
                             r["iri"]))
    return {"summary": [summary[key] for key in sorted(summary)], "laws": rows}
