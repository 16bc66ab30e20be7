"""Rates with no 满意 (a first-time analyst's round 33, class 6): the rectification of what the congress's own work found or
handed over (检查发现问题十五个，整改完成率达百分之八十) is a rate of the oversight's loop, as an audit's is; any rate whose own
words name the congress's means or its deputies (全市人大预算联网监督系统覆盖率达到100%) is a statistic of its work; the rates
of the government's works and of the place (抽检合格率, “明厨亮灶”覆盖率, 森林覆盖率) and percentage points stay others'
results (the genre README: growth rates are the government's results, no oversight statistics). Sentences are written for
these tests after the genre's phrasings, none copied from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

CITY = "临汾市人民代表大会常务委员会"


def _rates(facts) -> list[tuple[float, str | None]]:
    return [(s.value, s.measure_class) for s in facts.statistics if s.unit == "%"]


@pytest.mark.parametrize(("text", "value"), [
    ("檢查發現問題十五個，整改完成率達百分之八十。", 80),
    ("视察中发现的32个问题已整改29个，整改率达90.6%。", 90.6),
    ("对执法检查交办的问题，目前整改到位率为95%。", 95),
    ("发现问题18个，提出建议9条，整改率达到九成。", 90),
])
def test_the_rectification_of_the_congresss_findings_is_a_rate(facts_of, text: str, value: float) -> None:
    assert (value, "rectification_rate") in _rates(facts_of(text, CITY))


@pytest.mark.parametrize(("text", "value", "measure_class"), [
    ("全市人大预算联网监督系统覆盖率达到100%，各县区人大常委会同步推进预算联网监督。", 100, "coverage_rate"),
    ("全镇代表联络站覆盖率达百分之百。", 100, "coverage_rate"),
    ("全区基层立法联系点覆盖率达到九成。", 90, "coverage_rate"),
    ("全市人大代表履职登记率为98.5%。", 98.5, None),
])
def test_a_rate_of_the_congresss_own_means_is_a_statistic(facts_of, text: str, value: float, measure_class: str) -> None:
    assert _rates(facts_of(text, CITY)) == [(value, measure_class)]


@pytest.mark.parametrize("text", [
    "全市食品安全抽检合格率达98.6%，较上年提高零点八个百分点。",
    "学校食堂“明厨亮灶”覆盖率达到百分之百。",
    "全县森林覆盖率达到62.6%，农村生活垃圾处理率达到95%。",
    "全市重点项目整改率为92%。",
    "城镇登记失业率控制在百分之三以内。",
])
def test_rates_of_the_governments_works_and_the_place_stay_out(facts_of, text: str) -> None:
    assert _rates(facts_of(text, CITY)) == []


# The share of what the congress received that is handled, told by its verb and a percentage (目前已解决90%, ag05's
# phrasing), where its sentence names what was handled; a project's progress stays out.
@pytest.mark.parametrize(("text", "value", "measure_class"), [
    ("民情沟通会收到各种意见建议5000余条，目前已解决90%。", 90, "resolution_rate"),
    ("代表在闭会期间提出的建议，目前已办结百分之九十五。", 95, "resolution_rate"),
    ("执法检查交办的问题，已经整改85%以上。", 85, "rectification_rate"),
])
def test_a_share_handled_told_by_its_verb_is_a_rate(facts_of, text: str, value: float, measure_class: str) -> None:
    assert (value, measure_class) in _rates(facts_of(text, CITY))


@pytest.mark.parametrize("text", [
    "全市重点项目已完成85%。",
    "全市棚户区改造已解决90%的住房困难户。",
])
def test_progress_of_others_works_is_no_share_handled(facts_of, text: str) -> None:
    assert _rates(facts_of(text, CITY)) == []
