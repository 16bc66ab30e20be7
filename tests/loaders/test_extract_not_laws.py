"""What is and is not a law in 《》: a congress's own procedure is not; a decision or an amendment is.

Sentences are written for this test; the procedural titles come from
``loaders/lexicon/data/not-laws.csv``.
"""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL

PROVINCE = "广东省人民代表大会常务委员会"


@pytest.mark.parametrize(
    "text",
    [
        "常委会修订了《广东省人民代表大会常务委员会主任会议议事规则》。",
        "会议对《中方县人民代表大会常务委员会议事规则》作了修订。",
        "依据《广东省人大常委会专题询问工作办法》开展专题询问。",
        "制定《省人大代表建议办理工作先进单位评选暂行办法》。",
        "根据《广东省人民代表大会常务委员会工作规程》安排会议。",
        "出台《关于市政府民生实事项目满意度测评办法》。",
        "会议通过了《广东省人大常委会关于表彰优秀人大代表建议的决定》。",
        "审议通过了关于表彰先进代表小组、履职积极分子的决定。",
        "表决通过关于嘉奖人大新闻信息优秀通讯员的决定。",
        # a measure of the congress's own work, its bodies or deputies acting (round 30: readable dev ac25, ad29, s11, s15)
        "印发《广东省人大常委会开展预算资金支出绩效第三方评价实施办法》。",
        "制定《广州市人大社会建设观察点工作运行办法（试行）》。",
        "出台《广东省人大代表预算审查监督联络员工作办法》。",
        "修订《广东省人民代表大会常务委员会年度立法计划制定办法》。",
        "审议通过《省人大专门委员会及常委会工作委员会联系省人大代表办法》。",
    ],
)
def test_a_congress_own_procedure_is_not_a_law(facts_of, text):
    assert facts_of(text, PROVINCE).laws == []


def test_a_measure_implementing_a_law_on_congresses_is_a_law(facts_of):
    """A measure naming the standing committee inside the law it implements is no procedure of its own (round 30)."""
    laws = [law.canonical for law in facts_of("修订《广东省实施〈中华人民共和国各级人民代表大会常务委员会监督法〉办法》。", PROVINCE).laws]
    assert "广东省实施《中华人民共和国各级人民代表大会常务委员会监督法》办法" in laws


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("常委会修订了《广东省人民代表大会常务委员会议事规则》。", "广东省人民代表大会常务委员会议事规则"),
        ("审议《广东省人民代表大会议事规则（修订草案）》。", "广东省人民代表大会议事规则"),
        ("修改《广东省地方立法条例》。", "广东省地方立法条例"),
        # a measure on a congress's work of the province's own, and an election's, stay laws whoever acts in them
        ("修订《广东省县级以上人民代表大会常务委员会讨论决定重大事项规定》。", "广东省县级以上人民代表大会常务委员会讨论决定重大事项规定"),
        ("审议《广东省各级人民代表大会选举实施细则》。", "广东省各级人民代表大会选举实施细则"),
    ],
)
def test_a_legislating_congress_rules_of_procedure_are_laws(facts_of, text, canonical):
    """A congress that makes local regulations adopts its 议事规则 and 立法条例 as such, as the catalog
    lists 全国人民代表大会议事规则 among national laws (ruling of round 9: dev g02, j12, j19, k11, a16)."""
    assert [law.canonical for law in facts_of(text, PROVINCE).laws] == [canonical]


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
    assert [law.canonical for law in facts_of("学习《中华人民共和国刑法修正案（七）》。", PROVINCE).laws] == ["中华人民共和国刑法修正案（七）"]


