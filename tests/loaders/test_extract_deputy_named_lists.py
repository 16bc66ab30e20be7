"""Named deputies listed before 等 and a count (王明、李红等6位代表): each name a deputy and the count one group, as
round 13 ruled for 三名代表…等15位同志; one name before the count stays one entry (王瑛等12名代表: left open).

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
