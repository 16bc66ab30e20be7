"""Deputies under round 34's rulings (benchmarks/genre/README.md, "Round 34"): a count of seats, the deputies a session
is due or a congress has (应到/应出席/实有代表N人), is no group of deputies (ruling 2); nor, since round 46 ruling 1, is
the count present (实到代表N名, 出席代表N人): a statistic only.

Sentences written for this test in the genre's style, simplified and traditional, besides the dev files' own.
"""
from __future__ import annotations

import pytest

COUNTY = "平利县人民代表大会"


def entries(facts) -> list[tuple[str, int | None]]:
    """Each group's (mention, count), in text order."""
    return [(d.mention, d.count) for d in facts.deputies if d.name is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议应到代表80人，实到代表76人，符合法定人数。", []),  # the present count: a statistic only (round 46 ruling 1)
        ("大会应出席的正式代表52名，实到代表48名。", []),
        ("本次大会应到会代表359人，因事因病请假19人，实到340人。", []),
        ("出席会议的应到代表为401名，实到373名，符合法定人数。", []),  # the seats told with 为
        ("大会应出席代表共291名，实到281名。", []),
        ("會議應到代表為89名，實到代表86名。", []),
        ("大會應出席代表197名，實到186名，符合法定人數。", []),
        ("應出席本次大會的省十二屆人大代表共601名。", []),
        ("省十四届人大实有代表628名，目前出席代表605名。", []),
        ("現實有代表551名，出缺代表1名。", []),
        ("第二届人民代表大会共有代表949名，出席开幕大会的代表880人。", []),
        ("本届代表应到60名，实到58名。", []),
    ],
)
def test_a_count_of_seats_is_no_group(facts_of, text, expected):
    assert entries(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("天荒坪镇共有54位镇人大代表，今年是本届镇人大履职的第三年。", 54),
        ("全区共有区级人大代表28名。", 28),
        ("参加本次人大会议人大代表共有307名。", 307),
        ("共有100多人次代表参与常委会的执法检查。", 100),
    ],
)
def test_deputies_counted_after_a_verb_of_having_stay_a_group(facts_of, text, count):
    assert [c for _, c in entries(facts_of(text, COUNTY))] == [count]


# Ruling 8: a qualified group is a group, 全体代表 beside the count of those present too (dev af53, i34, m39, t35).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议应到代表50名，实到代表47名。刘三星号召全体代表要踔厉奋发。", [("全体代表", None)]),  # 47: round 46 ruling 1
        # (the present counts before them none: round 47 ruling 1)
        ("全镇79名正式代表出席会议。全体人大代表还受领了两项特殊任务。", [("全体人大代表", None)]),
        ("46名鎮人大代表出席會議，全體代表以無記名投票的方式依法選舉了副主席。", [("全體代表", None)]),
        ("全镇139名正式代表参加会议，向全体代表的努力表示感谢。", [("139名正式代表", 139), ("全体代表", None)]),
    ],
)
def test_the_whole_of_the_deputies_beside_a_count_is_a_group(facts_of, text, expected):
    assert entries(facts_of(text, COUNTY)) == expected


# Ruling 8: deputies qualified by the fields or places they come from are a group (dev aa33, ae25, p37, w07).
@pytest.mark.parametrize(
    "text",
    [
        "会议期间，来自全市各地、各条战线的市人大代表将依法履行职责。",
        "来自全州各条战线的人大代表肩负着全州人民的重托。",
        "来自各行业、各条战线的人大代表济济一堂。",
        "來自全區各行各業、各條戰線的自治區人大代表肩負人民重託。",
        "全镇各界人大代表汇聚一堂，共商发展大计。",
    ],
)
def test_deputies_qualified_by_where_they_come_from_are_a_group(facts_of, text):
    assert [count for _, count in entries(facts_of(text, COUNTY))] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("邀请人大代表、社会各界代表和被评议部门参加会议。", []),  # society's representatives, no congress named
        ("来自全镇各行各业的125名镇人大代表参加了视察。", [("125名镇人大代表", 125)]),  # the counted group alone
    ],
)
def test_representatives_of_fields_without_their_congress_or_counted_are_no_second_group(facts_of, text, expected):
    assert entries(facts_of(text, COUNTY)) == expected


# Ruling 7: deputies counted per mention: two groups joined by a conjunction are two entries, whatever the report counts
# (dev ag03, m05); one mention of several levels (部分全国、省、市人大代表) is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("统一安排代表344人次参加视察。组织部分全国人大代表和自治区人大代表集中视察平陆运河建设情况。",
         ["代表344人次", "部分全国人大代表", "自治区人大代表"]),
        ("实到代表58人。组织部分全国人大代表、省人大代表开展专题调研。", ["部分全国人大代表", "省人大代表"]),
        ("實到代表58人。組織部分全國人大代表及省人大代表開展視察。", ["部分全國人大代表", "省人大代表"]),
        ("实到代表58人。组织部分全国、省、市人大代表开展视察。", ["部分全国、省、市人大代表"]),
    ],
)
def test_groups_joined_by_a_conjunction_are_one_entry_each(facts_of, text, expected):
    assert [m for m, _ in entries(facts_of(text, "广西壮族自治区人民代表大会常务委员会"))] == expected


# A meeting the deputies hold (全体代表会议, 代表会议) is a sitting, no group of deputies (dev l37); the deputies at it stay.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在镇第十七届人民代表大会第十二次会议第二次全体代表会议上，依法票决了民生实事项目。", []),
        ("在鎮人民代表大會第二次全體代表會議上，依法票決了民生實事項目。", []),
        ("街道召开居民议事会暨部分人大代表会议。", []),
        ("全体代表出席会议并投票表决。", [("全体代表", None)]),
    ],
)
def test_a_meeting_of_deputies_is_no_group(facts_of, text, expected):
    assert entries(facts_of(text, COUNTY)) == expected
