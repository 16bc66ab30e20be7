"""Which stored report an incoming report is, and what storing it means.

A report graph names itself (its IRI: from its URL, else from its text's hash), states where it
was read from (``okg:sourceLocation``, one or more) and the hash of its normalised text
(``okg:contentHash``). One text is one report, however many files hold it, unless two bodies
published it: a report is a publication, and the same text published by two organs is two reports,
as a work re-issued by another publisher is another manifestation (:data:`PUBLICATION_RULE`).
Against an :class:`Index` of the stored reports, :func:`place` decides which publication a copy
is of and which copy's reading (its header, hence IRI, organ, years) each publication keeps, by
:func:`precedence`, the same rule every time, so any order and any repetition of ingest runs
leaves the same store:

- the copy's publication is stored from another copy whose reading goes first: ``duplicate``, the
  stored report gains the source and nothing is counted twice (``unchanged`` when it lists the
  source already);
- this copy's reading goes first, or the stored report was read from this very source (an edited
  file's new reading replaces its old one, whatever their precedence; the store's hash of a report
  names the source it was read from, :class:`Reading`): it is written with the sources of every
  copy of its publication, and a copy stored under another IRI is deleted in the same transaction
  (``replaced``; ``unchanged`` when nothing changed);
- a new text, or a new publication of a stored text: ``inserted``. Whatever else a stored report
  said about the same source is retired: that report loses the source and is deleted when it has no
  other (the file was edited), which makes the outcome ``replaced``.

Every write a placement needs is applied by :meth:`graph.backends.Backend.replace_graphs` in one
transaction, so a report and the one it replaces change together or not at all.
"""
from __future__ import annotations

import hashlib
from collections import ChainMap, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol
from urllib.parse import quote, unquote

from rdflib import RDF, Graph, Literal, URIRef

from graph.backends import Backend, StoreError
from graph.terms import OKG_NS

SOURCE = URIRef(OKG_NS + "sourceLocation")
TEXT_HASH = URIRef(OKG_NS + "contentHash")
PUBLISHED_BY = URIRef(OKG_NS + "publishedBy")
OTHER_ORGAN = URIRef(OKG_NS + "OtherOrgan")
Write = tuple[URIRef, Graph | None, str]
#: A hash field that holds nothing: no publisher named, no loose copy held.
NONE = "-"


@dataclass(frozen=True, order=True)
class Stated:
    """What a copy's header states about its report, as :func:`precedence` ranks it (the smaller goes first): more of
    the fields saying whose report of which year it is (``whose``: url, organ, level, year, jurisdiction), then more
    of the others (``besides``: title, issued). ``from_graph``: read from a graph stored before its header's fields
    were kept in its hash (:func:`header_field`), whose values may have been read from its text instead."""

    rank: tuple[int, int] = field(init=False)
    whose: tuple[str, ...] = field(compare=False)
    besides: tuple[str, ...] = field(compare=False)
    from_graph: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rank", (-len(self.whose), -len(self.besides)))


#: How :func:`precedence` ranks a copy: (founds no publication, named by its text, publishers read as no
#: known organ, what its header states, warnings reading its file raised, header digest).
Precedence = tuple[bool, bool, int, Stated, int, str]

PUBLICATION_RULE = """\
A copy founds a publication when its header names its publisher (the organ its ``organ:`` line
resolves to, the report's ``okg:publishedBy``: two spellings of one council are one publisher) and
it is named by a URL (its ``url:`` header or the URL it was read from). Copies of one text that found
publications with one publisher, or under one URL, are one report (the same council's report reposted
on another site; a URL names one report); copies founding with different publishers under different
URLs are different reports, each with its own publisher, area and activities. Every other copy is
loose: its header names no publisher, so nothing says it is another body's publication, or it has no
URL, so it has no name of its own (a report without a URL is named by its text, DESIGN.md Identity,
and one text names one report). A loose copy is a copy of the publication its header's publisher
founds, else of the text's first publication (:func:`precedence`); a text no copy founds a
publication of is one report, as it always was."""


def source_digest(location: str) -> str:
    """SHA-256 (hex) of a source location (:func:`loaders.build.report.source_location`): what a stored
    hash keeps of it, so identity can tell which copy a report was read from without the path itself
    reaching stores and exports."""
    return hashlib.sha256(location.encode("utf-8")).hexdigest()


def publisher_key(publishers: Iterable[str]) -> str:
    """SHA-256 (hex) of the IRIs of the publishers a header names: what a stored hash keeps of them (of one, its
    IRI's digest; of several, that of their IRIs sorted and joined by a space, so one set is one key); ``-`` for none."""
    iris = sorted(publishers)
    return hashlib.sha256(" ".join(iris).encode("utf-8")).hexdigest() if iris else NONE


