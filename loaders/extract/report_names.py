"""The name of the report a review's evidence hears, read so that two tellings of one report compare equal.

A report told twice in a news item is named in other words each time: in a list of the lead without a verb
(县人民政府关于2024年票决民生实事项目实施情况的报告) and in the body after one (会议首先听取了县人民政府关于…的报告);
with its scope word or its quotes once only (区政府关于贯彻实施《X法》情况的报告 / 区政府关于全区贯彻实施《X法》情况的
报告); given by its speaker (代市长…向会议作了绵阳市…计划执行情况的报告) and then by its maker (市政府关于绵阳市…计划
执行情况的报告). :func:`report_name` gives the maker and the subject of such a name, the words every name may hold taken
out; :func:`same_report` compares two. Input is the normalised (simplified) view's text; the view maps traditional
script to simplified before any rule reads it. Source: round 46 (readable dev's false reviews told twice, ai53 aj23 av59).

A committee's opinion on a report is told as a hearing of its own (听取和审议了市人大财经委关于《市人民政府关于2019年度
国有资产管理情况的综合报告》的初步审议意见; 市人大财经委关于行政事业性国有资产管理情况的初步审议意见 after 听取和审议市人民
政府关于2023年度行政事业性国有资产管理情况的专项报告): :func:`opinion_subject` gives the subject of the report it is on,
and :func:`same_subject` compares it with a report's, the year aside (the opinion names the report without it). Source:
round 47 (readable dev's false reviews told twice, ae23 o18: the sitting and its result).
"""
from __future__ import annotations

import re

# The verb of hearing, reviewing or giving a report before its name (会议听取和审议了, 向会议作了, 书面听取了), looked for
# only before the name's 关于 or 《 (a title's own 审议意见 is no verb; nor is the 作 of 工作, 合作).
_VERB = re.compile(r"(?:听取|审议|审查|讨论|(?<![工合协操运写制动])作)(?:并审议|和审议|和讨论|审议|并讨论)?了?")
# Where a name's maker ends and its subject begins.
_SUBJECT = re.compile(r"关于|《")
# The words any report's name may hold, which tell no report from another: quotes and marks, 的 and 了, a scope word
# (全区, 本市, 我县), 人民 in a maker's name (区人民政府 = 区政府), and the kind words at its end (工作情况的专项报告).
_MARKS = re.compile(r"[《》“”〈〉<>\"'的了\s]|关于|(?:[(（]书面[)）])")
_SCOPE = re.compile(r"[全本我](?:省|自治区|市|州|盟|区|县|旗|乡|镇)")
_PEOPLE = re.compile(r"人民(?=政府|法院|检察院)")
_KIND_END = re.compile(r"(?:工作|情况|进展|专项|综合|书面|报告|汇报)+$")
# An opinion on a report named as what is heard or made, at the evidence's end (…关于X的初步审议意见, 关于《X报告》的初审
#意见(书面)): group ``on`` what it is on. A handling of the opinion (…审议意见研究处理情况的报告, 审议意见落实情况) names a
# report after it and is a follow-up, not matched.
_OPINION = re.compile(r"(?:关于|对)(?P<on>[^，,。；]{4,80}?)的?(?:初步审议|初审|审议|审查)意见[》”]?(?:[(（]书面[)）])?$")
# A title in quotes, whose own 关于 names no report of the words around it.
_TITLES = re.compile(r"《[^《》]*》")
# Words pointing at the reports told before (对以上四个专项工作报告的初审意见, 关于上述报告的审议意见).
_POINTER = re.compile(r"^(?:以上|上述|前述|这些|这[两二三四五六七八九十\d]+[个项份])")
# A subject's leading year (2023年度, 2019年), which an opinion's name of its report may leave out.
_YEAR = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?")
#: A subject shorter than this names no report of its own (政府工作报告, 财政报告, 人大常委会工作报告: a town's sessions each hear one).
MIN_SUBJECT = 6


