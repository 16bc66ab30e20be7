"""Organ classes of round 43 (genre README "## Round 43"), each with phrasings written for this test.

The provincial standing committees named as a set, counted (23个省区市人大常委会) or as the others (其他省区市人大常委会),
are the one set entry 各省、自治区、直辖市人民代表大会常务委员会, as some of a set is the set (round 42 ruling 1).
"""
from __future__ import annotations

import pytest
from extract_helpers import organs


NPC = "全国人民代表大会常务委员会"
PROVINCIAL_SET = "各省、自治区、直辖市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("同时委托16个省区市人大常委会在本行政区域内开展检查。", NPC),
        ("委托27个省(区、市)人大常委会同步进行检查。", NPC),
        ("并请其他省区市人大常委会结合实际开展工作。", NPC),
        ("全国各省、自治区、直辖市人大常委会负责同志参加培训。", NPC),
        ("来自十二个省、自治区、直辖市人民代表大会常务委员会的同志交流了经验。", "湖南省人民代表大会常务委员会"),
        ("委托9個省區市人大常委會開展檢查。", NPC),
    ],
)
def test_the_provincial_standing_committees_counted_or_others_are_their_set(facts_of, text, organ):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert PROVINCIAL_SET in found
    assert NPC not in found


def test_provinces_listed_before_their_count_are_each_their_own(facts_of):
    found = {c for _, c in organs(facts_of("同时委托上海、江苏、广西3个省区市人大常委会开展检查。", NPC))}
    assert {"上海市人民代表大会常务委员会", "江苏省人民代表大会常务委员会"} <= found
    assert PROVINCIAL_SET not in found
