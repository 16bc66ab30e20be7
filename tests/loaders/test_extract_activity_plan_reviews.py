"""The year's plan execution with next year's plan (…计划执行情况与…计划（草案）), examined, approved or
resolved on, is a ``budget_review``: the plan-and-budget review of the congress's financial committee
(round 9 ruling, docs/design.md "Evaluation data"); an execution report alone (上半年…, 今年以来…) stays a
``report_review``. Sentences paraphrase public session news (a city financial committee's preliminary
examination, a county plan committee's review, the NPC's closing resolutions), simplified and traditional."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

CITY = "襄阳市人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, CITY))]


@pytest.mark.parametrize("text", [
    # examined before the session (初步审查), by the committee or the standing committee
    "市人大财经委召开专题会议，对全市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告开展初步审查。",
    "会议对市政府《关于襄阳市2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告》进行了初步审查。",
    # reviewed at the session, or its review result heard
    "计划审查委员会召开会议，审议市发展和改革局关于2015年国民经济和社会发展计划执行情况与2016年计划草案的报告。",
    "會議聽取了市人大財經委關於2018年國民經濟和社會發展計劃執行情況與2019年國民經濟和社會發展計劃（草案）的審查結果報告。",
    "大会审查和批准了市人民政府关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告。",
])
def test_the_year_plan_with_next_year_draft_is_a_budget_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["budget_review"]


@pytest.mark.parametrize("text", [
    "会议听取和审议了国务院关于今年以来国民经济和社会发展计划执行情况的报告。",
    "会议审议了市政府关于2022年上半年全市国民经济和社会发展计划执行情况的报告（书面）。",
    "對上半年國民經濟和社會發展計劃執行情況進行了審議。",
])
def test_an_execution_report_alone_stays_a_report_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["report_review"]


def test_the_plan_and_the_budget_resolved_on_are_two_budget_reviews(facts_of) -> None:
    text = ("会议表决通过了关于2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划的决议，批准2018年"
            "国民经济和社会发展计划；表决通过了关于2017年市级预算执行情况与2018年市级预算的决议，批准2018年市级预算。")
    assert _kinds(facts_of, text).count("budget_review") == 2


def test_a_resolution_on_the_plan_beside_the_work_report_is_one_review_each(facts_of) -> None:
    text = ("會議還表決通過了關於政府工作報告的決議；關於2005年國民經濟和社會發展計劃執行情況與2006年國民經濟和社會"
            "發展計劃的決議。")
    assert sorted(_kinds(facts_of, text)) == ["budget_review", "report_review"]


@pytest.mark.parametrize("text", [
    # the secretariat drafting the resolution, and the plan merely agreed with in a committee's findings
    "会议听取了大会秘书处关于2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划的决议草案代拟稿。",
    "审查建议批准市人民政府提出的2016年国民经济和社会发展计划草案。",
])
def test_drafting_the_resolution_states_no_review(facts_of, text: str) -> None:
    assert "budget_review" not in _kinds(facts_of, text)
