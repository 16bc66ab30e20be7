"""Ids as clients paste them back: a report IRI holds its source URL with ``/`` encoded as
``%2F`` (``…/report/http:%2F%2Fexample.org%2Fa.html``); a path or query parameter arrives
decoded (``…/report/http://example.org/a.html``), and that form means the same report."""
from __future__ import annotations

from ontology import iri as iris


def canonical(iri: str) -> str:
    """The minted IRI of a report given with its source URL decoded; any other IRI unchanged.

    >>> canonical(iris.base() + "report/http://example.org/a.html").endswith("report/http:%2F%2Fexample.org%2Fa.html")
    True
    """
    prefix = iris.base() + "report/"
    if iri.startswith(prefix) and "/" in iri[len(prefix):]:
        return str(iris.report(iri[len(prefix):]))
    return iri
