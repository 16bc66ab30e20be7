"""How many of an activity the text states: a summary count (开展执法检查11项, 听取审议39个报告).

The count stands right after or right before the trigger, between the verb and its noun, as
先后N次 or N部法律 in the item, or after a list of kinds (各N次 gives each kind N; a total for the
whole list gives none). A counted activity is also a statistic of its kind (:mod:`statistics`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract.object_kinds import counted_reports
from loaders.extract.spans import Span
from loaders.lexicon.normalise import normalised
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import ABOUT_AFTER, ABOUT_BEFORE, COUNT, COUNT_NUMERAL_CHARS, HAN_CHARS, LIST_JOINERS

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.laws import LawHit
    from loaders.facts import Activity

COUNT_UNITS = "次项个部件场批期篇"
# The count right after the trigger, maybe after the second half of a compound (视察调研23次; 执法检查执法调研23次 is two
# kinds' total: _JOINED).
_COUNT_AFTER = re.compile(rf"^\s*(?:执法)?(?:调研|检查)?(?:活动)?\s*(?P<each>各)?(?:共计?|合计)?\s*{ABOUT_BEFORE}?{COUNT}{ABOUT_AFTER}?\s*[{COUNT_UNITS}]")
# Two kinds written together (执法检查执法调研23次, 执法检查和执法调研23次): a count after them is both's total, as after a
# list (dev g25's gold counts neither; 视察调研 is one site visit).
_JOINED = re.compile(r"执法检查\s*(?:[和及与、]\s*)?执法调研")
# The last kind of a list (视察、执法检查14次, 执法检查和专题调研共9次): a count after it is the list's total, also where
# the trigger leaves a word of manner before it (组织执法检查、专题视察活动160余次: the trigger is 视察; newuser28 §10 found
# the total given to the visits alone).
_LIST_END = re.compile(rf"[{LIST_JOINERS}]\s*(?:专题|专项|集中|重点|联合|实地|现场|综合)?\s*$")
# …or before it, maybe with what kind of event it was between (4次全省性执法检查, 890余次代表集中视察):
# a few words that hold no verb of their own (3个乡镇开展执法检查 counts townships, not inspections), nor a
# session's number (在县十七届人大四次会议上…进行满意度测评: the fourth session; 为…常委会第二十八次会议听取报告: an
# ordinal, no count).
_COUNT_BEFORE = re.compile(rf"(?<![第届大\d{COUNT_NUMERAL_CHARS}]){COUNT}{ABOUT_AFTER}?\s*(?:[{COUNT_UNITS}]|[次项场](?:(?!开展|进行|组织|对|在|赴|到|的)[{HAN_CHARS}“”]){{1,8}})\s*$")
_SEQUENCE_COUNT = re.compile(rf"(?:先后|累计|共|各|曾经?)\s*{COUNT}\s*次")  # 曾两次对…: the times done before
# The times one piece of work was done, told in sequence (先后两次组织代表现场视察, 曾两次对…进行视察): the visits themselves,
# not a total of the year's work of a kind (累计, 共, 开展N次).
_IN_SEQUENCE = re.compile(rf"(?:先后|曾经?)\s*{COUNT}\s*次")
_LAW_COUNT = re.compile(rf"{COUNT}\s*[部件](?:[{HAN_CHARS}]{{0,4}}?)(?:法律|法规|条例)")  # 6部法律, 10部专门法律, 10件地方法规
# 听取审议39个报告: the count sits between the verb and the noun it counts.
_INNER_COUNT = re.compile(rf"^(?:听取和审议|听取审议|听取、审议|听取|审议)了?\s*{COUNT}{ABOUT_AFTER}?\s*[{COUNT_UNITS}]")
# …or between the verb and the kind a trigger holds (开展了三次询问, 进行两次询问: a first-time analyst's round 38).
_VERB_COUNT = re.compile(rf"^(?:开展|进行|举行|组织)了?\s*{COUNT}\s*次")
# …or before the reports' noun, after whose they are (听取审议国务院、最高人民法院20个工作报告, 审议“一府两院”18项报告).
# A title (关于3个重点项目建设情况的报告) is one report, whatever number it holds.
_REPORTS_COUNTED = re.compile(rf"^(?:(?!关于)[^，,。；])*?{COUNT}{ABOUT_AFTER}?\s*[个项份](?:(?!的|情况)[{HAN_CHARS}“”]){{0,10}}报告$")
# …or after it, in a counted list with no verb of its own (审议政府报告19项、市检察院报告1项).
_COUNT_AFTER_REPORTS = re.compile(rf"报告\s*{COUNT}\s*[个项]$")
# 视察、督查和执法检查14次: one count after a list of kinds (各 gives each the count; a total gives none).
_LIST_COUNT = re.compile(rf"^(?:[、和及与][^，,。；、]{{1,10}}?){{1,5}}?等?(?:活动)?\s*(?P<each>各)?\s*{COUNT}{ABOUT_AFTER}?\s*[{COUNT_UNITS}]")


def told_in_sequence(evidence: str) -> bool:
    """Whether a counted activity's ``evidence`` tells its times in sequence (先后两次组织代表现场视察: :data:`_IN_SEQUENCE`):
    the work done, an activity as well as its count (``loaders.build.activities``; a first-time analyst's round 38,
    newuser22 §3: 岳阳's two site visits were only a statistic); the evidence is read as the rules read the text (先後兩次)."""
    return _IN_SEQUENCE.search(normalised(evidence)) is not None


def reports_count(title: str) -> int | None:
    """The number of reports a heard item counts (国务院、最高人民法院20个工作报告 → 20); None for a
    titled report (关于3个重点项目建设情况的报告), reports it names one by one (:func:`_counted`) or no number."""
    counted = _counted(title)
    return _to_int(counted.group("n")) if counted else None


def _counted(title: str) -> re.Match[str] | None:
    """The count of reports ``title`` states (:data:`_REPORTS_COUNTED`), unless it only sums up the reports it names one
    by one (A、B、C三个专项报告: :func:`object_kinds.counted_reports`), each then one report of its own with no count."""
    counted = _REPORTS_COUNTED.match(title)
    return None if counted is None or counted_reports(title) else counted


def _to_int(token: str) -> int | None:
    value = to_number(token)
    return int(value) if isinstance(value, (int, float)) else None


# Deputies' proposals opening a trigger's words, their handling told after them (代表提出的建议已办结198件): a number
# after the handling counts the proposals, which stay statistics (round 32's ruling 3), not the handling as activities.
_PROPOSALS_NAMED = re.compile("建议|议案|批评")


def count(item: Span, match: re.Match[str]) -> tuple[int | None, bool]:
    """The count of the activity a trigger ``match`` found in ``item`` (None: not stated as a
    number of its own) and whether the text counts it at all (a list's total counts it without
    a number)."""
    if _PROPOSALS_NAMED.match(match.group()):
        return None, False  # 代表建议已办结198件: the suggestions handled, a statistic, not the handling counted
    rest = item.text[match.end() :]
    after = _COUNT_AFTER.match(rest)
    if after and not after.group("each") and (_LIST_END.search(item.text[: match.start()])
                                              or any(j.start() <= match.start() < j.end() for j in _JOINED.finditer(item.text))):
        return None, True
    inner = (_INNER_COUNT.match(match.group()) or _VERB_COUNT.match(match.group()) or _REPORTS_COUNTED.match(match.group())
             or _COUNT_AFTER_REPORTS.search(match.group()))
    for found in (after, inner, _COUNT_BEFORE.search(item.text[: match.start()])):
        if found:
            return _to_int(found.group("n")), True
    shared = _LIST_COUNT.match(rest)
    if shared:
        return (_to_int(shared.group("n")) if shared.group("each") else None), True
    other = _SEQUENCE_COUNT.search(item.text) or _laws_counted(item.text, match)
    return (_to_int(other.group("n")), True) if other else (None, False)


def _laws_counted(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The count of laws the work a trigger ``match`` found covers (:data:`_LAW_COUNT`): the first from the trigger on
    (检查6部法律实施情况, 开展执法检查5部法律), else the last before it (对6部法律开展执法检查), not another work's in the
    same item (制定8部法律、检查6部法律实施情况: 6 laws inspected; a new user's study of figures, round 18)."""
    found = _LAW_COUNT.search(text, match.start())
    if found is None:
        for found in _LAW_COUNT.finditer(text, 0, match.start()):
            pass
    return found


#: A count of inspections (not of laws: 6部法律 is one inspection's laws) whose items the words right after it enumerate
#: (执法检查3项，分别是《A法》《B法》《C条例》; 开展3次执法检查，即…; 3项执法检查：…).
_COUNTED_ITEMS = re.compile(r"\s*[，,]?\s*(?:分别(?:是|为)|即|包括|具体(?:是|为|包括)|[：:])")
_COUNT_UNIT = re.compile(rf"{COUNT}\s*[项次](?:执法检查)?\s*$")


def each_item_counted(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with an inspection whose words count inspections (执法检查3项, 3次执法检查) and whose enumeration
    right after them names exactly as many law titles (分别是《A法》《B法》《C条例》) replaced by one inspection per title,
    its evidence the title, no count of its own, and the enumeration no inspection besides (即《A》、《B》和《C》执法检查):
    the text counts them as separate (a first-time analyst, round 27: ``/areas`` counted one inspection where the text
    says three). Laws tied together without a count (对《大气污染防治法》和《X省大气污染防治条例》开展执法检查) stay one
    inspection, as do counted lists whose titles number otherwise."""
    split: dict[int, list[LawHit]] = {}
    told: set[int] = set()  # the enumeration's own inspections, which the items replace
    for index, act in enumerate(activities):
        if act.type == "law_enforcement_inspection" and (act.count or 0) > 1 and (found := _items_counted(ctx, act)):
            (begin, end), items = found
            split[index] = items
            told |= {other for other, then in enumerate(activities) if then.type == act.type
                     and begin <= ctx.view.index(then.start) and ctx.view.index(then.end) <= end}
    out: list[Activity] = []
    for index, act in enumerate(activities):
        if index in split:
            out += [replace(act, evidence=evidence, start=start, end=end, laws=[hit.canonical], count=None)
                    for hit in split[index] for start, end, evidence in [ctx.span(hit.start, hit.end)]]
        elif index not in told:
            out.append(act)
    return out


def _items_counted(ctx: Context, act: Activity) -> tuple[tuple[int, int], list[LawHit]] | None:
    """The view stretch from ``act``'s count to its sentence's end, which its enumeration (:data:`_COUNTED_ITEMS`)
    opens, and the enumeration's law hits, when they are as many as the count and hold the activity's laws; None
    otherwise."""
    end = ctx.view.index(act.end)
    if not _ends_counting(ctx.text, end) or (marker := _COUNTED_ITEMS.match(ctx.text, end)) is None:
        return None
    sentence = ctx.sentence_holding(end - 1)
    if sentence is None:
        return None
    hits = [hit for hit in ctx.law_hits if marker.end() <= hit.start and hit.end <= sentence.end]
    outer = [hit for hit in hits if not any(o is not hit and o.start <= hit.start and hit.end <= o.end for o in hits)]
    if len(outer) != act.count or not set(act.laws) <= {hit.canonical for hit in outer}:
        return None
    return (end, sentence.end), outer


def _ends_counting(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a count of inspections (:data:`_COUNT_UNIT`), searched from where the shortest
    such ending can begin (a count's last numeral alone is a count) rather than from the text's start, so a long report
    costs no more per counted inspection: before the trailing spaces, the unit and 执法检查 (at most 5 characters),
    the spaces before them and that numeral."""
    return _COUNT_UNIT.search(text, max(_spaced_from(text, _spaced_from(text, end) - 5) - 1, 0), end) is not None


def _spaced_from(text: str, end: int) -> int:
    """Where the run of spaces (``\\s``) ending at ``end`` (at least 0) begins."""
    start = max(end, 0)
    while start and text[start - 1].isspace():
        start -= 1
    return start
