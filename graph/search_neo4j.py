"""The Neo4j store's name index: ``:_OkgName`` nodes under a full-text (Lucene) index.

A name is a node ``(:_OkgName {id, iri, name, alias, key, head, tail, label, types, kinds, terms})`` (``label``,
the resource's own label to show, on an alias only)
stated by graphs ``(:_OkgNamesOf {g, hash})-[:_STATES]->``; neither is a ``Resource``, so the
RDF mapping never sees them. ``terms`` are indexed with Lucene's ``whitespace`` analyzer: the
terms are made in Python (:func:`ontology.textform.search_tokens`, one per Han character), so
Neo4j and the embedded store index the very same terms. Neo4j's ``cjk`` analyzer would index
overlapping pairs of characters instead, which cannot answer a one-character query nor find an
abbreviation's characters apart. ``kinds`` (the types, space-separated) are indexed beside them,
so that a search for some types is answered by Lucene too. Exact and prefix matches use a
range index on ``head`` (the key's start), suffix matches one on ``tail`` (the key reversed, from its end):
a name ending with the key is an index prefix seek, as one starting with it.

A search is one Cypher statement (:data:`_RANKED`) with four sources: the names that are the key (an
index seek on ``head``, all of them up to :data:`graph.name_index.CANDIDATES`), the other names starting
with it (the range index, in the ranking's order), those ending with it (the range index on ``tail``, in
the ranking's order), and one Lucene query (:func:`lucene_query`) for the names
holding the key's terms side by side, which, when the key has two or more Han characters, also takes the
names holding those characters apart, ranked below every name holding them side by side (a boost), so that
names apart (abbreviations, which rank last) fill only the room the others leave, as on the embedded store;
each reads as many names as :mod:`graph.name_index` says (the Lucene query a window of its best scores
only when the names starting or ending with the key fill the page: its order is not the ranking's). Each resource's best name, the order, the page and the facet of each resource counted are
computed in the server, and only the page, the facets and whether every candidate was read come back: each
name read costs ~10 µs of server CPU (1M triples), the Lucene call 2–5 ms. One Lucene query, not one per
source: each call has a fixed cost in the server (~1 ms at 1M triples) besides its hits, and the names
holding the characters apart were mostly the same nodes again.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from neo4j import ManagedTransaction

from graph.name_index import CANDIDATES, FACETS, OTHER, Hit, Name, NameIndex, Query, Ranked, window
from graph.neo4j_layout import BUMP_VERSION, BUMPED, moved

INDEX = "okg_search_names"
EARLIER = ["okg_search_terms"]  # full-text indexes of earlier forms (terms only): dropped, the names made anew
HEAD = 200  # characters of a key in the range indexes, from its start (head) and from its end (tail; 600 bytes of UTF-8 at most for CJK)
TAIL = "okg_search_tail"  # the range index on the reversed key: a store whose names lack ``tail`` has no such index yet
REVERSED = 10000  # names given their reversed key per transaction (:meth:`Neo4jNames._reverse_keys`)
SETUP = (
    "CREATE CONSTRAINT okg_search_name IF NOT EXISTS FOR (n:_OkgName) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT okg_search_graph IF NOT EXISTS FOR (n:_OkgNamesOf) REQUIRE n.g IS UNIQUE",
    "CREATE INDEX okg_search_head IF NOT EXISTS FOR (n:_OkgName) ON (n.head)",
    f"CREATE INDEX {TAIL} IF NOT EXISTS FOR (n:_OkgName) ON (n.tail)",
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
# The graphs of a write whose names follow in a transaction of their own (:func:`write_names_after`), locked, with
# the hash each is stored with now.
_STORED_NOW = ("UNWIND $gs AS g MATCH (m:_OkgGraph {uri: g}) SET m._okgLock = true REMOVE m._okgLock "
               "RETURN g, m.contentHash AS hash")
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
# The sources, each one name more than it may give (to know whether it held more): the names that are the key
# (an index seek), the others starting with it and those ending with it (not starting), each in the ranking's
# order; when the names that are the key and a window of those starting with it fill the page with resources,
# or with a window of those ending with it when no name starting with it was left unread, the names ending with
# it and the Lucene query's give their best $reach (by order, by score: they all rank after the page), else $all.
_EXACT = (f"CALL () {{ MATCH (n:_OkgName) WHERE n.head = $head AND n.key = $key AND {_TYPED} "
          "WITH n LIMIT $all RETURN collect(n) AS exact }")
_STARTING = (f"CALL () {{ MATCH (n:_OkgName) WHERE n.head STARTS WITH $head AND n.key STARTS WITH $key AND n.key <> $key "
             f"AND {_TYPED} WITH n ORDER BY size(n.key), n.key, n.iri LIMIT $all RETURN collect(n) AS starting }}")
_ENDING = (f"CALL () {{ MATCH (n:_OkgName) WHERE n.tail STARTS WITH $tail AND n.key ENDS WITH $key "
           f"AND NOT n.key STARTS WITH $key AND {_TYPED} WITH n ORDER BY size(n.key), n.key, n.iri LIMIT $all "
           "RETURN collect(n) AS ending }")
_FILLED = ("CALL (exact, starting, ending) { "
           "CALL (exact, starting) { UNWIND exact + starting[..$reach - 1] AS n RETURN count(DISTINCT n.iri) AS first } "
           "CALL (exact, starting, ending) { UNWIND exact + starting + ending[..$reach - 1] AS n "
           "RETURN count(DISTINCT n.iri) AS then } "
           "RETURN first >= $offset + $limit OR (size(starting) < $reach AND then >= $offset + $limit) AS filled }")
_HOLDING = (f"CALL (read) {{ CALL db.index.fulltext.queryNodes('{INDEX}', $lucene, {{limit: read}}) YIELD node "
            "RETURN collect(node) AS holding }")
_NONE_HOLDING = "WITH exact, starting, ending, read, [] AS holding"
BOOST = 10000  # of the terms side by side over the characters apart: any score with it beats any without
# Tiers as in graph.name_index; an abbreviation's span as graph.name_index.span: from each place of the
# key's first character, the greedy end of the others in order (past the end when one is missing). Each
# resource's best name is the least [tier, length, key size, key, kind, name, node] (list order, graph.name_index.order;
# kind as graph.name_index.kind_rank: the place of its first type in $facets); every property
# is read once per name, and the label and types only of the page's names (the facet of each counted one).
# One resource more than counted is ranked, to know whether more matched.
_RANKED = """
{exact}
{starting}
{ending}
{filled}
WITH exact, starting, ending, CASE WHEN filled THEN $reach ELSE $all END AS read
{holding}
WITH size(exact) >= $all OR size(starting) >= read OR size(ending) >= read OR size(holding) >= read AS cut,
     exact[..$all - 1] + starting[..read - 1] + ending[..read - 1] + holding[..read - 1] AS found
