"""The Neo4j layout: report graphs in, named graphs out, every statement with its graphs.

A node is a ``:Resource {uri}`` (blank nodes skolemised, :mod:`graph.n10s`);
its types are labels, its literals properties, its IRI objects relationships,
all named the n10s way. Provenance sits next to the data:

- ``graphs`` on a node and on a relationship: the graphs that mention it;
- ``_okgTypes`` on a node: ``graph␟label`` for each graph stating a type;
- ``_okgValues`` on a node: ``graph␟property␟digest`` for each graph stating a value,
  so replacing or deleting a graph removes exactly the values only it stated. A node
  one graph alone mentions has neither (:func:`owner`): its every label and value is
  that graph's; the records appear when a second graph mentions it;
- one ``:_OkgGraph {uri, contentHash, nodes}`` per graph: the bookkeeping, outside
  the users' graphs, and the lock that makes two writers of one graph take turns;
- one ``:_NsPrefDef`` node: the prefix table, as n10s keeps it (writers that extend it
  take turns on ``:_OkgLock {name: "prefixes"}``);
- one ``:_OkgLock {name: "version", epoch, count}``: the store's version, bumped by every
  write transaction, read with one look-up of the ``okg_lock_name`` index.

:mod:`graph.neo4j_write` writes graphs in this layout; this module reads them back.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef

from graph import n10s

SEP = "\x1f"
TYPES, VALUES = "_okgTypes", "_okgValues"
BOOKKEEPING = ["uri", "graphs", TYPES, VALUES]
MAX_INDEXED_BYTES = 8000  # the text index on rdfs__label takes string values up to about this size
LABEL = "rdfs__label"  # rdfs:label under the fixed prefix table (n10s's rdfs)

CONSTRAINTS = (
    "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE",
    "CREATE CONSTRAINT okg_graph_uri IF NOT EXISTS FOR (g:_OkgGraph) REQUIRE g.uri IS UNIQUE",
    "CREATE CONSTRAINT okg_lock_name IF NOT EXISTS FOR (l:_OkgLock) REQUIRE l.name IS UNIQUE",
    f"CREATE TEXT INDEX okg_label_text IF NOT EXISTS FOR (r:Resource) ON (r.{LABEL})",
)
PREFIXES = "MATCH (p:_NsPrefDef) RETURN properties(p) AS table"
ALL_HASHES = "MATCH (m:_OkgGraph) RETURN m.uri AS g, m.contentHash AS hash ORDER BY g"
HASHES = "UNWIND $gs AS g MATCH (m:_OkgGraph {uri: g}) RETURN g, m.contentHash AS hash"
# The store's version: a counter every write transaction bumps last (so its lock is held only until
# the commit), with a token made when the node is, so a wiped database never repeats a version.
VERSION = "OPTIONAL MATCH (v:_OkgLock {name: 'version'}) RETURN v.epoch AS epoch, v.count AS count"
BUMP_VERSION = """
MERGE (v:_OkgLock {name: 'version'}) ON CREATE SET v.epoch = randomUUID(), v.count = 0
SET v.count = v.count + 1
"""
GRAPH_NODES = f"""
MATCH (n:Resource)
WHERE size(coalesce(n.{TYPES}, [])) + size(coalesce(n.{VALUES}, [])) > 0
   OR (n.{TYPES} IS NULL AND n.{VALUES} IS NULL AND size(n.graphs) = 1)
RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props
"""
NODES_OF_GRAPH = """
MATCH (m:_OkgGraph {uri: $g}) UNWIND m.nodes AS u MATCH (n:Resource {uri: u})
RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props
"""
RELATIONSHIPS_OF_GRAPH = """
MATCH (m:_OkgGraph {uri: $g}) UNWIND m.nodes AS u MATCH (a:Resource {uri: u})-[r]->(b:Resource) WHERE $g IN r.graphs
RETURN a.uri AS s, type(r) AS t, b.uri AS o, [$g] AS graphs
"""
GRAPH_RELATIONSHIPS = """
MATCH (a:Resource)-[r]->(b:Resource) RETURN a.uri AS s, type(r) AS t, b.uri AS o, r.graphs AS graphs
"""


def prefix_table(rows: Iterable[dict[str, Any]]) -> n10s.Namespaces:
    """The prefix table from the rows of :data:`PREFIXES`."""
    return n10s.Namespaces({k: v for row in rows for k, v in row["table"].items()})


def owner(props: dict[str, Any]) -> str | None:
    """The one graph that states every label and value of a node stored without records (the
    graph alone mentioning it), else None: the node's records say who states what."""
    if TYPES in props or VALUES in props:
        return None
    graphs = props.get("graphs") or []
    return graphs[0] if len(graphs) == 1 else None


