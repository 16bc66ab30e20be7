"""The embedded store's bookkeeping, in Oxigraph's default graph, outside every named graph.

Two kinds of triple, each about one named graph ``<g>`` and written in the same
SPARQL update as the graph itself:

- ``<g> okgstore:contentHash "…"``: the hash it was stored with, so an
  unchanged graph is skipped;
- ``<g> okgstore:exactGraph "…N-Triples…"``: only for a graph holding a literal
  whose lexical form Oxigraph would change (it stores values: ``"1.0"^^xsd:decimal``
  comes back ``"1"``, ``"01"`` and ``"1"`` become one term, ``@en-UK`` becomes
  ``@en-uk``). Queries see Oxigraph's canonical values; the graph read back or
  exported is the graph as written.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from rdflib import XSD, Graph, Literal, URIRef

from graph.backends import BAD_IRI

STORE_NS = "https://w3id.org/oversight-kg/store#"
CONTENT_HASH = ox.NamedNode(STORE_NS + "contentHash")
EXACT_GRAPH = ox.NamedNode(STORE_NS + "exactGraph")
PREDICATES = (CONTENT_HASH, EXACT_GRAPH)

ALL_HASHES = "SELECT ?g ?hash WHERE { ?g <" + CONTENT_HASH.value + "> ?hash } ORDER BY ?g"
EXACT_GRAPHS = "SELECT ?g ?nt WHERE { ?g <" + EXACT_GRAPH.value + "> ?nt }"
EXACT_OF = "SELECT ?nt WHERE {{ {g} <" + EXACT_GRAPH.value + "> ?nt }}"
ANY_EXACT = "ASK { ?g <" + EXACT_GRAPH.value + "> ?nt }"
# Named graphs only: the union default graph would count the bookkeeping too. Distinct triples are counted one
# predicate at a time (round 50, perf50): DISTINCT over every triple held them all in one hash set, a peak of some
# 260 MiB at 1M triples (the whole of okg serve's start-up peak, and /stats's), where a predicate's set is a part.
PREDICATES_USED = "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }"
TRIPLES_OF = "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s {p} ?o }} }} }}"


def triple_count(db: ox.Store) -> int:
    """The distinct triples of ``db``'s named graphs (a triple stated in two graphs counts once), one predicate at a
    time: the memory of the largest predicate's triples, not of all of them (86 against 291 MiB peak at 1M)."""
    return sum(int(next(iter(db.query(TRIPLES_OF.format(p=row[0]))))[0].value)  # type: ignore[index]
               for row in db.query(PREDICATES_USED))  # type: ignore[union-attr]


def forget(report: URIRef) -> str:
    """The update that removes a graph's bookkeeping."""
    g = report.n3()
    return " ;\n".join(f"DELETE WHERE {{ {g} <{p.value}> ?x }}" for p in PREDICATES)


def record(report: URIRef, graph: Graph, content_hash: str) -> str:
    """The update that replaces a graph's bookkeeping by its hash (and exact form when needed)."""
    g = report.n3()
    facts = [f"{g} <{CONTENT_HASH.value}> {Literal(content_hash).n3()} ."]
    if canonicalised(typed(o for o in graph.objects() if isinstance(o, Literal))):
        facts.append(f"{g} <{EXACT_GRAPH.value}> {Literal(graph.serialize(format='nt')).n3()} .")
    return forget(report) + " ;\nINSERT DATA { " + " ".join(facts) + " }"


def stored_hash(db: ox.Store, name: ox.NamedNode) -> str | None:
    """The content hash the store keeps for graph ``name``, or None: one index look-up."""
    found = next(iter(db.quads_for_pattern(name, CONTENT_HASH, None, ox.DefaultGraph())), None)
    return None if found is None else found.object.value


def facts(graph: Graph, spelt: Mapping[str, Literal], content_hash: str) -> list[tuple[ox.NamedNode, str]]:
    """The bookkeeping of a graph not yet stored, as ``(predicate, plain string)`` about the graph: the
    same facts :func:`record` writes (``spelt``: the graph's literals Oxigraph may store in another form,
    by N-Quads spelling, as :func:`typed` gives them)."""
    found = [(CONTENT_HASH, content_hash)]
    if canonicalised(spelt):
        found.append((EXACT_GRAPH, graph.serialize(format="nt")))
    return found


def quads(name: ox.NamedNode, graph: Graph, spelt: Mapping[str, Literal], content_hash: str) -> list[ox.Quad]:
    """:func:`facts` as quads in the default graph."""
    return [ox.Quad(name, p, ox.Literal(value), ox.DefaultGraph()) for p, value in facts(graph, spelt, content_hash)]


def typed(literals: Iterable[Literal]) -> dict[str, Literal]:
    """``{N-Quads spelling: literal}`` of those of ``literals`` Oxigraph may store in another form (a
    language tag not in lower case, a datatype other than xsd:string; Oxigraph's own terms already
    lower-case tags), as :func:`canonicalised` takes them. ValueError for a datatype IRI holding a
    character no IRI holds."""
    found: dict[str, Literal] = {}
    for o in literals:
        if language := o.language:
            if not language.islower():
                found[f"{_quoted(o)}@{language}"] = o
        elif (datatype := o.datatype) is not None and datatype != _XSD_STRING:
            if BAD_IRI.search(datatype):
                raise ValueError(f"the IRI <{datatype}> holds a character an IRI cannot hold")
            found[f"{_quoted(o)}^^<{datatype}>"] = o
    return found


_XSD_STRING = XSD.string  # once: each attribute of a DefinedNamespace is looked up in Python
_ESCAPES = str.maketrans({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r"})


def _quoted(value: str) -> str:
    """A lexical form as an N-Quads string: quotes, backslashes and line breaks escaped."""
    return '"' + value.translate(_ESCAPES) + '"'


# N-Quads spelling of a literal → whether Oxigraph stores that literal in another form; statistics
# repeat the same few numbers, so most graphs need no probe at all.
_CANONICAL: dict[str, bool] = {}
_CANONICAL_MAX = 100_000
_PROBE = "<urn:x-okg:probe> <urn:x-okg:probe:{n}> {text} .\n"


def canonicalised(spelt: Mapping[str, Literal]) -> bool:
    """Whether Oxigraph would store one of the literals ``spelt`` (``{N-Quads spelling: literal}``, the
    literals it might normalise) in another lexical form: asked of an in-memory Oxigraph that stores the
    same values (read from their spellings; Oxigraph normalises a value as it stores it, however the term
    came), once per spelling."""
    if len(_CANONICAL) > _CANONICAL_MAX:
        _CANONICAL.clear()
    unknown = [text for text in spelt if text not in _CANONICAL]
    if unknown:
        memory = ox.Store()
        memory.load("".join(_PROBE.format(n=n, text=text) for n, text in enumerate(unknown)),
                    format=ox.RdfFormat.N_TRIPLES)
        back = {int(q.predicate.value.rsplit(":", 1)[1]): q.object for q in memory.quads_for_pattern(None, None, None)}
        for n, text in enumerate(unknown):
            written = spelt[text]
            _CANONICAL[text] = back[n].value != str(written) or (back[n].language or None) != (written.language or None)
    return any(_CANONICAL[text] for text in spelt)
