"""Which stored report an incoming report is, and what storing it means.

A report graph names itself (its IRI: from its URL, else from its text's hash), states where it
was read from (``okg:sourceLocation``, one or more) and the hash of its normalised text
(``okg:contentHash``). One text is one report, however many files hold it and whatever their
headers say: against an :class:`Index` of the stored reports, :func:`place` decides which copy's
reading (its header, hence IRI, organ, years) the store keeps, by :func:`precedence`, the same
rule every time, so any order and any repetition of ingest runs leaves the same store:

- the text is stored from another copy whose reading goes first: ``duplicate``, the stored report
  gains the source and nothing is counted twice (``unchanged`` when it lists the source already);
- this copy's reading goes first, or the stored report was read from this very source (an edited
  file's new reading replaces its old one, whatever their precedence; the store's hash of a report
  names the source it was read from, :class:`Reading`): it is written with the sources of every
  copy, and a copy stored under another IRI is deleted in the same transaction (``replaced``;
  ``unchanged`` when nothing changed);
- a new text: ``inserted``. Whatever else a stored report said about the same source is
  retired: that report loses the source and is deleted when it has no other (the file was
  edited), which makes the outcome ``replaced``.

Every write a placement needs is applied by :meth:`graph.backends.Backend.replace_graphs` in one
transaction, so a report and the one it replaces change together or not at all.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Protocol

from rdflib import Graph, Literal, URIRef

from graph.backends import Backend, StoreError
from graph.terms import OKG_NS

SOURCE = URIRef(OKG_NS + "sourceLocation")
TEXT_HASH = URIRef(OKG_NS + "contentHash")
Write = tuple[URIRef, Graph | None, str]
#: How :func:`precedence` ranks a copy: (named by its text, minus what it states about the report, header digest).
Precedence = tuple[bool, int, str]


@dataclass(frozen=True)
class Reading:
    """Which copy a stored report's graph was read from, and how that copy ranks (:func:`precedence`)."""

    precedence: Precedence
    #: The digest of the source it was read from (the third part of its hash); None when unknown (an import).
    source: str | None

    @classmethod
    def of(cls, iri: URIRef, graph: Graph, stored_hash: str) -> Reading:
        """The reading of a report graph stored with ``stored_hash``, ``"<content digest> <header digest>
        <source digest>"`` (:attr:`loaders.build.ReportGraph.content_hash`; an import's hash has one part)."""
        _, header, source = (stored_hash.split(" ", 2) + ["", ""])[:3]
        return cls(precedence(iri, graph, header), source or None)


class Graphs(Protocol):
    """Where the stored reports are read from: a store (:class:`graph.backends.Backend`), or the
    graphs a first load has gathered so far."""

    def named_graph(self, iri: URIRef) -> Graph | None: ...

    def report_hash(self, report: URIRef) -> str | None: ...


@dataclass
class Stored:
    """A stored report as identity sees it."""

    iri: str
    sources: set[str]
    text_hash: str | None


def precedence(iri: URIRef, graph: Graph, digest: str) -> Precedence:
    """Which of several copies of one text the store keeps: the smallest.

    A copy named by its URL goes before one named by its text (the URL is the report's own name,
    DESIGN.md Identity); then the one whose graph states more kinds of thing about the report
    (publisher, years, date of issue, area: what a header gives; its sources aside, as they grow
    with every copy); then the smaller ``digest`` of its header (:attr:`loaders.document.Document.metadata_hash`),
    so the choice depends on the copies alone, never on which came first or what else a batch held
    (copies with one header tie, and the one stored stays: they differ in white space alone).
    """
    text_hash = graph.value(iri, TEXT_HASH)
    named_by_text = text_hash is not None and str(iri).endswith("/report/sha256/" + str(text_hash).removeprefix("sha256:")[:16])
    stated = {p for p in graph.predicates(iri, None) if p != SOURCE}
    return named_by_text, -len(stated), digest


@dataclass
class Placement:
    """What storing one report means: ``report`` (IRI, graph, content hash) to write, if any, and
    ``edits`` of stored reports (IRI → the sources it keeps, None: deleted). ``plain`` placements
    are an ordinary upsert of the report alone (the store tells inserted/replaced/unchanged);
    others are written together by :meth:`writes`. ``duplicate_of`` names the stored report (and
    ``sources`` its sources) whose reading a copy of its text leaves in place; ``own_reading`` says
    whether that reading is the copy's own (the same text and header: a copy whose header differs
    was not used). ``supersedes`` names the stored reports of the same text whose reading this
    report's replaces."""

    outcome: str
    report: Write | None
    edits: dict[str, set[str] | None] = field(default_factory=dict)
    duplicate_of: str | None = None
    sources: list[str] = field(default_factory=list)
    own_reading: bool = True
    supersedes: list[str] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        return self.report is not None and not self.edits and not self.supersedes

    def writes(self, store: Graphs) -> list[Write]:
        """The graphs to write together: the report, and each edited one read back and changed."""
        writes = [self.report] if self.report else []
        for iri, keep in sorted(self.edits.items()):
            node = URIRef(iri)
            if keep is None:
                writes.append((node, None, ""))
                continue
            graph = store.named_graph(node)
            if graph is None:
                raise StoreError(f"the stored report {iri} went away while it was being updated; nothing was written")
            for stated in [o for o in graph.objects(node, SOURCE) if str(o) not in keep]:
                graph.remove((node, SOURCE, stated))
            for source in keep:
                graph.add((node, SOURCE, Literal(source)))
            writes.append((node, graph, store.report_hash(node) or ""))
        return writes


