"""Deputies named as the news lists them, each after their jobs, comma-separated, the list closed by a name and 等…代表
(round 30, readable dev af27): every name of the list is a named deputy, the first item may open with a conjunction
(以及…), and a name right after 主任 keeps its own characters (主任马华: 任 ends the job); so does a name after any
job whose last character opens a surname (round 31, readable dev ag45: 副县长孙雪华 names 孙雪华, 长孙 being no compound
surname there; a name of two characters keeps its first). A list whose items are no job
and a name, or a role joined to the next person by a conjunction, names no one else.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

CITY = "绵阳市人民代表大会常务委员会"
COUNTY = "安吉县人民代表大会常务委员会"


def names(facts) -> list[str]:
    """The name of each named deputy, in text order."""
    return [d.name for d in facts.deputies if d.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人大常委会主任马华等全国人大代表，以及省人大常委会委员、省作协副主席侯志明，市委常委、组织部部长岳勇，"
         "西南科技大学党委书记陈永灿等省人大代表参加视察。", ["马华", "侯志明", "岳勇", "陈永灿"]),
        ("县委副书记王建国，县人民医院院长李红梅，城关镇党委书记赵志强等市人大代表参加集中视察。", ["王建国", "李红梅", "赵志强"]),
        ("市婦聯主席張麗，市第一中學校長劉偉等省人大代表參加調研。", ["张丽", "刘伟"]),  # names as the rules read them
    ],
)
def test_people_listed_after_their_jobs_are_named_deputies(facts_of, text, expected):
    assert names(facts_of(text, CITY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the items before the closing one are no job and a name; a group listed before the name
        ("部分企业负责人，社区群众，县人民医院院长李红梅等市人大代表参加座谈。", ["李红梅"]),
        ("市人大常委会组成人员，部分市人大代表，县人民医院院长李红梅等人参加视察。", []),
    ],
)
def test_a_list_of_no_jobs_and_names_names_no_one_else(facts_of, text, expected):
    assert names(facts_of(text, CITY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("副县长孙雪华等代表参加视察。", "孙雪华"),
        ("镇长孙立新等县人大代表参加了调研。", "孙立新"),
        ("市农业农村局局长孙建国等市人大代表参加座谈。", "孙建国"),
        ("縣人民醫院院長孫麗萍等人大代表參加視察。", "孙丽萍"),
        ("市人大常委会副主任马华等全国人大代表参加视察。", "马华"),
    ],
)
def test_a_jobs_last_character_is_no_surname(facts_of, text, expected):
    assert names(facts_of(text, COUNTY)) == [expected]
