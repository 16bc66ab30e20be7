"""Mentions: each place a report names a law, an organ or a deputy, as an ``okg:Mention`` node.

A mention node holds the words as written (``okg:evidenceText``), their offsets
into the report's text, the report (``okg:statedIn``) and what they name
(``okg:mentionOf``); the report keeps its direct ``okg:mentionsLaw`` links for
simple queries, ``okg:mentionsDraft`` for a law it names as a draft (a bill, 草案: the mention has
``okg:draft true``), so "laws mentioned but never inspected" leaves out what is only a bill. An ambiguous law mention has ``okg:resolution "ambiguous"`` and
one ``okg:candidate`` per reading instead of ``okg:mentionOf``. IRIs come from the
report, the span and what is named, so re-building gives the same nodes.

A named deputy is one node per name and place (:func:`deputy_node`): reports of one place share their
deputies, and two deputies of one name in two places are two people. A deputy's every mention holds the
words that name them, so each is traceable to its sentence; an activity whose words lie in that sentence involves
the deputy (``okg:involvesDeputy``, :func:`add_deputies_of_activities`).

A report keeps at most :data:`MENTIONS_KEPT` mention nodes of one thing (a law, an organ, a deputy), its first by
offset; its direct links (``okg:mentionsLaw``…) stay whole, and :func:`add_mentions` says in a warning how many
more it names (round 51, a first-time analyst's B1: a 3.6 MB report of 20,000 numbered inspection sentences over 10
laws stated 80,000 mention nodes, 24 of its 28 triples a line, 560,251 triples in all, and the server writing it
peaked at 1.32 GB).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from rdflib import RDFS, Graph, Literal, URIRef

from loaders.build.laws import LawNodes
from loaders.extract.spans import start_after
from loaders.facts import Facts
from ontology import OKG, iri


class MentionBuilder(Protocol):
    """What the report builder offers: its graph's report, typing, evidence and organ nodes."""

    g: Graph
    report_iri: URIRef

    def typed(self, node: URIRef, cls: URIRef) -> None: ...
    def evidence(self, node: URIRef, text: str, start: int, end: int) -> None: ...


#: The most mention nodes a report keeps of one thing (a law, an organ, a deputy). The longest reports of the genre
#: name their standing committee a few dozen times (a sample's annual report 21, a dev excerpt 13); a report naming
#: one thing past this repeats a sentence shape (round 51, B1: 2,000 per law and 6,000 per organ in 20,000 lines).
MENTIONS_KEPT = 200


def add_mentions(builder: MentionBuilder, text: str, facts: Facts, laws: LawNodes,
                 organ: Callable[[str], URIRef], place: str | None) -> tuple[str, ...]:
    """One mention node per law, organ and named deputy mention of ``facts`` whose words are
    ``text[start:end]`` (a mention whose offsets do not select its words is left out, never written
    wrong), at most :data:`MENTIONS_KEPT` of one thing, the first by offset; ``organ(canonical)`` gives the node of
    an organ, ``place`` (the report's division code, or None) scopes its deputies (:func:`deputy_node`). Returns a
    warning naming each thing named more often than that, with how many mentions it has in all."""
    g = builder.g
    kept = _Kept()
    for law in sorted(facts.laws, key=lambda law: (law.start, law.end)):
        named = laws.node(law.canonical)  # the law, or the ambiguous title standing for one of its readings
        g.add((builder.report_iri, OKG.mentionsDraft if law.draft else OKG.mentionsLaw, named))
        if not _selects(text, law.mention, law.start, law.end) or not kept.takes("law", law.canonical):
            continue
        node = mention_node(builder, "law", law.canonical, law.mention, law.start, law.end)
        if law.draft:
            g.add((node, OKG.draft, Literal(True)))
        if not law.candidates:
            g.add((node, OKG.mentionOf, named))
        else:
            g.add((node, OKG.resolution, Literal("ambiguous")))
            for title in law.candidates:
                g.add((node, OKG.candidate, laws.candidate(title)))
    for found in sorted(facts.organs, key=lambda found: (found.start, found.end)):
        if not _selects(text, found.mention, found.start, found.end) \
                or not kept.takes("organ", found.canonical or found.mention):
            continue
        node = mention_node(builder, "organ", found.canonical or found.mention, found.mention, found.start, found.end)
        if found.is_organ:
            g.add((node, OKG.mentionOf, organ(found.canonical)))
        else:  # words naming no one organ: a place the text leaves unnamed, or a set of organs (各镇人大)
            g.add((node, OKG.resolution, Literal("collective" if found.kind == "collective" else "unresolved")))
    for deputy in sorted(facts.deputies, key=lambda deputy: (deputy.start, deputy.end)):
        if not deputy.name:
            continue  # a counted group is a statistic (okg:Deputy's comment)
        person = deputy_node(builder, deputy.name, place)
        if _selects(text, deputy.mention, deputy.start, deputy.end) and kept.takes("deputy", deputy.name):
            g.add((mention_node(builder, "deputy", deputy.name, deputy.mention, deputy.start, deputy.end), OKG.mentionOf, person))
    return kept.warnings()