CALL (found) {{
  UNWIND found AS n
  WITH DISTINCT n
  WITH n, n.key AS key
  WITH n, key, CASE WHEN key = $key THEN CASE WHEN n.alias THEN 1 ELSE 0 END WHEN key STARTS WITH $key THEN 2
                    WHEN key ENDS WITH $key THEN 3 WHEN key CONTAINS $key THEN 4 ELSE 5 END AS tier
  WITH n, key, tier, CASE WHEN tier < 5 THEN size(key) ELSE reduce(least = null, stretch IN
           [ends IN [i IN range(0, size(key) - 1) WHERE substring(key, i, 1) = $first
                     | [i, reduce(at = i, char IN $rest | at + 1 + size(split(substring(key, at + 1), char)[0]))]]
            WHERE ends[1] < size(key) | ends[1] - ends[0] + 1]
           | CASE WHEN least IS NULL OR stretch < least THEN stretch ELSE least END) END AS length
  WHERE length IS NOT NULL
  WITH n, key, tier, length, head([at IN range(0, size($facets) - 1) WHERE $facets[at] IN n.types] + [size($facets)]) AS kind
  WITH n.iri AS iri, min([tier, length, size(key), key, kind, n.name, n]) AS best
  ORDER BY best[0], best[1], best[2], best[3], best[4], iri
  LIMIT $cap + 1
  WITH iri, best[0] AS tier, best[6] AS n
  WITH iri, tier, n, n.types AS types
  RETURN collect([iri, tier, n, types]) AS top, collect(head([f IN $facets WHERE f IN types] + [$other])) AS facets
}}
RETURN NOT cut AND size(top) <= $cap AS exact, facets[..$cap] AS facets,
       [hit IN top[..$cap][$offset..$offset + $limit]
        | [hit[0], CASE WHEN hit[2].alias THEN hit[2].label ELSE hit[2].name END, hit[3], hit[1]]] AS items
