"""Resolutions approving reports: the review of each report approved, unless the text hears it too.

A congress's closing news often states its reviews only by the resolutions it adopted
(通过了关于政府工作报告的决议、关于最高人民法院工作报告的决议; 审议区政府、区法院、区检察院等工作报告决议(草案);
审议关于政府工作报告、年度计划、年度预算…的六个决议草案). Each report a resolution approves is one review
of that report's kind (``report_lists.kinds_of``), with the resolution as evidence (dev j01, i03, g26).
Where the text also tells the report heard (会议听取和审议了政府工作报告…，表决通过了关于政府工作报告的决议),
the resolution restates that review and adds nothing (dev h36, j27, b16, f25): the same body's work
report, the same title, or a budget where a budget review is already told (a session adopts one budget).
The secretariat's drafting of a resolution (决议草案代拟稿) is the congress's own business.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from loaders.extract import report_lists, work_reports
from loaders.extract.spans import Span, strip_span

# A resolution on a report, a budget or a plan, maybe several under one 决议 (…等工作报告决议(草案),
# …的六个决议草案), maybe in 《》 (《政府工作报告的决议(草案)》, 关于批准《…的报告》的决议).
_RESOLUTION = re.compile(
    r"(?:关于(?:批准)?|批准|[《〈<]|(?<=通过)|(?<=审议)|(?<=审查)|(?<=通过了)|(?<=审议了))(?!了|关于|批准)[《〈<]?"
    r"(?P<report>[^，,。；;《》〈〉<>]{2,120}?(?:报告|预算|决算|计划))[》〉>]?的?"
    r"(?:[一二三四五六七八九十两\d]+个)?决议(?![(（]?草案[)）]?代拟稿)(?:[(（]草案[)）]|草案)?")
# The verb that adopts or deliberates the resolution, in its sentence before its end.
_ADOPTED = re.compile(r"通过|表决|审议|审查|批准")
# A session approves one budget: any budget review told is the one its resolution approves.
_BUDGET = "budget_review"
# …and one plan: the plan (计划执行情况与…计划的决议, a budget review by the round 9 ruling) and the budget are
# two reviews, each told only by a budget review of its own object.
_OBJECTS = (("plan", re.compile(r"计划")), ("budget", re.compile(r"预算|决算")))
_MARKS = re.compile(r"[《》〈〉<>]")


def approved(text: str, sentences: Iterable[Span], told: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """(kind, evidence) of every report a resolution in ``sentences`` approves that ``told`` (the
    (kind, evidence) of the activities found already) does not review, in text order. An activity
    found in the resolution's own words (审议…工作报告决议(草案) read as a report heard) stands for
    the first report of its kind the resolution approves."""
    found: list[tuple[str, Span]] = []
    for sentence in sentences:
        for resolution in _RESOLUTION.finditer(text, sentence.start, sentence.end):
            if not _ADOPTED.search(text, sentence.start, resolution.end()):
                continue
            evidence = strip_span(text, resolution.start(), resolution.end())
            elsewhere = [(kind, span) for kind, span in told if span.end <= evidence.start or span.start >= evidence.end]
            here = [kind for kind, span in told if (kind, span) not in elsewhere]
            for part in report_lists.subjects(resolution.group("report")):
                for kind in report_lists.kinds_of(part):
                    if _told(kind, part, sentence, elsewhere):
                        continue
                    if kind in here:
                        here.remove(kind)
                        continue
                    found.append((kind, evidence))
    return found


def _told(kind: str, report: str, sentence: Span, told: list[tuple[str, Span]]) -> bool:
    """Whether an activity of ``kind`` found elsewhere reviews the report a resolution approves: a
    body's work report by the same body's (anywhere), a budget or a plan by any budget review of it, another report
    by one with its title or one heard in the resolution's own sentence (审议了…街道工委…的报告，并表决
    通过了关于…街道工委工作报告的决议)."""
    body = work_reports.body_of(report)
    title = _MARKS.sub("", report)
    for other, span in (t for t in told if t[0] == kind):
        if body is not None:
            if body in work_reports.bodies_in(span.text):
                return True
        elif kind == _BUDGET:
            objects = _objects(report)
            if not objects or objects & _objects(span.text):
                return True
        elif title in _MARKS.sub("", span.text) or sentence.start <= span.start < sentence.end:
            return True
    return False


def _objects(words: str) -> set[str]:
    """What a budget review's words review: the plan, the budget (its execution, draft or final accounts), both."""
    return {name for name, pattern in _OBJECTS if pattern.search(words)}
