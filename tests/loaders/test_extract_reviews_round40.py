"""Reports heard, round 40 (issue 10, readable dev's misses and false reviews by class): a congress body's own work report
in draft discussed or adopted for the coming session is that report's review, planned (``activity-triggers.csv``,
``activities._OWN_DRAFT``); a government's work report's drafting explained under its consultation draft is the
government's drafting, no review (``report-kinds.csv``). Sentences written for these tests in the genre's phrasings."""
from __future__ import annotations

import pytest

CITY = "建德市人民代表大会常务委员会"


def _reviews(facts_of, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.status) for a in facts_of(text, CITY).activities]


@pytest.mark.parametrize("text", [
    "会议讨论并原则通过《市人大常委会工作报告(大会报告稿)》。",
    "會議討論並原則通過了《市人大常委會工作報告（大會報告稿）》。",
    "会议讨论了区人大常委会工作报告稿。",
    "常委会会议审议通过了《县人大常委会工作报告（审议稿）》，决定提请大会审议。",
])
def test_its_own_work_report_in_draft_discussed_is_its_review_planned(facts_of, text: str) -> None:
    assert _reviews(facts_of, text) == [("report_review", "planned")]


@pytest.mark.parametrize("text", [
    "座谈会上，县政府办公室负责人就《政府工作报告》（征求意见稿）的结构、内容及起草情况作了简要介绍。",
    "市政府办公室主任就《政府工作报告》(征求意见稿)的起草情况作了说明。",
])
def test_a_work_report_drafting_explained_is_no_review(facts_of, text: str) -> None:
    assert ("report_review", "reported") not in _reviews(facts_of, text)


@pytest.mark.parametrize("text", [
    # a verb no hearing row reads, or the report named by its title alone after a comma
    "会议研究了市人大常委会执法检查组关于检查《中华人民共和国就业促进法》实施情况的报告。",
    "主任会议审定了县人大常委会执法检查组关于检查《中华人民共和国道路交通安全法》实施情况的报告。",
    "會議聽取並審議市政府關於調整本級收支預算的報告，市人大常委會執法檢查組關於《杭州市院前醫療急救管理條例》執法檢查情況。",
])
def test_an_inspection_group_report_by_its_title_is_the_inspection_and_its_review(facts_of, text: str) -> None:
    kinds = [kind for kind, _ in _reviews(facts_of, text)]
    assert "law_enforcement_inspection" in kinds and "report_review" in kinds


def test_what_a_report_made_tells_is_no_second_review(facts_of) -> None:
    text = "6月29日，委员长向常委会第十五次会议作报告，介绍执法检查组关于检查职业教育法实施情况。"
    assert [kind for kind, _ in _reviews(facts_of, text)].count("report_review") == 1


@pytest.mark.parametrize("text", [
    "代表们听取了区政府关于办理区第十七届人大第一次会议议案情况及代表建议、批评和意见情况的汇报。",
    "会议听取了县政府关于县十八届人大三次会议议案情况和代表建议办理情况的报告。",
])
def test_bills_handled_with_suggestions_are_a_report_heard(facts_of, text: str) -> None:
    assert [kind for kind, _ in _reviews(facts_of, text)] == ["report_review"]


@pytest.mark.parametrize("text", [
    "会议听取了关于酝酿出席省第十三届人民代表大会代表候选人情况的汇报。",
    "主任会议听取了关于市人大代表候选人提名情况的汇报。",
])
def test_an_election_candidates_briefing_is_no_review(facts_of, text: str) -> None:
    assert _reviews(facts_of, text) == []


@pytest.mark.parametrize("text", [
    "全国人大常委会统计法执法检查组第一次全体会议23日在北京召开，启动统计法实施情况执法检查。\n"
    "在听取了国家统计局、国家发展改革委等7部门关于统计法实施情况的汇报后，副委员长指出，要抓住关键问题。",
    "省人大常委会调研组召开全体成员会议，听取了省农业农村厅关于高标准农田建设情况的汇报。",
])
def test_a_briefing_at_a_work_group_plenary_meeting_is_no_review(facts_of, text: str) -> None:
    assert "report_review" not in [kind for kind, _ in _reviews(facts_of, text)]


def test_a_briefing_at_a_sitting_stays_a_review(facts_of) -> None:
    text = "市人大常委会第十次会议听取了市政府关于高标准农田建设情况的汇报。"
    assert [kind for kind, _ in _reviews(facts_of, text)] == ["report_review"]
