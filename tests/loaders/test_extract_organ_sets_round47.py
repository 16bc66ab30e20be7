"""Organ sets and groups of round 47 (issue 10 §2.5, second organs pass): the congresses of every area one level
down named after 全市 / 全省 / 全州 with their levels in brackets (全市县(市、区)人大常委会), a county's township
governments (乡镇政府) and groups named by their work (评议调查组, 专题询问调研组). Phrasings written for these rules in
both scripts, each with a near miss."""
from __future__ import annotations

import pytest


def canonicals(facts) -> set[str]:
    return {o.canonical for o in facts.organs}


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("遂宁市人大财经委部分委员及全市县(市、区)人大常委会分管副主任参加会议。", "遂宁市人民代表大会常务委员会",
         "遂宁市各县（市、区）人民代表大会常务委员会"),
        ("全市縣（市、區）人大常委會負責同志列席會議。", "遂宁市人民代表大会常务委员会",
         "遂宁市各县（市、区）人民代表大会常务委员会"),
        ("全州县(市)人大常委会同步开展执法检查。", "恩施土家族苗族自治州人民代表大会常务委员会",
         "恩施土家族苗族自治州各县（市）人民代表大会常务委员会"),
        ("全省市(州)人大常委会主任参加培训。", "四川省人民代表大会常务委员会", "四川省各市（州）人民代表大会常务委员会"),
    ],
)
def test_every_area_one_level_down_after_quan(facts_of, text, organ, canonical):
    assert canonical in canonicals(facts_of(text, organ))


@pytest.mark.parametrize(
    "text",
    [
        "全市县级人大常委会负责同志参加会议。",  # no levels in brackets: the words do not name the set this way
        "全市各级人大代表积极参与。",  # deputies, no body
    ],
)
def test_no_set_without_the_bracketed_levels(facts_of, text):
    assert "遂宁市各县（市、区）人民代表大会常务委员会" not in canonicals(facts_of(text, "遂宁市人民代表大会常务委员会"))


COUNTY = "涟水县人民代表大会常务委员会"


@pytest.mark.parametrize(
    "text",
    [
        "各乡镇人大分别听取和审议了上半年乡镇政府工作、财政预算执行情况的报告。",
        "督促乡镇政府对代表意见建议及时办理。",
        "各鄉鎮人民政府要認真落實審議意見。",
    ],
)
def test_the_township_governments_as_a_set(facts_of, text):
    assert "涟水县各乡镇人民政府" in canonicals(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    "text",
    [
        "乡镇政府工作人员参加了培训。",  # their staff, no body
        "乡镇政府办负责同志列席会议。",  # their offices
    ],
)
def test_no_township_government_set_for_their_staff_or_offices(facts_of, text):
    assert "涟水县各乡镇人民政府" not in canonicals(facts_of(text, COUNTY))


QISHAN = "岐山县人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # groups named by their work (congress-groups.csv, round 47)
        ("县人大常委会评议调查组深入被评议单位开展调查。", "评议调查组"),
        ("評議調查組聽取了被評議部門的匯報。", "评议调查组"),
        ("县人大常委会专题询问调研组赴企业开展调研。", "专题询问调研组"),
    ],
)
def test_groups_named_by_their_work_keep_the_whole_name(facts_of, text, group):
    found = canonicals(facts_of(text, QISHAN))
    assert QISHAN + group in found
    assert QISHAN + group[-3:] not in found  # not cut to the bare ending (调查组, 调研组)
