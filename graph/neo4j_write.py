"""Writing named graphs into the Neo4j layout: rows built ahead of the transaction.

:func:`prepare` turns a group of graphs into what the write statements take,
outside any transaction (so it can run while the server works on the previous
group): every node named, its row as if it were new, every relationship, and the
rows of the graphs' names for the name index, all in one pass over each graph
that also checks its terms. In the transaction (:func:`write`) only the nodes
that already exist are read (under lock) and merged with what the group states;
every other node is ``CREATE``d from its prepared row, and a relationship with a
new endpoint is ``CREATE``d too. ``MERGE`` is left for what other graphs share.
The graphs' names are replaced in the same transaction
(:func:`graph.search_neo4j.write_names`), so the index never lags the graphs.

Two writers creating the same node at once: the second one's ``CREATE`` fails
on the ``uri`` constraint, its transaction rolls back whole and is run again
(:meth:`graph.backends.neo4j.Neo4jStore._commit`), now finding the node there.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from neo4j import ManagedTransaction
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from graph import n10s, search_index
from graph.backends import check_term
from graph.neo4j_layout import BUMP_VERSION, PREFIXES, SEP, TYPES, VALUES, owner, prefix_table, stored_values
from graph.search_neo4j import name_row, write_names

_TYPE = RDF.type  # looked up once: rdflib's namespace attribute costs a call per triple
# Writers that add prefixes take turns on one lock node, so there is one _NsPrefDef and one meaning per prefix.
LOCK_PREFIXES = "MERGE (l:_OkgLock {name: 'prefixes'}) SET l._okgLock = true REMOVE l._okgLock"
ADD_PREFIXES = "MERGE (p:_NsPrefDef) SET p += $added"
# One round trip: the graphs' locks, their old hashes and nodes, the prefix table, and the nodes the
# write touches that exist, locked and read. Locks are taken in IRI order, so two writers never wait
# on each other in a circle (UNION, not list concatenation, joins the names: that was quadratic in the
# graphs' nodes); MERGE, not MATCH, locks a node, so one another writer deleted meanwhile
# comes back bare instead of failing.
BEGIN = """
UNWIND $gs AS g MERGE (m:_OkgGraph {uri: g}) SET m._okgLock = true REMOVE m._okgLock
WITH collect({g: g, hash: m.contentHash, nodes: coalesce(m.nodes, [])}) AS graphs
CALL (graphs) {
  CALL (graphs) { UNWIND $uris AS u RETURN u UNION UNWIND graphs AS x UNWIND x.nodes AS u RETURN u }
  MATCH (:Resource {uri: u}) WITH u ORDER BY u
  MERGE (n:Resource {uri: u}) ON CREATE SET n.graphs = []
  SET n._okgLock = true REMOVE n._okgLock
  RETURN collect({uri: u, labels: labels(n), props: properties(n)}) AS nodes
}
OPTIONAL MATCH (p:_NsPrefDef)
RETURN graphs, nodes, coalesce(properties(p), {}) AS table
"""
# The hint: planned on a small store, the look-up became a scan of the whole uri index per node.
DROP_RELATIONSHIPS = """
UNWIND $uris AS u MATCH (a:Resource {uri: u}) USING INDEX a:Resource(uri)
MATCH (a)-[r]->() WHERE any(g IN r.graphs WHERE g IN $gs)
SET r.graphs = [g IN r.graphs WHERE NOT g IN $gs]
WITH r WHERE size(r.graphs) = 0 DELETE r
"""
# Everything else in one statement (one plan, cached): nodes first, then what connects them; last the
# store's version (graph.neo4j_layout.VERSION), so its lock is held the shortest time.
# A relationship with an endpoint created here names it by its place in $created: no index look-up.
APPLY = """
CALL () { UNWIND $created AS row CREATE (n:$(row.labels)) SET n = row.props RETURN collect(n) AS made }
CALL () {
  UNWIND $updated AS row MATCH (n:Resource {uri: row.props.uri})
  SET n = row.props SET n:$(row.labels) REMOVE n:$(row.drop)
}
CALL (made) {
  UNWIND $fresh AS row WITH row, made[row.s] AS a, made[row.o] AS b
  CREATE (a)-[r:$(row.t)]->(b) SET r.graphs = row.gs
}
CALL (made) {
  UNWIND $outward AS row MATCH (b:Resource {uri: row.o}) WITH row, made[row.s] AS a, b
  CREATE (a)-[r:$(row.t)]->(b) SET r.graphs = row.gs
}
CALL (made) {
  UNWIND $inward AS row MATCH (a:Resource {uri: row.s}) WITH row, a, made[row.o] AS b
  CREATE (a)-[r:$(row.t)]->(b) SET r.graphs = row.gs
}
CALL () {
  UNWIND $shared AS row MATCH (a:Resource {uri: row.s}) MATCH (b:Resource {uri: row.o})
  MERGE (a)-[r:$(row.t)]->(b)
  SET r.graphs = coalesce(r.graphs, []) + [g IN row.gs WHERE NOT g IN coalesce(r.graphs, [])]
}
CALL () { UNWIND $deleted AS u MATCH (n:Resource {uri: u}) DETACH DELETE n }
CALL () { UNWIND $dropped AS g MATCH (m:_OkgGraph {uri: g}) DELETE m }
CALL () {
  UNWIND $graphs AS row MATCH (m:_OkgGraph {uri: row.g}) SET m.contentHash = row.hash, m.nodes = row.nodes
}
CALL () {""" + BUMP_VERSION + """}
"""


@dataclass
class Stated:
    """What one group of graphs states about one node."""

    graphs: list[str] = field(default_factory=list)
    types: set[tuple[str, str]] = field(default_factory=set)  # (graph, label)
    values: list[tuple[str, str, Literal]] = field(default_factory=list)  # (graph, key, literal)


@dataclass
class Batch:
    """A group of graphs ready to write: names under the prefixes ``used``, node rows as if every
    node were new, and each graph's rows of the name index (:func:`graph.search_neo4j.name_row`)."""

    items: list[tuple[str, str | None]]  # (graph, content hash); None deletes the graph
    used: dict[str, str]  # prefix → namespace, for every prefix the names use
    nodes: dict[str, Stated]
    fresh: dict[str, dict[str, Any]]
    edges: dict[tuple[str, str, str], list[str]]
    graph_nodes: dict[str, list[str]]
    names: dict[str, list[dict[str, Any]]]  # graph → its name rows

    @property
    def graphs(self) -> list[str]:
        return sorted({g for g, _ in self.items})

    def name_rows(self) -> tuple[list[dict[str, Any]], list[str]]:
        """What :func:`graph.search_neo4j.write_names` takes: each graph written with its names, the
        graphs deleted."""
        return ([{"g": g, "hash": h, "rows": self.names[g]} for g, h in self.items if h is not None],
                [g for g, h in self.items if h is None])


