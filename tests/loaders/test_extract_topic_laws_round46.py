"""Round 46 (newuser32 §1, §6): an inspection named by its topic and 法律法规, with no title, is of the catalog's national
law of each topic it names (the genre README's round 45 ruling 13, read for a topic as for a bundle), none where the
catalog holds no national law of the topic; a count of units or projects an inspection or a visit checked after its
verb of checking is the sites it checked, neither units overseen nor visits. Phrasings composed in the genre's style,
in either script."""
from __future__ import annotations

import pytest

PROVINCE = "安徽省人民代表大会常务委员会"


def _inspections(facts) -> list[list[str]]:
    return [sorted(a.laws) for a in facts.activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize(("text", "laws"), [
    ("省人大常委会年初将大气污染防治法律法规执法检查列入年度工作要点。", ["中华人民共和国大气污染防治法"]),
    ("省人大常委會年初將大氣污染防治法律法規執法檢查列入年度工作要點。", ["中华人民共和国大气污染防治法"]),
    ("常委会对全市食品安全法律法规实施情况开展了检查。", ["中华人民共和国食品安全法"]),
    ("区人大常委会组织开展安全生产相关法律法规执法检查。", ["中华人民共和国安全生产法"]),
    ("县人大常委会对乡村振兴法律法规的贯彻实施情况进行检查。", ["中华人民共和国乡村振兴促进法"]),
    ("開展動物防疫、野生動物保護相關法律法規和決定貫徹實施情況檢查。",
     ["中华人民共和国动物防疫法", "中华人民共和国野生动物保护法"]),
])
def test_an_inspection_of_a_topic_s_laws_and_regulations_is_of_its_national_law(facts_of, text: str, laws: list[str]) -> None:
    facts = facts_of(text, PROVINCE)
    assert _inspections(facts) == [laws]
    assert {(law.canonical, law.inspected) for law in facts.laws} == {(law, True) for law in laws}


@pytest.mark.parametrize("text", [
    "今年开展物业管理法律法规执法检查。",  # the catalog holds no national law of the topic
    "開展法律法規執法檢查5部。",  # a count of laws, no topic
    "对所有法律法规贯彻实施情况开展执法检查并不现实。",  # no topic, no inspection done
    "同时检查水、土壤污染防治等相关法律法规的实施情况。",  # the topics after the verb: no inspection named by them
])
def test_laws_and_regulations_without_a_topic_of_a_national_law_name_no_law(facts_of, text: str) -> None:
    assert [law.canonical for law in facts_of(text, PROVINCE).laws if law.inspected] == []


@pytest.mark.parametrize(("text", "value"), [
    ("检查组实地检查抽查了88个单位和项目。", 88),
    ("檢查組實地檢查抽查了88個單位和項目。", 88),
    ("调研组深入基层，实地查看了46个单位和项目。", 46),
    ("执法检查组走访了12家单位，听取意见建议。", 12),
    ("视察组察看了30余个建设项目。", 30),
])
def test_units_or_projects_counted_after_a_verb_of_checking_are_sites_checked(facts_of, text: str, value: int) -> None:
    assert {stat.value: stat.measure_class for stat in facts_of(text, PROVINCE).statistics}.get(value) == "sites_checked"


@pytest.mark.parametrize("text", [  # the units a piece of work concerned, with no verb of checking before their count
    "常委会组织对12个部门开展工作评议。",
    "縣人大常委會聽取了12個部門負責人的匯報。",
    "常委会对12个单位开展满意度测评。",
])
def test_units_counted_without_a_verb_of_checking_stay_units_overseen(facts_of, text: str) -> None:
    assert [(stat.value, stat.measure_class) for stat in facts_of(text, PROVINCE).statistics] == [(12, "units_overseen")]
