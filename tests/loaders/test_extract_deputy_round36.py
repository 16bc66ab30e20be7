"""Deputies (round 36, readable dev's missed deputies, the al-, ak-, aj- and ai-odd files first).

- Deputies named by the place they are stationed in or live in, 驻 and the place (驻村人大代表, 驻站人大代表, 驻株全国人大代表,
  驻区市人大代表: dev al59, g38, ae21, f18), are a group; an area whose name opens with 驻 (驻马店市) is no such place.
- Deputies named as every one of a place's (所有镇人大代表, 铜石镇所有人大代表, 各村人大代表: dev al53, v35, al59) are a
  group; 所有 before representatives of no congress (所有领衔代表, 所有参与代表: dev h38, y59) is none.
- A group named by its levels or term before 履职 (十四届全国人大代表履职的第一年, 全区五级人大代表履职学习: dev ab11, ak05)
  is that group at its own work; bare or grassroots 人大代表履职 and the honour 履职积极分子 (dev ai23, i17) name none.
- Officials named with their posts who take part as ordinary deputies (县委书记李淑侠、…副主任杨文民以普通代表身份参加视察;
  区委常委、政法委书记暴剑，区法院院长龚浩鸣以普通代表身份…: dev ah43, ak55) are named deputies, each.

Sentences written for this test in the genre's style, simplified and traditional, besides the dev files' own.
"""
from __future__ import annotations

import pytest

TOWN = "大榆树镇人民代表大会"


def mentions(facts) -> list[str]:
    """Each deputy entry's mention, in text order."""
    return [d.mention for d in facts.deputies]


def names(facts) -> list[str | None]:
    """Each deputy entry's name, in text order."""
    return [d.name for d in facts.deputies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("驻村人大代表不但搞好自家的环境卫生，还积极参加村集体卫生清理活动。", ["驻村人大代表"]),
        ("镇人大邀请驻站人大代表参加座谈。", ["驻站人大代表"]),
        ("会议听取了关于驻株全国人大代表提出议案、建议情况的汇报。", ["驻株全国人大代表"]),
        ("組織常委會組成人員和駐區市人大代表對城市更新工作進行視察。", ["駐區市人大代表"]),
        ("驻马店市人大代表赴正阳县开展集中视察。", ["市人大代表"]),
    ],
)
def test_deputies_named_by_where_they_are_stationed(facts_of, text, expected):
    assert mentions(facts_of(text, TOWN)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇人大主席团就要求所有镇人大代表进村入户开展走访。", ["所有镇人大代表"]),
        ("此事牽動著銅石鎮所有人大代表的心。", ["所有人大代表"]),
        ("各村人大代表积极响应镇人大号召，带头搞好自家房前屋后卫生。", ["各村人大代表"]),
        ("督办清单下发至所有领衔代表。", []),
        ("所有参与代表以步行开始，从镇政府出发。", []),
    ],
)
def test_deputies_named_as_every_one_of_a_place(facts_of, text, expected):
    assert mentions(facts_of(text, TOWN)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人大代表对我县进行年末集中视察，县委书记李淑侠、县人大常委会主任张兴涛、副主任杨文民以普通代表身份参加视察活动。",
         [None, "李淑侠", "张兴涛", "杨文民"]),
        ("区委常委、政法委书记暴剑，区法院院长龚浩鸣以普通代表身份在所在街乡参加活动。", ["暴剑", "龚浩鸣"]),
        ("鎮黨委書記王建國以普通人大代表的身份參加小組審議。", ["王建国"]),
        ("常委会副主任张克斌出席，县长孙雪华以普通代表身份参加。", ["孙雪华"]),
    ],
)
def test_officials_taking_part_as_ordinary_deputies(facts_of, text, expected):
    assert names(facts_of(text, TOWN)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年是十四屆全國人大代表履職的第一年。", ["全國人大代表"]),
        ("開展全區五級人大代表履職學習和專題培訓17次。", ["全區五級人大代表"]),
        ("组织全市各级人大代表履职培训。", ["全市各级人大代表"]),
        ("为进一步激发基层人大代表履职热情，镇人大开展评比。", []),
        ("表彰2022年度市人大代表履职积极分子。", []),
        ("进一步激发人大代表履职热情。", []),
        ("各级媒体宣传报道代表履职的先进事迹。", []),
    ],
)
def test_a_group_named_by_its_levels_before_its_own_work(facts_of, text, expected):
    assert mentions(facts_of(text, TOWN)) == expected
