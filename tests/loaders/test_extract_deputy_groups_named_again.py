"""Deputies (round 30, readable dev ab51 af49 t31): a group named again with fewer words, its part or place word dropped
(部分市镇两级人大代表 … 市镇两级人大代表们; 驻方城镇市区两级人大代表 … 兼任市区两级人大代表), is the group named before,
one entry, and so is a count told again without its levels (14名县镇人大代表 … 14位代表); a part or whole word opens the group
of deputies only where it is theirs: the whole of another body listed before them (主席团全体成员、部分…代表) is that
body's.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

TOWN = "溧阳市别桥镇人民代表大会"


def groups(facts) -> list[str]:
    """The mention of each deputies group (no name), in text order."""
    return [d.mention for d in facts.deputies if d.name is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇主席团全体成员、部分市镇两级人大代表参加问政会。会上，市镇两级人大代表们坚持问题导向。", ["部分市镇两级人大代表"]),
        ("部分县乡两级人大代表开展视察。县乡两级人大代表对项目建设提出建议。", ["部分县乡两级人大代表"]),
        ("鎮主席團全體成員、部分市鎮兩級人大代表參加活動。市鎮兩級人大代表們積極發言。", ["部分市鎮兩級人大代表"]),
        ("全市各级人大代表积极参与。各级人大代表走访群众。", ["全市各级人大代表"]),
    ],
)
def test_a_group_named_again_is_one_entry(facts_of, text, expected):
    assert groups(facts_of(text, TOWN)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: two groups of different levels, a part of another level
        ("部分县人大代表参加视察。市镇两级人大代表提出建议。", ["部分县人大代表", "市镇两级人大代表"]),
        ("全体代表出席会议，部分市人大代表列席。", ["全体代表", "部分市人大代表"]),
    ],
)
def test_other_groups_stay(facts_of, text, expected):
    assert groups(facts_of(text, TOWN)) == expected


def counts(facts) -> list[int | None]:
    """The count of each counted deputies group, in text order."""
    return [d.count for d in facts.deputies if d.count is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count told again without its levels is the group counted before (readable dev ab51)
        ("14名县镇人大代表向选民报告履职情况。镇人大主席团对14位代表的述职报告进行了点评。", [14]),
        ("全镇12名市人大代表参加视察。视察结束后，12名代表召开座谈会。", [12]),
        ("6名區人大代表接受選民評議。選民對6位代表逐一測評。", [6]),
        # near miss: two groups of the same size at different levels
        ("2名市人大代表、2名区人大代表参加调研。", [2, 2]),
    ],
)
def test_a_count_told_again_without_its_levels_is_one_group(facts_of, text, expected):
    assert counts(facts_of(text, TOWN)) == expected
