"""The accountability loop a report states: findings, review opinions and handling reports.

An inspection or a report heard finds problems (发现问题); the standing committee
sends its review opinion (审议意见) to the organ; the organ reports how it handled
it (研究处理情况的报告), which the committee hears, evaluates (满意度测评) and
follows up (跟踪监督). The phrasings of each step are ``lexicon/data/loop-steps.csv``;
a step belongs to the activity of its own sentence, else to the nearest activity
before it in its paragraph when its sentence goes on telling that work (:func:`_continues`). Links across reports (a later year's follow-up of an
earlier inspection) are not stated by one report: the graph computes them at query time.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import event_mentions
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
    if not _continues(text, sentence, clause):
        return []  # a sentence about other work (依托预算联网监督系统，…发现问题43个): no step of the work told before
    paragraph = text.rfind("\n", 0, clause.start) + 1
    before = [i for i in _starting_in(reported, paragraph, clause.start) if hits[i].type in _SOURCES]
    return before[-1:]


#: What may open a sentence before a step that goes on telling the work told before it: a link or the time after it
#: (同时，…; 此外，…; 随后，…), or the work itself as the means (通过检查，发现…; 经调研，…).
_LINK = re.compile(r"\s*(?:同时|此外|另外|其中|随后|此后|最后|(?:通过|经过?)(?:执法检查|检查|调研|视察|询问|评议|督查))[，,]?")
#: Words before a step that make its sentence tell other work: a means of its own (依托预算联网监督系统, 通过…平台,
#: 利用大数据…); not work being done (开展, 组织), which in the genre as often tells the steps of the work just told
#: (询问前，有关专门委员会组成调研组，…开展调查研究，梳理重点询问问题).
_OTHER_WORK = re.compile(r"依托|通过|利用|借助|运用|依靠")


def _continues(text: str, sentence: Span, clause: Span) -> bool:
    """Whether a step's sentence, stating no activity of its own, goes on telling the work told before it: unless the
    words before the step name a means of their own (:data:`_OTHER_WORK`: 依托预算联网监督系统，全年发出预警信息
    156条，发现问题43个; 利用大数据平台，…发现问题), past the link opening it (:data:`_LINK`: 通过督查，)
    or when the sentence's narrator is the work told (执法检查组…, 检查中: :func:`loaders.extract.event_mentions.narrated`).
    A first-time analyst (round 30) found budget online oversight's findings tied to the audit report heard the
    sentence before; a sentence going on with the committee's work (常委会充分吸收…意见，形成审议意见) still is that work's."""
    linked = _LINK.match(text, sentence.start, clause.start)
    return (not _OTHER_WORK.search(text, linked.end() if linked else sentence.start, clause.start)
            or event_mentions.narrated(text[sentence.start : clause.end]))


def _starting_in(reported: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """The indices of the reported hits that start in ``start:end``, in index order."""
    return sorted(i for _, i in reported[bisect_left(reported, (start, -1)) : bisect_left(reported, (end, -1))])


def _opinion_answered(steps: list[LoopStep], handling: LoopStep) -> int | None:
    """The opinion of this report that a handling report answers: the last one before it sharing a law."""
    answered = [i for i, s in enumerate(steps) if s.type == "review_opinion" and s.start < handling.start
                and (set(s.laws) & set(handling.laws) or not handling.laws)]
    return answered[-1] if answered else None
