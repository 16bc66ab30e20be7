"""The accountability loop a report states: findings, recommendations, review opinions and handling reports.

An inspection or a report heard finds problems (发现问题); the inspection, investigation or visit group makes its
own suggestions (检查组提出建议6条: a recommendation, of fieldwork only); the standing committee
sends its review opinion (审议意见) to the organ; the organ reports how it handled
it (研究处理情况的报告), which the committee hears, evaluates (满意度测评) and
follows up (跟踪监督). The phrasings of each step are ``lexicon/data/loop-steps.csv``;
a step belongs to the activity of its own sentence, else to the nearest activity
before it in its paragraph when its sentence goes on telling that work (:func:`_continues`). Steps are read after
the activities are final (:func:`loaders.extract.extract`), so a step's laws are those its activity ended with (a
review of the inspection report told before carries that inspection's laws, a follow-up the laws it follows) and its
indices are those of the Facts. Links across reports (a later year's follow-up of an
earlier inspection) are not stated by one report: the graph computes them at query time.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import event_mentions
from loaders.extract.spans import Span
from loaders.facts import Activity, LoopStep
from loaders.lexicon.first_chars import quick
from loaders.lexicon.tables import rows

if TYPE_CHECKING:
    from loaders.extract.context import Context

# Kinds whose deliberation or fieldwork can find problems and give an opinion.
_SOURCES = ("law_enforcement_inspection", "report_review", "special_inquiry", "investigation", "site_visit",
            "audit_oversight", "budget_review", "filing_review", "other")
# Kinds whose group or report makes suggestions of its own (检查组提出建议6条: the ``recommendation`` rows), fieldwork.
_RECOMMENDING = ("law_enforcement_inspection", "investigation", "site_visit")
# Kinds that hear or evaluate a handling report (okg:considered).
_CONSIDERING = ("report_review", "satisfaction_evaluation", "other")
# Rules about opinions (审议意见办理办法) are no step.
_NOT_A_STEP = re.compile(r"机制|制度|办法(?!》)|规范[^，,。；]{0,8}审议意见"
                         # what an inspection is for (既发现工作中的问题，又查找法律、法规自身缺陷) and problems named
                         # before (指出执法检查中发现的上述问题): no finding of their own
                         r"|既(?:要)?(?:发现|查找)|又(?:要)?(?:发现|查找)|上述问题|以上问题|这些问题"
                         # what the work is for (为形成高质量的执法检查报告和审议意见打下扎实基础)
                         r"|为[^，,。；]{0,4}(?:形成|提出|作出)"
                         # the skill of finding raised (提高运用法律发现问题、分析问题…的能力) and the time of giving
                         # opinions (提出审议意见时坚持实事求是): a manner of the work, no step of it
                         r"|(?:提高|提升|增强)[^，,。；]{0,12}(?:发现|查找)问题|审议意见时")
#: Opinions counted (提出审议意见8条, 审议意见25项, 作出的11项审议意见): a statistic, a step only when given with their
#: number (:data:`_GIVEN_COUNTED`) in the telling of one piece of work in their own sentence (…开展执法检查，…提出审议
#: 意见8条，交县政府研究处理); beside no such work, or beside a summary count of it (开展执法检查4次，提出审议意见12条),
#: a total of the year.
_COUNTED = re.compile(r"\d+\s*[项份件条个]审议意见|审议意见书?\s*\d")
_GIVEN_COUNTED = re.compile(r"(?:形成|提出|作出|发出|印发)了?\s*(?:\d+\s*[项份件条个]审议意见|审议意见书?\s*\d)")
#: A clause ending at the verb of finding (执法检查发现，…; 检查组在检查中发现：…) or of the committee's members pointing
#: out (常委会组成人员指出，…; 认为，…): what was found is told in the clauses after it, which the step reads on into, up to
#: the one that names the problem (the ``finding`` rows).
_READS_ON = re.compile(r"(?:发现|指出|认为)[：:]?$")
#: The standing committee's members as a sentence's subject (常委会组成人员指出…, 委员们提出以下意见): its deliberation on the
#: report heard, whose steps are that review's wherever the report tells it (a review opinion's own text, round 40).
_MEMBERS = re.compile(r"\s*(?:[^，,。；]{0,30}[，,])?(?:常委会|常务委员会)?(?:组成人员|委员们|与会人员|与会委员)")
#: The kinds of a report heard, which a committee's members deliberate on (an inquiry held while reviewing it asks; the
#: opinion is on the report).
_DELIBERATED = ("report_review", "budget_review", "audit_oversight")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(step type, pattern) in file order: a handling report before the opinion it names."""
    return tuple((row["type"], quick(row["pattern"])) for row in rows("loop-steps"))


