"""Law and organ classes readable dev missed in round 28 (issue 10), several phrasings each.

Laws: a decision setting an electoral system (a decision on persons' elections is not); rules of procedure named
bare inside the decision amending them; catalog decisions under their maker's short name; customary short names;
a short title after the words of its amendment; a decision listed after a comma among adopted titles; 修正 as a
verb of law-making; a repealed regulation a report names. Organs: a group keeping the work it was formed for;
provinces listed and counted before one organ word; departments written as commissions; autonomous areas by
their short name with 自治; a prefecture's administrative office; sub-bodies not cut back to their parent; the
Central Committee's departments.

Every sentence is written for this test in the genre's style, simplified and traditional where the genre uses both.
"""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL, law_titles, organs

REGION = "广西壮族自治区人民代表大会常务委员会"
DISTRICT = "淮南市谢家集区人民代表大会常务委员会"
PROVINCE = "甘肃省人民代表大会常务委员会"
HK_DECISION = "全国人民代表大会关于完善香港特别行政区选举制度的决定"


@pytest.mark.parametrize(
    "text",
    [
        "大会表决通过全国人民代表大会关于完善香港特别行政区选举制度的决定。",
        "十三届全国人大四次会议审议了关于完善香港特别行政区选举制度的决定草案。",
        "大會通過關于完善香港特別行政區選舉制度的決定草案修改稿。",
    ],
)
def test_a_decision_setting_an_electoral_system_is_a_law(facts_of, text):
    assert HK_DECISION in law_titles(facts_of(text, NATIONAL))


@pytest.mark.parametrize(
    "text",
    [
        "会议通过了关于补选王某某为全国人民代表大会代表的决定。",
        "会议表决通过关于接受李某某辞去全国人民代表大会代表职务的决定。",
    ],
)
def test_a_decision_on_persons_elected_stays_no_law(facts_of, text):
    assert facts_of(text, NATIONAL).laws == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("大会通过关于修改全国人大组织法的决定、关于修改全国人大议事规则的决定。", "全国人民代表大会议事规则"),
        ("会议表决通过了关于修改全国人大议事规则的决定草案。", "全国人民代表大会议事规则"),
        ("大會審議通過關於修改全國人大議事規則的決定。", "全国人民代表大会议事规则"),
    ],
)
def test_the_rules_of_procedure_a_decision_amends_are_a_law_of_their_own(facts_of, text, title):
    assert title in law_titles(facts_of(text, NATIONAL))


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("会议要求，区人大常委会评议调研组要认真梳理问题、形成评议意见。", DISTRICT,
         "淮南市谢家集区人民代表大会常务委员会评议调研组"),
        ("評議調研小組先後走訪了區住建局和區城管局。", DISTRICT,
         "淮南市谢家集区人民代表大会常务委员会评议调研小组"),
        ("区人大常委会组成4个评议征求意见工作组，分赴各街道听取意见。", DISTRICT,
         "淮南市谢家集区人民代表大会常务委员会评议征求意见工作组"),
        ("省人大常委会副主任带领代表视察组察看了三处石窟文物点。", PROVINCE,
         "甘肃省人民代表大会常务委员会代表视察组"),
    ],
)
def test_a_group_keeps_the_work_it_was_formed_for_in_its_name(facts_of, text, organ, canonical):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert canonical in found
    assert canonical.replace("评议", "").replace("代表视察", "视察") not in found


WILDLIFE = "全国人民代表大会常务委员会关于全面禁止非法野生动物交易、革除滥食野生动物陋习、切实保障人民群众生命健康安全的决定"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("执法检查组检查野生动物保护法和全国人大常委会关于全面禁止非法野生动物交易、革除滥食野生动物陋习、"
         "切实保障人民群众生命健康安全的决定的实施情况。", WILDLIFE),
        ("檢查組檢查全國人大常委會關於全面禁止非法野生動物交易、革除濫食野生動物陋習、切實保障人民群眾生命健康安全的決定"
         "貫徹實施情況。", WILDLIFE),
        ("常委会依据全国人大常委会关于加强经济工作监督的决定开展监督。", "全国人民代表大会常务委员会关于加强经济工作监督的决定"),
    ],
)
def test_a_catalog_decision_named_with_its_makers_short_name_is_found_bare(facts_of, text, title):
    assert title in law_titles(facts_of(text, REGION))


