"""A report in its own voice, given to a standing committee's sitting: that sitting's review of it.

The genre publishes the reports organs make to a standing committee as documents of their own: a title (关于本区
2023年度国有资产管理情况的综合报告, 重庆市人大常委会执法检查组关于检查《…》实施情况的报告), a dateline naming the
sitting (——2019年7月29日在市五届人大常委会第十一次会议上, a line break inside it as PDF text layers give it) or
a salutation to the committee (主任、各位副主任、各位委员：, 市人大常委会：), then the body in the reporter's
voice (现将…情况报告如下). No sentence says the committee heard it; the dateline or the salutation does. Golds
count one review of it, typed by its title (dev j11, l09, o12, p03, q11, u31; the round 18 ruling on u31 and u32).
A plenary work report delivered to a congress session (在…人民代表大会第五次会议上) is not this: the session's
own dateline names no standing committee, and the committee's own report in its own voice is none (round 14).
"""
from __future__ import annotations

import re

from loaders.extract.spans import Span, strip_span

#: Kinds of which a report given to a sitting is the one review: a filing-review work report (关于2024年备案审查工作情况的
#: 报告, 现将2023年度开展备案审查工作的情况报告如下) tells the year's filing review, and its body's words on it (备案审查工作
#: 取得新成效, 持续加强备案审查制度建设) are its parts, not reviews of their own (dev ab15, ac15, ad27, o12: one filing review
#: each, at the title or the reporter's first words).
ONE_REVIEW = frozenset({"filing_review"})

#: How far into a text its title, dateline and salutation lie (characters).
HEAD = 600

# A dateline on a line of its own naming a standing committee's sitting, maybe broken over two lines.
_DATELINE = re.compile(r"^[\s—\-－(（]*(?:\d{4}\s*年[^在\n]{0,12})?在[^。\n]{0,40}(?:\n\s*)?(?:常务委员会|常委会)"
                       r"第[^。\n]{1,8}次(?:全体)?会议上\s*[)）]?\s*$", re.M)
# A salutation to the committee: its members (主任、各位副主任、秘书长、各位委员：) or its name (市人大常委会：).
_SALUTATION = re.compile(r"^\s*(?:(?:委员长|主任)、各位副(?:委员长|主任)[^。\n]{0,20}委员|[^。\n]{0,16}(?:人大常委会|人民代表大会常务委员会))\s*[:：]\s*$", re.M)
# The report's title: a line (or what precedes a dateline on its line) ending with 报告; a headline telling a
# hearing (…人大常委会听取…报告) is news of it, which its own sentences tell.
_TITLE = re.compile(r"^(?![^\n]*?(?:听取|审议|审查了))[^。\n：:]{4,120}?报告(?=\s*(?:——|—|$))", re.M)
# The reporter's own words saying what it reports, where no title is given (现将…的情况报告如下).
_OWN_VOICE = re.compile(r"现将[^。；\n]{2,120}?报告如下")


def report_span(text: str) -> Span | None:
    """The words that name the report ``text`` is, when it is a report given to a standing committee's sitting:
    its title (the first line ending with 报告 before the dateline or salutation), else its own-voice sentence
    (现将…报告如下); None for another text (news, a plan, a plenary work report)."""
    head = text[:HEAD]
    marker = _DATELINE.search(head) or _SALUTATION.search(head)
    if marker is None:
        return None
    title = _TITLE.search(head, 0, marker.start())
    if title:
        return strip_span(text, _title_start(head, title.start()), title.end())
    own = _OWN_VOICE.search(text, marker.end(), marker.end() + HEAD)
    return Span(own.start(), own.end(), own.group()) if own else None


def opening_dateline(text: str) -> Span | None:
    """The dateline naming a standing committee's sitting that opens ``text``, when a salutation to the committee
    follows it: a report an excerpt cut below its title (——2023年11月27日在省十四届人大常委会第六次会议上 /
    省人大常委会河道管理条例执法检查组 / 主任、各位副主任、秘书长、各位委员：; dev aa05, aa13, q11, whose golds give the
    dateline as the review's evidence); None otherwise."""
    dateline = _DATELINE.match(text, len(text) - len(text.lstrip()), HEAD)
    if dateline is None or not _SALUTATION.search(text, dateline.end(), HEAD):
        return None
    return strip_span(text, dateline.start(), dateline.end())


# A line of a title broken over several (全国人民代表大会常务委员会执法检查组⏎关于检查《…》⏎实施情况的报告).
_TITLE_LINE = re.compile(r"[^。\n]{1,40}")


def _title_start(head: str, last_line: int) -> int:
    """Where the title whose last line starts at ``last_line`` begins: up to two lines before it belong to it when
    they follow on without a blank line, a full stop or a report's end of their own."""
    start = last_line
    for _ in range(2):
        line_start = head.rfind("\n", 0, start - 1) + 1
        line = head[line_start : start - 1]
        if start == 0 or not _TITLE_LINE.fullmatch(line) or line.rstrip().endswith("报告"):
            break
        start = line_start
    return start
