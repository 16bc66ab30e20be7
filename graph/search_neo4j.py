"""The Neo4j store's name index: ``:_OkgName`` nodes under a full-text (Lucene) index.

A name is a node ``(:_OkgName {id, iri, name, alias, key, label, types, terms})``
stated by graphs ``(:_OkgNamesOf {g, hash})-[:_STATES]->``; neither is a
``Resource``, so the RDF mapping never sees them. ``terms`` are indexed with
Lucene's ``whitespace`` analyzer: the terms are made in Python
(:func:`ontology.textform.search_tokens`, one per Han character), so Neo4j and
the embedded store index the very same terms. Neo4j's ``cjk`` analyzer would
index overlapping pairs of characters instead, which cannot answer a
one-character query nor find an abbreviation's characters apart. Exact and
prefix matches use a range index on ``key``.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from neo4j import ManagedTransaction

from graph.name_index import Name, NameIndex, Query

INDEX = "okg_search_terms"
HEAD = 200  # characters of a key in the range index (600 bytes of UTF-8 at most for CJK)
SETUP = (
    "CREATE CONSTRAINT okg_search_name IF NOT EXISTS FOR (n:_OkgName) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT okg_search_graph IF NOT EXISTS FOR (n:_OkgNamesOf) REQUIRE n.g IS UNIQUE",
    "CREATE INDEX okg_search_head IF NOT EXISTS FOR (n:_OkgName) ON (n.head)",
    (f"CREATE FULLTEXT INDEX {INDEX} IF NOT EXISTS FOR (n:_OkgName) ON EACH [n.terms] "
     "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}"),
    "CALL db.awaitIndexes(300)",
)
_FORGET = """
MATCH (:_OkgNamesOf {g: $g})-[r:_STATES]->(n:_OkgName)
DELETE r
WITH DISTINCT n WHERE NOT EXISTS { (n)<-[:_STATES]-() }
DELETE n
"""
_STATE = """
MERGE (s:_OkgNamesOf {g: $g}) SET s.hash = $hash
WITH s UNWIND $rows AS row
MERGE (n:_OkgName {id: row.id}) SET n += row.props
MERGE (s)-[:_STATES]->(n)
"""
_RETURN = ("RETURN n.iri AS iri, n.name AS name, n.alias AS alias, n.key AS key, n.label AS label, "
           "n.types AS types ORDER BY size(n.key), n.key LIMIT $limit")
_TYPED = "($types IS NULL OR any(t IN n.types WHERE t IN $types))"

Read = Callable[..., list[dict[str, Any]]]
Write = Callable[[Callable[[ManagedTransaction], Any]], Any]


class Neo4jNames(NameIndex):
    """The index in the store's database, read and written through the store's own transactions."""

    def __init__(self, read: Read, write: Write, setup: Callable[[str], Any]) -> None:
        self._read, self._write = read, write
        for statement in SETUP:
            setup(statement)

    def hashes(self) -> dict[str, str]:
        return {row["g"]: row["hash"] for row in self._read("MATCH (s:_OkgNamesOf) RETURN s.g AS g, s.hash AS hash")}

    def replace(self, graph: str, content_hash: str | None, names: list[Name]) -> None:
        rows = [{"id": hashlib.sha1(f"{n.iri}\n{int(n.alias)}\n{n.name}".encode()).hexdigest(),  # any length
                 "props": {"iri": n.iri, "name": n.name, "alias": n.alias, "key": n.key, "head": n.key[:HEAD],
                           "label": n.label, "types": list(n.types), "terms": n.terms}} for n in names]

        def work(tx: ManagedTransaction) -> None:
            tx.run(_FORGET, g=graph).consume()
            if content_hash is None:
                tx.run("MATCH (s:_OkgNamesOf {g: $g}) DELETE s", g=graph).consume()
            else:
                tx.run(_STATE, g=graph, hash=content_hash, rows=rows).consume()

        self._write(work)

    def clear(self) -> None:
        self._write(lambda tx: tx.run("MATCH (n) WHERE n:_OkgName OR n:_OkgNamesOf DETACH DELETE n").consume())

    def starting(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        return self._names(f"MATCH (n:_OkgName) WHERE n.head STARTS WITH $head AND n.key STARTS WITH $key "
                           f"AND {_TYPED} {_RETURN}", head=query.key[:HEAD], key=query.key, types=types, limit=limit)

    def containing(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        terms = list(query.terms)
        last = f" +{terms.pop()}*" if query.prefix_last else ""
        lucene = (f'+"{" ".join(terms)}"' if terms else "") + last
        return self._fulltext(lucene.strip(), types, limit)

    def abbreviating(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        return self._fulltext(" ".join(f"+{char}" for char in dict.fromkeys(query.chars)), types, limit)

    def _fulltext(self, lucene: str, types: list[str] | None, limit: int) -> list[Name]:
        """Every Lucene hit, the shortest ``limit`` of them sent back."""
        return self._names(f"CALL db.index.fulltext.queryNodes('{INDEX}', $lucene) "
                           f"YIELD node AS n WHERE {_TYPED} {_RETURN}", lucene=lucene, types=types, limit=limit)

    def _names(self, cypher: str, **params: Any) -> list[Name]:
        return [Name(row["iri"], row["name"], bool(row["alias"]), row["key"], row["label"], tuple(row["types"]))
                for row in self._read(cypher, **params)]
