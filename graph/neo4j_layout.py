"""The Neo4j layout: report graphs in, named graphs out, every statement with its graphs.

A node is a ``:Resource {uri}`` (blank nodes skolemised, :mod:`graph.n10s`);
its types are labels, its literals properties, its IRI objects relationships,
all named the n10s way. Provenance sits beside the data, and a statement's graphs are
its subject's:

- a node one graph alone mentions carries ``graphs: [that graph]`` (:func:`owner`): its
  every label, value and outgoing relationship is that graph's;
- a node several graphs mention carries no ``graphs``; each of them has one record
  ``(:_OkgStated {g, uri, types, values, rels})`` saying what it states about the node:
  ``types`` its labels, ``values`` ``property␟digest`` of its values, ``rels``
  ``type␟object IRI`` of its outgoing relationships (an empty list is left out). A record is
  found by its ``(g, uri)`` (a uniqueness constraint) or by ``uri`` (an index), never through
  a relationship, so walks and degrees see only the users' graph. Adding a graph that
  mentions a node fifty reports share CREATEs one record and reads none of the others:
  a write costs what it states, not what the store holds (round 13; before, the lists
  ``graphs``, ``_okgTypes`` and ``_okgValues`` on the node grew with every report and were
  read and written whole, quadratic over a full load). Replacing or deleting a graph reads
  the other records of the shared nodes it mentioned, to remove exactly what only it stated;
  when one graph is left the node takes ``graphs`` again and its records go;
- one ``:_OkgGraph {uri, contentHash, nodes}`` per graph: the bookkeeping, outside
  the users' graphs, and the lock that makes two writers of one graph take turns;
- one ``:_NsPrefDef`` node: the prefix table, as n10s keeps it (writers that extend it
  take turns on ``:_OkgLock {name: "prefixes"}``);
- one ``:_OkgLock {name: "version", epoch, count}``: the store's version, bumped by every
  write transaction, read with one look-up of the ``okg_lock_name`` index.

Each property has one shape across the database, decided by the ontology (:func:`graph.n10s.node_values`):
a functional one (or one of another vocabulary the shapes cap at one value: ``dct__issued``) a single value, any other
a list.

A store written before round 13 (``graphs`` on every node and relationship, the records as
``_okgTypes``/``_okgValues`` lists on the node) is brought to this layout when first opened
(:data:`MIGRATE_NODES`, :data:`MIGRATE_RELATIONSHIPS`), and so is one of round 13, whose properties were
lists only where a node had several values (:data:`RESHAPE_PAGE`, :func:`reshaped`), and one of rounds 14–34, whose
``dct__issued`` was a list (round 35 made it one value: the shapes give a report one issue date); then the mark
:data:`LAYOUT_MARK`.

:mod:`graph.neo4j_write` writes graphs in this layout; this module reads them back.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef

from graph import n10s

SEP = "\x1f"
RECORD = "_OkgStated"  # the label of a graph's record of a node several graphs mention
BOOKKEEPING = ["uri", "graphs"]
LABEL = "rdfs__label"  # rdfs:label under the fixed prefix table (n10s's rdfs)
LAYOUT_MARK, LAYOUT = "neo4j-layout", "15"  # the mark a store in this layout keeps (graph.marks)
RESHAPE_NODES = 2000  # nodes read and rewritten per transaction when a round-13 store is given its shapes

CONSTRAINTS = (
    "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE",
    "CREATE CONSTRAINT okg_graph_uri IF NOT EXISTS FOR (g:_OkgGraph) REQUIRE g.uri IS UNIQUE",
    "CREATE CONSTRAINT okg_lock_name IF NOT EXISTS FOR (l:_OkgLock) REQUIRE l.name IS UNIQUE",
    f"CREATE CONSTRAINT okg_stated IF NOT EXISTS FOR (s:{RECORD}) REQUIRE (s.g, s.uri) IS UNIQUE",
    f"CREATE INDEX okg_stated_uri IF NOT EXISTS FOR (s:{RECORD}) ON (s.uri)",
)
# The names of the rules the database has: constraints and indexes.
RULES = {"CONSTRAINT": "SHOW CONSTRAINTS YIELD name RETURN name", "INDEX": "SHOW INDEXES YIELD name RETURN name"}
_CREATE_RULE = re.compile(r"CREATE (?:[A-Z]+ )?(CONSTRAINT|INDEX) (\w+) IF NOT EXISTS ")


def created_rule(statement: str) -> tuple[str, str] | None:
    """``(kind, name)`` of the rule a ``CREATE [FULLTEXT …] CONSTRAINT|INDEX name IF NOT EXISTS …`` statement makes,
    kind a key of :data:`RULES`; None for any other statement."""
    found = _CREATE_RULE.match(statement)
    return (found[1], found[2]) if found else None


# Round 13's text index on rdfs__label: a list since round 14, which a text index does not hold.
DROP_LABEL_INDEX = "DROP INDEX okg_label_text IF EXISTS"
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
# The version a write's bump leaves (:data:`BUMP_VERSION` just run): its transaction alone moved the store there from
# one count less, as the bump holds the node's lock until the commit (graph.backends.Backend.own_writes).
BUMPED = "RETURN v.epoch AS epoch, v.count AS count"


def version(epoch: str | None, count: int | None) -> str:
    """The store's version as :data:`VERSION` reads it (``"None:None"`` before the first write made the node)."""
    return f"{epoch}:{count}"


