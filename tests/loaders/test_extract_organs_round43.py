"""Organ classes of round 43 (genre README "## Round 43"), each with phrasings written for this test.

Ruling 6: the special and the working committees written as two sets (专委、工委) are two set entries, the congress's
special committees and its standing committee's working bodies; written as one word (各专工委, 专(工)委, 各工专委, 各专工委室)
they are the one set the shared corpus gives them (ruling 6 amended, round 43's second pass).

The provincial standing committees named as a set, counted (23个省区市人大常委会) or as the others (其他省区市人大常委会),
are the one set entry 各省、自治区、直辖市人民代表大会常务委员会, as some of a set is the set (round 42 ruling 1).

Ruling 2: a township's office named bare by its short name after the level word or the township's name (镇分类办,
航头镇河长办) is an entry as written under its township; words ending in a verb of handling (督办, 侦办) are none.
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

CITY = "合肥市人民代表大会常务委员会"
COUNTY = "德清县人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "organ", "congress"),
    [
        ("会后，各专委、工委分别制定了跟踪监督方案。", COUNTY, "德清县人民代表大会"),
        ("由县人大专委、工委牵头，分组开展调研。", COUNTY, "德清县人民代表大会"),
        # another level's, named right before them
        ("省人大专委、工委负责同志到我县调研。", "德清县人民代表大会常务委员会（浙江省湖州市）", "浙江省人民代表大会"),
    ],
)
def test_special_and_working_committees_written_as_two_sets_are_two_entries(facts_of, text, organ, congress):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert {f"{congress}各专门委员会", f"{congress}常务委员会各工作机构"} <= found
    assert not any(c and c.endswith("各专门（工作）委员会") for c in found)


def test_some_of_the_two_sets_keep_their_qualifier(facts_of):
    # round 48's fix-up answers 4 and 8 (aligned at round 49's start): 有关专委和工委 names some of each, as written
    found = {c for _, c in organs(facts_of("常委会有关专委和工委要加强督办。", CITY))}
    assert {"合肥市人民代表大会有关专门委员会", "合肥市人民代表大会常务委员会有关工作委员会"} <= found
    assert not any(c.endswith(("各专门委员会", "各工作机构")) for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "各专工委分别牵头开展调研。",
        "由县人大专工委负责跟踪督办。",
        # ruling 6 amended: every one-word form, bracketed, reversed or with 室, in both scripts
        "各工专委围绕年度重点工作开展视察。",
        "各工專委要進一步梳理年度重點工作。",
        "县人大专(工)委主任委员（主任）出席会议。",
        "会同其他专（工）委积极开展调研。",
        "各專工委室主任（主任委員）出席會議。",
        "在县人大常委会领导下，各专门(工作)委员会认真履职。",
    ],
)
def test_the_bare_joined_set_stays_one_entry(facts_of, text):
    found = {c for _, c in organs(facts_of(text, COUNTY))}
    assert "德清县人民代表大会常务委员会各专门（工作）委员会" in found
    assert "德清县人民代表大会各专门委员会" not in found
    assert "德清县人民代表大会常务委员会各工作机构" not in found


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


TOWN = "航头镇人民代表大会（浙江省杭州市建德市）"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("部分代表及镇分类办开展垃圾分类专项督查。", "建德市航头镇分类办"),
        ("下一步，航头镇河长办将持续开展巡河。", "建德市航头镇河长办"),
        ("镇食安办负责同志汇报了食品安全工作。", "建德市航头镇食安办"),
        ("鎮交通辦負責人作了匯報。", "建德市航头镇交通办"),
    ],
)
def test_a_townships_office_named_bare_is_an_entry_as_written(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, TOWN))}


@pytest.mark.parametrize(
    "text",
    [
        "镇重点督办的事项全部办结。",  # a verb of handling
        "今年镇共侦办案件6起。",
        "镇举办了培训班。",
        "城关镇分类办负责人参加。",  # another township's
        "各乡镇分类办负责人参加培训。",  # every township's
    ],
)
def test_words_ending_in_ban_that_are_no_office_of_the_township(facts_of, text):
    assert not any(c and c.startswith("建德市航头镇") and c.endswith("办") for _, c in organs(facts_of(text, TOWN)))