@pytest.mark.parametrize(
    "text",
    [
        "会议通过了关于香港国安法有关条款的解释。",
        "坚决拥护香港国安法的实施，维护国家安全。",
    ],
)
def test_customary_short_names_of_national_laws_are_the_catalog_law(facts_of, text):
    assert law_titles(facts_of(text, NATIONAL)) == {"中华人民共和国香港特别行政区维护国家安全法"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("常委会全面学习宣传贯彻新修改的宪法，推动宪法实施迈出新步伐。", "中华人民共和国宪法"),
        ("組織委員認真學習修訂後的水法，提高履職能力。", "中华人民共和国水法"),
        ("深入宣传修改后的宪法、监督法等法律。", "中华人民共和国宪法"),
    ],
)
def test_a_short_title_after_the_words_of_its_amendment_is_the_law(facts_of, text, title):
    assert title in law_titles(facts_of(text, NATIONAL))


@pytest.mark.parametrize(
    "text",
    [
        "常委会加强宪法实施和监督，推进合宪性审查。",
        "组织新任命人员进行宪法宣誓。",
        "作出修改宪法的建议。",
    ],
)
def test_the_constitution_named_in_general_is_still_no_mention(facts_of, text):
    assert "中华人民共和国宪法" not in law_titles(facts_of(text, NATIONAL))


@pytest.mark.parametrize(
    "text",
    [
        "人大代表联组视察调研是人大代表法规定的活动。",
        "认真贯彻人大代表法，保障代表依法履职。",
    ],
)
def test_the_deputies_law_named_by_its_customary_name(facts_of, text):
    assert "中华人民共和国全国人民代表大会和地方各级人民代表大会代表法" in law_titles(facts_of(text, NATIONAL))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("委托上海、江苏、广西3个省区市人大常委会在本行政区域内开展检查。",
         {"上海市人民代表大会常务委员会", "江苏省人民代表大会常务委员会", "广西壮族自治区人民代表大会常务委员会"}),
        ("委託吉林、浙江等5個省人大常委會同步開展檢查。", {"吉林省人民代表大会常务委员会", "浙江省人民代表大会常务委员会"}),
        ("请四川、云南、贵州三省人大常委会协助开展调研。",
         {"四川省人民代表大会常务委员会", "云南省人民代表大会常务委员会", "贵州省人民代表大会常务委员会"}),
    ],
)
def test_provinces_listed_by_short_name_and_counted_before_one_organ_word_each_have_it(facts_of, text, expected):
    found = {c for _, c in organs(facts_of(text, NATIONAL))}
    assert expected <= found
    assert "吉林市人民代表大会常务委员会" not in found


CITY = "达州市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("市发改委、住建局、食药局、城管局等多个政府部门负责人作为应询人到会。", "达州市食品药品监督管理局"),
        ("會議聽取了市食藥局關於食品安全工作情況的匯報。", "达州市食品药品监督管理局"),
        ("市城管局、市工信委、市国土局等8部门分别作了汇报。", "达州市工业和信息化委员会"),
        ("专题询问中，市工业和信息化委员会负责同志回答了提问。", "达州市工业和信息化委员会"),
        ("市工信局负责同志作了汇报。", "达州市工业和信息化局"),
    ],
)
def test_departments_by_their_short_stems_and_the_suffix_written(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, CITY))}


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("调研组赴务川自治县人大常委会、道真自治县人大常委会开展调研。", "贵州省人民代表大会常务委员会",
         "务川仡佬族苗族自治县人民代表大会常务委员会"),
        ("调研组赴务川自治县人大常委会、道真自治县人大常委会开展调研。", "贵州省人民代表大会常务委员会",
         "道真仡佬族苗族自治县人民代表大会常务委员会"),
        ("長陽自治縣人民政府負責同志作了匯報。", "宜昌市人民代表大会常务委员会", "长阳土家族自治县人民政府"),
        ("五峰自治县人大常委会开展执法检查。", "宜昌市人民代表大会常务委员会", "五峰土家族自治县人民代表大会常务委员会"),
    ],
)
def test_an_autonomous_county_named_by_its_short_name_and_unit_is_named_in_full(facts_of, text, organ, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


def test_a_law_titled_with_an_autonomous_countys_short_name_and_unit_is_that_countys(facts_of):
    assert law_titles(facts_of("常委会审议长阳自治县清江保护条例。", "宜昌市人民代表大会常务委员会")) == {"长阳土家族自治县清江保护条例"}


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("会议听取了阿拉善盟行署相关职能部门的汇报。", "阿拉善盟人民代表大会常务委员会", "阿拉善盟行政公署"),
        ("阿拉善盟行政公署负责同志到会听取意见。", "阿拉善盟人民代表大会常务委员会", "阿拉善盟行政公署"),
        ("州人民政府、塔城地區行署有關負責同志參加座談。", "博尔塔拉蒙古自治州人民代表大会常务委员会", "塔城地区行政公署"),
    ],
)
def test_a_prefectures_or_leagues_government_is_its_administrative_office(facts_of, text, organ, canonical):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert canonical in found
    assert canonical.replace("行政公署", "人民政府") not in found


