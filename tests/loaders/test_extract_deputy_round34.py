"""Deputies (round 34, readable dev's false deputies, the aj-odd files first): the congresses of every level, or their
standing committees or offices, joined to deputies (各级人大和人大代表, 各级人大常委会和人大代表, 各级人大机关和人大代表)
are the congresses and deputies in general: the level word qualifies the congresses, and no group of deputies is named
(dev aa31, ac11, ag25, ai03). A level group naming the deputies themselves stays. A group of two levels or more named
again with its levels written otherwise (部分省市代表 in a headline, 部分省、市人大代表 in its story; 区镇两级人大代表 …
部分区、镇人大代表) is the group named before (dev m19, y59, n32); a group of every level (全市各级人大代表) stays apart.

Sentences written for this test in the genre's style, simplified and traditional, besides the dev files' own.
"""
from __future__ import annotations

import pytest

PROVINCE = "浙江省人民代表大会常务委员会"


def mentions(facts) -> list[str]:
    """Each deputy entry's mention, in text order."""
    return [d.mention for d in facts.deputies]


@pytest.mark.parametrize(
    "text",
    [
        "组织发动全省各级人大和人大代表同步开展剿灭劣Ⅴ类水工作。",
        "各级人大常委会和人大代表，要深入学习贯彻会议精神。",
        "相关部门单位密切配合，各级人大机关和人大代表积极参与。",
        "發揮各級人大和人大代表的作用，積極探索治理新模式。",
        "全市各级人大常委会及人大代表要主动作为。",
        "五级人大与人大代表联动开展监督。",
    ],
)
def test_the_congresses_joined_to_deputies_name_no_group(facts_of, text):
    assert mentions(facts_of(text, PROVINCE)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省各级人大代表积极参与监督。", ["全省各级人大代表"]),
        ("组织省市县乡四级人大代表开展集中视察。", ["省市县乡四级人大代表"]),
        # (joined to the masses, 全縣各級人大代表和人民群眾, they are deputies in general: round 51, test_round51_deputies.py)
        ("全縣各級人大代表積極參與監督。", ["全縣各級人大代表"]),
    ],
)
def test_a_level_group_of_deputies_stays(facts_of, text, expected):
    assert mentions(facts_of(text, PROVINCE)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("部分省市代表视察民生实事\n市人大常委会组织部分省、市人大代表开展集中视察。", 1),
        ("区镇两级人大代表视察重点工作\n镇人大主席团组织部分区、镇人大代表进行视察。", 1),
        ("市县两级人大代表调研乡村振兴\n40多名市、县两级人大代表参加调研。", 1),
        ("部分縣鄉人大代表視察項目\n鎮人大組織部分縣、鄉兩級人大代表開展視察。", 1),
        ("全市各级人大代表积极履职。\n市人大常委会组织部分市、区人大代表开展视察。", 2),
    ],
)
def test_a_group_of_the_same_levels_named_again_is_one(facts_of, text, expected):
    assert len(mentions(facts_of(text, PROVINCE))) == expected
