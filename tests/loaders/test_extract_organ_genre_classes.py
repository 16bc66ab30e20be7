"""Organ classes of the genre that readable dev missed as single cases (round 19): areas listed before one organ
word with the last joined by 和, 及 or 与; a committee written in full with a short field (城建环保委员会) keeping its
name, and no party's or government's foreign affairs body read as a congress committee; an organ's anniversary, which
names an event.

Every sentence is written for this test in the genre's style, simplified and traditional where the genre uses both.
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

REGION = "内蒙古自治区人民代表大会常务委员会"
SHANGHAI = "上海市人民代表大会常务委员会"
COUNTY = "平山县人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("检查组赴赤峰市、乌海市、乌兰察布市和呼和浩特市人民政府开展检查。",
         {"赤峰市人民政府", "乌海市人民政府", "乌兰察布市人民政府", "呼和浩特市人民政府"}),
        ("檢查組赴赤峰市、烏海市、烏蘭察布市和呼和浩特市人民政府開展檢查。",
         {"赤峰市人民政府", "乌海市人民政府", "乌兰察布市人民政府", "呼和浩特市人民政府"}),
        ("听取包头市及鄂尔多斯市人民政府的汇报。", {"包头市人民政府", "鄂尔多斯市人民政府"}),
        ("包头市与鄂尔多斯市人大常委会联合开展执法检查。",
         {"包头市人民代表大会常务委员会", "鄂尔多斯市人民代表大会常务委员会"}),
    ],
)
def test_areas_joined_by_and_before_one_organ_word_each_have_it(facts_of, text, expected):
    found = {c for _, c in organs(facts_of(text, REGION))}
    assert expected <= found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an area visited, then another area's organ: 和 joins nothing there
        ("检查组赴包头市调研，听取鄂尔多斯市人民政府汇报。", "包头市人民政府"),
        # 和 opening an area's own name (和林格尔县) joins no list
        ("听取和林格尔县人民政府汇报。", "包头市人民政府"),
        # an organ and an area: only the area right before the organ word shares it, and one joined by 和 only last
        ("包头市人大常委会和鄂尔多斯市人民政府座谈。", "包头市人民政府"),
        ("包头市和鄂尔多斯市、乌海市人民政府座谈。", "包头市人民政府"),
    ],
)
def test_and_joins_only_the_last_area_of_a_list_to_the_organ_word(facts_of, text, absent):
    assert absent not in {c for _, c in organs(facts_of(text, REGION))}


def test_a_committee_written_in_full_with_a_short_field_keeps_its_name(facts_of):
    found = organs(facts_of("区人大城建环保委员会组织调研。", "北京市西城区人民代表大会常务委员会"))
    assert ("区人大城建环保委员会", "北京市西城区人民代表大会城建环保委员会") in found


@pytest.mark.parametrize(
    "text",
    [
        "省委外事委召开会议。",  # the party committee's foreign affairs commission: no congress committee
        "市政府外事办公室负责接待。",
    ],
)
def test_a_partys_or_governments_foreign_affairs_body_is_no_congress_committee(facts_of, text):
    assert not any("外事委员会" in (c or "") and "人民代表大会" in (c or "") for _, c in organs(facts_of(text, SHANGHAI)))


@pytest.mark.parametrize(
    "text",
    [
        "认真落实庆祝全国人民代表大会成立70周年大会精神。",
        "學習習近平總書記在慶祝全國人民代表大會成立七十週年大會上的重要講話。",
        "传达学习习近平总书记在庆祝全国人大成立60周年大会上的重要讲话精神。",
        "举办纪念县人大常委会设立40周年座谈会。",
    ],
)
def test_an_organs_anniversary_names_an_event_not_the_organ(facts_of, text):
    assert organs(facts_of(text, COUNTY)) == set()


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("全国人民代表大会成立以来，人大制度不断完善。", "全国人民代表大会"),
        ("县人大常委会成立了执法检查组。", "平山县人民代表大会常务委员会"),
        ("县人大常委会设立基层立法联系点。", "平山县人民代表大会常务委员会"),
    ],
)
def test_an_organ_founding_something_or_since_its_founding_stays(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, COUNTY))}


CITY = "鄂州市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # a department's name before the 2018 reform (国土资源局, 监察局) or a province's merged one (水利水产局)
        ("由市國土局办理的建议23件。", "市國土局", "鄂州市国土资源局"),
        ("省国土厅负责同志作了说明。", "省国土厅", "湖北省国土资源厅"),
        ("市监察局、市审计局参加检查。", "市监察局", "鄂州市监察局"),
        ("会议听取了市水利水产局的汇报。", "市水利水产局", "鄂州市水利水产局"),
        # a government's office named with its level word alone
        ("市监察局、市法制办参加。", "市法制办", "鄂州市人民政府法制办公室"),
        ("省外事辦公室主任進行了憲法宣誓。", "省外事辦公室", "湖北省人民政府外事办公室"),
        ("市金融办负责同志列席会议。", "市金融办", "鄂州市人民政府金融工作办公室"),
    ],
)
def test_departments_and_offices_named_by_the_level_word(facts_of, text, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, CITY))


@pytest.mark.parametrize(
    "text",
    [
        "市国土空间规划局",  # another stem: 国土 is no department before 空间
        "省委外办主任列席会议。",  # the party committee's office
        "城市法制办公室建设",  # 城市: no level word
        "由市法制办理相关事项。",  # 办理: a verb
        "全市外事办工作会议",  # 全市: every office of the city
    ],
)
def test_no_department_or_office_where_the_words_name_another_thing(facts_of, text):
    assert not any(c.endswith(("国土资源局", "外事办公室", "法制办公室")) for _, c in organs(facts_of(text, CITY)))


def test_a_national_report_names_no_provinces_office(facts_of):
    assert organs(facts_of("各省外事办负责同志参加。", "全国人民代表大会常务委员会")) == set()


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("组织各街道人大工作委员会开展视察。", "各街道人大工作委员会"),
        ("各街道人大工委组织代表视察。", "各街道人大工委"),
        ("街道人大工委組織代表視察。", "街道人大工委"),
    ],
)
def test_the_streets_working_committees_named_with_their_word(facts_of, text, mention):
    found = organs(facts_of(text, "宜昌市西陵区人民代表大会常务委员会"))
    assert found == {(mention, "宜昌市西陵区人民代表大会常务委员会各街道工作委员会")}


@pytest.mark.parametrize(
    ("text", "organ", "expected"),
    [
        ("会议通过了关于人大常委会工作报告、法院工作报告、人民检察院工作报告等六个报告的决议。", "山阳县人民代表大会常务委员会",
         {("法院", "山阳县人民法院"), ("人民检察院", "山阳县人民检察院")}),
        ("組織了對法院1名副院長、檢察院1名副檢察長的工作評議。", "汉阴县人民代表大会常务委员会",
         {("法院", "汉阴县人民法院"), ("檢察院", "汉阴县人民检察院")}),
        ("听取和审议了法院关于行政审判工作情况的报告。", "鄂州市人民代表大会常务委员会", {("法院", "鄂州市中级人民法院")}),
        ("大会听取了法院、检察院工作报告。", "安化县马路镇人民代表大会主席团",
         {("法院", "安化县人民法院"), ("检察院", "安化县人民检察院")}),
    ],
)
def test_the_reports_own_court_and_procuratorate_named_bare(facts_of, text, organ, expected):
    assert expected <= organs(facts_of(text, organ))


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("为各级政府、监察委、法院、检察院依法报备提供了遵循。", "山阳县人民代表大会常务委员会"),  # every level's
        ("并与法院、检察院、公安等部门座谈。", "内蒙古自治区人民代表大会常务委员会"),  # a province's: courts in general
        ("基层法院审判力量不足。", "山阳县人民代表大会常务委员会"),  # courts of a kind
        ("人民法院依法独立行使审判权。", "山阳县人民代表大会常务委员会"),  # the constitution's words
        ("代表们到法院调研。", "山阳县人民代表大会常务委员会"),  # a place visited, no act of its own named
    ],
)
def test_no_own_court_where_bare_words_name_courts_in_general(facts_of, text, organ):
    assert not any(kind in (c or "") for _, c in organs(facts_of(text, organ)) for kind in ("法院", "检察院"))


@pytest.mark.parametrize(
    ("organ", "text", "expected"),
    [
        ("正宁县人民检察院", "我院共办理公益诉讼案件12件。", ("我院", "正宁县人民检察院")),
        ("正宁县人民检察院", "本院依法履行法律监督职责。", ("本院", "正宁县人民检察院")),
        ("阜宁县人民检察院（江苏省盐城市），向县人民代表大会常务委员会报告", "县人大常委会听取和审议我院公益诉讼工作情况报告。",
         ("我院", "阜宁县人民检察院")),
        ("鄂州市中级人民法院", "我院審結各類案件1200件。", ("我院", "鄂州市中级人民法院")),
        ("宁波市审计局", "我局认真落实审议意见。", ("我局", "宁波市审计局")),
        ("山东省审计厅", "我厅认真落实审议意见。", ("我厅", "山东省审计厅")),
    ],
)
def test_a_report_in_its_organs_own_voice_names_it(facts_of, organ, text, expected):
    assert expected in organs(facts_of(text, organ))


@pytest.mark.parametrize(
    ("organ", "text"),
    [
        ("宜昌市西陵区人民代表大会常务委员会", "检察长表示，我院将认真落实审议意见。"),  # a congress quoting the procuratorate
        ("宁波市审计局", "我院将认真落实。"),  # a bureau's report: no 院 of its own
        ("正宁县人民检察院", "我院长期坚持办案一线。"),  # 院长: its president
    ],
)
def test_no_own_voice_organ_where_the_words_name_another(facts_of, organ, text):
    assert not any(m in ("我院", "本院", "院") for m, _ in organs(facts_of(text, organ)))


@pytest.mark.parametrize(
    "text",
    [
        "召开座谈会，听取地方政府和有关部门汇报。",  # governments in general
        "基层政府承担了大量工作。",
        "代表们围绕政府预算工作积极建言献策。",  # a kind of thing the government has
        "按承办单位分：政府系统438件。",
        "开展政府规章备案审查。",
        "加强政府资金和资产管理。",
    ],
)
def test_bare_government_words_naming_a_kind_or_governments_in_general(facts_of, text):
    assert not any(c.endswith("人民政府") for _, c in organs(facts_of(text, CITY)))


@pytest.mark.parametrize(
    "text",
    [
        "届末年份政府向人大常委会提交书面综合报告。",
        "听取政府关于国有资产管理情况的报告。",
        "审查市本级政府投资项目计划。",
    ],
)
def test_bare_government_acting_or_owning_a_plan_is_the_reports_own(facts_of, text):
    assert any(c == "鄂州市人民政府" for _, c in organs(facts_of(text, CITY)))


PINGSHAN = "平山县人民代表大会常务委员会"



@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # working committees named with 和, or opening with 代表 (which a generic name may not)
        ("县人大常委会监察和司法工委参加。", "县人大常委会监察和司法工委", PINGSHAN + "监察和司法工作委员会"),
        ("县人大常委会代表和选举任免工作委员会负责同志列席。", "县人大常委会代表和选举任免工作委员会",
         PINGSHAN + "代表和选举任免工作委员会"),
        ("代表和选举任免工委主任列席会议。", "代表和选举任免工委", PINGSHAN + "代表和选举任免工作委员会"),
        ("縣人大常委會代表選舉任免工委組織培訓。", "縣人大常委會代表選舉任免工委", PINGSHAN + "代表选举任免工作委员会"),
        # offices named 某某室 after the standing committee's name
        ("县人大常委会备案审查室、县人大常委会信访室参加。", "县人大常委会备案审查室", PINGSHAN + "备案审查室"),
        ("县人大常委会预算审查监督室负责人列席。", "县人大常委会预算审查监督室", PINGSHAN + "预算审查监督室"),
        # the data bureaux of 2023-24
        ("县数据局、县大数据局参加。", "县数据局", "平山县数据局"),
        ("县数据局、县大数据局参加。", "县大数据局", "平山县大数据局"),
    ],
)
def test_congress_working_bodies_and_departments_of_other_names(facts_of, text, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, PINGSHAN))


@pytest.mark.parametrize(
    "text",
    [
        "备案审查室负责审查。",  # a room's name alone: any body's
        "代表们到代表联络站视察。",  # a deputies' station
        "县残联、团县委参加。",  # the Youth League's committee, not the party's
        "县大数据中心提供技术支持。",
    ],
)
def test_no_body_of_the_congress_or_party_where_the_words_name_another(facts_of, text):
    found = {c for _, c in organs(facts_of(text, PINGSHAN))}
    assert not any(c.startswith((PINGSHAN, "中共平山县")) or c.endswith("数据中心") for c in found)


@pytest.mark.parametrize(
    ("text", "organ", "expected"),
    [
        ("市县两级人大常委会联动开展监督。", "德阳市人民代表大会常务委员会", ("市县两级人大常委会", "德阳市人民代表大会常务委员会")),
        ("同市、区(市、县)两级人大、政府交换意见。", "德阳市人民代表大会常务委员会",
         ("市、区(市、县)两级人大", "德阳市人民代表大会常务委员会")),
        ("市、縣兩級政府要加強監管。", "德阳市人民代表大会常务委员会", ("市、縣兩級政府", "德阳市人民政府")),
        ("区、镇两级人大共同开展视察。", "上海市普陀区人民代表大会常务委员会", ("区、镇两级人大", "上海市普陀区人民代表大会")),
    ],
)
def test_tiers_of_levels_name_the_reports_own_body(facts_of, text, organ, expected):
    assert expected in organs(facts_of(text, organ))


@pytest.mark.parametrize(
    "text",
    [
        "区、镇两级人大代表参加视察。",  # the deputies of two levels
        "县乡两级人大换届选举。",  # no body of the city's own level named
    ],
)
def test_tiers_name_no_body_of_the_report_where_its_level_is_not_among_them(facts_of, text):
    assert not any(c == "德阳市人民代表大会常务委员会" for _, c in organs(facts_of(text, "德阳市人民代表大会常务委员会")))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("区人大各处室负责同志参加。", "区人大各处室"),
        ("區人大常委會各處室負責同志參加。", "區人大常委會各處室"),
    ],
)
def test_a_standing_committees_divisions_are_its_working_bodies(facts_of, text, mention):
    found = organs(facts_of(text, "广州市天河区人民代表大会常务委员会"))
    assert (mention, "广州市天河区人民代表大会常务委员会各工作机构") in found


def test_a_governments_divisions_are_no_congress_body(facts_of):
    found = organs(facts_of("市政府各处室负责同志参加。", "广州市天河区人民代表大会常务委员会"))
    assert not any("各工作机构" in c for _, c in found)
