"""The measure-class scheme: the SKOS concept scheme of the classes a statistic's measure falls in.

Its concepts are the classes of ``data/measure-classes.csv`` (labelled by their first labelled row) and the activity
kinds a summary count is counted in (the Facts types and the narrower kinds of ``activity-classes.csv``, labelled as
their ontology classes, which each concept ``rdfs:seeAlso``). Each is an ``okg:MeasureClass`` whose ``skos:notation``
is its code (:mod:`loaders.extract.measure_classes`), at ``measure-class:<code>``; the scheme is part of the
ontology's reference graph, beside the issue scheme.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from loaders.build.activities import ACTIVITY_CLASSES, class_label
from loaders.extract.measure_classes import classes, measure_key
from loaders.lexicon.tables import DATA, rows
from ontology import DCTERMS, MEASURE_CLASS, MEASURE_SCHEME, OKG, ONTOLOGY_IRI, RDF, RDFS, SKOS, bind_prefixes

#: The files the scheme is built from (a reference graph is rebuilt when they change).
SOURCES = (DATA / "measure-classes.csv", DATA / "activity-classes.csv")


@lru_cache(maxsize=1)
def kinds() -> dict[str, URIRef]:
    """``{code: activity class}`` of the activity kinds a summary count is counted in: the Facts types
    (``law_enforcement_inspection``, ``other``) and the narrower kinds (``work_appraisal``)."""
    narrower = {measure_key(row["class"]): OKG[row["class"]] for row in rows("activity-classes")}
    return {**ACTIVITY_CLASSES, **narrower}


@lru_cache(maxsize=1)
def labels() -> dict[str, tuple[str, str]]:
    """``{code: (Chinese label, English label)}`` of every class, in the table's order, then the activity kinds."""
    found: dict[str, tuple[str, str]] = {}
    for row in classes():
        if row.label_zh and row.code not in found:
            found[row.code] = (row.label_zh, row.label_en)
    for code, cls in kinds().items():
        found.setdefault(code, (class_label(cls, "zh"), class_label(cls, "en")))
    return found


def scheme() -> Graph:
    """The concept scheme as a new graph."""
    g = bind_prefixes(Graph())
    g.add((MEASURE_SCHEME, RDF.type, SKOS.ConceptScheme))
    for lang, title in (("en", "Classes of what statistics count"), ("zh", "统计事项类别")):
        g.add((MEASURE_SCHEME, SKOS.prefLabel, Literal(title, lang=lang)))
        g.add((MEASURE_SCHEME, DCTERMS.title, Literal(title, lang=lang)))
    g.add((MEASURE_SCHEME, RDFS.seeAlso, ONTOLOGY_IRI))
    notes: dict[str, list[str]] = {}
    for row in rows("measure-classes"):
        notes.setdefault(row["class"], []).append(row["note"])
    for code, (zh, en) in labels().items():
        concept = MEASURE_CLASS[code]
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, RDF.type, OKG.MeasureClass))
        g.add((concept, SKOS.notation, Literal(code)))
        g.add((concept, SKOS.prefLabel, Literal(zh, lang="zh")))
        g.add((concept, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((concept, SKOS.inScheme, MEASURE_SCHEME))
        g.add((concept, SKOS.topConceptOf, MEASURE_SCHEME))
        g.add((MEASURE_SCHEME, SKOS.hasTopConcept, concept))
        if code in kinds():
            g.add((concept, RDFS.seeAlso, kinds()[code]))
        for note in notes.get(code, ()):
            g.add((concept, SKOS.scopeNote, Literal(note, lang="en")))
    return g
