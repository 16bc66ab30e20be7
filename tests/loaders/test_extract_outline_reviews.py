"""A five-year outline examined, approved or resolved on is a ``budget_review``, as the year's plan examined is; its
execution, mid-term evaluation, adjustment or drafting heard stays a ``report_review`` (round 40 ruling 2, genre README
"## Round 40"; ``report-kinds.csv`` and ``activity-triggers.csv``). Sentences written for these tests in the genre's
phrasings (a plenary's agenda, a committee's preliminary review, a session's closing resolutions, a standing committee's
evaluation), simplified and traditional."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

CITY = "台州市人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, CITY))]


@pytest.mark.parametrize("text", [
    # the plenary's agenda item, with or without 报告
    "大会的主要议程有：审查和批准台州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要。",
    "會議審查、批準了本市國民經濟和社會發展第十三個五年規劃綱要。",
    "代表们认真审议了“十五五”规划纲要草案。",
    # the outline's draft reported on or reviewed before the session
    "常委会听取了市人民政府关于“十四五”规划纲要（草案）的报告。",
    "主任会议听取和审议了预算工委关于规划纲要（草案）的初审意见。",
])
def test_an_outline_examined_is_a_budget_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["budget_review"]


@pytest.mark.parametrize("text", [
    "会议听取和审议了市人民政府关于“十四五”规划纲要实施情况中期评估的报告。",
    "會議審議了縣人民政府關于國民經濟和社會發展第十三個五年規劃綱要執行情況評估報告。",
    "会议听取和审议了关于“十二五”规划纲要部分指标调整方案的报告。",
    # an adjustment heard, named without 报告
    "会议听取和审议了关于本区“十二五”规划纲要部分指标调整方案。",
    "常委会审议了市政府关于城市总体规划局部调整方案。",
])
def test_its_execution_evaluation_or_adjustment_stays_a_report_review(facts_of, text: str) -> None:
    """(Its drafting reported was one too, until round 41's ruling 5 made it the outline's making, a budget_review:
    tests/loaders/test_extract_rulings_round41.py.)"""
    assert _kinds(facts_of, text) == ["report_review"]


@pytest.mark.parametrize("text", [
    "大会通过了关于政府工作报告、“十四五”规划和2035年远景目标纲要、计划报告、预算报告的决议。",
    "會議聽取了財政經濟委員會關於“十三五”規劃綱要、計劃、預算的審查報告。",
])
def test_an_outline_beside_the_plan_and_the_budget_is_a_review_of_its_own(facts_of, text: str) -> None:
    assert _kinds(facts_of, text).count("budget_review") == 3


def test_the_secretariat_drafting_the_resolution_states_no_review(facts_of) -> None:
    text = "会议听取了大会秘书处关于“十四五”规划和2035年远景目标纲要的决议草案代拟稿。"
    assert "budget_review" not in _kinds(facts_of, text)


def test_a_sector_plan_outline_heard_is_no_budget_review(facts_of) -> None:
    # an outline of one field (生态文明建设规划纲要) carried out is a report on it, not the development outline
    text = "会议听取和审议了市政府关于《台州市生态文明建设规划纲要（2016-2020年）》实施情况的报告。"
    assert _kinds(facts_of, text) == ["report_review"]
