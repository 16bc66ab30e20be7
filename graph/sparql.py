"""Every SPARQL text the embedded store sends, in one place.

The store's default graph holds each triple of its named graphs once (:func:`share`, :func:`unshare`), and queries
read it as the default graph. IRIs
reach these texts only as rdflib URIRefs written with ``.n3()``, class names
only through :func:`graph.terms.okg` (an identifier check), and free text only
as a literal escaped by rdflib's ``Literal(...).n3()``.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import Literal, URIRef

from graph.terms import FOREIGN_PREDICATES, okg

PREFIXES = """\
PREFIX okg: <https://w3id.org/oversight-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def is_iri(value: str) -> bool:
    """Whether ``value`` is an absolute IRI (RFC 3987) that a query may hold between ``<…>``."""
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


_GRAPH_BLOCK = re.compile(r"GRAPH \?(?P<g>\w+) \{")


def _values(var: str, iris: list[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(URIRef(i).n3() for i in iris)} }}"



def replace_graph(report: URIRef, ntriples: str) -> str:
    """One update: drop the report's graph and write it anew (one transaction), the default graph following."""
    g = report.n3()
    return (f"{unshare(report)} ;\nDROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{ntriples}\n}} }} ;\n"
            f"{share(report)}")


def drop_graph(report: URIRef) -> str:
    return f"DROP GRAPH {report.n3()}"


def unshare(report: URIRef) -> str:
    """The update that removes from the default graph the triples of ``report``'s graph no other named graph states:
    run before the graph is dropped or replaced (then :func:`share`), so the default graph stays the set of the named
    graphs' triples."""
    g = report.n3()
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }}")


def share(report: URIRef) -> str:
    """The update that adds ``report``'s triples to the default graph (each once: a graph is a set)."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {report.n3()} {{ ?s ?p ?o }} }}"


#: Every named graph's triples into the default graph: a store written before the default graph held them.
SHARE_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def members(cls: str) -> str:
    """The IRIs typed ``cls`` in some named graph. Joining a type with other triples over
    the merged graphs multiplies rows by the graphs that repeat them (16M rows for 3k laws
    in 3k reports), so classes are resolved to IRIs first."""
    return PREFIXES + f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s a {okg(cls).n3()} }} }}"


def describe(iris: list[str] | None, keys: tuple[str, ...] | None, bulky: bool) -> str:
    """Types, literals and outgoing IRIs of nodes given by IRI, or all;
    with ``keys``, only the types and those literals."""
    pattern = [_values("s", iris)] if iris is not None else []
    pattern.append("?s ?p ?o . FILTER(isIRI(?s))")
    if keys is not None:
        allowed = ["rdf:type", *(FOREIGN_PREDICATES.get(k, okg(k)).n3() for k in keys)]
        pattern.append(f"FILTER(?p IN ({', '.join(allowed)}))")
    elif not bulky:
        pattern.append("FILTER(?p != okg:fullText)")
    return PREFIXES + "SELECT DISTINCT ?s ?p ?o WHERE {\n  " + "\n  ".join(pattern) + "\n}"


def mentions_aimed(prefix: str) -> str:
    """The mentions whose ``mentionOf`` target begins with ``prefix``, with their report, offsets and words, each a
    row ``?m ?mentionOf ?statedIn ?startOffset ?endOffset ?evidenceText`` (the last four optional), read within each
    graph, a mention stated in several repeated (okg:Mention is ``mentionOf``'s domain, so no type is joined, and the
    caller drops repeats, so no DISTINCT): :meth:`graph.backends.Backend.mentions_aimed`."""
    return PREFIXES + f"""SELECT ?m ?mentionOf ?statedIn ?startOffset ?endOffset ?evidenceText WHERE {{ GRAPH ?g {{
  ?m okg:mentionOf ?mentionOf . FILTER(isIRI(?mentionOf) && STRSTARTS(STR(?mentionOf), {Literal(prefix).n3()}))
  OPTIONAL {{ ?m okg:statedIn ?statedIn }} OPTIONAL {{ ?m okg:startOffset ?startOffset }}
  OPTIONAL {{ ?m okg:endOffset ?endOffset }} OPTIONAL {{ ?m okg:evidenceText ?evidenceText }} }} }}"""


def edges(iris: list[str] | None) -> str:
    """Relationships (IRI objects, rdf:type aside) touching the nodes, or all of them."""
    if iris is None:
        body = "?s ?p ?o ."
    else:
        body = (f"{_values('n', iris)}\n  {{ ?n ?p ?o . BIND(?n AS ?s) }} UNION {{ ?s ?p ?n . BIND(?n AS ?o) }}")
    return PREFIXES + f"SELECT DISTINCT ?s ?p ?o WHERE {{\n  {body}\n  FILTER(isIRI(?s) && isIRI(?o) && ?p != rdf:type)\n}}"


def first_neighbour_edges(iri: str, most: int) -> str:
    """The relationships :func:`edges` gives for ``iri`` whose other end is one of its first ``most``
    neighbours in IRI order, or itself: the neighbours are sorted and cut inside the query."""
    n = URIRef(iri).n3()
    return PREFIXES + f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  {{ SELECT DISTINCT ?x WHERE {{ {{ {n} ?p ?x }} UNION {{ ?x ?p {n} }} FILTER(isIRI(?x) && ?p != rdf:type && ?x != {n}) }}
    ORDER BY ?x LIMIT {int(most)} }} UNION {{ BIND({n} AS ?x) }}
  {{ {n} ?p ?x . BIND({n} AS ?s) BIND(?x AS ?o) }} UNION {{ ?x ?p {n} . BIND(?x AS ?s) BIND({n} AS ?o) }}
  FILTER(?p != rdf:type)
}}"""


