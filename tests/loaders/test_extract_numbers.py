"""Numerals, statistics and deputies: units, qualifiers, names that are not counts."""
from __future__ import annotations

import re

import pytest

from loaders.lexicon.numerals import NUMBER_RE, parse, to_number


@pytest.mark.parametrize(
    ("token", "value", "qualifier"),
    [("二十七", 27, None), ("150余", 150, "余"), ("100多", 100, "多"), ("近600", 600, "近"), ("两", 2, None), ("3000以上", 3000, "以上"),
     ("3,456", 3456, None), ("1,234,567余", 1234567, "余"), ("12,500.5", 12500.5, None), ("1.5万", 15000, None),
     ("99999999999999999999999", 99999999999999999999999, None)],  # grouped thousands; long integers exact
)
def test_numbers_and_qualifiers(token, value, qualifier):
    number = parse(NUMBER_RE.fullmatch(token))
    assert (number.value, number.qualifier) == (value, qualifier)


def test_a_comma_between_numbers_is_no_thousands_separator():
    assert [m.group("num") for m in NUMBER_RE.finditer("会议3,共12,34个,1,2345")] == ["3", "12", "34", "1", "2345"]


def stats(facts):
    return [(s.value, s.unit, s.qualifier) for s in facts.statistics]


def test_statistics_with_units_and_qualifiers(facts_of):
    facts = facts_of("召开常委会会议九次,开展调研近600人次,提出意见100多条,走访企业150余家。")
    assert stats(facts) == [(9, "次", None), (600, "人次", "近"), (100, "条", "多"), (150, "家", "余")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("过去五年共通过一百○五件法规案。", [(105, "件", None)]),
     ("過去五年共審查設區的市法規二百○八件。", [(208, "件", None)]),
     ("二○二二年，常委会召开会议十次。", [(10, "次", None)])],
)
def test_white_circle_is_a_zero(facts_of, text, expected):
    """○, typed for 〇 in many official texts, is a zero inside a number and never its end (一百○五 was read as 5)."""
    assert stats(facts_of(text)) == expected


def test_names_and_dates_are_not_statistics(facts_of):
    facts = facts_of("2023年6月5日,落实中央八项规定,开展“三个一”活动,推进G312改造,PM2.5下降,排名第6位,完成率100%。")
    assert facts.statistics == []


def test_repeated_number_counts_once(facts_of):
    facts = facts_of("检查4部法律实施情况。对甲法等4部法律的实施情况进行检查。")
    assert stats(facts) == [(4, "部", None)]


def test_shared_count_gives_one_statistic_per_item(facts_of):
    facts = facts_of("开展专项评议和满意度测评各1次。")
    assert sorted(s.what for s in facts.statistics) == ["专项评议", "满意度测评"]


def deputies(facts):
    return [(d.name, d.count) for d in facts.deputies]


def test_counted_deputies_before_and_after(facts_of):
    facts = facts_of("联系市人大代表45名,邀请30人次代表列席会议,张明等10名代表提出议案。")
    assert deputies(facts) == [(None, 45), (None, 30), ("张明", 10)]


def test_qualified_groups_of_deputies(facts_of):
    facts = facts_of("组织全市各级人大代表开展活动,部分省人大代表参加。")
    assert deputies(facts) == [(None, None), (None, None)]


def test_deputy_compounds_are_not_deputies(facts_of):
    facts = facts_of("办理代表建议,召开人民代表大会,建设代表之家。")
    assert facts.deputies == []


def test_offsets_point_into_the_original(facts_of):
    text = "組織代表視察,開展調研30餘次。"
    facts = facts_of(text)
    for stat in facts.statistics:
        assert text[stat.start : stat.end] == stat.evidence
    assert re.search("30", facts.statistics[0].evidence)


@pytest.mark.parametrize(
    ("token", "value"),
    [("十", 10), ("十二", 12), ("一十", 10), ("二十七", 27), ("一百零五", 105), ("两千", 2000), ("三万五千", 35000),
     ("三万五", 35000), ("二百五", 250), ("一万零一", 10001), ("一千二百万", 12_000_000), ("五千亿", 500_000_000_000),
     ("二〇二三", 2023), ("一二", 12), ("零", 0), ("十万", 100_000), ("一百○五", 105), ("二○二二", 2022),
     ("二百○八", 208)],
)
def test_chinese_numerals(token, value):
    assert to_number(token) == value


@pytest.mark.parametrize("token", ["百", "万", "千万", "十十", "二二十", "三百多"])
def test_malformed_chinese_numerals_are_not_numbers(token):
    assert to_number(token) is None
