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
(:func:`graph.search_neo4j.write_names`), or, in a grouped write, in one of their own right after it
(``names`` false: :func:`graph.search_neo4j.write_names_after`).

Two writers of the same graph at once: the graph's bookkeeping node (unique by its IRI, so the server lets one
writer create it and makes the other wait for its commit) is locked first, and its hash is read under that lock.
A write prepared against another hash (``expect``, what the writer read before) stops there and rolls back
(:class:`Changed`), so what a writer says it did (inserted, replaced, unchanged) is what its transaction found, never
a read made before it: two ``okg ingest`` of one report at once both said ``inserted`` (round 35's tester).

Two writers creating the same node at once: the second one's ``CREATE`` fails
on the ``uri`` constraint, its transaction rolls back whole and is run again
(:meth:`graph.backends.neo4j.Neo4jStore._commit`), now finding the node there.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from neo4j import ManagedTransaction
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from graph import n10s, search_index
from graph.backends import check_term
from graph.neo4j_layout import BUMP_VERSION, BUMPED, PREFIXES, RECORD, SEP, by_digest, moved, owner, prefix_table
from graph.search_neo4j import name_row, write_names

_TYPE = RDF.type  # looked up once: rdflib's namespace attribute costs a call per triple
# Writers that add prefixes take turns on one lock node, so there is one _NsPrefDef and one meaning per prefix.
LOCK_PREFIXES = "MERGE (l:_OkgLock {name: 'prefixes'}) SET l._okgLock = true REMOVE l._okgLock"
ADD_PREFIXES = "MERGE (p:_NsPrefDef) SET p += $added"
# One round trip: the graphs' locks, their old hashes and nodes, the prefix table, and the nodes the
# write touches that exist, locked and read (with the outgoing relationships of a node one graph owns,
# which are that graph's). Locks are taken in IRI order, so two writers never wait on each other in a
# circle (UNION, not list concatenation, joins the names: that was quadratic in the graphs' nodes; and the UNION
# imports nothing: it de-duplicated rows keyed by the names *and* the imported list of every graph's nodes, 169 MB
# of transaction memory to replace the law catalog's 1,038 nodes, round 45);
# MERGE, not MATCH, locks a node, so one another writer deleted meanwhile comes back bare instead of
# failing. A shared node's records are not read: adding to it reads nothing the other graphs stated.
BEGIN = """
UNWIND $gs AS g MERGE (m:_OkgGraph {uri: g}) SET m._okgLock = true REMOVE m._okgLock
WITH collect({g: g, hash: m.contentHash, nodes: coalesce(m.nodes, [])}) AS graphs
CALL () {
  CALL () {
    UNWIND $uris AS u RETURN u
    UNION UNWIND $gs AS g MATCH (m:_OkgGraph {uri: g}) UNWIND coalesce(m.nodes, []) AS u RETURN u
  }
  MATCH (:Resource {uri: u}) WITH u ORDER BY u
  MERGE (n:Resource {uri: u}) ON CREATE SET n.graphs = []
  SET n._okgLock = true REMOVE n._okgLock
  RETURN collect({uri: u, labels: labels(n), props: properties(n),
                  rels: CASE WHEN size(n.graphs) = 1 THEN [(n)-[r]->(b:Resource) | [type(r), b.uri]] ELSE [] END
                 }) AS nodes
}
OPTIONAL MATCH (p:_NsPrefDef)
RETURN graphs, nodes, coalesce(properties(p), {}) AS table
"""
# Every record of the shared nodes a replaced graph mentioned (locked by BEGIN): what the others state.
RECORDS_AT = f"UNWIND $uris AS u MATCH (s:{RECORD} {{uri: u}}) RETURN u, collect(properties(s)) AS records"
# Everything else in one statement (one plan, cached): nodes first, then what connects them; last the
# store's version (graph.neo4j_layout.VERSION), so its lock is held the shortest time, and the version it moved to.
# A relationship with an endpoint created here names it by its place in $created: no index look-up.
# The hint: planned on a small store, a look-up became a scan of the whole uri index per node.
APPLY = """
CALL () { UNWIND $created AS row CREATE (n:$(row.labels)) SET n = row.props RETURN collect(n) AS made }
CALL () {
  UNWIND $updated AS row MATCH (n:Resource {uri: row.props.uri})
  SET n = row.props SET n:$(row.labels) REMOVE n:$(row.drop)
}
CALL () {
  UNWIND $unlinked AS row MATCH (a:Resource {uri: row.s}) USING INDEX a:Resource(uri)
  MATCH (a)-[r]->(b:Resource {uri: row.o}) WHERE type(r) = row.t DELETE r
}
CALL () { UNWIND $unrecorded AS row MATCH (s:""" + RECORD + """ {g: row.g, uri: row.uri}) DELETE s }
CALL () { UNWIND $records AS row CREATE (s:""" + RECORD + """) SET s = row }
CALL (made) {
  UNWIND $fresh AS row WITH row, made[row.s] AS a, made[row.o] AS b
  CREATE (a)-[r:$(row.t)]->(b)
}
CALL (made) {
  UNWIND $outward AS row MATCH (b:Resource {uri: row.o}) WITH row, made[row.s] AS a, b
  CREATE (a)-[r:$(row.t)]->(b)
}
CALL (made) {
  UNWIND $inward AS row MATCH (a:Resource {uri: row.s}) WITH row, a, made[row.o] AS b
  CREATE (a)-[r:$(row.t)]->(b)
}
CALL () {
  UNWIND $shared AS row MATCH (a:Resource {uri: row.s}) MATCH (b:Resource {uri: row.o})
  MERGE (a)-[r:$(row.t)]->(b)
}
CALL () { UNWIND $deleted AS u MATCH (n:Resource {uri: u}) DETACH DELETE n }
CALL () { UNWIND $dropped AS g MATCH (m:_OkgGraph {uri: g}) DELETE m }
CALL () {
  UNWIND $graphs AS row MATCH (m:_OkgGraph {uri: row.g}) SET m.contentHash = row.hash, m.nodes = row.nodes
}
CALL () {""" + BUMP_VERSION + BUMPED + """}
RETURN epoch, count
"""


class Changed(Exception):
    """The graphs a write was prepared against were stored with other hashes when it held their locks: another
    writer wrote them meanwhile. Raised inside the transaction, which rolls back whole."""

    def __init__(self, graphs: list[str]) -> None:
        super().__init__(f"written by another writer meanwhile: {', '.join(graphs)}")
        self.graphs = graphs


@dataclass
class Stated:
    """What one group of graphs states about one node."""

    graphs: list[str] = field(default_factory=list)
    types: set[tuple[str, str]] = field(default_factory=set)  # (graph, label)
    values: list[tuple[str, str, Literal]] = field(default_factory=list)  # (graph, key, literal)
    rels: set[tuple[str, str, str]] = field(default_factory=set)  # (graph, type, object IRI)


@dataclass
class Statement:
    """What one graph states about one node: labels, values ``(property, digest)`` and outgoing
    relationships ``(type, object IRI)``; a record (:data:`graph.neo4j_layout.RECORD`) holds one."""

    types: set[str] = field(default_factory=set)
    values: set[tuple[str, str]] = field(default_factory=set)
    rels: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def of_record(cls, record: dict[str, Any]) -> Statement:
        return cls(set(record.get("types") or ()), {tuple(v.split(SEP)) for v in record.get("values") or ()},  # type: ignore[misc]
                   {tuple(r.split(SEP)) for r in record.get("rels") or ()})  # type: ignore[misc]

    def record(self, g: str, uri: str) -> dict[str, Any]:
        """The record's properties (an empty list left out)."""
        row: dict[str, Any] = {"g": g, "uri": uri}
        for key, items in (("types", self.types), ("values", {SEP.join(v) for v in self.values}),
                           ("rels", {SEP.join(r) for r in self.rels})):
            if items:
                row[key] = sorted(items)
        return row


@dataclass
class Changes:
    """What a write does to the nodes that exist, besides the group's own relationships."""

    updated: list[dict[str, Any]] = field(default_factory=list)  # node rows (:func:`_node_row`)
    deleted: list[str] = field(default_factory=list)  # nodes no graph mentions any more
    unlinked: list[dict[str, str]] = field(default_factory=list)  # {s, t, o}: relationships no graph states
    unrecorded: list[dict[str, str]] = field(default_factory=list)  # {g, uri}: records that go
    records: list[dict[str, Any]] = field(default_factory=list)  # records made


@dataclass
class Batch:
    """A group of graphs ready to write: names under the prefixes ``used``, node rows as if every
    node were new, and each graph's rows of the name index (:func:`graph.search_neo4j.name_row`)."""

    items: list[tuple[str, str | None]]  # (graph, content hash); None deletes the graph
    used: dict[str, str]  # prefix → namespace, for every prefix the names use
    nodes: dict[str, Stated]
    fresh: dict[str, dict[str, Any]]
    edges: set[tuple[str, str, str]]  # (subject, type, object)
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
    edges: set[tuple[str, str, str]] = set()
    graph_nodes: dict[str, list[str]] = {}
    names: dict[str, list[dict[str, Any]]] = {}
    entries: list[tuple[str, str | None]] = []
    for g, graph, content_hash in items:
        entries.append((g, None if graph is None else content_hash))
        if graph is not None:
            watched: dict[URIRef, list[tuple[Node, Node]]] = {p: [] for p in search_index.PREDICATES}
            graph_nodes[g] = sorted(_state(g, graph, ns, nodes, edges, watched))
            names[g] = [name_row(name) for name in search_index.named(watched)]
    fresh = {uri: _shared_row(uri, stated, ns) if len(stated.graphs) > 1 else _sole_row(uri, stated, ns)
             for uri, stated in nodes.items()}
    return Batch(entries, ns.used, dict(nodes), fresh, edges, graph_nodes, names)


def _state(g: str, graph: Graph, ns: n10s.Namespaces, nodes: dict[str, Stated],
           edges: set[tuple[str, str, str]], watched: dict[URIRef, list[tuple[Node, Node]]]) -> set[str]:
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
            target = iris.get(o) or node(o)
            edges.add((subject, key, target))
            nodes[subject].rels.add((g, key, target))
        if (pairs := watch(p)) is not None:
            pairs.append((s, o))
    seen = set(iris.values())
    for uri in seen:
        nodes[uri].graphs.append(g)
    return seen


def _sole_row(uri: str, stated: Stated, ns: n10s.Namespaces) -> dict[str, Any]:
    """The row of a node new to the store that one graph alone mentions: its labels and values are
    that graph's, so no records (and no digests) are made."""
    kept: dict[str, list[Literal]] = defaultdict(list)
    for _, key, lit in stated.values:
        kept[key].append(lit)
    row = {"uri": uri, "graphs": stated.graphs, **n10s.node_values(kept, ns)}
    return {"props": row, "labels": ["Resource", *sorted({label for _, label in stated.types})], "drop": []}


def _statements(stated: Stated, pool: dict[tuple[str, str], Literal]) -> dict[str, Statement]:
    """What each graph of a group states about a node, its values added to ``pool`` by digest."""
    found = {g: Statement() for g in stated.graphs}
    for g, label in stated.types:
        found[g].types.add(label)
    for g, key, lit in stated.values:
        dig = n10s.digest(lit)
        pool[(key, dig)] = lit
        found[g].values.add((key, dig))
    for g, kind, target in stated.rels:
        found[g].rels.add((kind, target))
    return found


def _node_row(uri: str, graphs: list[str] | None, statements: Iterable[Statement],
              pool: dict[tuple[str, str], Literal], ns: n10s.Namespaces, labels: Iterable[str] = ()) -> dict[str, Any]:
    """The row of a node holding what ``statements`` state (values looked up by digest in ``pool``), with
    ``graphs`` when one graph owns it; ``labels`` it has now and loses are dropped."""
    kept: dict[str, list[Literal]] = defaultdict(list)
    types: set[str] = set()
    for st in statements:
        types |= st.types
        for key, dig in st.values:
            kept[key].append(pool[(key, dig)])
    row: dict[str, Any] = {"uri": uri, **({"graphs": graphs} if graphs else {}),
                           **n10s.node_values(kept, ns)}
    return {"props": row, "labels": ["Resource", *sorted(types)], "drop": sorted(set(labels) - types - {"Resource"})}


def _shared_row(uri: str, stated: Stated, ns: n10s.Namespaces) -> dict[str, Any]:
    """The row of a node new to the store that several graphs of the group mention, with their records."""
    pool: dict[tuple[str, str], Literal] = {}
    found = _statements(stated, pool)
    row = _node_row(uri, None, found.values(), pool, ns)
    row["records"] = [st.record(g, uri) for g, st in sorted(found.items())]
    return row


def _merge(node: dict[str, Any], stated: Stated | None, records: list[dict[str, Any]] | None,
           replaced: frozenset[str], ns: n10s.Namespaces, out: Changes) -> None:
    """Add to ``out`` what writing the graphs ``replaced`` (``stated``: what they state now) does to a node
    that exists (a row of :data:`BEGIN`); ``records``: every record of the node, read when a replaced
    graph had one, else None. A node one graph owns is what that graph states; a shared node whose
    records no replaced graph held only gains what the group adds, and nothing is read about it."""
    uri, labels, props = node["uri"], node["labels"], node["props"]
    pool = by_digest(props, ns)
    before: dict[str, Statement] | None = {}  # the graphs kept and what they state, when known
    gone: list[Statement] = []  # what the replaced graphs stated
    h = owner(props)
    if h is not None:
        mine = Statement(set(labels) - {"Resource"}, set(pool), {(t, o) for t, o in node["rels"]})
        if h in replaced:
            gone.append(mine)
        else:
            before = {h: mine}
    elif records is not None:
        for record in records:
            if record["g"] in replaced:
                gone.append(Statement.of_record(record))
                out.unrecorded.append({"g": record["g"], "uri": uri})
            else:
                before[record["g"]] = Statement.of_record(record)  # type: ignore[index]
    elif props.get("graphs") is None:
        before = None  # shared, untouched by the replaced graphs
    stored = Statement(set(labels) - {"Resource"}, set(pool))
    new = _statements(stated, pool) if stated is not None else {}
    if before is None:
        out.records += [st.record(g, uri) for g, st in new.items()]
        if any(not st.types <= stored.types or not st.values <= stored.values for st in new.values()):
            out.updated.append(_node_row(uri, None, [stored, *new.values()], pool, ns, labels))
        return
    now = {**before, **new}
    linked = set().union(*(st.rels for st in [*before.values(), *gone]))
    if not now:
        out.deleted.append(uri)
        return
    if len(now) == 1:
        (k, st), = now.items()
        if records is not None and k in before:
            out.unrecorded.append({"g": k, "uri": uri})
        out.updated.append(_node_row(uri, [k], [st], pool, ns, labels))
        kept = st.rels
    else:
        out.updated.append(_node_row(uri, None, now.values(), pool, ns, labels))
        out.records += [st.record(g, uri) for g, st in new.items()]
        if h is not None and h in before:  # the owner's statements become a record
            out.records.append(before[h].record(h, uri))
        kept = set().union(*(st.rels for st in now.values()))
    out.unlinked += [{"s": uri, "t": t, "o": o} for t, o in sorted(linked - kept)]


def write(tx: ManagedTransaction, batch: Batch, rebuild: Callable[[dict[str, str]], Batch],
          unchanged: bool = False, expect: Mapping[str, str | None] | None = None, names: bool = True,
          ) -> tuple[bool | None, dict[str, str], tuple[str, str] | None]:
    """Replace each graph of ``batch`` and, with ``names``, its names in the name index
    (:func:`graph.search_neo4j.write_names`) in one transaction: (whether any graph was there before, the prefix table now stored, the store's versions
    ``(before, after)`` the transaction moves it between once committed). ``rebuild(table)`` prepares the batch
    anew under another table. With ``unchanged``, a batch of one graph already stored with its hash is left as it
    is, the first value is None and so is the last (the version stays). ``expect``: the hash (None: absent) each
    graph it names was stored with when the write was prepared; :class:`Changed` when one is stored otherwise now."""
    gs = batch.graphs
    begun = tx.run(BEGIN, gs=gs, uris=list(batch.nodes)).single(strict=True)
    if expect and (moved_graphs := sorted(row["g"] for row in begun["graphs"]
                                          if row["g"] in expect and row["hash"] != expect[row["g"]])):
        raise Changed(moved_graphs)
    old = [row for row in begun["graphs"] if row["hash"] is not None]
    if unchanged and len(batch.items) == 1 and old and old[0]["hash"] == batch.items[0][1]:
        return None, begun["table"], None
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
    old_nodes = {u for row in old for u in row["nodes"]}
    touched = sorted(node["uri"] for node in begun["nodes"]
                     if node["uri"] in old_nodes and node["props"].get("graphs") is None)
    records: dict[str, list[dict[str, Any]]] = {u: [] for u in touched}
    if touched:
        records.update((row["u"], row["records"]) for row in tx.run(RECORDS_AT, uris=touched))
    changes = Changes()
    for node in begun["nodes"]:
        _merge(node, batch.nodes.get(node["uri"]), records.get(node["uri"]), replaced, ns, changes)
    created = [row for u, row in batch.fresh.items() if u not in existing]
    changes.records += [record for row in created for record in row.get("records", ())]
    at = {row["props"]["uri"]: n for n, row in enumerate(created)}
    edges: dict[str, list[dict[str, Any]]] = {"fresh": [], "outward": [], "inward": [], "shared": []}
    for s, kind, o in batch.edges:
        i, j = at.get(s), at.get(o)
        where = "shared" if i is None and j is None else "inward" if i is None else "outward" if j is None else "fresh"
        edges[where].append({"s": s if i is None else i, "t": kind, "o": o if j is None else j})
    dropped = [g for g, h in batch.items if h is None]
    bumped = tx.run(APPLY, created=created, updated=changes.updated, unlinked=changes.unlinked,
                    unrecorded=changes.unrecorded, records=changes.records, **edges, deleted=changes.deleted,
                    dropped=dropped, graphs=[{"g": g, "hash": h, "nodes": batch.graph_nodes[g]}
                                             for g, h in batch.items if h is not None],
                    ).single(strict=True)
    if names:
        write_names(tx, *batch.name_rows())
    return bool(old), table, moved(bumped["epoch"], bumped["count"])
