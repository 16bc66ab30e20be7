"""Units written as the genre writes them (批次, 场次) and a numbered formula in any quotes (round 28, from readable
dev's unmatched statistics). Sentences are written for these tests after the genre's phrasings, none copied from
``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

COUNTY = "某某县人民代表大会常务委员会"


def _told(facts) -> set[tuple[float, str]]:
    return {(s.value, s.unit) for s in facts.statistics}


# Visitors received in groups and events held are counted in 批次 and 场次 as written, as 人次 is.
@pytest.mark.parametrize(("text", "value", "unit"), [
    ("常委会信访办全年接待群众来访412批次903人次。", 412, "批次"),
    ("全年共受理来信来访86批次。", 86, "批次"),
    ("全年共受理來信來訪86批次。", 86, "批次"),
    ("各代表小组开展政策宣讲活动57场次。", 57, "场次"),
    ("组织代表进社区开展法治宣传120余场次。", 120, "场次"),
])
def test_groups_and_events_are_counted_in_their_own_units(facts_of, text: str, value: float, unit: str) -> None:
    assert (value, unit) in _told(facts_of(text, COUNTY))


# A numbered formula counts nothing, whatever quotes it is set in (“”, 「」, straight quotes, none).
@pytest.mark.parametrize("text", [
    "常委会坚持以“四个最严”要求推动食品安全法实施。",
    "常委會堅持以「四個最嚴」要求推動食品安全法實施。",
    '检查组对照 "四个最严"要求查找问题。',
    "执法检查紧扣四个最严要求展开。",
])
def test_a_numbered_formula_in_any_quotes_is_no_count(facts_of, text: str) -> None:
    assert (4, "个") not in _told(facts_of(text, COUNTY))
