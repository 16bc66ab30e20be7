"""A report on how an inspection's report and review opinions were handled (国务院关于研究处理X法执法检查报告及审议意见
情况的反馈报告) is a follow-up of that inspection heard: an inspection and a review of their own, not a restatement
of the inspection the text told before (round 10, dev g01 showed the class). Sentences paraphrase
npc.gov.cn/c2/kgfb/202601/t20260121_451255.html (“一府一委两院”落实…执法检查报告及审议意见的报告, 反馈报告)."""
from __future__ import annotations

import pytest

NATIONAL = "全国人民代表大会常务委员会"
OPENING = "2024年，常委会开展土壤污染防治法执法检查。"


def _inspections(facts_of, text: str) -> int:
    return sum(a.type == "law_enforcement_inspection" for a in facts_of(OPENING + text, NATIONAL).activities)


@pytest.mark.parametrize("text", [
    "2025年，常委会听取审议国务院关于研究处理土壤污染防治法执法检查报告及审议意见情况的反馈报告。",
    "常委会还听取审议了国务院关于落实土壤污染防治法执法检查报告和审议意见的报告。",
    "常委會聽取審議國務院關於辦理土壤污染防治法執法檢查報告及審議意見情況的報告。",
])
def test_a_report_on_handling_an_inspection_report_is_its_follow_up(facts_of, text: str) -> None:
    assert _inspections(facts_of, text) == 2


@pytest.mark.parametrize("text", [
    # near-misses: the inspection's own report heard, or its opinions passed, restate the inspection
    "常委会听取审议了土壤污染防治法执法检查报告。",
    "常委会听取审议了执法检查组关于检查土壤污染防治法实施情况的报告。",
])
def test_the_inspection_report_itself_restates_the_inspection(facts_of, text: str) -> None:
    assert _inspections(facts_of, text) == 1


@pytest.mark.parametrize("text", [
    "2025年，常委会听取审议国务院关于研究处理土壤污染防治法执法检查报告及审议意见情况的反馈报告。",
    # the verb before the report, the report and its opinions joined (a new user's NPC agendas, round 17)
    "常委会还听取审议了国务院关于落实土壤污染防治法执法检查报告和审议意见的报告。",
    "常委會聽取審議國務院關於落實土壤污染防治法執法檢查報告和審議意見的報告。",
    "常委会听取审议了省政府关于贯彻落实土壤污染防治法执法检查报告的报告。",
])
def test_a_report_on_handling_an_inspection_report_is_marked_a_follow_up(facts_of, text: str) -> None:
    """The handling report is a follow-up of the inspection the opening told, which stays a first inspection."""
    first, *later = facts_of(OPENING + text, NATIONAL).activities
    assert (first.type, first.follow_up) == ("law_enforcement_inspection", False)
    assert later and all(a.follow_up for a in later)


@pytest.mark.parametrize("text", [  # the opinion on an inspection's report, with or without a law's title (dev o22)
    "会议研究了区人大常委会关于贯彻实施大气污染防治法律法规执法检查报告的审议意见书，决定将审议意见交区政府研究处理。",
    "會議研究了區人大常委會關於貫徹實施大氣污染防治法律法規執法檢查報告的審議意見書。",
    "会议审定了关于《中华人民共和国森林法》执法检查报告的审议意见书。",
])
def test_the_review_opinion_on_an_inspection_report_tells_that_inspection(facts_of, text: str) -> None:
    assert [a.type for a in facts_of(text, "北京市西城区人民代表大会常务委员会").activities] == ["law_enforcement_inspection"]


@pytest.mark.parametrize("text", [  # opinions a council studies or adopts close their reviews (round 47 ruling 4, dev ab37)
    "主任会议研究了常委会关于食品安全执法检查报告的审议意见。",
    "主任會議研究了常委會關於食品安全執法檢查報告的審議意見。",
    "审议通过了市人大常委会关于检查《园林绿化条例》实施情况报告的审议意见。",
])
def test_an_opinion_studied_or_adopted_on_an_inspection_report_closes_its_review(facts_of, text: str) -> None:
    """The opinion is its review's result (round 42 ruling 2; round 47 ruling 4): the inspection and the review of its
    report (issue 10 §2.1: an inspection report heard gives both)."""
    assert sorted(a.type for a in facts_of(text, "北京市西城区人民代表大会常务委员会").activities) == [
        "law_enforcement_inspection", "report_review"]


