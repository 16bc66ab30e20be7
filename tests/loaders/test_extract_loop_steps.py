"""The loop of issue 10 told step by step (a first-time analyst's class 3, round 30): inspection → its report reviewed →
审议意见 → the organ's handling report → follow-up. Each step found in the genre's phrasings, on the work it belongs to
and with that work's laws, so that a handling report answers the opinion it handles.

Sentences are the genre's phrasings, written for these tests after real reports' wording (none from
``benchmarks/genre`` or the shared corpus).
"""
from __future__ import annotations

import pytest

LAW = "中华人民共和国安全生产法"
INSPECTION = "5月，常委会对《中华人民共和国安全生产法》实施情况开展执法检查。"
HANDLING = "11月，常委会听取和审议县政府关于研究处理安全生产法执法检查报告及审议意见情况的报告，并进行满意度测评。"


@pytest.mark.parametrize("review", [
    "常委会会议审议执法检查报告后，形成审议意见交县政府研究处理。",
    "6月，常委会第十次会议审议了执法检查报告，会后将审议意见交县政府研究处理。",
    "检查结束后，常委会听取和审议了执法检查组关于检查情况的报告，形成审议意见交县政府研究处理。",
    "常委会对执法检查报告进行了审议，提出审议意见5条，交县政府研究处理。",
])
def test_the_review_of_the_inspection_report_named_by_kind_is_of_the_inspection_told(facts_of, review: str) -> None:
    """The review, its opinion and the handling report answering that opinion all concern the inspection's law."""
    facts = facts_of(INSPECTION + review + HANDLING, "安吉县人民代表大会常务委员会")
    (reviewed,) = [a for a in facts.activities if a.type == "report_review" and a.start < len(INSPECTION + review)]
    assert reviewed.laws == [LAW]
    opinions = [i for i, step in enumerate(facts.loop) if step.type == "review_opinion"]
    assert len(opinions) == 1 and facts.loop[opinions[0]].laws == [LAW]
    (handling,) = [step for step in facts.loop if step.type == "handling_report"]
    assert handling.responds_to == opinions[0]


@pytest.mark.parametrize("review", [
    "审议执法检查报告4项。",  # a total of the year
    "听取和审议县政府关于生活垃圾分类工作情况的报告。",  # a report of work of its own
])
def test_a_review_of_its_own_carries_no_inspection_law(facts_of, review: str) -> None:
    facts = facts_of(INSPECTION + review, "安吉县人民代表大会常务委员会")
    assert all(not a.laws for a in facts.activities if a.type == "report_review")


@pytest.mark.parametrize("handling", [
    "听取县政府关于研究处理安全生产法执法检查报告及审议意见情况的报告",
    "审议县政府关于研究处理《中华人民共和国安全生产法》执法检查报告和审议意见情况的反馈报告",
    "听取和审议县政府关于落实安全生产法执法检查报告和审议意见的报告",
    "听取县政府关于安全生产法执法检查审议意见办理情况的汇报",
])
def test_a_handling_report_named_before_what_it_handles(facts_of, handling: str) -> None:
    """The national formula (研究处理…执法检查报告及审议意见情况的报告) names the handling before the report and opinions."""
    facts = facts_of(INSPECTION[:-1] + "，提出审议意见8条，交县政府研究处理。11月，常委会" + handling + "，并开展满意度测评。",
                     "安吉县人民代表大会常务委员会")
    (handling_step,) = [step for step in facts.loop if step.type == "handling_report"]
    assert handling_step.laws == [LAW]
    assert facts.loop[handling_step.responds_to].type == "review_opinion"


@pytest.mark.parametrize("found", [
    "执法检查发现，部分企业安全生产主体责任落实不到位。",
    "检查组在检查中发现：一些乡镇监管力量薄弱，执法装备不足。",
    "检查发现还存在认识不高、责任落实不力的情况。",
    "执法检查组在实地检查时发现，个别企业存在重大安全隐患。",
    "检查中发现，县应急管理局在执法中，还有以罚代管的情况，亟待整改。",
])
def test_a_finding_told_after_its_verb_is_the_inspections(facts_of, found: str) -> None:
    text = INSPECTION + found
    facts = facts_of(text, "安吉县人民代表大会常务委员会")
    (finding,) = facts.loop
    assert finding.type == "finding" and finding.laws == [LAW]
    assert text[finding.start:finding.end] == finding.evidence and finding.evidence.startswith(found[:4])
    assert [facts.activities[i].type for i in finding.activities] == ["law_enforcement_inspection"]


@pytest.mark.parametrize("told", [
    "执法检查发现，各部门高度重视，工作成效明显。",  # what went well is no problem found
    "调研中发现，群众对返乡就业抱有较大期盼。",
    "要及时发现、及时处置各类安全隐患。",  # no work's finding
])
def test_what_was_found_well_or_watched_for_is_no_finding(facts_of, told: str) -> None:
    facts = facts_of(INSPECTION + told, "安吉县人民代表大会常务委员会")
    assert [step for step in facts.loop if step.type == "finding"] == []


@pytest.mark.parametrize(("text", "steps"), [
    (INSPECTION[:-1] + "，形成执法检查报告，提出审议意见8条，交县政府研究处理。", ["review_opinion"]),
    ("常委会开展执法检查4次，提出审议意见12条。", []),  # a total of the year
    ("换届以来，区人大常委会作出的11项审议意见全面落实。", []),
    ("常委会开展了执法检查，为形成高质量的执法检查报告和审议意见打下扎实基础。", []),  # what the work is for
])
def test_a_counted_opinion_is_a_step_only_given_in_one_works_telling(facts_of, text: str, steps: list[str]) -> None:
    assert [step.type for step in facts_of(text, "安吉县人民代表大会常务委员会").loop] == steps


def test_a_step_indexes_the_final_activities(facts_of) -> None:
    """An appraisal of several bodies is one activity per body (``activities._each_body_appraised``): the steps after
    it index the Facts' activities, not the triggers found before the split."""
    facts = facts_of("常委会对市教育局、市民政局、市卫生健康委3个部门进行了工作评议。"
                     "常委会开展《中华人民共和国森林法》执法检查，检查发现问题32个，形成审议意见交市政府研究处理。")
    assert [step.type for step in facts.loop] == ["finding", "review_opinion"]
    for step in facts.loop:
        assert [facts.activities[i].type for i in step.activities] == ["law_enforcement_inspection"]
