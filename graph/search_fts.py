"""The embedded store's name index: SQLite FTS5 in a file inside the store's directory.

Why SQLite: it comes with Python (no new dependency, nothing to run), one file
beside Oxigraph's, transactions of its own, and FTS5 answers a phrase of terms
from an inverted index. The terms are one per Han character (``unicode61`` over
the space-separated terms of :func:`ontology.textform.search_tokens`), not FTS5's
``trigram`` tokenizer: trigrams cannot answer a query of one or two characters
(人大, 法) from the index, nor find the characters of an abbreviation apart
(湿地法 in 湿地保护法); single-character terms answer both, and a phrase of them
is a substring. Exact and prefix matches use a B-tree over the search keys, suffix matches one
over the keys reversed (``tail``), so that a name ending with the key is a range of it too.

A name stated by several graphs (a law in every report that cites it) is one row,
with one ``stated`` row per graph, so replacing or deleting a graph removes a
name only when no other graph states it.

A name's row id starts with the length of its key (``length << 40 | serial``), and FTS5
hands matches over in row id order: a source's shortest :func:`graph.name_index.window`
matches are read without sorting every match (人大 matches most names of a large store).
Each source is one statement giving row ids (one more than it may give, to know whether it
held more; :mod:`graph.name_index` says how many); SQLite rates each candidate's tier in the
statement that reads them, and :func:`_rank` keeps each resource's best name and orders them; the
names holding the key's characters apart are asked only when the names holding its terms side by
side leave room (abbreviations rank last), as Neo4j's one Lucene query ranks them below.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from graph.name_index import (ABBREVIATION, CANDIDATES, FACETS, OTHER, RANKED_BY, Hit, Name, NameIndex, Query, Ranked,
                              order, span, window)

FILE = "okg-search.sqlite"
# Pages are read through the system's page cache into a cache of SQLite's own, 16 MiB at most (its default is 2 MB): a
# search reads up to thousands of rows spread over the file (a 1M-triple store's index is ~100 MB). Round 50 (perf50):
# a memory map of the file counted every page a first search touched in the server's resident memory (+61 MiB at 1M
# triples, of issue 14 §6's 600 MB), and a 64 MiB cache could take as much; without them a search costs some 5% more
# CPU (175 → 185 ms at 1M triples, pages read with a system call each).
_READING = ("PRAGMA mmap_size=0", "PRAGMA cache_size=-16384")
_SERIAL = 40  # bits of a row id below the key's length
# Each candidate's tier as in graph.name_index (EXACT, ALIAS = the alias flag, PREFIX, SUFFIX, INSIDE, else
# perhaps an ABBREVIATION).
_RATED = """
WITH cand(id) AS (SELECT value FROM json_each(:ids))
SELECT n.iri, n.name, n.alias, n.key, n.label, n.types,
    CASE WHEN n.key = :key THEN n.alias WHEN substr(n.key, 1, :size) = :key THEN 2
         WHEN substr(n.key, -:size) = :key THEN 3 WHEN instr(n.key, :key) THEN 4 ELSE 5 END
FROM cand JOIN names n ON n.id = cand.id
"""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS graphs(g TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names(id INTEGER PRIMARY KEY, iri TEXT NOT NULL, name TEXT NOT NULL,
    alias INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, types TEXT NOT NULL, terms TEXT NOT NULL,
    tail TEXT NOT NULL, UNIQUE(iri, name, alias));
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE TABLE IF NOT EXISTS stated(g TEXT NOT NULL, name INTEGER NOT NULL, PRIMARY KEY(g, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stated_name ON stated(name);
CREATE VIRTUAL TABLE IF NOT EXISTS names_fts USING fts5(terms, content='names', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0');
DROP TRIGGER IF EXISTS names_added;
CREATE TRIGGER IF NOT EXISTS names_removed AFTER DELETE ON names BEGIN
    INSERT INTO names_fts(names_fts, rowid, terms) VALUES ('delete', old.id, old.terms); END;
"""


