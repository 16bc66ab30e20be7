"""The default store: an on-disk RDF quad store (Oxigraph) with SPARQL 1.1.

Each report is one named graph whose IRI is the report's; replacing a report
is a single SPARQL update of the triples that changed (round 45: the stored graph
read from Oxigraph's index against the new one's quads), which Oxigraph applies
as one transaction. Oxigraph's
own default graph holds, beside the bookkeeping, each triple of the named graphs
once, kept in the same transaction as the graph written or dropped: reads query
it as the default graph, an RDF graph (a set), where Oxigraph's union default
graph is a bag, a triple matching once per graph stating it (round 40, newuser24
§12). A store written before is given it when first opened to write (mark
``default-graph``); opened to read before then, it is read as the union.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import re
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral

from graph import embedded_bookkeeping as bookkeeping
from graph import gc_pause, holder, marks, oxterms, search_index, sparql, sparql_worker
from graph.backends import Description, Edge, LawRow, SparqlDataset, StoreBusy, StoreError, UpsertOutcome, check_terms, unexpected
from graph.name_index import Name, NameIndex
from graph.formats import ExportFormat, ExportPart, part_of
from graph.n10s import safe_label
from graph.query_limits import QueryLimits
from graph.store import Store
from graph.terms import OKG_NS, exact_literals, local_name, plain

#: The store's version left for the next opening by a clean close, and for readers beside a serving opening by it once
#: its writes are flushed (round 50, newuser35 B6: a reader beside a server took a version of its own, so the law views
#: the server kept were always stale to it); none while a serving opening writes, so one dying then leaves none.
_CLOSED_AT = "closed-at-version"
#: Views kept beside the store (:meth:`EmbeddedStore.keep_view`): ``okg-kept-law-views`` in its directory.
_KEPT_PREFIX = "okg-kept-"
#: The mark saying the default graph holds each triple of the named graphs once (:mod:`graph.sparql`'s share).
DEFAULT_GRAPH_MARK, DEFAULT_GRAPH_SET = "default-graph", "set"
_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_DEFAULT = ox.DefaultGraph()
# New reports' triples one ingest takes at most. Each ingest adds files RocksDB compacts later (1M triples
# in 10 ingests of 100k cost 0.55x bulk_load's CPU, in 4 of 250k 0.7x), and a group's quads wait in
# Oxigraph's loader until it ends (peak RSS +170 MiB at 250k, what the N-Quads text path took at 100k).
# Well within one batch of the loader (1M quads), so that a group is one atomic ingest.
GROUP_TRIPLES = 250_000
#: Relationships (quads, a relationship counted once per graph stating it) of a node read straight from
#: Oxigraph's indexes to find its first neighbours, before the sorting query is asked instead.
DIRECT_RELATIONS = 1_000
_NATIVE_EXPORTS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
                   "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
#: A blank node label in N-Triples as okg and Oxigraph write them (letters, digits; ``_`` and ``-`` too).
_BLANK_LABEL = re.compile(r"_:([A-Za-z0-9_-]+)")


#: How a process opens the store: to write, to serve (the directory held as a writer holds it, so that no other
#: process writes it, but marked as read from the first moment: ``okg serve``), or to read beside a server.
Access = Literal["write", "serve", "read"]


def _in_use(path: Path) -> StoreError:
    """The refusal when another process holds the store at ``path`` (:mod:`graph.holder` names it): StoreBusy when a
    writer holds it (waiting helps: ``okg ingest --wait``), else StoreError."""
    found = holder.holder(path)
    waits = "; okg ingest --wait SECONDS waits for it"
    if found is None:
        return StoreBusy(f"the store at {path} is in use by another process (okg serve, ingest or demo): wait for it "
                         f"to finish or stop it, or pick another --store{waits}")
    if found.role in ("reads", "prepares"):
        return StoreError(
            f"the store at {path} is served by {found.says()}, which holds it while it runs: okg ingest hands its "
            f"reports to it; to write otherwise, stop it (Ctrl-C where it runs, or `kill {found.pid}`), run this again, "
            "then start it again; okg ask, stats and export read the store while it is served")
    return StoreBusy(f"the store at {path} is being written by {found.says()}: wait for it to finish, then run this "
                     f"again{waits}")


#: How often, and after how long (seconds, growing), a read-only opening is tried again when a file the store's
#: manifest names is gone: RocksDB compacts in the process that holds the store, though it writes no graph (``okg
#: serve``): at its opening, the level-0 table files the last write left (two of a column family are enough in
#: Oxigraph's options; a writer closes before their compaction runs), and after a compaction, at its first read, the
#: files whose sequence numbers it zeroes. Each deletes the files it merged, and a read-only opening that read the
#: manifest before then finds one missing ("Corruption: IO error: No such file or directory … .sst"); the next
#: manifest names the merged file. (A reader open before such a compaction fails later on a deleted file it had not
#: opened yet, ``FileNotFoundError … .sst``: measured in round 41, not handled.) Round 41 measured the
#: alternatives: pyoxigraph 0.5.13 has no secondary instance (its Store opens to write or ``read_only``), and compacting in
#: full (``optimize``) before the server says it reads does not end it (a burst follows the first read: 8 of 256 raw
#: openings failed) and costs 5.7 s at 0.9M triples after a 2-report ingest (RocksDB's own: ~0.4 s, in the
#: background). ``tests/api/test_store_beside_serve.py``: 3 readers beside a real server, 4 to 10 of ~400-800
#: openings failed with one try, none with these.
_READ_ONLY_TRIES, _READ_ONLY_WAIT = 5, 0.1
#: How long (seconds) a reader waits for ``okg serve`` to prepare the store (holder role ``prepares``: an older
#: store's default graph filled) before it is refused.
PREPARE_WAIT, _PREPARE_POLL = 60.0, 0.02


def _open_read_only(path: Path) -> ox.Store:
    """Oxigraph's read-only opening of ``path``, tried again (:data:`_READ_ONLY_TRIES` in all) while the holder's
    compaction removes table files (``.sst``) under it; any other error, or the last try's, as Oxigraph raises it."""
    for attempt in range(1, _READ_ONLY_TRIES):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if "No such file or directory" not in str(exc) or ".sst" not in str(exc):
                raise
            time.sleep(_READ_ONLY_WAIT * attempt)
    return ox.Store.read_only(str(path))


