"""Organs of the government named after a piece of work as going along with it or helping it are ``assisted_by`` it (a
first-time analyst, round 33, class 4: ``assisted_by`` empty for every bureau that 配合/协助/陪同).
:func:`loaders.extract.accompanying.assisting`."""
from __future__ import annotations

import pytest

_TONGCHENG = "通城县人民代表大会常务委员会"
_CHENGDU = "成都市人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organ", "kind", "helpers"), [
    ("10月10日，县人大常委会与崇阳县人大常委会联合开展《中华人民共和国渔业法》执法检查，县人大常委会副主任李明带队，"
     "县农业农村局和县市场监督管理局陪同检查。", _TONGCHENG, "law_enforcement_inspection",
     ["通城县农业农村局", "通城县市场监督管理局"]),
    ("市人大常委会执法检查组对《中华人民共和国未成年人保护法》贯彻实施情况进行执法检查。市教育局、市民政局、市公安局协助。",
     _CHENGDU, "law_enforcement_inspection", ["成都市教育局", "成都市民政局", "成都市公安局"]),
    ("市人大常委會執法檢查組對《中華人民共和國黃河保護法》貫徹實施情況開展執法檢查。市生態環境局、市水務局陪同檢查。",
     _CHENGDU, "law_enforcement_inspection", ["成都市生态环境局", "成都市水务局"]),
    ("县人大常委会副主任某某率县人大常委会农工委专题调研农村饮水安全工程实施情况。县水利局负责同志陪同调研。", _TONGCHENG,
     "investigation", ["通城县水利局"]),
    ("县人大常委会主任某某率队对代表建议办理情况进行视察。县政府副县长某某陪同视察。", _TONGCHENG, "site_visit",
     ["通城县人民政府"]),
    ("市人大常委会组织调研组对城区城市管理工作开展调研。\n\n市城市管理局、市市场监管局等市直相关部门负责同志陪同调研。",
     _CHENGDU, "investigation", ["成都市城市管理局", "成都市市场监督管理局"]),
])
def test_organs_going_along_with_the_work_assist_it(facts_of, text: str, organ: str, kind: str, helpers: list[str]) -> None:
    work = next(a for a in facts_of(text, organ=organ).activities if a.type == kind)
    assert (work.conducted_by, work.assisted_by) == (None, helpers)
    assert not set(helpers) & set(work.overseen)


@pytest.mark.parametrize("text", [
    # the report's own officers going along: no organ of the government
    "市人大常委会执法检查组对《中华人民共和国食品安全法》实施情况进行执法检查，市人大常委会副主任某某陪同检查。",
    # a body helping the congress body named after it: that body's work (conductors._helped), not this clause
    "市人大常委会开展《中华人民共和国食品安全法》执法检查。市市场监管局积极配合市人大常委会做好检查工作。",
    # a bureau the clause does not open with
    "市人大常委会对《中华人民共和国食品安全法》实施情况进行执法检查，检查组听取了市市场监管局的汇报，有关企业陪同检查。",
])
def test_no_organ_of_the_government_goes_along(facts_of, text: str) -> None:
    assert all(not a.assisted_by for a in facts_of(text, organ=_CHENGDU).activities)


_NANCHANG = "南昌县人民代表大会常务委员会"
_INSPECTED = "县人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查。"


@pytest.mark.parametrize(("text", "organ", "helpers"), [
    (_INSPECTED + "\n莲塘镇人大、向塘镇人大配合开展了检查。", _NANCHANG,
     ["南昌县莲塘镇人民代表大会", "南昌县向塘镇人民代表大会"]),
    (_INSPECTED + "莲塘镇人大主席团、向塘镇人大主席团协助检查。", _NANCHANG,
     ["南昌县莲塘镇人民代表大会主席团", "南昌县向塘镇人民代表大会主席团"]),
    ("县人大常委会执法检查组对《中华人民共和国食品安全法》实施情况进行检查，莲塘镇人大主席团主席某某陪同检查。", _NANCHANG,
     ["南昌县莲塘镇人民代表大会主席团"]),
    ("市人大常委会执法检查组对《中华人民共和国食品安全法》实施情况进行执法检查。宜秀区人大常委会主任程贤华、副主任张造林等陪同检查。",
     "安庆市人民代表大会常务委员会", ["安庆市宜秀区人民代表大会常务委员会"]),
])
def test_lower_congresses_going_along_with_the_work_assist_it(facts_of, text: str, organ: str, helpers: list[str]) -> None:
    """Another congress or its body opening a clause with a helping word and no body after it (莲塘镇人大、向塘镇人大配合开展
    了检查) assists the work told before (a first-time analyst, round 35: the townships had no role)."""
    work = next(a for a in facts_of(text, organ=organ).activities if a.type == "law_enforcement_inspection")
    assert (work.conducted_by, work.assisted_by) == (None, helpers)


@pytest.mark.parametrize("text", [
    _INSPECTED + "县人大常委会配合开展了检查。",  # the report's organ: its own work
    _INSPECTED + "县人大教科文卫工委配合开展了检查。",  # a body of its own congress: no other congress's help
])
def test_the_report_s_own_congress_going_along_assists_nothing(facts_of, text: str) -> None:
    assert all(not a.assisted_by for a in facts_of(text, organ=_NANCHANG).activities)


@pytest.mark.parametrize("text", [
    "县人大常委会组织代表视察了县人民医院建设情况，在县卫健局协助医院完成整改后，代表们表示满意。",
    "縣人大常委會組織代表視察了縣人民醫院建設情況，在縣衛健局協助醫院完成整改後，代表們表示滿意。",
    "县人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查，在县市场监管局配合企业自查期间，检查组抽查了台账。",
])
def test_zai_opens_helpers_only_in_the_under_construction(facts_of, text: str) -> None:
    """在 before organs and a helping word with no 下 after it (在县卫健局协助医院完成整改后) tells a time or a place, not
    who went along: the work before it is assisted by no one (round 47's review; 在…陪同下 stays: conductors round 47)."""
    acts = facts_of(text, organ=_TONGCHENG).activities
    assert acts and all(not a.assisted_by for a in acts)


def test_zai_with_under_still_opens_helpers(facts_of) -> None:
    text = "县人大常委会副主任某某带领部分代表，在县卫健局负责同志陪同下，对县人民医院建设情况进行视察。"
    work = next(a for a in facts_of(text, organ=_TONGCHENG).activities if a.type == "site_visit")
    assert work.assisted_by == ["通城县卫生健康局"]
