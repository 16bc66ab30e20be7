"""A delegation named by its place is a group of deputies (genre README round 45 ruling 3): an entry as written where it
acts in the text; a set (各代表团), a count (8个代表团), a delegation before its deputies counted (one entry, the count's)
and a delegation as a thing's attribute are none. (Round 46 ruling 7 made numbered delegations and one deliberating
where a leader spoke entries: test_extract_deputy_delegations_round46.py.) Phrasings written for these tests, in either
script, read by the extractor as a report's text is."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _mentions(text: str) -> list[str]:
    doc = Document(text=text, source="t.txt", metadata={"organ": "某省人民代表大会常务委员会", "year": "2024"})
    return [d.mention for d in extract(doc).deputies]


NAMED = [
    ("大会期间，绵阳代表团共向大会提交议案5件。", "绵阳代表团"),
    ("大會期間，綿陽代表團共向大會提交議案5件。", "綿陽代表團"),
    ("县人大常委会组织宜章县代表团开展集中视察活动。", "宜章县代表团"),
    ("解放军代表团认真审议了政府工作报告。", "解放军代表团"),
    ("县人大常委会主任参加城关镇代表团审议政府工作报告。", "城关镇代表团"),
]


@pytest.mark.parametrize(("text", "mention"), NAMED)
def test_a_delegation_named_by_its_place_is_a_group(text: str, mention: str) -> None:
    assert _mentions(text).count(mention) == 1


def test_a_delegation_named_again_is_one_entry() -> None:
    mentions = _mentions("会议期间，绵阳代表团分组审议了报告。绵阳代表团还提出了建议。")
    assert mentions.count("绵阳代表团") == 1


NONE = [
    "各代表团分组审议了计划报告。",  # a set
    "本次会议共设8个代表团。",
    "做好出席全国人代会广西代表团相关准备工作。",  # the delegation's preparations
    "听取关于全国人大会议云南代表团筹备工作情况的汇报。",
]


@pytest.mark.parametrize("text", NONE)
def test_no_delegation_group_where_none_acts(text: str) -> None:
    assert not any("代表团" in m for m in _mentions(text))


def test_a_delegation_before_its_deputies_counted_is_the_count() -> None:
    mentions = _mentions("岳阳代表团52名省人大代表出席会议。会后，岳阳代表团进行了讨论。")
    assert "岳阳代表团" not in mentions and any("52名" in m for m in mentions)
