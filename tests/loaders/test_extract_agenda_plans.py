"""Planned work without a plan title: numbered tasks of a plan, and the agenda a council proposes.

Texts are written for this test after the genre's phrasing.
"""
from __future__ import annotations

import pytest

PROVINCE = "江西省人民代表大会常务委员会"


def statuses(facts):
    return [(a.type, a.status) for a in facts.activities]


@pytest.mark.parametrize(
    "text",
    [
        "2025年省人大常委会监督工作，围绕中心大局统筹安排。\n一、推动高质量发展\n"
        "1. 听取和审议省政府关于全省数字经济发展情况的报告。\n2. 检查《中华人民共和国种子法》实施情况。",
        "常委会监督工作的总体要求是：坚持正确方向。\n（一）听取和审议省人民政府关于科技创新工作情况的报告。重点报告成效和问题。\n"
        "（二）检查《中华人民共和国种子法》实施情况。重点检查配套法规。",
        "围绕乡村振兴开展监督\n3. 听取和审议省政府关于农村公路建设情况的报告。（责任部门：农业农村委）",
    ],
)
def test_numbered_tasks_are_planned_work(facts_of, text):
    facts = facts_of(text, PROVINCE)
    assert facts.activities and all(a.status == "planned" for a in facts.activities)


def test_numbered_work_done_is_reported(facts_of):
    text = ("一年来主要做了以下工作：\n1. 听取和审议了省政府关于数字经济发展情况的报告。\n"
            "2. 检查了《中华人民共和国种子法》实施情况。")
    facts = facts_of(text, PROVINCE)
    assert facts.activities and all(a.status == "reported" for a in facts.activities)


@pytest.mark.parametrize(
    "text",
    [
        "主任会议建议，常委会第十次会议听取和审议省政府关于养老服务工作情况的报告。",
        "主任会议建议的议程还有：审议省政府关于全省国有资产管理情况的综合报告。",
        "委员长会议建议，常委会会议听取和审议国务院关于粮食安全工作情况的报告。",
    ],
)
def test_a_proposed_agenda_is_planned(facts_of, text):
    facts = facts_of(text, PROVINCE)
    assert facts.activities and all(a.status == "planned" for a in facts.activities)
