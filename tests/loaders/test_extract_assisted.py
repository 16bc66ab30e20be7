"""Inspections another congress body conducted with the report's organ's help, said once anywhere in the report
(a fresh user's study 5, F8: a county credited with its city's inspection)."""
from __future__ import annotations

import pytest

_COUNTY = "嵩县人民代表大会常务委员会"
_CITY = "洛阳市人民代表大会常务委员会"
_LAW = "中华人民共和国食品安全法"


def _inspections(facts) -> list[tuple[str | None, list[str]]]:
    """(conducted_by, jointly_with) of each inspection."""
    return [(a.conducted_by, a.jointly_with) for a in facts.activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    "嵩县召开配合市人大常委会检查《中华人民共和国食品安全法》贯彻实施情况动员会\n"
    "8月31日，嵩县人大常委会召开贯彻执行《中华人民共和国食品安全法》检查动员会。",
    "嵩縣召開配合市人大常委會檢查《中華人民共和國食品安全法》貫徹實施情況動員會\n"
    "8月31日，嵩縣人大常委會召開貫徹執行《中華人民共和國食品安全法》檢查動員會。",
    "县人大常委会协助市人大常委会执法检查组检查《中华人民共和国食品安全法》实施情况。",
    "为做好协助市人大常委会对《中华人民共和国食品安全法》执法检查的准备，县人大常委会召开《中华人民共和国食品安全法》执法检查动员会。",
])
def test_an_inspection_the_county_helped_the_city_with_is_the_city_s(facts_of, text: str) -> None:
    found = _inspections(facts_of(text, organ=_COUNTY))
    assert found and all(by.startswith(_CITY) and jointly == [_COUNTY] for by, jointly in found)


@pytest.mark.parametrize("text", [
    # done with the city: the county's own work, the city its partner
    "县人大常委会配合市人大常委会开展《中华人民共和国食品安全法》执法检查。",
    # the help is for another law's inspection
    "县人大常委会配合市人大常委会检查《中华人民共和国森林法》实施情况。县人大常委会开展《中华人民共和国食品安全法》执法检查。",
    # the county's own group, helped by its departments
    "县人大常委会执法检查组在县市场监管局配合下检查了《中华人民共和国食品安全法》实施情况。",
])
def test_the_county_s_own_inspection_stays_its_own(facts_of, text: str) -> None:
    found = [a.conducted_by for a in facts_of(text, organ=_COUNTY).activities
             if a.type == "law_enforcement_inspection" and _LAW in a.laws]
    assert found and all(by is None or by.startswith(_COUNTY) for by in found)
