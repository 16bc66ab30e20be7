"""What an area holds, counted as the API's filters count it, for drilling down from a province
to its cities, counties and organs.

Every count includes the sub-areas and agrees with the listings an analyst would check it by:
``activities`` are what ``/activities?jurisdiction=<area>&status=reported`` lists (conducted by an
organ there or assisted by one, or, naming neither, stated in a report of the area: :func:`graph.areas.placers`; planned work is counted apart, ``planned``: DESIGN.md never mixes the two in one
count); ``inspections`` are the inspections those activities state, counted as ``/laws`` counts a
law's ``times_inspected`` (:mod:`graph.inspections`: one law's inspection by the same conducting organs in the same
year however many reports state it, a follow-up joining the inspection it follows up, an inspection of several laws
one of each, as the laws' ``times_inspected`` add up), and ``other_activities`` the activities that state no inspection; ``laws_inspected`` is what
``/coverage?jurisdiction=<area>&inspected=true`` lists (inspections as
:func:`graph.loop.inspection_rows` gives them: planned ones left out, a law's follow-ups in),
``reports_published`` the reports whose ``okg:jurisdiction`` lies in the area or an organ of it published, ``organs`` the organs whose
jurisdiction does. One pass over the store tallies every organ; an area's counts are unions of its
organs' sets, so listing every area costs no more than one.

Those counts are by who did the work (the conducting and assisting organs' area, else the publishing report's). Work done in an
area by an organ of another (a provincial inspection group 赴赣州市、吉安市…: the activity's ``okg:place``) is counted
apart, by where it took place: ``took_place_activities``, ``took_place_inspections`` and
``took_place_laws_inspected``, as ``/activities?place=<area>&status=reported`` lists them (round 33: a fresh user's
round 32 read 赣州市 "0 inspections" beside the province's inspection there, and the province's panel listed no
city). The two are never summed: an organ's work at home is one row of each when its sentence names the place.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph import fields, inspections as identity, loop
from graph.areas import chain, described, instruments, placed_organs, placers, report_areas, row

if TYPE_CHECKING:
    from graph.backends import Backend, Description


@dataclass
class Tally:
    """The store's areas and organs with what each organ did (sets of IRIs per organ IRI)."""

    areas: dict[str, Description]
    inside: dict[str, set[str]]  # area → itself and the areas within it
    organs: dict[str, Description]
    at: dict[str, set[str]]  # area → the organs whose jurisdiction it is
    reported: dict[str, set[str]]  # area → the reports whose jurisdiction it is
    published: dict[str, set[str]]
    # what each organ conducted, and each area what its organs assisted or its reports name no conductor of
    # (graph.areas.placers):
    activities: dict[str, set[str]]  # reported
    planned: dict[str, set[str]]
    inspections: dict[str, set[identity.Inspection]]  # the inspections (graph.inspections.identify) reported ones state
    others: dict[str, set[str]]  # the reported activities that state none
    follow_ups: dict[str, set[str]]  # the reported follow-ups (okg:FollowUpOversight), of those or of none stored
    overseen: dict[str, set[str]]  # the reported activities an organ was overseen in (okg:oversaw)
    laws: dict[str, set[str]]  # the laws those inspected or followed up (/coverage?inspected=true lists both)
    unplaced: dict[str, int]  # reports, activities (reported), planned, inspections that no area holds
    # by where the work took place (okg:place), each area by itself (sub-areas joined by took_place):
    done_at: dict[str, set[str]]  # the reported activities done there
    inspected_at: dict[str, set[identity.Inspection]]  # the inspections those state (their laws: the laws inspected there)

    def organs_in(self, area: str, sub_areas: bool = True) -> set[str]:
        """IRIs of the organs whose jurisdiction is ``area`` (an IRI) or, with ``sub_areas``, lies within it."""
        places = self.inside.get(area, set()) if sub_areas else {area}
        return set().union(*(self.at.get(place, set()) for place in places))

    def counts(self, placers: set[str]) -> dict[str, int]:
        """``{"activities", "planned", "inspections", "follow_ups", "other_activities", "laws_inspected",
        "laws_followed_up_only", "overseen"}`` of these organs (and areas, for the work of reports naming no conductor:
        :func:`graph.areas.placers`) together (an inspection several of them conducted counts once; an activity several
        of them were overseen in, once). ``laws_inspected`` are the laws of those inspections (:func:`graph.inspections.
        laws_of`: the laws ``/laws?inspected=true&jurisdiction=`` lists with ``times_inspected`` above 0, so a law only a
        follow-up of another law's inspection names is none: a new user's round 42, finding 9), ``laws_followed_up_only`` apart those that only a follow-up of an inspection no stored report states concerns (a
        handling report of its review opinions), as ``/laws`` lists them with ``times_inspected`` 0 and
        ``followed_up_only`` (a first-time analyst, round 33: 宜昌's ``laws_inspected`` 2 beside ``inspections`` 1 read as
        two laws inspected where ``/laws`` told one a follow-up; a new user's round 36, finding 11: 新洲区
        ``laws_inspected`` 5 of which 2 only followed up, so the two are never summed into one)."""
        def unite(sets: dict[str, set[Any]]) -> set[Any]:
            return set().union(*(sets.get(o, set()) for o in placers))

        def union(sets: dict[str, set[str]]) -> int:
            return len(unite(sets))
        inspections: set[identity.Inspection] = unite(self.inspections)
        laws = identity.laws_of(inspections)
        return {"activities": union(self.activities), "planned": union(self.planned), "inspections": len(inspections),
                "follow_ups": union(self.follow_ups), "other_activities": union(self.others), "laws_inspected": len(laws),
                "laws_followed_up_only": len(unite(self.laws) - laws), "overseen": union(self.overseen)}

    def took_place(self, area: str) -> dict[str, int]:
        """``{"took_place_activities", "took_place_inspections", "took_place_laws_inspected"}``: the reported
        activities whose ``okg:place`` is ``area`` (an IRI) or lies within it, whoever conducted them, the
        inspections they state and the laws those inspected."""
        places = self.inside.get(area, set())

        def gather(sets: dict[str, set[Any]]) -> set[Any]:
            return set().union(*(sets.get(place, set()) for place in places))
        inspected: set[identity.Inspection] = gather(self.inspected_at)
        return {"took_place_activities": len(gather(self.done_at)), "took_place_inspections": len(inspected),
                "took_place_laws_inspected": len(identity.laws_of(inspected))}

    def area_counts(self, area: str) -> dict[str, Any]:
        """The row of ``area`` (an IRI) with ``reports_published`` (those its areas hold or its organs publish, as
        ``/reports?jurisdiction=`` lists them), ``organs``, :meth:`counts` of its organs and :meth:`took_place`."""
        organs = self.organs_in(area)
        places = self.inside.get(area, set())
        reports = set().union(*(self.reported.get(place, set()) for place in places),
                              *(self.published.get(organ, set()) for organ in organs))
        return {**row(self.areas[area]), "reports_published": len(reports), "organs": len(organs),
                **self.counts(organs | places), **self.took_place(area)}


