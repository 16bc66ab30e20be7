"""Activity precision on text nobody tuned to (round 9): classes of mentions that are no new activity, or
an activity of another kind.

Each class has sentences of the genre from public pages (paraphrased, or real where noted) that were not in
the development files, and near-misses that must still state their activity.
"""
from __future__ import annotations

import pytest

NATIONAL = "全国人民代表大会常务委员会"
CITY = "衢州市人民代表大会常务委员会"


def _types(facts) -> list[str]:
    return [a.type for a in facts.activities]


# The year's plan execution with next year's plan (or its draft), examined, approved or resolved on, and a
# committee's review result of a five-year outline's draft: the plan-and-budget review of the financial committee
# (round 9 ruling, docs/design.md 'Evaluation data'), a budget review like the budget's.
@pytest.mark.parametrize(
    "text",
    [
        # the financial committee's review result at an NPC session (2024, real)
        "会议听取了全国人大财政经济委员会关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的审查结果报告。",
        # the outline's draft (2006, real, traditional script)
        "全國人大財政經濟委員會主任委員傅志寰向主席團會議作了關於國民經濟和社會發展第十一個五年規劃綱要草案的審查結果報告。",
        # a city session's agenda (paraphrased)
        "大会议程为：审查和批准市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告。",
        "会议对区政府关于2019年国民经济和社会发展计划执行情况与2020年计划草案的报告进行了审议。",
    ],
)
def test_the_plan_with_next_years_plan_is_a_budget_review(facts_of, text):
    assert _types(facts_of(text, NATIONAL)) == ["budget_review"]


def test_the_plan_and_the_budget_resolved_on_are_two_budget_reviews(facts_of):
    # a session's closing news (2018, paraphrased): each resolution approves one object
    text = ("会议表决通过了关于2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划的决议，"
            "批准2018年国民经济和社会发展计划；表决通过了关于2017年中央和地方预算执行情况与2018年中央和地方预算的决议，"
            "批准2018年中央预算。")
    assert _types(facts_of(text, NATIONAL)) == ["budget_review", "budget_review"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an execution report alone stays a review of the plan
        ("会议听取了国务院关于今年以来国民经济和社会发展计划执行情况的报告。", ["report_review"]),
        ("听取和审议市政府关于2024年上半年国民经济和社会发展计划执行情况的报告。", ["report_review"]),
        # the secretariat's draft resolutions are the congress's own business
        ("会议听取了大会秘书处关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的决议草案代拟稿的汇报。", []),
    ],
)
def test_an_execution_report_alone_or_a_draft_resolution_is_no_budget_review(facts_of, text, expected):
    assert _types(facts_of(text, NATIONAL)) == expected
