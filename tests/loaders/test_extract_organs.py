"""Organs: canonical full names, relative references, collectives."""
from __future__ import annotations

import pytest
from extract_helpers import organs as mentions


def organs(facts):
    return {o.canonical for o in facts.organs}


def test_relative_references_resolve_against_the_report(facts_of):
    facts = facts_of("区人大常委会在区委领导下,督促区政府整改。", organ="南京市鼓楼区人民代表大会常务委员会")
    assert organs(facts) == {"南京市鼓楼区人民代表大会常务委员会", "中共南京市鼓楼区委员会", "南京市鼓楼区人民政府"}


def test_higher_levels_resolve_through_the_gazetteer(facts_of):
    facts = facts_of("配合省、市人大常委会开展检查,落实省委部署。", organ="南京市鼓楼区人民代表大会常务委员会")
    assert organs(facts) == {"江苏省人民代表大会常务委员会", "南京市人民代表大会常务委员会", "中共江苏省委员会"}


def test_collective_mentions_give_one_entry_per_organ(facts_of):
    facts = facts_of("听取公检法三机关工作情况报告。", organ="南京市鼓楼区人民代表大会常务委员会")
    assert organs(facts) == {"南京市公安局鼓楼区分局", "南京市鼓楼区人民检察院", "南京市鼓楼区人民法院"}


def test_one_government_two_courts_at_province_level(facts_of):
    facts = facts_of("审议“一府两院”专项工作报告。", organ="浙江省人民代表大会常务委员会")
    assert organs(facts) == {"浙江省人民政府", "浙江省高级人民法院", "浙江省人民检察院"}


def test_national_organs(facts_of):
    facts = facts_of("听取国务院、最高人民法院工作报告,贯彻党中央部署。", organ="全国人民代表大会常务委员会")
    assert organs(facts) == {"中华人民共和国国务院", "中华人民共和国最高人民法院", "中共中央委员会"}


def test_explicit_area_names_and_party_committee(facts_of):
    facts = facts_of("中共无锡市委书记出席会议,无锡市人大常委会主任讲话。")
    assert organs(facts) == {"中共无锡市委员会", "无锡市人民代表大会常务委员会"}


def test_organs_inside_law_titles_are_not_mentions(facts_of):
    facts = facts_of("开展《江苏省人大常委会关于促进大运河文化带建设的决定》执法检查。")
    assert organs(facts) == set()


def test_unknown_parent_level_stays_an_unresolved_mention(facts_of):
    facts = facts_of("在县人大常委会指导下,镇人大主席团组织代表视察。", organ="桃源镇人民代表大会主席团（浙江省）")
    assert organs(facts) == {"县人民代表大会常务委员会", "桃源镇人民代表大会主席团"}
    assert [(o.mention, o.canonical) for o in facts.organs if o.unnamed_place] == [("县人大常委会", "县人民代表大会常务委员会")]


def test_words_ending_in_area_characters_are_not_organs(facts_of):
    facts = facts_of("推进社区委员会建设和法治政府建设。")
    assert organs(facts) == set()


def test_relative_courts_and_procuratorates_are_overseen(facts_of):
    facts = facts_of("听取审议区人民法院关于行政审判工作情况的报告。", organ="南京市鼓楼区人民代表大会常务委员会")
    assert organs(facts) == {"南京市鼓楼区人民法院"}
    assert facts.activities[0].overseen == ["南京市鼓楼区人民法院"]


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("省人大常委会党组书记主持会议。", "湖南省人民代表大会常务委员会", "省人大常委会党组", "中共湖南省人民代表大会常务委员会党组"),
        ("党组成员列席会议。", "广州市人民代表大会常务委员会", "党组", "中共广州市人民代表大会常务委员会党组"),
        ("通过党组会议、理论学习中心组学习。", "宁波市人民代表大会常务委员会", "党组", "中共宁波市人民代表大会常务委员会党组"),
        ("市人大常委会机关党组开展主题党日活动。", "聊城市人民代表大会常务委员会", "市人大常委会机关党组", "中共聊城市人民代表大会常务委员会机关党组"),
        ("县政府党组研究落实审议意见。", "德清县人民代表大会常务委员会", "县政府党组", "中共德清县人民政府党组"),
        ("全国人大常委会党组向党中央请示报告。", "湖南省人民代表大会常务委员会", "全国人大常委会党组", "中共全国人民代表大会常务委员会党组"),
    ],
)
def test_a_party_group_is_its_own_organ(facts_of, text, organ, mention, canonical):
    found = mentions(facts_of(text, organ))
    assert (mention, canonical) in found
    assert not any(m != mention and mention.startswith(m) for m, _ in found)  # not also its organ


