"""The rates of a 分别 list say whose each is: the list named before 分别, in order, when it names as many bodies or topics
as there are percentages (round 32, a first-time analyst's: 评议结果满意率分别为92.5%和88.1% after two departments gave
two rates with nothing saying which department each was). Sentences are written for these tests after the genre's
phrasings, none copied from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

COUNTY = "某某县人民代表大会常务委员会"


def _rates(facts) -> list[tuple[float, str | None]]:
    return [(s.value, s.subject) for s in facts.statistics if s.unit == "%"]


@pytest.mark.parametrize(("text", "rates"), [
    # the analyst's: two departments appraised, then the results
    ("对县公安局、县市场监督管理局开展工作评议，评议结果满意率分别为92.5%和88.1%。",
     [(92.5, "县公安局"), (88.1, "县市场监督管理局")]),
    # traditional: the names as written
    ("常委會對縣公安局、縣市場監督管理局開展工作評議，評議結果滿意率分別為92.5%和88.1%。",
     [(92.5, "縣公安局"), (88.1, "縣市場監督管理局")]),
    # three, with their count before the rate; joined by 和; percentages in words
    ("常委会对市教育局、市卫健委、市民政局开展工作评议，3个部门满意率分别为91.4%、88.6%和85.7%。",
     [(91.4, "市教育局"), (88.6, "市卫健委"), (85.7, "市民政局")]),
    ("常委会对市教育局和市卫健委进行满意度测评，满意率分别为百分之九十二点五和百分之八十八点一。",
     [(92.5, "市教育局"), (88.1, "市卫健委")]),
    # topics listed in the rate's own clause, their count closing the list
    ("义务教育、养老服务两项民生实事满意率分别为95.2%和93.6%。", [(95.2, "义务教育"), (93.6, "养老服务")]),
    # each percentage after its name (round 33, a first-time analyst's: only the first value was read)
    ("常委会对两个部门开展工作评议，满意率分别为市教育局百分之九十八、市卫健委百分之八十五。",
     [(98, "市教育局"), (85, "市卫健委")]),
    ("常委會對兩個部門開展工作評議，滿意率分別為市教育局98%、市衛健委85%。", [(98, "市教育局"), (85, "市衛健委")]),
    ("代表对民生实事的满意度分别是城区项目96.5%、农村项目92%和社区项目90%。",
     [(96.5, "城区项目"), (92, "农村项目"), (90, "社区项目")]),
])
def test_each_rate_of_a_list_is_the_named_bodys_or_topics(facts_of, text: str,
                                                           rates: list[tuple[float, str | None]]) -> None:
    facts = facts_of(text, COUNTY)
    assert _rates(facts) == rates
    assert all(text.find(s.subject) != -1 for s in facts.statistics if s.subject)  # the words as written


@pytest.mark.parametrize(("text", "rates"), [
    # no list named: the rates are the count's, unattributed
    ("3个部门满意率分别为91.4%、88.6%和85.7%。", [(91.4, None), (88.6, None), (85.7, None)]),
    # three departments, two percentages: which is whose is not told
    ("对县公安局、县市场监督管理局、县民政局开展工作评议，满意率分别为92.5%和88.1%。", [(92.5, None), (88.1, None)]),
    # two rates paired with two percentages: each is its rate, no body's
    ("代表对建议办理的满意率和办复率分别为95%和98%。", [(95, None), (98, None)]),
    # a rate told alone with what no rating names
    ("评议结果显示，满意率为92.5%。", [(92.5, None)]),
    # a change after a comma is no further value of the list
    ("代表建议满意率分别为95%和92%，同比提高3%。", [(95, None), (92, None)]),
])
def test_a_rate_no_list_names_one_for_is_unattributed(facts_of, text: str,
                                                      rates: list[tuple[float, str | None]]) -> None:
    assert _rates(facts_of(text, COUNTY)) == rates


def test_a_rating_s_rate_is_what_the_rating_rated(facts_of) -> None:
    """A rate a rating of one body or report gives is that body's or report's (newuser19 §5, measure_classes.RATED)."""
    assert _rates(facts_of("对县公安局开展工作评议，满意率为92.5%。", COUNTY)) == [(92.5, "县公安局")]


def test_the_facts_json_gives_the_subject_only_when_named(facts_of) -> None:
    told = facts_of("对县公安局、县市场监督管理局开展工作评议，满意率分别为92.5%和88.1%。满意率为98%。", COUNTY).to_json()
    assert [s.get("subject") for s in told["statistics"]] == ["县公安局", "县市场监督管理局", None]
    assert "subject" not in told["statistics"][-1]