@pytest.mark.parametrize(
    ("text", "organ", "canonical", "parent"),
    [
        ("全国人大常委会办公厅研究室负责同志参加座谈。", NATIONAL, "全国人民代表大会常务委员会办公厅研究室",
         "全国人民代表大会常务委员会办公厅"),
        ("吉林省人民检察院延边林区分院有关负责同志列席会议。", "延边朝鲜族自治州人民代表大会常务委员会",
         "吉林省人民检察院延边林区分院", "吉林省人民检察院"),
        ("武汉市人大常委会法规工作室负责人介绍了立法情况。", "武汉市人民代表大会常务委员会",
         "武汉市人民代表大会常务委员会法规工作室", "武汉市人民代表大会常务委员会"),
    ],
)
def test_a_sub_body_named_after_its_parent_is_not_cut_back_to_it(facts_of, text, organ, canonical, parent):
    found = {c for _, c in organs(facts_of(text, organ))}
    assert canonical in found
    assert parent not in found


def test_a_room_of_a_general_office_is_no_body(facts_of):
    found = {c for _, c in organs(facts_of("在全国人大常委会办公厅会议室召开座谈会。", NATIONAL))}
    assert found == {"全国人民代表大会常务委员会办公厅"}


DECISION_OF_SEVEN = ("广西壮族自治区人民代表大会常务委员会关于修改《广西壮族自治区实施〈中华人民共和国人民防空法〉办法》"
                     "等七件地方性法规的决定")


@pytest.mark.parametrize(
    "text",
    [
        "会议表决通过了自治区精神卫生条例,修订后的自治区安全生产条例,关于修改自治区实施中华人民共和国人民防空法办法等七件地方性法规的决定。",
        "常委会审议通过自治区旅游条例，关于修改自治区实施中华人民共和国人民防空法办法等七件地方性法规的决定。",
        "會議表決通過了自治區精神衛生條例，關於修改自治區實施中華人民共和國人民防空法辦法等七件地方性法規的決定。",
    ],
)
def test_a_decision_listed_among_adopted_titles_after_a_comma_is_a_law_with_what_it_names(facts_of, text):
    found = law_titles(facts_of(text, REGION))
    assert {DECISION_OF_SEVEN, "广西壮族自治区实施《中华人民共和国人民防空法》办法", "中华人民共和国人民防空法"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "会议审议了政府工作报告，关于召开自治区人大会议的决定另行安排。",
        "常委会听取了审计工作报告，关于加强审计整改的决定正在起草。",
    ],
)
def test_a_decision_after_a_comma_that_closes_no_list_of_titles_is_no_listed_item(facts_of, text):
    assert not any(t.endswith("决定") for t in law_titles(facts_of(text, REGION)))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("及时修正乡镇人大主席团和乡镇人大主席副主席工作若干规定；召开座谈会。",
         "湖南省乡镇人民代表大会主席团和乡镇人民代表大会主席副主席工作若干规定"),
        ("常委会修正了湘江保护条例，加强流域治理。", "湖南省湘江保护条例"),
        ("年內修正城鄉規劃條例、召開立法座談會。", "湖南省城乡规划条例"),
    ],
)
def test_a_title_after_the_verb_of_its_amendment_is_the_own_areas(facts_of, text, title):
    assert title in law_titles(facts_of(text, "湖南省人民代表大会常务委员会"))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("中共中央宣传部、全国人大常委会办公厅联合举办专题报告会。", "中共中央宣传部"),
        ("中共中央組織部有關負責同志參加。", "中共中央组织部"),
        ("中共中央统战部有关负责同志应邀出席。", "中共中央统一战线工作部"),
    ],
)
def test_the_central_committees_departments_are_named_after_its_short_name(facts_of, text, canonical):
    found = {c for _, c in organs(facts_of(text, NATIONAL))}
    assert canonical in found
    assert not any(c.startswith("中共中央委员会") and c != "中共中央委员会" for c in found)


def test_a_local_party_committees_department_keeps_its_committees_name(facts_of):
    found = {c for _, c in organs(facts_of("县委组织部负责同志参加。", "平山县人民代表大会常务委员会"))}
    assert "中共平山县委员会组织部" in found


@pytest.mark.parametrize(
    "text",
    [
        "我举个例子，城市房屋拆迁管理条例当时出台了以后就有公民提出审查建议。",
        "對城市房屋拆遷管理條例提出的審查建議，常委會認真研究。",
    ],
)
def test_a_repealed_administrative_regulation_a_report_names_is_in_the_catalog(facts_of, text):
    assert law_titles(facts_of(text, NATIONAL)) == {"城市房屋拆迁管理条例"}
