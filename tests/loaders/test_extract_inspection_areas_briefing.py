"""Round 47, newuser33 A5: areas counted as briefing an inspection (听取两市贯彻实施…情况汇报) are the areas of that
level it named before, when as many: their governments are overseen, as a government named briefing it is
(:mod:`loaders.extract.inspection_briefers`; the genre README: a body that briefs an inspection is overseen)."""
from __future__ import annotations

import pytest

HUNAN = "湖南省人民代表大会常务委员会"
CHANGDE = "常德市人民代表大会常务委员会"


def _inspection(facts):
    return next(a for a in facts.activities if a.type == "law_enforcement_inspection")


@pytest.mark.parametrize(("text", "organ", "overseen"), [
    ("省人大常委会执法检查组先后到益阳市、株洲市开展大气污染防治法执法检查，并召开执法检查汇报会，听取两市贯彻实施大气污染防治法情况汇报。",
     HUNAN, ["益阳市人民政府", "株洲市人民政府"]),
    ("省人大常委會執法檢查組赴常德市、岳陽市、懷化市開展水污染防治法執法檢查，分別聽取了三市政府的工作匯報。",
     HUNAN, ["常德市人民政府", "岳阳市人民政府", "怀化市人民政府"]),
    ("市人大常委会执法检查组深入汉寿县、桃源县开展食品安全法执法检查，听取两县食品安全工作情况汇报。",
     CHANGDE, ["汉寿县人民政府", "桃源县人民政府"]),
    ("市人大常委會執法檢查組深入漢壽縣、桃源縣開展食品安全法執法檢查，聽取了兩個縣的貫徹實施情況匯報。",
     CHANGDE, ["汉寿县人民政府", "桃源县人民政府"]),
])
def test_areas_counted_as_briefing_an_inspection_are_overseen(facts_of, text: str, organ: str, overseen: list[str]) -> None:
    assert _inspection(facts_of(text, organ)).overseen == overseen


@pytest.mark.parametrize("text", [
    # three cities named, two counted: which two is not told
    "省人大常委会执法检查组先后到益阳市、株洲市、湘潭市开展大气污染防治法执法检查，听取两市贯彻实施情况汇报。",
    # no area named before the count
    "省人大常委会开展大气污染防治法执法检查，听取两市贯彻实施情况汇报。",
])
def test_a_count_naming_no_areas_for_certain_oversees_none(facts_of, text: str) -> None:
    assert _inspection(facts_of(text, HUNAN)).overseen == []
