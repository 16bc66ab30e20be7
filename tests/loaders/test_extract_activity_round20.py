"""Round 20's activity classes, each with phrasings of the genre (simplified and traditional) and near misses.

Sentences are paraphrased from the genre, never copied from a benchmark file; the class each test names was
seen in readable dev files (v-odd and older) and checked on the rest of dev.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "凤县人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organs"), [  # organs each reporting on the work named (dev v17)
    ("会上，县住建局、县财政局、县卫健局3个被评议部门分别就专项工作情况作了报告。",
     ["凤县住房和城乡建设局", "凤县财政局", "凤县卫生健康局"]),
    ("會上，縣住建局、縣財政局主要負責人分別就專項工作情況作了報告。", ["凤县住房和城乡建设局", "凤县财政局"]),
    ("县政府、县法院分别就上半年工作情况进行了汇报。", ["凤县人民政府", "凤县人民法院"]),
])
def test_organs_each_reporting_on_a_work_are_one_review_each(facts_of, text: str, organs: list[str]) -> None:
    facts = facts_of(text, COUNTY)
    assert kinds(facts) == ["report_review"] * len(organs)
    assert [a.overseen for a in facts.activities] == [[organ] for organ in organs]


@pytest.mark.parametrize("text", [  # near misses: the meeting's business, officials' own duties before an appraisal
    "各代表小组分别就本次会议议程进行了汇报。",
    "县法院庭长、县检察院科长分别就本职工作作了报告，代表们进行了民主评议。",
    "两名候选人分别就个人履职情况作了报告。",
])
def test_reports_on_a_meeting_s_business_or_one_s_own_duties_are_no_review(facts_of, text: str) -> None:
    assert "report_review" not in kinds(facts_of(text, COUNTY))
