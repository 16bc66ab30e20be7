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