def copy_hash(content: str, header: str, location: str, publishers: Iterable[str], name: str | None = None,
              stated: Stated | None = None, warned: int = 0) -> str:
    """The hash stored with a report read from one copy: ``"<content> <header> <source> <publisher> - <where>
    <fields> <warned>"`` (:class:`Reading`): SHA-256 hex digests of its text and header (:attr:`loaders.document.Document.content_hash`,
    :attr:`~loaders.document.Document.metadata_hash`), of its source location (:func:`source_digest`) and of
    the IRIs of the publishers its header names (:func:`publisher_key`; ``-`` when it names none), then the
    loose copies the report holds (none yet), then where its source is on this machine when the graph names it
    otherwise (``name``, its ``okg:sourceLocation``: :func:`where_field`), then the fields its header states
    (``stated``: :func:`header_field`), then how many warnings reading its file raised (``warned``,
    :attr:`loaders.document.Document.warnings`: a ``.pdf`` whose bytes are text, front matter left unread), as
    :func:`precedence` ranks it."""
    where = where_field({location: name if name is not None else location})
    fields = header_field(stated or Stated((), ()))
    return f"{content} {header} {source_digest(location)} {publisher_key(publishers)} {NONE} {where} {fields} {warned}"


def header_field(stated: Stated) -> str:
    """A stored hash's seventh part: the fields a copy's header states (:class:`Stated`), ``whose`` then ``besides``,
    each comma-separated, the two parts joined by ``+``; ``-`` for none (``organ,url,year+issued``).

    >>> header_field(Stated(("organ", "url", "year"), ("issued",))), header_field(Stated((), ()))
    ('organ,url,year+issued', '-')
    """
    if not stated.whose and not stated.besides:
        return NONE
    return ",".join(stated.whose) + (f"+{','.join(stated.besides)}" if stated.besides else "")


def _stated_in(field_part: str) -> Stated:
    """The :class:`Stated` a hash's seventh part (:func:`header_field`) names."""
    whose, _, besides = ("" if field_part == NONE else field_part).partition("+")
    return Stated(tuple(filter(None, whose.split(","))), tuple(filter(None, besides.split(","))))


def where_field(names: Mapping[str, str]) -> str:
    """A stored hash's sixth part: ``<name>=<location>`` for each source (location on this machine → the name its
    report's graph states, :func:`loaders.build.report.source_name`) whose name is not its location, each side
    percent-encoded (no space, comma or ``=`` left), comma-separated and sorted; ``-`` for none. The store's
    bookkeeping, never a graph's: an export names each file portably, and identity still tells ``a/report.txt``
    from ``b/report.txt``, both named ``report.txt``."""
    entries = sorted(f"{quote(name, safe='')}={quote(location, safe='')}" for location, name in names.items()
                     if name != location)
    return ",".join(entries) or NONE


def whereabouts(stored_hash: str) -> list[tuple[str, str]] | None:
    """``(name, location)`` of each source :func:`where_field` wrote into ``stored_hash``; None when the hash has no
    sixth part (an import's, or one stored before round 19), whose graph's names are then taken as locations."""
    parts = stored_hash.split(" ")
    if len(parts) < 6:
        return None
    return [] if parts[5] == NONE else [(unquote(n), unquote(loc)) for n, _, loc in (e.partition("=") for e in parts[5].split(","))]


def read_source(names: Iterable[str], stored_hash: str) -> str | None:
    """Which of a stored report's sources (``names``: its ``okg:sourceLocation`` values, as its graph states them) its
    reading was read from: the one whose location (:func:`whereabouts`; a name it does not place is its own location)
    has the digest the hash's third part names (:func:`copy_hash`); None when the hash names none of them (an
    import's, one stored before round 11)."""
    parts = stored_hash.split(" ")
    if len(parts) < 3:
        return None
    located = dict(whereabouts(stored_hash) or ())
    return next((name for name in sorted(names) if source_digest(located.get(name, name)) == parts[2]), None)


