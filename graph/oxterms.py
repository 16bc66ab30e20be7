"""RDF terms between rdflib and Oxigraph, literals exactly as written (lexical form, tag, datatype)."""
from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_oxigraph(term: URIRef | BNode | Literal) -> OxTerm:
    """An rdflib term as Oxigraph's (a blank node keeps its label, which must be one Oxigraph takes)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


def from_oxigraph(term: OxTerm) -> URIRef | BNode | Literal:
    """An Oxigraph term as rdflib's, a literal's lexical form and language tag untouched."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language, normalize=False)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype), normalize=False)


def quads(graph: Graph, name: ox.NamedNode, blank: Callable[[BNode], str] = str) -> list[ox.Quad]:
    """A graph's triples as Oxigraph quads in graph ``name``, a blank node labelled ``blank(node)``
    (IRIs and blank nodes converted once each; literals, mostly distinct, as they come)."""
    nodes: dict[URIRef | BNode, ox.NamedNode | ox.BlankNode] = {}

    def node(t: URIRef | BNode) -> ox.NamedNode | ox.BlankNode:
        found = nodes.get(t)
        if found is None:
            found = nodes[t] = ox.NamedNode(str(t)) if isinstance(t, URIRef) else ox.BlankNode(blank(t))
        return found

    return [ox.Quad(node(s), node(p), to_oxigraph(o) if isinstance(o, Literal) else node(o), name)
            for s, p, o in graph]
