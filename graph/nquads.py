"""Graphs as N-Quads text for Oxigraph's own parser: the embedded store's fast way in.

Oxigraph parses N-Quads in Rust faster than Python builds its terms one by one (a
``pyoxigraph.Quad`` per triple costs more than the store's own write), so a group of new
report graphs reaches :meth:`pyoxigraph.Store.bulk_load` as one text. Terms are written as
they are: a literal's lexical form, language tag and datatype untouched (Oxigraph stores
the same values it would from ``pyoxigraph.Literal``), a blank node under
:func:`graph.n10s.safe_label`. An IRI that N-Quads cannot hold raises ValueError before it
is written, so no term can spill into another quad (:func:`graph.backends.check_terms`
says which term and why).
"""
from __future__ import annotations

from collections.abc import Mapping

from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node as Term

from graph.backends import BAD_IRI
from graph.n10s import safe_label

_STRING = XSD.string
_ESCAPES = str.maketrans({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r"})


def literal(value: str) -> str:
    """A plain string as an N-Quads literal: ``"…"``, its quotes, backslashes and line breaks escaped."""
    return '"' + value.translate(_ESCAPES) + '"'


class Writer:
    """N-Quads lines of many graphs; each IRI and blank node is checked and spelt once per writer."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._nodes: dict[URIRef | BNode, str] = {}
        self._datatypes: dict[URIRef | None, tuple[str, bool]] = {}  # datatype → (its suffix, may Oxigraph change it)

    def node(self, term: URIRef | BNode) -> str:
        """``<iri>`` or ``_:label``; ValueError for an IRI holding a character no IRI holds."""
        found = self._nodes.get(term)
        if found is None:
            if isinstance(term, BNode):
                found = "_:" + safe_label(term)
            elif BAD_IRI.search(term):
                raise ValueError(f"the IRI <{term}> holds a character an IRI cannot hold")
            else:
                found = f"<{term}>"
            self._nodes[term] = found
        return found

    def spell(self, o: Literal) -> tuple[str, bool]:
        """``o`` in N-Quads, and whether Oxigraph may store it in another form (a language tag not in
        lower case, a datatype other than xsd:string; Oxigraph's own terms already lower-case tags)."""
        text = literal(o)
        if language := o.language:
            return text + "@" + language, not language.islower()
        datatype = o.datatype
        suffix = self._datatypes.get(datatype)
        if suffix is None:  # once per datatype: no rdflib term comparison per literal
            suffix = self._datatypes[datatype] = ("", False) if datatype is None or datatype == _STRING else (
                "^^" + self.node(datatype), True)
        return text + suffix[0], suffix[1]

    def graph(self, name: URIRef, graph: Graph, typed: dict[str, Literal],
              watched: Mapping[URIRef, list[tuple[URIRef | BNode, Term]]] | None = None) -> None:
        """Add ``graph``'s triples in graph ``name``, in one pass that also gathers, for the store's
        bookkeeping and name index, what it would otherwise read from the graph again:

        - ``typed``: ``{N-Quads spelling: literal}`` of the literals Oxigraph may store in another form
          (a language tag not in lower case, a datatype other than xsd:string), as written, each
          spelling once: what :func:`graph.embedded_bookkeeping.canonicalised` probes;
        - ``watched``: for each predicate it holds as a key, the ``(subject, object)`` of the graph's
          triples with that predicate are appended to its list."""
        node, known, add, spell = self.node, self._nodes.get, self.lines.append, self.spell
        watch = (watched or {}).get
        tail = f" {node(name)} .\n"
        for (s, p, o), _ in graph.store.triples((None, None, None), graph):  # a third of Graph.__iter__'s cost
            if isinstance(o, Literal):
                text, odd = spell(o)
                if odd:
                    typed[text] = o
            else:
                text = known(o) or node(o)
            add(f"{known(s) or node(s)} {known(p) or node(p)} {text}{tail}")  # a term spelt already: one look-up
            if (pairs := watch(p)) is not None:
                pairs.append((s, o))

    def fact(self, subject: URIRef, predicate: str, value: str) -> None:
        """Add ``<subject> <predicate> "value"`` to the default graph (the store's bookkeeping)."""
        self.lines.append(f"{self.node(subject)} <{predicate}> {literal(value)} .\n")

    def data(self) -> str:
        """The text so far (Oxigraph encodes it; a lone surrogate, which is not text, fails there)."""
        return "".join(self.lines)