def stored_values(props: dict[str, Any]) -> Iterable[tuple[str, Any]]:
    """``(property, stored value)`` for each value a node's properties hold (lists unrolled)."""
    for key, stored in props.items():
        if key not in BOOKKEEPING:
            for item in stored if isinstance(stored, list) else [stored]:
                yield key, item


def named_graphs(nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]],
                 ns: n10s.Namespaces) -> dict[str, Graph]:
    """Every named graph back as RDF, from the rows of :data:`GRAPH_NODES` and :data:`GRAPH_RELATIONSHIPS`."""
    graphs: dict[str, Graph] = defaultdict(Graph)
    for row in nodes:
        props = row["props"]
        node = n10s.node_term(row["uri"])
        if (g := owner(props)) is not None:
            for label in row["labels"]:
                if label != "Resource":
                    graphs[g].add((node, RDF.type, URIRef(ns.iri(label))))
            for key, item in stored_values(props):
                graphs[g].add((node, URIRef(ns.iri(key)), n10s.literal(item, ns)))
            continue
        for record in props.get(TYPES, []):
            g, label = record.split(SEP, 1)
            graphs[g].add((node, RDF.type, URIRef(ns.iri(label))))
        by_digest: dict[tuple[str, str], Literal] = {}
        for record in props.get(VALUES, []):
            g, key, dig = record.split(SEP)
            if (key, dig) not in by_digest:
                stored = props[key]
                for item in stored if isinstance(stored, list) else [stored]:
                    lit = n10s.literal(item, ns)
                    by_digest[(key, n10s.digest(lit))] = lit
            graphs[g].add((node, URIRef(ns.iri(key)), by_digest[(key, dig)]))
    for row in relationships:
        for g in row["graphs"] or []:
            graphs[g].add((n10s.node_term(row["s"]), URIRef(ns.iri(row["t"])), n10s.node_term(row["o"])))
    return dict(graphs)


# --- reads for the tables (okg terms bare, rdfs:label as rdfs__label, values in stored form) ---

# Relationships between resources only: the search index (graph.search_neo4j) keeps its own aside.
COUNTS = """
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
CALL () { MATCH (:Resource)-[rel]->() RETURN count(rel) AS relationships }
CALL () {
  MATCH (n:Resource)
  RETURN sum(size(labels(n)) - 1 + reduce(t = 0, k IN [k IN keys(n) WHERE NOT k IN $skip] |
             t + CASE WHEN n[k] IS :: LIST<ANY> THEN size(n[k]) ELSE 1 END)) AS statements
}
RETURN reports, coalesce(statements, 0) + relationships AS triples
"""
TYPE_COUNTS = """
MATCH (n:Resource) UNWIND labels(n) AS type
WITH type, count(n) AS n WHERE type <> 'Resource'
RETURN type, n ORDER BY type
"""
LAW_ROWS = f"""
MATCH (rep:Report)-[:mentionsLaw]->(law:Law)
RETURN DISTINCT law.uri AS law, law.{LABEL} AS title, law.lawLevel AS level,
       null AS activity, null AS evidence, null AS start, null AS end, null AS year,
       null AS year_from, null AS year_to,
       null AS organ, null AS organ_iri, rep.uri AS report, false AS draft
UNION
MATCH (rep:Report)-[:mentionsDraft]->(law:Law)
RETURN DISTINCT law.uri AS law, law.{LABEL} AS title, law.lawLevel AS level,
       null AS activity, null AS evidence, null AS start, null AS end, null AS year,
       null AS year_from, null AS year_to,
       null AS organ, null AS organ_iri, rep.uri AS report, true AS draft
UNION
MATCH (a:LawEnforcementInspection)-[:concernsLaw]->(law:Law)
WHERE a.evidenceText IS NOT NULL AND a.startOffset IS NOT NULL AND a.endOffset IS NOT NULL
OPTIONAL MATCH (a)-[:statedIn]->(rep:Resource)
OPTIONAL MATCH (a)-[:conductedBy]->(o:Resource) WHERE o.{LABEL} IS NOT NULL
RETURN DISTINCT law.uri AS law, law.{LABEL} AS title, law.lawLevel AS level,
       a.uri AS activity, a.evidenceText AS evidence, a.startOffset AS start, a.endOffset AS end,
       a.year AS year, a.yearFrom AS year_from, a.yearTo AS year_to,
       o.{LABEL} AS organ, o.uri AS organ_iri, rep.uri AS report, false AS draft
"""
