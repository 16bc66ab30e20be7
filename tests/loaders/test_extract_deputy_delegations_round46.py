"""Delegations by round 46's ruling 7 (genre README "## Round 46"): a delegation told doing something is an entry, also
in quoted national news (习近平总书记参加…代表团审议时的讲话: the delegation deliberates); a numbered delegation is named as a
place-named one is (第二代表团); delegations named one by one with counts of their suggestions are an entry each, while
one before its deputies' count stays that counted group's words; a place whose name opens with a numeral's character
(四川, 三河, 万州) names its delegation. Phrasings written for these tests, in either script."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _mentions(text: str, organ: str = "某省人民代表大会常务委员会") -> list[str]:
    doc = Document(text=text, source="t.txt", metadata={"organ": organ, "year": "2024"})
    return [d.mention for d in extract(doc).deputies]


ACTING = [
    ("深入学习贯彻习近平总书记参加十四届全国人大一次会议江苏代表团审议时的重要讲话精神。", "江苏代表团"),
    ("认真落实习近平总书记在参加广东代表团审议时的讲话要求。", "广东代表团"),
    ("為落實習近平總書記參加河南代表團審議時的講話精神，街道組織代表開展活動。", "河南代表團"),
    ("大会第二代表团认真审议了政府工作报告。", "第二代表团"),
    ("第12代表团的代表们围绕乡村振兴提出了建议。", "第12代表团"),
    ("四川代表团提出议案12件。", "四川代表团"),
    ("会议期间，万州代表团审议了计划报告。", "万州代表团"),
]


@pytest.mark.parametrize(("text", "mention"), ACTING)
def test_a_delegation_told_acting_is_an_entry(text: str, mention: str) -> None:
    assert _mentions(text).count(mention) == 1


@pytest.mark.parametrize(
    ("text", "delegations"),
    [
        ("代表共提出建议300件，按代表团分：湘潭县代表团120件，湘乡市代表团100件，雨湖区代表团80件。",
         ["湘潭县代表团", "湘乡市代表团", "雨湖区代表团"]),
        ("各代表团提出建议情况：株洲代表团45件、醴陵代表团12件。", ["株洲代表团", "醴陵代表团"]),
        ("按代表團統計，綿陽代表團提出議案3件，德陽代表團2件。", ["綿陽代表團", "德陽代表團"]),
    ],
)
def test_delegations_named_one_by_one_with_counts_of_suggestions(text: str, delegations: list[str]) -> None:
    mentions = _mentions(text)
    assert all(mentions.count(d) == 1 for d in delegations)


@pytest.mark.parametrize(
    "text",
    [
        "各代表团分组审议了计划报告。",  # a set
        "本次会议共设第一至第八个代表团。",
        "在贵州省代表团重要讲话精神指引下，做好各项工作。",  # a speech given at it, no deliberation told
        "做好出席全国人代会四川代表团相关准备工作。",  # the delegation's preparations
    ],
)
def test_no_delegation_where_none_acts(text: str) -> None:
    assert not any("代表团" in m for m in _mentions(text))


def test_a_delegation_before_its_deputies_count_stays_the_count() -> None:
    mentions = _mentions("三河代表团36名省人大代表出席会议。")
    assert "三河代表团" not in mentions and any("36名" in m for m in mentions)