@pytest.mark.parametrize(
    "text",
    [
        "出台《关于市政府民生实事项目实施情况市人大代表满意度测评办法（试行）》。",
        "印发《2024年度县人大各专门委员会和乡镇人大主席团绩效考核办法》。",
        "审议了《湘西州乡镇行政规范性文件备案审查工作规定（试行）》。",
    ],
)
def test_a_procedure_on_trial_is_still_not_a_law(facts_of, text):
    assert facts_of(text, PROVINCE).laws == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("审议《海南省综合行政执法条例（试行）（草案）》。", "海南省综合行政执法条例（试行）"),
        ("通过了《广州市生活垃圾分类管理规定(试行)》。", "广州市生活垃圾分类管理规定（试行）"),
        ("废止《广东省旅游管理条例（暂行）》。", "广东省旅游管理条例（暂行）"),
    ],
)
def test_a_law_on_trial_is_a_law(facts_of, text, canonical):
    assert [law.canonical for law in facts_of(text, PROVINCE).laws] == [canonical]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("审议《广东省实施〈中华人民共和国律师法〉办法（草案）》。",
         {"广东省实施《中华人民共和国律师法》办法", "中华人民共和国律师法"}),
        ("修订《湖南省实施〈中华人民共和国消防法〉办法》。",
         {"湖南省实施《中华人民共和国消防法》办法", "中华人民共和国消防法"}),
        ("通过了《广东省人民代表大会常务委员会关于修改〈广东省港口管理条例〉的决定》。",
         {"广东省人民代表大会常务委员会关于修改《广东省港口管理条例》的决定", "广东省港口管理条例"}),
    ],
)
def test_a_law_quoted_inside_a_law_title_is_named_too(facts_of, text, expected):
    assert {law.canonical for law in facts_of(text, PROVINCE).laws} == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("对《陜西省秦岭生态环境保护条例》实施情况开展执法检查。", "陕西省秦岭生态环境保护条例"),
        ("審議《陜西省實施〈中華人民共和國水法〉辦法》。", "陕西省实施《中华人民共和国水法》办法"),
    ],
)
def test_a_variant_character_opencc_leaves_is_read_as_the_standard_one(facts_of, text, canonical):
    assert canonical in {law.canonical for law in facts_of(text, "陕西省人民代表大会常务委员会").laws}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("大会通过全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定。",
         "全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定"),
        ("审议全国人民代表大会关于设立海南省的决定草案。", "全国人民代表大会关于设立海南省的决定"),
    ],
)
def test_a_decision_of_the_congress_itself_keeps_its_maker(facts_of, text, canonical):
    assert [law.canonical for law in facts_of(text, NATIONAL).laws] == [canonical]


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("决定将关于修改《上海市建设工程材料管理条例》等12件地方性法规的决定(草案)提请会议表决。",
         "上海市人民代表大会常务委员会关于修改《上海市建设工程材料管理条例》等12件地方性法规的决定"),
        ("会议表决通过了关于修改《上海市养犬管理条例》和《上海市绿化条例》的决定。",
         "上海市人民代表大会常务委员会关于修改《上海市养犬管理条例》和《上海市绿化条例》的决定"),
    ],
)
def test_a_bare_decision_may_quote_the_rules_it_amends(facts_of, text, decision):
    assert decision in [law.canonical for law in facts_of(text, "上海市人民代表大会常务委员会").laws]


