"""The rates of replying to and settling what was handed over (办复率, 答复率, 回复率, 办结率) are the congress's loop's by
their words, whatever the clause says before them: a time, nothing, or the problems deputies handed over (round 33, a
first-time analyst's: 今年，办结率为97.5% and 办结率为百分之九十七点五 gave nothing, 建议办结率为97.5% gave the rate);
a hotline's or a court's are others' handling, and a 落实率 must still be of suggestions, motions or an audit. Sentences
are written for these tests after the genre's phrasings, none copied from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

CITY = "潍坊市人民代表大会常务委员会"


def _rates(facts) -> list[tuple[float, str]]:
    return [(s.value, s.what) for s in facts.statistics if s.unit == "%"]


@pytest.mark.parametrize(("text", "value", "what"), [
    ("今年，办结率为97.5%。", 97.5, "办结率"),
    ("办结率为百分之九十七点五。", 97.5, "办结率"),
    ("辦結率為百分之九十七點五。", 97.5, "办结率"),
    ("截至11月底，办复率达到100%。", 100, "办复率"),
    ("代表们交办问题194件，已办结188件，办结率达到96.9%。", 96.9, "办结率"),
    ("目前，答复率和回复率均为100%。", 100, "答复率"),
])
def test_a_reply_rate_is_read_whatever_precedes_it(facts_of, text: str, value: float, what: str) -> None:
    assert (value, what) in _rates(facts_of(text, CITY))


@pytest.mark.parametrize("text", [
    "全市12345热线工单办结率达到98.6%。",
    "今年，法院审结各类案件1.2万件，案件办结率为96.5%。",
    "全市重点项目落实率为92%。",
    "今年，政协委员提案办复率为100%。",
])
def test_others_handling_and_a_projects_rate_stay_out(facts_of, text: str) -> None:
    assert _rates(facts_of(text, CITY)) == []


# The share of deputies taking part in the congress's activities is a rate of their own work, as 出席率 is, where deputies
# are named in its sentence or the one before; the public's participation is others'.
@pytest.mark.parametrize(("text", "value"), [
    ("全区11万名五级人大代表进站参加活动，参与率达95%。", 95),
    ("各级人大代表积极参加“代表活动月”。参与率为百分之九十二。", 92),
    ("全市代表参与率达到九成以上。", 90),
])
def test_deputies_participation_rate_is_a_statistic(facts_of, text: str, value: float) -> None:
    assert (value, "participation_rate") in [(s.value, s.measure_class) for s in facts_of(text, CITY).statistics]


def test_the_publics_participation_rate_stays_out(facts_of) -> None:
    assert _rates(facts_of("全市垃圾分类居民参与率达到85%。", CITY)) == []


# A rate told as the share (比例, 比率) of a named outcome, and the rate of solving (解决率, the solved told with the basically
# solved): a first-time analyst's round 34 (newuser19 §5: 代表对办理工作表示满意的比例为97.4% and 解决和基本解决率为73.7% gave
# nothing). Each is read with its outcome's class; a share of the place (优良天数比例) and others' solving stay out.
@pytest.mark.parametrize(("text", "value", "code"), [
    ("代表对办理工作表示满意的比例为97.4%。", 97.4, "satisfaction_rate"),
    ("代表對辦理工作表示滿意的比例為百分之九十七點四。", 97.4, "satisfaction_rate"),
    ("代表提出建议187件，已全部办结，解决和基本解决率为73.7%。", 73.7, "resolution_rate"),
    ("代表提出建议120件，所提问题解决率为65%。", 65, "resolution_rate"),
    ("代表建议所提问题已解决的比例为60.5%。", 60.5, "resolution_rate"),
    ("交办的代表建议办结的比例达100%。", 100, "resolution_rate"),
    ("审计查出问题整改的比率为90%。", 90, "rectification_rate"),
])
def test_an_outcomes_share_or_solving_rate_is_a_rate(facts_of, text: str, value: float, code: str) -> None:
    assert (value, code) in [(s.value, s.measure_class) for s in facts_of(text, CITY).statistics]


@pytest.mark.parametrize("text", [
    "全市重点城市空气质量优良天数比例为79.1%。",
    "全市12345热线群众诉求解决率为95%。",
    "全市老旧小区改造问题解决的比例为80%。",
])
def test_a_share_of_the_place_or_others_solving_stays_out(facts_of, text: str) -> None:
    assert _rates(facts_of(text, CITY)) == []
