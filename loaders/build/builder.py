"""The RDF builder: one report's Facts → its named graph in the ontology's terms.

The graph holds only what this report states, so replacing the report replaces
exactly these triples. Types are materialised up to the ontology's top classes
so that asking for ``okg:OversightActivity`` finds every kind in either store.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import RDF, XSD, Graph, Literal, URIRef

from graph.identity import Stated, copy_hash
from loaders.build import activities, ordinals
from loaders.build.areas import add_jurisdictions
from loaders.build.organs import Organs
from loaders.build.laws import LawNodes
from loaders.build.mentions import add_deputies_of_activities, add_mentions
from loaders.build.report import add_period, describe_report, report_iri, source_location, source_name
from loaders.years import period
from loaders.document import HEADER_FIELDS, Document, states_unknown, unmarked
from loaders.extract.jurisdiction import jurisdiction
from loaders.extract.organs import own_area
from loaders.facts import Facts, OrganMention, publishers
from loaders.lexicon import areas
from loaders.lexicon.areas import Area
from loaders.lexicon.normalise import simplify
from loaders.read.header_checks import IDENTITY_FIELDS
from ontology import OKG, superclasses



@dataclass(frozen=True)
class ReportGraph:
    """A report's IRI, its triples (the named graph), its content hash, what its header leaves
    in doubt (:attr:`loaders.facts.Facts.warnings`) and the header lines it was read with.

    ``content_hash`` is :func:`graph.identity.copy_hash`: digests of its text and header, of its header,
    of its source and of the publisher its header names, what its header states and how many warnings reading its
    file raised: the hash the store keeps, so an unchanged
    report is skipped and identity knows which copy of a text a stored report was read from and which
    publication it is of (:class:`graph.identity.Reading`) without the path a user read it from
    reaching the data."""

    iri: URIRef
    graph: Graph
    content_hash: str
    warnings: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


def build(doc: Document, facts: Facts) -> ReportGraph:
    """Build the named graph of one report."""
    metadata = {**unmarked(doc.metadata), **facts.report}  # a title marked uncertain, read without its mark
    builder = _Builder(report_iri(doc), period(metadata.get("year", "")), facts.organs,
                       areas.by_code(metadata.get("division_code", "")))
    builder.report(doc, metadata)
    for name in builder.organs.mentioned():
        builder.g.add((builder.report_iri, OKG.mentionsOrgan, builder.organ(name)))
    laws = LawNodes(builder.g, facts.laws, builder.typed)
    place = metadata.get("division_code") or ("national" if metadata.get("level") == "national" else None)
    add_mentions(builder, doc.text, facts, laws, builder.organ, place)
    nodes = activities.add(builder, facts, laws)
    add_deputies_of_activities(builder, doc.text, facts, nodes, place)
    add_jurisdictions(builder.g, builder.report_iri, metadata)
    _placed_by_publisher(builder.g, builder.report_iri)
    if (area := builder.g.value(builder.report_iri, OKG.jurisdiction)) is not None:  # its deputies' place (deputy_node)
        for deputy in list(builder.g.subjects(RDF.type, OKG.Deputy)):
            builder.g.add((deputy, OKG.jurisdiction, area))
    header = tuple(f"{key}: {value}" for key, value in doc.metadata.items() if key in HEADER_FIELDS)
    named = sorted(map(str, builder.g.objects(builder.report_iri, OKG.publishedBy))) if doc.metadata.get("organ") else []
    content_hash = copy_hash(doc.content_hash, doc.metadata_hash, source_location(doc), named,  # the header's, not a guess
                             source_name(doc), header_stated(doc.metadata), len(doc.warnings))
    return ReportGraph(builder.report_iri, builder.g, content_hash, (*facts.warnings, *ordinals.warnings(facts)), header)


def header_stated(metadata: Mapping[str, str]) -> Stated:
    """What a copy's header states (:class:`graph.identity.Stated`), by field, sorted: of whose report of which year it is
    (:data:`loaders.read.header_checks.IDENTITY_FIELDS`), then besides; a value saying it is not known (``url: 不详``,
    :func:`loaders.document.states_unknown`) states nothing."""
    given = sorted(key for key, value in metadata.items()
                   if key in HEADER_FIELDS and value.strip() and not states_unknown(value))
    return Stated(tuple(k for k in given if k in IDENTITY_FIELDS), tuple(k for k in given if k not in IDENTITY_FIELDS))


def _placed_by_publisher(g: Graph, report: URIRef) -> None:
    """A report whose text and header place it nowhere is where its publisher is, when the publisher's name places
    it (道老杜苏木人民代表大会: the township, 150526202): a new user found the organ placed and its report unplaced, so
    the report's rows had no area while its statistics were listed under the area (round 17)."""
    publishers = list(g.objects(report, OKG.publishedBy))
    if g.value(report, OKG.jurisdiction) is None and len(publishers) == 1:  # several: their common area, extracted
        if (area := g.value(publishers[0], OKG.jurisdiction)) is not None:
            g.add((report, OKG.jurisdiction, area))