def moved(epoch: str, count: int) -> tuple[str, str]:
    """The versions ``(before, after)`` a write moved the store between, from what its bump left (:data:`BUMPED`): a
    count of 1 is the node made by that write, in a store that had none (a bulk import makes it with 1, and the
    bump counts from there)."""
    return version(epoch, count - 1) if count > 1 else version(None, None), version(epoch, count)
# Node rows: uri, labels, props and the records of the graphs asked about (none for a node one graph owns).
GRAPH_NODES = f"""
MATCH (n:Resource)
RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props,
       CASE WHEN n.graphs IS NULL THEN COLLECT {{ MATCH (s:{RECORD} {{uri: n.uri}}) RETURN properties(s) }}
            ELSE [] END AS records
"""
NODES_OF_GRAPH = f"""
MATCH (m:_OkgGraph {{uri: $g}}) UNWIND m.nodes AS u MATCH (n:Resource {{uri: u}})
OPTIONAL MATCH (s:{RECORD} {{g: $g, uri: u}})
RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props,
       CASE WHEN s IS NULL THEN [] ELSE [properties(s)] END AS records
"""
# The relationships out of nodes one graph owns (a shared node's are in its records).
RELATIONSHIPS_OF_GRAPH = """
MATCH (m:_OkgGraph {uri: $g}) UNWIND m.nodes AS u MATCH (a:Resource {uri: u}) WHERE a.graphs = [$g]
MATCH (a)-[r]->(b:Resource)
RETURN a.uri AS s, type(r) AS t, b.uri AS o, $g AS g
"""
GRAPH_RELATIONSHIPS = """
MATCH (a:Resource)-[r]->(b:Resource) WHERE size(a.graphs) = 1
RETURN a.uri AS s, type(r) AS t, b.uri AS o, a.graphs[0] AS g
"""
# The layout before round 13, brought to this one (auto-commit, in transactions of whole nodes: a node
# half moved never commits). A shared node's lists become one record per graph, then every
# relationship loses ``graphs`` (a statement's graphs are now its subject's).
MIGRATE_NODES = f"""
MATCH (n:Resource) WHERE n._okgTypes IS NOT NULL OR n._okgValues IS NOT NULL OR size(n.graphs) > 1
CALL (n) {{
  CALL (n) {{
    UNWIND CASE WHEN size(n.graphs) > 1 THEN n.graphs ELSE [] END AS g
    WITH n, g, [t IN coalesce(n._okgTypes, []) WHERE t STARTS WITH g + $sep | substring(t, size(g) + 1)] AS types,
         [v IN coalesce(n._okgValues, []) WHERE v STARTS WITH g + $sep | substring(v, size(g) + 1)] AS values,
         [(n)-[r]->(b:Resource) WHERE g IN r.graphs | type(r) + $sep + b.uri] AS rels
    CREATE (s:{RECORD} {{g: g, uri: n.uri}})
    SET s.types = CASE WHEN size(types) > 0 THEN types END, s.values = CASE WHEN size(values) > 0 THEN values END,
        s.rels = CASE WHEN size(rels) > 0 THEN rels END
  }}
  REMOVE n._okgTypes, n._okgValues
  SET n.graphs = CASE WHEN size(n.graphs) = 1 THEN n.graphs END
}} IN TRANSACTIONS OF 500 ROWS
"""
MIGRATE_RELATIONSHIPS = """
MATCH (:Resource)-[r]->(:Resource) WHERE r.graphs IS NOT NULL
CALL (r) { REMOVE r.graphs } IN TRANSACTIONS OF 10000 ROWS
"""
# Round 13 made a property a list only where a node had several values; round 14 gives each property one
# shape (graph.n10s.node_values). A page of nodes in IRI order, then those whose shapes change rewritten.
RESHAPE_PAGE = """
MATCH (n:Resource) WHERE n.uri > $after
RETURN n.uri AS uri, properties(n) AS props ORDER BY n.uri LIMIT $size
"""
RESHAPE_WRITE = "UNWIND $rows AS row MATCH (n:Resource {uri: row.uri}) SET n = row.props"


