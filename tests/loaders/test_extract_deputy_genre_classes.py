"""Deputy classes of the genre (round 19). Named deputies listed before 等 and a count (王明、李红等6位代表): each name
a deputy and the count one group, as round 13 ruled for 三名代表…等15位同志; one name before the count stays one entry
(王瑛等12名代表: left open). The part of the deputies whose credentials a report's title names (《关于个别代表资格的
报告》): a group, as README round 13 ruled.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

DISTRICT = "上海市黄浦区人民代表大会常务委员会"


def entries(facts) -> list[tuple[str | None, int | None]]:
    """Each deputy entry's name and count, in text order."""
    return [(d.name, d.count) for d in facts.deputies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("活动中，王红霞、高莉莉、李苗等6位代表分别向区长提问。",
         [("王红霞", None), ("高莉莉", None), ("李苗", None), (None, 6)]),
        ("曹晖、丁敏洁、郭丽等8名區人大代表參加視察。", [("曹晖", None), ("丁敏洁", None), ("郭丽", None), (None, 8)]),
        ("会议接受了曾常辉、徐世菊、文全善等十五名同志辞去县人大代表职务的请求，周明、李强等3名市人大代表列席。",
         [("周明", None), ("李强", None), (None, 3)]),
    ],
)
def test_names_listed_before_a_count_are_names_and_one_counted_group(facts_of, text, expected):
    found = entries(facts_of(text, DISTRICT))
    assert all(e in found for e in expected)
    assert not any(name and count for name, count in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本次安排了李永维等6名县镇人大代表述职。", [("李永维", 6)]),
        ("由龙建播代表等25名市人大代表联名提出议案。", [("龙建播", None), (None, 25)]),
    ],
)
def test_one_name_before_a_count_is_read_as_before(facts_of, text, expected):
    assert entries(facts_of(text, DISTRICT)) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("会议表决了代表资格审查委员会《关于个别代表资格的报告》。", "个别代表"),
        ("会议审议了《丽水市第五届人民代表大会个别代表资格变动情况报告》。", "个别代表"),
        ("會議審議了《麗水市第五屆人民代表大會個別代表資格變動情況報告》。", "個別代表"),
        ("代表資格審查委員會《關于部分代表的代表資格的報告》和相關人事任免事項。", "部分代表"),
        ("听取了关于个别代表资格终止的报告。", "个别代表"),
    ],
)
def test_the_part_whose_credentials_a_title_names_is_a_group(facts_of, text, mention):
    assert [d.mention for d in facts_of(text, DISTRICT).deputies] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "会议审议了《部分代表履职情况报告》。",  # a title on their work, not their credentials
        "会议审议了《关于市七届人大代表资格的报告》。",  # a level's credentials: no group
        "会议通过了《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》。",
    ],
)
def test_other_titles_name_no_group(facts_of, text):
    assert facts_of(text, DISTRICT).deputies == []


TOWN = "东莞市道滘镇人民代表大会主席团"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present count written with 代表 and equal to the expected one (the seats: round 34 ruling 2): a statistic
        # only, no group (round 46 ruling 1)
        ("大会应到代表60名，实到代表60名，符合法定人数。", []),
        ("大會應到代表89 名，實到代表89名，符合法定人數。", []),  # a space before 名
        ("会议应到代表60人，因事因病请假2人，实到代表58人。", []),
        ("摘要：大会应到代表85名，实到代表68名。\n大会应到代表85名，实到代表68名，符合法定程序。", []),
    ],
)
def test_a_sessions_present_count_is_no_group(facts_of, text, expected):
    assert entries(facts_of(text, TOWN)) == expected


def test_the_absent_and_a_committees_members_present_are_no_deputies(facts_of):
    text = "会议应到组成人员61人，实到57人，请假4人。"
    assert entries(facts_of(text, TOWN)) == []


@pytest.mark.parametrize(
    "text",
    [
        "数十名代表参加了视察。",
        "幾十位代表參加了視察。",
        "成百上千名代表参与其中。",
        "开展“千名代表调研视察千项工程行动”集中调研视察活动。",
        "启动“百名代表进百企”活动。",
    ],
)
def test_a_vague_number_or_a_slogans_round_number_counts_no_one(facts_of, text):
    assert facts_of(text, DISTRICT).deputies == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上百名县人大代表参加。", [("县人大代表", None)]),  # the deputies of a level, uncounted
        ("会上三十名代表发言。", [("三十名代表", 30)]),  # 上 ending 会上, not 上百
        ("一百名代表参加了培训。", [("一百名代表", 100)]),
        ("十余名县人大代表参加。", [("十余名县人大代表", 10)]),
        ("近百名代表参加了视察。", [("百名代表", 100)]),  # about a hundred
    ],
)
def test_a_counted_group_beside_vague_numbers(facts_of, text, expected):
    assert [(d.mention, d.count) for d in facts_of(text, "平山县人民代表大会常务委员会").deputies] == expected


COUNTY = "平山县人民代表大会常务委员会"


def names(facts) -> list[str]:
    """The named deputies' names, in text order."""
    return [d.name for d in facts.deputies if d.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # compound surnames
        ("人大代表欧阳明华表示，要加强监督。", ["欧阳明华"]),
        ("市人大代表司马光说，建议已经办结。", ["司马光"]),
        ("歐陽明華代表在發言中說，要加強監督。", ["欧阳明华"]),
        # a name and 代表 then 兼, or after 其中
        ("其中王洪志代表兼任市区两级人大代表。", ["王洪志"]),
        # the role in brackets after the name
        ("王明（市人大代表）表示，要加强监督。", ["王明"]),
        ("会上，李红(全国人大代表、某公司董事长)发言。", ["李红"]),
        ("關於王明（縣人大代表）的建議", ["王明"]),
        # names before a count with no 等
        ("王明、李红两位代表提出建议。", ["王明", "李红"]),
        ("张伟、李强、赵敏3名县人大代表参加视察。", ["张伟", "李强", "赵敏"]),
    ],
)
def test_named_deputies_of_the_genres_other_phrasings(facts_of, text, expected):
    assert names(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "王明（县人大常委会主任）主持会议。",  # an officer, no deputy
        "王明（负责人大代表建议办理）介绍了情况。",  # deputies' suggestions, not a role
        "邀请王明（县政协委员）参加。",
        "座谈会由王明、李红两位副主任主持。",  # a count of officers
        "人大代表纷纷表示，要加强监督。",  # no name after the role
    ],
)
def test_no_name_where_the_words_name_no_deputy(facts_of, text):
    assert names(facts_of(text, COUNTY)) == []
