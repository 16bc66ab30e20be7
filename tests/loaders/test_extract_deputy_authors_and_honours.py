"""Deputy classes a first-time analyst found (round 29). Named deputies honoured (被评为, 获, 荣获) are deputies as
any named deputy is; a deputy named after a bare 代表 where a suggestion or motion is told (其中代表王建国提出的《…
建议》, 由代表张伟领衔提出的议案) is that suggestion's author, the way suggestion items name them. 代表 as a noun or
verb before what is no name (代表建议, 代表提出, 代表向大会提出, 代表高新区提出) names no one.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

COUNTY = "安吉县人民代表大会常务委员会"


def names(facts) -> list[str | None]:
    """Each deputy entry's name, in text order."""
    return [d.name for d in facts.deputies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇人大代表李建华、周秀芬被评为区优秀人大代表。", ["李建华", "周秀芬"]),
        ("县人大代表周秀芬被评为优秀代表。", ["周秀芬"]),
        ("县人大代表李华荣获全国劳动模范称号。", ["李华"]),
        ("市人大代表赵明获评“最美代表”。", ["赵明"]),
        ("王建国代表被评为年度优秀代表。", ["王建国"]),
        ("鎮人大代表李建華、周秀芬被評為區優秀人大代表。", ["李建华", "周秀芬"]),
        ("縣人大代表周秀芬榮獲優秀代表稱號。", ["周秀芬"]),
    ],
)
def test_a_named_deputy_honoured_is_a_deputy(facts_of, text, expected):
    assert names(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("其中代表王建国提出的《关于加强农村道路建设的建议》已落实到位。", "王建国"),
        ("由代表张伟领衔提出的议案已交县政府办理。", "张伟"),
        ("代表刘强建议加快老旧小区改造。", "刘强"),
        ("代表欧阳明华提交的建议已办结。", "欧阳明华"),
        ("今年共办理建议56件，其中代表陈静牵头提出的3件已全部解决。", "陈静"),
        ("其中代表王建國提出的建議已落實到位。", "王建国"),
    ],
)
def test_a_deputy_named_after_a_bare_daibiao_as_an_author(facts_of, text, expected):
    assert names(facts_of(text, COUNTY)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "代表建议已全部办结，代表提出的问题均已答复。",
        "会议期间，代表向大会提出建议80件。",
        "代表高新区提出申请并作说明。",
        "代表于会前提出建议。",
        "县长代表县人民政府提出议案。",
        "选民代表张强提出意见。",
    ],
)
def test_daibiao_before_no_name_names_no_deputy(facts_of, text):
    assert not [name for name in names(facts_of(text, COUNTY)) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县人大代表张卫东、刘美玲、陈志强参加视察。", ["张卫东", "刘美玲", "陈志强"]),
        ("王建国代表提出的建议已办结。", ["王建国"]),
    ],
)
def test_named_deputies_read_as_before(facts_of, text, expected):
    assert names(facts_of(text, COUNTY)) == expected
