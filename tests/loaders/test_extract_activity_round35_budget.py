"""Round 35's budget classes (a second first-time analyst, findings 3, 4 and 9), with phrasings of the genre
(simplified and traditional) and near misses.

Sentences are paraphrased from the genre (a 财经委's 审查结果报告, a 预算工委's 审查报告, a session communiqué), never
copied from a benchmark file.
"""
from __future__ import annotations

import pytest

from loaders.build.activities import narrower_class
from ontology import OKG
from tests.loaders.extract_helpers import kinds

CITY = "湖州市人民代表大会常务委员会"
PROVINCE = "浙江省人民代表大会常务委员会"
COMMITTEE = "浙江省人民代表大会财政经济委员会"


@pytest.mark.parametrize(("text", "organ", "conductor"), [
    ("省人大财政经济委员会对2025年预算草案进行了初步审查。", PROVINCE, "浙江省人民代表大会财政经济委员会"),
    ("市人大财政经济委员会对市人民政府提出的2024年市级决算草案进行了初步审查。", CITY, "湖州市人民代表大会财政经济委员会"),
    ("市人大常委会预算工作委员会对2025年市本级预算调整方案进行了审查。", CITY, "湖州市人民代表大会常务委员会预算工作委员会"),
    ("市人大財經委對2024年國民經濟和社會發展計劃執行情況與2025年計劃草案進行了初步審查。", CITY, "湖州市人民代表大会财政经济委员会"),
    ("预算工作委员会对县人民政府提出的2024年县级预算进行了初步审查。", "三台县人民代表大会常务委员会",
     "三台县人民代表大会常务委员会预算工作委员会"),
    ("市人大财经委对2025年市级预算草案进行初审。", CITY, "湖州市人民代表大会财政经济委员会"),
    ("市人大财经委对市政府关于2024年上半年预算执行情况的报告进行了初审。", CITY, "湖州市人民代表大会财政经济委员会"),
    # the committee's own report: the review is the report's organ's
    ("省人民代表大会财政经济委员会对省人民政府提出的浙江省2022年全省和省级预算执行情况与2023年全省和省级预算草案进行了审查。",
     COMMITTEE, None),
])
def test_a_budget_examined_under_its_own_name_is_a_review_by_the_committee(facts_of, text: str, organ: str,
                                                                           conductor: str | None) -> None:
    """A budget, final accounts, adjustment or the year's plan named before the verb (对…预算草案进行了初步审查) is a
    ``budget_review`` conducted by the committee the sentence names, overseeing the government."""
    facts = facts_of(text, organ)
    assert kinds(facts) == ["budget_review"]
    assert facts.activities[0].conducted_by == conductor
    assert facts.activities[0].overseen and facts.activities[0].overseen[0].endswith("人民政府")


@pytest.mark.parametrize("text", [
    "市人大常委会法制工作委员会对《某市物业管理条例（草案）》进行了初步审查。",  # a law's draft: legislation
    "主任会议对2025年立法计划草案进行了审议。",  # the congress's own plans
    "主任会议对2025年度监督工作计划（草案）进行了审议。",
])
def test_drafts_that_are_no_budget_nor_the_years_plan_give_no_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, CITY)) == []


@pytest.mark.parametrize("text", [
    "（五）自觉接受人大预算审查监督，认真落实省人大常委会关于加强国有资产管理情况监督的决定。",
    "市人民政府将自觉接受市人大及其常委会的监督。",
    "要依法接受人大预算审查监督。",
    "各部门在预算草案编制、预算执行管理等方面认真接受人大监督审查。",
])
def test_accepting_oversight_is_the_overseens_stance_no_review(facts_of, text: str) -> None:
    """接受…监督 tells what the overseen body does or is advised to do (a 财经委's 建议 item), no act of the congress."""
    assert kinds(facts_of(text, COMMITTEE)) == []


@pytest.mark.parametrize("text", [
    "会议审查批准了大埔县2024年国民经济和社会发展计划执行情况与2025年计划，审查批准了大埔县2024年预算执行情况与2025年预算。",
    "会议审查批准了2024年市级预算执行情况和2025年市级预算，审查批准了2024年国民经济和社会发展计划执行情况和2025年国民经济和社会发展计划。",
    "會議審查批准了2024年國民經濟和社會發展計劃執行情況與2025年計劃，批准了2024年預算執行情況與2025年預算。",
])
def test_the_plan_and_the_budget_approved_in_two_clauses_are_two_reviews(facts_of, text: str) -> None:
    """Round 9 (and round 28's list ruling): the year's plan examined is a ``budget_review`` of its own beside the
    budget's; the second clause approves another object, so it does not continue the first."""
    facts = facts_of(text, "大埔县人民代表大会")
    assert kinds(facts) == ["budget_review", "budget_review"]
    plans = [narrower_class(act.type, act.evidence) for act in facts.activities]
    assert sorted(plans, key=str) == sorted([OKG.PlanReview, None], key=str)


