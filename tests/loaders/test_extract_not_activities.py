"""Not activities: judgements of an activity, its scoring, titles of documents; and follow-ups that are.

Sentences are written for this test in the genre's style.
"""
from __future__ import annotations

import pytest

CITY = "常德市人民代表大会常务委员会"


@pytest.mark.parametrize(
    "text",
    [
        "此次执法检查组准备充分、组织有序。",
        "整个调研扎实深入,成效明显。",
        "满意度测评结果当场公布。",
        "认真落实《政府工作报告》确定的各项任务。",
        "市政府严格对照《政府工作报告》推进各项工作。",
        "代表们分组审议了《政府工作报告》。",
    ],
)
def test_judgements_scorings_and_titles_are_not_activities(facts_of, text):
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize(
    "text",
    [
        "跟踪监督《中华人民共和国水污染防治法》执法检查审议意见落实情况。",
        "听取市政府关于《中华人民共和国水污染防治法》执法检查报告及审议意见研究处理情况的报告。",
        "开展《中华人民共和国水污染防治法》执法检查“回头看”。",
    ],
)
def test_a_follow_up_ties_the_law_to_an_inspection(facts_of, text):
    facts = facts_of(text, CITY)
    assert {law.canonical for law in facts.laws if law.inspected} == {"中华人民共和国水污染防治法"}
    assert facts.activities


def test_a_committee_assigned_to_one_law_of_an_inspection_ties_that_law(facts_of):
    text = ("开展《中华人民共和国固体废物污染环境防治法》、《湖南省环境保护条例》执法检查,其中,"
            "市人大城环委负责《湖南省环境保护条例》的检查。")
    facts = facts_of(text, CITY)
    assert {law.canonical for law in facts.laws if law.inspected} == {
        "中华人民共和国固体废物污染环境防治法", "湖南省环境保护条例"}


@pytest.mark.parametrize(
    "text",
    [
        "会议通过代表资格审查报告8个。",
        "审议代表资格审查委员会关于个别代表的代表资格的报告6个。",
        "常委会主任对本次会议听取的相关工作报告提出了明确要求。",
        "与会人员对会议听取的各项报告进行了分组讨论。",
    ],
)
def test_credentials_counted_and_reports_named_again_are_no_reviews(facts_of, text):
    assert facts_of(text).activities == []
