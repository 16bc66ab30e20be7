"""Inspections another congress body conducted with the report's organ's help, said once anywhere in the report
(a fresh user's study 5, F8: a county credited with its city's inspection)."""
from __future__ import annotations

import pytest

_COUNTY = "嵩县人民代表大会常务委员会"
_CITY = "洛阳市人民代表大会常务委员会"
_LAW = "中华人民共和国食品安全法"


def _inspections(facts) -> list[tuple[str | None, list[str], list[str]]]:
    """(conducted_by, jointly_with, assisted_by) of each inspection."""
    return [(a.conducted_by, a.jointly_with, a.assisted_by) for a in facts.activities
            if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    "嵩县召开配合市人大常委会检查《中华人民共和国食品安全法》贯彻实施情况动员会\n"
    "8月31日，嵩县人大常委会召开贯彻执行《中华人民共和国食品安全法》检查动员会。",
    "嵩縣召開配合市人大常委會檢查《中華人民共和國食品安全法》貫徹實施情況動員會\n"
    "8月31日，嵩縣人大常委會召開貫徹執行《中華人民共和國食品安全法》檢查動員會。",
    "县人大常委会协助市人大常委会执法检查组检查《中华人民共和国食品安全法》实施情况。",
    "为做好协助市人大常委会对《中华人民共和国食品安全法》执法检查的准备，县人大常委会召开《中华人民共和国食品安全法》执法检查动员会。",
    # the county helping the city carry the inspection out (round 26: until then the county's own, done jointly)
    "县人大常委会配合市人大常委会开展《中华人民共和国食品安全法》执法检查。",
    "嵩县配合市人大常委会开展《中华人民共和国食品安全法》执法检查\n8月31日，嵩县人大常委会召开《中华人民共和国食品安全法》执法检查动员会。",
])
def test_an_inspection_the_county_helped_the_city_with_is_the_city_s(facts_of, text: str) -> None:
    found = _inspections(facts_of(text, organ=_COUNTY))
    assert found and all(by.startswith(_CITY) and (jointly, assisting) == ([], [_COUNTY]) for by, jointly, assisting in found)


@pytest.mark.parametrize("text", [
    # done together with the city: the county's own work, the city its partner
    "县人大常委会与市人大常委会联合开展《中华人民共和国食品安全法》执法检查。",
    "县人大常委会会同市人大常委会开展《中华人民共和国食品安全法》执法检查。",
    # the help is for another law's inspection
    "县人大常委会配合市人大常委会检查《中华人民共和国森林法》实施情况。县人大常委会开展《中华人民共和国食品安全法》执法检查。",
    # the county's own group, helped by its departments
    "县人大常委会执法检查组在县市场监管局配合下检查了《中华人民共和国食品安全法》实施情况。",
])
def test_the_county_s_own_inspection_stays_its_own(facts_of, text: str) -> None:
    found = [a.conducted_by for a in facts_of(text, organ=_COUNTY).activities
             if a.type == "law_enforcement_inspection" and _LAW in a.laws]
    assert found and all(by is None or by.startswith(_COUNTY) for by in found)


_TOWNSHIP = "寿县茶庵镇人民代表大会"
_SHOU = "寿县人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "kind"), [
    ("镇人大主席团配合县人大常委会开展《中华人民共和国水污染防治法》执法检查。", "law_enforcement_inspection"),
    ("鎮人大主席團配合縣人大常委會開展《中華人民共和國水污染防治法》執法檢查。", "law_enforcement_inspection"),
    ("茶庵镇人大主席团协助寿县人大常委会对《中华人民共和国水污染防治法》实施情况进行执法检查。", "law_enforcement_inspection"),
    ("镇人大主席团配合好县人大常委会对全镇农村公路建设情况进行视察。", "site_visit"),
    ("鎮人大主席團陪同縣人大常委會開展農村飲水安全專題調研。", "investigation"),
])
def test_work_a_township_helped_its_county_with_is_the_county_s(facts_of, text: str, kind: str) -> None:
    """A township presidium helping the county standing committee (配合/协助/陪同 + the body itself, not only its
    inspection group) does the county's work: the county conducts it, the township's presidium that helped assists it
    (a first-time analyst, round 26: the township's own inspection raised the law's times_inspected; round 32: no
    partner conducting it; round 33: the body helping is the sentence's subject, the presidium, not its congress)."""
    found = [(a.type, a.conducted_by, a.jointly_with, a.assisted_by) for a in facts_of(text, organ=_TOWNSHIP).activities]
    assert found == [(kind, _SHOU, [], [_TOWNSHIP + "主席团"])], found


@pytest.mark.parametrize("text", [
    # the other body helped the county (在…的配合下), or worked with it (协同)
    "县人大常委会在市人大常委会的配合下开展《中华人民共和国水污染防治法》执法检查。",
    "县人大常委会协同市人大常委会开展《中华人民共和国水污染防治法》执法检查。",
])
def test_work_no_other_congress_body_was_helped_in_stays_the_county_s(facts_of, text: str) -> None:
    found = [a.conducted_by for a in facts_of(text, organ=_SHOU).activities if a.type == "law_enforcement_inspection"]
    assert found == [None], found


