"""The Neo4j store's name index: ``:_OkgName`` nodes under a full-text (Lucene) index.

A name is a node ``(:_OkgName {id, iri, name, alias, key, head, label, types, kinds, terms})`` (``label``,
the resource's own label to show, on an alias only)
stated by graphs ``(:_OkgNamesOf {g, hash})-[:_STATES]->``; neither is a ``Resource``, so the
RDF mapping never sees them. ``terms`` are indexed with Lucene's ``whitespace`` analyzer: the
terms are made in Python (:func:`ontology.textform.search_tokens`, one per Han character), so
Neo4j and the embedded store index the very same terms. Neo4j's ``cjk`` analyzer would index
overlapping pairs of characters instead, which cannot answer a one-character query nor find an
abbreviation's characters apart. ``kinds`` (the types, space-separated) are indexed beside them,
so that a search for some types is answered by Lucene too. Exact and prefix matches use a
range index on ``head`` (the key's start).

A search is one Cypher statement (:data:`_RANKED`): each source hands over at most
:data:`graph.name_index.CANDIDATES` names (prefix matches shortest first; Lucene its best-scored
ones, which its BM25 length norm puts shortest first for a name holding the terms once; the
names holding the key's characters apart only when the others leave room, :data:`_APART`), the
tiers, each resource's best name, the order, the page and the counts are computed in the server,
and only the page and the facet counts come back.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from neo4j import ManagedTransaction

from graph.name_index import CANDIDATES, FACETS, OTHER, Hit, Name, NameIndex, Query, Ranked
from graph.neo4j_layout import BUMP_VERSION

INDEX = "okg_search_names"
EARLIER = ["okg_search_terms"]  # full-text indexes of earlier forms (terms only): dropped, the names made anew
HEAD = 200  # characters of a key in the range index (600 bytes of UTF-8 at most for CJK)
SETUP = (
    "CREATE CONSTRAINT okg_search_name IF NOT EXISTS FOR (n:_OkgName) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT okg_search_graph IF NOT EXISTS FOR (n:_OkgNamesOf) REQUIRE n.g IS UNIQUE",
    "CREATE INDEX okg_search_head IF NOT EXISTS FOR (n:_OkgName) ON (n.head)",
    (f"CREATE FULLTEXT INDEX {INDEX} IF NOT EXISTS FOR (n:_OkgName) ON EACH [n.terms, n.kinds] "
     "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}"),
    "CALL db.awaitIndexes(300)",
)
# One statement each for all the graphs of a write: forget their names, drop the deleted graphs' records,
# state the new names (a name two graphs state is one node, forgotten when no graph states it).
_FORGET = """
UNWIND $gs AS g
MATCH (:_OkgNamesOf {g: g})-[r:_STATES]->(n:_OkgName)
DELETE r
WITH DISTINCT n WHERE NOT EXISTS { (n)<-[:_STATES]-() }
DELETE n
"""
_DROP = "UNWIND $gs AS g MATCH (s:_OkgNamesOf {g: g}) DELETE s"
# Each name once, however many of the graphs state it (the props of the last one win), then each graph's
# statements of them; a graph's earlier statements are gone (_FORGET), so they are CREATEd.
_STATE = """
CALL () { UNWIND $names AS row MERGE (n:_OkgName {id: row.id}) SET n += row.props RETURN collect(n) AS made }
UNWIND $graphs AS graph
MERGE (s:_OkgNamesOf {g: graph.g}) SET s.hash = graph.hash
WITH s, graph, made UNWIND graph.at AS i
WITH s, made[i] AS n
CREATE (s)-[:_STATES]->(n)
"""
_TYPED = "($types IS NULL OR any(t IN n.types WHERE t IN $types))"
_STARTING = (f"MATCH (n:_OkgName) WHERE n.head STARTS WITH $head AND n.key STARTS WITH $key AND {_TYPED} "
             "WITH n ORDER BY size(n.key), n.key LIMIT $cap RETURN n")
# The names holding the key's characters apart (an abbreviation ranks last): asked only when the other
# sources leave room among the CANDIDATES resources counted, as on the embedded store.
_APART = (f"WITH rated WHERE rated < $cap CALL db.index.fulltext.queryNodes('{INDEX}', $chars, {{limit: $cap}}) "
          "YIELD node RETURN collect(node) AS apart")
_NONE_APART = "RETURN [] AS apart"
# Tiers as in graph.name_index; an abbreviation's span as graph.name_index.span: from each place of the
# key's first character, the greedy end of the others in order (past the end when one is missing).
_RANKED = """
CALL () {{ {sources} }}
WITH DISTINCT n
WITH collect(n) AS found, count(DISTINCT CASE WHEN n.key CONTAINS $key THEN n.iri END) AS rated
CALL (rated) {{ {apart} }}
UNWIND found + apart AS n
WITH DISTINCT n
WITH n, CASE WHEN n.key = $key THEN CASE WHEN n.alias THEN 1 ELSE 0 END WHEN n.key STARTS WITH $key THEN 2
             WHEN n.key ENDS WITH $key THEN 3 WHEN n.key CONTAINS $key THEN 4 ELSE 5 END AS tier
