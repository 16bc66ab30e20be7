"""Organs overseen named outside an activity's own words: the 对-object framing its clause, a count standing for a
list told before, the heads of units present at an inquiry (a fresh user's study 5, F3)."""
from __future__ import annotations

import pytest

_APPRAISED = ["苏州市教育局", "苏州市民政局", "苏州市司法局"]


def _overseen(facts, kind: str) -> list[list[str]]:
    return [a.overseen for a in facts.activities if a.type == kind]


def _all_overseen(facts, kind: str) -> list[str]:
    """The organs the activities of ``kind`` oversee together: an appraisal of several bodies, or their heads
    reporting in turn, is one activity per body (test_extract_activity_appraisals.py)."""
    return [organ for organs in _overseen(facts, kind) for organ in organs]


@pytest.mark.parametrize("text", [
    "市人大常委会对市教育局、市民政局、市司法局3个部门负责同志，围绕服务态度进行了工作评议。",
    "市人大常委会对市教育局、市民政局和市司法局等3个政府部门，围绕依法行政开展了工作评议。",
    "今年，常委会对市教育局、市民政局、市司法局，围绕“放管服”改革开展工作评议。",
    "市人大常委會對市教育局、市民政局、市司法局3個部門負責同志，圍繞服務態度進行了工作評議。",
])
def test_the_object_of_dui_before_the_clause_is_overseen(facts_of, text: str) -> None:
    assert _all_overseen(facts_of(text), "other") == _APPRAISED


@pytest.mark.parametrize("text", [
    # the 对-phrase has a predicate of its own: the departments are its object, not the appraisal's
    "市人大常委会对市教育局提出的整改意见进行了研究，围绕服务态度开展了工作评议。",
    # doing the work with the congress, or attending it
    "市人大常委会会同市教育局、市民政局，围绕服务态度开展了工作评议。",
    "市人大常委会邀请市教育局、市民政局负责同志列席，围绕服务态度开展了工作评议。",
    # 对 naming no organ
    "市人大常委会对全市学前教育工作，围绕普惠发展开展了工作评议。",
])
def test_departments_merely_mentioned_or_conducting_are_not_overseen(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "other") == [[]]


@pytest.mark.parametrize("text", [
    "市人大常委会对市教育局、市民政局、市司法局3个部门开展工作评议。会上，3个部门负责同志逐一汇报了整改落实情况。",
    "常委会对市教育局、市民政局、市司法局等3个单位开展工作评议。会议听取了3个被评议单位的整改情况报告。",
    "常委会对市教育局、市民政局、市司法局三个部门开展工作评议。会上，三个部门负责同志逐一汇报了整改落实情况。",
    "常委會對市教育局、市民政局、市司法局3個部門開展工作評議。會上，3個部門負責同志逐一匯報了整改落實情況。",
])
def test_a_count_of_departments_stands_for_the_list_told_before(facts_of, text: str) -> None:
    assert _all_overseen(facts_of(text), "report_review") == _APPRAISED


@pytest.mark.parametrize("text", [
    "市人大常委会对接受工作评议的3个政府组成部门进行满意度测评。测评会上，与会人员对市教育局、市民政局、市司法局等3个部门进行测评。",
    "市人大常委會對接受工作評議的3個政府組成部門進行滿意度測評。測評會上，與會人員對市教育局、市民政局、市司法局3個部門進行測評。",
])
def test_a_count_may_name_the_list_told_just_after(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "satisfaction_evaluation")[0] == _APPRAISED


def test_a_list_told_far_after_the_count_is_not_its(facts_of) -> None:
    text = ("市人大常委会对接受工作评议的3个政府组成部门进行满意度测评。会议由主任主持。副主任出席。秘书长讲话。"
            "另据了解，市教育局、市民政局、市司法局3个部门今年完成了机构改革。")
    assert _overseen(facts_of(text), "satisfaction_evaluation") == [[]]


@pytest.mark.parametrize("text", [
    # a count that is not the list's length
    "常委会对市教育局、市民政局、市司法局3个部门开展工作评议。会上，5个部门负责同志逐一汇报了整改落实情况。",
    # no list counted before
    "会上，3个部门负责同志逐一汇报了整改落实情况。",
    # the list is the conductors', counted with no department or unit
    "市人大常委会、市政协2家机关联合召开第十次会议。会上，2个部门负责同志逐一汇报了整改落实情况。",
])
def test_a_count_that_names_no_list_oversees_no_one(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "report_review") == [[]]