@pytest.mark.parametrize(("text", "body"), [
    # helping the bodies above while inspecting in step with them: 配合 decides, 联动 or not (round 47 ruling 10, replacing
    # the older reading of each level's own inspection): the first body helped conducts, the county assists, the other
    # level is neither
    ("县人大常委会配合省、市人大常委会联动开展《中华人民共和国水污染防治法》执法检查。", "安徽省人民代表大会常务委员会"),
    ("縣人大常委會配合市人大常委會同步開展《中華人民共和國水污染防治法》執法檢查。", "淮南市人民代表大会常务委员会"),
    ("配合省、市人大常委会联动开展《中华人民共和国湿地保护法》执法检查，推动政府落实法定责任。", "安徽省人民代表大会常务委员会"),
])
def test_work_the_county_helped_in_step_is_the_first_body_s(facts_of, text: str, body: str) -> None:
    found = [(a.conducted_by, a.assisted_by, a.jointly_with) for a in facts_of(text, organ=_SHOU).activities
             if a.type == "law_enforcement_inspection"]
    assert found == [(body, [_SHOU], [])], found


_DUCHANG = "都昌县人民代表大会常务委员会"
_JIANGXI = "江西省人民代表大会常务委员会"
_JIUJIANG = "九江市人民代表大会常务委员会"
_YANGTZE = "中华人民共和国长江保护法"


@pytest.mark.parametrize("text", [
    "常委会配合省、市人大常委会开展了《中华人民共和国长江保护法》执法检查。",
    "5月，县人大常委会配合省人大常委会、市人大常委会对《中华人民共和国长江保护法》实施情况开展执法检查。",
    "县人大常委会协助省市两级人大常委会开展《中华人民共和国长江保护法》执法检查。",
    "縣人大常委會協助省、市人大常委會開展《中華人民共和國長江保護法》執法檢查。",
    "常委会配合省、市人大开展《中华人民共和国长江保护法》执法检查。",
    # said in the headline, the county's own meeting told after
    "都昌县召开配合省、市人大常委会检查《中华人民共和国长江保护法》贯彻实施情况动员会\n"
    "8月31日，县人大常委会召开贯彻执行《中华人民共和国长江保护法》检查动员会。",
])
def test_inspections_the_county_helped_several_bodies_with_are_each_body_s_own(facts_of, text: str) -> None:
    """A county helping the province's and the city's inspections (配合省、市人大常委会开展…执法检查) tells two inspections,
    each conducted by its body alone, the county assisting both: never one joint province–city inspection (a first-time
    analyst, round 35, finding 1: a phantom inspection counted beside each body's own, and a phantom partnership)."""
    found = _inspections(facts_of(text, organ=_DUCHANG))
    assert sorted(found) == sorted([(_JIANGXI, [], [_DUCHANG]), (_JIUJIANG, [], [_DUCHANG])]), found


def test_subjects_helping_their_city_and_province_assist_each_inspection(facts_of) -> None:
    """Counties helping the province and the city publishing the report: the province's inspection and the city's own,
    the counties assisting each (the city, not a subject, assists nothing)."""
    text = "林州市人大常委会、汤阴县人大常委会配合省、市人大常委会开展了《中华人民共和国长江保护法》执法检查。"
    found = _inspections(facts_of(text, organ="安阳市人民代表大会常务委员会"))
    helpers = ["林州市人民代表大会常务委员会", "汤阴县人民代表大会常务委员会"]
    assert sorted(found, key=str) == sorted([("河南省人民代表大会常务委员会", [], helpers), (None, [], helpers)], key=str), found


@pytest.mark.parametrize(("text", "organ", "body"), [
    ("常委会配合省人大常委会执法检查组对我县《中华人民共和国长江保护法》实施情况进行检查。", _DUCHANG,
     _JIANGXI),
    ("常委会协助市人大开展《中华人民共和国长江保护法》执法检查。", _DUCHANG, _JIUJIANG),
    ("常委会配合全国人大常委会执法检查组来我省检查《中华人民共和国长江保护法》实施情况。", _JIANGXI,
     "全国人民代表大会常务委员会"),
])
def test_an_inspection_one_body_was_helped_with_stays_one(facts_of, text: str, organ: str, body: str) -> None:
    assert _inspections(facts_of(text, organ=organ)) == [(body, [], [organ])]


def test_work_tallied_for_several_bodies_helped_is_told_once(facts_of) -> None:
    """A count of the work done helping several bodies (配合全国人大常委会、省人大常委会开展调研、视察、执法检查63次) does
    not say how much was each body's: each kind stays one activity, with no partner (dev ad33)."""
    text = "配合全国人大常委会、省人大常委会开展调研、视察、执法检查63次。"
    found = facts_of(text, organ="荆州市人民代表大会常务委员会").activities
    assert sorted(a.type for a in found) == ["investigation", "law_enforcement_inspection", "site_visit"]
    assert all(not a.jointly_with for a in found)


@pytest.mark.parametrize(("text", "bodies"), [
    ("常委会配合省、市人大常委会执法检查组对《中华人民共和国长江保护法》实施情况进行检查。",
     [_JIANGXI, _JIUJIANG]),
    ("常委会配合全国人大常委会执法检查组和省人大常委会执法检查组来我县检查《中华人民共和国长江保护法》实施情况。",
     ["全国人民代表大会常务委员会", _JIANGXI]),
])
def test_inspection_groups_helped_in_one_list_each_inspect(facts_of, text: str, bodies: list[str]) -> None:
    found = _inspections(facts_of(text, organ=_DUCHANG))
    assert sorted(found) == sorted((body, [], [_DUCHANG]) for body in bodies), found
