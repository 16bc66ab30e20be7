"""The embedded store's name index: SQLite FTS5 in a file inside the store's directory.

Why SQLite: it comes with Python (no new dependency, nothing to run), one file
beside Oxigraph's, transactions of its own, and FTS5 answers a phrase of terms
from an inverted index. The terms are one per Han character (``unicode61`` over
the space-separated terms of :func:`ontology.textform.search_tokens`), not FTS5's
``trigram`` tokenizer: trigrams cannot answer a query of one or two characters
(人大, 法) from the index, nor find the characters of an abbreviation apart
(湿地法 in 湿地保护法); single-character terms answer both, and a phrase of them
is a substring. Exact and prefix matches use a B-tree over the search keys.

A name stated by several graphs (a law in every report that cites it) is one row,
with one ``stated`` row per graph, so replacing or deleting a graph removes a
name only when no other graph states it.

A name's row id starts with the length of its key (``length << 40 | serial``), and FTS5
hands matches over in row id order: a query for the shortest ``limit`` matches stops
after them instead of sorting every match (人大 matches most names of a large store).
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from graph.name_index import Name, NameIndex, Query

FILE = "okg-search.sqlite"
_SERIAL = 40  # bits of a row id below the key's length
_COLUMNS = "n.iri, n.name, n.alias, n.key, n.label, n.types"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS graphs(g TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names(id INTEGER PRIMARY KEY, iri TEXT NOT NULL, name TEXT NOT NULL,
    alias INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, types TEXT NOT NULL, terms TEXT NOT NULL,
    UNIQUE(iri, name, alias));
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE TABLE IF NOT EXISTS stated(g TEXT NOT NULL, name INTEGER NOT NULL, PRIMARY KEY(g, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stated_name ON stated(name);
CREATE VIRTUAL TABLE IF NOT EXISTS names_fts USING fts5(terms, content='names', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER IF NOT EXISTS names_added AFTER INSERT ON names BEGIN
    INSERT INTO names_fts(rowid, terms) VALUES (new.id, new.terms); END;
CREATE TRIGGER IF NOT EXISTS names_removed AFTER DELETE ON names BEGIN
    INSERT INTO names_fts(names_fts, rowid, terms) VALUES ('delete', old.id, old.terms); END;
"""


class SqliteNames(NameIndex):
    """The index in ``directory/okg-search.sqlite``; one connection, used under a lock."""

    def __init__(self, directory: Path) -> None:
        self._db = sqlite3.connect(directory / FILE, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
            (self._serial,) = self._db.execute(f"SELECT coalesce(max(id & {(1 << _SERIAL) - 1}), 0) FROM names").fetchone()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def hashes(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT g, hash FROM graphs").fetchall())

    def replace(self, graph: str, content_hash: str | None, names: list[Name]) -> None:
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                old = [row[0] for row in db.execute("SELECT name FROM stated WHERE g = ?", (graph,))]
                db.execute("DELETE FROM stated WHERE g = ?", (graph,))
                if content_hash is None:
                    db.execute("DELETE FROM graphs WHERE g = ?", (graph,))
                else:
                    db.execute("INSERT OR REPLACE INTO graphs VALUES (?, ?)", (graph, content_hash))
                for n in names:
                    self._serial += 1
                    (row_id,) = db.execute(
                        "INSERT INTO names(id, iri, name, alias, key, label, types, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(iri, name, alias) DO UPDATE SET label = excluded.label, types = excluded.types "
                        "RETURNING id", (len(n.key) << _SERIAL | self._serial, n.iri, n.name, int(n.alias), n.key,
                                         n.label, _types(n.types), n.terms)).fetchone()
                    db.execute("INSERT OR IGNORE INTO stated VALUES (?, ?)", (graph, row_id))
                db.executemany("DELETE FROM names WHERE id = ? AND NOT EXISTS (SELECT 1 FROM stated WHERE name = ?)",
                               [(row_id, row_id) for row_id in old])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def clear(self) -> None:
        with self._lock:
            self._db.executescript("BEGIN; DELETE FROM stated; DELETE FROM names; DELETE FROM graphs; COMMIT;")

    def starting(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        return self._names("names n WHERE n.key >= ? AND n.key < ?", [query.key, query.key + "\U0010ffff"],
                           types, limit, "n.id")

    def containing(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        terms = list(query.terms)
        last = f" AND {_quoted(terms.pop())}*" if query.prefix_last else ""
        match = (_quoted(" ".join(terms)) if terms else "") + last
        return self._names("names_fts f JOIN names n ON n.id = f.rowid WHERE names_fts MATCH ?",
                           [match.removeprefix(" AND ")], types, limit)

    def abbreviating(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        match = " AND ".join(_quoted(char) for char in dict.fromkeys(query.chars))
        glob = "*" + "*".join(_glob(char) for char in query.key) + "*"
        return self._names("names_fts f JOIN names n ON n.id = f.rowid WHERE names_fts MATCH ? AND n.key GLOB ?",
                           [match, glob], types, limit)

    def _names(self, source: str, params: list[object], types: list[str] | None, limit: int,
               order: str = "f.rowid") -> list[Name]:
        """Up to ``limit`` names, shortest key first (row id order, see the module)."""
        typed = f" AND ({' OR '.join('instr(n.types, ?)' for _ in types)})" if types else ""
        sql = f"SELECT {_COLUMNS} FROM {source}{typed} ORDER BY {order} LIMIT ?"
        with self._lock:
            rows = self._db.execute(sql, [*params, *(f" {t} " for t in types or ()), limit]).fetchall()
        return [Name(iri, name, bool(alias), key, label, tuple(kinds.split())) for iri, name, alias, key, label, kinds in rows]


def _types(types: tuple[str, ...]) -> str:
    """`` Law NationalLaw ``: each name between spaces, so ``instr`` finds a whole one."""
    return f" {' '.join(types)} "


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _glob(char: str) -> str:
    return f"[{char}]" if char in "*?[]" else char
