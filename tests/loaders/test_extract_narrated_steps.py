"""An inspection's later sentences told by its group or the work itself (round 35, a first-time analyst's class 7: the
九江 inspection report's 检查组赴瑞昌市、湖口县、彭泽县实地检查 and, under a heading of its own, 检查发现问题23个 were tied to
no inspection, while the same facts in the inspection's own sentence were): the places they name and the problems they
find are the inspection's, the one told last before them, when the narrator can mean it (:mod:`loaders.extract.narration`).

Sentences are the genre's phrasings, written for these tests (none from ``benchmarks/genre`` or the shared corpus).
"""
from __future__ import annotations

import pytest

from loaders.facts import Activity, Facts

JIUJIANG = "九江市人民代表大会常务委员会"
XIAMEN = "厦门市人民代表大会常务委员会"
HUBEI = "湖北省人民代表大会常务委员会"
INSPECTION = "市人大常委会对《中华人民共和国长江保护法》实施情况开展执法检查。"


def _places(act: Activity) -> list[str]:
    return [str(place["name"]) for place in act.places]


def _findings(facts: Facts) -> list[list[int]]:
    return [step.activities for step in facts.loop if step.type == "finding"]


def _inspection(facts: Facts) -> int:
    (index,) = [i for i, act in enumerate(facts.activities) if act.type == "law_enforcement_inspection"]
    return index


@pytest.mark.parametrize(("later", "places"), [
    # the analyst's report: the group as the subject, then the findings under a heading of their own
    ("检查组赴瑞昌市、湖口县、彭泽县实地检查，市生态环境局陪同检查。现将检查情况报告如下：\n二、存在的主要问题\n"
     "检查发现问题23个，主要是：部分工业园区污水处理设施运行不稳定。", ["瑞昌市", "湖口县", "彭泽县"]),
    # the inspection named again (此次检查中), a finding told after 发现 in a later paragraph
    ("\n此次检查中，检查组先后深入永修县、都昌县，实地察看岸线修复情况。\n检查中发现，部分县区禁捕退捕责任落实不到位。",
     ["永修县", "都昌县"]),
    # the group with 一行, the finding told by the group in the inspection
    ("\n执法检查组一行先后来到湖口县、彭泽县，听取县政府汇报。\n执法检查组在检查中发现：部分岸线生态修复质量不高。",
     ["湖口县", "彭泽县"]),
    # traditional script, a count in words
    ("\n檢查組赴瑞昌市、湖口縣實地檢查。\n檢查發現問題十八個。", ["瑞昌市", "湖口县"]),
])
def test_the_group_s_places_and_findings_in_later_sentences_are_the_inspection_s(facts_of, later: str,
                                                                                  places: list[str]) -> None:
    facts = facts_of(INSPECTION + later, JIUJIANG)
    index = _inspection(facts)
    assert _places(facts.activities[index]) == places
    assert _findings(facts) == [[index]]


def test_an_investigation_s_group_tells_the_investigation(facts_of) -> None:
    facts = facts_of("市人大常委会就学前教育发展情况开展专题调研。\n调研组先后来到思明区、湖里区的多所幼儿园。\n"
                     "调研发现，部分幼儿园师资力量薄弱。", XIAMEN)
    (act,) = facts.activities
    assert (act.type, _places(act), _findings(facts)) == ("investigation", ["思明区", "湖里区"], [[0]])


def test_a_visiting_body_s_group_told_on_is_the_visit_s(facts_of) -> None:
    facts = facts_of("全国人大常委会执法检查组来我省检查《中华人民共和国湿地保护法》实施情况。\n"
                     "检查组先后赴宜昌市、襄阳市实地检查。", HUBEI)
    act = facts.activities[_inspection(facts)]
    assert (act.conducted_by or "").startswith("全国人民代表大会常务委员会")
    assert _places(act) == ["湖北省", "宜昌市", "襄阳市"]  # 来我省, then its group's stops


def test_a_communique_s_group_is_the_inspection_whose_report_was_heard(facts_of) -> None:
    """A communiqué tells an inspection and the review of its report in one mention: its group, told on after, is that
    inspection's, not the one told in an earlier sentence."""
    facts = facts_of("3月，常委会对《中华人民共和国湿地保护法》开展执法检查。\n"
                     "会议听取和审议了市人大常委会执法检查组关于检查《中华人民共和国长江保护法》实施情况的报告。\n"
                     "检查组赴瑞昌市、湖口县实地检查，检查发现问题12个。", JIUJIANG)
    placed = [(act.type, act.laws) for act in facts.activities if act.places]
    assert placed == [("law_enforcement_inspection", ["中华人民共和国长江保护法"])]
    (owners,) = _findings(facts)
    assert facts.activities[owners[0]].laws == ["中华人民共和国长江保护法"]


@pytest.mark.parametrize("between", [
    # a communiqué: a government's report heard between the inspection and the group
    "会议听取和审议了市人民政府关于2022年度环境状况和环境保护目标完成情况的报告。\n",
    # a work report: a report heard, then a 检查组 of some other work
    "常委会听取了市人民政府关于生态环境保护工作情况的报告。\n",
])
def test_a_group_after_other_work_told_is_tied_to_no_inspection(facts_of, between: str) -> None:
    facts = facts_of("市人大常委会对《中华人民共和国湿地保护法》开展执法检查。\n" + between
                     + "检查组赴瑞昌市、湖口县实地检查，检查发现问题12个。", JIUJIANG)
    assert [act for act in facts.activities if act.places] == []
    assert _findings(facts) == []