@dataclass(frozen=True)
class Reading:
    """Which copy a stored report's graph was read from, how that copy ranks (:func:`precedence`), which
    publication it is of, and which loose copies (:data:`PUBLICATION_RULE`) the report holds."""

    precedence: Precedence
    #: The digest of the source it was read from (the hash's third part); None when unknown (an import).
    source: str | None
    #: The key of the publishers its header names (:func:`publisher_key`); None when it names none.
    publisher: str | None
    #: Whether the copy read founds a publication (:data:`PUBLICATION_RULE`).
    founds: bool
    #: The loose copies held besides the copy read: source digest → the key of the publisher its header names.
    loose: Mapping[str, str | None] = field(default_factory=dict)

    @classmethod
    def of(cls, iri: URIRef, graph: Graph, stored_hash: str) -> Reading:
        """The reading of a report graph stored with ``stored_hash``, ``"<content> <header> <source>
        <publisher> <loose copies> <where> <fields> <warned>"`` (:func:`copy_hash`; the loose copies ``<source
        digest>:<publisher key>``, comma-separated). Hashes stored before round 13 end after ``<source>`` (before round
        11, after ``<header>``; an import's has one part): their publisher is the one the graph names, and the
        copies they hold besides the one read are taken to found the publication (they stay with it). Hashes stored
        before round 25 have no ``<fields>``: what the header stated is read from the graph (:func:`precedence`);
        those stored before round 37 have no ``<warned>``: their copy is taken to have raised none, as it ranked
        before."""
        parts = stored_hash.split(" ")
        header, source, key, held = (parts[1:] + ["", "", "", ""])[:4]
        if len(parts) < 4:
            key = publisher_key(map(str, graph.objects(iri, PUBLISHED_BY)))
        publisher = None if key == NONE else key
        founds = publisher is not None and not named_by_text(iri, graph)
        loose = {} if held in ("", NONE) else dict(_loose_entry(entry) for entry in held.split(","))
        stated = _stated_in(parts[6]) if len(parts) > 6 else None
        warned = int(parts[7]) if len(parts) > 7 else 0
        return cls(precedence(founds, iri, graph, header, stated, warned), source or None, publisher, founds, loose)

    def stored_hash(self, stored_hash: str, names: Mapping[str, str]) -> str:
        """``stored_hash`` (this reading's, any format) with the loose copies this reading names and where the
        report's sources are (``names``: location → the name its graph states, :func:`where_field`)."""
        parts = stored_hash.split(" ")
        if len(parts) < 3:
            return stored_hash  # an import's: its sources are not known copies
        publisher = parts[3] if len(parts) > 3 else self.publisher or NONE
        held = ",".join(f"{digest}:{key or NONE}" for digest, key in sorted(self.loose.items())) or NONE
        return " ".join([*parts[:3], publisher, held, where_field(names), *parts[6:8]])


def _loose_entry(entry: str) -> tuple[str, str | None]:
    digest, _, key = entry.partition(":")
    return digest, None if key in ("", NONE) else key


def named_by_text(iri: URIRef, graph: Graph) -> bool:
    """Whether the report ``iri`` is named by its text's hash (``…/report/sha256/…``), not by a URL."""
    text_hash = graph.value(iri, TEXT_HASH)
    return text_hash is not None and str(iri).endswith("/report/sha256/" + str(text_hash).removeprefix("sha256:")[:16])


class Graphs(Protocol):
    """Where the stored reports are read from: a store (:class:`graph.backends.Backend`), or the
    graphs a first load has gathered so far."""

    def named_graph(self, iri: URIRef) -> Graph | None: ...

    def report_hash(self, report: URIRef) -> str | None: ...


@dataclass
class Stored:
    """A stored report as identity sees it: its sources by location on this machine, and the name its graph states
    for each (``names``: location → name); ``located`` is false when the store does not know where they are (an
    imported report, :func:`whereabouts`), so its sources are its graph's names."""

    iri: str
    sources: set[str]
    text_hash: str | None
    names: dict[str, str] = field(default_factory=dict)
    located: bool = True


#: What a report graph states that a header's field gives, by the field (``okg:level``, …); read for a graph stored
#: before its hash kept its header's fields (:func:`precedence`), so each may have come from the text instead.
_FIELDS_IN_GRAPH = {"url": ("sourceUrl",), "organ": ("publishedBy",), "level": ("level",),
                    "year": ("coversYear", "yearFrom", "yearTo"), "jurisdiction": ("jurisdiction",)}
_ISSUED = URIRef("http://purl.org/dc/terms/issued")


