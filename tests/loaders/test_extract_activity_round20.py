"""Round 20's activity classes, each with phrasings of the genre (simplified and traditional) and near misses.

Sentences are paraphrased from the genre, never copied from a benchmark file; the class each test names was
seen in readable dev files (v-odd and older) and checked on the rest of dev.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "凤县人民代表大会常务委员会"


def test_organs_counted_reporting_in_turn_are_one_review_with_the_count(facts_of) -> None:
    """Round 33 ruling 6 (dev v17): bodies counted together in a hearing are one review with the count."""
    facts = facts_of("会上，县住建局、县财政局、县卫健局3个被评议部门分别就专项工作情况作了报告。", COUNTY)
    assert [(a.type, a.count, a.overseen) for a in facts.activities] == [
        ("report_review", 3, ["凤县住房和城乡建设局", "凤县财政局", "凤县卫生健康局"])]


@pytest.mark.parametrize(("text", "organs"), [  # organs each reporting on the work named
    ("會上，縣住建局、縣財政局主要負責人分別就專項工作情況作了報告。", ["凤县住房和城乡建设局", "凤县财政局"]),
    ("县政府、县法院分别就上半年工作情况进行了汇报。", ["凤县人民政府", "凤县人民法院"]),
])
def test_organs_each_reporting_on_a_work_are_one_review_each(facts_of, text: str, organs: list[str]) -> None:
    facts = facts_of(text, COUNTY)
    assert kinds(facts) == ["report_review"] * len(organs)
    assert [a.overseen for a in facts.activities] == [[organ] for organ in organs]


@pytest.mark.parametrize("text", [  # near misses: the meeting's business, officials' own duties before an appraisal
    "各代表小组分别就本次会议议程进行了汇报。",
    "县法院庭长、县检察院科长分别就本职工作作了报告，代表们进行了民主评议。",
    "两名候选人分别就个人履职情况作了报告。",
])
def test_reports_on_a_meeting_s_business_or_one_s_own_duties_are_no_review(facts_of, text: str) -> None:
    assert "report_review" not in kinds(facts_of(text, COUNTY))


@pytest.mark.parametrize("text", [  # a suggestion or motion followed up, named by its title in quotes (dev v11)
    "县人大常委会副主任率队赴县民政局督办“关于加快全县居家养老服务事业发展的建议”。",
    "縣人大常委會主任率隊督辦《關於加強農村飲水安全工作的議案》。",
])
def test_a_suggestion_followed_up_by_its_title_is_an_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["other"]


def test_a_slogan_in_quotes_after_the_verb_is_no_follow_up(facts_of) -> None:
    assert not facts_of("要求做到督办“心中有底”。", COUNTY).activities


@pytest.mark.parametrize("text", [  # a caption and the body telling one follow-up by the suggestion's title (dev v11)
    "5月9日，县人大常委会副主任率队赴县民政局督办“关于加快全县居家养老服务事业发展的建议”。图为一行在社区视察。\n"
    "5月9日，县人大常委会副主任带领有关人员赴县民政局，督办“关于加快全县居家养老服务事业发展的建议”。",
    "5月9日，縣人大常委會副主任率隊督辦《關於加強農村飲水安全工作的議案》。\n副主任一行督辦《關於加強農村飲水安全工作的議案》。",
])
def test_one_suggestion_followed_up_told_twice_is_one_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)).count("other") == 1


def test_two_suggestions_followed_up_are_two_activities(facts_of) -> None:  # near miss: different titles
    text = ("副主任率队督办“关于加快全县居家养老服务事业发展的建议”。\n"
            "主任率队督办“关于加强农村饮水安全工作的建议”。")
    assert kinds(facts_of(text, COUNTY)) == ["other", "other"]