def _after_preparing(path: Path) -> holder.Holder | None:
    """The process holding ``path`` once it no longer prepares the store to serve it (polled every
    :data:`_PREPARE_POLL` s); StoreError when it still does after :data:`PREPARE_WAIT` seconds."""
    deadline = time.monotonic() + PREPARE_WAIT
    while (found := holder.holder(path)) is not None and found.role == "prepares":
        if time.monotonic() > deadline:
            raise StoreError(f"the store at {path} is still being prepared by {found.says()} after {PREPARE_WAIT:.0f} s "
                             "(it writes before it serves: SPARQL's default graph of an older store): "
                             "ask again once it serves")
        time.sleep(_PREPARE_POLL)
    return found


class EmbeddedStore(Store):
    """Oxigraph on disk; the path is a directory it owns."""

    name = "embedded"
    query_languages = frozenset({"sparql"})

    def __init__(self, path: str | Path, query_timeout: float | None = None, access: Access = "write") -> None:
        """Open the store at ``path``: to write (``access`` ``write``; :meth:`serving` says when this opening only
        reads from then on, so readers open it beside: :mod:`graph.holder`), to serve (``serve``: held as to write, marked
        ``prepares`` while it writes what it must (an older store's default graph) and flushes it, then a reader, before
        the server imports its app, so ``okg ask`` reads beside a server that is still starting; a new user's round 40,
        finding 4: it was refused for ~2 s, "being written by okg serve", while the server imported its app) or to read
        beside whatever holds it (``read``: Oxigraph's read-only opening, after waiting for a server that prepares the
        store, refused while a writer holds the directory; where no store is, reading makes none)."""
        super().__init__()
        self.path = Path(path)
        if query_timeout is None:
            from graph.settings import GraphSettings

            query_timeout = GraphSettings.from_env().query_timeout
        self.query_timeout = query_timeout
        self.read_only = access == "read"
        if self.read_only and not is_store(self.path):  # Oxigraph's own words: "IO error: … CURRENT: No such file"
            raise StoreError(f"no store at {self.path} to read: okg demo or okg ingest REPORTS makes one there "
                             "(OKG_STORE, or --store, names another)")
        if self.read_only and (writer := _after_preparing(self.path)) is not None and writer.role == "writes":
            raise StoreError(f"the store at {self.path} is being written by {writer.says()}: wait for it to "
                             "finish, then ask again (a store is read beside okg serve, not beside a write)")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._db = _open_read_only(self.path) if self.read_only else ox.Store(str(self.path))
        except OSError as exc:
            if "/LOCK" in str(exc):  # RocksDB's lock file: another process holds the directory
                raise _in_use(self.path) from exc
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc
        if not self.read_only:
            holder.hold(self.path, "prepares" if access == "serve" else "writes")
        self._serves = False
        self._set_default = marks.read(self.path).get(DEFAULT_GRAPH_MARK) == DEFAULT_GRAPH_SET
        if not self._set_default and not self.read_only:
            self._share_all()

        # Oxigraph lets two concurrent updates of one graph both apply (the union
        # survives), so this process writes one report at a time; RocksDB's own
        # lock keeps other processes out of the directory.
        self._write_lock = threading.Lock()
        # No other process writes while this one holds the directory, so a count of this object's
        # writes is the store's version; the token keeps two openings of one directory apart. A
        # clean close leaves the version behind and the next opening takes it up (and drops it, so
        # an opening that ends without closing leaves none): the version survives reopening.
        left = marks.read(self.path).get(_CLOSED_AT, "").rpartition(":")
        self._opened, self._writes = (left[0], int(left[2])) if left[2].isdigit() else (uuid.uuid4().hex, 0)
        if left[2] and not self.read_only:
            marks.write(self.path, _CLOSED_AT, None)
        if access == "serve":
            self.serving()

    def _share_all(self) -> None:
        """Every named graph's triples into the default graph, once (a store written before it held them: one update,
        one transaction), then the mark saying so."""
        try:
            self._db.update(sparql.SHARE_ALL)
        except OSError as exc:
            raise StoreError(f"cannot prepare the store at {self.path} for SPARQL's default graph: {exc}") from exc
        marks.write(self.path, DEFAULT_GRAPH_MARK, DEFAULT_GRAPH_SET)
        self._set_default = True

    def close(self) -> None:
        search_index.close(self)
        if hasattr(self, "_db"):
            if not self.read_only:
                self._db.flush()
            del self._db
            if not self.read_only:
                marks.write(self.path, _CLOSED_AT, self.version())
                holder.release(self.path)

    def serving(self) -> None:
        """From now on this opening only reads (``okg serve``, ``okg demo`` once its samples are in): other processes
        may open the store read-only beside it (:mod:`graph.holder`), once what this opening wrote is flushed.
        StoreError when RocksDB fails to."""
        if self.read_only or self._serves:
            return
        try:
            self._db.flush()
        except OSError as exc:
            raise StoreError(f"cannot flush the store at {self.path} before serving it: {exc}") from exc
        marks.write(self.path, _CLOSED_AT, self.version())
        holder.hold(self.path, "reads")
        self._serves = True

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """While open, this serving opening writes: held as ``writes`` (a reader beside it waits or is refused, as beside
        any writer: Oxigraph leaves a read-only opening beside a write undefined), then, what it wrote flushed, as
        ``reads`` again (:meth:`serving`), its version left for the readers (:data:`_CLOSED_AT`). An opening that writes
        anyway (not serving) is left as it is."""
        if not self._serves:
            yield
            return
        holder.hold(self.path, "writes")
        marks.write(self.path, _CLOSED_AT, None)
        try:
            yield
        finally:
            try:
                self._db.flush()
                marks.write(self.path, _CLOSED_AT, self.version())
            finally:
                holder.hold(self.path, "reads")

    def mark(self, key: str) -> str | None:
        return marks.read(self.path).get(key)

    def set_mark(self, key: str, value: str | None) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open to read only; {key} is kept by a command that writes")
        with self._write_lock:
            marks.write(self.path, key, value)

    def kept_view(self, name: str) -> bytes | None:
        try:
            return (self.path / f"{_KEPT_PREFIX}{name}").read_bytes()
        except OSError:
            return None

    def keep_view(self, name: str, data: bytes) -> None:
        """Written beside the store under a temporary name, then renamed over the last one (atomic on POSIX)."""
        if self.read_only:
            return
        temporary = self.path / f"{_KEPT_PREFIX}{name}.tmp"
        temporary.write_bytes(data)
        os.replace(temporary, self.path / f"{_KEPT_PREFIX}{name}")

    def _query(self, query: str) -> Any:
        return self._db.query(query, use_default_graph_as_union=not self._set_default)

    def _select(self, query: str) -> list[dict[str, Any]]:
        solutions = self._query(query)
        names = [v.value for v in solutions.variables]
        return [{name: _python(row[name]) for name in names} for row in solutions]

    def _terms(self, query: str) -> Iterator[tuple[Any, ...]]:
        for row in self._query(query):
            yield tuple(row)

    # --- writes ---

    def report_hash(self, report: URIRef) -> str | None:
        try:
            name = ox.NamedNode(str(report))
        except ValueError:  # not an IRI Oxigraph takes: nothing stored under it (check_terms says why)
            return None
        return bookkeeping.stored_hash(self._db, name)

    def upsert_report(self, report: URIRef, graph: Graph, content_hash: str) -> UpsertOutcome:
        """A report not yet stored goes in as a group of one (:meth:`_ingest`) by one ``extend``, its terms checked as
        its quads are made and a term Oxigraph refuses named by :func:`check_terms` (which reading every triple again
        cost 0.23 CPU-s at 100k, 7% of the write); a report stored already, or by another thread meanwhile, is
        replaced by the difference (:meth:`_replace_report`), ``unchanged`` when stored with ``content_hash``."""
        try:
            stored = self.report_hash(report)
            new = stored is None and not self._db.contains_named_graph(ox.NamedNode(str(report)))
            if new and self._ingest([(report, graph, content_hash)], alone=True):
                return "inserted"
        except Exception as exc:  # noqa: BLE001 - a bad term, a lone surrogate: check_terms names it
            check_terms(report, graph)
            raise StoreError(f"cannot write {report}, nothing was written: {' '.join(str(exc).split())}") from exc
        if new:  # another thread stored it first
            stored = self.report_hash(report)
        if stored == content_hash:
            return "unchanged"
        self._replace_report(report, graph, content_hash)
        return "inserted" if stored is None else "replaced"

    def _replace_report(self, report: URIRef, graph: Graph, content_hash: str) -> None:
        """Under the write lock, a graph already there is replaced by the difference (:func:`_difference`: the old
        graph read from Oxigraph's index, the new one's quads made once; one update of the triples that differ, the
        default graph's copies and the bookkeeping, one transaction), or, where the difference holds a blank node
        (which SPARQL's ``DELETE DATA`` cannot name) or the new graph is empty, dropped and written anew in one update
        (:func:`_replacement`); a new graph (one another thread deleted meanwhile) goes to Oxigraph as quads in one
        ``extend``. StoreError naming a term no store holds (:func:`check_terms`), else Oxigraph's error; nothing is
        written then."""
        typed: list[RdfLiteral] = []
        stated: dict[URIRef, list[tuple[Any, Any]]] = {p: [] for p in search_index.PREDICATES}
        try:
            with gc_pause.paused():  # the new quads and the stored ones read back: as for a new report (_ingest)
                name = ox.NamedNode(str(report))
                quads = list(oxterms.Terms(safe_label).quads(graph, name, typed, stated))
                spelt = bookkeeping.typed(typed)
                with self._write_lock:
                    if self._db.contains_named_graph(name) or bookkeeping.stored_hash(self._db, name) is not None:
                        update = _difference(self._db, name, quads, bookkeeping.quads(name, graph, spelt, content_hash))
                        self._db.update(update or _replacement(report, graph, content_hash))
                    else:
                        self._db.extend([c for q in quads for c in (q, ox.Quad(q.subject, q.predicate, q.object))]
                                        + bookkeeping.quads(name, graph, spelt, content_hash))
                    self._count_write()
        except Exception as exc:  # rdflib raises bare Exceptions for bad IRIs; Oxigraph SyntaxError, ValueError
            check_terms(report, graph)
            raise StoreError(f"cannot write {report}, nothing was written: {' '.join(str(exc).split())}") from exc
        search_index.replaced(self, [(str(report), content_hash, search_index.named(stated))])

    def upsert_reports(self, items: Iterable[tuple[URIRef, Graph, str]],
                       expected: Mapping[str, str | None] | None = None) -> list[UpsertOutcome]:
        """Reports not yet stored go to Oxigraph's loader together, up to GROUP_TRIPLES triples a
        group, as quads made one at a time (:class:`graph.oxterms.Terms`); the loader lands a group in
        one atomic ingest, so each report is whole or absent. Reports already stored (replaced or unchanged)
        and a report met again in ``items`` are written one by one, in order. A group that fails
        is written again report by report: StoreError names the first report that cannot be
        written, those before it are stored. A report stored otherwise than ``expected`` is not written
        (``changed``, :func:`graph.backends.unexpected`): one process writes the store (:mod:`graph.holder`), so
        only another thread of it can have written it meanwhile."""
        outcomes: list[UpsertOutcome] = []
        group: list[tuple[URIRef, Graph, str]] = []
        held: set[URIRef] = set()  # the group's reports
        size = 0
        for report, graph, content_hash in items:
            if size + len(graph) > GROUP_TRIPLES or report in held:
                outcomes += self._load_group(group)
                group, held, size = [], set(), 0
            stored = self.report_hash(report)
            if unexpected(expected, str(report), stored, content_hash):
                outcomes += [*self._load_group(group), "changed"]
                group, held, size = [], set(), 0
            elif stored is None and not self._db.contains_named_graph(ox.NamedNode(str(report))):
                group.append((report, graph, content_hash))
                held.add(report)
                size += len(graph)
            else:
                outcomes += self._load_group(group)
                group, held, size = [], set(), 0
                outcomes.append(self.upsert_report(report, graph, content_hash))
        return outcomes + self._load_group(group)

    def _load_group(self, group: list[tuple[URIRef, Graph, str]]) -> list[UpsertOutcome]:
        """New reports in one ingest, or each on its own when that fails (see :meth:`upsert_reports`)."""
        if not group:
            return []
        try:
            if self._ingest(group):
                return ["inserted"] * len(group)
        except Exception:  # noqa: BLE001 - a bad term, a lone surrogate: each on its own says
            pass
        return [self.upsert_report(report, graph, content_hash) for report, graph, content_hash in group]

    def _ingest(self, group: list[tuple[URIRef, Graph, str]], alone: bool = False) -> bool:
        """New reports, their copies in the default graph and their bookkeeping (:func:`_quads`: one pass over each
        graph, which also gives its names), then their names in the index; False, with nothing written, when another
        thread stored one of them first. A term Oxigraph refuses raises as its quad is made, before Oxigraph is handed
        anything of the group.

        A group goes to Oxigraph's loader: one ingest of one batch of it (a group holds fewer quads than a batch,
        :data:`GROUP_TRIPLES`), which lands all its files at once, so each report is whole or absent, a killed process
        included. A report ``alone`` goes in one ``extend``, one transaction. Round 44 measured the loader for one
        report too (76 reports, 100k triples): the same CPU (3.4 against 3.3-4.1 s: the transaction's cost per quad,
        3.4 times the loader's, against the loader's ten table files a call) and 1.6-2.6 times the wall time, each
        ingest syncing its files to disk."""
        search_index.index(self)  # opened (and levelled) before the write: it need not read the group back
        named: list[tuple[str, str, list[Name]]] = []
        # The collector is held off while the quads are made too, a report alone's included: made before the pause
        # (round 44 to 50), a report's ~2,800 quads and its names set off collections of every graph the process
        # holds (round 51: 0.55 → 0.82 CPU-s of quads made for 76 reports, 100k triples, one at a time).
        with gc_pause.paused():  # the group's names and pairs would set off full collections of every graph held
            made = list(_quads(group, named)) if alone else []
            with self._write_lock:
                if any(self.report_hash(r) is not None for r, _, _ in group):
                    return False
                if alone:
                    self._db.extend(made)
                else:
                    self._db.bulk_extend(_quads(group, named))
                self._count_write()
            search_index.replaced(self, named)
        return True

    def _replace_graphs(self, writes: list[tuple[URIRef, Graph | None, str]]) -> None:
        updates = []
        for report, graph, content_hash in writes:
            if graph is None:
                updates.append(f"{sparql.unshare(report)} ;\nDROP SILENT GRAPH {report.n3()} ;\n"
                               + bookkeeping.forget(report))
                continue
            updates.append(_replacement(report, graph, content_hash))
        try:
            with self._write_lock:
                self._db.update(" ;\n".join(updates))  # one update: one transaction
                self._count_write()
        except Exception as exc:  # rdflib raises bare Exceptions for bad IRIs; Oxigraph SyntaxError
            names = ", ".join(str(report) for report, _, _ in writes)
            raise StoreError(f"cannot write {names}, nothing was written: {' '.join(str(exc).split())}") from exc
        search_index.written(self, writes)

    def delete_report(self, report: URIRef) -> bool:
        with self._write_lock:
            if not self._db.contains_named_graph(ox.NamedNode(str(report))):
                return False
            self._db.update(f"{sparql.unshare(report)} ;\n{sparql.drop_graph(report)} ;\n{bookkeeping.forget(report)}")
            self._count_write()
        search_index.written(self, [(report, None, "")])
        return True

    def _count_write(self) -> None:
        """A write committed, under the write lock: the version moves on by one, and this thread's journals
        (:meth:`own_writes`) note it."""
        before = self.version()
        self._writes += 1
        self._wrote(before, self.version())

    # --- primitives ---

    def version(self) -> str:
        """``"<opening>:<writes>"``: bumped by every write under the write lock."""
        return f"{self._opened}:{self._writes}"

    def counts(self) -> dict[str, int]:
        counts = {"reports": int(self._select(sparql.REPORT_COUNT)[0]["n"]),
                  "triples": bookkeeping.triple_count(self._db)}
        for row in self._select(sparql.TYPE_COUNTS):
            counts[str(row["type"])] = int(row["n"])
        return counts

    def law_rows(self, laws: list[str] | None = None) -> list[LawRow]:
        if laws is not None and not laws:
            return []

        def select(query: str) -> list[dict[str, Any]]:
            return self._select(query if laws is None else sparql.only(query, "law", laws))

        titles: dict[str, list[str]] = {}
        levels: dict[str, list[str]] = {}
        for row in select(sparql.LAW_TITLES):  # the least title and level, as Neo4j's merged node gives them
            titles.setdefault(str(row["law"]), []).append(str(row["title"]))
            if row["level"] is not None:
                levels.setdefault(str(row["law"]), []).append(row["level"])  # type: ignore[arg-type]
        rows = [*select(sparql.LAW_MENTIONS), *select(sparql.LAW_INSPECTIONS)]
        return [LawRow(**row, title=min(titles[law]), level=min(levels[law]) if law in levels else None)  # type: ignore[arg-type]
                for row in rows if (law := str(row["law"])) in titles]

    def mentions_aimed(self, prefix: str) -> dict[str, Description]:
        """One query of the mentions aimed at ``prefix`` and what a statement of them needs (:func:`sparql.mentions_aimed`):
        at 217k triples, 6,012 law mentions of 18,052 read in 0.6 s where describing them took 4.6 s (round 49)."""
        found: dict[str, Description] = {}
        for row in self._select(sparql.mentions_aimed(prefix)):
            d = found.setdefault(str(row["m"]), Description(str(row["m"]), {"Mention"}))
            for rel in ("mentionOf", "statedIn"):
                if row[rel] is not None and row[rel] not in d.rels[rel]:
                    d.rels[rel].append(str(row[rel]))
            for key in ("startOffset", "endOffset", "evidenceText"):
                if row[key] is not None and (value := plain(row[key])) not in d.props[key]:
                    d.props[key].append(value)
        return found

    def describe_rows(self, iris: list[str] | None, cls: str | None, keys: tuple[str, ...] | None,
                       bulky: bool) -> Iterable[tuple[str, str, str, Any]]:
        if cls is not None:
            typed = [str(row["s"]) for row in self._select(sparql.members(cls))]
            iris = typed if iris is None else sorted(set(iris) & set(typed))
        if iris is not None:
            iris = [node.value for node in _named(iris)]  # an IRI Oxigraph refuses describes nothing
            if not iris:
                return
        rdf_type = RDF.type.toPython()
        for s, p, o in self._terms(sparql.describe(iris, keys, bulky)):
            if p in bookkeeping.PREDICATES:
                continue
            if p.value == rdf_type:
                if isinstance(o, ox.NamedNode) and o.value.startswith(OKG_NS):
                    yield s.value, "type", local_name(o.value), None
            elif isinstance(o, ox.Literal):
                yield s.value, "prop", local_name(p.value), _python(o)
            elif isinstance(o, ox.NamedNode):
                yield s.value, "rel", local_name(p.value), o.value

    def edges(self, iris: list[str] | None) -> list[Edge]:
        if iris is not None and not iris:
            return []
        return [(s.value, local_name(p.value), o.value) for s, p, o in self._terms(sparql.edges(iris))]

    def bounded_edges(self, iris: list[str], most: int) -> dict[str, list[Edge]]:
        """Each node's quads read straight from Oxigraph's indexes (outgoing, then incoming), repeats
        across graphs merged, until ``most`` distinct edges: one SPARQL query of a UNION per node took
        three to five times as long (its planning grows with the nodes asked)."""
        found: dict[str, list[Edge]] = {}
        for node in _named(iris):
            around: dict[Edge, None] = {}
            for s, p, o in _relations(self._db, node, self._set_default):
                around[(s.value, local_name(p.value), o.value)] = None
                if len(around) >= most:
                    break
            if around:
                found[node.value] = list(around)
        return found

    def first_neighbour_edges(self, iri: str, most: int) -> list[Edge]:
        """Read straight from Oxigraph's indexes, sorted and cut here, while the node has at most
        :data:`DIRECT_RELATIONS` relationships (a much-inspected law at 1M triples: some 130 relationships, a
        few hundred quads, a quarter of the query's time); a node with more has its neighbours sorted and cut
        by the query (:func:`graph.sparql.first_neighbour_edges`), whose cost grows far more slowly."""
        for node in _named([iri]):
            read = list(itertools.islice(_relations(self._db, node, self._set_default), DIRECT_RELATIONS + 1))
            if len(read) <= DIRECT_RELATIONS:
                around = dict.fromkeys((s.value, local_name(p.value), o.value) for s, p, o in read)
                first = set(sorted({n for e in around for n in (e[0], e[2])} - {iri})[:most]) | {iri}
                return [e for e in around if e[0] in first and e[2] in first]
        return [(s.value, local_name(p.value), o.value)
                for s, p, o in self._terms(sparql.first_neighbour_edges(iri, most))]

    def graph_hashes(self) -> dict[str, str]:
        return {str(row["g"]): str(row["hash"]) for row in self._select(bookkeeping.ALL_HASHES)}

    def graph_terms(self, graphs: list[str] | None) -> dict[str, set[str]]:
        if graphs is not None and not graphs:
            return {}
        found: dict[str, set[str]] = {}
        for g, term in self._terms(sparql.graph_terms(graphs)):
            found.setdefault(g.value, set()).add(term.value)
        return found

    def open_name_index(self) -> NameIndex:
        from graph.search_fts import SqliteNames

        return SqliteNames(self.path)

    def named_graph(self, iri: URIRef) -> Graph | None:
        name = ox.NamedNode(str(iri))
        if not self._db.contains_named_graph(name):
            return None
        exact = self._select(bookkeeping.EXACT_OF.format(g=iri.n3()))
        return self._graph(name, str(exact[0]["nt"]) if exact else None)

    def report_graphs(self) -> Iterator[tuple[URIRef, Graph]]:
        exact = {str(row["g"]): str(row["nt"]) for row in self._select(bookkeeping.EXACT_GRAPHS)}
        for name in sorted(self._db.named_graphs(), key=lambda n: n.value):
            yield URIRef(name.value), self._graph(name, exact.get(name.value))

    def _graph(self, name: ox.NamedNode, exact: str | None) -> Graph:
        """A named graph: its exact form when the bookkeeping keeps one, else Oxigraph's quads
        (:func:`graph.oxterms.to_graph`). Each blank node keeps its stored label (rdflib's parser labels them afresh
        unless told), so a graph read twice is one text in an export (round 20: the ontology's lists changed labels on
        every export)."""
        if exact is None:
            return oxterms.to_graph(self._db.quads_for_pattern(None, None, None, name))
        labels = {label: label for label in _BLANK_LABEL.findall(exact)} if "_:" in exact else None
        with exact_literals():
            return Graph().parse(data=exact, format="nt", bnode_context=labels)

    def export(self, fmt: ExportFormat, part: ExportPart | None = None) -> str:
        # Oxigraph writes quads natively, unless a graph keeps its exact form aside: rdflib took 1.8 CPU-s for the
        # 16k triples of the bundled samples in Turtle, Oxigraph 0.1 s (a schemathesis call timed out on it under load);
        # the reports' graphs alone are chosen by graph.export.dataset
        part = part_of(fmt, part)
        if fmt in _NATIVE_EXPORTS and part != "reports" and not bool(self._query(bookkeeping.ANY_EXACT)):
            from graph.export import EXPORT_PREFIXES, MERGED

            statements: Iterable[ox.Quad | ox.Triple] = self._part_quads(part)
            if fmt in MERGED:  # the union of the graphs: each triple once, in one order whatever graphs hold it
                statements = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in statements}, key=str)
            return ox.serialize(statements, format=_NATIVE_EXPORTS[fmt], prefixes=EXPORT_PREFIXES).decode("utf-8")
        return super().export(fmt, part)

    def _part_quads(self, part: ExportPart) -> Iterator[ox.Quad]:
        """The quads of the named graphs of ``part`` (:func:`graph.export.dataset`'s choice of graphs)."""
        from ontology import ONTOLOGY_IRI

        ontology = ox.NamedNode(str(ONTOLOGY_IRI))
        if part == "ontology":
            return iter(self._db.quads_for_pattern(None, None, None, ontology))
        return (q for q in self._db.quads_for_pattern(None, None, None)
                if q.graph_name != ox.DefaultGraph() and (part == "all" or q.graph_name != ontology))

    def sparql(self, query: str, limits: QueryLimits | None = None,
               dataset: SparqlDataset | None = None) -> dict[str, Any]:
        """Read-only by construction (Oxigraph's ``query`` parses no update), on a consistent
        snapshot, stopped at ``query_timeout`` seconds and at ``limits``, on ``dataset`` when given (a report's graph
        as the default graph, say): see :mod:`graph.sparql_worker`."""
        return sparql_worker.answer(self._db, self.path, query, limits or QueryLimits(), self.query_timeout,
                                    union=not self._set_default, dataset=dataset)


