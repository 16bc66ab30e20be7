"""The deputies table: each named deputy with where they are a deputy, the reports naming them and what they did.

A deputy is an ``okg:Deputy`` node, one per name and place (:func:`loaders.build.mentions.deputy_node`); a counted
group (补选市人大代表4人, 67名代表) is none, its number being a statistic. What a deputy did is the activities
that involve them (``okg:involvesDeputy``: the activities told in the sentence naming them, a motion's handling, a
visit they took part in). Both stores answer through :meth:`graph.backends.Backend.describe`, so they cannot differ.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.areas import described, place, within
from graph.backends import Backend
from graph.tables import activity_kind


def deputies(store: Backend, jurisdiction: str | None = None) -> list[dict[str, Any]]:
    """:class:`graph.shapes.Deputy` rows, by name then IRI: each deputy's place (``okg:jurisdiction``, the area of
    the reports naming them, with :func:`graph.areas.place`'s keys), the reports naming them (``reports``, IRIs), the
    activities involving them (``activities``, IRIs in the report's order) and those activities' kinds (``kinds``,
    :func:`graph.tables.activity_kind`, each once); ``jurisdiction`` (a division code) keeps the deputies of that area
    and of the areas within it."""
    inside = within(store, jurisdiction) if jurisdiction is not None else None
    involved: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for act in store.describe(cls="OversightActivity").values():
        for deputy in act.rels.get("involvesDeputy", []):
            involved[deputy].append((act.iri, activity_kind(act)))
    areas = described(store)
    rows = []
    for d in store.describe(cls="Deputy").values():
        area = d.rel("jurisdiction")
        if inside is not None and area not in inside:
            continue
        acts = sorted(involved.get(d.iri, []))
        rows.append({**d.node(), "jurisdiction": area, **place(areas, area),
                     "reports": sorted(d.rels.get("statedIn", [])), "activities": [iri for iri, _ in acts],
                     "kinds": sorted({kind for _, kind in acts})})
    return sorted(rows, key=lambda row: (row["label"] or "", row["iri"]))
