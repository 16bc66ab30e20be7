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


def quads(graph: Graph, name: ox.NamedNode, blank: Callable[[BNode], str] = str,
          typed: list[Literal] | None = None) -> list[ox.Quad]:
    """A graph's triples as Oxigraph quads in graph ``name``, a blank node labelled ``blank(node)``
    (IRIs, blank nodes and datatypes converted once each; literals, mostly distinct, as they come).
    ``typed`` gathers the literals Oxigraph may store in another form (a language tag not in lower
    case, a datatype other than xsd:string), as written (Oxigraph's own terms already lower-case tags)."""
    nodes: dict[URIRef | BNode, ox.NamedNode | ox.BlankNode] = {}
    datatypes: dict[URIRef | None, ox.NamedNode] = {}
    quad, named, literal = ox.Quad, ox.NamedNode, ox.Literal

    def node(t: URIRef | BNode) -> ox.NamedNode | ox.BlankNode:
        found = nodes.get(t)
        if found is None:
            found = nodes[t] = named(t) if isinstance(t, URIRef) else ox.BlankNode(blank(t))
        return found

    def value(o: Literal) -> ox.Literal:
        if o.language:
            if typed is not None and not o.language.islower():
                typed.append(o)
            return literal(o, language=o.language)
        if typed is not None and o.datatype is not None and o.datatype != XSD.string:
            typed.append(o)
        datatype = datatypes.get(o.datatype)
        if datatype is None:
            datatype = datatypes[o.datatype] = named(o.datatype or XSD.string)
        return literal(o, datatype=datatype)

    return [quad(node(s), node(p), value(o) if isinstance(o, Literal) else node(o), name) for s, p, o in graph]
