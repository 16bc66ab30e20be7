"""Organ classes of round 29, as round 44's ruling 1 reads them. A town the report's header names by its own name, its
county in brackets (安丰镇人民代表大会（江苏省泰州市兴化市）), names its party bodies with that county as its other organs
(中共兴化市安丰镇委员会: the bracket is the collector's statement of where the organ is; round 29 named them as the
header names the town, 中共安丰镇委员会); a header naming the county first (三台县景福镇人民代表大会) keeps it alike.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest
from extract_helpers import organs


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("会议传达了镇党委关于人大工作的意见。", "安丰镇人民代表大会（江苏省泰州市兴化市）", "中共兴化市安丰镇委员会"),
        ("镇党委书记出席会议并讲话。", "张寨镇人民代表大会（江苏省徐州市沛县）", "中共沛县张寨镇委员会"),
        ("鎮黨委高度重視人大工作。", "上羅鎮人民代表大會（四川省宜賓市珙縣）", "中共珙县上罗镇委员会"),
        ("镇纪委对代表反映的问题进行了核查。", "樟木镇人民代表大会（广西壮族自治区贵港市覃塘区）",
         "中共贵港市覃塘区樟木镇纪律检查委员会"),
        ("乡党委书记主持召开座谈会。", "冠山乡人民代表大会（江西省吉安市吉水县）", "中共吉水县冠山乡委员会"),
    ],
)
def test_a_town_the_header_places_in_brackets_names_its_party_bodies_with_its_county(facts_of, text, organ, canonical):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert canonical in found
    assert not {c for c in found if c.startswith("中共") and c[2:4] == organ[:2]}  # never the town's name alone


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("会议传达了镇党委关于人大工作的意见。", "三台县景福镇人民代表大会", "中共三台县景福镇委员会"),
        ("镇人民政府负责同志汇报了工作。", "安丰镇人民代表大会（江苏省泰州市兴化市）", "兴化市安丰镇人民政府"),
    ],
)
def test_a_county_named_first_or_another_organ_keeps_the_county(facts_of, text, organ, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


@pytest.mark.parametrize(
    "text",
    [
        "住建局、公安局等多个政府主要部门负责人到会应询。",
        "还存在政府管理部门依法保护未成年人责任意识有待提高等问题。",
        "检查组听取了属地政府的汇报，并向当地政府反馈了发现的问题。",
        "檢查組聽取了屬地政府的匯報。",
    ],
)
def test_governments_in_general_are_not_the_reports_own(facts_of, text):
    assert not [c for _, c in organs(facts_of(text, "忻州市人民代表大会常务委员会")) if c and c.endswith("人民政府")]


@pytest.mark.parametrize(
    "text",
    ["会议听取了政府关于水污染防治法贯彻实施情况的报告。", "政府及时回应了代表关切。"],
)
def test_a_bare_government_is_still_the_reports_own(facts_of, text):
    assert "忻州市人民政府" in {c for _, c in organs(facts_of(text, "忻州市人民代表大会常务委员会"))}


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("区人大社建委开展了专题调研。", "重庆市铜梁区人民代表大会常务委员会", "重庆市铜梁区人民代表大会社会建设委员会"),
        ("區人大常委會人代工委牽頭組織代表培訓。", "重庆市璧山区人民代表大会常务委员会", "重庆市璧山区人民代表大会常务委员会人代工委"),
        ("市人大常委会城环资工委对污染防治情况进行了调研。", "雅安市人民代表大会常务委员会", "雅安市人民代表大会常务委员会城环资工委"),
        ("市人大常委会法工委负责起草。", "雅安市人民代表大会常务委员会", "雅安市人民代表大会常务委员会法制工作委员会"),
    ],
)
def test_a_committees_short_name_expands_only_where_its_full_name_is_one(facts_of, text, organ, canonical):
    """社建委 is the 社会建设委员会 everywhere; 人代工委 and 城环资工委 have full names that vary by place, so they stay as
    written (round 29's ruling: expanded where the full name is unambiguous)."""
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


@pytest.mark.parametrize(
    "text",
    ["这是响应县委号召、促进县政府工作的具体举措。", "各部门要适应县委的新要求。", "這是響應縣委號召的具體舉措。"],
)
def test_a_word_ending_in_an_areas_first_character_is_no_area(facts_of, text):
    """响应县委: 响应 and the county committee, not the county 应县's committee."""
    found = {c for _, c in organs(facts_of(text, "蒲城县人民代表大会常务委员会"))}
    assert "中共蒲城县委员会" in found
    assert "中共应县委员会" not in found


@pytest.mark.parametrize(
    "text",
    ["十九届中央政治局委员、全国人大常委会副委员长出席会议。", "政治局常委、全国人大常委会委员长作重要讲话。",
     "中共中央政治局常委出席。", "十九屆中央政治局委員出席會議。"],
)
def test_the_politburo_named_short_is_the_politburo(facts_of, text):
    assert "中共中央政治局" in {c for _, c in organs(facts_of(text, "全国人民代表大会常务委员会"))}


def test_a_bureau_of_politics_inside_a_word_is_no_politburo(facts_of):
    assert "中共中央政治局" not in {c for _, c in organs(facts_of("县公安局政治局委员到会。", "安吉县人民代表大会常务委员会"))}


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("省人大常委会副秘书长，各专门委员会、人事代表选举工作委员会负责人出席。", "青海省人民代表大会常务委员会",
         "青海省人民代表大会常务委员会人事代表选举工作委员会"),
        ("全国人大财政经济委员会、常委会预算工作委员会开展了专题调研。", "全国人民代表大会常务委员会",
         "全国人民代表大会常务委员会预算工作委员会"),
        ("全國人大財政經濟委員會、常委會預算工作委員會開展了專題調研。", "全国人民代表大会常务委员会",
         "全国人民代表大会常务委员会预算工作委员会"),
    ],
)
def test_a_committee_named_in_full_is_that_committee_not_the_set(facts_of, text, organ, canonical):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert canonical in found
    assert not [c for c in found if c.endswith("各工作委员会")]


