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

from rdflib import XSD, BNode, Graph, Literal, URIRef

from graph.backends import BAD_IRI
from graph.n10s import safe_label

_ESCAPES = str.maketrans({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r"})


def literal(value: str) -> str:
    """A plain string as an N-Quads literal: ``"…"``, its quotes, backslashes and line breaks escaped."""
    return '"' + value.translate(_ESCAPES) + '"'


class Writer:
    """N-Quads lines of many graphs; each IRI and blank node is checked and spelt once per writer."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._nodes: dict[URIRef | BNode, str] = {}

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

    def graph(self, name: URIRef, graph: Graph, typed: list[Literal]) -> None:
        """Add ``graph``'s triples in graph ``name``; ``typed`` gathers the literals Oxigraph may store in
        another form (a language tag not in lower case, a datatype other than xsd:string), as written:
        what :func:`graph.embedded_bookkeeping.canonicalised` probes."""
        node, known, add, string = self.node, self._nodes.get, self.lines.append, XSD.string
        tail = f" {node(name)} .\n"
        for (s, p, o), _ in graph.store.triples((None, None, None), graph):  # a third of Graph.__iter__'s cost
            if isinstance(o, Literal):
                text = '"' + o.translate(_ESCAPES) + '"'
                if language := o.language:
                    if not language.islower():
                        typed.append(o)
                    text += "@" + language
                elif o.datatype is not None and o.datatype != string:
                    typed.append(o)
                    text += "^^" + node(o.datatype)
            else:
                text = known(o) or node(o)
            add(f"{known(s) or node(s)} {known(p) or node(p)} {text}{tail}")  # a term spelt already: one look-up

    def fact(self, subject: URIRef, predicate: str, value: str) -> None:
        """Add ``<subject> <predicate> "value"`` to the default graph (the store's bookkeeping)."""
        self.lines.append(f"{self.node(subject)} <{predicate}> {literal(value)} .\n")

    def data(self) -> bytes:
        """The text so far, UTF-8 (UnicodeEncodeError for a lone surrogate, which is not text)."""
        return "".join(self.lines).encode("utf-8")