#: What the tally reads of an activity (round 50, perf50: every activity described whole, its evidence and labels
#: included, was most of a first ``/areas``' peak at 1M triples).
ACTIVITY_KEYS = (*identity.KEYS, "assistedBy", "oversaw", "place", "statedIn")


def tally(store: Backend) -> Tally:
    """One pass over the store's areas, organs, reports, activities and inspections."""
    found = described(store)
    inside: dict[str, set[str]] = defaultdict(set)
    for iri in found:
        for up in chain(found, iri):
            inside[up].add(iri)
    reports = store.describe(cls="Report", keys=("publishedBy", "jurisdiction"))
    published: dict[str, set[str]] = defaultdict(set)
    for report in reports.values():
        for organ in report.rels.get("publishedBy", []):
            published[organ].add(report.iri)
    # each activity tallied under what places it (graph.areas.placers): its conducting organs and its assisting
    # organs' areas (so an organ's own row stays what it conducted), else its report's area
    report_area, placed_conductors = report_areas(store), placed_organs(store)
    activities: dict[str, set[str]] = defaultdict(set)
    planned: dict[str, set[str]] = defaultdict(set)
    inspected: dict[str, set[identity.Inspection]] = defaultdict(set)
    acts = store.describe(cls="OversightActivity", keys=ACTIVITY_KEYS)
    rows = loop.inspection_rows(store)
    stated = identity.identify(rows, acts.values())
    where = {act.iri: placers(fields.conductors(act), act.rels.get("assistedBy", []), act.rel("statedIn"), report_area,
                              placed_conductors) for act in acts.values()}
    overseen: dict[str, set[str]] = defaultdict(set)
    done_at: dict[str, set[str]] = defaultdict(set)
    inspected_at: dict[str, set[identity.Inspection]] = defaultdict(set)
    for act in acts.values():
        reported = act.one("status") != "planned"
        for placer in where[act.iri]:
            (activities if reported else planned)[placer].add(act.iri)
            inspected[placer].update(stated.get(act.iri, ()))
        for organ in act.rels.get("oversaw", []) if reported else ():
            overseen[organ].add(act.iri)
        for place in act.rels.get("place", []) if reported else ():
            done_at[place].add(act.iri)
            inspected_at[place].update(stated.get(act.iri, ()))
    others = {placer: {a for a in done if a not in stated} for placer, done in activities.items()}
    follow_ups = {placer: {a for a in done if identity.FOLLOW_UP in acts[a].types} for placer, done in activities.items()}
    laws: dict[str, set[str]] = defaultdict(set)
    for law_row in rows:
        if law_row.activity is not None:
            helped = acts[law_row.activity].rels.get("assistedBy", []) if law_row.activity in acts else []
            for placer in placers(filter(None, [law_row.organ_iri]), helped, law_row.report, report_area,
                                  placed_conductors):
                laws[placer].add(law_row.law)
    groups = instruments(store)  # a committee's instruments: no organs of an area (as /organs lists none)
    organs = {iri: d for iri, d in store.describe(cls="Organ").items() if iri not in groups}
    at = _by_place(organs)
    placed = set().union(*at.values(), found)
    homeless = [act for act in acts.values() if placed.isdisjoint(where[act.iri])]
    held = set().union(*(inspected.get(placer, set()) for placer in placed))
    unplaced = {"reports": sum(not report.rels.get("jurisdiction") for report in reports.values()),
                "activities": sum(act.one("status") != "planned" for act in homeless),
                "planned": sum(act.one("status") == "planned" for act in homeless),
                "inspections": len(set().union(*(stated.get(act.iri, set()) for act in acts.values()
                                                  if act.one("status") != "planned")) - held)}
    return Tally(found, dict(inside), organs, at, _by_place(reports), published, activities,
                 planned, inspected, others, follow_ups, overseen, laws, unplaced, done_at, inspected_at)


