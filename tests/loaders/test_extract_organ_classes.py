"""Organ classes of real reports that the first rules missed: committees cut to 委, the standing
committee of a term, committees as a set, the township's county, titles, decisions on procedure.

Every sentence is written for this test in the genre's style.
"""
from __future__ import annotations

import pytest

PROVINCE = "广东省人民代表大会常务委员会"
CITY = "合肥市人民代表大会常务委员会"
NATIONAL = "全国人民代表大会常务委员会"


def organs(facts):
    return {(o.mention, o.canonical) for o in facts.organs}


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("会议听取省人大社会建设委关于草案审议结果的报告。", "省人大社会建设委", "广东省人民代表大会社会建设委员会"),
        ("听取省人大财政经济委关于决算草案的审查结果报告。", "省人大财政经济委", "广东省人民代表大会财政经济委员会"),
        ("由省人大农业农村委牵头开展调研。", "省人大农业农村委", "广东省人民代表大会农业农村委员会"),
        ("听取省人大法制委、华侨民族宗教委关于上述法规的审查报告。", "华侨民族宗教委", "广东省人民代表大会华侨民族宗教委员会"),
        ("省人大常委会城建工委组织调研。", "省人大常委会城建工委", "广东省人民代表大会常务委员会城建工作委员会"),
    ],
)
def test_a_committee_cut_to_wei_is_named_in_full(facts_of, text, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, PROVINCE))


@pytest.mark.parametrize(
    "text",
    [
        "区人大常委会紧紧围绕区委中心工作开展监督。",
        "省人大常委会全面贯彻落实党中央及省委决策部署。",
        "全国人大常委会决定设立法制委员会。",
        "推动江海区人大常委会被全国人大常委会法工委确定为基层立法联系点。",
    ],
)
def test_a_sentence_after_a_congress_is_no_committee(facts_of, text):
    assert not any(len(m) > 12 for m, _ in organs(facts_of(text, PROVINCE)))


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("传达了县十八届人大常委会第十七次会议精神。", "县十八届人大常委会", "安化县人民代表大会常务委员会"),
        ("学习县十八届人大四次会议精神。", "县十八届人大", "安化县人民代表大会"),
        ("会议审议了县人大常委会工作要点。", "县人大常委会", "安化县人民代表大会常务委员会"),
    ],
)
def test_a_township_report_names_its_county_once(facts_of, text, mention, canonical):
    found = organs(facts_of(text, "安化县马路镇人民代表大会主席团"))
    assert (mention, canonical) in found
    assert not any("安化县安化县" in (c or "") or "马路镇人民代表大会常务委员会" in (c or "") for _, c in found)


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("会议学习了市七届人大四次会议和县十八届人大四次会议精神。", "安化县马路镇人民代表大会主席团", "安化县人民代表大会"),
        ("听取了市人大常委会和县人大常委会的意见。", "安化县马路镇人民代表大会主席团", "安化县人民代表大会常务委员会"),
    ],
)
def test_and_before_a_level_word_is_not_the_county_he(facts_of, text, organ, canonical):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert canonical in found
    assert not any((c or "").startswith("和县") for c in found)


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("10个专门委员会、4个工作委员会参与调研。", NATIONAL, "专门委员会", "全国人民代表大会各专门委员会"),
        ("10个专门委员会、4个工作委员会参与调研。", NATIONAL, "工作委员会", "全国人民代表大会常务委员会各工作委员会"),
        ("各专门委员会认真审议代表议案。", PROVINCE, "各专门委员会", "广东省人民代表大会各专门委员会"),
        ("常委会办公厅做好服务保障。", NATIONAL, "常委会办公厅", "全国人民代表大会常务委员会办公厅"),
    ],
)
def test_special_committees_belong_to_the_congress_working_committees_to_its_standing_committee(
        facts_of, text, organ, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, organ))


@pytest.mark.parametrize(
    "text",
    [
        "审议了《合肥市人民代表大会常务委员会关于召开合肥市第十六届人民代表大会第五次会议的决定（草案）》。",
        "会议通过了《合肥市人大常委会2024年监督工作计划》。",
        "印发《关于市人民政府重点工作推进情况的通报》。",
    ],
)
def test_an_organ_inside_any_title_is_no_mention(facts_of, text):
    assert facts_of(text, CITY).organs == []


@pytest.mark.parametrize(
    "text",
    [
        "审议《广东省人民代表大会常务委员会关于召开广东省第十四届人民代表大会第三次会议的决定（草案）》。",
        "通过了《关于召开省十四届人大常委会第十次会议的决定》。",
        "审议了《广东省人民代表大会常务委员会关于省第十四届人民代表大会代表名额和选举问题的决定（草案）》。",
    ],
)
def test_a_decision_on_the_congress_own_procedure_is_no_law(facts_of, text):
    assert facts_of(text, PROVINCE).laws == []
