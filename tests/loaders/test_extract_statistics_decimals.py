"""A decimal in Chinese numerals (二点五, 零点八, 十二点三四) is one number, read with its decimals and the scale after them,
and never its tail alone; a decimal scaled (20.24万) is the exact number (a first-time analyst's round 33: 执法人员二点五名
was stored as 5 名 with the measure 执法人员二点). An average told in its clause (平均, 人均) is a figure per unit, no count of
work. Sentences are written for these tests after the genre's phrasings, none copied from ``benchmarks/genre`` or the
shared corpus.
"""
from __future__ import annotations

import pytest

from loaders.lexicon.numerals import to_number

CITY = "成都市人民代表大会常务委员会"


@pytest.mark.parametrize(("token", "value"), [
    ("二点五", 2.5), ("零点八", 0.8), ("十二点五", 12.5), ("一点零五", 1.05), ("三点五万", 35000), ("二十点二四万", 202400),
    ("二点五万亿", 2_500_000_000_000), ("20.24万", 202400), ("0.12亿", 12_000_000), ("12,500.5", 12500.5),
    ("二点", None), ("点五", None), ("二点两", None),
])
def test_a_decimal_has_its_exact_value(token: str, value: float | None) -> None:
    assert to_number(token) == value


# Money and work counted with a decimal in words: the whole number, with its measure before it.
@pytest.mark.parametrize(("text", "value", "unit", "what"), [
    ("常委会督促追回违规资金三点五万元。", 3.5, "万元", "常委会督促追回违规资金"),
    ("审计查出违规金额十二点三四亿元。", 12.34, "亿元", "审计查出违规金额"),
    ("专题询问持续二点五个小时。", 2.5, "小时", "专题询问"),  # the verb of lasting is no measure (round 40)
])
def test_a_decimal_in_words_is_read_whole(facts_of, text: str, value: float, unit: str, what: str) -> None:
    assert [(s.value, s.unit, s.what) for s in facts_of(text, CITY).statistics] == [(value, unit, what)]


# Averages and percentage points in words: no statistic, and above all none of the decimal's tail (5 of 二点五).
@pytest.mark.parametrize("text", [
    "二是基层监管力量不足，平均每个乡镇监管所仅有执法人员二点五名。",
    "二是基层监管力量不足，平均每个乡镇监管所仅有执法人员2.5名。",
    "全市乡镇卫生院人均配备医生一点五名。",
    "代表们平均每人走访选民三户。",
    "全市食品安全抽检合格率较上年提高零点八个百分点。",
])
def test_averages_and_points_in_words_count_nothing(facts_of, text: str) -> None:
    assert facts_of(text, CITY).statistics == []