class SqliteNames(NameIndex):
    """The index in ``directory/okg-search.sqlite``; one connection, used under a lock."""

    def __init__(self, directory: Path) -> None:
        self._db = sqlite3.connect(directory / FILE, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._changes = 0  # transactions this connection committed (``PRAGMA data_version`` counts the others')
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            for pragma in _READING:
                self._db.execute(pragma)
            self._db.executescript(f"BEGIN;{_SCHEMA}{_tailed(self._db)}{_TAIL}COMMIT;")  # one commit, not one per statement
            (self._serial,) = self._db.execute(f"SELECT coalesce(max(id & {(1 << _SERIAL) - 1}), 0) FROM names").fetchone()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def hashes(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT g, hash FROM graphs").fetchall())

    def replace_all(self, graphs: list[tuple[str, str | None, list[Name]]]) -> None:
        """The names of all ``graphs`` go in together, by rising row id, and only the new ones reach FTS5,
        in a statement of their own: FTS5 writes out its pending terms whenever a row id falls below the
        last one, and an insert trigger cost ~16 µs a name (0.60 → 0.28 CPU-s for 12k names, 100k triples)."""
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                rows: list[tuple[object, ...]] = []
                owners: dict[int, str] = {}  # row id → the graph stating the name
                spelt = {}  # types → their column text, once per combination
                for graph, content_hash, names in graphs:
                    first, self._serial = self._serial + 1, self._serial + len(names)
                    for serial, n in enumerate(names, first):
                        if (types := spelt.get(n.types)) is None:
                            types = spelt[n.types] = _types(n.types)
                        rows.append((len(n.key) << _SERIAL | serial, n.iri, n.name, int(n.alias), n.key, n.label,
                                     types, n.terms, n.key[::-1]))
                        owners[rows[-1][0]] = graph  # type: ignore[index]
                # The graphs' earlier names and records in one statement each, not three per graph.
                replaced = json.dumps([graph for graph, _, _ in graphs])
                old = [row_id for (row_id,) in db.execute(
                    "SELECT name FROM stated WHERE g IN (SELECT value FROM json_each(?))", (replaced,))]
                db.execute("DELETE FROM stated WHERE g IN (SELECT value FROM json_each(?))", (replaced,))
                db.execute("DELETE FROM graphs WHERE g IN (SELECT value FROM json_each(?))", (replaced,))
                hashes = {graph: content_hash for graph, content_hash, _ in graphs}  # a graph met twice: the later
                db.executemany("INSERT INTO graphs VALUES (?, ?)",
                               [(graph, content_hash) for graph, content_hash in hashes.items() if content_hash is not None])
                rows.sort(key=lambda row: row[0])  # a name stated twice keeps the later label and types
                db.executemany(
                    "INSERT INTO names(id, iri, name, alias, key, label, types, terms, tail) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(iri, name, alias) DO UPDATE SET label = excluded.label, types = excluded.types", rows)
                ids = json.dumps([r[0] for r in rows])
                added = {row_id for (row_id,) in db.execute(  # a name already held kept its own id
                    "SELECT id FROM names WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
                # FTS5 reads the new rows' terms from the table itself, by rising row id, in one statement.
                db.execute("INSERT INTO names_fts(rowid, terms) SELECT id, terms FROM names "
                           "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", (ids,))
                # A new name's row is known by its id; one held already is looked up by what it is.
                db.executemany("INSERT OR IGNORE INTO stated VALUES (?, ?)",
                               [(owners[row[0]], row[0]) for row in rows if row[0] in added])  # type: ignore[index]
                db.executemany("INSERT OR IGNORE INTO stated SELECT ?, id FROM names WHERE iri = ? AND name = ? "
                               "AND alias = ?", [(owners[row[0]], *row[1:4]) for row in rows  # type: ignore[index]
                                                 if row[0] not in added])
                db.executemany("DELETE FROM names WHERE id = ? AND NOT EXISTS (SELECT 1 FROM stated WHERE name = ?)",
                               [(row_id, row_id) for row_id in sorted(set(old))])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            self._changes += 1

    def generation(self) -> tuple[int, int]:
        """``(commits by this connection, PRAGMA data_version)``: the latter changes when another
        connection (an earlier opening, another process) commits."""
        with self._lock:
            return self._changes, self._db.execute("PRAGMA data_version").fetchone()[0]

    def compact(self) -> None:
        """FTS5 ``optimize``: one b-tree of terms instead of the segments each transaction added (a phrase
        of common characters reads every segment's list of each)."""
        with self._lock:
            self._db.execute("INSERT INTO names_fts(names_fts) VALUES ('optimize')")

    def clear(self) -> None:
        with self._lock:
            self._db.executescript("BEGIN; DELETE FROM stated; DELETE FROM names; DELETE FROM graphs; COMMIT;")
            self._changes += 1

    def ranked(self, query: Query, types: list[str] | None, offset: int, limit: int) -> Ranked:
        typed = f" AND ({' OR '.join(f'instr(n.types, :type{i})' for i in range(len(types)))})" if types else ""
        reach = window(offset, limit)
        tail = query.key[::-1]
        params: dict[str, object] = {"key": query.key, "end": query.key + "\U0010ffff", "all": CANDIDATES + 1,
                                     "tail": tail, "tail_end": tail + "\U0010ffff", "size": len(query.key),
                                     **{f"type{i}": f" {t} " for i, t in enumerate(types or ())}}
        exact = self._ids(f"SELECT n.id FROM names n INDEXED BY names_key WHERE n.key = :key{typed} LIMIT :all", params)
        starting = self._ids(f"SELECT n.id FROM names n INDEXED BY names_key WHERE n.key > :key AND n.key < :end{typed} "
                             "ORDER BY length(n.key), n.key, n.iri LIMIT :all", params)
        ending = self._ids(f"SELECT n.id FROM names n INDEXED BY names_tail WHERE n.tail > :tail AND n.tail < :tail_end "
                           f"AND substr(n.key, 1, :size) <> :key{typed} ORDER BY length(n.key), n.key, n.iri LIMIT :all",
                           params)
        need = offset + limit
        rated = self._rated(exact[:CANDIDATES] + starting[:reach], query.key)
        # The names ending with the key rank after all those starting with it: they may fill the page when none of
        # those was left unread. The names holding the key, and those ending with it past the window, are read only
        # as far as the window when these fill the page: they rank after it.
        ended = 0  # names ending with the key rated so far
        if len({row[0] for row in rated}) < need and len(starting) <= reach:
            rated += self._rated(ending[:reach], query.key)
            ended = reach
        read = reach if len({row[0] for row in rated}) >= need else CANDIDATES
        params["read"] = read + 1
        holding: list[int] = []
        if query.terms:
            terms = list(query.terms)
            last = f" AND {_quoted(terms.pop())}*" if query.prefix_last else ""
            params["phrase"] = ((_quoted(" ".join(terms)) if terms else "") + last).removeprefix(" AND ")
            holding = self._ids(f"{_FTS} MATCH :phrase{typed} ORDER BY f.rowid LIMIT :read", params)
        # Abbreviations rank last: asked only when the names holding the terms side by side leave room.
        if query.chars and len(holding) <= read:
            params["chars"] = " AND ".join(_quoted(char) for char in dict.fromkeys(query.chars))
            params["glob"] = "*" + "*".join(_glob(char) for char in query.key) + "*"
            apart = self._ids(f"{_FTS} MATCH :chars AND n.key GLOB :glob{typed} ORDER BY f.rowid LIMIT :read", params)
            side_by_side = set(holding)
            holding += [i for i in apart if i not in side_by_side][:read + 1 - len(holding)]
        cut = len(exact) > CANDIDATES or len(starting) > read or len(ending) > read or len(holding) > read
        rated += self._rated(starting[reach:read] + ending[ended:read] + holding[:read], query.key)
        return _rank(rated, query.key, offset, limit, not cut)

    def _ids(self, sql: str, params: dict[str, object]) -> list[int]:
        """The row ids of the names a source gives, in its order."""
        with self._lock:
            return [row_id for (row_id,) in self._db.execute(sql, params)]

    def _rated(self, ids: list[int], key: str) -> list[tuple[Any, ...]]:
        """``(iri, name, alias, key, label, types, tier)`` of the names ``ids`` (:data:`_RATED`)."""
        with self._lock:
            return self._db.execute(_RATED, {"ids": json.dumps(list(dict.fromkeys(ids))), "key": key,
                                             "size": len(key)}).fetchall()


_FTS = "SELECT n.id FROM names_fts f JOIN names n ON n.id = f.rowid WHERE names_fts"
_TAIL = "CREATE INDEX IF NOT EXISTS names_tail ON names(tail);"


def _tailed(db: sqlite3.Connection) -> str:
    """The statements that give a names table of an earlier form (no ``tail``) its keys reversed, in the
    transaction that makes the schema ("" when the table has them)."""
    columns = [column for _, column, *_ in db.execute("PRAGMA table_info(names)")]
    if not columns or "tail" in columns:  # a new file's table is made with it
        return ""
    db.create_function("okg_reversed", 1, lambda text: text[::-1], deterministic=True)
    return "ALTER TABLE names ADD COLUMN tail TEXT NOT NULL DEFAULT ''; UPDATE names SET tail = okg_reversed(key);"


def _rank(rated: list[tuple[Any, ...]], key: str, offset: int, limit: int, read_all: bool) -> Ranked:
    """The ranking (:mod:`graph.name_index`) of the names :meth:`SqliteNames._rated` found for ``key``;
    ``read_all``: no source held more names than it gave."""
    best: dict[str, tuple[tuple[int, int, int, str, int, str], str, tuple[str, ...]]] = {}
    for iri, name, alias, name_key, label, kinds, tier in rated:
        length = len(name_key) if tier < ABBREVIATION else span(key, name_key)
        if length is None:
            continue
        types = tuple(kinds.split())
        placed = order(tier, length, name_key, types, name)
        if iri not in best or placed < best[iri][0]:
            best[iri] = (placed, label if alias else name, types)
    ranked = sorted(best.items(), key=lambda item: (item[1][0][:RANKED_BY], item[0]))
    facets: dict[str, int] = {}
    for _, ((*_, kind, _), _, _) in ranked[:CANDIDATES]:  # the kind's place in FACETS is the resource's facet
        found = FACETS[kind] if kind < len(FACETS) else OTHER
        facets[found] = facets.get(found, 0) + 1
    return Ranked(min(len(ranked), CANDIDATES), facets,
                  [Hit(iri, shown, types, order[0])
                   for iri, (order, shown, types) in ranked[:CANDIDATES][offset:offset + limit]],
                  read_all and len(ranked) <= CANDIDATES)


def _types(types: tuple[str, ...]) -> str:
    """`` Law NationalLaw ``: each name between spaces, so ``instr`` finds a whole one."""
    return f" {' '.join(types)} "


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _glob(char: str) -> str:
    return f"[{char}]" if char in "*?[]" else char