def precedence(founds: bool, iri: URIRef, graph: Graph, digest: str, stated: Stated | None = None,
               warned: int = 0) -> Precedence:
    """Which of several copies of one publication the store keeps: the smallest.

    A copy that founds the publication (:data:`PUBLICATION_RULE`) goes first: a loose copy's reading
    would leave the publication without its publisher, area and conductor. Then a copy named by its
    URL goes before one named by its text (the URL is the report's own name, DESIGN.md Identity);
    then the one whose header names fewer publishers the extractor does not read as an organ
    (``okg:OtherOrgan``: a typo such as 桐城市人大常委, which it warns about, never displaces the
    correctly spelt 桐城市人大常委会 of another copy; a fresh user's round 22); then the one whose header states
    more (``stated``, :class:`Stated`: of whose report of which year it is first, then besides; a year and a range
    are one field, so 2019—2021 never beats 2019 for stating more, study 7 F5). What the header states, not what
    the graph does: the copies share their text, so a value the graph reads from the text (a year its sentences
    give) is no reading of this copy's, and counting it let a header without a year re-date the report with its
    text's year (a fresh user's round 24, finding 3). A graph stored without its header's fields (``stated`` None)
    is taken to state those of its values a header gives (:data:`_FIELDS_IN_GRAPH`). Then the copy whose file
    raised fewer warnings as it was read (``warned``: a text saved under a ``.pdf`` name, front matter left unread;
    a first-time analyst, newuser19 §10, round 36: ``bad-not-really.pdf``, the same text as a clean ``.txt`` ingested after it,
    stayed the copy the report was read from, its first source): of two readings alike in all the above, the one
    nothing was said against; a warning is about the file, not the reading, so it never outranks a header that states
    more (that reading gives the publication its publisher, area and years). Then the
    smaller ``digest`` of its header (:attr:`loaders.document.Document.metadata_hash`), so the choice
    depends on the copies alone, never on which came first or what else a batch held (copies with one
    header tie, and the one stored stays: they differ in white space alone). Of the publications of
    one text, the one whose reading goes first is the text's first publication.
    """
    if stated is None:
        said = {str(p).removeprefix(OKG_NS) for p in graph.predicates(iri, None)}
        stated = Stated(tuple(f for f, names in _FIELDS_IN_GRAPH.items() if said & set(names)),
                        ("issued",) if (iri, _ISSUED, None) in graph else (), from_graph=True)
    unread = sum((publisher, RDF.type, OTHER_ORGAN) in graph for publisher in graph.objects(iri, PUBLISHED_BY))
    return not founds, named_by_text(iri, graph), unread, stated, warned, digest


def _more(first: Stated, other: Stated) -> str:
    """What ``first`` states more of than ``other``, in words for :func:`why_first`, naming the fields of each."""
    held = "as its graph states it (stored before okg kept what a header states)"
    which = (f"its header{' ' + held if first.from_graph else ''}", f"the other's{' ' + held if other.from_graph else ''}")
    if first.rank[0] != other.rank[0]:
        return (f"{which[0]} states more of whose report it is ({', '.join(first.whose)}) than {which[1]} "
                f"({', '.join(other.whose) or 'none of url, organ, level, year, jurisdiction'})")
    return (f"their headers state as much of whose report it is and {which[0]} states more besides "
            f"({', '.join(first.besides)} against {', '.join(other.besides) or 'none'})")


def why_first(first: Precedence, other: Precedence, elsewhere: bool = False) -> str:
    """Why the copy of precedence ``first`` goes before the one of ``other`` (:func:`precedence`), in words for a
    note: the first place the two differ decides; equal ones tie (the stored reading stays). ``elsewhere``: the two
    are named by different URLs (their IRIs differ), which the note says when the header digest decides."""
    if first[0] != other[0]:
        return "it names its publisher and a URL (it founds the publication), the other does not"
    if first[1] != other[1]:
        return "it is named by its URL, the other only by its text"
    if first[2] != other[2]:
        return (f"both are named alike and its header names fewer publishers that read as no known organ "
                f"({first[2]} against {other[2]}: a misspelt organ: is warned about and kept as written)")
    if first[3] != other[3]:
        return f"both are named alike and {_more(first[3], other[3])}"
    if first[4] != other[4]:
        return (f"both are named alike and their headers state as many fields; reading its file raised "
                f"{first[4] or 'no'} warning{'s' * (first[4] != 1)}, the other's {other[4]}: a copy warned about (a "
                "file named as another format, front matter left unread) goes after one that was not")
    if first[5] != other[5] and elsewhere:  # study 6 F4: a made-up url: named the report, silently
        return ("the two copies give different url: addresses and their headers state as many fields: the "
                "smaller digest of the header decides which address names the report (never which copy came first); "
                "one text under two addresses is one report, so if one url: is wrong, correct it and ingest again")
    if first[5] != other[5]:
        return ("both are named alike and their headers state as many fields; the smaller digest of the header "
                "decides, so the choice never depends on which copy came first")
    return "its header is the same"