def prepare(items: Iterable[tuple[str, Graph | None, str]], table: dict[str, str]) -> Batch:
    """Name every statement of the graphs (``None`` for a graph to delete) under the prefix
    ``table`` (extended where a name needs a new prefix; :attr:`Batch.used` says which prefixes
    the names use), reading each graph once: its terms are checked on the way
    (:func:`graph.backends.check_term`: StoreError naming the graph and the first bad term) and its
    names for the index gathered (:func:`graph.search_index.named`)."""
    ns = n10s.Namespaces(table)
    ns.name(str(XSD.string))  # the datatype of escaped and mixed-type strings
    nodes: dict[str, Stated] = defaultdict(Stated)
    edges: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    graph_nodes: dict[str, list[str]] = {}
    names: dict[str, list[dict[str, Any]]] = {}
    entries: list[tuple[str, str | None]] = []
    for g, graph, content_hash in items:
        entries.append((g, None if graph is None else content_hash))
        if graph is not None:
            watched: dict[URIRef, list[tuple[Node, Node]]] = {p: [] for p in search_index.PREDICATES}
            graph_nodes[g] = sorted(_state(g, graph, ns, nodes, edges, watched))
            names[g] = [name_row(name) for name in search_index.named(watched)]
    fresh = {uri: _row(uri, [], {}, stated, ns) if len(stated.graphs) > 1 else _sole_row(uri, stated, ns)
             for uri, stated in nodes.items()}
    return Batch(entries, ns.used, dict(nodes), fresh, dict(edges), graph_nodes, names)


