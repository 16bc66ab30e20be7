"""Reports heard, round 40 (issue 10, readable dev's misses and false reviews by class): a congress body's own work report
in draft discussed or adopted for the coming session is that report's review, planned (``activity-triggers.csv``,
``activities._OWN_DRAFT``); a government's work report's drafting explained under its consultation draft is the
government's drafting, no review (``report-kinds.csv``). Sentences written for these tests in the genre's phrasings."""
from __future__ import annotations

import pytest

CITY = "建德市人民代表大会常务委员会"


def _reviews(facts_of, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.status) for a in facts_of(text, CITY).activities]


@pytest.mark.parametrize("text", [
    "会议讨论并原则通过《市人大常委会工作报告(大会报告稿)》。",
    "會議討論並原則通過了《市人大常委會工作報告（大會報告稿）》。",
    "会议讨论了区人大常委会工作报告稿。",
    "常委会会议审议通过了《县人大常委会工作报告（审议稿）》，决定提请大会审议。",
])
def test_its_own_work_report_in_draft_discussed_is_its_review_planned(facts_of, text: str) -> None:
    assert _reviews(facts_of, text) == [("report_review", "planned")]


@pytest.mark.parametrize("text", [
    "座谈会上，县政府办公室负责人就《政府工作报告》（征求意见稿）的结构、内容及起草情况作了简要介绍。",
    "市政府办公室主任就《政府工作报告》(征求意见稿)的起草情况作了说明。",
])
def test_a_work_report_drafting_explained_is_no_review(facts_of, text: str) -> None:
    assert ("report_review", "reported") not in _reviews(facts_of, text)
