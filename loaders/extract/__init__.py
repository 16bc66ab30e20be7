"""The extractor: one report's text in, its Facts out, every fact with its evidence span.

Rules run on a simplified-character view of the text of the same length, so
every offset slices the original text (traditional or not) unchanged.
"""
from __future__ import annotations

from bisect import bisect_right

from loaders.extract import activities, deputies, organs, plans, statistics
from loaders.extract import laws as law_titles
from loaders.lexicon.areas import jurisdiction
from loaders.document import Document
from loaders.facts import Activity, Facts, LawMention
from loaders.extract.issues import issue_of
from loaders.extract.laws import LawHit
from loaders.extract.subjects import subject_of
from loaders.extract.spans import Span, clauses, sentences, simplify


def extract(doc: Document) -> Facts:
    """All facts the report states, with offsets into ``doc.text``."""
    text = simplify(doc.text)
    jur = jurisdiction(doc, text)
    hits = law_titles.find(text, jur)
    clause_list = [c for s in sentences(text) for c in clauses(text, s)]
    planned = plans.plan_spans(text)
    organ_hits = organs.find(text, jur, [(h.start, h.end) for h in hits])
    agency = _agency_sentences(text, organ_hits)
    found = [f for f in activities.find(text, [(h.start, h.end, h.canonical) for h in hits]) if not _within(f.span.start, agency)]
    inspections = [(f.span.start, f.span.end) for f in found if f.type == "law_enforcement_inspection"]
    laws = [_law_mention(doc.text, text, hit, clause_list, planned, inspections) for hit in hits]
    inspected = {law.canonical for law in laws if law.inspected}
    for law in laws:
        law.inspected = law.canonical in inspected
    return Facts(
        laws=laws,
        activities=[_activity(doc.text, text, f, hits, organ_hits) for f in found],
        organs=[organs.to_mention(doc.text, o) for o in organ_hits],
        deputies=deputies.find(doc.text, text),
        statistics=[s for s in statistics.find(doc.text, text) if not _within(s.start, agency) and not _within(s.start, planned)],
    )


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _agency_sentences(text: str, organ_hits: list[organs.OrganHit]) -> list[tuple[int, int]]:
    """Sentences whose subject is a government department (县市场监管局全年开展…检查…):
    they report the department's own work, not the congress's oversight, so their
    inspections are not activities and their numbers are not the report's statistics."""
    spans = []
    for sentence in sentences(text):
        lead = len(sentence.text) - len(sentence.text.lstrip())
        first = next((h for h in organ_hits if sentence.start <= h.start < sentence.end), None)
        if first and first.start == sentence.start + lead and first.kind in ("department", "police"):
            spans.append((sentence.start, sentence.end))
    return spans


def _clause_at(clause_list: list[Span], offset: int) -> Span | None:
    index = bisect_right([c.start for c in clause_list], offset) - 1
    if index >= 0 and clause_list[index].start <= offset < clause_list[index].end:
        return clause_list[index]
    return None


def _law_mention(original: str, text: str, hit: LawHit, clause_list: list[Span], planned: list[tuple[int, int]],
                 inspections: list[tuple[int, int]]) -> LawMention:
    """A law mention; inspected when its clause ties it to an inspection or an
    inspection activity's evidence holds it (围绕X法落实情况,开展执法检查)."""
    clause = _clause_at(clause_list, hit.start)
    tied = not _within(hit.start, planned) and (
        (clause is not None and activities.is_inspection_context(clause.text)) or _within(hit.start, inspections))
    return LawMention(
        mention=original[hit.start : hit.end],
        canonical=hit.canonical,
        inspected=tied,
        start=hit.start,
        end=hit.end,
        level=hit.level,
        evidence=original[clause.start : clause.end] if tied and clause else None,
    )


def _activity(original: str, text: str, found: activities.Found, hits: list[LawHit], organ_hits: list[organs.OrganHit]) -> Activity:
    span = found.span
    laws = list(dict.fromkeys(h.canonical for h in hits if span.start <= h.start < span.end))
    overseen, joint = organs.roles(text, span, organ_hits)
    subject = subject_of(found.type, span.text, laws)
    return Activity(
        type=found.type,
        evidence=original[span.start : span.end],
        start=span.start,
        end=span.end,
        laws=laws,
        subject=subject,
        count=found.count,
        overseen=overseen,
        jointly_with=joint,
        issue=issue_of(subject),
    )