@dataclass(frozen=True)
class Holding:
    """What a stored report holds after a placement: its sources, and which of them are loose copies
    (source digest → publisher key, :attr:`Reading.loose`)."""

    sources: frozenset[str]
    loose: Mapping[str, str | None]


@dataclass
class Placement:
    """What storing one report means: ``report`` (IRI, graph, content hash) to write, if any, and
    ``edits`` of stored reports (IRI → what it holds, None: deleted). ``plain`` placements
    are an ordinary upsert of the report alone (the store tells inserted/replaced/unchanged);
    others are written together by :meth:`writes`. ``duplicate_of`` names the stored report (and
    ``sources`` its sources) whose reading a copy of its text leaves in place; ``own_reading`` says
    whether that reading is the copy's own (the same text and header: a copy whose header differs
    was not used). ``supersedes`` names the stored reports of the same publication whose reading
    this report's replaces; ``others`` the stored publications of the same text it is not."""

    outcome: str
    report: Write | None
    edits: dict[str, Holding | None] = field(default_factory=dict)
    duplicate_of: str | None = None
    sources: list[str] = field(default_factory=list)
    own_reading: bool = True
    supersedes: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    #: Why the reading kept goes before the other (:func:`why_first`): the stored one's before this copy's header
    #: (``own_reading`` false), or this copy's before those it ``supersedes``; None otherwise.
    reason: str | None = None
    #: Each source's location → the name the graphs state (:attr:`Stored.names`), for the graphs :meth:`writes`.
    names: Mapping[str, str] = field(default_factory=dict)
    #: Of a copy whose header was not used (``own_reading`` false): the source the kept reading was read from, which
    #: ``okg delete`` drops so the report is read again from the copies left; None when unknown (an imported report).
    read_from: str | None = None

    @property
    def plain(self) -> bool:
        return self.report is not None and not self.edits and not self.supersedes

    def writes(self, store: Graphs) -> list[Write]:
        """The graphs to write together: the report, and each edited one read back and changed."""
        writes = [self.report] if self.report else []
        for iri, holds in sorted(self.edits.items()):
            node = URIRef(iri)
            if holds is None:
                writes.append((node, None, ""))
                continue
            graph, stored_hash = store.named_graph(node), store.report_hash(node) or ""
            if graph is None:
                raise StoreError(f"the stored report {iri} went away while it was being updated; nothing was written")
            graph.remove((node, SOURCE, None))
            names = {source: self.names.get(source, source) for source in holds.sources}
            for name in names.values():
                graph.add((node, SOURCE, Literal(name)))
            reading = replace(Reading.of(node, graph, stored_hash), loose=holds.loose)
            writes.append((node, graph, reading.stored_hash(stored_hash, names)))
        return writes


#: The mark (:mod:`graph.marks`) under which a report IRI that a later copy's reading replaced names the IRI
#: its report is stored under now: ``MOVED_MARK + old`` → new.
MOVED_MARK = "moved-report "
#: Renamings followed from an old IRI to the stored report (each later copy that goes first renames once).
MOST_MOVES = 16


def record_moves(store: Backend, placement: Placement) -> None:
    """Remember that the reports ``placement`` replaces under other IRIs are now the report its copy is of (the one it
    writes, or the stored one it is a ``duplicate_of``): an id a client kept (an export, a bookmark) still finds its
    report (:func:`now_named`). Those it ``supersedes`` (a copy whose reading goes first took over) and those it
    deletes that were read from its source before (a file whose ``url:`` header was corrected names its report anew;
    round 27, first-time analysts)."""
    now = str(placement.report[0]) if placement.report is not None else placement.duplicate_of
    if now is None:
        return
    for old in {*placement.supersedes, *(gone for gone, holds in placement.edits.items() if holds is None)} - {now}:
        store.set_mark(MOVED_MARK + old, now)