WITH n, tier, CASE WHEN tier < 5 THEN size(n.key) ELSE reduce(least = null, stretch IN
         [ends IN [i IN range(0, size(n.key) - 1) WHERE substring(n.key, i, 1) = $first
                   | [i, reduce(at = i, char IN $rest | at + 1 + size(split(substring(n.key, at + 1), char)[0]))]]
          WHERE ends[1] < size(n.key) | ends[1] - ends[0] + 1]
         | CASE WHEN least IS NULL OR stretch < least THEN stretch ELSE least END) END AS length
WITH n, tier, length WHERE length IS NOT NULL
ORDER BY tier, length, size(n.key), n.key, n.name
WITH n.iri AS iri, collect({{label: CASE WHEN n.alias THEN n.label ELSE n.name END, types: n.types, tier: tier,
                             length: length, size: size(n.key), key: n.key}})[0] AS best
ORDER BY best.tier, best.length, best.size, best.key, iri
LIMIT $cap
WITH collect({{iri: iri, label: best.label, types: best.types, tier: best.tier,
              facet: head([f IN $facets WHERE f IN best.types] + [$other])}}) AS top
RETURN size(top) AS total, top[$offset..$offset + $limit] AS items,
       [f IN reduce(seen = [], hit IN top | CASE WHEN hit.facet IN seen THEN seen ELSE seen + hit.facet END)
        | [f, size([hit IN top WHERE hit.facet = f])]] AS facets
