"""Organ names of round 33 (a first-time analyst's class 5): a department whose own name joins two fields with 和,
not in the lexicon, is read whole, never cut at 和 into a body that does not exist (市住房和建设局 was 深圳市建设局);
a 和 after a department's own ending still joins two departments (:func:`loaders.lexicon.areas.joins_levels`).

Sentences written for this test in the genre's style (the analyst's, v31's of readable dev, and variants), simplified
and traditional.
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

SHENZHEN = "广东省深圳市人民代表大会常务委员会"
TONGSHAN = "湖北省通山县人民代表大会常务委员会"
LINYOU = "陕西省宝鸡市麟游县人民代表大会常务委员会"
CHAOYANG = "北京市朝阳区人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("结合审议市政府关于住房保障工作情况的报告开展专题询问，市住房和建设局负责人到会应询。", SHENZHEN,
         "市住房和建设局", "深圳市住房和建设局"),
        ("市住房和建設局負責人到會應詢。", SHENZHEN, "市住房和建設局", "深圳市住房和建设局"),
        ("深圳市住房和建设局、市规划和自然资源局负责人应询。", SHENZHEN, "深圳市住房和建设局", "深圳市住房和建设局"),
        ("县人大常委会听取和审议了县文化和旅游体育局关于文物保护工作情况的报告。", TONGSHAN,
         "县文化和旅游体育局", "通山县文化和旅游体育局"),
        ("区人大常委会对区农业农村和水利局开展工作评议。", CHAOYANG, "区农业农村和水利局", "北京市朝阳区农业农村和水利局"),
        ("听取县政府、县人社局、县自然资源和林业局关于代表建议办理情况的报告。", LINYOU,
         "县自然资源和林业局", "麟游县自然资源和林业局"),
        ("县人大常委会听取了县交通和物流发展局的汇报。", TONGSHAN, "县交通和物流发展局", "通山县交通和物流发展局"),
    ],
)
def test_a_department_named_with_and_is_read_whole(facts_of, text, organ, mention, canonical):
    found = organs(facts_of(text, organ))
    assert (mention, canonical) in found
    assert not [c for _, c in found if c != canonical and canonical.endswith(c[-5:]) and len(c) < len(canonical)
                and c.endswith("局")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县人大常委会组织代表视察县教育局和县卫健局的工作。", {"通山县教育局", "通山县卫生健康局"}),
        ("县卫健局和县教育局配合开展检查，县政府和县法院派员参加。", {"通山县卫生健康局", "通山县教育局", "通山县人民政府"}),
        ("县政府和教育局负责人参加座谈。", {"通山县人民政府"}),
        ("县人大常委会听取了县人力资源和社会保障局、县住房和城乡建设局的汇报。",
         {"通山县人力资源和社会保障局", "通山县住房和城乡建设局"}),
    ],
)
def test_and_after_a_departments_or_organs_ending_still_joins_two(facts_of, text, expected):
    canonicals = {c for _, c in organs(facts_of(text, TONGSHAN))}
    assert expected <= canonicals
    assert not [c for c in canonicals if "和县" in c or "政府和" in c or "局和" in c]


WEIFANG = "山东省潍坊市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("市人大常委会环境资源工作委员会对全市垃圾分类工作开展了视察。", "潍坊市人民代表大会常务委员会环境资源工作委员会"),
        ("市人大常委会监察司法工作委员会开展调研。", "潍坊市人民代表大会常务委员会监察司法工作委员会"),
        ("市人大環境資源委員會召開全體會議。", "潍坊市人民代表大会环境资源委员会"),
        ("市人大社会委员会开展调研。", "潍坊市人民代表大会社会委员会"),
        # abbreviations are expanded as before: their full name is certain
        ("市人大常委会环资工委开展调研。", "潍坊市人民代表大会常务委员会环境与资源保护工作委员会"),
        ("市人大教科文卫委员会开展视察。", "潍坊市人民代表大会教育科学文化卫生委员会"),
        ("市人大财经委开展调研。", "潍坊市人民代表大会财政经济委员会"),
    ],
)
def test_a_committee_written_in_full_keeps_the_words_its_jurisdiction_names_it_by(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, WEIFANG))}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("市人大常委会代表工作委员会对建议办理情况开展跟踪督办。", "市人大常委会代表工作委员会"),
        ("潍坊市人大常委会代表工作委员会召开座谈会。", "潍坊市人大常委会代表工作委员会"),
        ("市人大常委会代表工委对建议办理情况开展调研。", "市人大常委会代表工委"),
    ],
)
def test_the_deputies_working_committee_named_in_full_is_an_organ(facts_of, text, mention):
    assert (mention, "潍坊市人民代表大会常务委员会代表工作委员会") in organs(facts_of(text, WEIFANG))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人大常委会和市监察委员会联合召开座谈会。", {"深圳市人民代表大会常务委员会", "深圳市监察委员会"}),
        ("市人大常委会与市发展和改革委员会共同开展调研。", {"深圳市人民代表大会常务委员会", "深圳市发展和改革委员会"}),
        ("市人大常委会及市人民政府有关部门参加。", {"深圳市人民代表大会常务委员会", "深圳市人民政府"}),
        ("市人大常委會和市監察委員會聯合召開座談會。", {"深圳市人民代表大会常务委员会", "深圳市监察委员会"}),
    ],
)
def test_a_conjunction_after_the_standing_committee_opens_no_committee_of_it(facts_of, text, expected):
    """A committee's field never opens with 和/及/与: 市人大常委会和市监察委员会 is two organs, not one committee of the
    standing committee named 和市监察委员会 (a first-time analyst, round 33)."""
    canonicals = {c for _, c in organs(facts_of(text, SHENZHEN))}
    assert expected <= canonicals, canonicals
    assert not [c for c in canonicals if "常务委员会" in c and c.endswith("委员会") and c[-5:] != "常务委员会"], canonicals
