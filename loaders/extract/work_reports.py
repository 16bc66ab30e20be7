"""Work reports heard, counted right: one review per organ that reports, one per plenary work report.

Two genre patterns that a clause-by-clause reading miscounts:

- several organs each briefing the committee in one clause (县政府、县法院、县检察院分别通报了上半年
  工作情况) are one review per organ, not one for the clause;
- a congress plenary's work report (政府工作报告, 人大主席团工作报告, 法院工作报告 …) is heard once,
  however often the text names it again (会议听取和审议了《…主席团工作报告》 … 某某同志作主席团工作报告).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from loaders.extract.spans import Span

# The organs before 分别 that each made a report (县政府、县法院、县检察院分别通报了…).
_EACH = re.compile(r"^([^，,。；]{2,60}?)分别(?:通报|汇报|报告|作了?)")
_ORGAN = re.compile(r"(?:政府|法院|检察院|监委|监察委员会|委员会|局|办|院|委)$")
_ORGAN_SEPARATOR = re.compile(r"、|和|及|以及")
# The body whose plenary work report a review hears (the last one its evidence names).
_PLENARY = re.compile(r"(政府|常务委员会|常委会|主席团|法院|检察院|人大)工作报告")
_SAME_BODY = {"常务委员会": "常委会"}


class _Found(Protocol):
    type: str
    span: Span
    heard: bool


FoundT = TypeVar("FoundT", bound=_Found)


def each_organ(found: list[FoundT]) -> list[FoundT]:
    """``found`` with a review whose clause names several organs briefing 分别 repeated once per organ
    (same span: one evidence, several reviews), in text order."""
    out: list[FoundT] = []
    for activity in found:
        out.append(activity)
        each = _EACH.match(activity.span.text) if activity.type == "report_review" and not activity.heard else None
        if each is None:
            continue
        organs = [part.strip() for part in _ORGAN_SEPARATOR.split(each.group(1))]
        if len(organs) > 1 and all(_ORGAN.search(organ) for organ in organs):
            out += [replace(activity) for _ in organs[1:]]
    return out


def once_each(found: list[FoundT]) -> list[FoundT]:
    """``found`` without a plenary work report's review named again: the first review of each body's
    work report (主席团工作报告, 政府工作报告 …) stands for all of them."""
    seen: set[str] = set()
    out: list[FoundT] = []
    for activity in found:
        bodies = _PLENARY.findall(activity.span.text) if activity.type == "report_review" else []
        if len(bodies) == 1 and activity.span.text.rstrip("》").endswith("工作报告"):
            body = _SAME_BODY.get(bodies[0], bodies[0])
            if body in seen:
                continue
            seen.add(body)
        out.append(activity)
    return out
