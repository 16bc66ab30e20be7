"""RDF terms between rdflib and Oxigraph, literals exactly as written (lexical form, tag, datatype)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
_STRING = ox.NamedNode(str(XSD.string))


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


class Terms:
    """Oxigraph quads of rdflib graphs, each IRI, blank node and datatype converted once per object (a
    group of graphs shares one: a law's IRI is in every report citing it), a blank node labelled
    ``blank(node)``; literals, mostly distinct, as they come.

    An IRI or language tag Oxigraph refuses raises ValueError when its quad is made, before Oxigraph
    is handed anything of it (:func:`graph.backends.check_terms` says which term and why)."""

    def __init__(self, blank: Callable[[BNode], str] = str) -> None:
        self._nodes: dict[URIRef | BNode, ox.NamedNode | ox.BlankNode] = {}
        self._datatypes: dict[URIRef, ox.NamedNode] = {XSD.string: _STRING}
        self._blank = blank

    def node(self, term: URIRef | BNode) -> ox.NamedNode | ox.BlankNode:
        """Oxigraph's term for an IRI or blank node."""
        found = self._nodes.get(term)
        if found is None:
            found = self._nodes[term] = (ox.NamedNode(term) if isinstance(term, URIRef)
                                         else ox.BlankNode(self._blank(term)))  # type: ignore[arg-type]
        return found

    def _datatype(self, datatype: URIRef) -> ox.NamedNode:
        found = self._datatypes[datatype] = ox.NamedNode(datatype)
        return found

    def quads(self, graph: Graph, name: ox.NamedNode, typed: list[Literal],
              watched: Mapping[URIRef, list[tuple[Node, Node]]] | None = None) -> Iterator[ox.Quad]:
        """``graph``'s triples as quads in graph ``name``, one at a time (Oxigraph's loader takes them as
        they come: no list of a group's quads is ever held), gathering in the same pass:

        - ``typed``: the literals Oxigraph may store in another form (a language tag not in lower
          case, a datatype other than xsd:string), as written, what
          :func:`graph.embedded_bookkeeping.typed` spells for the canonical-form probe;
        - ``watched``: for each predicate it holds as a key, the ``(subject, object)`` of the graph's
          triples with that predicate are appended to its list."""
        known, node, quad, literal = self._nodes.get, self.node, ox.Quad, ox.Literal
        datatypes, add = self._datatypes, typed.append
        watch = (watched or {}).get
        for s, p, o in triples(graph):
            if type(o) is URIRef:  # most objects; isinstance on rdflib's ABCs is slow for a miss
                value = known(o) or node(o)
            elif isinstance(o, Literal):
                if language := o.language:
                    value = literal(o, language=language)
                    if not language.islower():  # Oxigraph lower-cases tags
                        add(o)
                elif (datatype := o.datatype) is None or (
                        found := datatypes.get(datatype) or self._datatype(datatype)) is _STRING:
                    value = literal(o)
                else:
                    value = literal(o, datatype=found)
                    add(o)
            else:
                value = node(o)
            yield quad(known(s) or node(s), known(p) or node(p), value, name)  # type: ignore[arg-type]
            if (pairs := watch(p)) is not None:
                pairs.append((s, o))


def triples(graph: Graph) -> Iterable[tuple[Node, Node, Node]]:
    """The graph's triples, as ``Graph.__iter__`` gives them. rdflib's default store (``Memory``) works
    out each triple's contexts as it hands it over, hashing its terms in Python (~1.5 µs a triple: 0.15
    of the 1.4 CPU-s of a grouped write of 100k triples); for a graph that store holds, the set of its
    triples that ``Memory.triples`` itself walks is read directly (a copy, as rdflib takes), any other
    store through its ``triples``. ``tests/graph/test_embedded_writes.py`` holds both ways equal, and
    the direct one taken, so that an rdflib that keeps its triples otherwise is noticed."""
    store = graph.store
    sets, key = getattr(store, "_Memory__contextTriples", None), getattr(store, "_Memory__ctx_to_str", None)
    if type(store) is Memory and sets is not None and key is not None and (held := sets.get(key(graph))) is not None:
        return list(held)
    return (triple for triple, _ in store.triples((None, None, None), graph))


def quads(graph: Graph, name: ox.NamedNode, blank: Callable[[BNode], str] = str,
          typed: list[Literal] | None = None) -> list[ox.Quad]:
    """A graph's triples as Oxigraph quads in graph ``name`` (:meth:`Terms.quads`); ``typed`` gathers
    the literals Oxigraph may store in another form."""
    return list(Terms(blank).quads(graph, name, [] if typed is None else typed))
