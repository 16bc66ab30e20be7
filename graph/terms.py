"""How RDF terms map to the plain values both stores answer with, and back.

The two stores must give identical answers, so every value leaves a store
through :func:`plain`, and the Neo4j layout (properties and relationships
named by local names) is turned back into RDF in one place, :func:`literal`
and :func:`predicate`.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from rdflib import RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS

OKG_NS = "https://w3id.org/oversight-kg/ontology#"
# Predicates outside okg: that the builder writes, by the local name Neo4j keeps.
FOREIGN_PREDICATES = {"label": RDFS.label, "title": DCTERMS.title, "issued": DCTERMS.issued}
# Literal properties whose RDF form carries a language tag (the builder's convention).
LANGUAGE_TAGGED = {"label", "title"}
# Properties too big for tables and neighbourhoods; read through Store.report.
BULKY = {"fullText"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def local_name(term: str) -> str:
    """The part of an IRI after its last # or /.

    >>> local_name("https://w3id.org/oversight-kg/ontology#concernsLaw")
    'concernsLaw'
    """
    text = str(term)
    return text[max(text.rfind("#"), text.rfind("/")) + 1 :]


def okg(local: str) -> URIRef:
    """An okg term from a local name checked to be an identifier (safe in queries)."""
    if not _IDENTIFIER.match(local):
        raise ValueError(f"not an ontology term name: {local!r}")
    return URIRef(OKG_NS + local)


def predicate(local: str) -> URIRef:
    """The RDF predicate behind a Neo4j property or relationship name."""
    return FOREIGN_PREDICATES.get(local) or okg(local)


def plain(value: Any) -> Any:
    """A value as JSON-ready Python: integral decimals become ints, dates ISO strings.

    >>> plain(Decimal("3")), plain(Decimal("2.5")), plain(date(2023, 1, 2))
    (3, 2.5, '2023-01-02')
    """
    if isinstance(value, Literal):
        value = value.toPython()
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time.Date and friends
        return value.iso_format()
    if isinstance(value, (str, int, float)) or value is None:
        return value
    return str(value)


def bolt_value(literal: Literal) -> Any:
    """A literal as a value the Bolt protocol carries natively (dates stay dates)."""
    value = literal.toPython()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (str, int, float, bool, date, datetime)):
        return value
    return str(literal)


def literal(key: str, value: Any) -> Literal:
    """The RDF literal of a Neo4j property value.

    Strings of label-like properties get the builder's language tag: zh when
    they hold Chinese characters, en otherwise.

    >>> literal("label", "森林法").language, literal("year", 2023).datatype == XSD.integer
    ('zh', True)
    """
    if hasattr(value, "to_native"):  # neo4j.time types
        value = value.to_native()
    if isinstance(value, str) and key in LANGUAGE_TAGGED:
        return Literal(value, lang="zh" if _CJK.search(value) else "en")
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    if isinstance(value, datetime):
        return Literal(value, datatype=XSD.dateTime)
    if isinstance(value, date):
        return Literal(value, datatype=XSD.date)
    return Literal(value)
