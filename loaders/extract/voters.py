"""Deputies reporting their duties to their voters: no activity of the congress.

Townships and districts have deputies go back to their constituencies and report how they served (代表向选民述职, 回原选区
述职, 述职评议会, 选民代表们认真听取人大代表的述职报告), often under a heading of their own (述职评议会上, …). That is the
deputies' own work towards their voters, overseeing no state organ: no activity (genre README round 36 ruling 6, upheld
by round 37 ruling 3); the voters' rating of the deputies after it stays a ``satisfaction_evaluation`` (round 37 ruling 4,
dev b25, f24, g35). The ``other`` rows reading 述职 and 履职 appraisals (activity-triggers.csv) cannot see the voters
when they are named in a clause before or a paragraph before, so :func:`without_reports_to_voters` drops the ``other``
appraisals of deputies' duties told where voters or constituencies are named (dev ab47, ab51, ae51, af55, ag45, ag49,
b24, g34); officials reporting to a standing committee (副县长, 局长, 国家机关工作人员…述职) and deputies reporting to it
(听取部分省人大代表履职情况的报告) stay.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "other"
#: A report or appraisal of duties (述职评议, 履职情况评议表, 述职报告).
_DUTIES = re.compile(r"述职|履职")
#: Voters or constituencies named: the audience of a deputy's report.
_VOTERS = re.compile(r"选民|选区")
#: Officials of state organs (not deputies) whose duties a standing committee appraises.
_OFFICIALS = re.compile(r"[县区市州省镇乡局院厅]长|负责人|负责同志|国家机关工作人员|任命人员|干部|法官|检察官")


def without_reports_to_voters(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the ``other`` appraisals of duties (:data:`_DUTIES`) whose paragraph, or the paragraph before
    it, names voters or constituencies (:data:`_VOTERS`), unless the appraisal names officials (:data:`_OFFICIALS`)."""
    return [hit for hit in found if not (hit.type == KIND and _DUTIES.search(hit.span.text)
                                         and not _OFFICIALS.search(hit.span.text)
                                         and _VOTERS.search(_paragraphs_around(text, hit.span.start, hit.span.end)))]


def _paragraphs_around(text: str, start: int, end: int) -> str:
    """The paragraph holding ``start:end`` and the non-blank paragraph before it."""
    begin = text.rfind("\n", 0, start)
    before = text.rfind("\n", 0, max(begin, 0))
    while before > 0 and not text[before + 1 : begin].strip():
        before = text.rfind("\n", 0, before)
    stop = text.find("\n", end)
    return text[before + 1 : stop if stop >= 0 else len(text)]
