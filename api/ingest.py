"""Ingest a batch of reports: each one whole or not at all, the batch goes on.

Reading and extraction fail one file at a time; writes go to the store in
groups (fewer commits: :data:`WRITE_GROUP` reports, or what :data:`WRITE_SECONDS` read) and a group that
fails is retried report by report by the store, so one bad report never takes others with it. A source
whose stored reading is unchanged is read but not extracted (:mod:`api.reread`).

One URL names one report (docs/design.md, report identity). Two different texts under one ``url:`` in
one run do not replace each other: the later one is refused, naming both files (:meth:`_Writer.claim`);
across runs a different text replaces the stored one and its note says which text it displaces and how
much differs (:mod:`api.text_change`); a text or header that lost characters in an earlier encoding
never displaces a reading that lost fewer.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shlex
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import RDFS, SKOS, Graph, URIRef
from rdflib.term import Node

from api import tombstones
from api.report_worker import ReportLimits, ReportWorker, out_of_memory, tell_size
from api.reread import Stored, stamp, stamped, stored_reading
from api.text_change import damage, difference
from graph import Store, StoreError
from graph.backends import OwnWrites
from graph.identity import TEXT_HASH, Index, Placement, place, record_moves
from graph.canonical import content_hash, stable_blank_nodes
from loaders import ReadError, ReportGraph, extracted, read, warm
from loaders.build import build as build_report
from loaders.build.report import location_of
from loaders.build.catalog import SOURCES as CATALOG_SOURCES
from loaders.build.catalog import build_catalog, catalog_iri
from loaders.build import measure_scheme
from loaders.read import about_the_file
from loaders.read.encoding import lost_characters
from ontology import ISSUES_TTL, OKG, OKG_TTL, ONTOLOGY_IRI, load_ontology
from ontology import validate as check

SUFFIXES = {".txt", ".html", ".htm", ".shtml", ".xhtml", ".pdf", ".docx", ".doc"}
#: Reports written in one transaction at most, and the seconds of reading after which the reports read
#: so far are written (a slow batch shows its results as it goes, not at every :data:`WRITE_GROUP`th report).
WRITE_GROUP = 50
WRITE_SECONDS = 2.0


@dataclass(frozen=True)
class IngestResult:
    """What happened to one report: inserted, replaced, unchanged, duplicate (its text is stored
    already, from another source: ``report`` is that report, ``note`` names its sources), failed
    (not written), unconfirmed (the store went away during its write), deleted before (``okg delete`` took it out:
    not written again unless forced, ``note`` says so, :mod:`api.tombstones`) or dropped before (a copy ``okg delete``
    dropped from a report that stays: its file not read again unless forced). ``source`` is the path
    or URL as given."""

    source: str
    outcome: str
    report: str | None = None
    triples: int = 0
    error: str | None = None
    note: str | None = None
    #: What the report's header leaves in doubt (a stored report is written all the same).
    warnings: tuple[str, ...] = ()
    #: Of a report ``replaced``: the sources of this run whose reading of the same report (or of a copy of its text it
    #: supersedes) it replaced, so a "replaced" on a store empty before the run says which file of the run stored it
    #: first (a first-time analyst's round 44, finding 9); empty when what it replaced was stored before the run.
    replaces_in_run: tuple[str, ...] = ()


class Found(str):
    """A source :func:`scan` found (its path as given, or a URL), with the ``name`` its report's graph states
    (:attr:`loaders.document.Document.name`): a file of a folder given by its path relative to that folder
    (``2023/d01.txt``), a file given by itself by its name, so no path of the ingesting machine reaches the
    data. It travels with the source through lists and the report worker's pipe; a plain ``str`` source is
    named by its file's name."""

    name: str

    def __new__(cls, source: str, name: str) -> Found:
        found = super().__new__(cls, source)
        found.name = name
        return found

    def __reduce__(self) -> tuple[type[Found], tuple[str, str]]:
        return Found, (str(self), self.name)


def scan(paths: Iterable[str | Path]) -> tuple[list[str], list[str]]:
    """Files as given, directories as the report files inside them, URLs as they are (each a :class:`Found`); and
    one line per file of a directory that is not read, with why (``.doc`` is read, and fails clearly)."""
    found: list[str] = []
    skipped: list[str] = []
    for item in paths:
        path = Path(item)
        if str(item).startswith(("http://", "https://")) or not path.is_dir():
            found.append(Found(str(item), path.name))  # a URL is named by itself (source_name)
            continue
        before = len(found)
        for child in sorted(path.rglob("*")):
            if child.is_dir():
                continue
            if child.suffix.lower() in SUFFIXES:
                found.append(Found(str(child), child.relative_to(path).as_posix()))
            else:
                skipped.append(f"{child}: skipped: {child.suffix or 'no'} suffix is not a report format "
                               f"({', '.join(sorted(SUFFIXES))}); name the file to read it anyway")
        if len(found) == before:
            skipped.append(f"{path}: skipped: the directory holds no report file ({', '.join(sorted(SUFFIXES))})")
    return found, skipped


