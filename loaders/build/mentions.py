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
"""
from __future__ import annotations

import re
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


def add_mentions(builder: MentionBuilder, text: str, facts: Facts, laws: LawNodes,
                 organ: Callable[[str], URIRef], place: str | None) -> None:
    """One mention node per law, organ and named deputy mention of ``facts`` whose words are
    ``text[start:end]`` (a mention whose offsets do not select its words is left out, never written
    wrong); ``organ(canonical)`` gives the node of an organ, ``place`` (the report's division code, or
    None) scopes its deputies (:func:`deputy_node`)."""
    g = builder.g
    for law in facts.laws:
        named = laws.node(law.canonical)  # the law, or the ambiguous title standing for one of its readings
        g.add((builder.report_iri, OKG.mentionsDraft if law.draft else OKG.mentionsLaw, named))
        if not _selects(text, law.mention, law.start, law.end):
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
    for found in facts.organs:
        if not _selects(text, found.mention, found.start, found.end):
            continue
        node = mention_node(builder, "organ", found.canonical or found.mention, found.mention, found.start, found.end)
        if found.is_organ:
            g.add((node, OKG.mentionOf, organ(found.canonical)))
        else:  # words naming no one organ: a place the text leaves unnamed, or a set of organs (各镇人大)
            g.add((node, OKG.resolution, Literal("collective" if found.kind == "collective" else "unresolved")))
    for deputy in facts.deputies:
        if not deputy.name:
            continue  # a counted group is a statistic (okg:Deputy's comment)
        person = deputy_node(builder, deputy.name, place)
        if _selects(text, deputy.mention, deputy.start, deputy.end):
            g.add((mention_node(builder, "deputy", deputy.name, deputy.mention, deputy.start, deputy.end), OKG.mentionOf, person))


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
