"""The name of the report a review's evidence hears, read so that two tellings of one report compare equal.

A report told twice in a news item is named in other words each time: in a list of the lead without a verb
(县人民政府关于2024年票决民生实事项目实施情况的报告) and in the body after one (会议首先听取了县人民政府关于…的报告);
with its scope word or its quotes once only (区政府关于贯彻实施《X法》情况的报告 / 区政府关于全区贯彻实施《X法》情况的
报告); given by its speaker (代市长…向会议作了绵阳市…计划执行情况的报告) and then by its maker (市政府关于绵阳市…计划
执行情况的报告). :func:`report_name` gives the maker and the subject of such a name, the words every name may hold taken
out; :func:`same_report` compares two. Input is the normalised (simplified) view's text; the view maps traditional
script to simplified before any rule reads it. Source: round 46 (readable dev's false reviews told twice, ai53 aj23 av59).
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


def same_report(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two names of :func:`report_name` name one report: the same subject, and the same maker or a maker left
    unnamed by either (the government's report and the court's on one subject are two)."""
    return one[1] == other[1] and (not one[0] or not other[0] or one[0] == other[0])
