"""Law nodes of a report graph: one typed node per canonical title, the same IRI in every report.

A title the report leaves ambiguous (``LawMention.candidates``) is never resolved to one
reading: its mentions carry the candidates (:mod:`loaders.build.mentions`), and the
activities concerning it concern an ``okg:AmbiguousLawTitle`` node of its own, labelled
with the title, with an ``okg:candidate`` link to each reading and no level, so that the
inspection of 城市绿化条例 in a Wuhan district's report is a row of the laws table and of
coverage stating its readings, not lost (a first-time analyst's class 8, round 30).
"""
from __future__ import annotations

from collections.abc import Callable

from rdflib import RDFS, Graph, Literal, URIRef

from loaders.facts import LawMention
from loaders.lexicon import law_catalog
from ontology import OKG, iri

LAW_LEVEL_CLASSES: dict[str, URIRef] = {
    "宪法": OKG.Constitution,
    "法律": OKG.NationalLaw,
    "行政法规": OKG.AdministrativeRegulation,
    "地方性法规": OKG.LocalRegulation,
    "自治条例": OKG.AutonomousRegulation,
    "单行条例": OKG.AutonomousRegulation,
    "规章": OKG.Rule,
    "部门规章": OKG.Rule,
    "地方政府规章": OKG.Rule,
    law_catalog.LEGAL_DECISION: OKG.LegalDecision,
}


class LawNodes:
    """The law nodes of one report graph ``g``, from the report's law mentions.

    ``typed(node, cls)`` states a node's class and its superclasses. :meth:`node` adds (once)
    and returns the node of a canonical title, the :meth:`ambiguous` node of a title the report
    leaves ambiguous; :meth:`candidate` the node of one reading of an ambiguous title.
    """

    def __init__(self, g: Graph, laws: list[LawMention], typed: Callable[[URIRef, URIRef], None]) -> None:
        self.g = g
        self.typed = typed
        self.levels = {law.canonical: law.level for law in laws if not law.candidates}
        self.readings: dict[str, list[str]] = {}  # an ambiguous title → its candidate titles, sorted
        for law in laws:
            if law.candidates and law.canonical not in self.levels:
                self.readings[law.canonical] = sorted({*self.readings.get(law.canonical, ()), *law.candidates})

    def node(self, title: str) -> URIRef:
        return self.ambiguous(title) if title in self.readings else self._add(title, self.levels.get(title))

    def ambiguous(self, title: str) -> URIRef:
        """The ``okg:AmbiguousLawTitle`` node of a title the report leaves ambiguous: labelled with the title, linked to
        each reading (:meth:`candidate`), no level; its IRI names the title and its readings (``law/城市绿化条例（城市
        绿化条例或武汉市城市绿化条例）``), so the same ambiguity in two reports is one node and another (a Shenzhen
        district's 城市绿化条例) another."""
        readings = self.readings[title]
        node = iri.entity("law", f"{title}（{'或'.join(readings)}）")
        self.typed(node, OKG.AmbiguousLawTitle)
        self.g.add((node, RDFS.label, Literal(title, lang="zh")))
        for reading in readings:
            self.g.add((node, OKG.candidate, self.candidate(reading)))
        return node

    def candidate(self, title: str) -> URIRef:
        """A reading the catalog holds has its level; one the report names too, the level read there; any other is
        the local reading of a bare title (武汉市城市绿化条例 for 城市绿化条例 in a Wuhan district's report:
        :func:`loaders.extract.laws.read_bare_regulations`), at the level its form implies."""
        from loaders.extract.laws import local_level  # here: the API imports this module's names (round 51, start-up)

        entry = law_catalog.lookup(title)
        level = (self.levels.get(title) or (entry.level if entry and entry.canonical == title else None)
                 or local_level(title))
        return self._add(title, level)

    def _add(self, title: str, level: str | None) -> URIRef:
        node = iri.entity("law", title)
        self.typed(node, LAW_LEVEL_CLASSES.get(level or "", OKG.Law))
        self.g.add((node, RDFS.label, Literal(title, lang="zh")))
        if level:
            self.g.add((node, OKG.lawLevel, Literal(level)))
        return node