def is_store(path: Path) -> bool:
    """True when ``path`` is a directory Oxigraph made a store in (it holds RocksDB's ``CURRENT``)."""
    return (path / "CURRENT").is_file()


def _quads(group: list[tuple[URIRef, Graph, str]], named: list[tuple[str, str, list[Name]]]) -> Iterator[ox.Quad]:
    """New report graphs and their bookkeeping as quads, one at a time; each graph's names for the name
    index (:func:`graph.search_index.replaced`), read in the same pass over its triples, are appended to
    ``named`` once its quads are made."""
    terms = oxterms.Terms(safe_label)
    for report, graph, content_hash in group:
        name = ox.NamedNode(report)
        typed: list[RdfLiteral] = []
        stated: dict[URIRef, list[tuple[Any, Any]]] = {p: [] for p in search_index.PREDICATES}
        yield from terms.quads(graph, name, typed, stated, shared=True)  # each with its default graph's copy
        yield from bookkeeping.quads(name, graph, bookkeeping.typed(typed), content_hash)
        named.append((str(report), content_hash, search_index.named(stated)))


def _difference(db: ox.Store, name: ox.NamedNode, quads: list[ox.Quad], kept: list[ox.Quad]) -> str | None:
    """The SPARQL update that turns graph ``name`` as stored into ``quads`` (its new triples in graph ``name``) and its
    bookkeeping into ``kept``: ``DELETE DATA`` of the stored triples the new graph no longer states, with their copies
    in the default graph that no other named graph states (looked up in Oxigraph's index, under the write lock), and of
    the bookkeeping that changed, then ``INSERT DATA`` of the new triples, their copies (the default graph is a set)
    and the new bookkeeping: only the difference is spelt as text. None when the difference holds a blank node
    (``DELETE DATA`` takes none, ``INSERT DATA`` would label it anew) or the new graph is empty (the graph itself must
    go): :func:`_replacement` writes those."""
    old = set(db.quads_for_pattern(None, None, None, name))  # quads, not tuples of their terms: 20% less
    gone, added = old.difference(quads), set(quads) - old
    if not quads or any(isinstance(term, ox.BlankNode) for q in (*gone, *added) for term in (q.subject, q.object)):
        return None
    before = {q for q in db.quads_for_pattern(name, None, None, _DEFAULT) if q.predicate in bookkeeping.PREDICATES}
    after = set(kept)
    g = str(name)
    drop = [f"GRAPH {g} {{ {' '.join(map(_spelt, gone))} }}"] if gone else []
    drop += [_spelt(q) for q in gone if not _stated_elsewhere(db, q, name)]
    drop += [_spelt(q) for q in before - after]
    put = [f"GRAPH {g} {{ {' '.join(map(_spelt, added))} }}"] if added else []
    put += [_spelt(q) for q in added]
    put += [_spelt(q) for q in after - before]
    parts = ([f"DELETE DATA {{ {' '.join(drop)} }}"] if drop else []) + ([f"INSERT DATA {{ {' '.join(put)} }}"] if put else [])
    return " ;\n".join(parts) or "INSERT DATA { }"