@pytest.mark.parametrize(("text", "asked"), [
    ("一场聚焦优化营商环境的专题询问会在市人大常委会会议室举行。前来应询的是市发展改革委等13名相关单位负责人。",
     ["苏州市发展和改革委员会"]),
    ("市人大常委会举行专题询问会。前来“赶考”的是市发展改革委、市教育局等13名单位负责人。",
     ["苏州市发展和改革委员会", "苏州市教育局"]),
    ("市人大常委会举行专题询问会。市教育局、市民政局等部门主要负责人到会。", ["苏州市教育局", "苏州市民政局"]),
    ("市人大常委会举行专题询问会。常委会组成人员向市教育局、市民政局等部门负责人提问。", ["苏州市教育局", "苏州市民政局"]),
    ("市人大常委會舉行專題詢問會。常委會組成人員向市教育局、市民政局等部門負責人提問。", ["苏州市教育局", "苏州市民政局"]),
])
def test_units_present_or_asked_at_an_inquiry_are_questioned(facts_of, text: str, asked: list[str]) -> None:
    inquiries = _overseen(facts_of(text), "special_inquiry")
    assert inquiries and all(named == asked for named in inquiries)


_REMARKS = "主任指出，食品安全是民生大事。要加强监管。要明确分工。要形成合力。要严格问责。"


@pytest.mark.parametrize(("text", "asked"), [
    ("市人大常委会举行食品安全专题询问会。" + _REMARKS + "专题询问会上，委员们向市教育局、市民政局等部门负责人提问。",
     ["苏州市教育局", "苏州市民政局"]),
    ("市人大常委會舉行食品安全專題詢問會。" + _REMARKS + "詢問中，委員們向市教育局、市民政局等部門負責人提問。",
     ["苏州市教育局", "苏州市民政局"]),
])
def test_a_sentence_resuming_the_inquiry_names_those_questioned(facts_of, text: str, asked: list[str]) -> None:
    assert _overseen(facts_of(text), "special_inquiry")[0] == asked


def test_departments_asked_far_after_an_inquiry_without_resuming_it_are_not_its(facts_of) -> None:
    text = "市人大常委会举行食品安全专题询问会。" + _REMARKS + "会后，委员们向市教育局、市民政局等部门负责人提问。"
    assert _overseen(facts_of(text), "special_inquiry")[0] == []


def test_congress_members_present_at_an_inquiry_are_not_questioned(facts_of) -> None:
    facts = facts_of("市人大常委会举行专题询问会。市人大常委会、市人大财经委等相关单位负责人出席。")
    assert _overseen(facts, "special_inquiry") == [[]]


@pytest.mark.parametrize(("text", "kind"), [
    ("市人大常委会执法检查组对《中华人民共和国森林法》开展执法检查，听取市教育局、市民政局、市司法局的情况汇报。",
     "law_enforcement_inspection"),
    ("市人大常委会组织开展《中华人民共和国森林法》执法检查。执法检查组先后深入吴江区、昆山市，听取了市教育局、市民政局和"
     "市司法局的工作汇报，并召开座谈会。", "law_enforcement_inspection"),
    ("市人大常委会开展专题调研。调研期间，调研组听取市教育局、市民政局、市司法局关于养老服务工作情况的汇报。", "investigation"),
    ("市人大常委會組織開展《中華人民共和國森林法》執法檢查。檢查期間，聽取了市教育局、市民政局、市司法局的情況匯報。",
     "law_enforcement_inspection"),
    # the briefing told before the work in its sentence
    ("视察组听取了市教育局、市民政局、市司法局的工作汇报，并实地视察了养老服务中心。", "site_visit"),
])
def test_the_bodies_whose_briefing_field_work_heard_are_overseen(facts_of, text: str, kind: str) -> None:
    """执法检查组…听取X、Y的情况汇报: the bodies briefing the group are those it oversaw (a first-time analyst, round 27)."""
    assert _overseen(facts_of(text), kind) == [_APPRAISED]