@pytest.mark.parametrize(
    "text", ["省人大各专门委员会和工作委员会加强协作。", "常委会10个工作委员会分别开展调研。", "各工作委员会负责同志列席会议。"],
)
def test_the_working_committees_named_by_their_kind_are_the_set(facts_of, text):
    found = {c for _, c in organs(facts_of(text, "青海省人民代表大会常务委员会"))}
    assert "青海省人民代表大会常务委员会各工作机构" in found


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("常委会考察组一行先后来到三个乡镇。", "岐山县人民代表大会常务委员会考察组"),
        ("县人大常委会立法后评估组对条例实施情况进行了评估。", "岐山县人民代表大会常务委员会立法后评估组"),
        ("县人大工作指导组到街道指导代表履职工作。", "岐山县人民代表大会常务委员会工作指导组"),
        ("执法组深入企业检查安全生产法贯彻实施情况。", "岐山县人民代表大会常务委员会执法检查组"),
        ("常委會考察組一行先後來到三個鄉鎮。", "岐山县人民代表大会常务委员会考察组"),
    ],
)
def test_groups_of_the_standing_committee_named_by_their_work(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, "岐山县人民代表大会常务委员会"))}


@pytest.mark.parametrize(
    ("organ", "text", "expected", "not_expected"),
    [
        ("县人民代表大会常务委员会（德州市属县，县名未载）", "常委会听取了县政府的报告。", "县人民代表大会常务委员会",
         "德州市人民代表大会常务委员会"),
        ("县人民代表大会常务委员会（德州市属县，县名未载）", "常委會聽取了縣政府的報告。", "县人民政府", "德州市人民政府"),
        ("区人大常委会（四川省成都市）", "常委会审议了区政府的报告。", "区人民代表大会常务委员会", "成都市人民代表大会常务委员会"),
        ("镇江市人民代表大会常务委员会", "常委会听取了市政府的报告。", "镇江市人民代表大会常务委员会", "县人民代表大会常务委员会"),
    ],
)
def test_a_header_naming_its_organ_by_a_level_word_below_its_areas(facts_of, organ, text, expected, not_expected):
    """The header's bare 县 below the city it gives in brackets is that city's unnamed county, never the city."""
    found = {c for _, c in organs(facts_of(text, organ))}
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "organ", "expected", "not_expected"),
    [
        ("本次执法检查严格对标全国人大执法检查安排和要求。", "四川省人民代表大会常务委员会", "全国人民代表大会常务委员会",
         "全国人民代表大会"),
        ("受全国人大委托，省人大常委会开展长江保护法执法检查。", "四川省人民代表大会常务委员会", "全国人民代表大会常务委员会",
         "全国人民代表大会"),
        ("会议传达了全国人大社会建设工作座谈会精神。", "河北省人民代表大会常务委员会", None, "全国人民代表大会"),
        ("大会通过关于修改全国人大组织法的决定、关于修改全国人大议事规则的决定。", "全国人民代表大会常务委员会", None,
         "全国人民代表大会"),
        ("全国人大及其常委会监督“一府两院”的工作。", "全国人民代表大会常务委员会", "全国人民代表大会", None),
    ],
)
def test_the_npc_named_bare(facts_of, text, organ, expected, not_expected):
    """Bare 全国人大 doing its standing committee's work (执法检查, 委托) is the standing committee; a meeting it holds or a
    law named after it is no mention; 全国人大及其常委会 stays the congress."""
    found = {c for m, c in organs(facts_of(text, organ)) if m.replace("全國", "全国").startswith("全国人大")}
    assert expected is None or expected in found
    assert not_expected is None or not_expected not in found


