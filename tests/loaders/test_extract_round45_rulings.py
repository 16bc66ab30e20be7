"""Round 45's rulings on activities (genre README "## Round 45"), and the classes measured on the newest readable files,
each with phrasings written for these tests.

Ruling 9: a council of chairpersons hearing how a coming sitting of the standing committee or its agenda is prepared
(准备情况) prepares the sitting's reviews: no activity of its own; a congress session's preparation heard stays a review
(round 36), and the reports of the sitting stay its reviews.

Ruling 6: deputies reporting to their voters or constituency, organised by the congress or its presidium, is one
``other`` per event told, however often a news item tells it (headline, lead, body); deputies counted as reporting
(66名代表回选区报告履职情况) are a statistic; the voters' rating stays a rating.

Ruling 12 (述职评议 a report heard and its appraisal) is superseded by round 49's ruling 7 and the lead's answer 8: a
述职 is the appraisal of persons whatever it is called, one ``other`` per official named, no ``report_review`` beside it.
"""
from __future__ import annotations

import pytest

COUNTY = "某县人民代表大会常务委员会"


def kinds(facts_of, text: str) -> list[str]:
    return [a.type for a in facts_of(text, COUNTY).activities]


@pytest.mark.parametrize("text", [
    "主任会议听取了关于常委会第十次会议准备情况的汇报。",
    "会议听取了区七届人大常委会第二十三次会议议题准备情况的汇报。",
    "會議聽取了市人大常委會第十五次會議議題文件準備情況的彙報。",
    "主任会议听取了下次常委会会议筹备工作情况的汇报。",
    "会议听取了县十八届人大常委会第十六次会议各项议题准备情况汇报，研究提出了会议的建议议程。",
])
def test_a_sittings_preparation_heard_is_no_activity(facts_of, text: str) -> None:
    assert kinds(facts_of, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("主任会议听取了关于县十八届人大三次会议筹备工作情况的汇报。", ["report_review"]),
    ("会议听取了县政府关于教育工作情况的报告，并听取了常委会第十次会议议题准备情况的汇报。", ["report_review"]),
])
def test_a_session_or_a_report_heard_beside_it_stays_a_review(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of, text) == expected


TOWN = "某县某镇人民代表大会主席团"


@pytest.mark.parametrize("text", [
    "镇人大主席团组织部分县、镇人大代表回原选区向选民述职。",
    "街道人大工委召开区人大代表向选民述职评议会，5名代表逐一述职。",
    "鎮人大組織縣人大代表向原選區選民報告履職情況，並接受選民提問。",
    "每个代表小组各安排3名镇人大代表向选区选民报告履职情况。",
    "12月5日，第三选区县人大代表述职大会在村委会召开。",
    "乡人大主席团分两批组织县乡人大代表到原选区向选民代表进行述职。",
])
def test_deputies_reporting_to_their_voters_are_an_other(facts_of, text: str) -> None:
    assert [a.type for a in facts_of(text, TOWN).activities] == ["other"]


def test_a_report_to_voters_told_in_headline_and_body_is_one_other(facts_of) -> None:
    text = ("某镇召开县镇人大代表向选民述职评议大会\n"
            "11月20日，某镇召开县镇人大代表向选民述职评议大会。会上，4名代表分别向选民报告履职情况。"
            "选民代表对述职的代表进行了满意度测评。")
    assert [a.type for a in facts_of(text, TOWN).activities] == ["other", "satisfaction_evaluation"]


@pytest.mark.parametrize(("text", "value"), [
    ("落实代表回选区述职制度，66名代表回选区报告履职情况。", 66),
    ("全年共有120名县镇人大代表向选民述职。", 120),
    ("今年38位代表回原选区报告履职情况。", 38),
])
def test_deputies_counted_reporting_to_voters_are_a_statistic(facts_of, text: str, value: int) -> None:
    facts = facts_of(text, COUNTY)
    assert [a.type for a in facts.activities] == []
    assert value in [s.value for s in facts.statistics]


CITY = "苏州市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "县人大常委会对县政府六个单位的正职开展履职述职评议。",
    "常委会对选举任命的4名副县长和10个县级部门负责人开展了述职评议。",
    "會議聽取了部分市人大代表述職並進行了評議。",
    "区人大常委会组织对区法院院长、区检察院检察长进行述职评议。",
])
def test_a_述职评议_is_the_appraisal_alone(facts_of, text: str) -> None:
    assert sorted(a.type for a in facts_of(text, COUNTY).activities) == ["other"]


def test_each_official_named_gives_an_appraisal(facts_of) -> None:
    text = "会议对苏州市教育局、苏州市民政局、苏州市财政局主要负责同志进行了述职评议。"
    assert sorted(a.type for a in facts_of(text, CITY).activities) == ["other"] * 3


@pytest.mark.parametrize(("text", "expected"), [
    ("会议听取了县财政局局长的述职报告，并进行了述职评议。", ["other"]),
    ("會議討論了《縣人大常委會任命的縣政府幹部述職評議的工作方案》。", ["other"]),
    ("副县长张某向县人大常委会述职。", ["other"]),
])
def test_a_report_heard_already_or_a_plan_gives_no_second_review(facts_of, text: str, expected: list[str]) -> None:
    assert sorted(a.type for a in facts_of(text, COUNTY).activities) == expected


@pytest.mark.parametrize("text", [
    "贯彻落实全国人大常委会和省人大常委会关于新时代备案审查工作的新要求。",
    "根據省委、市委關於開展“大調研”的有關要求，結合本地實際。",
    "落实市委关于审计查出问题整改工作的部署要求。",
    "按照省人大常委会关于加强执法检查工作的要求。",
])
def test_a_higher_bodys_requirements_about_a_kind_of_work_are_no_activity(facts_of, text: str) -> None:
    # a directive named (dev ad27, au19, au43, q09): the requirements followed, not an event
    assert kinds(facts_of, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("根据市人大常委会关于开展集中视察的通知要求，3月5日，街道工委组织代表开展了集中视察。", ["site_visit"]),
    ("按照省委的要求，县人大常委会对食品安全法实施情况开展了执法检查。", ["law_enforcement_inspection"]),
])
def test_the_work_done_after_the_requirement_stays(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of, text) == expected
