"""A divided (commissioned) inspection: each share an assignee takes is an inspection of its laws.

Sentences are written for this test, after the genre's phrasing (开展A、B执法检查，其中，某区负责《B》).
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

PROVINCE = "四川省人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("今年开展《四川省物业管理条例》、《四川省旅游条例》执法检查，其中，省人大财经委负责《四川省旅游条例》。",
         [("四川省旅游条例",)]),
        ("省人大常委会委托3个市人大常委会开展地方性法规执法检查。其中,成都市负责《四川省物业管理条例》,"
         "绵阳市负责《四川省旅游条例》,德阳市负责《四川省消防条例》和《四川省安全生产条例》。",
         [("四川省物业管理条例",), ("四川省旅游条例",), ("四川省消防条例", "四川省安全生产条例")]),
        ("对三部法规的实施情况进行检查：由省人大教科文卫委具体负责对《四川省义务教育条例》的检查。",
         [("四川省义务教育条例",)]),
    ],
)
def test_each_share_is_an_inspection_of_its_laws(facts_of, text, shares):
    facts = facts_of(text, PROVINCE)
    shares_found = [tuple(a.laws) for a in facts.activities if "负责" in a.evidence]
    assert shares_found == list(shares)
    assert all(a.type == "law_enforcement_inspection" for a in facts.activities if "负责" in a.evidence)
    inspected = {law.canonical for law in facts.laws if law.inspected}
    assert {law for share in shares for law in share} <= inspected


def test_an_area_taking_a_share_stands_for_its_standing_committee(facts_of):
    text = "省人大常委会委托两个市开展执法检查。其中,成都市负责《四川省物业管理条例》,绵阳市负责《四川省旅游条例》。"
    found = organs(facts_of(text, PROVINCE))
    assert {("成都市", "成都市人民代表大会常务委员会"), ("绵阳市", "绵阳市人民代表大会常务委员会")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "市政府负责《四川省物业管理条例》的宣传工作。",  # no inspection to divide
        "其中,成都市负责《四川省物业管理条例》的修订起草工作。",
    ],
)
def test_a_duty_outside_an_inspection_is_no_share(facts_of, text):
    facts = facts_of(text, PROVINCE)
    assert not any(a.type == "law_enforcement_inspection" for a in facts.activities)
    assert not any(law.inspected for law in facts.laws)
