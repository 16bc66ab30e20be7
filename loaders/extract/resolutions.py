"""Resolutions approving reports: the review of each report approved, unless the text hears it too.

A congress's closing news often states its reviews only by the resolutions it adopted
(通过了关于政府工作报告的决议、关于最高人民法院工作报告的决议; 审议区政府、区法院、区检察院等工作报告决议(草案);
审议关于政府工作报告、年度计划、年度预算…的六个决议草案). Each report a resolution approves is one review
of that report's kind (``object_kinds.kinds_of``), with the resolution as evidence (dev j01, i03, g26).
Where the text also tells the report heard (会议听取和审议了政府工作报告…，表决通过了关于政府工作报告的决议),
the resolution restates that review and adds nothing (dev h36, j27, b16, f25): the same body's work
report, the same title, or a budget where a budget review of its field is already told (a session adopts one
budget, and one plan). Resolutions listed after one verb over ； (通过了关于A的决议；关于B的决议) are each adopted.
The secretariat's drafting of a resolution (决议草案代拟稿) is the congress's own business.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from loaders.extract import object_kinds, work_reports
from loaders.extract.spans import Span, strip_span

# A resolution on a report, a budget or a plan, maybe several under one 决议 (…等工作报告决议(草案),
# …的六个决议草案), maybe in 《》 (《政府工作报告的决议(草案)》, 关于批准《…的报告》的决议).
_RESOLUTION = re.compile(
    r"(?:关于(?:批准)?|批准|[《〈<]|(?<=通过)|(?<=审议)|(?<=审查)|(?<=通过了)|(?<=审议了))(?!了|关于|批准)[《〈<]?"
    r"(?P<report>[^，,。；;《》〈〉<>]{2,120}?(?:报告|预算|决算|计划))[》〉>]?的?"
    r"(?:[一二三四五六七八九十两\d]+个)?决议(?![(（]?草案[)）]?代拟稿)(?:[(（]草案[)）]|草案)?")
# The verb that adopts or deliberates the resolution, in its sentence before its end, or the presidium's that
# tables its draft for the vote (提出了关于政府工作报告的决议草案, dev af21; round 47 ruling 4).
_ADOPTED = re.compile(r"通过|表决|审议|审查|批准|提出")
# A resolution titled by the session that adopted it (长沙市第十五届人民代表大会第一次会议关于…工作报告的决议, a
# gazette's contents or the resolution's own heading, dev av23): its result, adopted (round 42 ruling 2).
_SESSIONS = re.compile(r"(?:会议|大会)$")
# A session approves one budget: any budget review told is the one its resolution approves, unless the two
# concern different fields: the year's plan (计划执行情况与…计划的决议, a budget review by the round-9 ruling)
# and the budget or final accounts are two reviews (dev j01, k01).
_BUDGET = "budget_review"
# What a budget review reviews: the plan, or the budget (its execution, draft or final accounts).
_OBJECTS = (("plan", re.compile(r"计划")), ("budget", re.compile(r"预算|决算")))
_MARKS = re.compile(r"[《》〈〉<>]")
# Reports a resolution names by their count alone (大会通过了三份报告的决议, dev ae47): the reviews the text told of them.
_COUNTED_ONLY = re.compile(r"[一二三四五六七八九十两\d]+[份个项]报告")


def approved(text: str, sentences: Iterable[Span], told: list[tuple[str, Span]]) -> tuple[list[tuple[str, Span]], set[int]]:
    """(kind, evidence) of every report a resolution in ``sentences`` approves that ``told`` (the
    (kind, evidence) of the activities found already) does not review, in text order; and the indices
    into ``told`` of the activities found in a resolution's own words that restate a review told
    elsewhere (会议听取了…中央决算的报告 … 通过了关于批准2023年中央决算的决议, where 批准…决算 reads as a
    review too). An activity found in the resolution's own words (审议…工作报告决议(草案) read as a report
    heard) otherwise stands for the first report of its kind the resolution approves. Linear in the text's
    length: ``told`` is indexed once (:class:`_Told`), not scanned per resolution."""
    index = _Told(told)
    found: list[tuple[str, Span]] = []
    restating: set[int] = set()
    listing = False  # the part before ended with ； a resolution it adopted: a list of them runs on
    for sentence in sentences:
        if text.find("决议", sentence.start, sentence.end) < 0:  # every resolution says 决议: most sentences hold none
            listing = False
            continue
        adopted_any, listed = False, listing
        for resolution in _RESOLUTION.finditer(text, sentence.start, sentence.end):
            # …通过了关于政府工作报告的决议；关于…计划的决议；…: the verb before the first stands for the list's
            listed = listed and not text[sentence.start : resolution.start()].strip()
            if not (listed or _ADOPTED.search(text, sentence.start, resolution.end())
                    or _SESSIONS.search(text, sentence.start, resolution.start())):
                continue
            adopted_any = True
            evidence = strip_span(text, resolution.start(), resolution.end())
            inside = index.overlapping(evidence)
            here = sorted(inside)  # the activities found in the resolution's words, not yet accounted for
            for part in object_kinds.subjects(resolution.group("report")):
                for kind in () if _COUNTED_ONLY.fullmatch(part) else object_kinds.kinds_of(part):
                    own = next((i for i in here if told[i][0] == kind), None)
                    if own is not None:
                        here.remove(own)
                    if index.reviews(kind, part, sentence, inside):
                        if own is not None:
                            restating.add(own)
                    elif own is None:
                        found.append((kind, evidence))
        listing = adopted_any and text[sentence.end : sentence.end + 1] in ("；", ";")
    return found, restating


class _Told:
    """The activities found already, indexed for :func:`approved`: by start, by kind, by the bodies
    whose work reports they name, and by their words without title marks."""

    def __init__(self, told: list[tuple[str, Span]]) -> None:
        self._told = told
        order = sorted(range(len(told)), key=lambda i: told[i][1].start)
        self._order = order
        self._starts = [told[i][1].start for i in order]
        self._longest = max((span.end - span.start for _, span in told), default=0)
        self._of_kind: dict[str, list[int]] = {}
        self._with_body: dict[tuple[str, str], list[int]] = {}
        for i in order:
            kind, span = told[i]
            self._of_kind.setdefault(kind, []).append(i)
            for body in work_reports.bodies_in(span.text):
                self._with_body.setdefault((kind, body), []).append(i)
        self._kind_starts = {kind: [told[i][1].start for i in members] for kind, members in self._of_kind.items()}
        self._of_object: dict[str, list[int]] = {}  # budget reviews by what they review ("" for unsaid)
        for i in self._of_kind.get(_BUDGET, []):
            for name in _objects(told[i][1].text) or {""}:
                self._of_object.setdefault(name, []).append(i)
        # each kind's words joined, so a title is looked for once, not in each activity
        self._words: dict[str, tuple[str, list[int]]] = {}
        for kind, members in self._of_kind.items():
            offsets, parts, at = [], [], 0
            for i in members:
                offsets.append(at)
                words = _MARKS.sub("", told[i][1].text)
                parts.append(words)
                at += len(words) + 1
            self._words[kind] = ("\0".join(parts), offsets)

    def overlapping(self, evidence: Span) -> set[int]:
        """The activities whose evidence overlaps ``evidence``."""
        low = bisect_left(self._starts, evidence.start - self._longest)
        high = bisect_left(self._starts, evidence.end)
        return {i for i in self._order[low:high] if self._told[i][1].end > evidence.start}

    def reviews(self, kind: str, report: str, sentence: Span, inside: set[int]) -> bool:
        """Whether an activity of ``kind`` outside ``inside`` reviews the report a resolution approves:
        a body's work report by the same body's (anywhere), a plan or a budget by a budget review of it
        (:func:`_objects`; a review that says neither reviews either), another report by one
        with its title or one heard in the resolution's own sentence (审议了…街道工委…的报告，并表决通过了
        关于…街道工委工作报告的决议)."""
        members = self._of_kind.get(kind)
        if not members:
            return False
        body = work_reports.body_of(report)
        if body is not None:
            return _outside(self._with_body.get((kind, body), []), inside)
        if kind == _BUDGET:
            objects = _objects(report)
            if not objects:
                return _outside(members, inside)
            return any(_outside(self._of_object.get(name, []), inside) for name in (*objects, ""))
        if not (title := _MARKS.sub("", report)):
            return _outside(members, inside)
        words, offsets = self._words[kind]
        at = words.find(title)
        while at >= 0:
            if members[bisect_right(offsets, at) - 1] not in inside:
                return True
            at = words.find(title, at + 1)
        starts = self._kind_starts[kind]
        return _outside(members[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)], inside)


def _outside(members: list[int], inside: set[int]) -> bool:
    """Whether one of ``members`` is not ``inside``, in time bounded by ``inside``'s size."""
    return len(members) > len(inside) or any(i not in inside for i in members)


def _objects(words: str) -> set[str]:
    """What a budget review's words review: the plan, the budget (its execution, draft or final accounts), both."""
    return {name for name, pattern in _OBJECTS if pattern.search(words)}