def _state(g: str, graph: Graph, ns: n10s.Namespaces, nodes: dict[str, Stated],
           edges: dict[tuple[str, str, str], list[str]], watched: dict[URIRef, list[tuple[Node, Node]]]) -> set[str]:
    """Add one graph's statements to ``nodes`` and ``edges``, and to ``watched[p]`` the ``(subject,
    object)`` of each triple whose predicate ``p`` it holds; the nodes the graph mentions. Each term
    is checked once, when first met."""
    check_term(g, URIRef(g))
    names: dict[Node, str] = {}  # predicates, types and datatypes → their names

    def name(term: Node) -> str:
        check_term(g, term)
        return names.setdefault(term, ns.name(str(term)))

    iris: dict[Node, str] = {}  # subjects and objects that are nodes → their node IRIs

    def node(term: Node) -> str:
        check_term(g, term)
        return iris.setdefault(term, n10s.node_iri(term, g))  # type: ignore[arg-type]

    watch = watched.get
    for (s, p, o), _ in graph.store.triples((None, None, None), graph):  # a third of Graph.__iter__'s cost
        subject = iris.get(s) or node(s)
        key = names.get(p) or name(p)
        if isinstance(o, Literal):
            if o.datatype is not None and o.datatype not in names:  # a datatype is no term of the triple: not checked
                names[o.datatype] = ns.name(str(o.datatype))
            check_term(g, o)
            nodes[subject].values.append((g, key, o))
        elif p == _TYPE and isinstance(o, URIRef):
            nodes[subject].types.add((g, names.get(o) or name(o)))
        else:
            edges[(subject, key, iris.get(o) or node(o))].append(g)
        if (pairs := watch(p)) is not None:
            pairs.append((s, o))
    seen = set(iris.values())
    for uri in seen:
        nodes[uri].graphs.append(g)
    return seen


def _sole_row(uri: str, stated: Stated, ns: n10s.Namespaces) -> dict[str, Any]:
    """The row of a node new to the store that one graph alone mentions: its labels and values are
    that graph's, so no records (and no digests) are made; the same row :func:`_row` gives."""
    kept: dict[str, list[Literal]] = defaultdict(list)
    for _, key, lit in stated.values:
        kept[key].append(lit)
    row = {"uri": uri, "graphs": stated.graphs,
           **{k: n10s.value(v[0], ns) if len(v) == 1 else n10s.values(v, ns) for k, v in kept.items()}}
    return {"props": row, "labels": ["Resource", *sorted({label for _, label in stated.types})], "drop": []}


def _row(uri: str, labels: list[str], props: dict[str, Any], stated: Stated | None, ns: n10s.Namespaces,
         replaced: frozenset[str] = frozenset()) -> dict[str, Any] | None:
    """A node's row: its stored ``labels``/``props`` less what graphs ``replaced`` stated, plus
    what ``stated`` says; None when no graph mentions the node any more. A node one graph alone
    mentions is written without records (:func:`graph.neo4j_layout.owner`)."""
    pool: dict[str, dict[str, Literal]] = defaultdict(dict)  # key → digest → literal
    for key, item in stored_values(props):
        lit = n10s.literal(item, ns)
        pool[key][n10s.digest(lit)] = lit
    types: set[tuple[str, str]]
    records: set[tuple[str, str, str]]
    if (only := owner(props)) is not None:
        types = {(only, label) for label in labels if label != "Resource"}
        records = {(only, key, dig) for key, lits in pool.items() for dig in lits}
    else:
        types = {(g, label) for g, label in (r.split(SEP, 1) for r in props.get(TYPES, []))}
        records = {(g, key, dig) for g, key, dig in (r.split(SEP) for r in props.get(VALUES, []))}
    graphs = {g for g in props.get("graphs", []) if g not in replaced}
    types = {t for t in types if t[0] not in replaced}
    records = {r for r in records if r[0] not in replaced}
    if stated is not None:
        graphs.update(stated.graphs)
        types |= stated.types
        for g, key, lit in stated.values:
            dig = n10s.digest(lit)
            pool[key][dig] = lit
            records.add((g, key, dig))
    if not graphs:
        return None
    kept: dict[str, list[Literal]] = defaultdict(list)
    for _, key, dig in records:
        kept[key].append(pool[key][dig])
    new_labels = sorted({label for _, label in types})
    row: dict[str, Any] = {"uri": uri, "graphs": sorted(graphs), **{k: n10s.values(v, ns) for k, v in kept.items()}}
    if len(graphs) > 1:
        row[TYPES] = sorted(SEP.join(t) for t in types)
        row[VALUES] = sorted(SEP.join(r) for r in records)
    return {"props": row, "labels": ["Resource", *new_labels],
            "drop": sorted(set(labels) - {"Resource", *new_labels})}