@pytest.mark.parametrize("other", [
    "省人大常委会执法检查组一行先后到瑞昌市、湖口县，听取汇报。",
    "全国人大常委会执法检查组一行先后到瑞昌市、湖口县，听取汇报。",
])
def test_another_body_s_group_named_later_tells_not_the_report_s_inspection(facts_of, other: str) -> None:
    facts = facts_of("市人大常委会对《中华人民共和国湿地保护法》开展执法检查。\n" + other, JIUJIANG)
    assert [act.places for act in facts.activities] == [[]]


def test_a_group_being_formed_states_its_work_it_tells_no_earlier_one(facts_of) -> None:
    facts = facts_of("市人大常委会对《中华人民共和国湿地保护法》开展执法检查。\n市人大常委会成立执法检查组赴瑞昌市、湖口县检查"
                     "《中华人民共和国长江保护法》实施情况。", JIUJIANG)
    assert [(act.laws, _places(act)) for act in facts.activities] == [
        (["中华人民共和国湿地保护法"], []), (["中华人民共和国长江保护法"], ["瑞昌市", "湖口县"])]


def test_since_a_time_is_no_coming_to_the_report_s_area(facts_of) -> None:
    """近年来我县, 一年来我市 (since a time) name the report's area as no place the group came to."""
    facts = facts_of(INSPECTION + "\n执法检查组充分肯定了近年来我市在长江保护工作上取得的成效。", JIUJIANG)
    assert [act.places for act in facts.activities] == [[]]


@pytest.mark.parametrize("narrator", [
    "检查组在安全生产执法检查中发现，部分企业主体责任落实不到位。",  # the analyst's a01
    "在《中华人民共和国安全生产法》执法检查过程中，检查组发现部分地方监管力量薄弱。",
])
def test_a_group_naming_its_work_s_topic_tells_that_work_whatever_was_told_since(facts_of, narrator: str) -> None:
    """A work report tells an inspection, the review of its report and a delegated check of another law, then, in
    its next paragraph, what the inspection named by its topic found: the finding is that inspection's."""
    facts = facts_of("常委会对《中华人民共和国安全生产法》实施情况开展执法检查，检查组深入南昌市、萍乡市实地检查。"
                     "常委会听取审议了执法检查报告。常委会还委托各设区的市人大常委会对《中华人民共和国消防法》实施情况开展检查。\n\n"
                     + narrator, "江西省人民代表大会常务委员会")
    (owners,) = _findings(facts)
    assert [facts.activities[i].laws for i in owners] == [["中华人民共和国安全生产法"]]


def test_a_group_naming_a_topic_no_work_told_has_tells_none(facts_of) -> None:
    facts = facts_of(INSPECTION + "\n检查组在食品安全执法检查中发现，部分企业主体责任落实不到位。", JIUJIANG)
    assert _findings(facts) == []


@pytest.mark.parametrize(("later", "places"), [
    # the group told on after its time, a span of days (newuser22 §4: 9月19日至20日，市人大常委会执法检查组赴费县、兰陵县…)
    ("\n9月19日至20日，市人大常委会执法检查组赴瑞昌市、湖口县、彭泽县等县区，听取贯彻条例情况汇报。", ["瑞昌市", "湖口县", "彭泽县"]),
    # days alone, then a morning
    ("\n15日至17日上午，检查组先后深入永修县、都昌县，实地察看岸线修复情况。", ["永修县", "都昌县"]),
    # a span in Chinese numerals
    ("\n十月二十一日至二十三日，执法检查组一行赴湖口县、彭泽县实地检查。", ["湖口县", "彭泽县"]),
    # the middle of a month
    ("\n10月中下旬，检查组分赴瑞昌市、都昌县开展实地检查。", ["瑞昌市", "都昌县"]),
])
def test_a_group_told_on_after_a_span_of_days_tells_the_inspection(facts_of, later: str, places: list[str]) -> None:
    facts = facts_of(INSPECTION + later, JIUJIANG)
    assert _places(facts.activities[_inspection(facts)]) == places


@pytest.mark.parametrize(("later", "places", "leader"), [
    # newuser22 §4: the leader's group, then the places, then the law checked (a 2009 county news item)
    ("\n15日至17日，市人大常委会副主任王华率组深入到瑞昌市、湖口县等县市，采取听汇报、实地查看等方式，检查条例贯彻情况。",
     ["瑞昌市", "湖口县"], "王华"),
    # two officers leading the group, 先后来到
    ("\n9日至16日，市人大常委会副主任李明、张红率执法检查组先后来到永修县、都昌县检查法律贯彻执行情况。",
     ["永修县", "都昌县"], "李明"),
    # the group named after the verb of leading, the places after 赴
    ("\n随后，市人大常委会副主任赵强带领检查组赴彭泽县，察看长江岸线整治情况。", ["彭泽县"], "赵强"),
])
def test_an_officer_leading_the_group_tells_the_inspection_its_places_and_leader(
        facts_of, later: str, places: list[str], leader: str) -> None:
    facts = facts_of(INSPECTION + later, JIUJIANG)
    act = facts.activities[_inspection(facts)]
    assert (_places(act), (act.led_by or {}).get("name")) == (places, leader)


def test_an_officer_leading_other_work_tells_not_the_inspection(facts_of) -> None:
    """A sentence led by an officer names the kind of work it tells: a study's (立法调研) is no step of the inspection."""
    facts = facts_of(INSPECTION + "\n市人大常委会主任王华、副主任李明还分别带队赴瑞昌市、湖口县召开座谈会，深入开展立法调研。",
                     JIUJIANG)
    act = facts.activities[_inspection(facts)]
    assert (act.places, act.led_by) == ([], None)
