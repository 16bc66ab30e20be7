"""Deputies reporting their duties to their voters: one ``other`` per event told.

Townships and districts have deputies go back to their constituencies and report how they served (代表向选民述职, 回原选区
述职, 述职评议会, 选民代表们认真听取人大代表的述职报告), often under a heading of their own (述职评议会上, …). Organised by the
congress or its presidium, that is an ``other``, one per event told (genre README round 45 ruling 6, over round 36
ruling 6 and round 37 ruling 3, which gave none); the voters' rating of the deputies after it stays a
``satisfaction_evaluation`` (round 37 ruling 4, dev b25, f24, g35), deputies counted reporting a statistic. The event is
read by its own row of activity-triggers.csv (向选民述职, 向原选区选民报告履职情况); the ``other`` rows reading 述职 and
履职 appraisals cannot see the voters when they are named in a clause or a paragraph before, and a news item tells its
event again in its headline, lead and body. So :func:`without_reports_to_voters` keeps the first telling of a report to
voters in a text and drops the other ``other`` appraisals of deputies' duties told where voters or constituencies are
named (dev ab47, ab51, ae51, af55, ag45, ag49, b24, g34); officials reporting to a standing committee (副县长, 局长,
国家机关工作人员…述职) and deputies reporting to it (听取部分省人大代表履职情况的报告) stay.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.lexicon.normalise import normalised

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "other"
#: A report or appraisal of duties (述职评议, 履职情况评议表, 述职报告).
_DUTIES = re.compile(r"述职|履职")
#: Voters or constituencies named: the audience of a deputy's report.
_VOTERS = re.compile(r"选民|选区")
#: Deputies' report to their voters told as such (向选民述职, 回原选区报告履职情况, 选区人大代表述职大会): the event, not an
#: appraisal near it (接待选民和述职评议活动) nor the voters' words on it.
_TO_VOTERS = re.compile(r"[向回][^，,。；]{0,10}?(?:选民|选区)[^，,。；]{0,6}?(?:述职|报告)|选区[^，,。；]{0,16}?代表[^，,。；]{0,4}?(?:述职|履职报告)")
#: Officials of state organs (not deputies) whose duties a standing committee appraises.
_OFFICIALS = re.compile(r"[县区市州省镇乡局院厅]长|负责人|负责同志|国家机关工作人员|任命人员|干部|法官|检察官")


def without_reports_to_voters(text: str, found: list[Found]) -> list[Found]:
    """``found`` with one ``other`` for deputies reporting to their voters: the first that tells it (:data:`_TO_VOTERS`,
    round 45 ruling 6); the later tellings and the ``other`` appraisals of duties (:data:`_DUTIES`) whose paragraph, or
    the paragraph before it, names voters or constituencies (:data:`_VOTERS`) are dropped, unless the appraisal names
    officials (:data:`_OFFICIALS`)."""
    kept: list[Found] = []
    told = False
    for hit in found:
        if hit.type == KIND and not _OFFICIALS.search(hit.span.text):
            to_voters = _TO_VOTERS.search(normalised(hit.span.text)) is not None
            if to_voters and not told:
                told = True
            elif to_voters or (_DUTIES.search(hit.span.text)
                               and _VOTERS.search(_paragraphs_around(text, hit.span.start, hit.span.end))):
                continue
        kept.append(hit)
    return kept


def _paragraphs_around(text: str, start: int, end: int) -> str:
    """The paragraph holding ``start:end`` and the non-blank paragraph before it."""
    begin = text.rfind("\n", 0, start)
    before = text.rfind("\n", 0, max(begin, 0))
    while before > 0 and not text[before + 1 : begin].strip():
        before = text.rfind("\n", 0, before)
    stop = text.find("\n", end)
    return text[before + 1 : stop if stop >= 0 else len(text)]