def expand(paths: Iterable[str | Path]) -> list[str]:
    """The sources :func:`scan` finds."""
    return scan(paths)[0]


def _ontology_graph(_: str) -> Graph:
    """The ontology with the issue and measure-class schemes, so classes, issues and measure classes have their labels
    wherever they show."""
    ontology = load_ontology()
    ontology += measure_scheme.scheme()
    for concept, label in list(ontology.subject_objects(SKOS.prefLabel)):
        ontology.add((concept, RDFS.label, label))  # stores and the explorer read rdfs:label
    return stable_blank_nodes(ONTOLOGY_IRI, ontology)  # its lists and restrictions labelled alike on every build


# The named graphs every store holds beside the reports: (IRI, source files, builder).
# The catalog lets coverage count laws never inspected.
REFERENCE_GRAPHS: tuple[tuple[URIRef, tuple[Path, ...], Callable[[str], Graph]], ...] = (
    (ONTOLOGY_IRI, (OKG_TTL, ISSUES_TTL, *measure_scheme.SOURCES), _ontology_graph),
    (catalog_iri(), CATALOG_SOURCES, lambda _: build_catalog().graph),
)


REFERENCE_MARK = "reference-graphs-checked"  # "<store version> <digest of every reference source>"


def ensure_reference_graphs(store: Store) -> list[str]:
    """Load the reference graphs, and repair one the store no longer holds as written.

    A reference graph is stored with the hash ``"<digest of its source files> <content
    hash of the graph>"``: one whose sources are unchanged is not rebuilt unless its
    content, read back from the store, no longer hashes the same. The store keeps a mark of
    the version it was last found right at and the sources' digest (:meth:`Store.mark`): while
    neither changed (no write since, by anyone; the same files) nothing is read back and every
    outcome is "unchanged".
    """
    digests = _reference_digests()
    sources = hashlib.sha256(" ".join(digests).encode("ascii")).hexdigest()
    version = store.version()
    if store.mark(REFERENCE_MARK) == f"{version} {sources}":
        return ["unchanged"] * len(REFERENCE_GRAPHS)
    with store.own_writes() as repairs:
        outcomes = _check_reference_graphs(store, digests)
    # found right at ``version``, or made right by the repairs when no other writer came between; a write by another
    # meanwhile moved the version past the mark, so the next call checks again
    if (right := repairs.since(version)) is not None:
        store.set_mark(REFERENCE_MARK, f"{right} {sources}")
    return outcomes


def carry_reference_mark(store: Store, wrote: OwnWrites) -> None:
    """After a caller's own writes ``wrote`` (reports, and repairs :func:`ensure_reference_graphs` made), move the mark of
    :func:`ensure_reference_graphs` on to the store's version when they follow on from the marked version and nothing
    else moved it since: the reference graphs found right there are right here, and the next ingest reads nothing
    back (≈2.2 s of a one-report ingest into Neo4j: reading the ontology and the catalog back and hashing them). A
    write by anyone else, before, between or after them, leaves the mark behind, so the next ingest checks. A store
    that cannot be asked keeps the mark it has: it only saves work."""
    if not wrote.moves:
        return
    with contextlib.suppress(StoreError):
        marked, _, sources = (store.mark(REFERENCE_MARK) or "").partition(" ")
        if sources and (now := wrote.since(marked)) is not None and now == store.version():
            store.set_mark(REFERENCE_MARK, f"{now} {sources}")


def _reference_digests() -> list[str]:
    """The digest of each reference graph's source files, in :data:`REFERENCE_GRAPHS` order."""
    return [hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()
            for _, sources, _ in REFERENCE_GRAPHS]


def _reference_hash(digest: str, graph: Graph) -> str:
    """The hash a reference graph is stored with: its sources' digest and its content hash."""
    return f"{digest} {content_hash(graph)}"


@functools.lru_cache(maxsize=2 * len(REFERENCE_GRAPHS))
def _built_reference(index: int, digest: str) -> tuple[tuple[tuple[Node, Node, Node], ...], str]:
    """Reference graph ``index`` of :data:`REFERENCE_GRAPHS` built from sources whose digest is ``digest``: its triples
    and the hash it is stored with. Kept per process, as the same sources build the same graph: building and hashing
    them took about 1 CPU-s at every ingest into a store that lacked them (the API server and tests ingest many times)."""
    graph = REFERENCE_GRAPHS[index][2](digest)
    return tuple(graph), _reference_hash(digest, graph)