@pytest.mark.parametrize(
    ("text", "organ", "expected", "not_expected"),
    [
        ("区人大常委会副主任方静，代表人事工委主要负责人参加活动。", "长塘镇人民代表大会主席团（浙江省绍兴市上虞区）",
         "绍兴市上虞区人民代表大会常务委员会代表人事工作委员会", "绍兴市上虞区长塘镇人民代表大会代表人事工作委员会"),
        ("会议听取了代表资格审查委员会的报告。", "澧县大堰垱镇人民代表大会", "澧县大堰垱镇人民代表大会代表资格审查委员会",
         "澧县人民代表大会常务委员会代表资格审查委员会"),
        ("县人大常委会副主任带领人大机关部分委室主任视察。", "舞阳县人民代表大会常务委员会", None,
         "舞阳县人民代表大会机关部分委员会"),
    ],
)
def test_bodies_named_alone_belong_where_they_can(facts_of, organ, text, expected, not_expected):
    """A working committee named alone in a township's report is its county's standing committee's (a township has
    none); the township congress's own bodies stay its; a room of the congress's offices (委室) is no committee."""
    found = {c for _, c in organs(facts_of(text, organ))}
    assert expected is None or expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("各区人大常委会开展了同步检查。", "运城市人民代表大会常务委员会", "运城市各区人民代表大会常务委员会"),
        ("区县(自治县)人大常委会开展了同步检查。", "重庆市人民代表大会常务委员会", "重庆市各区县（自治县）人民代表大会常务委员会"),
        ("各縣（市、區）人大常委會開展了同步檢查。", "苍南县人民代表大会常务委员会", "温州市各县（市、区）人民代表大会常务委员会"),
    ],
)
def test_the_congresses_one_level_down_named_as_a_set(facts_of, text, organ, canonical):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert canonical in found


def test_one_level_word_not_below_the_report_is_no_set(facts_of):
    found = {c for _, c in organs(facts_of("各县人大常委会开展了同步检查。", "苍南县人民代表大会常务委员会"))}
    assert not [c for c in found if "各县" in c]


def test_a_committee_name_holds_no_other_congress(facts_of):
    """州人大常委会组织由州人大法制委员会…: two bodies, not one committee named 组织由州人大法制委员会."""
    found = {c for _, c in organs(facts_of("州人大常委会组织由州人大法制委员会、农业与农村委员会开展评估。",
                                           "延边朝鲜族自治州人民代表大会常务委员会"))}
    assert "延边朝鲜族自治州人民代表大会法制委员会" in found
    assert not [c for c in found if "组织由" in c]
