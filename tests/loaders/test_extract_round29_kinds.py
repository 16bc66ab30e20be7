"""Round 29 classes of activities other than reports heard (a first-time analyst's classes and readable dev's misses).

A way of overseeing described is no activity: kinds of work joined by + as a method (首次运用“执法检查+专题询问”方式),
a kind of work made a standing means (坚持把专题询问作为常态化监督手段), what an inquiry is (专题询问是…的询问活动,
专题调研并非法定的监督方式). A demand that an organ report by a time to come (要求市政府在年底前向常委会报告…) is
that report planned, never done. A budget's execution overseen without 审查 or 决算 (对部门预算执行情况开展专项监督)
is a budget review, and so is a report on 政府性债务 as one on 政府债务.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds


@pytest.mark.parametrize("text", [
    "2023年，常委会首次运用“执法检查+专题询问”方式，推动条例落地见效。",
    "常委会创新采用“执法检查+专题询问+满意度测评”方式。",
    "常委會探索實行“視察+滿意度測評”的監督形式。",
    "近年来，常委会综合运用“听取审议专项工作报告+专题询问”的监督方式。",
    "常委会坚持把专题询问作为常态化监督手段。",
    "下一步，州人大常委会将把专题询问作为深化监督工作的履职“利器”。",
    "各级人大要把满意度测评作为增强监督实效的重要方式。",
    "专题询问是针对特定的问题专门组织的询问活动。",
    "專題調研并非法定的監督方式。",
])
def test_a_way_of_overseeing_described_is_no_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("综合运用执法检查、专题询问、满意度测评等监督方式。", []),
    ("完善专题询问工作机制。", []),
    ("6月，常委会对《苏州市养老服务条例》开展执法检查，并进行专题询问。",
     ["law_enforcement_inspection", "special_inquiry"]),
    ("会议结合审议市政府关于食品安全工作情况的报告，开展了专题询问，并进行满意度测评。",
     ["report_review", "special_inquiry", "satisfaction_evaluation"]),
])
def test_kinds_of_work_done_or_named_in_general_stay_as_they_were(facts_of, text: str, expected: list[str]) -> None:
    assert sorted(kinds(facts_of(text))) == sorted(expected)


@pytest.mark.parametrize(("text", "kind"), [
    ("要求市政府在年底前向常委会报告审计查出问题整改情况。", "audit_oversight"),
    ("常委会责成市政府在三个月内向常委会书面报告审计查出问题整改情况。", "audit_oversight"),
    ("請市政府於6月底前將審計查出問題整改情況向常委會報告。", "audit_oversight"),
    ("要求区政府在两个月内向区人大常委会书面报告整改情况。", "report_review"),
])
def test_a_demand_to_report_by_a_time_to_come_is_that_report_planned(facts_of, text: str, kind: str) -> None:
    assert [(a.type, a.status) for a in facts_of(text).activities] == [(kind, "planned")]


def test_a_report_heard_stays_done(facts_of) -> None:
    facts = facts_of("常委会听取了市政府关于审计查出问题整改情况的报告。")
    assert [(a.type, a.status) for a in facts.activities] == [("audit_oversight", "reported")]


@pytest.mark.parametrize("text", [
    "通过预算联网监督系统对部门预算执行情况开展实时监督。",
    "对部门预算执行情况开展专项监督。",
    "常委會對2023年市級部門預算執行情況進行了跟蹤監督。",
    "听取和审议了市政府关于政府性债务管理情况的报告。",
    "听取和审议了市政府关于政府债务管理情况的报告。",
])
def test_a_budget_overseen_without_review_words_is_a_budget_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text)) == ["budget_review"]


@pytest.mark.parametrize(("text", "kind"), [
    ("完善预算联网监督系统。", None),
    ("对全县优化营商环境工作开展专项监督。", "other"),
    ("县人大常委会对全县政府性债务管理情况开展调研。", "investigation"),
])
def test_other_oversight_and_the_budget_system_stay(facts_of, text: str, kind: str | None) -> None:
    assert kinds(facts_of(text)) == ([kind] if kind else [])


def _ratings(facts) -> list[list[str]]:
    return [a.overseen for a in facts.activities if a.type == "satisfaction_evaluation"]


CITY = "雅安市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "会议现场对接受应询的市农业局、市公安局、市财政局进行了满意度测评。",
    "經過投票表決，對市交通局、教育局、公安局等重點建議辦理單位的測評均為“滿意”。",
    "常委会组成人员对市农业局、市公安局、市财政局开展满意度测评。",
])
def test_a_rating_of_a_bare_list_of_bodies_is_one_per_body(facts_of, text: str) -> None:
    assert [len(bodies) for bodies in _ratings(facts_of(text, CITY))] == [1, 1, 1]


@pytest.mark.parametrize("text", [
    "会议对市农业局、市公安局、市财政局等3个部门进行了满意度测评。",
    "会议听取和测评了市农业局、市公安局、市财政局工作情况的报告。",
    "会议对市农业局、市公安局、市财政局审计查出问题整改情况开展满意度测评。",
])
def test_a_rating_of_bodies_counted_or_through_their_reports_or_work_stays_one(facts_of, text: str) -> None:
    assert len(_ratings(facts_of(text, CITY))) == 1


@pytest.mark.parametrize("text", [
    "委员会认真拟订评议方案和调研方案。",
    "调研组明确调研重点和调研行程。",
    "根据调研安排，组织召开了座谈会。",
    "形成调研工作方案。",
    "在认真调研后尽快确定解决方案。",
])
def test_an_investigations_plan_schedule_focus_or_aftermath_is_no_investigation(facts_of, text: str) -> None:
    assert "investigation" not in kinds(facts_of(text))


@pytest.mark.parametrize("text", [
    "镇人大经过调研，动员50多名代表当好防火宣传员。",
    "常委会已经调研了全市养老服务工作。",
    "常委会对全市重点企业开展专题调研。",
])
def test_an_investigation_told_stays(facts_of, text: str) -> None:
    assert "investigation" in kinds(facts_of(text))


def _inspected(facts) -> list[tuple[list[str], str]]:
    return [(a.laws, a.status) for a in facts.activities if a.type == "law_enforcement_inspection"]


NATION = "全国人民代表大会常务委员会"
WATER = "中华人民共和国水污染防治法"


@pytest.mark.parametrize("text", [
    "全国人大常委会将在全国范围内开展水污染防治法执法检查，并委托其他省区市人大常委会分别对本行政区域内水污染防治法的贯彻实施情况进行检查。",
    "全国人大常委会将在全国范围内开展水污染防治法执法检查。同时委托上海、江苏、广西3个省区市人大常委会对本行政区域内水污染防治法的实施情况进行检查。",
    "全國人大常委會將在全國範圍內開展水污染防治法執法檢查，還委託其他省區市人大常委會分別對本行政區域內水污染防治法的實施情況進行檢查。",
])
def test_other_congresses_checking_the_same_law_in_their_areas_are_part_of_the_inspection(facts_of, text: str) -> None:
    assert _inspected(facts_of(text, NATION)) == [([WATER], "planned")]


def test_delegated_inspections_of_laws_of_their_own_stay(facts_of) -> None:
    text = ("市人大常委会对《重庆市物业管理条例》开展执法检查，并委托九龙坡等5个区县人大常委会对《重庆市旅游条例》等5部地方性法规开展执法检查。")
    assert len(_inspected(facts_of(text, "重庆市人民代表大会常务委员会"))) == 2


def test_the_earlier_inspection_a_comment_dates_is_an_inspection_of_its_year(facts_of) -> None:
    text = "全国人大常委会将启动水污染防治法执法检查。这是继1998年对《水污染防治法》开展执法检查20年后，再次对这部法律开展执法检查。"
    assert [status for _, status in _inspected(facts_of(text, NATION))] == ["planned", "reported"]


def test_a_comment_on_the_inspection_just_told_stays_none(facts_of) -> None:
    text = "全国人大常委会将启动水污染防治法执法检查。这是常委会首次对这部法律开展执法检查。"
    assert len(_inspected(facts_of(text, NATION))) == 1


@pytest.mark.parametrize("text", [
    "述职的代表认真回顾当选代表以来的履职情况，并接受选民的无记名投票民主测评。",
    "4名县人大代表向选民述职，并接受选民的现场满意度测评。",
    "同时按照满意、基本满意、不满意三个格次对其进行了民意测评。",
])
def test_a_rating_accepted_or_of_opinion_is_a_rating(facts_of, text: str) -> None:
    assert "satisfaction_evaluation" in kinds(facts_of(text))


@pytest.mark.parametrize("text", [
    "领导班子接受干部民主测评。",
    "代表们认真填写测评表。",
])
def test_a_partys_rating_or_the_form_is_no_rating(facts_of, text: str) -> None:
    assert "satisfaction_evaluation" not in kinds(facts_of(text))


@pytest.mark.parametrize("text", [
    "首次开展全市范围的督导检查。",
    "常委会组织代表到各镇进行督导检查。",
])
def test_an_inspection_tour_told_as_督导检查_is_other_oversight(facts_of, text: str) -> None:
    assert kinds(facts_of(text)) == ["other"]


@pytest.mark.parametrize("text", [
    "城建环保工委做好跟踪监督工作。",
    "預算工委做好跟蹤監督工作。",
    "做好项目资金使用情况的跟踪监督。",
])
def test_a_task_given_to_follow_up_is_no_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text)) == []


def test_a_purpose_of_review_leaves_the_hearing_it_serves(facts_of) -> None:
    facts = facts_of("为依法做好计划、预算审查工作，常委会听取了市政府关于预算执行情况的报告。")
    assert kinds(facts) == ["budget_review"]


@pytest.mark.parametrize("text", [
    "要抓紧推进民生实事项目人大代表票决制工作。",
    "县政府及各相关单位要对办理好代表建议有新的认识。",
    "各承办单位要抓紧办理代表建议。",
])
def test_an_urgency_or_an_aim_of_handling_is_no_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text)) == []
