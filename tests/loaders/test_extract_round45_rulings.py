"""Round 45's rulings on activities (genre README "## Round 45"), each with phrasings written for these tests.

Ruling 9: a council of chairpersons hearing how a coming sitting of the standing committee or its agenda is prepared
(准备情况) prepares the sitting's reviews: no activity of its own; a congress session's preparation heard stays a review
(round 36), and the reports of the sitting stay its reviews.
"""
from __future__ import annotations

import pytest

COUNTY = "某县人民代表大会常务委员会"


def kinds(facts_of, text: str) -> list[str]:
    return [a.type for a in facts_of(text, COUNTY).activities]


@pytest.mark.parametrize("text", [
    "主任会议听取了关于常委会第十次会议准备情况的汇报。",
    "会议听取了区七届人大常委会第二十三次会议议题准备情况的汇报。",
    "會議聽取了市人大常委會第十五次會議議題文件準備情況的彙報。",
    "主任会议听取了下次常委会会议筹备工作情况的汇报。",
    "会议听取了县十八届人大常委会第十六次会议各项议题准备情况汇报，研究提出了会议的建议议程。",
])
def test_a_sittings_preparation_heard_is_no_activity(facts_of, text: str) -> None:
    assert kinds(facts_of, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("主任会议听取了关于县十八届人大三次会议筹备工作情况的汇报。", ["report_review"]),
    ("会议听取了县政府关于教育工作情况的报告，并听取了常委会第十次会议议题准备情况的汇报。", ["report_review"]),
])
def test_a_session_or_a_report_heard_beside_it_stays_a_review(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of, text) == expected
