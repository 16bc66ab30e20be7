"""Classes of activities the freshest readable files (al-odd, ak-odd, round 36) showed missed or invented, each
stated as the genre writes it, with phrasings from readable dev files (named) and ones written for these tests, and
near misses that must not match."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "某某县人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "expected"), [
    # a session's preparation heard, briefed or reported is a report heard (readable golds 11 of 11)
    ("會議聽取了富陽區十五屆人大五次會議籌備情況，對代表資格審查報告進行初審。", ["report_review"]),  # dev al43
    ("会议听取和审议了建德市十七届人大二次会议筹备情况，讨论提出会议日程(草案)。", ["report_review"]),  # dev aj47
    ("受市人大常委会委托，市人大常委会副主任俞志平主持预备会议并报告了大会筹备情况。", ["report_review"]),  # dev ag35
    ("主任会议通报了县十八届人大三次会议的筹备工作情况。", ["report_review"]),
    # a vote told held stays (its result read out is the vote)
    ("会议宣读了2025年度民生实事项目票决结果。", ["other"]),  # dev r33
    ("大会票决通过了2024年民生实事项目10件。", ["other"]),
    ("代表们票决产生了12件2023年民生实事项目。", ["other"]),  # dev x57
    # a committee named for elections reporting other work
    ("听取了省人大常委会人事代表选举工作委员会主任李保存作的关于省十三届人大五次会议代表建议办理情况的报告。",
     ["report_review"]),  # dev u05
    # a report heard after a visit, a visit told in groups
    ("视察结束后，县人大常委会听取了县政府关于交通建设情况的报告。", ["report_review"]),
    ("5月，县人大常委会组织代表分两组对全县农村公路建设进行视察。", ["site_visit"]),
    # oversight through the whole course told as done or to come
    ("人大代表将对该工程进行全过程监督，确保项目按时按质竣工。", ["other"]),  # dev f24
])
def test_the_work_told_is_its_activity(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize("text", [
    # a preparation introduced at a press conference or judged
    "在新闻发布会上，介绍2022年省两会筹备情况和总体安排。",  # dev ai07
    "各项筹备工作正扎实有序推进，筹备情况良好。",
    # a vote named as what it passed, or as its matters or scene (round 34 ruling 12)
    "在代表们票决通过的那一刻，杨国生心里踏实了。",  # dev al53
    "对于人大代表的票决事项，镇政府高度重视，责成有关部门分别牵头办理。",  # dev al53
    "县河镇将按照票决通过的项目进行分解、明确责任。",  # dev aa59
    "海头镇2024年镇级民生实事项目人大代表票决现场",  # dev af57: a caption
    # an election's own business heard, as personnel is
    "会议听取了关于各代表团推选监票人情况的汇报。",  # dev ak09
    "听取了省人大常委会选举任免联络工作委员会关于做好湖南省第十三届人民代表大会代表选举工作有关事项及建议的汇报。",  # dev al03
    "主任会议听取了关于县乡两级人大换届选举工作准备情况的汇报。",
    # a question asking which work to do or was done (a call for topics, an interview)
    "1.2023年市人大常委会听取和审议“一府一委两院”哪些方面的专项工作报告；",  # dev al11
    "2.2023年市人大常委会应对哪几部法律法规执行情况开展检查。",  # dev al11
    "一年来，全国人大常委会开展了哪些监督工作？",  # dev a06
    "今年县人大常委会应当组织代表对哪些民生实事项目开展视察？",
    # what came right before or after an activity told, how it was divided, its opening
    "视察前，县人大常委会主任张兴涛对视察活动提出要求。",  # dev ah43
    "視察結束後，庚即召開了座談會。",  # dev ah45
    "集中视察结束后，代表们就视察情况进行了座谈。",  # dev m14
    "视察分两组进行，分别到主城区、永年区。",  # dev m19
    "市人大常委会一位委员率先提问，拉开了本次大气污染防治工作专题询问会的序幕。",  # dev aa23
    "一场直面问题、人大专题询问拉开了序幕。",  # dev y21
    # oversight through the whole course named as a quality or a cause
    "建设“人大财经监督平台”，打造了全过程监督下的“阳光财政”。",  # dev ad11
    "着力构建“民意收集—民主监督—公益守护”的全过程监督闭环。",  # dev w47
    "项目最终能圆满完工，得益于人大代表和人民群众对政府民生实事项目的全过程监督。",  # dev ac59
])
def test_the_words_state_no_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize("text", [
    "今日上午还举行预备会议，表决通过的会议议程还包括听取和审议广东省政府工作报告。",  # dev w17
    "省十四届人大二次会议议程有：审议四川省人民政府工作报告；审议四川省人民代表大会常务委员会工作报告。",  # dev m10
    "会议的主要任务是：听取和审议市人大常委会和“一府两院”工作报告。",  # dev ag35, a preparatory meeting
])
def test_a_sessions_agenda_adopted_before_it_is_planned(facts_of, text: str) -> None:
    assert {a.status for a in facts_of(text, COUNTY).activities} == {"planned"}


def test_the_agenda_of_a_session_held_stays_reported(facts_of) -> None:
    text = "会议的主要议程有：听取和审议《兴旺寨乡人民政府工作报告》。"  # dev l39
    assert {a.status for a in facts_of(text, COUNTY).activities} == {"reported"}
