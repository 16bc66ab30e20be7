"""Round 42's rulings 7–9 (genre README "## Round 42") and the status classes of its branch `status`: what was done
and what will be, told in phrasings written for these tests (no dev file's sentence)."""
from __future__ import annotations

import pytest


def _activities(facts) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(a.type, a.status, tuple(a.laws)) for a in facts.activities]


# Ruling 7: a report made 受…委托 to a plenary is the plenary hearing the committee's work report, whoever delivers it.
@pytest.mark.parametrize("text", [
    "昨日，市十六届人大一次会议举行第二次全体会议。市人大常委会主任王五受市人大常委会委托，向大会报告了常委会过去五年的主要工作。",
    "县第十八届人民代表大会第三次会议举行第二次全体会议，县人大常委会主任赵六受县十八届人大常委会委托，向大会报告工作。",
    "大会听取了市人大常委会副主任孙七受市人大常委会委托，向大会作的常委会工作报告。",
    "市人大常委会主任钱八受常委会委托向大会报告常委会一年来的工作。",
])
def test_an_entrusted_speaker_reporting_to_the_plenary_is_the_committee_work_report_heard(facts_of, text):
    assert [(kind, status) for kind, status, _ in _activities(facts_of(text))] == [("report_review", "reported")]


@pytest.mark.parametrize("text", [
    "各位代表：现在，我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。",
    "我受县人大常委会委托，向大会报告县人大常委会过去一年的工作。",
])
def test_the_work_report_in_its_speakers_own_voice_stays_none(facts_of, text):
    assert facts_of(text).activities == []  # round 14: the report itself is no review of it


def test_an_entrusted_speaker_is_read_once_beside_the_other_plenary_reports(facts_of):
    facts = facts_of("市人大常委会主任陈九受市人大常委会委托，向大会报告工作。市中级人民法院院长周十作市中级人民法院工作报告。")
    assert [(a.type, a.status) for a in facts.activities] == [("report_review", "reported")] * 2


# Ruling 8: an inspection group's report announced is the sitting's hearing to come, planned, of the inspection's laws.
@pytest.mark.parametrize("announcement", [
    "10月下旬，执法检查组将向市人大常委会报告执法检查情况。",
    "检查结束后，执法检查组将向市人大常委会会议报告执法检查情况。",
    "执法检查组将于12月向常委会会议汇报检查情况。",
    "12月下旬，执法检查组将向市人大常委会作关于检查《江苏省消防条例》实施情况的报告。",
])
def test_an_inspection_groups_report_announced_is_a_planned_review_of_its_laws(facts_of, announcement):
    facts = facts_of("6月，市人大常委会对《江苏省消防条例》开展执法检查。" + announcement)
    assert _activities(facts) == [("law_enforcement_inspection", "reported", ("江苏省消防条例",)),
                                  ("report_review", "planned", ("江苏省消防条例",))]
    assert {law.canonical for law in facts.laws if law.inspected} == {"江苏省消防条例"}  # each mention inspected


# Ruling 9: a follow-up announced naming the work it follows is a planned `other` of that work's laws; a pledge naming
# no work is none.
@pytest.mark.parametrize("follow_up", [
    "下一步，镇人大将持续跟踪督查，督促镇政府认真抓好落实，确保“一法一条例”执行到位。",
    "下一步，镇人大将继续跟踪督查，推动检查发现的问题整改到位。",
    "下一步，镇人大将持续跟踪监督，督促镇政府抓好整改。",
])
def test_a_follow_up_announced_after_an_inspection_is_a_planned_other_of_its_laws(facts_of, follow_up):
    facts = facts_of("镇人大组织代表开展《中华人民共和国环境保护法》执法检查。\n检查中，代表们实地查看了污水处理厂运行情况。\n"
                     + follow_up, organ="重庆市城口县高观镇人民代表大会")
    assert _activities(facts) == [("law_enforcement_inspection", "reported", ("中华人民共和国环境保护法",)),
                                  ("other", "planned", ("中华人民共和国环境保护法",))]


@pytest.mark.parametrize("text", [
    "县人大常委会将持续跟踪问效，确保代表呼声“件件有回音、事事有着落”。",
    "一是跟踪督查代表表决通过的两项民生工程建设情况。",
    "制定《关于2024年度审议意见落实情况跟踪督查方案》。",
])
def test_a_pledge_a_task_or_a_plans_name_is_no_follow_up(facts_of, text):
    assert facts_of(text).activities == []