def now_named(store: Backend, iri: str) -> str | None:
    """The IRI the report once stored as ``iri`` is stored under now, following the renamings
    :func:`record_moves` kept (at most :data:`MOST_MOVES`); None when it was never renamed or its last
    name names no report (it was deleted since)."""
    for _ in range(MOST_MOVES):
        later = store.mark(MOVED_MARK + iri)
        if later is None:
            return None
        found = store.describe([later], keys=()).get(later)
        if found is not None and "Report" in found.types:
            return later
        iri = later
    return None


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
        #: Each stored source's location → the name its report's graph states.
        self.names: dict[str, str] = {}
        #: Each stored report's hash as read or written here, and the reports whose sources an edit changed since
        #: (their hash made by the store's write): what :meth:`expected` says.
        self.hashes: dict[str, str] = {}
        self.edited: set[str] = set()
        if self.store is None:
            return
        found = self.store.describe(cls="Report", keys=("sourceLocation", "contentHash"))
        hashes = self.store.graph_hashes() if found else {}
        for iri, d in found.items():
            self._put(_sourced(iri, map(str, d.props.get("sourceLocation", [])), d.one("contentHash"), hashes.get(iri, "")))
            self.hashes[iri] = hashes.get(iri, "")

    def expected(self, iri: str) -> dict[str, str | None]:
        """``{iri: the hash it is stored with, None when absent}`` as this index knows the store, for
        :meth:`graph.backends.Backend.upsert_reports`'s check that no other writer stored it since it was placed;
        empty when an edit made here left its hash to the store."""
        return {} if iri in self.edited else {iri: self.hashes.get(iri)}

    def adopt(self, location: str, name: str) -> None:
        """Take ``location`` to be the source an imported report names ``name`` (:attr:`Stored.located` false: its
        export named its files portably), when no stored report holds ``location`` itself: ingesting the files an
        export was made from after importing it finds each report read from them."""
        if self.by_source.get(location) or name == location:
            return
        for iri in sorted(self.by_source.get(name, ())):
            stored = self.reports[iri]
            if not stored.located:
                names = {loc: n for loc, n in stored.names.items() if loc != name}
                self._put(replace(stored, sources=stored.sources - {name} | {location}, names={**names, location: name}))

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
        self.names.update(report.names)
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
        for iri, holds in placement.edits.items():
            self.hashes.pop(iri, None)
            if holds is None:
                self._drop(iri)
                self.edited.discard(iri)
            elif iri in self.reports:
                self.edited.add(iri)
                reading, was = self.readings.get(iri), self.reports[iri]
                names = {source: placement.names.get(source, source) for source in holds.sources}
                self._put(Stored(iri, set(holds.sources), was.text_hash, names, was.located))
                if reading is not None:  # its sources changed, not its reading
                    self.readings[iri] = replace(reading, loose=holds.loose)
        if placement.report is not None:
            iri, graph, stored_hash = placement.report
            self._put(_stored(iri, graph, stored_hash))
            self.hashes[str(iri)] = stored_hash
            self.edited.discard(str(iri))
            self.readings[str(iri)] = Reading.of(iri, graph, stored_hash)


@dataclass
class _Copies:
    """What a stored report of the text holds, the source being placed taken out: the copies that found
    its publication (or, of a report of no publication, none) and its loose copies (location → publisher key)."""

    founding: set[str]
    loose: dict[str, str | None]


