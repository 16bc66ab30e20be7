"""Round 31's classes of gold activities no prediction overlapped (issue 10, engineer e2): a glossing page's stray
comma before every Chinese punctuation mark, filing reviews told by their mode (专项审查), the vote on projects
brought in (启动…票决制), ratings told by who was organised to rate or how (组织代表测评, 无记名测评), a team formed
for an inspection, visit or investigation, and deputies arranged to take part in one.

Sentences are written for these tests in the genre's wording (none from benchmarks/genre or the shared corpus); each
class in several phrasings, simplified and traditional where the script matters.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts

COUNTY = "安吉县人民代表大会常务委员会"


def facts(text: str) -> Facts:
    return extract(Document(text=text, source="r.txt", metadata={"organ": COUNTY, "year": "2023"}))


def kinds(text: str) -> list[str]:
    return sorted(a.type for a in facts(text).activities)


STRAY_COMMAS = {
    "before 、 in a list of reports": (
        "會(huì)議期間,代表們認(rèn)真聽(tīng)取,、審議了鎮(zhèn)政府,、人大,、財(cái)政工作報(bào)告,,通過(guò)了有關(guān)決議。",
        "会议期间,代表们认真听取、审议了镇政府、人大、财政工作报告,通过了有关决议。"),
    "before 、 and ；": (
        "會議聽取了縣政府關(guān)于教育工作情況的報(bào)告,、縣法院關(guān)于執(zhí)行工作情況的報(bào)告,;開展了滿意度測(cè)評(píng),。",
        "会议听取了县政府关于教育工作情况的报告、县法院关于执行工作情况的报告;开展了满意度测评。"),
    "before 、 in the units a rating covers": (
        "會議對(duì)縣發(fā)改局,、科技經(jīng)信局,、林業(yè)局等3個(gè)單位評(píng)議意見(jiàn)研究處理情況進(jìn)行滿意度測(cè)評(píng),。",
        "会议对县发改局、科技经信局、林业局等3个单位评议意见研究处理情况进行满意度测评。"),
}


@pytest.mark.parametrize(("glossed", "plain"), STRAY_COMMAS.values(), ids=STRAY_COMMAS.keys())
def test_a_stray_comma_before_a_chinese_mark_reads_as_the_mark_alone(glossed: str, plain: str) -> None:
    found = facts(glossed)
    assert sorted(a.type for a in found.activities) == kinds(plain)
    assert all(glossed[a.start : a.end] == a.evidence for a in found.activities)


SPECIAL_REVIEWS = {
    "进行了专项审查": "2021年，常委会对部分地方性法规关于行政处罚的规定进行了专项审查。",
    "开展专项审查": "法工委针对一些地方法规与上位法规定不一致的问题，多次开展专项审查。",
    "traditional": "省人大常委會對涉及營商環境的規範性文件開展專項審查。",
}


@pytest.mark.parametrize("text", SPECIAL_REVIEWS.values(), ids=SPECIAL_REVIEWS.keys())
def test_a_special_review_of_documents_is_a_filing_review(text: str) -> None:
    assert kinds(text) == ["filing_review"]


def test_a_budget_s_special_review_is_no_filing_review() -> None:
    assert "filing_review" not in kinds("财经委对部门预算专项审查的情况作了说明。")


RATINGS = {
    "并组织代表测评": "乡镇人代会听取和审议了乡镇政府上半年工作报告，并组织代表测评。",
    "组织与会代表进行测评": "会后，镇人大主席团组织与会代表对该局工作进行测评。",
    "无记名测评": "代表述职结束后，选民们现场打分，无记名测评。",
}


@pytest.mark.parametrize("text", RATINGS.values(), ids=RATINGS.keys())
def test_a_rating_told_by_who_rates_or_how_is_a_satisfaction_evaluation(text: str) -> None:
    assert "satisfaction_evaluation" in kinds(text)


VOTES_BROUGHT_IN = {
    "正式启动…票决制工作": "我县于2021年正式启动民生实事项目人大代表票决制工作。",
    "启动…票决制": "今年，镇人大首次启动民生实事项目票决制。",
    "推进…票决制": "区人大常委会深入推进民生实事项目人大代表票决制。",
}


@pytest.mark.parametrize("text", VOTES_BROUGHT_IN.values(), ids=VOTES_BROUGHT_IN.keys())
def test_bringing_in_the_vote_on_projects_is_oversight_work(text: str) -> None:
    assert kinds(text) == ["other"]


TEAMS_FORMED = {
    "组建调研组": ("2023年，市人大常委会组建调研组，全面了解全市绿色交通发展情况。", "investigation"),
    "组成…专题调研组": ("三位副主任分别带领相关人员组成三个专题调研组，深入各乡镇了解人居环境整治情况。", "investigation"),
    "代表组成视察组": ("部分全国人大代表、省人大代表组成视察组，赴各县察看经济社会发展情况。", "site_visit"),
    "成立…法执法检查组": ("县人大常委会成立森林法执法检查组，深入企业和林场了解有关情况。", "law_enforcement_inspection"),
    "成立执法检查组, its law after": ("县人大常委会成立执法检查组，深入企业了解《中华人民共和国森林法》实施情况。", "law_enforcement_inspection"),
    "traditional": ("縣人大常委會成立森林法執法檢查組，深入企業和林場了解有關情況。", "law_enforcement_inspection"),
}


@pytest.mark.parametrize(("text", "kind"), TEAMS_FORMED.values(), ids=TEAMS_FORMED.keys())
def test_a_team_formed_for_some_work_tells_that_work(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_a_team_formed_and_its_work_told_after_are_one_activity() -> None:
    text = "县人大常委会副主任带领由部分人大代表组成的视察组，对全县食品安全工作进行视察。"
    assert kinds(text) == ["site_visit"]


ARRANGED = {
    # a count in 人次 is a statistic of participation, its kinds no activity (round 44 ruling 9)
    "统一安排代表…人次参加集中视察": ("常委会统一安排代表120人次参加集中视察活动。", []),
    "安排…参加视察、调研": ("县人大常委会安排部分县人大代表参加集中视察、专题调研活动。", ["investigation", "site_visit"]),
}


@pytest.mark.parametrize(("text", "expected"), ARRANGED.values(), ids=ARRANGED.keys())
def test_deputies_arranged_to_take_part_state_the_work(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_a_deputy_who_took_part_on_his_own_states_no_work() -> None:
    assert kinds("会前，代表们积极参加集中视察等活动。") == []
