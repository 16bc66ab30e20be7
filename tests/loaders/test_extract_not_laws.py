"""What is and is not a law in 《》: a congress's own procedure is not; a decision or an amendment is.

Sentences are written for this test; the procedural titles come from
``loaders/lexicon/data/not-laws.csv``.
"""
from __future__ import annotations

import pytest

PROVINCE = "广东省人民代表大会常务委员会"
NATIONAL = "全国人民代表大会常务委员会"


@pytest.mark.parametrize(
    "text",
    [
        "常委会修订了《广东省人民代表大会常务委员会议事规则》。",
        "依据《广东省人大常委会专题询问工作办法》开展专题询问。",
        "制定《省人大代表建议办理工作先进单位评选暂行办法》。",
        "根据《广东省人民代表大会常务委员会工作规程》安排会议。",
        "出台《关于市政府民生实事项目满意度测评办法》。",
    ],
)
def test_a_congress_own_procedure_is_not_a_law(facts_of, text):
    assert facts_of(text, PROVINCE).laws == []


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("会议表决通过了《关于加强预算审查监督的决定（草案）》。", PROVINCE, "广东省人民代表大会常务委员会关于加强预算审查监督的决定"),
        ("常委会作出《关于授予国家勋章和国家荣誉称号的决定》。", NATIONAL, "全国人民代表大会常务委员会关于授予国家勋章和国家荣誉称号的决定"),
    ],
)
def test_a_decision_named_without_its_maker_is_the_reporting_committee_s(facts_of, text, organ, canonical):
    assert [law.canonical for law in facts_of(text, organ).laws] == [canonical]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("审议了《广东省港口管理条例修正案（草案）》。", "广东省港口管理条例"),
        ("初次审议《广东省物业管理条例修正案》。", "广东省物业管理条例"),
    ],
)
def test_an_amendment_of_a_local_regulation_names_that_regulation(facts_of, text, canonical):
    assert [law.canonical for law in facts_of(text, PROVINCE).laws] == [canonical]


def test_a_numbered_national_amendment_keeps_its_title(facts_of):
    assert [law.canonical for law in facts_of("学习《中华人民共和国刑法修正案（七）》。", PROVINCE).laws] == ["刑法修正案（七）"]