def test_a_decision_on_when_another_decision_takes_effect_is_no_law(facts_of):
    text = "会议作出关于《某县人民代表大会关于修改〈某县水电条例〉的决定》施行时间的决定。"
    assert not any("施行时间" in law.canonical for law in facts_of(text, PROVINCE).laws)


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # m.yybnet.net/yibin/changning/201909/9578595.html
        ("会议听取、审议并表决通过了《关于提请审议<长宁县人大常委会关于长宁县乡镇行政区划调整改革后人大工作有关问题的决定(草案)>的议案》。",
         "长宁县人民代表大会常务委员会"),
        # wy16328.com/html/DocHtml163520175918168007113297.html (芜湖县 公告 第一号)
        ("《芜湖县人民代表大会常务委员会关于修改〈芜湖县人民代表大会常务委员会议事规则〉的决定》已经芜湖县第十七届人民代表大会常务委员会第一次会议通过，现予公布。",
         "芜湖县人民代表大会常务委员会"),
        # paraphrased from www.bjft.gov.cn/fengtaibao/html/2019-09/27/content_9500_10859493.htm (a district's session)
        ("会议表决通过了《丰台区人大常委会关于加强街道人大工委建设的实施办法》。", "北京市丰台区人民代表大会常务委员会"),
    ],
)
def test_a_decision_or_measure_of_a_congress_that_makes_no_law_is_no_law(facts_of, text, organ):
    """A county's, a district's or a banner's congress makes no regulation (立法法), so its standing committee's
    decisions and measures are its own business, as its 议事规则 are (``not-laws.csv``, kind ``no legislature``)."""
    assert facts_of(text, organ).laws == []


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("会议表决通过了《秀山自治县人大常委会关于促进和保障武陵山区毗邻地区中心城市建设的决定》。", "秀山土家族苗族自治县人民代表大会常务委员会",
         "秀山土家族苗族自治县人民代表大会常务委员会关于促进和保障武陵山区毗邻地区中心城市建设的决定"),
        ("会议表决通过了《新疆维吾尔自治区人民代表大会常务委员会关于加强铸牢中华民族共同体意识宣传教育的决定》。",
         "新疆维吾尔自治区人民代表大会常务委员会",
         "新疆维吾尔自治区人民代表大会常务委员会关于加强铸牢中华民族共同体意识宣传教育的决定"),
        ("会议通过了《广州市人民代表大会常务委员会关于加强区人大工作的决定》。",
         "广州市人民代表大会常务委员会", "广州市人民代表大会常务委员会关于加强区人大工作的决定"),
    ],
)
def test_a_decision_of_an_autonomous_area_or_a_city_stays_a_law(facts_of, text, organ, canonical):
    """Near misses: 自治县 and 自治区 end in 县 and 区, and a city's decision may name districts in its subject."""
    assert canonical in [law.canonical for law in facts_of(text, organ).laws]


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # paraphrased from renda.yongshou.gov.cn/show.asp?id=237 (永寿县 公告, 2018)
        ("会议审议并通过了《永寿县人大常委会讨论决定重大事项规定》《永寿县人大常委会执法检查办法》。",
         "永寿县人民代表大会常务委员会"),
        # paraphrased from teknodron.com/newdetail-25977.html (涪陵区, 2016)
        ("区四届人大常委会第三十八次会议审议通过了《涪陵区宪法宣誓实施办法》。", "重庆市涪陵区人民代表大会常务委员会"),
        # 111.12.155.14/xnscbq/zyfb/zsjs/202210/t20221020_207106.html (城北区, 2022)
        ("常委会依照《城北区人民代表大会常务委员会执法检查办法》开展执法检查。", "西宁市城北区人民代表大会常务委员会"),
        # floorcoveringcontractor.com/qysz/p/1286001.html (庆云县, traditional script)
        ("會議審議表決了《慶雲縣人大常委會監督工作暫行辦法》(草案)。", "庆云县人民代表大会常务委员会"),
    ],
)
def test_a_measure_titled_with_a_county_s_name_is_no_law(facts_of, text, organ):
    """A title opening with a county's, a district's or a banner's name is that area's own measure, with or
    without its standing committee's name or 关于: such an area makes no law (``laws_bare.by_no_legislature``)."""
    assert facts_of(text, organ).laws == []


@pytest.mark.parametrize(
    ("text", "organ", "title"),
    [
        # i.dudushu.com/book/chapter/62619/37.html (彭阳县人民代表大会常务委员会会议工作程序)
        ("依照《关于为县人民代表大会常务委员会会议听取和审议报告、议案服务的规定》的要求送交报告文本。",
         "彭阳县人民代表大会常务委员会", "议案服务的规定"),
        # www.bjqiyansuo.com/art/2025/1/9/art_45327_4273018.html (a county session's secretaries)
        ("这些建议将由大会秘书处按照组织法、代表法和县人大常委会《关于代表建议、批评和意见办理的暂行办法》的规定交有关部门办理。",
         "永寿县人民代表大会常务委员会", "意见办理的暂行办法"),
        # paraphrased from renda.yongshou.gov.cn/show.asp?id=237 (永寿县 公告, 2018)
        ("常委会第十次会议修订了《关于宪法宣誓制度组织实施办法》。", "永寿县人民代表大会常务委员会", "宪法宣誓制度组织实施办法"),
        ("为规范执法检查程序，常委会专门制订《关于加强执法检查工作的若干规定》。", "彭阳县人民代表大会常务委员会", "执法检查工作的若干规定"),
    ],
)
def test_a_county_s_rules_named_without_their_maker_are_its_own_and_no_law(facts_of, text, organ, title):
    """In a county's report a 关于… rule or measure named without its maker (or after a bare 县人大常委会) is its
    own standing committee's, as a decision is (``laws._gain_body``), and so no law."""
    assert not any(title in law.canonical for law in facts_of(text, organ).laws)


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        # near misses: a city's and a province's own measures, and a new area's regulation the city's congress makes
        ("根据《咸阳市人民代表大会常务委员会关于宪法宣誓制度组织实施办法》等规定，制定本办法。", "永寿县人民代表大会常务委员会",
         "咸阳市人民代表大会常务委员会关于宪法宣誓制度组织实施办法"),
        ("依照《杭州市人民代表大会常务委员会执法检查规定》开展检查。", "杭州市人民代表大会常务委员会",
         "杭州市人民代表大会常务委员会执法检查规定"),
        ("会议表决通过了《上海市浦东新区深化“一业一证”改革规定》。", "上海市人民代表大会常务委员会",
         "上海市浦东新区深化“一业一证”改革规定"),
        ("会议审议通过了《关于加强检察公益诉讼工作的决定》。", "宜昌市人民代表大会常务委员会",
         "宜昌市人民代表大会常务委员会关于加强检察公益诉讼工作的决定"),
        ("常委会专门制订《关于加强执法检查工作的若干规定》。", "宜昌市人民代表大会常务委员会", "关于加强执法检查工作的若干规定"),
    ],
)
def test_a_city_s_or_a_new_area_s_measure_stays_a_law(facts_of, text, organ, canonical):
    assert canonical in [law.canonical for law in facts_of(text, organ).laws]