@lru_cache(maxsize=1)
def _any_step() -> re.Pattern[str]:
    """Whether a clause states any step: one search instead of one per phrasing for most clauses."""
    return quick("|".join(f"(?:{pattern.pattern})" for _, pattern in _patterns()))


def find(ctx: Context, activities: list[Activity], told: dict[int, int]) -> list[LoopStep]:
    """The loop's steps in text order, each tied to ``activities`` (the report's Facts activities, final); each clause
    states at most one, and only outside plans; a clause ending at 发现 reads on into the clauses telling what was
    found (:data:`_READS_ON`). ``told``: the sentences going on telling an activity by their narrator, by view start
    (:func:`loaders.extract.narration.referents`), whose steps are that activity's when their paragraph tells none."""
    reported = sorted((act.start, i) for i, act in enumerate(activities) if act.status == "reported")
    sentence_starts = [s.start for s in ctx.sentences]
    steps: list[LoopStep] = []
    read_to = -1
    for clause in ctx.clauses:
        if clause.start < read_to or ctx.plans.holds(clause.start):
            continue
        sentence = ctx.sentences[bisect_right(sentence_starts, clause.start) - 1]
        for reach in _reaches(ctx, clause, sentence):
            words = ctx.text[clause.start : reach]
            kind = _kind(words, ctx.text[sentence.start : clause.start])
            if kind == "finding" or kind is not None and reach == clause.end:
                break
        else:
            continue
        read_to = reach
        step = Span(clause.start, reach, words)
        owners = _owners(ctx, activities, reported, sentence, step, kind, told)
        if not owners and kind == "handling_report" and _promised(ctx, steps, sentence):
            start, end, evidence = ctx.span(step.start, step.end)  # the report back the opinion before it asks for
            steps.append(LoopStep(kind, evidence, start, end, steps[-1].laws, []))
            continue
        if not owners or _announced(ctx, activities, sentence, step) or (kind == "review_opinion" and _COUNTED.search(words) and not (_GIVEN_COUNTED.search(words) and all(
                _own(ctx, activities[i], sentence) and activities[i].count is None for i in owners))):
            continue  # a step of no activity the report states is not a step of its loop; a counted opinion a total
        start, end, evidence = ctx.span(step.start, step.end)
        laws = sorted({law for i in owners for law in activities[i].laws})
        steps.append(LoopStep(kind, evidence, start, end, laws, owners))
    for step in steps:
        if step.type == "handling_report":
            step.responds_to = _opinion_answered(steps, step)
    return steps


def _announced(ctx: Context, activities: list[Activity], sentence: Span, step: Span) -> bool:
    """Whether the step goes on telling work announced in its own sentence: the last activity of the sentence told
    before it is planned (省人大常委会将于9月下旬听取审议执法检查报告，提出审议意见: the opinion is to come with the
    review, no step given yet, as a plan's steps are none: newuser30 E4, where the explorer's loop showed it given)."""
    first, _ = _original(ctx, sentence)
    step_start, _ = _original(ctx, step)
    before = [(act.start, act.status) for act in activities if first <= act.start <= step_start]
    return bool(before) and max(before)[1] == "planned"


#: Whose suggestions a ``recommendation`` row's clause tells: a fieldwork group's or its report's, named in its sentence
#: up to the clause's end and not followed by an intention (视察组将根据…提出建议: none made yet).
_BY_GROUP = re.compile(r"(?:检查组|调研组|视察组|检查报告|调研报告|视察报告)(?![^。；]*?将)")


def _kind(words: str, before: str = "") -> str | None:
    """The type of the step ``words`` state, if any (the first row of ``loop-steps.csv`` that matches; a
    ``recommendation`` only when ``before``, its sentence up to it, or the words name the group making it:
    :data:`_BY_GROUP`)."""
    if not _any_step().search(words) or _NOT_A_STEP.search(words):
        return None
    return next((kind for kind, pattern in _patterns() if pattern.search(words)
                 and (kind != "recommendation" or _BY_GROUP.search(before + words))), None)


def _reaches(ctx: Context, clause: Span, sentence: Span) -> list[int]:
    """Where a step stated from ``clause`` may end (view offsets): the clause's end, and for a clause ending at the verb
    of finding (:data:`_READS_ON`) the end of each clause after it in its sentence, where only a finding is read."""
    if not _READS_ON.search(clause.text):
        return [clause.end]
    return [clause.end] + [c.end for c in ctx.clauses_of(sentence) if c.start > clause.start]


