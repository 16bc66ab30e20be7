"""Work reports heard, counted right: one review per organ that reports, one per plenary work report.

Two genre patterns that a clause-by-clause reading miscounts:

- several organs each briefing the committee in one clause (县政府、县法院、县检察院分别通报了上半年
  工作情况; 市法院、市检察院书面汇报了…工作情况), or one report titled for the government and the courts together (“一府两院”关于上半年工作
  情况的报告, 法检“两院”关于…), are one review per organ, not one for the clause; a collective name in
  a list of work reports (人大常委会和“一府两院”工作报告) counts its organs too (:func:`collective`);
- a congress plenary's work report (政府工作报告, 人大主席团工作报告, 法院工作报告 …) is heard once,
  however often the text names it again (会议听取和审议了《…主席团工作报告》 … 某某同志作主席团工作报告).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from loaders.extract import object_kinds
from loaders.extract.spans import Span
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import COUNT, COUNT_NUMERAL_CHARS, HAN_CHARS, NUMERAL_CHARS, TERM

# The organs before 分别 that each made a report (县政府、县法院、县检察院分别通报了…), or that each reported in
# writing (市中级人民法院、市人民检察院书面汇报…工作情况, dev k17; …进行了2018年工作情况书面汇报, dev m14; 市政府、
# 市中级法院、市检察院向大会提交代表建议办理情况的书面报告, dev r15).
_EACH = re.compile(r"^([^，,。；]{2,60}?)(?:(?:(?:分别|各自)(?:就[^，,。；]{2,40}?)?(?:书面)?|书面)(?:通报|汇报|报告|作了?|进行了?)"
                   r"|(?:(?:进行|作|做)了?|向[^，,。；]{0,10}(?:大会|会议|常委会|常务委员会)提交了?)(?=[^，,。；]{2,40}?书面(?:汇报|报告)))")
# What may follow the last of the organs that each report (市人社局7个被评议部门, 市卫健委主要负责人): their count, their
# officials.
_ORGANS_TAIL = re.compile(r"(?:等?[\d一二三四五六七八九十]+个[^、，,。；]{0,6}?(?:部门|单位))?(?:的?(?:主要)?负责(?:人|同志))?$")
_ORGAN_SEPARATOR = re.compile(r"、|和|及|以及")
# Officials of several organs who made one report together, each named with the organ they serve (听取了省人大常委会
# 人事代表选举工作委员会主任李保存、省政府副秘书长贾锋、省高级人民法院副院长王麟、省人民检察院副检察长党广锁作的关于…
# 代表建议、批评和意见办理情况的报告, dev u05): one review per organ overseen; the congress's own committees report
# no work of theirs to be overseen.
_SPEAKERS = re.compile(r"^(?:听取(?:和审议|并审议)?了?)?([^，,。；]{4,160}?)所?作的")
_SPEAKER_ORGAN = re.compile(r"^[^、]{1,16}?(?:人民政府|政府|人民法院|法院|人民检察院|检察院|监察委员会|监委|局|厅)")
# A report of the government, the supervisory commission and the two courts together (“一府两院”关于…, 法检
# “两院”关于…): how many organs report; the two supreme ones are “两高” (国务院和“两高”的工作报告).
_COLLECTIVE_NAME = r"(一府(一委)?)?两[院高]"
_TOGETHER = re.compile(rf"“?{_COLLECTIVE_NAME}”?关于")
# The organs a collective name stands for, in a list of work reports (人大常委会和“一府两院”工作报告,
# 人大、政府、“两院”的工作报告); one titled report of them (…“一府两院”关于…) is :data:`_TOGETHER`'s.
_COLLECTIVE = re.compile(rf"{_COLLECTIVE_NAME}(?!”?关于)")
# The body whose plenary work report a review hears: named with 工作报告, or by the speaker who
# reports the work to the plenary (委员长向大会报告全国人大常委会工作, 主席向大会报告工作, 州长某某代表州人民政府向大会
# 报告政府工作, 代理州长某某报告政府工作; entrusted, 主任某某受市人大常委会委托，向大会报告了常委会过去五年的主要工作,
# round 42 ruling 7: the rows of activity-triggers.csv that find these).
_BODY = "(政府|常务委员会|常委会|主席团|法院|检察院|人大)"
_PLENARY = re.compile(_BODY + r"工作报告》?$")
_SPEAKER = re.compile(r"(?:(委员长|主任|主席(?!团))[^，,。；]{0,6}(?:受[^，,。；]{2,20}?委托[，,]?)?向[^，,。；]{0,16}(?:大会|会议)|(?:总理|[省市县区州旗盟镇乡]长)[^，,。；]{0,6}"
                      r"代表[^，,。；]{0,12}?(政府|国务院)向[^，,。；]{0,6}大会|(?:总理|[省市县区州旗盟镇乡]长)[^，,。；\d]{2,4}(?=报告(政府)工作))"
                      r"(?:作了?)?报告了?[^，,。；]{0,20}工作$")
# The congress's own body reports once to a session, whichever body it is and however it is named: a county's
# standing committee (常委会工作报告, the 委员长 or 主任 reporting), a township's presidium (人大主席团工作报告, the
# 主席 reporting), or either as 人大工作报告.
_SAME_BODY = {"国务院": "政府", "常务委员会": "人大", "常委会": "人大", "委员长": "人大", "主任": "人大", "主席": "人大", "主席团": "人大"}
# A body's work report named anywhere (…县人民法院工作报告), or at the end of one report of a list
# (区政府、区法院、区检察院等工作报告: 区政府, 区检察院等工作报告).
_WORK_REPORT = re.compile(_BODY + r"等?的?工作报告")
# One body's work report named as made by its speaker (镇长所作的政府工作报告回顾了…) or as what a resolution is on
# (审议通过…关于政府工作报告的决议): that report again, not a report of its own.
_MADE_OR_RESOLVED = re.compile(r"作的[^，,。；、]{0,30}工作报告|工作报告的决议")
_LAST_BODY = re.compile(_BODY + r"”?等?的?(?:工作报告)?》?$")


# A plenary session held by a named place (洋青镇召开第十八届人民代表大会第一次会议, 山阳县第十七届人民代表大会第五次
# 会议): an article telling several places' sessions (各镇相继召开…) tells each one's work reports heard.
_PLACE_SESSION = re.compile(rf"(?<![{HAN_CHARS}])(?P<place>[{HAN_CHARS}]{{1,6}}[省市县区州旗盟镇乡])(?P<held>召开|举行)?了?{TERM}?"
                            rf"(?:人民代表大会|人大)第?[{NUMERAL_CHARS}\d]+次(?:全体)?会议")
# Sessions of every town told together (各镇相继召开新一届人民代表大会, 全县各乡镇人大…召开): a summary of the places'
# sessions the article may then tell one by one.
_EVERY_PLACE = re.compile(r"各(?:乡镇|镇|乡|街道|县|区|市)[^，,。；]{0,16}?(?:召开|举行)")
#: The place of :data:`_EVERY_PLACE`'s sessions.
EVERY = "各"


class _Found(Protocol):
    type: str
    span: Span
    count: int | None
    heard: bool


FoundT = TypeVar("FoundT", bound=_Found)


# Bodies counted together in a hearing (市交通局等7个部门的…汇报, 7个被评议部门分别就…作了报告, 7个部门负责同志逐一汇报了):
# round 33 ruling 6, one review with the count.
_BODIES_COUNTED = re.compile(rf"(?<![第届\d{COUNT_NUMERAL_CHARS}]){COUNT}\s*[个家](?:[{HAN_CHARS}]{{0,6}}?)(?:部门|单位)")


def bodies_count(words: str) -> int | None:
    """The number of bodies a hearing's words count together (等7个部门的汇报 → 7), None where they count none: one
    review of them all with that count (round 33 ruling 6; dev ad41, x23, v17)."""
    counted = _BODIES_COUNTED.search(words)
    value = to_number(counted.group("n")) if counted else None
    return int(value) if isinstance(value, (int, float)) else None


def each_organ(found: list[FoundT]) -> list[FoundT]:
    """``found`` with a review that several organs made repeated once per organ (same span: one
    evidence, several reviews), in text order; a counted review (“一府两院”工作报告16项) stays one, and so does one
    of bodies counted together (市住建局、…7个被评议部门分别就…作了报告: one with the count, round 33 ruling 6)."""
    out: list[FoundT] = []
    for activity in found:
        if activity.type == "report_review" and activity.count is None and (bodies := bodies_count(activity.span.text)):
            activity = replace(activity, count=bodies)
        out.append(activity)
        if activity.type == "report_review" and activity.count is None:
            out += [replace(activity) for _ in range(_organs(activity.span.text) - 1)]
    return out


# Officials of several organs named in a row, each by organ, post and name (省人大常委会副主任胡悦、省高院院长阎庆文、省检察院
# 检察长胡太平), then their turn (先后, 分别, 依次, 相继, maybe 登台) and the work reports they make with no body named
# (作工作报告, 作了各自的工作报告): one plenary work report each (round 6; round 42, newuser27 §5, where the three reports
# read as none). ``_OFFICER`` is one of them, its organ the words before its post.
_POST = r"(?:副?主任|副?院长|副?检察长|副?主席(?!团)|副?委员长|[省市县区州旗盟镇乡]长|总理)"
_OFFICER = rf"[^、，,。；]{{2,24}}?{_POST}\s*[{HAN_CHARS}]{{2,3}}"
_IN_TURN = r"(?:(?:先后|分别|依次|相继)(?:登台|上台)?)?"
_MAKE_REPORTS = r"(?:并|再|又)?(?:作|做)了?(?:各自的?)?工作报告$"
_OFFICER_SEPARATOR = "[、，,和及]"
_OFFICERS_BEFORE = re.compile(rf"(?:{_OFFICER}\s*{_OFFICER_SEPARATOR}\s*)+(?:{_OFFICER}\s*{_IN_TURN}[，,]?\s*)?$")
_BARE_REPORTS = re.compile(rf"^(?:{_OFFICER}\s*)?{_IN_TURN}[，,]?\s*{_MAKE_REPORTS}")
_OFFICERS_EACH = re.compile(rf"^((?:{_OFFICER}\s*{_OFFICER_SEPARATOR}\s*)+{_OFFICER})\s*{_IN_TURN}[，,]?\s*{_MAKE_REPORTS}")
_OFFICER_ORGAN = re.compile(rf"^\s*([^、，,。；]{{2,24}}?){_POST}")


def with_speakers(text: str, found: list[FoundT]) -> list[FoundT]:
    """``found`` with a review of work reports named by no body (…先后登台，作工作报告; 胡太平分别作了工作报告) told as
    made by officials listed before it in its sentence, each by organ, post and name: its evidence opens with the first
    of them, so :func:`each_organ` counts one review per organ (:data:`_OFFICERS_EACH`). Source: round 42, newuser27 §5."""
    out: list[FoundT] = []
    for activity in found:
        if activity.type == "report_review" and _BARE_REPORTS.match(activity.span.text):
            opening = max(text.rfind(stop, 0, activity.span.start) for stop in "。；;\n") + 1
            officers = _OFFICERS_BEFORE.search(text, opening, activity.span.start)
            if officers is not None and officers.end() == activity.span.start:
                listed = officers.group()
                start = officers.start() + len(listed) - len(listed.lstrip())
                activity = replace(activity, span=Span(start, activity.span.end, text[start : activity.span.end]))
        out.append(activity)
    return out


#: The body of an officer's organ (:data:`_OFFICER_ORGAN`), as :data:`_SAME_BODY` names the congress's own.
_OFFICER_BODY = re.compile(r"(人大常委会|常委会|常务委员会|人大|主席团)|(法院|高院|中院)|(检察院)|(政府)")


def _officer_organs(evidence: str) -> list[str | None] | None:
    """The organ each official listed in turn names before their post (:data:`_OFFICERS_EACH`, :data:`_OFFICER_ORGAN`;
    None for one naming none), or None for other words."""
    officers = _OFFICERS_EACH.match(evidence)
    if officers is None:
        return None
    return [found.group(1) if (found := _OFFICER_ORGAN.match(part)) else None
            for part in re.split(_OFFICER_SEPARATOR, officers.group(1))]


def officer_bodies(evidence: str) -> list[str]:
    """The bodies whose plenary work reports officials listed in turn make (:data:`_OFFICERS_EACH`: 省人大常委会副主任甲、
    省高院院长乙、省检察院检察长丙先后登台，作工作报告 → 人大, 法院, 检察院), in the order named, once each; [] for other
    words or an organ of no such body."""
    bodies: list[str] = []
    for organ in _officer_organs(evidence) or []:
        body = _OFFICER_BODY.search(organ) if organ else None
        if body is None:
            return []
        bodies.append(("人大", "法院", "检察院", "政府")[body.lastindex - 1])
    return list(dict.fromkeys(bodies))


def collective(words: str) -> int:
    """How many organs the collective name in ``words`` stands for (一府一委两院 4, 一府两院 3, 两院 2),
    else 1."""
    return _count(_COLLECTIVE.search(words))


def _count(collective: re.Match[str] | None) -> int:
    """How many organs a collective name matched stands for (4, 3, 2), 1 for none."""
    return 1 if collective is None else 4 if collective.group(2) else 3 if collective.group(1) else 2


def _organs(evidence: str) -> int:
    """How many organs made the report(s) a review's evidence tells of: those briefing 分别, the
    two, three or four of “两院” / 一府两院 / 一府一委两院, the organs its speakers serve (:data:`_SPEAKERS`), else one;
    one where they made it together (:data:`object_kinds.JOINTLY`)."""
    if object_kinds.JOINTLY.search(evidence):
        return 1  # one report several organs made together (…联合作的关于…的报告)
    together = _TOGETHER.search(evidence)
    if together:
        return _count(together)
    each = _EACH.match(evidence)
    organs = [part.strip() for part in _ORGAN_SEPARATOR.split(_ORGANS_TAIL.sub("", each.group(1)))] if each else []
    if len(organs) > 1 and all(object_kinds.reports_as_organ(organ) for organ in organs):
        return len(organs)
    if (officers := _officer_organs(evidence)) is not None:  # 院长甲、检察长乙先后登台，作工作报告: one report each organ's
        return max(len({organ for organ in officers if organ}), 1)
    speakers = _SPEAKERS.match(evidence)
    served = {found.group() for part in speakers.group(1).split("、") if (found := _SPEAKER_ORGAN.match(part))} if speakers else set()
    return max(len(served), 1)


def body_of(report: str) -> str | None:
    """The body whose work report ``report`` (one report's words, maybe only its organ in a list) is,
    as :func:`bodies_in` names it; None for another report."""
    found = _LAST_BODY.search(report)
    return _SAME_BODY.get(found.group(1), found.group(1)) if found else None


def bodies_in(evidence: str) -> set[str]:
    """The bodies whose work reports ``evidence`` names (人大 for the congress's own: 常务委员会, 常委会, 主席团)."""
    return {_SAME_BODY.get(found.group(1), found.group(1)) for found in _WORK_REPORT.finditer(evidence)}


def sessions(text: str, areas: set[str]) -> list[tuple[int, str]]:
    """``(offset, place)`` of each plenary session ``text`` names with its place (:data:`_PLACE_SESSION`): a place
    among ``areas`` (the area names the text's area hits read), or a township holding it (洋青镇召开…), whose names
    no table lists; not words that end like one (按照省十二届人大五次会议, 审议通过镇第十四届…会议关于…的决议)."""
    named = [(m.start(), m.group("place")) for m in _PLACE_SESSION.finditer(text)
             if m.group("place") in areas or (m.group("place")[-1] in "镇乡" and m.group("held"))]
    return sorted(named + [(m.start(), EVERY) for m in _EVERY_PLACE.finditer(text)])


def once_each(found: list[FoundT], held: list[tuple[int, str]]) -> list[FoundT]:
    """``found`` without a plenary work report's review named again: the first review of each body's
    work report (主席团工作报告, 政府工作报告 …) in each place's session stands for all of them; the reviews
    sharing that first one's evidence are the other reports of its list (审议县政府、县人民法院以及县人民检察院
    工作报告). ``held`` (:func:`sessions`): the place whose session was named last before a review is the session
    it was heard in (two towns' sessions in one article are two reviews each, dev p37); a session named without
    its place continues the one before; the reviews of every place's sessions told together (:data:`EVERY`) are
    left out when a place's own session follows, which tells them again."""
    first: dict[tuple[str, str], Span] = {}
    out: list[FoundT] = []
    for activity in found:
        body = plenary_body(activity.span.text) if activity.type == "report_review" else None
        place = next((p for start, p in reversed(held) if start <= activity.span.start), "")
        if body and place == EVERY and any(p != EVERY and start > activity.span.start for start, p in held):
            continue
        if body and first.setdefault((place, body), activity.span) != activity.span:
            continue
        out.append(activity)
    return out


def plenary_body(evidence: str) -> str | None:
    """The body whose plenary work report a review's evidence is: the report it ends with (…政府工作报告》),
    the speaker who reports the work (委员长向大会报告…工作), or the one body's work report its words name
    as made by its speaker or resolved on (:data:`_MADE_OR_RESOLVED`); None for another report or several bodies'."""
    plenary = _PLENARY.search(evidence) or _SPEAKER.search(evidence)
    if plenary:
        body = next((group for group in plenary.groups() if group), None)
        return _SAME_BODY.get(body, body)
    named = bodies_in(evidence) if _MADE_OR_RESOLVED.search(evidence) and "、" not in evidence else set()
    return named.pop() if len(named) == 1 else None