# A township's congress makes no law (立法法), as a county's does not: its rules of procedure and its own measures are
# no laws; nor are a session's election rules, a vote's rules or a rating's (dev u33 w21 x21 x53; titles after township
# and city congress news of the genre, places changed, simplified and traditional).
TOWNSHIP = "上海市浦东新区金桥镇人民代表大会"


@pytest.mark.parametrize(
    "text",
    [
        "大会表决通过了《金桥镇人民代表大会议事规则》。",
        "大會還表決通過了《金橋鎮人民代表大會關于組織鎮人大代表視察的辦法》。",
        "会议通过了《金桥镇人民代表大会关于开展对政府全口径预决算审查监督的决定》。",
        "会议审议了《白沙乡人民代表大会主席团议事规则》。",
        "会议按照程序通过了《金桥镇2018年民生实事项目投票表决办法》。",
        "根据大会《选举办法》的规定，以无记名投票方式选举产生镇长。",
        "会议通过了《金桥镇第三届人民代表大会第一次会议选举办法》。",
        "根據《南平市人大常委會關于開展滿意度測評工作的規定》，此次測評結果為基本滿意。",
    ],
)
def test_a_township_congress_own_rules_and_a_session_s_are_not_laws(facts_of, text):
    assert facts_of(text, TOWNSHIP).laws == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # near misses: a province's laws on township congresses and on villagers' elections, a city's rules
        ("会议学习了《广东省乡镇人民代表大会工作条例》。", "广东省乡镇人民代表大会工作条例"),
        ("修改《山西省村民委员会选举办法》。", "山西省村民委员会选举办法"),
        ("常委会修订了《镇江市人民代表大会常务委员会议事规则》。", "镇江市人民代表大会常务委员会议事规则"),
    ],
)
def test_laws_on_townships_and_elections_stay_laws(facts_of, text, canonical):
    assert [law.canonical for law in facts_of(text, PROVINCE).laws] == [canonical]


YICHANG = "宜昌市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "law"),
    [  # a first-time analyst's round 27: 决定于4月至5月对该条例… invented the law 「月对该条例」
        ("会议听取了关于《宜昌市城区重点绿地保护条例》执法检查方案的汇报，决定于4月至5月对该条例实施情况开展执法检查。",
         "宜昌市城区重点绿地保护条例"),
        ("《宜昌市养犬管理条例》施行三年来成效明显。常委会计划于今年9月对该条例贯彻执行情况进行检查。", "宜昌市养犬管理条例"),
        ("《宜昌市物业管理条例》于2020年施行。2024年对该条例实施情况开展执法检查。", "宜昌市物业管理条例"),
        ("会议审议了《宜昌市文明行为促进条例》，拟于下半年对本条例实施情况开展执法检查。", "宜昌市文明行为促进条例"),
        ("会议通过了《宜昌市城市绿化条例》，今年对该条例开展执法检查。", "宜昌市城市绿化条例"),
        ("会议听取了《宜昌市电梯安全管理办法》实施情况的汇报，会议决定，于10月对该办法的实施情况开展执法检查。", "宜昌市电梯安全管理办法"),
        ("《宜昌市集中式饮用水水源地保护条例》颁布以来，常委会先后于2021年、2023年对该条例开展执法检查。",
         "宜昌市集中式饮用水水源地保护条例"),
        ("会议听取了《宜昌市物业管理条例》实施情况的报告，并决定于7月份对上述条例开展执法检查。", "宜昌市物业管理条例"),
        ("《宜昌市养犬管理条例》修订后，于2024年5月对修订后的条例开展执法检查。", "宜昌市养犬管理条例"),
        ("《中华人民共和国野生动物保护法》修订施行后，常委会于2023年9月对修订后的法开展执法检查。", "中华人民共和国野生动物保护法"),
        ("《中华人民共和国法官法》修订后，常委会于2023年对新修订的法官法开展执法检查。", "中华人民共和国法官法"),
    ],
)
def test_a_reference_after_a_date_or_a_preposition_is_the_law_named_before(facts_of, text, law):
    """该条例, 本条例, 上述条例 and 修订后的条例 after the date and preposition of their clause name no law of their own: the
    inspection concerns the law named before (as dev w23's gold ties 对该条例…执法检查 to the 条例 of the sentence before)."""
    facts = facts_of(text, YICHANG)
    assert {item.canonical for item in facts.laws} == {law}
    inspections = [act for act in facts.activities if act.type == "law_enforcement_inspection"]
    assert inspections and all(act.laws == [law] for act in inspections)