@pytest.mark.parametrize(("kind", "evidence", "expected"), [
    ("budget_review", "审查批准了大埔县2024年国民经济和社会发展计划执行情况与2025年计划", OKG.PlanReview),
    ("budget_review", "审议并批准了2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告", OKG.PlanReview),
    ("budget_review", "对2024年计划执行情况与2025年计划草案进行了初步审查", OKG.PlanReview),
    ("budget_review", "审查批准了大埔县2024年预算执行情况与2025年预算", None),
    ("budget_review", "对2022年计划报告和计划草案、2022年预算报告和预算草案作进一步审查", None),  # two reviews, one evidence
    ("budget_review", "听取了关于2024年政府投资项目计划执行情况的汇报", None),
    ("report_review", "听取审议了省人民政府关于2023年度国有资产管理情况的综合报告", OKG.StateAssetsOversight),
    ("report_review", "常委会对省人民政府2024年度国民经济和社会发展计划执行情况进行了审查", OKG.PlanReview),
])
def test_the_graph_types_a_plan_review_whatever_its_facts_type(kind: str, evidence: str, expected) -> None:
    """The graph's narrower class follows the Facts type the rulings give a plan: a plan examined with its
    execution (a ``budget_review``) and a plan's execution report alone (a ``report_review``) are both PlanReview."""
    assert narrower_class(kind, evidence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("常委会对代表建议办理工作开展专题调研，并对省交通运输厅、省自然资源厅等8家承办单位的办理工作开展评议。", []),
    ("常委会组织代表开展视察，形成视察报告，交省交通运输厅研究处理。", ["浙江省交通运输厅"]),
    ("常委会组织代表开展视察，形成视察报告，交省政府研究处理。", ["浙江省人民政府"]),
])
def test_a_handing_verb_inside_an_organs_name_hands_nothing(facts_of, text: str, expected: list[str]) -> None:
    """The first activity's overseen organs come from its own sentence's briefings, checks or handings, never from the
    交 of 交通运输厅 in the next clause's own 评议 (a first-time analyst, round 35, finding 4)."""
    assert facts_of(text, PROVINCE).activities[0].overseen == expected


@pytest.mark.parametrize(("text", "organ", "conductor"), [
    ("建议省十四届人大一次会议批准省人民政府提出的2023年预算草案。", COMMITTEE, "浙江省人民代表大会"),
    ("建议本次会议批准2024年县级决算。", "三台县人民代表大会常务委员会", None),
    ("建议县人大常委会审查批准2024年县级决算草案。", "三台县人民代表大会常务委员会", None),
    ("建議省十四屆人大一次會議批准省人民政府提出的2023年預算草案。", COMMITTEE, "浙江省人民代表大会"),
])
def test_a_committee_proposing_that_a_session_approve_tells_a_review_to_come(facts_of, text: str, organ: str,
                                                                            conductor: str | None) -> None:
    """A committee's 建议…会议批准 is the session's approval to come (planned), conducted by the congress whose session
    it names, never by a 建议省人民代表大会 read from the verb before the session's name."""
    facts = facts_of(text, organ)
    assert [(act.type, act.status, act.conducted_by) for act in facts.activities] == [("budget_review", "planned", conductor)]


@pytest.mark.parametrize("text", [
    "（三）严格预算审查，提高预算编制的科学性。",
    "（二）強化預算審查，提高預算編制的科學性。",
    "要规范预算审查工作，提高质量。",
    "（四）认真落实人大预算审查意见，加强审计查出问题整改。",
    "各部门要认真落实预算审查意见。",
])
def test_a_committees_advice_to_the_government_is_no_review(facts_of, text: str) -> None:
    """The items of a 财经委's 建议 (做好2023年预算工作的建议: 严格预算审查, 落实预算审查意见) tell the government what to do:
    an aim or the opinions a review gave, no review by anyone."""
    assert kinds(facts_of(text, COMMITTEE)) == []


def test_a_review_told_with_its_strictness_stays_one(facts_of) -> None:
    assert kinds(facts_of("常委会依法严格审查2024年决算草案。", PROVINCE)) == ["budget_review"]
