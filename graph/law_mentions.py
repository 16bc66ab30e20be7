"""Where the reports name a law other than in a statement of its inspection: the ``mentions`` of a ``/laws`` row.

A law the reports name only in a planned inspection (拟对…条例开展执法检查) or in passing was listed with
``reports: []`` and ``evidence: []`` (round 20: 31 of 84 laws of a fresh user's store), so nothing said where
to read about it. Each law row now lists, beside its inspections' statements (``evidence``), every other
statement naming it, with its report and the sentence:

- each planned law-enforcement inspection concerning the law (its own evidence sentence, ``status`` planned);
- each mention of the law (``okg:Mention``, ``okg:mentionOf``) that no law-enforcement inspection of the law, or
  follow-up of one (:func:`graph.inspections.inspects`, the rule ``evidence`` is chosen by), in the same report
  already covers, with the sentence of the report's text the words lie in
  (:func:`loaders.extract.spans.sentences`: the extraction's own sentence ends), ``start`` and ``end`` that
  sentence's offsets.

Only the mentions of laws are described whole: a report's mentions of organs and deputies outnumber them (a new user's
round 48, B7: a report of 6,000 inspection sentences states 18,000 mentions, two thirds of them its organ's and its
inspection group's), and describing each (its report, offsets and words) was most of the first ``/laws``; the
mentions aimed at a law are asked for alone (:meth:`graph.backends.Backend.mentions_aimed`: one query on the embedded
store, round 49, newuser34 B7).
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from graph.backends import Backend, Description
from graph.inspections import FOLLOW_UP, INSPECTION, inspects
from graph.per_version import PerVersion
from ontology import iri as iris

if TYPE_CHECKING:
    from loaders.extract.spans import Span

#: A law's statement other than its inspections', as ``/laws`` lists it (:class:`graph.shapes.EntityEvidence`).
Mention = dict[str, Any]


def mentions_of_laws(store: Backend) -> dict[str, list[Mention]]:
    """``{law IRI: [{"iri", "types", "status", "text", "report", "start", "end"}]}`` for every law a report names
    otherwise than in a reported inspection's statement, each list by report and offset: ``iri`` the planned
    inspection or the mention, ``status`` ``planned`` or None (a mention), ``text`` the sentence."""
    stating = {iri: d for kind in (INSPECTION, FOLLOW_UP) for iri, d in store.describe(cls=kind).items()}
    inspections = [d for d in stating.values() if _placed(d) and inspects(d)]
    covered: dict[tuple[str, str | None], list[tuple[int, int]]] = defaultdict(list)  # (law, report) → spans
    found: dict[str, list[Mention]] = defaultdict(list)
    for d in inspections:
        for law in d.rels.get("concernsLaw", []):
            covered[law, d.rel("statedIn")].append((d.one("startOffset"), d.one("endOffset")))
            if d.one("status") == "planned":
                found[law].append(_statement(d, d.one("evidenceText"), d.one("startOffset"), d.one("endOffset")))
    reach = {key: _Reach(spans) for key, spans in covered.items()}
    loose = [(law, d) for d in store.mentions_aimed(_laws()).values() if _placed(d)
             for law in d.rels.get("mentionOf", []) if _is_law(law)
             if (law, d.rel("statedIn")) not in reach
             or not reach[law, d.rel("statedIn")].holds(d.one("startOffset"), d.one("endOffset"))]
    for (law, d), sentence in zip(loose, sentences_of(store, [d for _, d in loose])):
        found[law].append(_statement(d, *sentence))
    return {law: _once_per_sentence(rows) for law, rows in found.items()}


def sentences_of(store: Backend, mentions: list[Description]) -> list[tuple[str | None, int, int]]:
    """For each mention of ``mentions`` (``okg:statedIn``, offsets and words), ``(text, start, end)`` of the sentence of
    its report's text its words lie in (:func:`loaders.extract.spans.sentences`: the extraction's own sentence ends),
    or its own words and offsets when no sentence of the text holds them. A mention node keeps only its words (the
    title as written, :mod:`loaders.build.mentions`): shown as evidence, they were the law's name again, not what the
    report says of it (a first-time analyst's round 49, B8). Each report's text is read once, by every mention of it."""
    from loaders.extract.spans import sentences  # the extraction's sentence ends; loaders imported on first use

    texts = _texts(store, sorted({report for d in mentions if (report := d.rel("statedIn"))}))
    cut: dict[str, _Sentences] = {}
    found: list[tuple[str | None, int, int]] = []
    for d in mentions:
        report = d.rel("statedIn") or ""
        if report not in cut:
            cut[report] = _Sentences(sentences(texts.get(report, "")))
        own = (d.one("evidenceText"), d.one("startOffset"), d.one("endOffset"))
        found.append(cut[report].holding(own[1], own[2]) or own if _placed(d) else own)
    return found


def _laws() -> str:
    """The IRI every law's begins with (:func:`ontology.iri.entity`'s ``law/``)."""
    return f"{iris.base()}law/"


def _is_law(iri: str) -> bool:
    """Whether ``iri`` names a law (:func:`_laws`)."""
    return iri.startswith(_laws())


def _once_per_sentence(rows: list[Mention]) -> list[Mention]:
    """``rows`` by report and offset, one per sentence of a report (a title named twice in one sentence): a planned
    inspection before a mention, then the least IRI."""
    kept: dict[tuple[str | None, int, int], Mention] = {}
    for m in sorted(rows, key=lambda m: (m["report"] or "", m["start"], m["end"], m["status"] is None, m["iri"])):
        kept.setdefault((m["report"], m["start"], m["end"]), m)
    return list(kept.values())


def _statement(d: Description, text: str | None, start: int, end: int) -> Mention:
    return {"iri": d.iri, "types": sorted(d.types), "status": d.one("status"), "text": text,
            "report": d.rel("statedIn"), "start": start, "end": end}


def _placed(d: Description) -> bool:
    """Whether the statement ``d`` gives both its offsets (a statement without them is in no sentence)."""
    return d.one("startOffset") is not None and d.one("endOffset") is not None


class _Reach:
    """Spans of a text (``(start, end)`` pairs), asked whether one of them holds a stretch: one binary search
    instead of a look at each (the statements of one law in one report: 2,000 and more in a long report, each
    mention of it asking, round 26)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.ends: list[int] = []  # the furthest end of the spans up to each
        for _, end in spans:
            self.ends.append(max(end, self.ends[-1]) if self.ends else end)

    def holds(self, start: int, end: int) -> bool:
        """Whether a span starts at or before ``start`` and ends at or after ``end``."""
        at = bisect_right(self.starts, start) - 1
        return at >= 0 and end <= self.ends[at]


def _texts(store: Backend, reports: list[str]) -> dict[str, str]:
    """Each report's full text (``okg:fullText``)."""
    described = store.describe(reports, keys=("fullText",), bulky=True) if reports else {}
    return {iri: str(d.one("fullText") or "") for iri, d in described.items()}


class _Sentences:
    """A text's sentences (:func:`loaders.extract.spans.sentences`, in order) with their starts listed once, so
    finding a mention's sentence is one binary search (listing them for each mention made a long report's mentions
    quadratic: 57 of the 63 s a fresh user's first ``/laws`` took after a 2 MB report, round 26)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [span.start for span in spans]

    def holding(self, start: int, end: int) -> tuple[str, int, int] | None:
        """The sentence holding ``[start, end)``: its text and offsets; None when none holds it (offsets outside
        the text)."""
        at = bisect_right(self.starts, start) - 1
        if at >= 0 and end <= self.spans[at].end:
            return self.spans[at].text, self.spans[at].start, self.spans[at].end
        return None


#: :func:`mentions_of_laws`, read once per version of a store (shared: do not change what it gives).
law_mentions = PerVersion(mentions_of_laws)