@pytest.mark.parametrize(
    "text",
    [  # an area's name inside a bare title found from an area before it (城区: a district of several Shanxi cities)
        "会议决定于6月对宜昌市城区重点绿地保护条例实施情况开展执法检查。",
        "常委会对宜昌市城区重点绿地保护条例贯彻实施情况开展了执法检查。",
    ],
)
def test_an_area_inside_a_bare_local_title_starts_no_title_of_its_own(facts_of, text):
    assert [item.canonical for item in facts_of(text, YICHANG).laws] == ["宜昌市城区重点绿地保护条例"]


@pytest.mark.parametrize(
    ("text", "laws"),
    [  # the laws named just before, referred to by their kind (上述法律, 上述两部条例, 该法律): an inspection of them
        ("常委会听取了《宜昌市物业管理条例》实施情况的报告。会议决定于7月对上述条例开展执法检查。", ["宜昌市物业管理条例"]),
        ("《中华人民共和国森林法》《中华人民共和国草原法》颁布实施以来，我市林草资源保护成效明显。常委会于5月对上述法律开展执法检查。",
         ["中华人民共和国森林法", "中华人民共和国草原法"]),
        ("《宜昌市养犬管理条例》《宜昌市物业管理条例》施行以来成效明显。今年对上述两部条例贯彻实施情况开展执法检查。",
         ["宜昌市养犬管理条例", "宜昌市物业管理条例"]),
        ("《中华人民共和国森林法》颁布实施以来，我市林草资源保护成效明显。常委会于5月对该法律开展执法检查。", ["中华人民共和国森林法"]),
    ],
)
def test_laws_referred_to_by_their_kind_are_those_named_before(facts_of, text, laws):
    facts = facts_of(text, YICHANG)
    inspections = [act for act in facts.activities if act.type == "law_enforcement_inspection"]
    assert [act.laws for act in inspections] == [laws]
    assert {item.canonical for item in facts.laws if item.inspected} == set(laws)


@pytest.mark.parametrize(
    "text",
    [
        "省人大常委会委托各市县人大常委会对辖区内条例实施情况进行检查。",
        "常委会组织对全省各地条例贯彻落实情况开展执法检查。",
        "会议要求对本行政区域内办法执行情况进行检查。",
        "各县区人大常委会同步对境内规定的实施情况开展检查。",
    ],
)
def test_a_form_of_law_after_a_place_or_scope_alone_names_no_law(facts_of, text):
    """辖区内条例 says where laws apply, not which (round 42: it was read as 广东省辖区内条例), whether in an
    inspection's list or alone."""
    assert facts_of(text, PROVINCE).laws == []


@pytest.mark.parametrize(("text", "law"), [
    ("省人大常委会对湖泊保护条例实施情况进行检查。", "广东省湖泊保护条例"),
    ("拟对中轴线保护条例、区域内河道管理条例开展执法检查。", "广东省区域内河道管理条例"),
])
def test_a_bare_title_with_a_topic_is_still_read_in_an_inspections_list(facts_of, text, law):
    assert law in [found.canonical for found in facts_of(text, PROVINCE).laws]
