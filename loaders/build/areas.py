"""The report's areas: ``okg:AdministrativeArea`` nodes and the jurisdictions that point at them.

An area node is named by its division code (``…/id/area/420117``) and carries its full name
(``rdfs:label``), its short name (``skos:altLabel``, 新洲 for 新洲区), ``okg:divisionCode``, its
level as a class (``ProvinceLevelArea`` … ``TownshipLevelArea``) and ``okg:within`` its direct
parent; the chain is stated up to the province, so every area a graph names comes with its
ancestors. Only the direct parent is stated (``okg:within`` is transitive): queries follow it
as a path, ``okg:within*`` in SPARQL and ``[:within*0..3]`` in Cypher.

The report gets ``okg:jurisdiction`` the area its division code names; an organ whose
canonical name starts with an area (武汉市新洲区人民代表大会常务委员会) gets that area. A
name that stays ambiguous after the report's own area narrows it gets no jurisdiction.
"""
from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from loaders.lexicon import areas
from loaders.lexicon.areas import Area
from ontology import OKG, iri, superclasses

LEVEL_CLASSES: dict[str, URIRef] = {"provincial": OKG.ProvinceLevelArea, "city": OKG.PrefectureLevelArea,
                                    "county": OKG.CountyLevelArea, "township": OKG.TownshipLevelArea}


def area_iri(area: Area) -> URIRef:
    """The IRI of an area: its division code under the data namespace (``…/id/area/420117``)."""
    return iri.entity("area", area.code)


def add_area(g: Graph, area: Area) -> URIRef:
    """State ``area`` and its chain of parents up to its province in ``g``; its IRI."""
    node = area_iri(area)
    for cls in (LEVEL_CLASSES[area.level], *superclasses(LEVEL_CLASSES[area.level])):
        g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(area.name, lang="zh")))
    if area.short:
        g.add((node, SKOS.altLabel, Literal(area.short, lang="zh")))
    g.add((node, OKG.divisionCode, Literal(area.code)))
    if (up := areas.parent(area)) is not None:
        g.add((node, OKG.within, add_area(g, up)))
    return node


def add_jurisdictions(g: Graph, report: URIRef, metadata: dict[str, str]) -> None:
    """Link the report (by its ``division_code`` metadata) and every organ of ``g`` whose label
    starts with an area to that area, stating the areas they need."""
    near = areas.by_code(metadata.get("division_code", ""))
    if near is not None:
        g.add((report, OKG.jurisdiction, add_area(g, near)))
    for organ in sorted(set(g.subjects(RDF.type, OKG.Organ))):
        label = g.value(organ, RDFS.label)
        found = areas.leading(str(label), near) if label is not None else []
        if len(found) == 1:
            g.add((organ, OKG.jurisdiction, add_area(g, found[0])))