def _reference_graph(index: int, digest: str) -> tuple[Graph, str]:
    """A fresh copy of reference graph ``index`` built from sources of ``digest``, with the hash it is stored with."""
    triples, stored_hash = _built_reference(index, digest)
    graph = Graph()
    graph += triples
    return graph, stored_hash


def reference_items() -> list[tuple[URIRef, Graph, str]]:
    """The reference graphs built, each with the hash :func:`ensure_reference_graphs` stores it with
    (what a first load into an empty store writes before the reports)."""
    return [(iri, *_reference_graph(index, digest))
            for index, ((iri, _, _), digest) in enumerate(zip(REFERENCE_GRAPHS, _reference_digests(), strict=True))]


def as_reference(items: list[tuple[URIRef, Graph, str]]) -> list[tuple[URIRef, Graph, str]]:
    """Imported graphs (:func:`graph.transfer.read_export`), each reference graph that is the one this okg builds
    given the hash :func:`ensure_reference_graphs` keeps it by, so the next ingest finds it as written (round 19: an
    import stored the content hash alone, and the first ingest after it rewrote the ontology and the law catalog); a
    reference graph of another version keeps its content hash and is rebuilt then, as before. The hashes are the ones
    kept with the built graphs (:func:`_built_reference`), no graph copied or hashed for them (round 50)."""
    built = {iri: _built_reference(index, digest)[1]
             for index, ((iri, _, _), digest) in enumerate(zip(REFERENCE_GRAPHS, _reference_digests(), strict=True))} \
        if any(iri in {name for name, *_ in REFERENCE_GRAPHS} for iri, _, _ in items) else {}
    # a stored hash is "<sources' digest> <content hash>" (:func:`_reference_hash`); an import's is its content hash
    return [(iri, graph, built[iri] if iri in built and built[iri].split()[1] == content else content)
            for iri, graph, content in items]


def _check_reference_graphs(store: Store, digests: list[str]) -> list[str]:
    """Read each reference graph back and rewrite it unless its sources and content are as stored."""
    outcomes = []
    for index, ((graph_iri, _, _), digest) in enumerate(zip(REFERENCE_GRAPHS, digests, strict=True)):
        stored = (store.report_hash(graph_iri) or "").split()
        if (stored[:1] == [digest] and len(stored) == 2
                and content_hash(store.named_graph(graph_iri) or Graph()) == stored[1]):
            outcomes.append("unchanged")
            continue
        graph, stored_hash = _reference_graph(index, digest)
        if stored:  # the same hash may cover other content: drop it so the graph is written anew
            store.delete_report(graph_iri)
        store.upsert_report(graph_iri, graph, stored_hash)
        outcomes.append("replaced" if stored else "inserted")
    return outcomes


def source_name(source: str) -> str:
    """The name a source's report graph states for it (:func:`loaders.build.report.source_name`): a URL itself,
    a :class:`Found` file its name, another file its file name."""
    if source.lower().startswith(("http://", "https://")):
        return source
    return getattr(source, "name", "") or Path(source).name


