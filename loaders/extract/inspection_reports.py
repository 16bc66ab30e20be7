"""The review of an inspection's report that names the report by its kind alone, of the inspection told before it.

Issue 10's loop runs inspection → its report → the review of the report → the review opinion → its handling. A report
writer who has just told an inspection names its report by kind only when the committee reviews it (常委会会议审议执法
检查报告后，形成审议意见交县政府研究处理; 最终，执法检查报告将提请市人大常委会审议; 听取了执法检查组关于检查情况的报告):
the report reviewed is that inspection's, and so are its laws, as the golds give them (dev m32, w27, ac17). Without them
the review, and the opinion its deliberation gave, were tied to no law, and a handling report of the law answered no
opinion (a first-time analyst's class 3, round 30). A pass after the finders (:func:`loaders.extract.extract`): the
inspections' laws are final there.
"""
from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.activities import inspects_laws
from loaders.facts import Activity
from loaders.lexicon.normalise import normalised

#: An inspection's report named by its kind: 执法检查报告, 检查报告, 执法检查组的报告, 执法检查组关于检查情况的报告, or its
#: group's report to the committee announced (执法检查组将于12月向常委会会议汇报检查情况: round 42 ruling 8).
_BY_KIND = re.compile(r"检查报告|检查组[^，,。；]{0,16}?报告|检查组[^，,。；]{0,16}?向[^，,。；]{0,20}?汇报")
#: A report of work of its own named beside it (关于…工作情况的报告, 《…》): not named by its kind alone.
_OWN_TITLE = re.compile(r"《|关于(?![^，,。；]{0,6}检查)")


def carried(activities: list[Activity]) -> list[Activity]:
    """``activities`` with each review of an inspection report named by its kind (:data:`_BY_KIND`), carrying no law,
    no subject (公检法三机关办案质量检查情况的报告 is a report of its own), no count (审议执法检查报告4项 is a total) and no
    title of its own, given the laws, subject and issues of the nearest inspection carrying laws told before it, in its
    paragraph or before (a news item tells the inspection in its lead and the report's review in a later paragraph: dev
    w27, ac17)."""
    for index, act in enumerate(activities):
        words = normalised(act.evidence)
        if (act.type != "report_review" or act.laws or act.subject or act.count is not None or act.follow_up
                or not _BY_KIND.search(words) or _OWN_TITLE.search(words)):
            continue
        told = [a for a in activities if a.end <= act.start and inspects_laws(a) and a.laws]
        if told:  # the statement told last, whose laws may be split over several inspections (检查A法、B条例以及C条例)
            last = max(a.end for a in told)
            statement = [a for a in told if a.end == last]
            laws = list(dict.fromkeys(law for a in statement for law in a.laws))
            activities[index] = replace(act, laws=laws, subject=statement[0].subject,
                                        issues=act.issues or list(statement[0].issues))
    return activities