def _by_place(nodes: dict[str, Description]) -> dict[str, set[str]]:
    """``{area IRI: the IRIs of the nodes whose okg:jurisdiction it is}``."""
    there: dict[str, set[str]] = defaultdict(set)
    for node in nodes.values():
        for place in node.rels.get("jurisdiction", []):
            there[place].add(node.iri)
    return dict(there)


def view(store: Backend) -> dict[str, Any]:
    """Every area the graph states, counted, in one answer kept by :meth:`graph.store.Store.areas`:
    ``{"rows": [AreaCounts by code], "areas": {code: Area}, "organs": {code: {"all": [AreaOrgan],
    "here": [AreaOrgan]}}}`` (:mod:`graph.shapes`). An :class:`~graph.shapes.Area` has the areas above
    (``within``, nearest first), its direct sub-areas with a report or an activity, done by an organ there or
    taking place there (``children``), and what
    the store holds in no area (``unplaced``: reports without a jurisdiction, activities that
    :func:`graph.areas.placers` places in no known area, the inspections none of whose statements an area holds, so
    ``/areas/全国``' ``inspections`` and these add up to ``/stats``'; store-wide, so that no area's totals pass for complete while some exist);
    an area's organs are those whose jurisdiction lies in it (``all``) or is the area itself
    (``here``), most active first, each with the :meth:`Tally.counts` of what it did, the
    ``reports_published``, the reports it published, and the ``area`` code of its jurisdiction."""
    t = tally(store)
    counted = {iri: t.area_counts(iri) for iri in t.areas}
    below: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for iri, d in t.areas.items():
        if (up := d.rel("within")) is not None:
            below[up].append(counted[iri])
    areas, organs = {}, {}
    for iri, d in t.areas.items():
        code = d.one("divisionCode")
        if code is None:
            continue
        areas[code] = {**counted[iri], "within": [row(t.areas[a]) for a in chain(t.areas, iri)[1:] if a in t.areas],
                       "children": sorted((c for c in below[iri] if c["reports_published"] or c["activities"] or c["planned"]
                                           or c["took_place_activities"]),
                                          key=lambda c: c["code"] or ""),
                       "unplaced": t.unplaced}
        organs[code] = {"all": _organ_rows(t, t.organs_in(iri)), "here": _organ_rows(t, t.organs_in(iri, False))}
    return {"rows": sorted(counted.values(), key=lambda r: (r["code"] or "", r["iri"])), "areas": areas,
            "organs": organs, "unplaced": t.unplaced}


def _organ_rows(t: Tally, organs: set[str]) -> list[dict[str, Any]]:
    rows = []
    for organ in organs:
        d = t.organs[organ]
        place = next((t.areas[a] for a in sorted(d.rels.get("jurisdiction", [])) if a in t.areas), None)
        rows.append({**d.node(), "area": place.one("divisionCode") if place else None,
                     "reports_published": len(t.published.get(organ, set())), **t.counts({organ})})
    return sorted(rows, key=lambda r: (-r["activities"], -r["laws_inspected"], r["label"] or "", r["iri"]))