def report_name(evidence: str) -> tuple[str, str] | None:
    """(maker, subject) of the report a review's ``evidence`` names, both without the words every name may hold
    (区政府关于全区贯彻实施《中华人民共和国退役军人保障法》情况的报告 → (区政府, 贯彻实施中华人民共和国退役军人保障法));
    the maker is empty when the evidence names none before 关于 (向会议作了…的报告). None when the evidence names no
    report (no 报告 or 汇报) or its subject is shorter than :data:`MIN_SUBJECT` (政府工作报告)."""
    end = max(evidence.rfind("报告"), evidence.rfind("汇报"))
    if end < 0:
        return None
    name = evidence[: end + 2]
    opening = _SUBJECT.search(name)
    head_end = opening.start() if opening else len(name)
    verbs = list(_VERB.finditer(name, 0, head_end))
    start = verbs[-1].end() if verbs else 0
    if opening:
        maker, subject = name[start : opening.start()], name[opening.end() :]
    else:
        maker, subject = "", name[start:]
    subject = _KIND_END.sub("", _SCOPE.sub("", _MARKS.sub("", subject)))
    maker = _PEOPLE.sub("", _MARKS.sub("", maker))
    if len(subject) < MIN_SUBJECT:
        return None
    return maker, subject


def spoken(evidence: str) -> bool:
    """Whether ``evidence`` gives a report by its speaker, not naming its maker (代市长…向会议作了绵阳市…计划执行情况的
    报告): the name's maker is empty and the last verb before it is 作 (not the 作 of 工作, 合作)."""
    name = report_name(evidence)
    verbs = list(_VERB.finditer(evidence[: max(evidence.rfind("报告"), evidence.rfind("汇报"))]))
    return name is not None and not name[0] and bool(verbs) and verbs[-1].group().startswith("作")


def same_report(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two names of :func:`report_name` name one report: the same subject, and the same maker or a maker left
    unnamed by either (the government's report and the court's on one subject are two)."""
    return one[1] == other[1] and (not one[0] or not other[0] or one[0] == other[0])


def opinion_subject(evidence: str, rest: str = "") -> str | None:
    """The subject, as :func:`report_name` reads it (its year aside), of the report on which ``evidence`` names a
    review opinion as what is heard or made (市人大财经委关于行政事业性国有资产管理情况的初步审议意见 → 行政事业性国有资产
    管理; …关于《萍乡市人民政府关于2019年度国有资产管理情况的综合报告》的初步审议意见 → 国有资产管理). ``rest``: the words
    of its clause after it, where a list's item (关于《A》 of 关于《A》和《B》的初步审议意见) has its opinion when the rest
    names no maker's report of its own (…的报告和市人大财经委关于…的初步审议意见 is the opinion's report, not the opinion);
    the subject is then the item's own. Empty when the opinion is on the reports told before (对以上四个专项工作报告的
    初审意见: :data:`_POINTER`). None when the clause names no opinion at its end (…审议意见研究处理情况的报告 is a follow-up) or
    the subject is shorter than :data:`MIN_SUBJECT`."""
    own, whole = _OPINION.search(evidence.strip()), _OPINION.search((evidence + rest).strip())
    if whole is None or (own is None and "关于" in _TITLES.sub("", rest)):
        return None  # no opinion, or one on a report the rest names (…的报告和市人大财经委关于…的初步审议意见)
    if _POINTER.match(whole.group("on")):
        return ""
    on = (own.group("on") if own else evidence).rsplit("关于", 1)[-1].removeprefix("对")  # 关于对X报告的初审意见
    subject = _YEAR.sub("", _KIND_END.sub("", _SCOPE.sub("", _MARKS.sub("", on))))
    return subject if len(subject) >= MIN_SUBJECT else None


def same_subject(opinion: str, name: tuple[str, str]) -> bool:
    """Whether an opinion's subject (:func:`opinion_subject`) is that of the report named ``name`` (:func:`report_name`),
    the report's leading year aside, or points at the reports told before (empty); the makers are not compared (the
    committee gives the opinion on the government's report)."""
    return not opinion or _YEAR.sub("", name[1]) == opinion