def _original(ctx: Context, span: Span) -> tuple[int, int]:
    """``span`` (view offsets) in original offsets, those of the Facts."""
    start, end, _ = ctx.span(span.start, span.end)
    return start, end


def _own(ctx: Context, act: Activity, sentence: Span) -> bool:
    """Whether ``act`` is told in ``sentence``."""
    start, end = _original(ctx, sentence)
    return start <= act.start < end


def _owners(ctx: Context, activities: list[Activity], reported: list[tuple[int, int]], sentence: Span, step: Span,
            kind: str, told: dict[int, int]) -> list[int]:
    """The activities a step belongs to: for a handling report, those of its sentence that heard or
    evaluated it; otherwise the one of its sentence told last before it, else the nearest before it in its paragraph,
    else the one its sentence's narrator tells (``told``: an inspection report's 检查发现问题23个 under a heading of its
    own). ``reported`` holds (start, index) of the reported ``activities``, sorted, in original offsets."""
    first, last = _original(ctx, sentence)
    step_start, _ = _original(ctx, step)
    same = _starting_in(reported, first, last)
    if kind == "handling_report":
        return sorted(i for _, i in same if activities[i].type in _CONSIDERING)
    sources = _RECOMMENDING if kind == "recommendation" else _SOURCES
    own = [(start, i) for start, i in same if activities[i].type in sources and start <= step_start]
    if own:
        return [max(own)[1]]
    if not _continues(ctx.text, sentence, step):
        return []  # a sentence about other work (依托预算联网监督系统，…发现问题43个): no step of the work told before
    paragraph = ctx.text.rfind("\n", 0, step.start) + 1
    before = [(start, i) for start, i in _starting_in(reported, _original(ctx, Span(paragraph, step.start, ""))[0],
                                                       step_start) if activities[i].type in sources]
    if before:
        return [max(before)[1]]
    if kind in ("finding", "review_opinion") and _MEMBERS.match(ctx.text, sentence.start):
        heard = [(start, i) for start, i in reported if start < step_start and activities[i].type in _DELIBERATED]
        if heard:  # 常委会组成人员提出如下意见 paragraphs after 会议听取和审议了…的报告: that review's opinion
            return [max(heard)[1]]
    if after := _AFTER_IT.match(ctx.text, sentence.start):  # 会后，…汇总整理专题询问情况: the work told before, its paragraph's or not
        held = _AT_MEETINGS if after.group("meeting") else sources
        earlier = [(start, i) for start, i in reported if start < step_start and activities[i].type in held]
        if earlier:
            return [max(earlier)[1]]
    narrated = told.get(sentence.start)
    return [narrated] if narrated is not None and activities[narrated].type in sources else []


#: A sentence opening with the time after the work told before (会后, 询问结束后, 检查结束后): it goes on telling that work,
#: though a paragraph of its own (round 47, newuser33 A1: 会后，…及时汇总整理专题询问情况，送交区政府研究落实).
#: After a meeting (会后), the work told before is the one held at a meeting: an inquiry or a report heard.
_AFTER_IT = re.compile(r"\s*(?:(?P<meeting>会后|会议结束后)|(?:询问|检查|视察|调研|评议|审议)(?:结束)?后)[，,]")
_AT_MEETINGS = ("special_inquiry", *_DELIBERATED)


def _promised(ctx: Context, steps: list[LoopStep], sentence: Span) -> bool:
    """Whether a handling report of no activity (none heard it yet) is the report back the review opinion given before it
    in its sentence asks for (…送交区政府研究落实后，将改进工作的措施、效果向区人大常委会作出书面报告): a step of that
    opinion's loop, responding to it (round 47, newuser33 A1)."""
    first, _ = _original(ctx, sentence)
    return bool(steps) and steps[-1].type == "review_opinion" and steps[-1].start >= first


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


def _starting_in(reported: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The (start, index) of the reported activities that start in ``start:end``, in text order."""
    return reported[bisect_left(reported, (start, -1)) : bisect_left(reported, (end, -1))]


def _opinion_answered(steps: list[LoopStep], handling: LoopStep) -> int | None:
    """The opinion of this report that a handling report answers: the last one before it sharing a law."""
    answered = [i for i, s in enumerate(steps) if s.type == "review_opinion" and s.start < handling.start
                and (set(s.laws) & set(handling.laws) or not handling.laws)]
    return answered[-1] if answered else None
