"""Adopting the review opinion on a report heard is that report's review (round 20 part a 7), whether the opinion
names the report after 对 or after 关于 (readable dev w39: 会议原则通过关于…情况报告、…等4个报告的审议意见)."""
from __future__ import annotations

import pytest

CITY = "丽水市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "会议通过了关于全市养老服务工作情况报告的审议意见。",
    "会议原则通过关于金丽温开放大通道建设情况报告的审议意见。",
    "會議原則通過關於金麗溫開放大通道建設情況報告的審議意見。",
    "会议原则通过了对市政府关于养老服务工作情况报告的审议意见。",
])
def test_an_opinion_adopted_on_a_report_is_its_review(facts_of, text: str) -> None:
    assert [a.type for a in facts_of(text, CITY).activities] == ["report_review"]


def test_opinions_adopted_on_reports_counted_together_are_one_review_each(facts_of) -> None:
    """Several reports before one 等2个报告的审议意见: one review each, as the ruling reads (round 20 part a 7; w39's gold
    lists its four reports apart). Until round 26 the sentence gave one review for both."""
    text = "会议原则通过关于涉境外法治建设工作情况报告、金丽温开放大通道建设情况报告等2个报告的审议意见。"
    assert [a.type for a in facts_of(text, CITY).activities] == ["report_review", "report_review"]


@pytest.mark.parametrize("text", [
    # a law's decision, an opinion of the committee's own, a session's convening, an opinion on no report
    "会议通过了关于修改《丽水市养犬管理条例》的决定。",
    "会议通过了关于加强代表建议办理工作的意见。",
    "会议通过了关于召开市十六届人大二次会议的决定。",
    "会议原则通过了《关于进一步加强慈善法贯彻执行工作的审议意见》。",
])
def test_an_opinion_or_decision_on_no_report_is_no_review(facts_of, text: str) -> None:
    assert [a.type for a in facts_of(text, CITY).activities if a.type == "report_review"] == []
