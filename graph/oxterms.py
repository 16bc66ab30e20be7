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


def to_graph(quads: Iterable[ox.Quad]) -> Graph:
    """The triples of ``quads`` as an rdflib graph of its own, terms as :func:`from_oxigraph` gives them (each IRI and
    blank node converted once, a blank node keeping its label), added to the graph's store directly: what parsing
    Oxigraph's N-Triples dump of the same quads gives (bnode labels kept, literals exact), in about half the CPU
    (round 48: the dump's text parsed line by line was half of reading a graph back, which ``okg copy``, the
    exports rdflib writes and the tests do for every graph; the samples' 16.6k triples 0.9 → 0.5 CPU-s)."""
    graph = Graph()
    add, nodes = graph.store.add, {}
    for quad in quads:
        terms = []
        for term in (quad.subject, quad.predicate, quad.object):
            if type(term) is ox.Literal:
                terms.append(from_oxigraph(term))
            else:
                found = nodes.get(term)
                if found is None:
                    found = nodes[term] = from_oxigraph(term)
                terms.append(found)
        add(tuple(terms), graph, quoted=False)
    return graph


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
              watched: Mapping[URIRef, list[tuple[Node, Node]]] | None = None,
              shared: bool = False) -> Iterator[ox.Quad]:
        """``graph``'s triples as quads in graph ``name``, one at a time (Oxigraph's loader takes them as
        they come: no list of a group's quads is ever held), read by predicate and object
        (:func:`by_predicate`), so each predicate and each object is looked at once however many
        subjects share it, gathering in the same pass:

        - ``typed``: the literals Oxigraph may store in another form (a language tag not in lower
          case, a datatype other than xsd:string), as written, once per predicate stating it, what
          :func:`graph.embedded_bookkeeping.typed` spells for the canonical-form probe;
        - ``watched``: for each predicate it holds as a key, the ``(subject, object)`` of the graph's
          triples with that predicate are appended to its list.

        With ``shared``, each quad is followed by its triple in the default graph (:mod:`graph.sparql`'s share), made
        from the same terms and with no graph argument: ``Quad(s, p, o, DefaultGraph())`` cost 4.1 µs a quad where
        ``Quad(s, p, o)`` cost 2.1 (PyO3 tries the other kinds of graph name first), and a copy of a made quad
        (``Quad(q.subject, …)``) 4.2, each of its terms made anew (round 44)."""
        known, node, quad, literal = self._nodes.get, self.node, ox.Quad, ox.Literal
        datatypes, add = self._datatypes, typed.append
        watch = (watched or {}).get
        for p, objects in by_predicate(graph).items():
            predicate = known(p) or node(p)  # type: ignore[arg-type]
            for o, subjects in objects.items():
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
                    value = node(o)  # type: ignore[arg-type]
                for s in subjects:
                    subject = known(s) or node(s)
                    yield quad(subject, predicate, value, name)  # type: ignore[arg-type]
                    if shared:
                        yield quad(subject, predicate, value)  # type: ignore[arg-type]
                if (pairs := watch(p)) is not None:  # type: ignore[arg-type]
                    pairs += [(s, o) for s in subjects]


def by_predicate(graph: Graph) -> Mapping[Node, Mapping[Node, Iterable[Node]]]:
    """The graph's triples as ``{predicate: {object: subjects}}``. rdflib's default store (``Memory``)
    keeps that index itself, over all the triples it holds: for a graph alone in its store (the store's
    triples are the graph's, as for every report graph ``Graph()`` makes) it is read as it is, with
    nothing copied or hashed again (reading triple by triple, ``Graph.__iter__`` works out each
    triple's contexts in Python, ~1.5 µs a triple); a graph sharing its store (a Dataset's) or in
    another store is gathered from the store's ``triples``. ``tests/graph/test_embedded_writes.py``
    holds both ways equal, and the direct one taken, so that an rdflib that keeps its index
    otherwise is noticed."""
    store = graph.store
    if type(store) is Memory:
        sets, key = getattr(store, "_Memory__contextTriples", None), getattr(store, "_Memory__ctx_to_str", None)
        index = getattr(store, "_Memory__pos", None)
        if (sets is not None and key is not None and index is not None and (held := sets.get(key(graph))) is not None
                and len(held) == len(sets.get(None, ()))):
            return index  # type: ignore[no-any-return]
    found: dict[Node, dict[Node, list[Node]]] = {}
    for (s, p, o), _ in store.triples((None, None, None), graph):
        found.setdefault(p, {}).setdefault(o, []).append(s)
    return found


def quads(graph: Graph, name: ox.NamedNode, blank: Callable[[BNode], str] = str,
          typed: list[Literal] | None = None, shared: bool = False) -> list[ox.Quad]:
    """A graph's triples as Oxigraph quads in graph ``name`` (:meth:`Terms.quads`); ``typed`` gathers
    the literals Oxigraph may store in another form; ``shared``: each followed by its default graph's copy."""
    return list(Terms(blank).quads(graph, name, [] if typed is None else typed, shared=shared))