def place(index: Index, iri: URIRef, graph: Graph, content_hash: str) -> Placement:
    """What storing the report ``iri`` (its ``graph``, built from one source; ``content_hash`` as
    :class:`Reading` reads it) means: which publication it is of (:data:`PUBLICATION_RULE`), whose
    reading that publication keeps, and where each loose copy of its text goes."""
    new = _stored(iri, graph, content_hash)
    location = next(iter(new.sources), None)
    if location is not None:
        index.adopt(location, new.names[location])
    names = ChainMap(new.names, index.names)  # no copy: a first load places thousands of reports
    ours = Reading.of(iri, graph, content_hash)
    copies = [index.reports[r] for r in sorted(index.by_text.get(new.text_hash or "", ()))]
    readings = {c.iri: index.reading(c.iri) for c in copies}
    held = {c.iri: _held(c, readings[c.iri], location) for c in copies}
    loose = {loc: key for c in copies for loc, key in held[c.iri].loose.items()}
    if not ours.founds and location:
        loose[location] = ours.publisher
    standing = [c for c in copies if readings[c.iri].founds and held[c.iri].founding]  # publications another copy founds
    if ours.founds:  # of the publication its publisher founds, or the one under its IRI
        group = [c for c in copies if c.iri == str(iri) or readings[c.iri].founds and readings[c.iri].publisher == ours.publisher]
    else:  # a loose copy: of a publication, or of the one report of a text no copy founds a publication of
        group = [] if standing else [c for c in copies if not readings[c.iri].founds]
    kept = min(group, key=lambda c: readings[c.iri].precedence, default=None)
    written = not (kept is not None and not _read_from(index, kept, location, ours)
                   and readings[kept.iri].precedence <= ours.precedence) and (ours.founds or not standing)
    holder = str(iri) if written else kept.iri if kept is not None else None
    apart = [c.iri for c in standing if c.iri not in {g.iri for g in group}]  # the text's other publications
    publications = {p: (readings[p].precedence, readings[p].publisher) for p in apart}
    holdings = {p: set(held[p].founding) for p in apart}
    if holder is not None:  # the report of this copy's publication, or the one report of its text
        holdings[holder] = {loc for c in group for loc in held[c.iri].founding} | ({location} if ours.founds and location else set())
        if ours.founds:
            publications[holder] = (ours.precedence, ours.publisher) if written else (readings[holder].precedence, readings[holder].publisher)
    goes = _first_of(publications, holder)
    for loc, key in loose.items():
        holdings[goes(key)].add(loc)
    holder = holder or goes(ours.publisher)
    edits = _edits(index, copies, readings, holdings, loose, location, written and str(iri))
    supersedes = [c.iri for c in copies if (c.iri == str(iri) or edits.get(c.iri, c) is None) and not _read_from(index, c, location, ours)]
    others = sorted(p for p in publications if p != holder)
    if not written:
        outcome = "duplicate" if edits else "unchanged"
        kept_first = readings[holder].precedence
        own = kept_first == ours.precedence or _reads_alike(index, holder, graph)
        reason = None if own else why_first(kept_first, ours.precedence, holder != str(iri))
        first = readings[holder].source
        read_from = None if own else next((loc for loc in sorted(index.reports[holder].sources)
                                           if source_digest(loc) == first), None)
        return Placement(outcome, None, edits, duplicate_of=holder, sources=sorted(index.reports[holder].sources),
                         own_reading=own, others=others, reason=reason, names=names, read_from=read_from)
    for loc in holdings[holder] - new.sources:
        graph.add((iri, SOURCE, Literal(names.get(loc, loc))))  # the sources of every copy of its publication stay
    held_names = {loc: names.get(loc, loc) for loc in holdings[holder]}
    report = (iri, graph, replace(ours, loose=_loose_of(holdings[holder], loose, ours)).stored_hash(content_hash, held_names))
    if not edits and _as_imported(index, str(iri), graph):
        return Placement("unchanged", None, names=names)
    replaced = str(iri) in index.reports or None in edits.values()
    beaten = min(((readings[c].precedence, c) for c in supersedes if c in readings), default=None)
    reason = why_first(ours.precedence, beaten[0], elsewhere=beaten[1] != str(iri)) if beaten else None
    return Placement("replaced" if replaced else "inserted", report, edits, supersedes=supersedes, others=others,
                     reason=reason, names=names)


def _held(stored: Stored, reading: Reading, location: str | None) -> _Copies:
    """What ``stored`` holds besides ``location``: a loose copy is one its reading names as loose, or
    any copy of a report whose reading founds no publication (its own reading's copy too)."""
    held = _Copies(set(), {})
    for loc in stored.sources - {location}:
        digest = source_digest(loc)
        if digest in reading.loose:
            held.loose[loc] = reading.loose[digest]
        elif not reading.founds:
            held.loose[loc] = reading.publisher if digest == reading.source else None
        else:
            held.founding.add(loc)
    return held


def _first_of(publications: dict[str, tuple[Precedence, str | None]], holder: str | None) -> Callable[[str | None], str]:
    """Where a loose copy whose header names the publisher ``key`` goes: the publication that publisher
    founds, else the text's first publication (the one whose reading goes first); with no publication,
    the text's one report ``holder``."""
    ranked = sorted(publications, key=lambda p: publications[p][0])
    founded = {publications[p][1]: p for p in reversed(ranked)}
    return lambda key: founded.get(key, ranked[0]) if ranked else holder  # type: ignore[return-value]


def _loose_of(sources: set[str], loose: dict[str, str | None], reading: Reading) -> dict[str, str | None]:
    """The loose copies among ``sources`` a report read as ``reading`` names in its hash (its own copy aside)."""
    return {digest: loose[loc] for loc in sources if loc in loose and (digest := source_digest(loc)) != reading.source}


def _edits(index: Index, copies: list[Stored], readings: dict[str, Reading], holdings: dict[str, set[str]],
           loose: dict[str, str | None], location: str | None, written: str | bool) -> dict[str, Holding | None]:
    """The changes to stored reports: each copy of the text holds what ``holdings`` gives it (deleted when
    nothing: merged into another, or a report of no publication once the text has one); a report of
    another text loses ``location`` (the file was edited), deleted when it has no other source."""
    edits: dict[str, Holding | None] = {}
    for c in copies:
        if c.iri == written:
            continue  # the report written replaces it
        sources = holdings.get(c.iri)
        if not sources:
            edits[c.iri] = None
            continue
        holds = Holding(frozenset(sources), _loose_of(sources, loose, readings[c.iri]))
        if holds.sources != c.sources or holds.loose != readings[c.iri].loose:
            edits[c.iri] = holds
    edits.update(_without(index, location, {c.iri for c in copies} | ({written} if isinstance(written, str) else set())))
    return edits