class Index:
    """The stored reports by IRI, by text hash and by source, kept up to date as placements are written."""

    def __init__(self, store: Backend | None) -> None:
        """The reports ``store`` holds; None: no store yet (a first load, which places its reports
        against each other only)."""
        self.store = store
        self.reload()

    def reload(self) -> None:
        """Read the stored reports' sources and text hashes afresh (after a failed write)."""
        self.reports: dict[str, Stored] = {}
        self.by_text: dict[str, set[str]] = defaultdict(set)
        self.by_source: dict[str, set[str]] = defaultdict(set)
        self.readings: dict[str, Reading] = {}
        if self.store is None:
            return
        found = self.store.describe(cls="Report", keys=("sourceLocation", "contentHash"))
        for iri, d in found.items():
            self._put(Stored(iri, {str(s) for s in d.props.get("sourceLocation", [])}, d.one("contentHash")))

    def reading(self, iri: str) -> Reading:
        """The :class:`Reading` of the stored report ``iri`` (read from the store on first use)."""
        if iri not in self.readings:
            node = URIRef(iri)
            graph = self.store.named_graph(node) if self.store is not None else None
            if graph is None:
                raise StoreError(f"the stored report {iri} went away while a copy of its text was placed; nothing was written")
            self.readings[iri] = Reading.of(node, graph, self.store.report_hash(node) or "")  # type: ignore[union-attr]
        return self.readings[iri]

    def _put(self, report: Stored) -> None:
        self._drop(report.iri)
        self.reports[report.iri] = report
        if report.text_hash:
            self.by_text[report.text_hash].add(report.iri)
        for source in report.sources:
            self.by_source[source].add(report.iri)

    def _drop(self, iri: str) -> None:
        old = self.reports.pop(iri, None)
        self.readings.pop(iri, None)
        if old is not None:
            self.by_text[old.text_hash or ""].discard(iri)
            for source in old.sources:
                self.by_source[source].discard(iri)

    def written(self, placement: Placement) -> None:
        """Record that ``placement`` was written (or is about to be, in a group)."""
        for iri, keep in placement.edits.items():
            if keep is None:
                self._drop(iri)
            elif iri in self.reports:
                reading = self.readings.get(iri)
                self._put(Stored(iri, set(keep), self.reports[iri].text_hash))
                if reading is not None:  # its sources changed, not its reading
                    self.readings[iri] = reading
        if placement.report is not None:
            iri, graph, stored_hash = placement.report
            self._put(_stored(iri, graph))
            self.readings[str(iri)] = Reading.of(iri, graph, stored_hash)


def place(index: Index, iri: URIRef, graph: Graph, content_hash: str) -> Placement:
    """What storing the report ``iri`` (its ``graph``, built from one source; ``content_hash`` as
    :class:`Reading` reads it) means."""
    new = _stored(iri, graph)
    source = next(iter(new.sources), None)
    copies = [index.reports[r] for r in sorted(index.by_text.get(new.text_hash or "", ()))]
    ours = Reading.of(iri, graph, content_hash)
    kept = min(copies, key=lambda r: index.reading(r.iri).precedence, default=None)
    if kept is not None and not _read_from(index, kept, source, ours) and index.reading(kept.iri).precedence <= ours.precedence:
        return _copy_of(index, kept, copies, source, own_reading=index.reading(kept.iri).precedence == ours.precedence)
    for other in {s for copy in copies for s in copy.sources} - new.sources:
        graph.add((iri, SOURCE, Literal(other)))  # the sources of every copy stay
    edits = {**_retire(index, source, keep=str(iri)), **{c.iri: None for c in copies if c.iri != str(iri)}}
    superseded = [c.iri for c in copies if not _read_from(index, c, source, ours)]
    replaced = str(iri) in index.reports or None in edits.values()
    return Placement("replaced" if replaced else "inserted", (iri, graph, content_hash), edits, supersedes=superseded)


def _read_from(index: Index, stored: Stored, source: str | None, ours: Reading) -> bool:
    """Whether ``stored`` was read from ``source`` (which may have been edited since; ``ours`` is the
    reading of it being placed): its reading names the same source, or, when the reading's source is
    not known, it has no other source."""
    if source is None or source not in stored.sources:
        return False
    read = index.reading(stored.iri).source
    return (read is not None and read == ours.source) or (read is None and stored.sources == {source})


def _copy_of(index: Index, kept: Stored, copies: list[Stored], source: str | None, own_reading: bool) -> Placement:
    """A copy of the text of ``kept``, whose reading stays: ``kept`` gains ``source`` and the sources of
    any other stored copy (deleted: one text is one report)."""
    merged = {c.iri: None for c in copies if c.iri != kept.iri}
    sources = kept.sources.union({source} if source else (), *(c.sources for c in copies))
    edits: dict[str, set[str] | None] = {**_retire(index, source, keep=kept.iri), **merged}
    if sources != kept.sources:
        edits[kept.iri] = sources
    outcome = "unchanged" if not edits else "duplicate"
    return Placement(outcome, None, edits, duplicate_of=kept.iri, sources=sorted(kept.sources), own_reading=own_reading)


def _retire(index: Index, source: str | None, keep: str) -> dict[str, set[str] | None]:
    """Edits that take ``source`` from every stored report but ``keep``: a report left without
    a source is deleted, one with others left keeps them."""
    edits: dict[str, set[str] | None] = {}
    for other in sorted(index.by_source.get(source or "", ())):
        if other != keep:
            edits[other] = (index.reports[other].sources - {source}) or None
    return edits


def _stored(iri: URIRef, graph: Graph) -> Stored:
    text_hash = graph.value(iri, TEXT_HASH)
    return Stored(str(iri), {str(s) for s in graph.objects(iri, SOURCE)},
                  str(text_hash) if text_hash is not None else None)