@pytest.mark.parametrize("text", [
    # a new sentence of another meeting: not the inspection's briefing
    "市人大常委会开展《中华人民共和国森林法》执法检查。会议听取了市教育局的工作汇报。",
    # the next sentence leaves the work before it
    "市人大常委会开展《中华人民共和国森林法》执法检查。8月，主任会议听取市教育局的情况汇报。",
])
def test_a_briefing_outside_the_field_work_oversees_nothing_of_it(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "law_enforcement_inspection") == [[]]


def test_a_heard_report_on_field_work_takes_no_briefing_of_another_item(facts_of) -> None:
    """A committee's report on its investigation, heard in a list after a department's briefing, oversees no department."""
    facts = facts_of("会议听取了市教育局关于职业教育工作情况的汇报和市人大常委会教科文卫工委调研情况的汇报。")
    assert all("苏州市教育局" not in a.overseen for a in facts.activities if "调研" in a.evidence), facts.activities


@pytest.mark.parametrize("text", [
    # the group's check told after its report heard (a first-time analyst's 主任会议 news, round 27)
    "会议听取了市人大常委会执法检查组关于《中华人民共和国森林法》贯彻实施情况的检查报告。执法检查组于5月深入吴江区、昆山市，"
    "对市教育局、市民政局、市司法局落实法律情况进行了检查。",
    "市人大常委会组织开展《中华人民共和国森林法》执法检查。检查组对市教育局、市民政局和市司法局贯彻实施法律的情况开展了检查。",
    "市人大常委会开展《中华人民共和国森林法》执法检查，对市教育局、市民政局、市司法局执行法律情况进行检查。",
    "市人大常委會組織開展《中華人民共和國森林法》執法檢查。檢查組對市教育局、市民政局、市司法局落實法律情況進行了檢查。",
])
def test_the_bodies_field_work_checked_are_overseen(facts_of, text: str) -> None:
    """对X、Y落实…情况进行了检查: the bodies an inspection checked are those it oversaw, also where it is told as its report
    heard (a first-time analyst, round 27: 对市生态环境局…落实法律情况进行了检查 gave the inspection no one overseen)."""
    assert _overseen(facts_of(text), "law_enforcement_inspection") == [_APPRAISED]


@pytest.mark.parametrize("text", [
    # a later sentence that does not go on with the inspection
    "市人大常委会开展《中华人民共和国森林法》执法检查。8月，市政府对市教育局落实法律情况进行了检查。",
    # the bodies checking, not checked
    "市人大常委会开展《中华人民共和国森林法》执法检查。检查组会同市教育局对各区落实法律情况进行了检查。",
])
def test_bodies_checked_by_others_or_checking_are_not_overseen(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "law_enforcement_inspection") == [[]]


@pytest.mark.parametrize(("text", "organ", "government"), [
    ("区人大常委会开展专题询问，副区长赵某某和区住房和城乡建设局、区农业农村局主要负责人到会应询。",
     "杭州市西湖区人民代表大会常务委员会", "杭州市西湖区人民政府"),
    ("县人大常委会就农村公路建设开展专题询问，副县长王某、县交通运输局局长到会回答询问。",
     "德清县人民代表大会常务委员会", "德清县人民政府"),
    ("市人大常委会召开专题询问会，常务副市长李明及市教育局、市民政局负责人到会应询。",
     "苏州市人民代表大会常务委员会", "苏州市人民政府"),
    ("縣人大常委會開展專題詢問，副縣長王某和縣交通運輸局負責人到會應詢。", "德清县人民代表大会常务委员会", "德清县人民政府"),
])
def test_a_government_leader_answering_an_inquiry_makes_the_government_questioned(
        facts_of, text: str, organ: str, government: str) -> None:
    """副区长…到会应询 questions the district's government as 省人民政府副省长…到会应询 does the province's (round 27)."""
    assert government in _all_overseen(facts_of(text, organ), "special_inquiry")


@pytest.mark.parametrize("text", [
    "市人大常委会开展专题询问，市教育局负责人到会应询，会议要求建立城市长效管理机制。",
    "市人大常委会开展专题询问，市教育局局长到会应询。",
])
def test_no_government_without_its_leader(facts_of, text: str) -> None:
    assert "苏州市人民政府" not in _all_overseen(facts_of(text), "special_inquiry")