"""

Read = Callable[..., list[dict[str, Any]]]
Write = Callable[[Callable[[ManagedTransaction], Any]], Any]


class Neo4jNames(NameIndex):
    """The index in the store's database, read and written through the store's own transactions."""

    def __init__(self, read: Read, write: Write, setup: Callable[[list[str]], Any]) -> None:
        self._read, self._write = read, write
        self._changes = 0
        shown = {row["name"] for row in read("SHOW INDEXES YIELD name WHERE name IN $named RETURN name",
                                             named=[*EARLIER, TAIL])}
        earlier = sorted(shown - {TAIL})
        if earlier:  # names of an earlier form (no kinds): made anew when levelled
            self.clear()
        elif TAIL not in shown:  # names written before the index on their keys reversed: given them
            self._reverse_keys()
        setup([*(f"DROP INDEX {name} IF EXISTS" for name in earlier), *SETUP])

    def _reverse_keys(self) -> None:
        """Give each name lacking ``tail`` its key reversed (as :func:`name_row`), :data:`REVERSED` names a
        transaction: seconds at 1M triples, where making the names anew takes minutes."""
        rows = [{"id": row["id"], "tail": row["key"][::-1][:HEAD]}
                for row in self._read("MATCH (n:_OkgName) WHERE n.tail IS NULL RETURN n.id AS id, n.key AS key")]
        for start in range(0, len(rows), REVERSED):
            batch = rows[start:start + REVERSED]
            self._write(lambda tx: tx.run("UNWIND $rows AS row MATCH (n:_OkgName {id: row.id}) SET n.tail = row.tail",
                                          rows=batch).consume())

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
        lucene = lucene_query(query, types)
        statement = _RANKED.format(exact=_EXACT, starting=_STARTING, ending=_ENDING, filled=_FILLED,
                                   holding=_HOLDING if lucene else _NONE_HOLDING)
        rows = self._read(statement, key=query.key, head=query.key[:HEAD], tail=query.key[::-1][:HEAD], types=types, all=CANDIDATES + 1,
                          reach=window(offset, limit) + 1, cap=CANDIDATES, first=query.key[0],
                          rest=list(query.key[1:]), facets=list(FACETS), other=OTHER, offset=offset, limit=limit,
                          lucene=lucene)
        facets: dict[str, int] = {}
        for facet in rows[0]["facets"]:  # one per resource counted, best first: the counts in that order
            facets[facet] = facets.get(facet, 0) + 1
        return Ranked(len(rows[0]["facets"]), facets,
                      [Hit(iri, label, tuple(kinds), tier) for iri, label, kinds, tier in rows[0]["items"]],
                      rows[0]["exact"])


def lucene_query(query: Query, types: list[str] | None) -> str | None:
    """The Lucene source of a search (None for a key without terms): the names holding the terms side by
    side (the last one as a word's start when :attr:`Query.prefix_last`); with two or more Han characters,
    the names holding each of them, those holding the terms side by side :data:`BOOST` times higher; of
    one of ``types`` when given.

    >>> lucene_query(Query("湿地法", ("湿", "地", "法"), False, ("湿", "地", "法")), ["Law"])
    '+terms:(+湿 +地 +法) terms:("湿 地 法")^10000 +kinds:("Law")'
    """
    if not query.terms:
        return None
    terms = list(query.terms)
    last = f" +{terms.pop()}*" if query.prefix_last else ""
    side_by_side = f"terms:({((_quoted(' '.join(terms)) if terms else '') + last).strip()})"
    kinds = f" +kinds:({' OR '.join(_quoted(t) for t in types)})" if types else ""
    if not query.chars:
        return f"+{side_by_side}{kinds}"
    apart = " ".join(f"+{char}" for char in dict.fromkeys(query.chars))
    return f"+terms:({apart}) {side_by_side}^{BOOST}{kinds}"


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


def write_names_after(tx: ManagedTransaction, stated: list[dict[str, Any]]) -> tuple[str, str]:
    """In ``tx``, after the graphs of ``stated`` (as :func:`write_names`) were committed in a transaction before it:
    the names of each graph still stored with the hash stated (its bookkeeping node locked, so no writer of the graph
    comes between; a graph another writer wrote since has its names from that writer), then the store's version
    moved, as every write moves it. The versions ``(before, after)`` it moved the store between."""
    held = {row["g"]: row["hash"] for row in tx.run(_STORED_NOW, gs=[graph["g"] for graph in stated])}
    write_names(tx, [graph for graph in stated if held.get(graph["g"]) == graph["hash"]], [])
    bumped = tx.run(BUMP_VERSION + BUMPED).single(strict=True)
    return moved(bumped["epoch"], bumped["count"])


def name_row(name: Name) -> dict[str, Any]:
    """A name node's id (any length of name) and properties; ``label`` only on an alias, the one
    name a search shows another label for (:data:`_RANKED`): a label would be written once more."""
    props = {"iri": name.iri, "name": name.name, "alias": name.alias, "key": name.key, "head": name.key[:HEAD],
             "tail": name.key[::-1][:HEAD],
             "types": list(name.types), "kinds": " ".join(name.types), "terms": name.terms}
    if name.alias:
        props["label"] = name.label
    return {"id": hashlib.sha1(f"{name.iri}\n{int(name.alias)}\n{name.name}".encode()).hexdigest(), "props": props}


def _quoted(text: str) -> str:
    """A Lucene phrase."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
