"""Areas as the graph states them: their nesting, and the organs within an area.

The builder states only each area's direct parent (``okg:within``); the sub-areas of an area
are followed here, in Python over :meth:`graph.backends.Backend.describe`, so both stores answer alike (in
SPARQL the same is ``?a okg:within* ?area``, in Cypher ``(a)-[:within*0..3]->(area)``).
Areas are named by their division code (``okg:divisionCode``, 420117): callers resolve
names to codes first (:func:`api.vocabulary.area_code`). What an area holds, counted, is
:mod:`graph.area_view`.
"""
from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.backends import Backend, Description

#: Level classes of the ontology → the level names the API shows.
LEVELS = {"Country": "national", "ProvinceLevelArea": "province", "PrefectureLevelArea": "city", "CountyLevelArea": "county",
          "TownshipLevelArea": "township"}
_MAX_DEPTH = 8  # more than the four levels, so a malformed cycle cannot loop
# Each store's areas at one version: every jurisdiction filter and area name resolves against them.
_KEPT: weakref.WeakKeyDictionary[Backend, tuple[str, dict[str, Description]]] = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def described(store: Backend) -> dict[str, Description]:
    """Every area the graph states, by IRI; read once per :meth:`~graph.backends.Backend.version` of
    the store and shared (callers do not change it)."""
    version = store.version()  # read before describing: a write meanwhile makes the entry stale, never wrong
    with _KEPT_LOCK:
        kept = _KEPT.get(store)
    if kept is not None and kept[0] == version:
        return kept[1]
    found = store.describe(cls="AdministrativeArea")
    with _KEPT_LOCK:
        _KEPT[store] = (version, found)
    return found


def chain(found: dict[str, Description], iri: str) -> list[str]:
    """``iri`` and the areas above it in ``found`` (:func:`described`), nearest first."""
    chain = [iri]
    while len(chain) <= _MAX_DEPTH and (up := found[chain[-1]].rel("within") if chain[-1] in found else None):
        if up in chain:
            break
        chain.append(up)
    return chain


def within(store: Backend, code: str) -> set[str]:
    """IRIs of the area with division code ``code`` and of every area the graph states within it."""
    found = described(store)
    tops = {iri for iri, d in found.items() if d.one("divisionCode") == code}
    return {iri for iri in found if tops & set(chain(found, iri))}


def _jurisdictions(store: Backend, cls: str) -> dict[str, set[str]]:
    """Nodes of class ``cls`` → the areas they state as their jurisdiction."""
    return {d.iri: set(d.rels["jurisdiction"]) for d in store.describe(cls=cls).values() if d.rels.get("jurisdiction")}


def organs_within(store: Backend, code: str) -> set[str]:
    """IRIs of the organs whose ``okg:jurisdiction`` is the area ``code`` or lies within it."""
    inside = within(store, code)
    return {organ for organ, places in _jurisdictions(store, "Organ").items() if places & inside}


def row(d: Description) -> dict[str, Any]:
    """An area as listings show it: ``{"iri", "code", "label", "short", "level"}`` (level: national,
    province, city, county, township or None)."""
    level = next((LEVELS[t] for t in sorted(d.types) if t in LEVELS), None)
    return {"iri": d.iri, "code": d.one("divisionCode"), "label": d.label, "short": d.one("altLabel"),
            "level": level}


def listing(store: Backend) -> list[dict[str, Any]]:
    """Every area the graph states, by code: :func:`row` rows (with counts: :func:`graph.area_view.view`)."""
    return sorted((row(d) for d in described(store).values()), key=lambda r: (r["code"] or "", r["iri"]))
