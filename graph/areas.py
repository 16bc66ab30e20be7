"""Areas as the graph states them: nesting, the organs and reports within an area, and one area's view.

The builder states only each area's direct parent (``okg:within``); the sub-areas of an area
are followed here, in Python over :meth:`graph.backends.Backend.describe`, so both stores answer alike (in
SPARQL the same is ``?a okg:within* ?area``, in Cypher ``(a)-[:within*0..3]->(area)``).
Areas are named by their division code (``okg:divisionCode``, 420117): callers resolve
names to codes first (:func:`api.vocabulary.area_code`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.backends import Backend, Description

#: Level classes of the ontology → the level names the API shows.
LEVELS = {"ProvinceLevelArea": "province", "PrefectureLevelArea": "city", "CountyLevelArea": "county",
          "TownshipLevelArea": "township"}
_MAX_DEPTH = 8  # more than the four levels, so a malformed cycle cannot loop


def _areas(store: Backend) -> dict[str, Description]:
    return store.describe(cls="AdministrativeArea")


def _chain(found: dict[str, Description], iri: str) -> list[str]:
    """``iri`` and the areas above it, nearest first."""
    chain = [iri]
    while len(chain) <= _MAX_DEPTH and (up := found[chain[-1]].rel("within") if chain[-1] in found else None):
        if up in chain:
            break
        chain.append(up)
    return chain


def within(store: Backend, code: str) -> set[str]:
    """IRIs of the area with division code ``code`` and of every area the graph states within it."""
    found = _areas(store)
    tops = {iri for iri, d in found.items() if d.one("divisionCode") == code}
    return {iri for iri in found if tops & set(_chain(found, iri))}


def _jurisdictions(store: Backend, cls: str) -> dict[str, set[str]]:
    """Nodes of class ``cls`` → the areas they state as their jurisdiction."""
    return {d.iri: set(d.rels["jurisdiction"]) for d in store.describe(cls=cls).values() if d.rels.get("jurisdiction")}


def organs_within(store: Backend, code: str) -> set[str]:
    """IRIs of the organs whose ``okg:jurisdiction`` is the area ``code`` or lies within it."""
    inside = within(store, code)
    return {organ for organ, places in _jurisdictions(store, "Organ").items() if places & inside}


def _row(d: Description) -> dict[str, Any]:
    level = next((LEVELS[t] for t in sorted(d.types) if t in LEVELS), None)
    return {"iri": d.iri, "code": d.one("divisionCode"), "label": d.label, "short": d.one("altLabel"),
            "level": level}


def area(store: Backend, code: str) -> dict[str, Any] | None:
    """The area ``code`` as the graph states it, or None when no report names it:
    ``{"iri", "code", "label", "short", "level", "within": [rows, nearest first],
    "reports", "organs", "activities", "children": [rows with reports, organs, activities]}``;
    counts include the sub-areas, ``activities`` are those conducted by an organ there, and
    ``children`` lists the direct sub-areas that have at least one report."""
    found = _areas(store)
    here = next((d for d in found.values() if d.one("divisionCode") == code), None)
    if here is None:
        return None
    chains = {iri: _chain(found, iri) for iri in found}
    organs, reports = _jurisdictions(store, "Organ"), _jurisdictions(store, "Report")
    conducted: dict[str, set[str]] = {}
    for act in store.describe(cls="OversightActivity").values():
        for organ in act.rels.get("conductedBy", []):
            conducted.setdefault(organ, set()).add(act.iri)

    def counts(top: str) -> dict[str, int]:
        inside = {a for a, chain in chains.items() if top in chain}
        there = {o for o, places in organs.items() if places & inside}
        return {"reports": sum(bool(places & inside) for places in reports.values()), "organs": len(there),
                "activities": len(set().union(*(conducted.get(o, set()) for o in there)))}

    children = [{**_row(found[iri]), **counts(iri)} for iri in sorted(found) if found[iri].rel("within") == here.iri]
    return {**_row(here), "within": [_row(found[a]) for a in chains[here.iri][1:] if a in found], **counts(here.iri),
            "children": sorted((c for c in children if c["reports"]), key=lambda c: c["code"] or "")}


def listing(store: Backend) -> list[dict[str, Any]]:
    """Every area the graph states, by code: ``[{"iri", "code", "label", "short", "level"}]``."""
    return sorted((_row(d) for d in _areas(store).values()), key=lambda r: (r["code"] or "", r["iri"]))