# A congress body's own draft work report read before the session, whatever the draft is called or the script it is
# written in, is the session's review to come (round 13's ruling), planned.
@pytest.mark.parametrize("text", [
    "会议听取和审议了县人大常委会工作报告(讨论稿)。",
    "會議討論了縣人大常委會工作報告(討論稿)。",
    "會議審議了區人大常委會工作報告(草案)。",
])
def test_the_committees_own_draft_work_report_read_before_the_session_is_planned(facts_of, text):
    assert [(a.type, a.status) for a in facts_of(text).activities] == [("report_review", "planned")]


# News of an inspection's launch: the inspection told as to come is begun once a meeting of it is told held.
@pytest.mark.parametrize("text", [
    "近日召开的市人大常委会消防条例执法检查组第一次全体会议明确，市人大常委会将启动《江苏省消防条例》执法检查。",
    "市人大常委会《江苏省消防条例》执法检查动员会举行，记者从会上获悉，今年6月，市人大常委会将派出执法检查组开展《江苏省消防条例》执法检查。",
    "市人大常委会即将对《江苏省消防条例》的实施情况开展执法检查。这是记者从12日召开的执法检查组第一次全体会议上获悉的。",
    "按照今年监督计划，市人大常委会将对《江苏省消防条例》开展执法检查。19日下午，执法检查组召开推进会，部署检查工作。",
])
def test_an_inspection_announced_at_its_launch_meeting_has_begun(facts_of, text):
    assert _activities(facts_of(text)) == [("law_enforcement_inspection", "reported", ("江苏省消防条例",))]


@pytest.mark.parametrize("text", [
    "市人大常委会将于9月对《江苏省消防条例》开展执法检查。",
    "市人大常委会将对《江苏省消防条例》开展执法检查，执法检查动员会将于下周召开。",
    "下半年，市人大常委会拟对《江苏省消防条例》开展执法检查，计划于8月召开执法检查动员会。",
])
def test_an_inspection_announced_without_a_meeting_held_stays_planned(facts_of, text):
    assert _activities(facts_of(text)) == [("law_enforcement_inspection", "planned", ("江苏省消防条例",))]


def test_the_groups_report_announced_at_the_launch_stays_planned(facts_of):
    facts = facts_of("市人大常委会召开《江苏省消防条例》执法检查动员会，市人大常委会将对《江苏省消防条例》开展执法检查。"
                     "10月下旬，执法检查组将向市人大常委会报告执法检查情况。")
    assert [(kind, status) for kind, status, _ in _activities(facts)] == [
        ("law_enforcement_inspection", "reported"), ("report_review", "planned")]


# News of a year's plan adopted: what it goes on to tell of the year's work is the plan's, planned.
@pytest.mark.parametrize("text", [
    "2月27日举行的市人大常委会第三十次会议，表决通过了市人大常委会2025年工作要点。\n市人大常委会深入落实工作原则，"
    "一是优化法制供给；二是围绕中心找准监督切口，安排听取和审议专项工作报告21项、执法检查3项。",
    "会议审议通过了区人大常委会2016年度工作要点。全年工作要聚焦民生保障，对区法院关于执行工作情况开展调研。",
    "日前，县人大常委会形成以五张清单为主要内容的县人大常委会2023年工作要点。\n通过组建4个督导调研工作组、"
    "听取县政府关于城市建设情况报告等行动，推动决策部署落地见效。",
])
def test_the_work_news_of_a_plan_adopted_goes_on_to_tell_is_planned(facts_of, text):
    facts = facts_of(text)
    assert facts.activities and {a.status for a in facts.activities} == {"planned"}


@pytest.mark.parametrize("text", [
    # the plan one item of the sitting's business told done: the rest is the sitting's
    "会议审议通过了县人大常委会2018年工作要点；审议通过了关于调整代表资格审查委员会组成人员的报告。"
    "会议还对相关报告审议意见落实情况进行满意度测评。",
    # work told done after the plan's news
    "会议讨论通过了区人大常委会2025年工作要点。会议还听取了区政府关于民生实事项目推进情况的报告。",
])
def test_the_sittings_own_business_beside_a_plan_adopted_stays_reported(facts_of, text):
    facts = facts_of(text)
    assert facts.activities and {a.status for a in facts.activities} == {"reported"}
