"""The accountability loop a report states: findings, review opinions and handling reports.

An inspection or a report heard finds problems (发现问题); the standing committee
sends its review opinion (审议意见) to the organ; the organ reports how it handled
it (研究处理情况的报告), which the committee hears, evaluates (满意度测评) and
follows up (跟踪监督). The phrasings of each step are ``lexicon/data/loop-steps.csv``;
a step belongs to the activity of its own sentence, else to the nearest activity
before it in its paragraph. Links across reports (a later year's follow-up of an
earlier inspection) are not stated by one report: the graph computes them at query time.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract.spans import Span
from loaders.facts import LoopStep
from loaders.lexicon.first_chars import quick
from loaders.lexicon.tables import rows

if TYPE_CHECKING:
    from loaders.extract.activities import Found
    from loaders.extract.context import Context

# Kinds whose deliberation or fieldwork can find problems and give an opinion.
_SOURCES = ("law_enforcement_inspection", "report_review", "special_inquiry", "investigation", "site_visit",
            "audit_oversight", "budget_review", "filing_review", "other")
# Kinds that hear or evaluate a handling report (okg:considered).
_CONSIDERING = ("report_review", "satisfaction_evaluation", "other")
# Rules about opinions (审议意见办理办法) and counted opinions (审议意见25项: a statistic) are no step.
_NOT_A_STEP = re.compile(r"机制|制度|办法(?!》)|规范[^，,。；]{0,8}审议意见|\d+\s*[项份件条个]审议意见|审议意见书?\s*\d"
                         # what an inspection is for (既发现工作中的问题，又查找法律、法规自身缺陷) and problems named
                         # before (指出执法检查中发现的上述问题): no finding of their own
                         r"|既(?:要)?(?:发现|查找)|又(?:要)?(?:发现|查找)|上述问题|以上问题|这些问题")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(step type, pattern) in file order: a handling report before the opinion it names."""
    return tuple((row["type"], quick(row["pattern"])) for row in rows("loop-steps"))


@lru_cache(maxsize=1)
def _any_step() -> re.Pattern[str]:
    """Whether a clause states any step: one search instead of one per phrasing for most clauses."""
    return quick("|".join(f"(?:{pattern.pattern})" for _, pattern in _patterns()))


def find(ctx: Context) -> list[LoopStep]:
    """The loop's steps in text order; each clause states at most one, and only outside plans."""
    hits = ctx.activity_hits
    reported = sorted((f.span.start, i) for i, f in enumerate(hits) if f.status == "reported")
    sentence_starts = [s.start for s in ctx.sentences]
    steps: list[LoopStep] = []
    for clause in ctx.clauses:
        if not _any_step().search(clause.text) or ctx.plans.holds(clause.start) or _NOT_A_STEP.search(clause.text):
            continue
        kind = next((kind for kind, pattern in _patterns() if pattern.search(clause.text)), None)
        if kind is None:
            continue
        sentence = ctx.sentences[bisect_right(sentence_starts, clause.start) - 1]
        owners = _owners(ctx.text, hits, reported, sentence, clause, kind)
        if not owners:
            continue  # a step of no activity the report states is not a step of its loop
        start, end, evidence = ctx.span(clause.start, clause.end)
        laws = sorted({law for i in owners for law in hits[i].laws})
        steps.append(LoopStep(kind, evidence, start, end, laws, owners))
    for step in steps:
        if step.type == "handling_report":
            step.responds_to = _opinion_answered(steps, step)
    return steps


def _owners(text: str, hits: list[Found], reported: list[tuple[int, int]], sentence: Span, clause: Span, kind: str) -> list[int]:
    """The activities a step belongs to: for a handling report, those of its sentence that heard or
    evaluated it; otherwise the one of its sentence, else the nearest before it in its paragraph.
    ``reported`` holds (start, index) of the reported ``hits``, sorted."""
    same = _starting_in(reported, sentence.start, sentence.end)
    if kind == "handling_report":
        return [i for i in same if hits[i].type in _CONSIDERING]
    own = [i for i in same if hits[i].type in _SOURCES and hits[i].span.start <= clause.start]
    if own:
        return own[-1:]
    paragraph = text.rfind("\n", 0, clause.start) + 1
    before = [i for i in _starting_in(reported, paragraph, clause.start) if hits[i].type in _SOURCES]
    return before[-1:]


def _starting_in(reported: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """The indices of the reported hits that start in ``start:end``, in index order."""
    return sorted(i for _, i in reported[bisect_left(reported, (start, -1)) : bisect_left(reported, (end, -1))])


def _opinion_answered(steps: list[LoopStep], handling: LoopStep) -> int | None:
    """The opinion of this report that a handling report answers: the last one before it sharing a law."""
    answered = [i for i, s in enumerate(steps) if s.type == "review_opinion" and s.start < handling.start
                and (set(s.laws) & set(handling.laws) or not handling.laws)]
    return answered[-1] if answered else None