def test_a_party_organisation_is_no_party_group(facts_of):
    assert not any("党组" in (c or "") for _, c in mentions(facts_of("加强基层党组织建设。", "宁波市人民代表大会常务委员会")))


@pytest.mark.parametrize("text", [
    "督促各级“一府一委两院”严格依法制定规范性文件。",
    "各级一府两院要自觉接受人大监督。",
    "推动各“一府两院”依法履职。",
])
def test_every_level_s_organs_are_no_organ_of_the_report(facts_of, text):
    """各级一府两院 names the organs of every area, none of them the report's own."""
    assert organs(facts_of(text, organ="河北省人民代表大会常务委员会")) == set()


@pytest.mark.parametrize(("organ", "text", "expected"), [
    ("河北省人民代表大会常务委员会", "听取了保定市、涿州市、徐水区政府及有关部门的汇报。",
     {"保定市人民政府", "涿州市人民政府", "保定市徐水区人民政府"}),
    ("武汉市人民代表大会常务委员会", "新洲区、黄陂区人大常委会联合开展执法检查。",
     {"武汉市新洲区人民代表大会常务委员会", "武汉市黄陂区人民代表大会常务委员会"}),
    ("湖北省人民代表大会常务委员会", "宜昌市、襄阳市人民政府负责同志作了汇报。", {"宜昌市人民政府", "襄阳市人民政府"}),
])
def test_areas_listed_before_one_organ_word_each_have_that_organ(facts_of, organ, text, expected):
    assert organs(facts_of(text, organ=organ)) == expected


# The maker of a law named right before its title is the law's issuer, not an organ the work oversaw.
# Sentences of the genre paraphrased from pages of the search tool's `pages` corpus: 国务院和省《物业管理条例》
# (hbdingbang.cn/edu/cpm/154041.html), a State Council regulation beside a provincial government's rule, a
# regulation named with its making (颁布的, 发布的).
@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("市人大常委会对国务院《物业管理条例》贯彻实施情况开展执法检查。", "南阳市人民代表大会常务委员会"),
        ("县人大常委会对国务院《农田水利条例》和省政府《农村饮水安全工程管理办法》贯彻执行情况开展执法检查。",
         "平山县人民代表大会常务委员会"),
        ("区人大常委会对国务院颁布的《城市绿化条例》实施情况开展执法检查。", "武汉市新洲区人民代表大会常务委员会"),
        ("市人大常委会对国务院发布的《城镇燃气管理条例》实施情况开展执法检查。", "石家庄市人民代表大会常务委员会"),
    ],
)
def test_a_laws_maker_is_not_overseen(facts_of, text, organ):
    facts = facts_of(text, organ=organ)
    assert [a.type for a in facts.activities] == ["law_enforcement_inspection"]
    assert facts.activities[0].overseen == []


@pytest.mark.parametrize(
    ("text", "overseen"),
    [
        # the organ reports on a law (关于《X》…的报告): it is overseen
        ("听取审议市政府关于《物业管理条例》贯彻实施情况的报告。", ["苏州市人民政府"]),
        # a report's title after its maker is no law
        ("审议了县人民政府《关于全县宗教活动场所管理情况的报告》。", ["苏州市吴江区人民政府"]),
    ],
)
def test_an_organ_before_a_report_title_stays_overseen(facts_of, text, overseen):
    organ = "苏州市吴江区人民代表大会常务委员会" if "县" in text else "苏州市人民代表大会常务委员会"
    assert facts_of(text, organ=organ).activities[0].overseen == overseen