class _Kept:
    """How many mentions of each thing (``(kind, name)``) a report has, and whether one more is kept as a node."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()

    def takes(self, kind: str, name: str) -> bool:
        """Count one more mention of ``name`` (a ``kind``): whether it is among the first :data:`MENTIONS_KEPT`."""
        self.counts[kind, name] += 1
        return self.counts[kind, name] <= MENTIONS_KEPT

    def warnings(self) -> tuple[str, ...]:
        """One line naming each thing named more than :data:`MENTIONS_KEPT` times, with its count; none when none is."""
        past = [f"the {kind} {name} {count:,}" for (kind, name), count in self.counts.items() if count > MENTIONS_KEPT]
        return (f"the text names {len(past)} thing(s) more than {MENTIONS_KEPT} times each ({'; '.join(past)}): "
                f"the first {MENTIONS_KEPT} mentions of each are kept with their words and offsets, the report's link "
                "to it stands for the rest",) if past else ()


#: What ends a sentence: a deputy involved in an activity is named in the sentence its words lie in.
_SENTENCE_STOPS = "。！？!?\n"
_SENTENCE_STOP = re.compile(f"[{_SENTENCE_STOPS}]")


def add_deputies_of_activities(builder: MentionBuilder, text: str, facts: Facts, nodes: Sequence[URIRef | None],
                               place: str | None) -> None:
    """``okg:involvesDeputy`` from each activity node (``nodes``, aligned with ``facts.activities``; None for an
    activity that made none) to each named deputy whose mention lies in the sentence the activity's words lie in
    (``text`` its report's): the deputies who took part (县人大常委会主任、市人大代表崔世刚…参加视察), asked
    (县人大代表徐迎春…发问) or whose motion the work handles (王瑛等12名代表提出的第5号议案办理工作, 开展…执法检查). The
    extractor ties a deputy to no activity; the sentence they share is the tie the text states (a first-time analyst's
    round 43, finding 8: no deputy was linked to what they did). A counted group (补选市人大代表4人) is no Deputy node."""
    for deputy in facts.deputies:
        if not deputy.name or not _selects(text, deputy.mention, deputy.start, deputy.end):
            continue
        opening, closing = _sentence(text, deputy.start, deputy.end)
        involved = [node for act, node in zip(facts.activities, nodes)
                    if node is not None and act.start < closing and act.end > opening]
        if involved:
            person = deputy_node(builder, deputy.name, place)
            for node in involved:
                builder.g.add((node, OKG.involvesDeputy, person))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence holding ``text[start:end]``: after the last stop before it
    (:func:`loaders.extract.spans.start_after`, which reads back only as far as that stop), to the first after it."""
    closing = _SENTENCE_STOP.search(text, end)
    return start_after(text, start, _SENTENCE_STOPS), closing.start() if closing else len(text)


def deputy_node(builder: MentionBuilder, name: str, place: str | None) -> URIRef:
    """The node of the deputy ``name`` of ``place`` (a division code, or ``national``), stated in this report:
    ``deputy/张伟@330523105``. Without a place the name alone says nothing of who it is: the node is the
    report's own (two unplaced reports' 张伟 stay apart)."""
    node = iri.entity("deputy", f"{name}@{place}") if place else iri.fact(builder.report_iri, "deputy", 0, 0, name)
    builder.typed(node, OKG.Deputy)
    builder.g.add((node, RDFS.label, Literal(name, lang="zh")))
    builder.g.add((node, OKG.statedIn, builder.report_iri))
    return node


def _selects(text: str, words: str, start: int, end: int) -> bool:
    return 0 <= start < end <= len(text) and text[start:end] == words


def mention_node(builder: MentionBuilder, kind: str, name: str, words: str, start: int, end: int) -> URIRef:
    """The mention node of the words ``words`` at ``start:end`` naming ``name``, a ``kind`` (law, organ, deputy, area,
    leader), with its evidence."""
    node = iri.fact(builder.report_iri, "mention", start, end, f"{kind}|{name}")
    builder.typed(node, OKG.Mention)
    builder.evidence(node, words, start, end)
    return node
