"""A check that names no law and no law's implementation is no law-enforcement inspection: an inspection names the
law it inspects, and a group checking a programme is `other` (round 23 part c 4; readable dev z51)."""
from __future__ import annotations

import pytest

CITY = "某某市人民代表大会常务委员会"


def _kinds(facts) -> list[str]:
    return [a.type for a in facts.activities]


@pytest.mark.parametrize("text", [
    "市人大常委会副主任张桂荣带领检查组，对我市养老服务体系建设情况进行检查。",
    "市人大常委會副主任張桂榮帶領檢查組，對我市養老服務體系建設情況進行檢查。",
    "常委会组成人员对全市重点项目推进情况进行了检查。",
])
def test_a_programme_checked_is_other(facts_of, text: str) -> None:
    assert _kinds(facts_of(text, CITY)) == ["other"]


@pytest.mark.parametrize("text", [
    "常委会对《中华人民共和国安全生产法》实施情况进行了检查。",
    "常委会对我市食品安全法律法规实施情况进行了检查。",
    "常委会对全市贯彻实施野生动物保护法情况进行了检查。",
    "常委会组织开展执法检查。",
])
def test_a_check_of_laws_stays_an_inspection(facts_of, text: str) -> None:
    assert _kinds(facts_of(text, CITY)) == ["law_enforcement_inspection"]


def test_counted_inspections_stay_inspections(facts_of) -> None:
    facts = facts_of("全年共开展执法检查4项。", CITY)
    assert [(a.type, a.count) for a in facts.activities] == [("law_enforcement_inspection", 4)]
