"""Which stored report an incoming report is, and what storing it means.

A report graph names itself (its IRI: from its URL, else from its text's hash), states where it
was read from (``okg:sourceLocation``, one or more) and the hash of its normalised text
(``okg:contentHash``). Against an :class:`Index` of the stored reports, :func:`place` decides:

- the text is already stored from another source, under this IRI or another: ``duplicate``,
  the stored report gains the source and nothing is counted twice;
- the same report from a source it already lists: a plain upsert (``unchanged`` when its
  content hash is the same, ``replaced`` when its header or URL's text changed); a report read
  from several files is ``unchanged`` while its text is, whatever their headers say (the
  first read's header is kept, so copies do not replace each other in turn);
- a new report: ``inserted``. Whatever else a stored report said about the same source is
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


@dataclass
class Placement:
    """What storing one report means: ``report`` (IRI, graph, content hash) to write, if any, and
    ``edits`` of stored reports (IRI → the sources it keeps, None: deleted). ``plain`` placements
    are an ordinary upsert of the report alone (the store tells inserted/replaced/unchanged);
    others are written together by :meth:`writes`. ``duplicate_of`` names the stored report (and
    ``sources`` its sources) that a duplicate is."""

    outcome: str
    report: Write | None
    edits: dict[str, set[str] | None] = field(default_factory=dict)
    duplicate_of: str | None = None
    sources: list[str] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        return self.report is not None and not self.edits

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
        if self.store is None:
            return
        found = self.store.describe(cls="Report", keys=("sourceLocation", "contentHash"))
        for iri, d in found.items():
            self._put(Stored(iri, {str(s) for s in d.props.get("sourceLocation", [])}, d.one("contentHash")))

    def _put(self, report: Stored) -> None:
        self._drop(report.iri)
        self.reports[report.iri] = report
        if report.text_hash:
            self.by_text[report.text_hash].add(report.iri)
        for source in report.sources:
            self.by_source[source].add(report.iri)

    def _drop(self, iri: str) -> None:
        old = self.reports.pop(iri, None)
        if old is not None:
            self.by_text[old.text_hash or ""].discard(iri)
            for source in old.sources:
                self.by_source[source].discard(iri)

    def written(self, placement: Placement) -> None:
        """Record that ``placement`` was written (or is about to be, in a group)."""
        if placement.report is not None:
            iri, graph, _ = placement.report
            self._put(_stored(iri, graph))
        for iri, keep in placement.edits.items():
            if keep is None:
                self._drop(iri)
            elif iri in self.reports:
                self._put(Stored(iri, set(keep), self.reports[iri].text_hash))


def place(index: Index, iri: URIRef, graph: Graph, content_hash: str) -> Placement:
    """What storing the report ``iri`` (its ``graph``, built from one source) means."""
    new = _stored(iri, graph)
    source = next(iter(new.sources), None)
    same_text = sorted(index.by_text.get(new.text_hash or "", ()), key=lambda r: (r != str(iri), r))  # this IRI first
    twin = index.reports[same_text[0]] if same_text else None
    if twin is not None and source is not None and source not in twin.sources:
        edits = {**_retire(index, source, keep=twin.iri), twin.iri: twin.sources | {source}}
        return Placement("duplicate", None, edits, duplicate_of=twin.iri, sources=sorted(twin.sources))
    stored = index.reports.get(str(iri))
    if stored is not None and source in stored.sources and len(stored.sources) > 1 and twin is stored:
        return Placement("unchanged", None)  # one of several copies: the text stored is its text
    if stored is not None:
        for other in stored.sources - new.sources:
            graph.add((iri, SOURCE, Literal(other)))  # the sources it was stored with stay
    retired = _retire(index, source, keep=str(iri))
    replaced = str(iri) in index.reports or None in retired.values()
    return Placement("replaced" if replaced else "inserted", (iri, graph, content_hash), retired)


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