def prepare(source: str, validate: bool = False, stored: Stored | None = None) -> ReportGraph | IngestResult:
    """Read, extract and build one report, or say why it failed.

    With ``validate`` a report graph that breaks the SHACL shapes is refused
    and its violations are the error, one per line. A source read as ``stored`` (:func:`api.reread.stored_reading`:
    the same text and header, the same extractor) is not extracted: its result is ``unchanged``.
    """
    try:
        doc = replace(read(source), name=getattr(source, "name", ""))
        tell_size(len(doc.text))  # so the time limit's failure names what a text this long needs
        if stored is not None and stamp(doc.content_hash) == stored.content and doc.metadata_hash == stored.header:
            return IngestResult(source, "unchanged", stored.iri)
        report = build_report(doc, extracted(doc))
    except ReadError as exc:
        return IngestResult(source, "failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad report must not stop the batch
        if out_of_memory(exc):
            raise MemoryError from exc  # the report worker names the ceiling
        return IngestResult(source, "failed", error=f"{source}: {type(exc).__name__}: {exc}")
    if validate and (violations := check(report.graph)):
        return IngestResult(source, "failed", str(report.iri), len(report.graph),
                            f"{source}: {len(violations)} shape violation(s):\n  " + "\n  ".join(violations))
    return report


class _Writer:
    """Writes groups of reports; once the store is known to be down, fails the rest at once.

    Each report is first placed against the stored reports (:mod:`graph.identity`): plain
    upserts are written in groups, a report that is a duplicate or takes over another's source
    is written on its own with the graphs it changes, in one transaction.

    A failed group write is retried report by report only while the store answers. When it
    does not (one bounded wait: the store's own retry time), the group's reports are
    "unconfirmed" (the commit may have landed before the store went away) and every later
    report fails at once as not written.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.down: str | None = None
        self.index: Index | None = None
        #: Each report IRI this run wrote or found unchanged → the source whose text it holds (:meth:`claim`).
        self.claims: dict[str, _Claim] = {}

    def write(self, group: list[tuple[str, ReportGraph]]) -> list[IngestResult]:
        results: list[IngestResult] = []
        plain: list[tuple[str, ReportGraph]] = []
        notes: dict[str, str] = {}  # what a plain upsert says when it writes: the other publications of its text
        earlier: dict[str, tuple[str, ...]] = {}  # the sources of this run whose reading each one replaces
        expected: dict[str, str | None] = {}  # each plain upsert's hash as stored when it was placed
        for source, report in group:
            report = stamped(report)
            change = self.claim(source, report)
            if isinstance(change, str) and str(report.iri) in self.claims:
                results.extend(self.upsert(plain, expected))  # the text it replaces, of this run: stored first, then replaced
                plain, expected = [], {}
            placement = change if isinstance(change, IngestResult) else self.place(source, report)
            if isinstance(placement, Placement) and (refused := _displaces_with_damage(source, report, placement, self.index)):
                placement = refused
            if isinstance(change, str):
                notes[source] = change
            if isinstance(placement, Placement) and (ran := self.read_in_run(str(report.iri), placement)):
                earlier[source] = ran
            if isinstance(placement, Placement) and placement.plain:
                plain.append((source, replace(report, content_hash=placement.report[2])))  # type: ignore[index] # with the loose copies it holds
                if note := _replace_note(source, placement):
                    notes[source] = "; ".join(filter(None, (notes.get(source), note)))
                for iri, stored in self.index.expected(str(report.iri)).items():  # type: ignore[union-attr]
                    expected.setdefault(iri, stored)  # before this run's own writes of it
                self.index.written(placement)  # type: ignore[union-attr] # as if written: later ones see it
                self.claims[str(report.iri)] = _Claim(source, _text_hash(report), _full_text(report.graph, report.iri))
                continue
            results.extend(self.upsert(plain, expected))  # the graphs it changes may be among them: written first
            plain, expected = [], {}
            if isinstance(placement, IngestResult):
                results.append(placement)
                continue
            results.append(self.apply(source, report, placement))
            if results[-1].outcome != "failed":
                self.claims[str(report.iri)] = _Claim(source, _text_hash(report), _full_text(report.graph, report.iri))
        results += self.upsert(plain, expected)
        self.stored(results)
        results = [replace(r, replaces_in_run=earlier[r.source]) if r.source in earlier and r.outcome == "replaced"
                   else r for r in results]
        return [replace(r, note="; ".join(filter(None, (r.note, notes[r.source]))))
                if r.source in notes and r.outcome in ("inserted", "replaced") else r for r in results]

    def read_in_run(self, iri: str, placement: Placement) -> tuple[str, ...]:
        """The sources of this run that gave the reports ``placement`` replaces their reading: the report ``iri``
        itself, those it supersedes (copies of its text) and those it deletes, as :meth:`claim` recorded them."""
        replaced = {iri, *placement.supersedes, *(other for other, keep in placement.edits.items() if keep is None)}
        return tuple(sorted({self.claims[other].source for other in replaced if other in self.claims}))

    def claim(self, source: str, report: ReportGraph) -> IngestResult | str | None:
        """Whether ``report`` may take the text its IRI names: refused (a failed result) when another file of this
        run gave that IRI another text, unless that text lost more characters (:func:`loaders.read.encoding.lost_characters`),
        or when it would displace a stored text that lost fewer; else the note saying which text it displaces and
        how much differs (None: it displaces no other text)."""
        iri, text = str(report.iri), _full_text(report.graph, report.iri)
        if self.index is None and not self.down:
            try:
                self.index = Index(self.store)
            except StoreError:
                return None  # place() says so
        claimed = self.claims.get(iri)
        stored = self.index.reports.get(iri) if self.index is not None else None
        if claimed is not None and claimed.text_hash != _text_hash(report):
            before = self.text_of(iri, claimed)
            if lost_characters(before) <= lost_characters(text):
                url = report_url_of(report) or iri
                return IngestResult(source, "failed", iri, error=(
                    f"{source}: not written: its url: names the report {iri}, which {claimed.source} gave another text in "
                    f"this run ({difference(before, text)}); one URL names one report: if the two are parts of one page, "
                    f"give each the address of its own part as url: (such as {url}?page=2), if one is an old or damaged "
                    "copy, leave it out"))
            return (f"{source}: its text replaces the one {claimed.source} gave the report {iri} earlier in this run, "
                    f"which lost more characters ({difference(before, text)})")
        if claimed is not None or stored is None or stored.text_hash == _text_hash(report):
            return None
        before = self.text_of(iri, None)
        names = ", ".join(sorted(stored.names.get(loc, loc) for loc in stored.sources)) or "an import"
        if lost_characters(text) > lost_characters(before):
            return IngestResult(source, "failed", iri, error=(
                f"{source}: not written: {damage(text, 'text')}; the report {iri} (read from {names}) holds a text under the same "
                f"url: that lost fewer, which it would replace; `okg delete {iri}` first to store it anyway"))
        # One message whether this file gave the stored text or another did (a new user's round 47, B5: the same
        # replacement was first "its text changed since it was stored", later "a different text under the url:"):
        # which files the stored text was read from says which case it is; the parts' advice only where another did.
        said = (f"{source}: a different text under the url: of the stored report {iri}, read from {names}: it replaces "
                f"that text, whose facts are gone ({difference(before, text)})")
        if stored.sources == {location_of(source)}:
            return said
        url = report_url_of(report) or iri
        return (f"{said}; if both are parts of one page, give each the address of its own part as url: (such as "
                f"{url}?page=2) and ingest both")

    def stored(self, results: list[IngestResult]) -> None:
        """Forget the text of each claim the store now holds under its IRI (written, or found unchanged by the
        upsert), so that what a run keeps per report is its hash and source, not its text (:meth:`text_of` reads
        the store's)."""
        for result in results:
            if result.outcome in ("inserted", "replaced", "unchanged") and result.report in self.claims:
                self.claims[result.report] = replace(self.claims[result.report], text=None)

    def found_unchanged(self, source: str, iri: str) -> None:
        """Record that ``source`` gave the stored report ``iri`` its text in this run, unchanged (:meth:`claim`)."""
        if self.index is not None and iri in self.index.reports:
            self.claims[iri] = _Claim(source, self.index.reports[iri].text_hash, None)

    def text_of(self, iri: str, claimed: _Claim | None) -> str:
        """The text of the report ``iri`` as this run gave it (``claimed``, until written) or as the store holds it."""
        if claimed is not None and claimed.text is not None:
            return claimed.text
        graph = self.store.named_graph(URIRef(iri))
        return _full_text(graph, URIRef(iri)) if graph is not None else ""

    def place(self, source: str, report: ReportGraph) -> Placement | IngestResult:
        """Where the report goes among the stored ones, or why it cannot be written."""
        if self.down:
            return self.unreachable(source, report)
        try:
            if self.index is None:
                self.index = Index(self.store)
            return place(self.index, report.iri, report.graph, report.content_hash)
        except StoreError as exc:
            return self.failed(source, report, exc)

    def apply(self, source: str, report: ReportGraph, placement: Placement) -> IngestResult:
        """Write a placement's graphs together."""
        try:
            if writes := placement.writes(self.store):
                self.store.replace_graphs(writes)
        except StoreError as exc:
            return self.failed(source, report, exc)
        self.index.written(placement)  # type: ignore[union-attr]
        record_moves(self.store, placement)
        if placement.duplicate_of:
            return IngestResult(source, placement.outcome, placement.duplicate_of, 0, note=_copy_note(source, report, placement))
        return IngestResult(source, placement.outcome, str(report.iri), len(report.graph), note=_replace_note(source, placement))

    def upsert(self, group: list[tuple[str, ReportGraph]], expected: dict[str, str | None]) -> list[IngestResult]:
        """Write plain placements together, each expected stored as ``expected`` says (:meth:`Index.expected`); one
        another writer stored meanwhile (another ``okg ingest`` at the same moment) is not written, and says so."""
        if not group:
            return []
        if self.down:
            return [self.unreachable(source, report) for source, report in group]
        try:
            outcomes = self.store.upsert_reports(((r.iri, r.graph, r.content_hash) for _, r in group),
                                                 {str(r.iri): expected[str(r.iri)] for _, r in group
                                                  if str(r.iri) in expected})
        except StoreError as exc:
            if not self.answers(exc):
                return [IngestResult(source, "unconfirmed", str(r.iri), len(r.graph),
                                     f"{source}: not confirmed: the {self.store.name} store went away during its "
                                     f"write ({exc}); re-run okg ingest when it is back (stored reports are skipped)")
                        for source, r in group]
            results = [self._write_one(source, report) for source, report in group]
            self.index.reload()  # type: ignore[union-attr] # what the failed ones left out
            return results
        if "changed" in outcomes:
            self.index.reload()  # type: ignore[union-attr] # what the other writer stored
        return [_changed(source, r) if outcome == "changed" else IngestResult(source, outcome, str(r.iri), len(r.graph))
                for (source, r), outcome in zip(group, outcomes, strict=True)]

    def _write_one(self, source: str, report: ReportGraph) -> IngestResult:
        if self.down:
            return self.unreachable(source, report)
        try:
            outcome = self.store.upsert_report(report.iri, report.graph, report.content_hash)
        except StoreError as exc:
            return self.failed(source, report, exc)
        return IngestResult(source, outcome, str(report.iri), len(report.graph))

    def failed(self, source: str, report: ReportGraph, exc: StoreError) -> IngestResult:
        if not self.answers(exc):
            return self.unreachable(source, report)
        return IngestResult(source, "failed", str(report.iri), len(report.graph), f"{source}: {exc}")

    def answers(self, error: StoreError) -> bool:
        """Whether the store still answers a read; if not, remember it is down."""
        try:
            self.store.report_hash(ONTOLOGY_IRI)
        except StoreError:
            self.down = " ".join(str(error).split())[:300]  # one line
            return False
        return True

    def unreachable(self, source: str, report: ReportGraph | None = None) -> IngestResult:
        iri, triples = (str(report.iri), len(report.graph)) if report else (None, 0)
        return IngestResult(source, "failed", iri, triples,
                            f"{source}: nothing was written: {self.store.name.capitalize()} unreachable ({self.down}); "
                            "re-run okg ingest once it answers")


def _changed(source: str, report: ReportGraph) -> IngestResult:
    """The result of a report another writer stored between its placing and its write (:meth:`_Writer.upsert`)."""
    return IngestResult(source, "failed", str(report.iri), len(report.graph), (
        f"{source}: not written: another writer (an okg ingest at the same time?) stored a different reading of the "
        f"report {report.iri} after this run read the store; run okg ingest again to place this copy beside it"))


@dataclass(frozen=True)
class _Claim:
    """The source that gave a report IRI its text in this run: the text's hash and the text itself while the store
    does not hold it under that IRI (None: the store's, found unchanged or written). Never the graph: a run that kept
    each written report's graph grew with the corpus (round 49, perf49, issue 14 §6: 1.4 GiB of rdflib graphs at 1M
    triples)."""

    source: str
    text_hash: str | None
    text: str | None


def _text_hash(report: ReportGraph) -> str | None:
    value = report.graph.value(report.iri, TEXT_HASH)
    return None if value is None else str(value)


def _full_text(graph: Graph, iri: URIRef) -> str:
    return str(graph.value(iri, OKG.fullText) or "")


def report_url_of(report: ReportGraph) -> str | None:
    """The URL a report's graph says it was published at (``okg:sourceUrl``), if any."""
    value = report.graph.value(report.iri, OKG.sourceUrl)
    return None if value is None else str(value)


def _displaces_with_damage(source: str, report: ReportGraph, placement: Placement, index: Index | None) -> IngestResult | None:
    """A failed result when ``report``'s header lost characters (:func:`loaders.read.encoding.lost_characters`) and its
    reading would replace that of another copy of its text (round 22: a Big5 copy's organ 人民代表大?常?委?? took
    over a good reading); None otherwise (a copy whose header is not used is only a source more)."""
    lost = lost_characters("\n".join(report.header), questions=0)
    others = [iri for iri in placement.supersedes if index is not None and iri in index.reports
              and location_of(source) not in index.reports[iri].sources]
    if not lost or not others:
        return None
    names = ", ".join(sorted(n for iri in others for n in index.reports[iri].names.values()))  # type: ignore[union-attr]
    return IngestResult(source, "failed", str(report.iri), error=(
        f"{source}: not written: its header has lost {lost} character(s) ('?' or U+FFFD between Chinese characters: "
        f"{'; '.join(report.header)}), and its reading would replace that of {', '.join(others)}, read from {names}; "
        "correct the header from the original, or leave the file out"))


def named_here(location: str) -> str:
    """A stored source (a URL, or a file's absolute path: :func:`loaders.build.report.location_of`) as it is named from
    the current directory: a file under it by its path relative to it (``reports/a.txt``, as one names it there), any
    other file by its absolute path, a URL as it is. Every file a note names goes through it, so a note never mixes a
    relative path typed now with the absolute one stored before (a new user's round 39, finding 14), and the
    ``okg delete`` it gives runs from here as written."""
    if "://" in location:
        return location
    try:
        return str(Path(location).relative_to(Path.cwd()))
    except ValueError:
        return location


def _copy_note(source: str, report: ReportGraph, placement: Placement) -> str | None:
    """What a copy of a stored text's result says, in one line: that it is the same text as report X, stored from
    which files, and what to do: when its header differs from the one that report was read with, which copy's header
    the report is read with, that this one's was not used, why, and the ``okg delete`` of the copy the report is read
    from that makes it count (a first-time analyst, round 34: a corrected ``year:`` saved as a copy was a silent
    duplicate; round 39: the note named no command to run, then mixed the stored absolute paths with the relative one
    typed). Files are named from the current directory (:func:`named_here`). None for a copy already among the sources
    (``unchanged``): nothing was written, and the note was given when it was added (round 26: a fresh user's copy with
    a misspelt header key printed it on every run, where every other unchanged report is silent)."""
    if placement.outcome == "unchanged":
        return None
    copy = named_here(location_of(source))
    said = (f"{source}: the same text as report {placement.duplicate_of}, stored from "
            f"{', '.join(map(named_here, placement.sources))}: not stored again, {copy} added to its sources")
    if placement.own_reading or not report.header:
        return f"{said} (one text is one report; okg delete {shlex.quote(copy)} takes this copy out again)"
    kept = named_here(placement.read_from) if placement.read_from else None
    run = (f"run okg delete {shlex.quote(kept)} (the copy the report is read from)" if kept
           else "run okg delete on the copy whose header is wrong")
    return (f"{said}; its header ({'; '.join(report.header)}) was not used: the report keeps the header of "
            f"{kept or 'the copy it was read from'}, because {placement.reason or 'its header is the same'}; if this "
            f"header is the right one (a year, an organ or a url: corrected), {run}: the report is then read again from "
            "the copies left")


def _replace_note(source: str, placement: Placement) -> str | None:
    """What a report written says: the copies of its text whose reading its own replaces (their sources
    kept), the reports read from its source before, and the other publications of its text."""
    gone = sorted(iri for iri, keep in placement.edits.items() if keep is None and iri not in placement.supersedes)
    parts = [f"its reading replaces that of {', '.join(placement.supersedes)} (a copy of the same text; its sources "
             f"are kept), because {placement.reason or 'it is read from the same source'}"] if placement.supersedes else []
    parts += [f"replaces {', '.join(gone)}, read from the same source before"] if gone else []
    parts += [f"the same text as {', '.join(placement.others)}, published by another organ: a report of its own "
              "(one text two organs published is two reports: docs/design.md, report identity)"] if placement.others else []
    return f"{source}: {'; '.join(parts)}" if parts else None


def write_reports(store: Store, reports: list[tuple[str, ReportGraph]]) -> list[IngestResult]:
    """Store reports already built (``(source as given, report)``), as :func:`ingest` does."""
    return _Writer(store).write(reports)


def _failed(source: str, reason: str) -> IngestResult:
    return IngestResult(source, "failed", error=f"{source}: {reason}")


def ingest(sources: Sequence[str | os.PathLike[str]], store: Store, validate: bool = False,
           on_done: Callable[[IngestResult], None] = lambda _: None,
           limits: ReportLimits | None = None,
           on_read: Callable[[str], None] = lambda _: None, force: bool = False) -> list[IngestResult]:
    """Ingest every source, reporting each result as it completes; results in input order.

    Each report is read and extracted in a worker process under ``limits`` (time, memory); ``on_read`` hears each
    source once it is read (and extracted, or found unchanged), before its result: what a progress bar counts.
    Without ``validate`` a source whose stored reading is unchanged is not extracted (:mod:`api.reread`). A report
    ``okg delete`` took out (:mod:`api.tombstones`) is not stored again, its result ``deleted before`` with a note saying
    so, unless ``force``, which stores it and lifts its tombstone."""
    sources = [source if isinstance(source, str) else os.fspath(source) for source in sources]  # a Path is its path
    writer = _Writer(store)
    with store.own_writes() as wrote:
        try:
            ensure_reference_graphs(store)
            writer.index, hashes = Index(store), ({} if validate else store.graph_hashes())
        except StoreError as exc:
            writer.answers(exc)
            hashes = {}
        buried, dropped = tombstones.read(store), tombstones.dropped(store)
        results = _write_all(sources, writer, hashes, validate, on_done, limits, on_read, {} if force else buried,
                             {} if force else dropped)
        if force and buried:
            tombstones.lift(store, (r.report for r in results if r.outcome in ("inserted", "replaced") and r.report))
        if force and dropped:
            tombstones.restore(store, (location_of(r.source) for r in results
                                       if r.outcome not in ("failed", "unconfirmed")))
    carry_reference_mark(store, wrote)
    return _with_near_copies(store, results)


def _write_all(sources: list[str], writer: _Writer, hashes: dict[str, str], validate: bool,
               on_done: Callable[[IngestResult], None], limits: ReportLimits | None,
               on_read: Callable[[str], None], buried: dict[str, str],
               dropped: dict[str, dict[str, str]] | None = None) -> list[IngestResult]:
    """The body of :func:`ingest`: each source read, extracted and written by ``writer``; results in input order; a
    report of ``buried`` (:func:`api.tombstones.read`) is not written, nor a copy of ``dropped``
    (:func:`api.tombstones.dropped`: its file is not read, its result ``dropped before``)."""
    results: dict[int, IngestResult] = {}
    group: list[tuple[int, str, ReportGraph]] = []
    since = time.monotonic()

    def skip(source: str) -> IngestResult | None:
        if writer.down:
            return writer.unreachable(source)
        if dropped and (held := dropped.get(location_of(source))) is not None:
            return IngestResult(source, "dropped before", held["report"] or None,
                                note=tombstones.said_dropped(source, held["report"], held["day"]))
        return None

    def known(source: str) -> Stored | None:
        if not hashes or writer.index is None:
            return None
        found = stored_reading(writer.index, hashes, source, source_name(source))
        return None if found is None or found.iri in writer.claims else found

    def flush() -> None:
        written = writer.write([(source, report) for _, source, report in group])
        for (index, source, report), result in zip(group, written, strict=True):
            results[index] = _with_warnings(source, report, result)
            on_done(results[index])
        group.clear()

    for index, (source, prepared) in enumerate(build_reports(sources, validate, limits, skip, known)):
        on_read(source)
        if isinstance(prepared, IngestResult):
            if prepared.outcome == "unchanged" and prepared.report:
                writer.found_unchanged(source, prepared.report)
            results[index] = prepared
            on_done(prepared)
            continue
        if (day := buried.get(str(prepared.iri))) is not None:
            results[index] = IngestResult(source, "deleted before", str(prepared.iri),
                                          note=tombstones.said(source, str(prepared.iri), day))
            on_done(results[index])
            continue
        if not group:
            since = time.monotonic()
        group.append((index, source, prepared))
        if len(group) >= WRITE_GROUP or time.monotonic() - since >= WRITE_SECONDS:
            flush()
    if group:
        flush()
    return [results[i] for i in range(len(sources))]


def _with_near_copies(store: Store, results: list[IngestResult]) -> list[IngestResult]:
    """``results`` with a warning on each report inserted whose text is nearly that of another stored report
    (:func:`api.near_copies.near_copies`: the same article read from another format); the results as they were when
    the store cannot be asked."""
    from api import near_copies

    inserted = {r.report: r for r in results if r.outcome == "inserted" and r.report}
    try:
        found = near_copies.near_copies(store, inserted) if inserted else {}
    except StoreError:
        return results
    try:
        twice = {(r, near[0]): near_copies.repeated(store, r, near[0]) for r, pairs in found.items() for near in pairs}
    except StoreError:
        twice = {}
    return [replace(r, warnings=(*r.warnings, *(f"{r.source}: {near_copies.warning(r.source, *near, twice.get((r.report, near[0])))}"
                                                for near in found.get(r.report or "", []))))
            if r.outcome == "inserted" and r.report in found else r for r in results]


def _with_warnings(source: str, report: ReportGraph, result: IngestResult) -> IngestResult:
    """``result`` with what ``report``'s reading leaves in doubt, when that reading was written: a copy whose reading
    is another's (duplicate, unchanged) says nothing of its own, as its header is not used (round 22: a copy without
    ``year:`` was warned about a year the stored report has) and the stored one's were said, but for a warning about the
    file itself (:func:`loaders.read.about_the_file`); a refused one has its error."""
    if result.outcome not in ("inserted", "replaced", "unconfirmed"):
        # but what the file itself is (a text named .doc) holds whatever becomes of its report (round 44, finding 10)
        about = tuple(f"{source}: {w}" for w in report.warnings if about_the_file(w))
        return replace(result, warnings=(*result.warnings, *about)) if about else result
    lost = [line] if (line := damage("\n".join(report.header), "header")) else []  # the text's: the reader's warning
    warnings = [*report.warnings, *lost]
    return replace(result, warnings=tuple(f"{source}: {w}" for w in warnings)) if warnings else result


def build_reports(sources: list[str], validate: bool = False, limits: ReportLimits | None = None,
                  skip: Callable[[str], IngestResult | None] = lambda _: None,
                  known: Callable[[str], Stored | None] = lambda _: None,
                  ) -> Iterator[tuple[str, ReportGraph | IngestResult]]:
    """``(source, its report or why it failed)`` for each source in order, each read and extracted in
    a worker process under ``limits`` (time, memory); a source ``skip`` answers for is not read, one read as
    ``known`` gives it (:func:`api.reread.stored_reading`) is not extracted when it is unchanged."""
    warmed = False  # a batch of unchanged reports loads no lexicon (about 1 s)
    with ReportWorker(lambda source, stored: prepare(source, validate, stored), _failed, limits or ReportLimits()) as worker:
        for source in sources:
            stored = known(source)
            if stored is None and not warmed:
                warm()  # before the first report sure to be extracted: a worker forked afterwards shares what it loaded
                worker.restart()
                warmed = True
            yield source, skip(source) or worker.run(source, stored)