def _without(index: Index, location: str | None, skip: set[str]) -> dict[str, Holding | None]:
    """Each stored report (but those in ``skip``) that holds the source ``location`` without it: deleted when it has
    no other source, else holding the others (its reading stays: the source it was read from is a source it had)."""
    edits: dict[str, Holding | None] = {}
    for other in sorted(index.by_source.get(location or "", set()) - skip):
        left = index.reports[other].sources - {location}
        reading = index.reading(other) if left else None
        edits[other] = Holding(frozenset(left), {d: k for d, k in reading.loose.items() if d != source_digest(location or "")}) \
            if reading is not None else None
    return edits


def forget_source(index: Index, location: str) -> Placement:
    """What forgetting the source ``location`` means (``okg delete`` of a file a report was read from): each stored
    report holding it loses it, and one it was the only source of is deleted (``edits``, written together by
    :meth:`Placement.writes`); no edits when no stored report holds it."""
    return Placement("deleted", None, _without(index, location, set()), names=index.names)


def delete(iri: str) -> Placement:
    """What deleting the stored report ``iri`` means: its graph goes, whatever sources it holds."""
    return Placement("deleted", None, {iri: None})


def _read_from(index: Index, stored: Stored, source: str | None, ours: Reading) -> bool:
    """Whether ``stored`` was read from ``source`` (which may have been edited since; ``ours`` is the
    reading of it being placed): its reading names the same source, or, when the reading's source is
    not known, it has no other source."""
    if source is None or source not in stored.sources:
        return False
    read = index.reading(stored.iri).source
    return (read is not None and read == ours.source) or (read is None and stored.sources == {source})


def _reads_alike(index: Index, iri: str, graph: Graph) -> bool:
    """Whether the stored report ``iri`` states exactly what ``graph`` (a copy's reading) states, their sources
    aside: the copy's header gives the reading kept, so nothing of it went unused, though the precedence of the two
    differs (an imported report's header digest is not known; round 20: a byte-identical copy ingested after an
    import was said to have its header "not used"). Reads the stored graph: called only when the precedences differ."""
    from graph.canonical import content_hash

    stored = index.store.named_graph(URIRef(iri)) if index.store is not None else None
    if stored is None:
        return False
    return content_hash(_unsourced(stored)) == content_hash(_unsourced(graph))


def _unsourced(graph: Graph) -> Graph:
    """A copy of ``graph`` without its ``okg:sourceLocation`` triples (where copies of one reading differ)."""
    kept = Graph()
    for triple in graph:
        if triple[1] != SOURCE:
            kept.add(triple)
    return kept


def _as_imported(index: Index, iri: str, graph: Graph) -> bool:
    """Whether the stored report ``iri`` is an import (or a copy: its hash the graph's content hash alone,
    :func:`graph.canonical.content_hash`) of exactly ``graph``: an unchanged report, though the store never read
    its file (round 19: ingesting the files an export was made from rewrote every imported report)."""
    from graph.canonical import content_hash

    held = index.reports.get(iri)
    if index.store is None or held is None or held.located:  # an ingested report's hash says what it was read from
        return False
    stored = index.store.report_hash(URIRef(iri))
    return stored is not None and " " not in stored and stored == content_hash(graph)


def _stored(iri: URIRef, graph: Graph, stored_hash: str) -> Stored:
    text_hash = graph.value(iri, TEXT_HASH)
    return _sourced(str(iri), map(str, graph.objects(iri, SOURCE)), str(text_hash) if text_hash is not None else None,
                    stored_hash)


def _sourced(iri: str, names: Iterable[str], text_hash: str | None, stored_hash: str) -> Stored:
    """The stored report ``iri`` whose graph names its sources ``names`` and whose hash says where they are
    (:func:`whereabouts`; a name the hash does not place is its own location, as every name of a report ingested
    before round 19 is). An import's hash (one part) places none: the report is not :attr:`Stored.located`."""
    named, where = set(names), whereabouts(stored_hash)
    located = {location: name for name, location in where or () if name in named}
    located.update({name: name for name in named - set(located.values())})
    return Stored(iri, set(located), text_hash, located, where is not None or " " in stored_hash)
