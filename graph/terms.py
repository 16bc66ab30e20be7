"""How RDF terms map to the plain values both stores answer with.

The two stores must give identical answers, so every value leaves a store
through :func:`plain`, and the tables' keys (local names) map to predicates
through :func:`predicate`. The Neo4j layout's own reversible mapping is
:mod:`graph.n10s`.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import rdflib
from rdflib import RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

OKG_NS = "https://w3id.org/oversight-kg/ontology#"
# Predicates outside okg: that the tables read, by the local name they use.
FOREIGN_PREDICATES = {"label": RDFS.label, "altLabel": SKOS.altLabel, "title": DCTERMS.title, "issued": DCTERMS.issued}
# Properties too big for tables and neighbourhoods; read through Store.report.
BULKY = {"fullText"}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_EXACT = threading.Lock()


@contextmanager
def exact_literals() -> Iterator[None]:
    """Within the block rdflib keeps a parsed literal's lexical form as written ("2.50", "01",
    "1.0E0") instead of normalising it, which would change the data. One thread at a time:
    the switch is rdflib's global ``NORMALIZE_LITERALS``."""
    with _EXACT:
        before = rdflib.NORMALIZE_LITERALS
        rdflib.NORMALIZE_LITERALS = False
        try:
            yield
        finally:
            rdflib.NORMALIZE_LITERALS = before


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
    """The RDF predicate behind a table key (a local name: ``label`` is rdfs:label, others okg:)."""
    return FOREIGN_PREDICATES.get(local) or okg(local)


def plain(value: Any) -> Any:
    """A value as JSON-ready Python: integral decimals become ints, dates ISO strings.

    >>> plain(Decimal("3")), plain(Decimal("2.5")), plain(date(2023, 1, 2))
    (3, 2.5, '2023-01-02')
    """
    if isinstance(value, Literal):
        value = value.toPython()
        if isinstance(value, Literal):  # a datatype rdflib maps to no Python value (xsd:gYear, xsd:gYearMonth): its text
            return str(value)
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