# The laws table as three simple queries joined in Python: one query joining
# titles after a UNION over the merged graphs took 14 s at 100k triples, these 0.2 s.
LAW_MENTIONS = PREFIXES + """\
SELECT DISTINCT ?law ?report ?draft WHERE { GRAPH ?report {
  { ?r okg:mentionsLaw ?law BIND(false AS ?draft) } UNION { ?r okg:mentionsDraft ?law BIND(true AS ?draft) } } }"""

LAW_INSPECTIONS = PREFIXES + """\
SELECT DISTINCT ?law ?activity ?evidence ?start ?end ?year ?year_from ?year_to ?organ ?organ_iri ?report WHERE {
  GRAPH ?report {
    ?activity a okg:LawEnforcementInspection ; okg:concernsLaw ?law ;
              okg:evidenceText ?evidence ; okg:startOffset ?start ; okg:endOffset ?end .
    OPTIONAL { ?activity okg:year ?year }
    OPTIONAL { ?activity okg:yearFrom ?year_from ; okg:yearTo ?year_to }
    OPTIONAL { ?activity okg:conductedBy|okg:jointlyWith ?organ_iri . ?organ_iri rdfs:label ?organ }
  }
}"""

def only(query: str, var: str, iris: list[str]) -> str:
    """``query`` (a SELECT with one ``WHERE {``) with ``?var`` bound to ``iris`` only. The bindings go
    inside the query's first ``GRAPH ?g {`` block unless ``?var`` is ``?g`` itself: Oxigraph
    then starts from the IRIs instead of joining them with every graph's matches (5-9x faster at
    100k triples, and no longer growing with the store)."""
    found = _GRAPH_BLOCK.search(query)
    if found is not None and found["g"] != var:
        return f"{query[:found.end()]} {_values(var, iris)}{query[found.end():]}"
    head, body = query.split("WHERE {", 1)
    return f"{head}WHERE {{\n  {_values(var, iris)}{body}"


def graph_terms(graphs: list[str] | None) -> str:
    """The IRIs each named graph holds as subject or object (the graphs given, or all)."""
    pattern = "GRAPH ?g { { ?t ?p ?o } UNION { ?s ?p ?t } FILTER(isIRI(?t)) }"
    return only(f"SELECT DISTINCT ?g ?t WHERE {{ {pattern} }}", "g", graphs) if graphs is not None \
        else f"SELECT DISTINCT ?g ?t WHERE {{ {pattern} }}"


# Within each graph, not over the merged ones (see members()); repeats are dropped in Python.
LAW_TITLES = PREFIXES + """\
SELECT ?law ?title ?level WHERE { GRAPH ?g { ?law a okg:Law ; rdfs:label ?title . OPTIONAL { ?law okg:lawLevel ?level } } }"""

TYPE_COUNTS = PREFIXES + """\
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?class
  FILTER(STRSTARTS(STR(?class), STR(okg:)))
  BIND(STRAFTER(STR(?class), "#") AS ?type)
} GROUP BY ?type ORDER BY ?type"""


REPORT_COUNT = PREFIXES + "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a okg:Report }"

# --- SERVICE clauses in a user's query ---

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile("|".join((
    r"(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)",
    r"(?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\")",
    r"(?P<comment>#[^\n\r]*)",
    r"(?P<word>[?$]?[^\s{}()\[\];,.<>\"'#=!&|*/+^-]+(?:\.[^\s{}()\[\];,.<>\"'#=!&|*/+^-]+)*)",
    r"(?P<other>\S)",
)), re.DOTALL)


def _unescape(query: str) -> str:
    """SPARQL 1.1 codepoint escapes (``\\u0053ERVICE``) undone, as the parser does before anything else."""
    def char(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)
    return _ESCAPE.sub(char, query)


def service_endpoints(query: str) -> list[str]:
    """What every ``SERVICE`` clause of ``query`` would call: ``<iri>`` as the IRI, anything
    else (a variable, a prefixed name) as written. Keywords are found as tokens, outside
    strings, IRIs and comments, after codepoint escapes are undone."""
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(_unescape(query))
              if m.lastgroup not in ("string", "comment")]
    endpoints = []
    for i, (kind, text) in enumerate(tokens):
        if kind == "word" and text.upper() == "SERVICE":
            rest = tokens[i + 1:i + 3]
            if rest and rest[0][0] == "word" and rest[0][1].upper() == "SILENT":
                rest = rest[1:]
            target = rest[0][1] if rest else ""
            endpoints.append(target[1:-1] if target.startswith("<") else target)
    return endpoints