class _Builder:
    """Accumulates one report's triples; knows how each kind of node looks."""

    def __init__(self, report_iri: URIRef, years: tuple[int, int] | None, organs: list[OrganMention],
                 near: Area | None = None) -> None:
        self.g = Graph()
        self.report_iri = report_iri
        self.years = years
        self.organs = Organs(self.g, self.typed, organs, report_iri, near)
        self.conductor: URIRef | None = None  # who conducts the activities the report states
        self._area: tuple[str, str | None, str] = ("", None, "")  # the report's organ, level and text (:attr:`government`)

    def typed(self, node: URIRef, cls: URIRef) -> None:
        for t in (cls, *superclasses(cls)):
            self.g.add((node, RDF.type, t))

    def report(self, doc: Document, metadata: dict[str, str]) -> None:
        r = self.report_iri
        self.typed(r, OKG.Report)
        describe_report(self.g, r, doc, metadata, self.years)
        names = publishers(metadata)  # several: each is a publisher (dcterms:publisher is repeatable)
        for organ in names:
            self.g.add((r, OKG.publishedBy, self.organ(organ)))
        if len(names) == 1 and self.organs.publisher_conducts(names[0]):  # a government's report: the congress heard it
            self.conductor = self.organs.conductor(names[0])  # several: the extractor names each activity's
        if term := metadata.get("organ_term"):
            self.g.add((r, OKG.publisherTerm, Literal(term)))
        self._area = (metadata.get("organ") or "", metadata.get("level"), doc.text)

    @functools.cached_property
    def government(self) -> str | None:
        """The canonical name of the people's government of the report's area (国务院 for a national report), which
        organises the handling of the deputies' suggestions its area's bodies take on; None when the report's organ
        or area is unknown. Read once, when a suggestion handling names no handler (:mod:`loaders.build.activities`)."""
        organ, level, text = self._area
        return own_area("government", jurisdiction(simplify(organ), level, text)) if organ else None

    @property
    def text(self) -> str:
        """The report's text as read (``""`` before :meth:`report`): what the activities' offsets index."""
        return self._area[2]

    def organ(self, name: str) -> URIRef:
        return self.organs.node(name)

    def evidence(self, node: URIRef, text: str, start: int, end: int, years: tuple[int, int] | None = None) -> None:
        """The evidence sentence and offsets of ``node``, its report, and its years (else the report's)."""
        self.g.add((node, OKG.evidenceText, Literal(text)))
        self.g.add((node, OKG.startOffset, Literal(start, datatype=XSD.integer)))
        self.g.add((node, OKG.endOffset, Literal(end, datatype=XSD.integer)))
        self.g.add((node, OKG.statedIn, self.report_iri))
        add_period(self.g, node, years or self.years, OKG.year)

