"""Percentages written in words (百分之九十六点五, 百分之百) are read as those in digits are, by every percentage rule:
satisfaction and handling rates, shares, year-on-year changes and the rates of a 分别 list (round 32, a first-time
analyst's: 满意率达百分之九十六点五 and 辦結率百分之百 gave no statistic, 满意率为96.5% did). Sentences are written for
these tests after the genre's phrasings, none copied from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

from loaders.lexicon.numerals import percent

CITY = "荆州市人民代表大会常务委员会"


def _percentages(facts) -> list[tuple[float, str]]:
    return [(s.value, s.evidence) for s in facts.statistics if s.unit == "%"]


@pytest.mark.parametrize(("written", "value"), [
    ("96.5%", 96.5), ("30 ％", 30.0), ("百分之三十", 30.0), ("百分之九十六点五", 96.5), ("百分之九十八点五六", 98.56),
    ("百分之零点五", 0.5), ("百分之百", 100.0), ("百分之一百", 100.0), ("百分之十十", None),
    ("九成", 90.0), ("三成", 30.0), ("七成五", 75.0),
])
def test_a_percentage_has_its_value_in_digits_or_words(written: str, value: float | None) -> None:
    assert percent(written) == value


# A rate told in words, simplified or traditional, after 达, 为, 超过, 均为 or nothing: its value, and the words as
# written for its evidence.
@pytest.mark.parametrize(("text", "value", "evidence"), [
    ("市人大代表共提出建议二百一十二件，满意率达百分之九十六点五。", 96.5, "满意率达百分之九十六点五"),
    ("代表共提出建議五百二十件，辦結率百分之百。", 100, "辦結率百分之百"),
    ("代表对建议办理工作的满意率为百分之九十八点五六。", 98.56, "代表对建议办理工作的满意率为百分之九十八点五六"),
    ("代表建議辦理滿意率超過百分之九十五。", 95, "代表建議辦理滿意率超過百分之九十五"),
    ("代表建议办复率和满意率均为百分之百。", 100, "代表建议办复率和满意率均为百分之百"),
    ("代表建议答复率达到百分之一百。", 100, "代表建议答复率达到百分之一百"),
    ("测评中，市公安局以百分之九十八点五的满意度通过测评。", 98.5, "百分之九十八点五的满意度"),
    ("测评中，市公安局以百分之九十八點五的滿意度通過測評。", 98.5, "百分之九十八點五的滿意度"),
    # in tenths (round 33, a first-time analyst's: 代表满意率达九成以上 gave nothing, …达90%以上 did)
    ("代表满意率达九成以上。", 90, "代表满意率达九成以上"),
    ("代表对建议办理工作的满意度为九成。", 90, "代表对建议办理工作的满意度为九成"),
    ("代表建議辦復率超過九成五。", 95, "代表建議辦復率超過九成五"),
])
def test_a_rate_in_words_is_a_statistic(facts_of, text: str, value: float, evidence: str) -> None:
    assert (value, evidence) in _percentages(facts_of(text, CITY))


# Shares and changes in words, and the rates of a 分别 list with each percentage in words.
@pytest.mark.parametrize(("text", "told"), [
    ("代表提出的建议中，所提问题得到解决的占建议总数的百分之三十。", [30]),
    ("代表提出的建議中，所提問題得到解決的佔建議總數的百分之七十四點二。", [74.2]),
    ("代表提出建议1171件，同比增长百分之二十五点三。", [25.3]),
    ("对市教育局、市卫健委开展工作评议，满意率分别为百分之九十二点五和百分之八十八点一。", [92.5, 88.1]),
    ("代表提出的建议中，已经解决的占建议总数的三成。", [30]),
])
def test_shares_changes_and_lists_in_words_are_statistics(facts_of, text: str, told: list[float]) -> None:
    assert [value for value, _ in _percentages(facts_of(text, CITY))] == told


# Words that hold 百分之 but state no rate of the work stay out: the economy's share, a rule's threshold.
@pytest.mark.parametrize("text", [
    "全市民营经济增加值占地区生产总值的百分之五十五。",
    "对满意率低于百分之六十的建议重新办理。",
    "代表们视察了九成宫镇的污水处理厂，满意度调查正在进行。",
    "全市民营经济增加值占地区生产总值的五成五。",
])
def test_percentages_in_words_of_no_work_stay_out(facts_of, text: str) -> None:
    assert _percentages(facts_of(text, CITY)) == []