def write(tx: ManagedTransaction, batch: Batch, rebuild: Callable[[dict[str, str]], Batch],
          unchanged: bool = False) -> tuple[bool | None, dict[str, str]]:
    """Replace each graph of ``batch`` and its names in the name index (:func:`graph.search_neo4j.write_names`)
    in one transaction: (whether any graph was there before, the prefix table now stored). ``rebuild(table)`` prepares the batch anew under another
    table. With ``unchanged``, a batch of one graph already stored with its hash is left as it
    is, and the first value is None."""
    gs = batch.graphs
    begun = tx.run(BEGIN, gs=gs, uris=list(batch.nodes)).single(strict=True)
    old = [row for row in begun["graphs"] if row["hash"] is not None]
    if unchanged and len(batch.items) == 1 and old and old[0]["hash"] == batch.items[0][1]:
        return None, begun["table"]
    if any(begun["table"].get(p) != ns for p, ns in batch.used.items()):
        tx.run(LOCK_PREFIXES).consume()
        stored = prefix_table(tx.run(PREFIXES).data()).table
        meaning = {ns: p for p, ns in stored.items()}
        missing = {p: ns for p, ns in batch.used.items() if p not in stored}
        if any(stored.get(p, ns) != ns or meaning.get(ns, p) != p for p, ns in batch.used.items()):
            batch = rebuild(stored)  # the graph's table gives some name another meaning: name anew
            missing = {p: ns for p, ns in batch.used.items() if p not in stored}
        if missing:
            tx.run(ADD_PREFIXES, added=missing).consume()
        table = {**stored, **missing}
    else:
        table = begun["table"]
    replaced = frozenset(gs)
    existing = {node["uri"] for node in begun["nodes"]}
    ns = n10s.Namespaces(table)  # stored values may use prefixes this writer has not seen
    updated, deleted = [], []
    for node in begun["nodes"]:
        row = _row(node["uri"], node["labels"], node["props"], batch.nodes.get(node["uri"]), ns, replaced)
        if row is None:
            deleted.append(node["uri"])
        else:
            updated.append(row)
    old_nodes = sorted({u for row in old for u in row["nodes"]})
    if old_nodes:
        tx.run(DROP_RELATIONSHIPS, uris=old_nodes, gs=gs).consume()
    created = [row for u, row in batch.fresh.items() if u not in existing]
    at = {row["props"]["uri"]: n for n, row in enumerate(created)}
    edges: dict[str, list[dict[str, Any]]] = {"fresh": [], "outward": [], "inward": [], "shared": []}
    for (s, kind, o), egs in batch.edges.items():
        i, j = at.get(s), at.get(o)
        where = "shared" if i is None and j is None else "inward" if i is None else "outward" if j is None else "fresh"
        edges[where].append({"s": s if i is None else i, "t": kind, "o": o if j is None else j, "gs": sorted(set(egs))})
    dropped = [g for g, h in batch.items if h is None]
    tx.run(APPLY, created=created, updated=updated, **edges, deleted=deleted, dropped=dropped,
           graphs=[{"g": g, "hash": h, "nodes": batch.graph_nodes[g]} for g, h in batch.items if h is not None],
           ).consume()
    write_names(tx, *batch.name_rows())
    return bool(old), table