@pytest.mark.parametrize("text", [  # near misses: another report's opinion, or no inspection's report
    "主任会议研究了关于区政府教育工作情况报告的审议意见。",
    "主任会议研究了关于代表建议办理情况报告的审议意见。",
])
def test_an_opinion_on_no_inspection_report_tells_no_inspection(facts_of, text: str) -> None:
    assert "law_enforcement_inspection" not in {a.type for a in facts_of(text, "北京市西城区人民代表大会常务委员会").activities}


@pytest.mark.parametrize("text", [  # the inspection group's first plenary meeting, convened (dev v09's phrasing)
    "省人大常委会水污染防治法执法检查组召开第一次全体会议，启动执法检查活动。",
    "市人大常委會《中华人民共和国水法》執法檢查組舉行首次全體會議。",
    "全国人大常委会固体废物污染环境防治法执法检查组第一次全体会议在京举行。",
])
def test_the_first_meeting_of_a_law_s_inspection_group_launches_that_inspection(facts_of, text: str) -> None:
    assert [a.type for a in facts_of(text, "黑龙江省人民代表大会常务委员会").activities] == ["law_enforcement_inspection"]


def test_a_group_meeting_naming_no_law_launches_nothing(facts_of) -> None:
    assert not facts_of("执法检查组召开第一次全体会议。", "黑龙江省人民代表大会常务委员会").activities


CITY = "武汉市人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "law"), [
    # a first-time analyst's round 29: the law named only in the clause or the sentence before
    ("开展《中华人民共和国传染病防治法》执法检查后，持续跟踪督办，听取市政府关于研究处理执法检查报告及审议意见情况的报告。",
     "中华人民共和国传染病防治法"),
    ("2022年，常委会对《食品安全法》开展执法检查。今年听取了市政府关于研究处理执法检查报告及审议意见情况的报告。",
     "中华人民共和国食品安全法"),
    ("常委会对《武汉市河道保护管理条例》开展执法检查，并听取审议市政府关于落实执法检查报告和审议意见情况的报告。",
     "武汉市河道保护管理条例"),
    ("2023年，常委會對《食品安全法》開展執法檢查。今年聽取了市政府關於研究處理執法檢查報告及審議意見情況的報告。",
     "中华人民共和国食品安全法"),
    # the nearest inspection told before it, not an earlier one
    ("常委会对《中华人民共和国水法》开展执法检查。常委会对《食品安全法》开展执法检查。随后听取了市政府关于研究处理执法检查报告"
     "及审议意见情况的报告。", "中华人民共和国食品安全法"),
    # control: the follow-up's own words name its law, which is the one it concerns
    ("常委会对《中华人民共和国水法》开展执法检查。听取了市政府关于研究处理食品安全法执法检查报告及审议意见情况的报告。",
     "中华人民共和国食品安全法"),
])
def test_a_follow_up_naming_no_law_concerns_the_inspection_before_it(facts_of, text: str, law: str) -> None:
    follow_ups = [a for a in facts_of(text, CITY).activities if a.follow_up]
    assert follow_ups and all(a.laws == [law] for a in follow_ups)


@pytest.mark.parametrize("text", [
    # the inspection in another paragraph
    "2022年，常委会对《食品安全法》开展执法检查。\n今年听取了市政府关于研究处理执法检查报告及审议意见情况的报告。",
    # no inspection before it: the opinions on a work report handled
    "听取了市政府关于教育工作情况报告审议意见落实情况的报告。2024年，常委会对《食品安全法》开展执法检查。",
])
def test_a_follow_up_with_no_inspection_before_it_in_its_paragraph_concerns_no_law(facts_of, text: str) -> None:
    follow_ups = [a for a in facts_of(text, CITY).activities if a.follow_up]
    assert follow_ups and all(a.laws == [] for a in follow_ups)
