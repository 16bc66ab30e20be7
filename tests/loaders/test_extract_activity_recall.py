"""Phrasings of known kinds that a blind set missed (issue 10, activities recall): a budget's other
objects approved after a review of one, adjustments and bond allocations reviewed, inspections named by a
law's 执行情况 or by the meeting that launches them, two kinds sharing one count, and deputies questioning
officials at a session. Sentences are written for this test in the genre's manner, simplified and
traditional, at several levels."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

COUNTY = "某某县人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, COUNTY))]


@pytest.mark.parametrize("text, reviews", [
    ("本次会议对上半年预算执行情况报告进行了审议，批准了2016年度市本级决算。", 2),
    ("會議聽取和審議了2022年1—11月財政預算執行情況的報告，審查批准了2022年市本級財政預算調整方案。", 2),
    ("会议听取了关于2023年预算执行情况的报告，审查批准了2023年县本级预算调整方案。", 2),
    # one object told twice, or budgets in general and then each object: one review
    ("会议审查了2022年市本级决算草案，批准了2022年市本级决算。", 1),
    ("听取和审议预决算报告，依法审查批准区级决算、预算调整方案。", 1),
    ("会议审议了关于提请审议预算调整方案的议案，表决通过了关于批准预算调整方案的决议草案。", 1),
])
def test_approving_another_object_of_the_budget_is_another_review(facts_of, text: str, reviews: int) -> None:
    assert _kinds(facts_of, text).count("budget_review") == reviews


@pytest.mark.parametrize("text", [
    "对政府关于全区一般公共预算收入预期目标调整方案、债券分配方案等进行审查。",
    "對縣政府關於新增債券資金分配方案進行了審議。",
    "主任会议对市政府关于本级预算安排方案进行了审查。",
])
def test_a_budget_adjustment_or_bond_allocation_reviewed_is_a_budget_review(facts_of, text: str) -> None:
    assert "budget_review" in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "组织人大代表实地察看水质保护情况，检查《中华人民共和国长江保护法》的执行情况。",
    "檢查固體廢物污染環境防治法執行情況。",
    "常委会检查组检查了《某某省河道管理条例》贯彻执行情况。",
    "县人大常委会召开贯彻执行《乡镇人大主席团工作条例》检查动员会。",
    "市人大常委會召開《某某市物業管理條例》執法檢查啟動會。",
    # the first plenary meeting of a law's inspection group launches it (round 13; gov.cn 2013-09-02 新华社, real:
    # 全國人大常委會行政復議法執法檢查組第一次全體會議2日在京舉行; 18show.cn: 食品安全法执法检查组第一次全体会议…举行)
    "全國人大常委會行政復議法執法檢查組第一次全體會議2日在京舉行。",
    "全国人大常委会大气污染防治法执法检查组第一次全体会议在京召开。",
    "全國人大常委會未成年人保護法執法檢查組第一次全體會議在京舉行。",
])
def test_an_inspection_named_by_its_law_is_an_inspection(facts_of, text: str) -> None:
    assert "law_enforcement_inspection" in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "检查县政府2023年计划执行情况。",
    "检查预算执行情况。",
])
def test_a_plans_execution_checked_is_no_inspection(facts_of, text: str) -> None:
    assert "law_enforcement_inspection" not in _kinds(facts_of, text)


def test_an_inspection_groups_meeting_that_names_no_law_is_no_inspection(facts_of) -> None:
    assert "law_enforcement_inspection" not in _kinds(facts_of, "执法检查组召开第一次全体会议。")


@pytest.mark.parametrize("text, kinds", [
    ("五年来开展执法检查执法调研23次。", ["law_enforcement_inspection", "investigation"]),
    ("開展執法檢查執法調研12次、專題詢問5次。", ["law_enforcement_inspection", "investigation", "special_inquiry"]),
    ("全年开展视察调研21次。", ["site_visit"]),
])
def test_two_kinds_sharing_one_count_are_two_activities(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize("text", [
    "代表们针对群众关注的热点难点问题，向镇领导频频发问。",
    "代表们向副县长当面提问。",
    "會上，代表們紛紛向相關部門負責人質詢。",
])
def test_deputies_questioning_officials_is_an_inquiry(facts_of, text: str) -> None:
    assert "special_inquiry" in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "改变了以往乡镇人代会只是念念稿、举举手的模式，把“现场问政”搬进了人代会。",
    "这次会议把专题询问搬到了项目现场。",
])
def test_a_kind_brought_into_a_meeting_as_its_format_is_no_activity(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


@pytest.mark.parametrize("text, visits", [
    ("代表们冒雨赶到塘面村高标准农田项目现场，查看工程进度和工程质量。", 1),
    ("人大代表一行来到城东污水处理厂建设工地，详细了解项目推进情况。", 1),
    ("鎮人大代表走進老舊小區改造現場，察看施工質量。", 1),
    # the stops of a visit already stated are that visit
    ("镇人大组织20名人大代表对民生实事项目进行集中视察。代表们一行来到安置点灾后治理项目现场，实地查看建设进度。", 1),
])
def test_deputies_going_to_a_project_site_is_a_visit(facts_of, text: str, visits: int) -> None:
    assert _kinds(facts_of, text).count("site_visit") == visits


@pytest.mark.parametrize("text, reviews", [
    ("会议书面审议了《关于本乡2015年财政预算执行情况和2016年财政预算(草案)报告》。"
     "会议全票通过了《政府工作报告》和《关于本乡2015年财政预算执行情况和2016年财政预算报告》。", 1),
    ("會議審查了《關於本鎮2023年預算執行情況和2024年預算草案的報告》。會議表決通過了《關於本鎮2023年預算執行情況和2024年預算草案的報告》。", 1),
    # adopted by vote with no review told before: that vote states the review
    ("会议审议通过了《政府工作报告》、《某镇2014年预算执行情况和2015年预算草案的报告》。", 1),
])
def test_adopting_the_budget_report_reviewed_is_that_review(facts_of, text: str, reviews: int) -> None:
    assert _kinds(facts_of, text).count("budget_review") == reviews


@pytest.mark.parametrize("text, kinds", [
    ("认真落实《关于人大预算审查监督重点向支出预算和政策拓展的指导意见》。", []),
    ("執行《關於加強預算決算審查監督的若干意見》。", []),
    ("贯彻《关于预算审查监督的实施意见》，审查批准了2023年县本级决算。", ["budget_review"]),
])
def test_a_guideline_cited_by_its_title_is_no_activity(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("会议研究讨论了县人大常委会关于对重点工作落实情况开展专题询问的调研实施方案。", ["special_inquiry"]),
    ("主任會議討論了關於《某某條例》執法檢查的調研方案。", ["law_enforcement_inspection"]),
    ("组成调研组，为民生实事项目视察的调研做好准备。", ["site_visit"]),
    # an investigation's own plan is a planned investigation
    ("会议讨论了关于开展农村饮水安全专题调研的实施方案。", ["investigation"]),
])
def test_the_research_another_activity_prepares_by_is_a_step_of_it(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize("text, count", [
    ("青浦集体调研体育改革、文旅产业发展情况。8月24日，区人大常委会主任会议成员对区内体育改革、文旅产业发展情况开展集体调研。", 1),
    ("奉賢專題調研行政復議與應訴工作。8月17日，區人大常委會副主任一行赴區行政復議局開展專題調研。", 1),
    ("杨浦视察老旧小区改造。2023年9月5日，区人大常委会组织部分代表视察老旧小区改造项目。", 1),
    # a first sentence telling an event, with no dated body after it, is that event
    ("区人大常委会开展专题调研。随后召开座谈会，听取意见。", 1),
])
def test_the_headline_of_a_news_item_in_brief_restates_its_dated_body(facts_of, text: str, count: int) -> None:
    assert len(_kinds(facts_of, text)) == count


@pytest.mark.parametrize("text, kinds", [
    ("组织人大代表实地察看孔城河水质保护等方面的情况，检查《中华人民共和国长江保护法》的执行情况。",
     ["law_enforcement_inspection"]),
    ("組織代表現場查看垃圾分類站點，檢查《某某市生活垃圾管理條例》實施情況。", ["law_enforcement_inspection"]),
    # without an inspection of a law in the sentence, the look on site is a visit
    ("组织五个代表组实地查看规划三路等11个建议相关项目现场。", ["site_visit"]),
])
def test_a_look_on_site_beside_an_inspection_is_its_step(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("會議聽取審議了縣政府《關於提請將文化旅遊基礎設施項目委託代建資金列入本級財政預算的議案》。", ["budget_review"]),
    ("会议审议了区政府《关于提请审议2024年政府债务限额的议案》。", ["budget_review"]),
    # a bill on a law is legislation, titled or not
    ("会议审议了《关于提请审议〈某某市物业管理条例(草案)〉的议案》。", []),
])
def test_a_bill_reviewed_under_its_title_is_what_it_asks(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize("text", [
    "收集了省人大代表对各承办单位办理代表建议情况的满意度反馈意见。",
    "县人大常委会对民生实事项目开展群众满意度调查。",
    "向代表發放滿意度徵詢表，了解建議辦理效果。",
])
def test_asking_how_satisfied_deputies_are_is_a_rating(facts_of, text: str) -> None:
    assert "satisfaction_evaluation" in _kinds(facts_of, text)


def test_an_inspection_launched_at_its_groups_meeting_is_one(facts_of) -> None:
    text = "全國人大常委會行政復議法執法檢查組第一次全體會議2日在京舉行，正式啟動行政復議法執法檢查。"
    assert _kinds(facts_of, text).count("law_enforcement_inspection") == 1
