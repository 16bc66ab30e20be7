"""Organ classes of round 30, from the misses of readable dev (the af-odd files first). A government named through
its leader's deputy title (副省长, 常务副市长, 自治区副主席) is that level's government, as the golds of ab23, ab45,
ad13, ae13, ae27 and af01 give it; a title of a level below the report's names no organ unless the text names one
area of that level.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

PROVINCE = "福建省人民代表大会常务委员会"
CITY = "株洲市人民代表大会常务委员会"
REGION = "广西壮族自治区人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("副省长王某作了关于全省生态环境状况的报告。", PROVINCE, "副省长", "福建省人民政府"),
        ("受省政府委托,副省長李某向會議作了報告。", PROVINCE, "副省長", "福建省人民政府"),
        ("常务副市长张某到会听取意见。", CITY, "常务副市长", "株洲市人民政府"),
        ("会议听取了副市长刘某关于城市管理工作情况的报告。", CITY, "副市长", "株洲市人民政府"),
        ("自治区副主席黄某作了说明。", REGION, "副主席", "广西壮族自治区人民政府"),
    ],
)
def test_a_government_named_through_its_leaders_title(facts_of, text, organ, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, organ))


@pytest.mark.parametrize(
    "text",
    ["各县副县长参加了培训。", "部分副县长列席会议。"],
)
def test_a_lower_levels_leader_in_general_names_no_organ(facts_of, text):
    assert not any(c.endswith("县人民政府") for _, c in organs(facts_of(text, CITY)))


@pytest.mark.parametrize(
    "text",
    ["委员长会议听取了副主席的汇报。", "主席团常务主席主持会议。"],
)
def test_a_chair_outside_a_region_is_no_government(facts_of, text):
    assert not any(c.endswith("人民政府") for _, c in organs(facts_of(text, "全国人民代表大会常务委员会")))
