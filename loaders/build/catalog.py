"""The national law catalog as a named graph, so coverage can be asked of a store.

Coverage compares the laws in force with the laws the reports show inspected;
the store can only answer that if the catalog is in it. Each catalog row
becomes the same law node the report graphs use (``iri.entity("law", canonical
title)``), with its level, category and dates; the graph is stored like a
report (``store.upsert_report(g.iri, g.graph, g.content_hash)``), so loading
it again is skipped while the CSV is unchanged.
"""
from __future__ import annotations

import csv
import hashlib
from datetime import date
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from loaders.lexicon.law_catalog import CATALOG, CatalogEntry
from loaders.build import LAW_LEVEL_CLASSES, ReportGraph
from ontology import OKG, iri, superclasses

CATALOG_NAME = "cn-law-catalog"


def catalog_iri() -> URIRef:
    """The named graph (and node) of the catalog."""
    return iri.entity("catalog", CATALOG_NAME)


def _date(text: str) -> Literal | None:
    try:
        return Literal(date.fromisoformat(text.strip()), datatype=XSD.date)
    except ValueError:
        return None


def _rows(path: Path) -> dict[str, dict[str, str]]:
    """Canonical title → row; a title in force wins over a repealed version."""
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entry = CatalogEntry(row["short_title"].strip(), row["level"].strip(), row["repealed"].strip() == "1")
            old = rows.get(entry.canonical)
            if old is None or old["repealed"].strip() == "1":
                rows[entry.canonical] = row
    return rows


def build_catalog(path: Path = CATALOG) -> ReportGraph:
    """The catalog's named graph: one typed law node per canonical title.

    >>> g = build_catalog()
    >>> law = iri.entity("law", "中华人民共和国湿地保护法")
    >>> str(g.graph.value(law, OKG.lawLevel))
    '法律'
    """
    content_hash = hashlib.sha256(path.read_bytes()).hexdigest()
    node = catalog_iri()
    g = Graph()
    g.add((node, RDFS.label, Literal("国家法律法规目录", lang="zh")))
    g.add((node, OKG.sourceLocation, Literal(path.name)))
    g.add((node, OKG.contentHash, Literal(content_hash)))
    for canonical, row in sorted(_rows(path).items()):
        level = row["level"].strip()
        law = iri.entity("law", canonical)
        cls = LAW_LEVEL_CLASSES.get(level, OKG.Law)
        for t in (cls, *superclasses(cls)):
            g.add((law, RDF.type, t))
        g.add((law, RDFS.label, Literal(canonical, lang="zh")))
        g.add((law, OKG.shortTitle, Literal(row["short_title"].strip())))
        g.add((law, OKG.lawLevel, Literal(level)))
        g.add((law, OKG.lawCategory, Literal(row["category"].strip() or level)))
        g.add((law, OKG.repealed, Literal(row["repealed"].strip() == "1")))
        for prop, column in ((OKG.promulgatedOn, "published"), (OKG.inForceFrom, "in_force_from")):
            if (value := _date(row[column])) is not None:
                g.add((law, prop, value))
    return ReportGraph(node, g, content_hash)