"""

Read = Callable[..., list[dict[str, Any]]]
Write = Callable[[Callable[[ManagedTransaction], Any]], Any]


class Neo4jNames(NameIndex):
    """The index in the store's database, read and written through the store's own transactions."""

    def __init__(self, read: Read, write: Write, setup: Callable[[str], Any]) -> None:
        self._read, self._write = read, write
        self._changes = 0
        earlier = [row["name"] for row in read("SHOW INDEXES YIELD name WHERE name IN $earlier RETURN name",
                                                earlier=EARLIER)]
        if earlier:
            self.clear()
        for statement in (*(f"DROP INDEX {name} IF EXISTS" for name in earlier), *SETUP):
            setup(statement)

    def hashes(self) -> dict[str, str]:
        return {row["g"]: row["hash"] for row in self._read("MATCH (s:_OkgNamesOf) RETURN s.g AS g, s.hash AS hash")}

    def replace_all(self, graphs: list[tuple[str, str | None, list[Name]]]) -> None:
        stated = [{"g": graph, "hash": content_hash, "rows": [name_row(n) for n in names]}
                  for graph, content_hash, names in graphs if content_hash is not None]
        dropped = [graph for graph, content_hash, _ in graphs if content_hash is None]

        def work(tx: ManagedTransaction) -> None:
            write_names(tx, stated, dropped)
            tx.run(BUMP_VERSION).consume()  # last: a search answer kept under the version (name_index.OpenedIndex.results) is asked again

        self._write(work)
        self.written()

    def written(self) -> None:
        """Names were committed through this object or by the store in its own transaction
        (:func:`write_names`): the generation moves."""
        self._changes += 1

    def clear(self) -> None:
        def work(tx: ManagedTransaction) -> None:
            tx.run("MATCH (n) WHERE n:_OkgName OR n:_OkgNamesOf DETACH DELETE n").consume()
            tx.run(BUMP_VERSION).consume()  # last: a search answer kept under the version (name_index.OpenedIndex.results) is asked again

        self._write(work)
        self._changes += 1

    def generation(self) -> int:
        """Commits of names by this object; another process's show in the store's version (:data:`graph.neo4j_layout.BUMP_VERSION`)."""
        return self._changes

    def ranked(self, query: Query, types: list[str] | None, offset: int, limit: int) -> Ranked:
        kinds = f" AND kinds:({' OR '.join(_quoted(t) for t in types)})" if types else ""
        sources, lucene = [_STARTING], {}
        if query.terms:
            terms = list(query.terms)
            last = f" +{terms.pop()}*" if query.prefix_last else ""
            lucene["phrase"] = f"terms:({((_quoted(' '.join(terms)) if terms else '') + last).strip()}){kinds}"
        sources += [f"CALL db.index.fulltext.queryNodes('{INDEX}', ${name}, {{limit: $cap}}) YIELD node AS n RETURN n"
                    for name in lucene]
        if query.chars:
            lucene["chars"] = f"terms:({' '.join(f'+{char}' for char in dict.fromkeys(query.chars))}){kinds}"
        statement = _RANKED.format(sources=" UNION ".join(sources), apart=_APART if query.chars else _NONE_APART)
        rows = self._read(statement, key=query.key, head=query.key[:HEAD],
                          types=types, cap=CANDIDATES, first=query.key[0], rest=list(query.key[1:]),
                          facets=list(FACETS), other=OTHER, offset=offset, limit=limit, **lucene)
        row = rows[0]
        return Ranked(row["total"], dict(row["facets"]),
                      [Hit(hit["iri"], hit["label"], tuple(hit["types"]), hit["tier"]) for hit in row["items"]])


def write_names(tx: ManagedTransaction, stated: list[dict[str, Any]], dropped: list[str]) -> None:
    """In ``tx``: the names of each graph of ``stated`` (``{"g", "hash", "rows"}``, rows from
    :func:`name_row`) replace those it stated before, and the graphs ``dropped`` state none any more.
    The store's version is not moved here (the caller's transaction does)."""
    tx.run(_FORGET, gs=[graph["g"] for graph in stated] + dropped).consume()
    if dropped:
        tx.run(_DROP, gs=dropped).consume()
    if stated:
        at: dict[str, int] = {}  # name id → its place in the rows sent
        rows: list[dict[str, Any]] = []
        graphs = []
        for graph in stated:
            for row in graph["rows"]:
                if (i := at.setdefault(row["id"], len(rows))) == len(rows):
                    rows.append(row)
                else:
                    rows[i] = row
            graphs.append({"g": graph["g"], "hash": graph["hash"], "at": [at[row["id"]] for row in graph["rows"]]})
        tx.run(_STATE, names=rows, graphs=graphs).consume()


def name_row(name: Name) -> dict[str, Any]:
    """A name node's id (any length of name) and properties; ``label`` only on an alias, the one
    name a search shows another label for (:data:`_RANKED`): a label would be written once more."""
    props = {"iri": name.iri, "name": name.name, "alias": name.alias, "key": name.key, "head": name.key[:HEAD],
             "types": list(name.types), "kinds": " ".join(name.types), "terms": name.terms}
    if name.alias:
        props["label"] = name.label
    return {"id": hashlib.sha1(f"{name.iri}\n{int(name.alias)}\n{name.name}".encode()).hexdigest(), "props": props}


def _quoted(text: str) -> str:
    """A Lucene phrase."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
