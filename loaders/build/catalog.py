"""The national law catalog as a named graph, so coverage can be asked of a store.

Coverage compares the laws in force with the laws the reports show inspected;
the store can only answer that if the catalog is in it. Each catalog row
becomes the same law node the report graphs use (``iri.entity("law", canonical
title)``), with its level, category and dates (promulgated, in force from, and repealed on where the catalog's
``repealed_on`` gives it), its short title and the customary names of ``data/law-aliases.csv`` (监督法) as names
search finds it by; the graph is stored like a
report (``store.upsert_report(g.iri, g.graph, g.content_hash)``), so loading
it again is skipped while its sources (the catalog, ``not-laws.csv``, ``law-aliases.csv`` and the code reading them:
:data:`SOURCES`) are unchanged.
"""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from loaders.build import ReportGraph
from loaders.build.laws import LAW_LEVEL_CLASSES
from loaders.lexicon import law_catalog
from loaders.lexicon.law_catalog import CATALOG, customary_names, entries, whole_of
from loaders.lexicon.normalise import title_key
from ontology import OKG, iri, superclasses

CATALOG_NAME = "cn-law-catalog"
#: What the graph is built from: the tables and the code reading them, so a store rebuilds it when either changes
#: (round 20: the parts of codes became okg:LawPart with the tables unchanged).
SOURCES = (*law_catalog.SOURCES, Path(law_catalog.__file__), Path(__file__))


def catalog_iri() -> URIRef:
    """The named graph (and node) of the catalog."""
    return iri.entity("catalog", CATALOG_NAME)


def _date(text: str) -> Literal | None:
    try:
        return Literal(date.fromisoformat(text.strip()), datatype=XSD.date)
    except ValueError:
        return None


def build_catalog() -> ReportGraph:
    """The catalog's named graph: one typed law node per canonical title (the catalog's rows as
    :func:`loaders.lexicon.law_catalog.entries` reads them: a version in force, non-laws left out); a part of
    another row (:func:`loaders.lexicon.law_catalog.whole_of`) is also an ``okg:LawPart``, ``okg:partOfLaw`` its whole.

    >>> g = build_catalog()
    >>> law = iri.entity("law", "中华人民共和国湿地保护法")
    >>> str(g.graph.value(law, OKG.lawLevel))
    '法律'
    """
    content_hash = hashlib.sha256(b"".join(path.read_bytes() for path in SOURCES)).hexdigest()
    node = catalog_iri()
    g = Graph()
    g.add((node, RDFS.label, Literal("国家法律法规目录", lang="zh")))
    g.add((node, OKG.sourceLocation, Literal(CATALOG.name)))
    g.add((node, OKG.contentHash, Literal(content_hash)))
    customary = customary_names()
    for entry in sorted(entries().values(), key=lambda e: e.canonical):
        law = iri.entity("law", entry.canonical)
        cls = LAW_LEVEL_CLASSES.get(entry.level, OKG.Law)
        for t in (cls, *superclasses(cls)):
            g.add((law, RDF.type, t))
        if (whole := whole_of(entry)) is not None:  # 民法典 物权编: a part, counted with its code
            g.add((law, RDF.type, OKG.LawPart))
            g.add((law, OKG.partOfLaw, iri.entity("law", whole.canonical)))
        g.add((law, RDFS.label, Literal(entry.canonical, lang="zh")))
        g.add((law, OKG.shortTitle, Literal(entry.short_title)))
        for name in customary.get(title_key(entry.short_title), ()):  # 监督法: found by /search as an alias
            g.add((law, SKOS.altLabel, Literal(name)))
        g.add((law, OKG.lawLevel, Literal(entry.level)))
        g.add((law, OKG.lawCategory, Literal(entry.category)))
        g.add((law, OKG.repealed, Literal(entry.repealed)))
        for prop, text in ((OKG.promulgatedOn, entry.published), (OKG.inForceFrom, entry.in_force_from),
                           (OKG.repealedOn, entry.repealed_on)):
            if (value := _date(text)) is not None:
                g.add((law, prop, value))
    return ReportGraph(node, g, content_hash)
