"""Round 39's activities recall (issue 10): classes of gold activities the extractor missed, found by
``benchmarks/activity_misses.py`` over readable dev, each fixed by a general rule or a row of data.

- a government's head named bare before the work report (代理州长某某报告政府工作) makes it to the session
  (activity-triggers.csv), heard once however often the text names it again (work_reports ``_SPEAKER``);
- a clause doing its work on each of several bodies it lists (分别对A、B、C…开展评议) is work of its own, not the clause
  before continued (activities ``_EACH_LISTED``), and an appraisal of several bodies, what of theirs is appraised told as
  its state (…四个部门“两个清单”运行情况开展评议), is one appraisal per body (activity-classes.csv);
- a law's enforcement checked (开展了《X法》执法情况检查活动) is an inspection, as its implementation checked
  (…实施情况检查) is (activity-triggers.csv);
- deputies voting on the year's projects (票决产生了…民生实事项目) is an event of its own beside other work of kind
  ``other`` in the clause before (activities ``_other_class``).

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "江西省都昌县人民代表大会"
TOWN = "天长市石梁镇人民代表大会"


@pytest.mark.parametrize("text", [
    "1月10日，州十四届人大三次会议隆重开幕。州人民政府代理州长杨宁报告政府工作。",
    "大会开幕。县长王立新报告政府工作，回顾了过去一年的工作。",
    "大會開幕。代理縣長李明報告政府工作。",
    "上午，市长张华代表市人民政府向大会报告政府工作。",
])
def test_a_government_head_reporting_to_the_session_is_a_report_heard(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "州十四届人大三次会议隆重开幕。州人民政府代理州长杨宁报告政府工作。各代表团分组审议了政府工作报告。",
    "大会开幕。县长王立新报告政府工作。大会批准了政府工作报告。",
])
def test_the_work_report_its_speaker_made_is_heard_once(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


@pytest.mark.parametrize("text", [
    # the report's own voice, or a report that speaks of reporting in general: no review told
    "各位代表：现在，我代表县人民政府向大会报告政府工作，请予审议。",
    "县长王立新表示，县政府将定期向县人大常委会报告工作。",
])
def test_no_speaker_named_no_report_heard(facts_of, text: str) -> None:
    assert "report_review" not in kinds(facts_of(text, COUNTY))


@pytest.mark.parametrize(("text", "appraised"), [
    ("会议由全体参会代表对2022年民生实事项目开展评议，分别对镇自规所、市场所、卫健办、民政办四个部门“两个清单”运行情况开展评议。",
     4),
    ("会上，代表们对镇政府上半年工作开展评议，分别对镇财政所、镇农业站、镇文化站三个单位履职情况进行评议。", 3),
    ("會上，代表們對鎮政府上半年工作開展評議，分別對鎮財政所、鎮農業站兩個單位履職情況進行評議。", 2),
])
def test_work_on_each_body_listed_is_its_own(facts_of, text: str, appraised: int) -> None:
    found = facts_of(text, TOWN).activities
    assert [a.type for a in found] == ["other"] * (1 + appraised)
    assert [len(a.overseen) for a in found[1:]] == [1] * appraised
    assert len({a.overseen[0] for a in found[1:]}) == appraised


@pytest.mark.parametrize("text", [
    # a summary count, then the places visited: one visit, counted
    "镇人大主席团组织代表开展视察3次，分别对镇卫生院、镇敬老院、镇中心小学进行了视察。",
])
def test_a_counted_summary_keeps_its_listed_clause(facts_of, text: str) -> None:
    assert kinds(facts_of(text, TOWN)) == ["site_visit"]


@pytest.mark.parametrize("text", [
    "会议对镇政府职能部门开展工作评议，票决产生了12件2023年民生实事项目。",
    "会议对镇财政所进行专项工作评议，并票决产生了2024年民生实事项目10件。",
    "會議對鎮政府職能部門開展工作評議，票決產生了12件2023年民生實事項目。",
])
def test_a_vote_on_projects_after_an_appraisal_is_its_own(facts_of, text: str) -> None:
    assert kinds(facts_of(text, TOWN)) == ["other", "other"]


@pytest.mark.parametrize("text", [
    # the suggestions handed over, then told answered: one story of suggestions, not two
    "闭会期间交由区政府办理的代表建议共计16件，已全部办复。",
])
def test_suggestions_handed_over_and_answered_stay_one(facts_of, text: str) -> None:
    assert kinds(facts_of(text, "珠海市金湾区人民代表大会常务委员会")) == ["other"]


@pytest.mark.parametrize("text", [
    "12月20日，镇人大代表开展了《食品安全法》执法情况检查活动。",
    "县人大常委会组织部分代表对《中华人民共和国道路交通安全法》执法情况进行了检查。",
    "縣人大常委會開展了《中華人民共和國森林法》執法情況檢查。",
])
def test_a_laws_enforcement_checked_is_an_inspection(facts_of, text: str) -> None:
    facts = facts_of(text, "浙江省舟山市普陀区人民代表大会常务委员会")
    assert kinds(facts) == ["law_enforcement_inspection"]
    assert [law.inspected for law in facts.laws] == [True]


def test_an_agencys_enforcement_checked_is_no_inspection(facts_of) -> None:
    text = "区市场监管局开展了行政执法情况检查，共检查经营户120家。"
    assert "law_enforcement_inspection" not in kinds(facts_of(text, "浙江省舟山市普陀区人民代表大会常务委员会"))
