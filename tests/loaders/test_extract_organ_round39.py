"""Organ classes of round 39: the canonical names its rulings give (benchmarks/genre/README.md "## Round 39"), in
phrasings written in the genre's style (simplified and traditional script)."""
from __future__ import annotations

import pytest
from extract_helpers import organs

DISTRICT = "璧山区人民代表大会常务委员会（重庆市）"
LINTONG = "临潼区人民代表大会常务委员会（陕西省西安市）"


@pytest.mark.parametrize(
    "text",
    ["区政府各工作机构要积极配合检查组工作。", "请县政府各相关工作机构认真研究处理。"],
)
def test_a_government_s_working_bodies_are_not_the_congress_s(facts_of, text):
    assert not any(c and c.endswith("各工作机构") for _, c in organs(facts_of(text, DISTRICT)))


def test_the_standing_committee_s_working_bodies_stay_a_set(facts_of):
    """Round 39 ruling 5: the congress's own committees as a set are an entry."""
    found = organs(facts_of("由区人大各专门委员会、常委会各工作机构负责人为成员。", DISTRICT))
    assert ("各工作机构", "重庆市璧山区人民代表大会常务委员会各工作机构") in found
    assert ("区人大各专门委员会", "重庆市璧山区人民代表大会各专门委员会") in found


CITY = "三明市人民代表大会常务委员会（福建省）"


@pytest.mark.parametrize(
    ("text", "organ", "mention", "committee"),
    [
        ("市人大常委会党组书记、主任陈某主持会议。", CITY, "市人大常委会", "三明市人民代表大会常务委员会"),
        ("泉州市人大常委会党组成员、副主任李某带队调研。", CITY, "泉州市人大常委会", "泉州市人民代表大会常务委员会"),
        ("省人大常委會黨組副書記、常務副主任王某參加。", "福建省人民代表大会常务委员会", "省人大常委會", "福建省人民代表大会常务委员会"),
        ("自治区人大常委会党组成员，副主任托某率队检查。", "新疆维吾尔自治区人民代表大会常务委员会", "自治区人大常委会",
         "新疆维吾尔自治区人民代表大会常务委员会"),
    ],
)
def test_a_party_group_member_s_post_names_the_committee_too(facts_of, text, organ, mention, committee):
    """市人大常委会党组书记、主任: the person holds both posts, so the committee is named besides its party group."""
    found = organs(facts_of(text, organ))
    assert (mention, committee) in found
    assert any(c == "中共" + committee + "党组" for _, c in found)


@pytest.mark.parametrize(
    "text", ["市人大常委会党组会议研究了人事事项。", "市人大常委会党组书记陈某主持会议。"],
)
def test_a_party_group_alone_names_no_committee(facts_of, text):
    """The party group acting, or a member's title with no post of the committee after it, names the group alone."""
    found = organs(facts_of(text, CITY))
    assert "三明市人民代表大会常务委员会" not in {c for _, c in found}
    assert "中共三明市人民代表大会常务委员会党组" in {c for _, c in found}


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("县人大常委会听取了城关街道办关于工作的汇报。", "澄城县人民代表大会常务委员会（陕西省渭南市）", "城关街道办",
         "澄城县人民政府城关街道办事处"),
        ("东风路街道办、西关街道办负责人参加座谈。", "金台区人民代表大会常务委员会（陕西省宝鸡市）", "西关街道办",
         "宝鸡市金台区人民政府西关街道办事处"),
        ("代王街办组织辖区代表开展视察。", LINTONG, "代王街办", "西安市临潼区人民政府代王街道办事处"),
        ("芦阳街道辦負責同志作了匯報。", "芦山县人民代表大会常务委员会（四川省雅安市）", "芦阳街道辦", "芦山县人民政府芦阳街道办事处"),
    ],
)
def test_a_street_office_named_short_after_its_street(facts_of, text, organ, mention, canonical):
    """X街道办, X街办: the street office, an agency of its county's government, as X街道办事处 is."""
    assert (mention, canonical) in organs(facts_of(text, organ))


@pytest.mark.parametrize("text", ["各街道办要抓好落实。", "代王街道办理了群众反映的问题。", "由街道办牵头整改。"])
def test_a_street_office_named_short_with_no_street_is_none(facts_of, text):
    found = organs(facts_of(text, LINTONG))
    assert not any(c and c.endswith("街道办事处") for _, c in found), found
