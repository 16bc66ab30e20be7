"""Deputies' precision (round 29, readable dev's false deputies): a count given to each of several or to each one
(每一位代表, 各推选1名代表, 各安排2-3名镇人大代表) is no group; the representatives of cadres (老干部代表, 机关干部代表)
are no deputies, nor are seats vacant (出缺代表1名); a group's words never cross an opening quote
(部分群众共同开展了“人大代表驻站工作日”); a person elected to an office of the congress (选举X为…人民代表大会常务委员会副主任) is no deputy named, while one elected a deputy of
it (当选为…人民代表大会代表) is.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

TOWN = "兴化市安丰镇人民代表大会"
CITY = "西宁市人民代表大会常务委员会"


def entries(facts) -> list[tuple[str | None, int | None]]:
    """Each deputy entry's name and count, in text order."""
    return [(d.name, d.count) for d in facts.deputies]


@pytest.mark.parametrize(
    "text",
    [
        "镇人大主席团决定，每一位代表要积极发挥作用。",
        "確保大會順利召開，讓每一位代表高高興興參會。",
        "镇人大组织召开督办会，由5个代表团各推选1名代表作中心发言。",
        "每个代表小组各安排2-3名镇人大代表向原选区选民报告履职情况。",
        "各代表小组各选派2名代表参加培训。",
    ],
)
def test_a_count_given_to_each_is_no_group(facts_of, text):
    assert entries(facts_of(text, TOWN)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来自全镇各行各业的125名镇人大代表参加了视察。", [(None, 125)]),  # (出席了会议: a present count, round 47 ruling 1)
        ("镇人大组织3名代表开展视察。", [(None, 3)]),
        ("全镇5个代表小组共推选12名代表参加。", [(None, 12)]),
    ],
)
def test_a_group_counted_whole_stays(facts_of, text, expected):
    assert entries(facts_of(text, TOWN)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全体镇机关干部、老干部代表、各村居单位负责人列席会议。",
        "部分机关干部代表参加了座谈。",
        "政协委员和部分群众共同开展了“人大代表驻站工作日”活动。",
        "部分群眾共同開展了“人大代表進社區”活動。",
    ],
)
def test_no_deputies_in_cadres_representatives_or_across_a_quote(facts_of, text):
    assert entries(facts_of(text, TOWN)) == []


@pytest.mark.parametrize(
    "text",
    [
        "大会应选代表名额552名，现有代表551名，出缺代表1名。",
        "現有代表551名，出缺代表1名。",
        "本届代表中缺额代表1名，将依法补选。",
    ],
)
def test_seats_vacant_are_no_deputies(facts_of, text):
    assert 1 not in [count for _, count in entries(facts_of(text, TOWN))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全体人大代表列席会议。", [(None, None)]),
        ("部分人大代表参加了座谈。", [(None, None)]),
    ],
)
def test_a_group_of_deputies_stays(facts_of, text, expected):
    assert entries(facts_of(text, TOWN)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("选举汪彦明为西宁市第十五届人民代表大会常务委员会副主任。", []),
        ("選舉王智為西寧市第十五屆人民代表大會常務委員會主任。", []),
        ("补选李红为西宁市第十五届人民代表大会代表。", [("李红", None)]),
        ("王明当选为西宁市人大代表。", [("王明", None)]),
    ],
)
def test_elected_to_an_office_is_no_deputy(facts_of, text, expected):
    assert entries(facts_of(text, CITY)) == expected
