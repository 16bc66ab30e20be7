"""Classes of activities the freshest readable files (al-odd, ak-odd, round 36) showed missed or invented, each
stated as the genre writes it, with phrasings from readable dev files (named) and ones written for these tests, and
near misses that must not match."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "某某县人民代表大会常务委员会"


# -- a session's preparation heard, briefed or reported: a report heard (readable golds 11 of 11) ---------------

@pytest.mark.parametrize("text", [
    "會議聽取了富陽區十五屆人大五次會議籌備情況，對代表資格審查報告進行初審。",  # dev al43
    "会议听取和审议了建德市十七届人大二次会议筹备情况，讨论提出会议日程(草案)。",  # dev aj47
    "受市人大常委会委托，市人大常委会副主任俞志平主持预备会议并报告了大会筹备情况。",  # dev ag35
    "主任会议通报了县十八届人大三次会议的筹备工作情况。",
])
def test_a_sessions_preparation_heard_is_a_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "在新闻发布会上，介绍2022年省两会筹备情况和总体安排。",  # dev ai07: a press conference
    "各项筹备工作正扎实有序推进，筹备情况良好。",
])
def test_a_preparation_introduced_or_judged_is_none(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


# -- a vote named as what passed it, or as its matters or scene, states no vote (round 34 ruling 12) ---------

@pytest.mark.parametrize("text", [
    "在代表们票决通过的那一刻，杨国生心里踏实了。",  # dev al53
    "对于人大代表的票决事项，镇政府高度重视，责成有关部门分别牵头办理。",  # dev al53
    "县河镇将按照票决通过的项目进行分解、明确责任。",  # dev aa59
    "海头镇2024年镇级民生实事项目人大代表票决现场",  # dev af57: a caption
])
def test_a_vote_named_by_what_it_passed_is_none(facts_of, text: str) -> None:
    assert "other" not in kinds(facts_of(text, COUNTY))


@pytest.mark.parametrize("text", [
    "会议宣读了2025年度民生实事项目票决结果。",  # dev r33
    "大会票决通过了2024年民生实事项目10件。",
    "代表们票决产生了12件2023年民生实事项目。",  # dev x57
])
def test_a_vote_told_held_stays(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["other"]


# -- an election's own business heard is no oversight: scrutineers, an election of deputies prepared -----------

@pytest.mark.parametrize("text", [
    "会议听取了关于各代表团推选监票人情况的汇报。",  # dev ak09
    "听取了省人大常委会选举任免联络工作委员会关于做好湖南省第十三届人民代表大会代表选举工作有关事项及建议的汇报。",  # dev al03
    "主任会议听取了关于县乡两级人大换届选举工作准备情况的汇报。",
])
def test_an_elections_own_business_heard_is_none(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


def test_a_report_by_the_committee_named_for_elections_stays(facts_of) -> None:
    text = "听取了省人大常委会人事代表选举工作委员会主任李保存作的关于省十三届人大五次会议代表建议办理情况的报告。"  # dev u05
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


# -- a question asking which work to do or what was done states none (a call for topics, an interview) ----------

@pytest.mark.parametrize("text", [
    "1.2023年市人大常委会听取和审议“一府一委两院”哪些方面的专项工作报告；",  # dev al11
    "2.2023年市人大常委会应对哪几部法律法规执行情况开展检查。",  # dev al11
    "一年来，全国人大常委会开展了哪些监督工作？",  # dev a06
    "今年县人大常委会应当组织代表对哪些民生实事项目开展视察？",
])
def test_a_question_of_which_work_is_none(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


# -- what came right before or after an activity told, how it was divided, or its opening: no new activity ------

@pytest.mark.parametrize("text", [
    "视察前，县人大常委会主任张兴涛对视察活动提出要求。",  # dev ah43
    "視察結束後，庚即召開了座談會。",  # dev ah45
    "集中视察结束后，代表们就视察情况进行了座谈。",  # dev m14
    "视察分两组进行，分别到主城区、永年区。",  # dev m19
    "市人大常委会一位委员率先提问，拉开了本次大气污染防治工作专题询问会的序幕。",  # dev aa23
    "一场直面问题、人大专题询问拉开了序幕。",  # dev y21
])
def test_the_steps_or_opening_of_an_activity_told_are_none(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("视察结束后，县人大常委会听取了县政府关于交通建设情况的报告。", ["report_review"]),
    ("5月，县人大常委会组织代表分两组对全县农村公路建设进行视察。", ["site_visit"]),
])
def test_a_report_heard_after_it_or_a_visit_told_in_groups_stays(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected
