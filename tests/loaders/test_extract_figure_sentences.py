"""A sentence of figures or a topic heading alone on its line states no activity; the work told beside it stays.

The problems an audit report raised, counted (2024年度审计工作报告反映的问题共75个), are the figure of the audit oversight
the text tells, not a second one; a topic heading alone on its line (代表建议办理。) names the field the lines after it tell.
Source: a second first-time analyst's round 35 (finding 4); sentences paraphrase the probes and dev's wording.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "海盐县人民代表大会常务委员会"


def found(text: str) -> list[str]:
    facts = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2025"}))
    return [a.type for a in facts.activities]


@pytest.mark.parametrize("text", [
    "报告显示，2024年度审计工作报告反映的问题共75个，涉及金额4.82亿元。",
    "审计查出问题共计120项，已整改110项。",
    "2023年度審計工作報告反映的問題共68個，涉及金額3.1億元。",
])
def test_an_audit_reports_problems_counted_are_no_oversight(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "常委会听取审议了县人民政府关于审计工作报告反映问题整改情况的报告。",
    "县人大常委会对审计查出的75个问题整改情况进行跟踪监督。",
])
def test_audit_oversight_told_stays(text: str) -> None:
    assert found(text) == ["audit_oversight"]


@pytest.mark.parametrize("heading", ["代表建议办理。", "（三）代表建议办理。", "代表建議辦理。"])
def test_a_topic_heading_alone_on_its_line_is_no_activity(heading: str) -> None:
    body = "常委会听取审议了县人民政府关于代表建议办理情况的报告。"
    assert found(f"{heading}\n{body}") == found(body)


@pytest.mark.parametrize("text", [
    "常委会听取审议了县人民政府关于城市更新工作情况的报告。\n会议指出，要加快老旧小区改造。",  # a report heard
    "开展专题询问。\n代表们详细了解了全县义务教育情况。",  # a heading led by a verb of doing: the activity itself
])
def test_list_items_and_headings_told_as_done_stay(text: str) -> None:
    assert found(text)
