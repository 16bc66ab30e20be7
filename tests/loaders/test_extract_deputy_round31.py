"""A name right after a job whose last character opens a surname (round 31, readable dev ag45): 副县长孙雪华 names 孙雪华,
长孙 being no compound surname there, as 主任马华 names 马华 (round 30). A name of two characters keeps its first.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

COUNTY = "安吉县人民代表大会常务委员会"


def names(facts) -> list[str]:
    """The name of each named deputy, in text order."""
    return [d.name for d in facts.deputies if d.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("副县长孙雪华等代表参加视察。", "孙雪华"),
        ("镇长孙立新等县人大代表参加了调研。", "孙立新"),
        ("市农业农村局局长孙建国等市人大代表参加座谈。", "孙建国"),
        ("縣人民醫院院長孫麗萍等人大代表參加視察。", "孙丽萍"),
        ("市人大常委会副主任马华等全国人大代表参加视察。", "马华"),
    ],
)
def test_a_jobs_last_character_is_no_surname(facts_of, text, expected):
    assert names(facts_of(text, COUNTY)) == [expected]
