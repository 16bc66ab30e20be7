"""The report's areas: ``okg:AdministrativeArea`` nodes and the jurisdictions that point at them.

An area node is named by its division code (``…/id/area/420117``) and carries its full name
(``rdfs:label``), its short name (``skos:altLabel``, 新洲 for 新洲区), ``okg:divisionCode``, its
level as a class (``ProvinceLevelArea`` … ``TownshipLevelArea``) and ``okg:within`` its direct
parent; the chain is stated up to the province, so every area a graph names comes with its
ancestors and the nation above the province (``…/id/area/000000``, an ``okg:Country``: 中华人民共和国,
short name 全国; the statistics' codes have none for it, and 000000 names no province, city or
county). Only the direct parent is stated (``okg:within`` is transitive): queries follow it
as a path, ``okg:within*`` in SPARQL and ``[:within*0..3]`` in Cypher.

The report gets ``okg:jurisdiction`` the area its division code names (the nation for a report of
level ``national`` without one); an organ whose canonical name starts with an area
(武汉市新洲区人民代表大会常务委员会) gets that area, a county's body serving one of its streets or townships
(…常务委员会邾城街道工作委员会, …人民政府联盟街道办事处) that street, and a national organ (:data:`NATIONAL_ORGANS`:
全国人民代表大会常务委员会, 中华人民共和国国务院 …) the nation. A name that stays ambiguous after the
report's own area narrows it gets no jurisdiction.
"""
from __future__ import annotations

import re

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from loaders.lexicon import areas
from loaders.lexicon.areas import Area
from ontology import OKG, iri, superclasses

LEVEL_CLASSES: dict[str, URIRef] = {"provincial": OKG.ProvinceLevelArea, "city": OKG.PrefectureLevelArea,
                                    "county": OKG.CountyLevelArea, "township": OKG.TownshipLevelArea}
NATION_CODE = "000000"  # the nation's okg:divisionCode: the root's, below every province's
NATION = iri.entity("area", NATION_CODE)
NATION_NAME, NATION_SHORT = "中华人民共和国", "全国"
#: How a national organ's canonical name starts: the NPC and its bodies (全国人民代表大会…), the State
#: Council and the central organs beside it.
NATIONAL_ORGANS = ("全国", "中华人民共和国", "中共中央", "国务院", "最高人民法院", "最高人民检察院", "国家监察委员会")


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
    up = areas.parent(area)
    g.add((node, OKG.within, add_area(g, up) if up is not None else add_nation(g)))
    return node


def add_nation(g: Graph) -> URIRef:
    """State the nation, the root of every chain of areas, in ``g``; its IRI."""
    for cls in (OKG.Country, *superclasses(OKG.Country)):
        g.add((NATION, RDF.type, cls))
    g.add((NATION, RDFS.label, Literal(NATION_NAME, lang="zh")))
    g.add((NATION, SKOS.altLabel, Literal(NATION_SHORT, lang="zh")))
    g.add((NATION, OKG.divisionCode, Literal(NATION_CODE)))
    return NATION


#: A county's body serving one of its streets or townships: its congress's street committee (…常务委员会邾城街道工作委员会)
#: or its government's street office (…人民政府联盟街道办事处), named after the county's body.
_STREET_BODY = re.compile(r"(?:常务委员会|人民政府)(?P<township>[^常人]{1,8}?(?:街道|镇|乡))(?:工作委员会|办事处)$")


def _street_of(label: str, county: Area) -> Area | None:
    """The township or street a county's body named :data:`_STREET_BODY` serves, when ``county`` holds one of
    that name; None otherwise (the body serves its county)."""
    match = _STREET_BODY.search(label)
    places = [a for a in areas.townships().get(match.group("township"), []) if areas.contains(county, a)] if match else []
    return places[0] if len(places) == 1 else None


def add_jurisdictions(g: Graph, report: URIRef, metadata: dict[str, str]) -> None:
    """Link the report (by its ``division_code`` metadata) and every organ of ``g`` whose label
    starts with an area to that area, stating the areas they need."""
    from loaders.extract import organs_courts  # here: the API imports this module's names (round 51, start-up)

    near = areas.by_code(metadata.get("division_code", ""))
    if near is not None:
        g.add((report, OKG.jurisdiction, add_area(g, near)))
    elif metadata.get("level") == "national":
        g.add((report, OKG.jurisdiction, add_nation(g)))
    for organ in sorted(set(g.subjects(RDF.type, OKG.Organ)) | set(g.subjects(RDF.type, OKG.InspectionGroup))):
        label = g.value(organ, RDFS.label)
        if label is not None and str(label).startswith(NATIONAL_ORGANS):
            g.add((organ, OKG.jurisdiction, add_nation(g)))
            continue
        found = areas.leading(str(label), near) if label is not None else []
        if not found and label is not None and (seat := organs_courts.seat(str(label))):
            found = [seat]  # a specialised court by its seat's short name (广州海事法院)
        if len(found) == 1:
            g.add((organ, OKG.jurisdiction, add_area(g, _street_of(str(label), found[0]) or found[0])))
