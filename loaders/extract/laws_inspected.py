"""Which law mentions an inspection concerns: the ties between a law and an inspection.

A mention is inspected when its own clause checks the law (检查…实施情况, …执法检查, a
follow-up of one, 检查 right before a title), when an inspection activity's evidence holds it, or when another clause
of its sentence states an inspection that names no law of its own (围绕《X条例》，组织开展
执法检查; 安排了三项执法检查，分别是A法、B条例) and the mention's clause neither cites the
law as a ground (依据《X法》) nor makes it (审议通过《X条例》) nor states other work
(听取…报告, 调研); a numbered item takes the inspection its list's head states (开展执法检查
3项。一是《X法》；二是《Y条例》). The phrasings are ``lexicon/data/law-inspection-ties.csv`` and the
activity triggers. A law named right after the work's ground or purpose (依据《监督法》对《X法》开展执法检查;
开展《X法》执法检查是…贯彻实施监督法…: the ``basis`` rows) is never inspected, unless its inspection's words follow it
(根据《X法》执法检查方案).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import plans
from loaders.extract.activities import is_inspection_context
from loaders.extract.spans import Span, Stretches
from loaders.lexicon.patterns import NOT_DONE
from loaders.lexicon.tables import rows
from loaders.lexicon.triggers import triggers

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.laws import LawHit

# 检查 right before a law's title: the clause checks the laws it names (检查水法及省水资源条例).
_CHECKED = re.compile(r"(?<!行政执法)(?<![督安])检查了?[《“〈]?$")
_DRAFT_AFTER = re.compile(r"》?[（(]?(?:修订|修正)?草案")
# Where one report of a list of reports heard ends and the next begins (…的报告、…的报告和…, …报告的审议意见、…,
# …专题调研的工作方案、关于检查…的方案), or one work of a list of works under one verb (开展《A条例》实施情况执法检查、
# 《B条例》实施情况专项调研: B is studied, not inspected; a new user's law study, round 19), or a reading of a draft
# (…实施办法一审以及…执法检查等工作: the measure read, not inspected; ar03, round 47).
_READ = "[一二三初]审"  # a draft's reading (民办教育促进法实施办法一审), work of its own in a list of works
_REPORTS_APART = re.compile(rf"(?:(?<=报告|意见|方案|调研|视察)|(?<=执法检查)|(?<={_READ}))(?:、|和|及|以及)")
_READING = re.compile(f"{_READ}$")
# The inspection group or its findings, in the sentence after the inspection (检查组深入…, 检查中, 检查发现; 执法组, the group
# shortened: …进行了执法检查。执法组实地走访了…: y45, round 47).
_GROUP_FINDS = re.compile(r"检查(?:组|中|发现|期间|时|认为|指出)|执法组")
# …even in the next paragraph when that paragraph opens with the group (开展安全生产执法检查。⏎检查组一行…了解…对《X法》的
# 贯彻实施情况: a news item's lead, then its body; fresh at45).
_GROUP_OPENS = re.compile(r"\s*(?:(?:执法)?检查组|执法组)")
# A numbered item: 一是, 其二, 三、, 2., （四）; inside a sentence after its head (开展两项执法检查：一是…).
_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|[一二三四五六七八九十]+、|\d+[、.．]"
                   r"|[（(][一二三四五六七八九十\d]+[)）])")
_ITEM_INSIDE = re.compile(r"[一二三四五六七八九十]+是|其[一二三四五六七八九十]")
# A law followed by its own inspection's words (根据《X法》执法检查方案, 按照《X法》和《Y条例》实施情况检查的安排): the
# ground word before it names the plan of its inspection, not the law as a ground.
_INSPECTED_AFTER = re.compile(r"[》〉]?(?:[、和及与][《〈]?[^，,。；;《》〈〉、]{1,30}?[》〉]?)*?(?:的)?(?:贯彻)?(?:实施|执行|落实)?"
                              r"(?:情况)?(?:开展)?(?:执法|监督)?检查")
# How far before a law the ``basis`` rows read.
_BASIS_REACH = 30
# How many items a list's head reaches back over.
_LIST_REACH = 12
# Activity kinds whose trigger in a clause makes that clause another piece of work.
_OTHER_WORK = ("special_inquiry", "satisfaction_evaluation", "site_visit", "investigation", "filing_review",
               "audit_oversight", "budget_review", "report_review")


@lru_cache(maxsize=None)
def _ties(kind: str) -> re.Pattern[str]:
    """One pattern: the rows of ``law-inspection-ties.csv`` of one kind (``inspection``, ``cited``,
    ``investigation``, ``ground`` or ``basis``)."""
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows("law-inspection-ties") if row["kind"] == kind))


@lru_cache(maxsize=1)
def _other_work() -> re.Pattern[str]:
    found = triggers()
    return re.compile("|".join(f"(?:{found[kind].pattern})" for kind in _OTHER_WORK if kind in found))


def inspects(clause_text: str) -> bool:
    """Whether a clause ties the laws it names to an inspection of them."""
    return is_inspection_context(clause_text) or bool(_ties("inspection").search(clause_text))


def evidence(ctx: Context) -> list[Span | None]:
    """For each of ``ctx.law_hits``, the stretch that ties it to an inspection (its clause, or the
    clause and the inspection clause of its sentence), or None. Each sentence is read once."""
    law_starts = [h.start for h in ctx.law_hits]
    activities = Stretches([(f.span.start, f.span.end) for f in ctx.activity_hits if f.type == "law_enforcement_inspection"])
    sentence_starts = [s.start for s in ctx.sentences]
    lawless: dict[int, Span | None] = {}  # sentence index → its inspection clause that names no law
    agency = ctx.agency_sentences
    clauses = [ctx.clause_at(hit.start) for hit in ctx.law_hits]
    items = [_report_of(ctx.text, clause, hit.start) if clause else None for hit, clause in zip(ctx.law_hits, clauses)]
    checked = {item.start for hit, item in zip(ctx.law_hits, items)
               if item is not None and _CHECKED.search(ctx.text, max(0, hit.start - 6), hit.start)}
    nested = _nested(ctx.law_hits)
    found: list[Span | None] = []
    for index, (hit, clause, item) in enumerate(zip(ctx.law_hits, clauses, items)):
        if (clause is None or item is None or NOT_DONE.search(item.text) or _called_off(ctx, clause) or index in nested or _studied(item.text)
                or _ties("ground").match(ctx.text, hit.end) or _named_as_basis(ctx.text, clause, hit.start, hit.end)
                or _other_item(item, clause)):
            found.append(None)
        elif activities.holds(hit.start) or (
                (item.start in checked or inspects(item.text)) and not agency.holds(hit.start)):
            found.append(item)  # a department's own check (市场监管局开展…执法检查) is administrative
        else:
            index = bisect_right(sentence_starts, hit.start) - 1
            other = _inspection_of(ctx, index, law_starts, lawless)
            borrows = other is not None and not _cited(ctx.text, clause, hit.start, hit.end) and not _other_work().search(clause.text)
            found.append(Span(min(clause.start, other.start), max(clause.end, other.end), "") if borrows else None)
    return found


def _called_off(ctx: Context, clause: Span) -> bool:
    """Whether the clause after ``clause`` in its sentence tells its work called off (原计划开展《X法》执法检查，因故取消:
    :func:`plans.fates`), so its laws were not inspected."""
    sentence = ctx.sentence_holding(clause.start)
    clauses = ctx.clauses_of(sentence) if sentence else []
    starts = [c.start for c in clauses]
    return clause.start in starts and plans.fates(tuple(c.text for c in clauses))[starts.index(clause.start)] == "off"


def _named_as_basis(text: str, clause: Span, start: int, end: int) -> bool:
    """Whether the law named at ``start:end`` is the ground or purpose of the work its clause states (依据《监督法》对
    《消防法》开展执法检查; 开展《消防法》执法检查是市人大常委会贯彻实施监督法…: a ``basis`` row of
    ``law-inspection-ties.csv`` right before it, within ``clause``), and no inspection's words follow it
    (根据《消防法》执法检查方案 names the inspection's plan)."""
    before = text[max(clause.start, start - _BASIS_REACH) : start]
    return bool(_ties("basis").search(before)) and not _INSPECTED_AFTER.match(text, end, clause.end)


def _other_item(item: Span, clause: Span) -> bool:
    """Whether ``item``, one of several works listed in ``clause`` (:data:`_REPORTS_APART`), is other work than an
    inspection (开展《X法》实施情况视察、《Y法》执法检查: X is visited, not inspected; …实施办法一审以及…执法检查: the
    measure is read, :data:`_READING`)."""
    return ((item.start, item.end) != (clause.start, clause.end)
            and bool(_other_work().search(item.text) or _READING.search(item.text)) and not inspects(item.text))


def _studied(text: str) -> bool:
    """Whether a report or clause studies its laws rather than checks them (全省X法执法调研情况): an
    investigation's laws are not inspected, though an inspection's evidence around it holds them
    (the ``investigation`` rows of ``law-inspection-ties.csv``)."""
    return bool(_ties("investigation").search(text)) and not inspects(text)


def _nested(hits: list[LawHit]) -> set[int]:
    """The indexes of the hits named inside another hit's title (the national law in
    《湖北省实施〈X法〉办法》): a title that quotes a law is no inspection of that law, so the law is
    inspected only where the text names it on its own (PROVENANCE-j-a, nested laws). ``hits`` are in
    text order; one pass keeps the furthest end of the titles before."""
    inside: set[int] = set()
    furthest, outer = -1, (-1, -1)
    for index, hit in enumerate(hits):
        if hit.end <= furthest and (hit.start, hit.end) != outer:
            inside.add(index)
        elif hit.end > furthest:
            furthest, outer = hit.end, (hit.start, hit.end)
    return inside


def _report_of(text: str, clause: Span, offset: int) -> Span:
    """The report of a list of reports heard that holds ``offset`` (听取A关于X的报告、B关于检查Y实施情况的
    报告: each report is what its own words say), or the whole clause where it lists none."""
    start = clause.start
    for separator in _REPORTS_APART.finditer(text, clause.start, clause.end):
        if separator.start() >= offset:
            end = separator.start()
            return Span(start, end, text[start:end])
        start = separator.end()
    return Span(start, clause.end, text[start : clause.end]) if start > clause.start else clause


def _inspection_of(ctx: Context, index: int, law_starts: list[int], lawless: dict[int, Span | None]) -> Span | None:
    """The inspection a sentence's laws take: its own inspection clause that names no law; the one the
    sentence before states, when this one tells what its group found (开展了执法检查。检查组深入…，了解《X法》…) in
    the same paragraph or opening the next with the group (…执法检查。⏎检查组…); or, for a numbered item (一是《X法》；二是《Y条例》),
    the one its list's head states (开展执法检查3项。一是…)."""
    own = _lawless(ctx, index, law_starts, lawless)
    if own is not None:
        return own
    sentence = ctx.sentences[index] if index >= 0 else None
    if sentence is not None and index > 0 and _GROUP_FINDS.search(sentence.text):
        before = ctx.sentences[index - 1]  # 开展了执法检查。检查组…了解《X法》…: the group of that inspection
        if (("\n" not in ctx.text[before.end : sentence.start] or _GROUP_OPENS.match(sentence.text))
                and (clause := _lawless(ctx, index - 1, law_starts, lawless))):
            return clause
    for _ in range(_LIST_REACH):  # back over the items before it, to the head of the list
        if index <= 0 or not _ITEM.match(ctx.sentences[index].text):
            return None
        index -= 1
        head, clause = ctx.sentences[index], _lawless(ctx, index, law_starts, lawless)
        if clause is not None and (clause.end == head.end or _ITEM_INSIDE.search(head.text, clause.end - head.start)):
            return clause
    return None


def _lawless(ctx: Context, index: int, law_starts: list[int], lawless: dict[int, Span | None]) -> Span | None:
    if index not in lawless:
        lawless[index] = _lawless_inspection(ctx, ctx.sentences[index], law_starts) if index >= 0 else None
    return lawless[index]


def _cited(text: str, clause: Span, start: int, end: int) -> bool:
    """Whether the clause cites, makes or publicises the law named at ``start:end``: a ``cited``
    phrasing before it (依据《X法》, 审议通过《X条例》), or a draft right after it (X条例草案)."""
    return bool(_ties("cited").search(text, clause.start, start) or _DRAFT_AFTER.match(text, end))


def _lawless_inspection(ctx: Context, sentence: Span, law_starts: list[int]) -> Span | None:
    """The first clause of a sentence that states an inspection and names no law, if any."""
    for clause in ctx.clauses_of(sentence):
        names_law = bisect_left(law_starts, clause.start) < bisect_left(law_starts, clause.end)
        if not names_law and inspects(clause.text) and not ctx.agency_sentences.holds(clause.start):
            return clause
    return None