def _spelt(quad: ox.Quad) -> str:
    """A quad's triple as SPARQL spells it (Oxigraph's terms print as N-Triples)."""
    return f"{quad.subject} {quad.predicate} {quad.object} ."


def _stated_elsewhere(db: ox.Store, quad: ox.Quad, name: ox.NamedNode) -> bool:
    """Whether a named graph other than ``name`` states ``quad``'s triple (its copy in the default graph then stays)."""
    return any(q.graph_name != name and q.graph_name != _DEFAULT
               for q in db.quads_for_pattern(quad.subject, quad.predicate, quad.object))


def _replacement(report: URIRef, graph: Graph, content_hash: str) -> str:
    """The SPARQL update that drops ``report``'s graph and writes ``graph`` with its bookkeeping."""
    if any(isinstance(term, BNode) for triple in graph for term in triple):  # labels SPARQL takes
        graph = _safe_blank_nodes(graph)
    return (sparql.replace_graph(report, graph.serialize(format="nt")) + " ;\n"
            + bookkeeping.record(report, graph, content_hash))


def _safe_blank_nodes(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(tuple(BNode(safe_label(t)) if isinstance(t, BNode) else t for t in triple))  # type: ignore[arg-type]
    return out


def _named(iris: Iterable[str]) -> Iterator[ox.NamedNode]:
    """The IRIs as Oxigraph terms, those Oxigraph refuses (nothing can be stored under them) left out."""
    for iri in iris:
        try:
            yield ox.NamedNode(iri)
        except ValueError:
            continue


def _relations(db: ox.Store, node: ox.NamedNode,
               shared: bool) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]]:
    """The ``(s, p, o)`` of every quad joining ``node`` to a named node (rdf:type aside): the edges of
    :func:`graph.sparql.edges`, outgoing first; read from the default graph, each once, when it holds the named
    graphs' triples (``shared``), else repeated once per graph holding them."""
    graph = _DEFAULT if shared else None
    for quad in db.quads_for_pattern(node, None, None, graph):
        if isinstance(quad.object, ox.NamedNode) and quad.predicate != _RDF_TYPE:
            yield node, quad.predicate, quad.object
    for quad in db.quads_for_pattern(None, None, node, graph):
        if isinstance(quad.subject, ox.NamedNode) and quad.predicate != _RDF_TYPE:
            yield quad.subject, quad.predicate, node


def _python(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> object:
    """A query result term as a plain Python value (the same values Neo4j gives)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.language or term.datatype == _STRING:  # most values: no rdflib Literal to build
            return term.value
        if term.datatype == _INTEGER and term.value.isascii() and term.value.lstrip("+-").isdigit():
            return int(term.value)  # what rdflib's int gives, without its Literal: the offsets of every statement
            # and mention were 188k Literals, a fifth of a first /laws at 1M triples (round 47)
        return plain(RdfLiteral(term.value, datatype=URIRef(term.datatype.value)))
    return term.value