def prefix_table(rows: Iterable[dict[str, Any]]) -> n10s.Namespaces:
    """The prefix table from the rows of :data:`PREFIXES`."""
    return n10s.Namespaces({k: v for row in rows for k, v in row["table"].items()})


def owner(props: dict[str, Any]) -> str | None:
    """The one graph that states every label, value and outgoing relationship of a node it alone
    mentions, else None (the node's records say who states what)."""
    graphs = props.get("graphs") or []
    return graphs[0] if len(graphs) == 1 else None


def stored_values(props: dict[str, Any]) -> Iterable[tuple[str, Any]]:
    """``(property, stored value)`` for each value a node's properties hold (lists unrolled, a functional
    property's further values, :data:`graph.n10s.ALSO`, under its own name)."""
    for key, stored in props.items():
        if key not in BOOKKEEPING:
            name = n10s.statement_key(key)
            for item in stored if isinstance(stored, list) else [stored]:
                yield name, item


def reshaped(props: dict[str, Any], ns: n10s.Namespaces) -> dict[str, Any] | None:
    """A node's properties in the shapes of :func:`graph.n10s.node_values` (the same statements), or None
    when they are in them already: no functional property is a list, every other one is."""
    functional = n10s.functional_keys()
    if all(key in BOOKKEEPING or key.startswith(n10s.ALSO) or isinstance(stored, list) != (key in functional)
           for key, stored in props.items()):
        return None
    kept: dict[str, list[Literal]] = defaultdict(list)
    for key, item in stored_values(props):
        kept[key].append(n10s.literal(item, ns))
    return {**{k: props[k] for k in BOOKKEEPING if k in props}, **n10s.node_values(kept, ns)}


def by_digest(props: dict[str, Any], ns: n10s.Namespaces) -> dict[tuple[str, str], Literal]:
    """``(property, digest) → literal`` for each value a node's properties hold."""
    pool: dict[tuple[str, str], Literal] = {}
    for key, item in stored_values(props):
        lit = n10s.literal(item, ns)
        pool[(key, n10s.digest(lit))] = lit
    return pool


def named_graphs(nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]],
                 ns: n10s.Namespaces) -> dict[str, Graph]:
    """Every named graph back as RDF, from node rows (``uri``, ``labels``, ``props``, ``records``: of
    :data:`GRAPH_NODES` or :data:`NODES_OF_GRAPH`) and the rows (``s``, ``t``, ``o``, ``g``) of
    :data:`GRAPH_RELATIONSHIPS` or :data:`RELATIONSHIPS_OF_GRAPH`."""
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
        pool = by_digest(props, ns) if row["records"] else {}
        for record in row["records"]:
            g = record["g"]
            for label in record.get("types") or []:
                graphs[g].add((node, RDF.type, URIRef(ns.iri(label))))
            for value in record.get("values") or []:
                key, dig = value.split(SEP)
                graphs[g].add((node, URIRef(ns.iri(key)), pool[(key, dig)]))
            for rel in record.get("rels") or []:
                kind, target = rel.split(SEP)
                graphs[g].add((node, URIRef(ns.iri(kind)), n10s.node_term(target)))
    for row in relationships:
        graphs[row["g"]].add((n10s.node_term(row["s"]), URIRef(ns.iri(row["t"])), n10s.node_term(row["o"])))
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
OPTIONAL MATCH (a)-[:conductedBy|jointlyWith]->(o:Resource) WHERE o.{LABEL} IS NOT NULL
RETURN DISTINCT law.uri AS law, law.{LABEL} AS title, law.lawLevel AS level,
       a.uri AS activity, a.evidenceText AS evidence, a.startOffset AS start, a.endOffset AS end,
       a.year AS year, a.yearFrom AS year_from, a.yearTo AS year_to,
       o.{LABEL} AS organ, o.uri AS organ_iri, rep.uri AS report, false AS draft
"""
