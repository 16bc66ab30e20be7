"""The parts of a total a report breaks down: figures told after 其中, 包括, 含 or 分别 that count what the total before them counts.

A total followed by its breakdown (共开展执法检查84项(次)，其中单一法律法规的执法检查62项(次)，合并执法检查22项(次)，其中：州人大常委会
组织开展了18项(次)执法检查…；13个县(市)人大常委会共开展执法检查66项(次)) states one figure of its class and parts of it; read as five
figures of one class, a class sum gave 252 for 84 (a first-time analyst's round 41, newuser26 §2). A part is marked with the
total it is part of (:attr:`loaders.facts.Statistic.part_of`, the total's index in the Facts' statistics) and leaves the total's
class and kind, as the parts of documents filed already did (:func:`loaders.extract.measure_classes.filed_documents`), so that
summing a class or a kind counts the total once, and the parts stay listed by their total.

The rule: of two figures of one class and unit in a sentence (up to 。, a line's end, or a ；/; unless the breakdown opens with a
colon, 其中：, whose items ； separates), the later is a part of the earlier, the nearest before it that is no part itself, when
a breakdown word stands between the two and the later is no larger.
"""
from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.facts import Statistic

#: The words opening a breakdown of the total before them (其中, 包括, 包含, 含 not 含有/含义/含量, 分别).
_BREAKDOWN = re.compile(r"其中|包括|包含|含(?![有义量糊])|分别")
#: A breakdown opened with a colon lists its items across ； (其中：州…18项；13个县…66项).
_LISTED = re.compile(r"(?:其中|包括|分别)(?:为|是)?[：:]")
_FULL_STOPS = "。！？!?\n"
_ITEM_ENDS = "；;"
_TIMES_BRACKETED = re.compile(r"[(（]次[)）]$")
_RATE = "%"
#: A bracket's breakdown is of the figure right before it (市法院承办5件(其中与市检察院合办1件)), no later figure's.
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
#: A figure told right after a breakdown word (其中市政府承办427件，市法院承办5件) is a part itself: its followers are its
#: siblings, not its parts (the characters before its evidence read for the word).
_BEFORE = 3
#: A breakdown in the bracket after a total, one stretch stating both (受理代表建议120件（含闭会期间建议20件）).
_BRACKET_BREAKDOWN = re.compile(r"[(（](?:" + _BREAKDOWN.pattern + ")")
#: What may open a part's own words after its breakdown word (其中：, 分别是).
_LEAD = re.compile(r"^(?:为|是|有)?[：:]?")
_NUMERAL = re.compile(r"[\d０-９零一二两三四五六七八九十百千]")


def mark(ctx: Context, stats: list[Statistic]) -> None:
    """Set ``part_of`` of each statistic of ``stats`` (the Facts' final list: indices into it) that is a part of a total
    before it (see the module's doc), and clear its ``measure_class`` and ``kind``: the total alone is of them."""
    order = sorted(range(len(stats)), key=lambda i: (stats[i].start, stats[i].end))
    for n, i in enumerate(order):
        part = stats[i]
        if part.measure_class is None or part.unit == _RATE:
            continue  # a rate is no count: 满意率95%，其中… is no part of it
        if (total := _total_of(ctx, stats, order[:n], part)) is not None:
            part.part_of, part.measure_class, part.kind = total, None, None
            if (part.start, part.end) == (stats[total].start, stats[total].end):  # 120件（含闭会期间建议20件）
                part.what = _LEAD.sub("", part.what[_last_breakdown(part.what):]) or part.what


def _total_of(ctx: Context, stats: list[Statistic], before: list[int], part: Statistic) -> int | None:
    """The index of the total ``part`` is a part of among the statistics ``before`` it (indices, in text order), or None."""
    text, at = ctx.text, ctx.view.index(part.start)
    for j in reversed(before):
        total = stats[j]
        start, end = ctx.view.index(total.start), ctx.view.index(total.end)
        if end > at and start != at:
            continue  # one stretch stating both (13个县…66项): no breakdown between them
        if (start, end) == (ctx.view.index(part.start), ctx.view.index(part.end)):  # one stretch: a bracket's breakdown
            if (total.part_of is None and total.measure_class == part.measure_class and part.value <= total.value
                    and _unit(total.unit) == _unit(part.unit) and _BRACKET_BREAKDOWN.search(part.what)
                    and not _BREAKDOWN.search(total.what)):
                return j
            continue
        between = text[end:at]
        if any(mark in between for mark in _FULL_STOPS):
            return None
        if any(mark in between for mark in _ITEM_ENDS) and not _LISTED.search(between):
            continue
        if (total.part_of is None and total.measure_class == part.measure_class and total.status == part.status
                and _unit(total.unit) == _unit(part.unit) and part.value <= total.value
                and _BREAKDOWN.search(_BRACKETED.sub("", between) + _up_to_number(part.evidence))  # 其中单一…62项
                and not _BREAKDOWN.search(text[max(0, start - _BEFORE) : start] + _up_to_number(total.evidence))):
            return j
    return None


def _last_breakdown(what: str) -> int:
    """Where the words after the last breakdown word of a part's measure ``what`` start (受理代表建议120件（含闭会期间建议 →
    闭会期间建议: the measure of a part told in its total's bracket is its own words)."""
    return max(m.end() for m in _BREAKDOWN.finditer(what))


def _up_to_number(evidence: str) -> str:
    """The words of a figure's ``evidence`` before its first numeral (其中单一法律法规的执法检查 of …62项)."""
    return evidence[: m.start()] if (m := _NUMERAL.search(evidence)) else evidence


def _unit(unit: str) -> str:
    """``unit`` without its bracketed 次 (项(次) is 项)."""
    return _TIMES_BRACKETED.sub("", unit)
